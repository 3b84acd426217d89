/* expect-exit: 0 */
/* Sieve of Eratosthenes over a char array, prime counting, twin primes, and a Goldbach check. */
#include <stdio.h>
#include <string.h>

#define LIMIT 20000
static char composite[LIMIT + 1];

int main(void) {
    int i, j, count = 0, twins = 0, last = 0, ok = 1;
    memset(composite, 0, sizeof composite);
    composite[0] = composite[1] = 1;
    for (i = 2; i * i <= LIMIT; i++)
        if (!composite[i])
            for (j = i * i; j <= LIMIT; j += i) composite[j] = 1;
    for (i = 2; i <= LIMIT; i++) {
        if (composite[i]) continue;
        count++;
        if (last && i - last == 2) twins++;
        last = i;
        if (count <= 15) printf("%d ", i);
    }
    printf("\nprimes below %d: %d, twin pairs %d, largest %d\n", LIMIT, count, twins, last);
    for (i = 4; i <= 2000 && ok; i += 2) {
        int found = 0;
        for (j = 2; j <= i / 2; j++) if (!composite[j] && !composite[i - j]) { found = 1; break; }
        if (!found) ok = 0;
    }
    printf("goldbach up to 2000: %s\n", ok ? "holds" : "fails");
    return 0;
}
