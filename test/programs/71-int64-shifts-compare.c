/* expect-exit: 0 */
/* 64-bit shifts by every variable amount 0..63 (signed and unsigned), and 64-bit comparisons where the
   high or low halves alone would give the wrong answer. */
#include <stdio.h>

int main(void) {
    unsigned long long u = 0x8123456789ABCDEFULL, acc = 0;
    long long s = (long long)0x8123456789ABCDEFULL;
    long long vals[] = { 0, 1, -1, 0x100000000LL, -0x100000000LL, 0xFFFFFFFFLL, -0xFFFFFFFFLL, 0x7FFFFFFFFFFFFFFFLL,
                         -0x7FFFFFFFFFFFFFFFLL - 1, 0x80000000LL, -0x80000000LL };
    int n, i, j;
    for (n = 0; n < 64; n++) {
        acc = acc * 3 + (u << n) + (u >> n) * 5 + (unsigned long long)(s >> n) * 7;
        if (n % 9 == 0 || n == 31 || n == 32 || n == 33 || n == 63)
            printf("%2d: %016llx %016llx %016llx\n", n, u << n, u >> n, (unsigned long long)(s >> n));
    }
    printf("acc %016llx\n", acc);
    for (i = 0; i < 11; i++) {
        for (j = 0; j < 11; j++) {
            long long a = vals[i], b = vals[j];
            unsigned long long ua = (unsigned long long)a, ub = (unsigned long long)b;
            putchar('0' + ((a < b) | (a <= b) << 1 | (a > b) << 2));
            putchar('a' + ((ua < ub) | (ua >= ub) << 1 | (a == b) << 2 | (a != b) << 3));
        }
        putchar('\n');
    }
    return 0;
}
