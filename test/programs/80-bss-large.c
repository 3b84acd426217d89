/* expect-exit: 0 */
/* Large zero-initialised and initialised globals: a 1 MiB .bss array, a big table in .data, and static
   locals that are large; reads back zeros, writes far into them and checks neighbours. */
#include <stdio.h>
#include <string.h>

static unsigned char big[1 << 20];
static int table[4096] = { 1, 2, 3 };
int mid_initialised[1000] = { [500] = 5, [999] = 9 };

static int *scratch(void) { static int area[50000]; return area; }

int main(void) {
    long sum = 0;
    int i, *a = scratch();
    for (i = 0; i < (1 << 20); i += 4096) sum += big[i];
    printf("bss zero sum %ld\n", sum);
    big[0] = 1; big[(1 << 20) - 1] = 2; big[1 << 19] = 3;
    printf("ends %d %d %d neighbours %d %d\n", big[0], big[(1 << 20) - 1], big[1 << 19], big[1], big[(1 << 20) - 2]);
    for (i = 0; i < 4096; i++) sum += table[i];
    printf("table sum %ld last %d\n", sum, table[4095]);
    printf("designated %d %d %d\n", mid_initialised[499], mid_initialised[500], mid_initialised[999]);
    a[49999] = 77;
    printf("static local %d %d\n", scratch()[49999], scratch()[0]);
    memset(big, 0xAB, sizeof big);
    printf("after memset %d %d\n", big[12345], big[(1 << 20) - 1]);
    return 0;
}
