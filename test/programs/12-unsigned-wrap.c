/* expect-exit: 0 */
/* int and unsigned: unsigned wrap-around, INT_MIN/INT_MAX, negation of unsigned, conversions of out-of-range values. */
#include <stdio.h>
#include <limits.h>

int main(void) {
    unsigned u = UINT_MAX;
    unsigned z = 0;
    int i = INT_MAX;
    long l = LONG_MIN;
    printf("UINT_MAX %u, +1 = %u\n", u, u + 1);
    printf("0 - 1 = %u\n", z - 1);
    printf("-(unsigned)5 = %u\n", -(unsigned)5);
    printf("INT_MAX %d INT_MIN %d\n", i, INT_MIN);
    printf("(unsigned)INT_MAX + 1 = %u\n", (unsigned)i + 1u);
    printf("(int)(unsigned)INT_MAX+1 = %d\n", (int)((unsigned)i + 1u));
    printf("LONG_MIN %ld LONG_MAX %ld ULONG_MAX %lu\n", l, LONG_MAX, ULONG_MAX);
    printf("(int)3000000000u = %d\n", (int)3000000000u);
    printf("(unsigned)-1 = %u, %x\n", (unsigned)-1, (unsigned)-1);
    printf("u * 3 = %u\n", u * 3u);
    printf("65536u * 65536u = %u\n", 65536u * 65536u);
    printf("0x80000000 / 2 = %u\n", 0x80000000u / 2);
    printf("UINT_MAX %% 1000 = %u\n", u % 1000u);
    printf("4000000000u / 3u = %u\n", 4000000000u / 3u);
    {
        unsigned a = 10, b = 20;
        printf("a - b = %u, (int)(a - b) = %d\n", a - b, (int)(a - b));
        printf("a - b > 0: %d\n", a - b > 0);
    }
    {
        unsigned h = 2166136261u;
        const char *s = "shuttle";
        while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; }
        printf("fnv1a %u %08x\n", h, h);
    }
    return 0;
}
