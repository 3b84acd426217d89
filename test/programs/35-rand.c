/* expect-exit: 0 */
/* rand/srand: values stay in [0, RAND_MAX], the same seed gives the same sequence, different seeds differ.
   The sequence itself is the runtime's own, so only properties are printed. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int first[20], i, in_range = 1, same = 1, differ = 0, buckets[4] = { 0 };
    srand(42);
    for (i = 0; i < 20; i++) first[i] = rand();
    srand(42);
    for (i = 0; i < 20; i++) if (rand() != first[i]) same = 0;
    srand(7);
    for (i = 0; i < 20; i++) if (rand() != first[i]) differ = 1;
    for (i = 0; i < 4000; i++) {
        int r = rand();
        if (r < 0 || r > RAND_MAX) in_range = 0;
        buckets[r % 4]++;
    }
    printf("RAND_MAX >= 32767: %d\n", RAND_MAX >= 32767);
    printf("in range %d, reproducible %d, seeds differ %d\n", in_range, same, differ);
    for (i = 0; i < 4; i++) printf("bucket %d reasonable: %d\n", i, buckets[i] > 700 && buckets[i] < 1300);
    {
        int dice[6] = { 0 }, all = 1;
        for (i = 0; i < 600; i++) dice[rand() % 6]++;
        for (i = 0; i < 6; i++) if (dice[i] == 0) all = 0;
        printf("every face seen %d\n", all);
    }
    return 0;
}
