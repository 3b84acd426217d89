/* expect-exit: 0 */
/* 64-bit integers: add/sub with carries, multiply, divide, remainder, shifts, comparisons, conversions. */
#include <stdio.h>
#include <limits.h>

int main(void) {
    long long a = 123456789012345LL, b = -987654321LL;
    unsigned long long u = 0xFEDCBA9876543210ULL, v = 0x100000001ULL;
    int i;
    printf("a+b %lld a-b %lld\n", a + b, a - b);
    printf("a*b %lld\n", a * b);
    printf("a/b %lld a%%b %lld\n", a / b, a % b);
    printf("-a/7 %lld -a%%7 %lld\n", -a / 7, -a % 7);
    printf("u %llu u/v %llu u%%v %llu\n", u, u / v, u % v);
    printf("u*v %llx\n", u * v);
    printf("u>>4 %llx u<<4 %llx\n", u >> 4, u << 4);
    printf("u>>32 %llx u<<32 %llx\n", u >> 32, u << 32);
    printf("u>>63 %llx 1<<63 %llx\n", u >> 63, 1ULL << 63);
    printf("(ll)u>>8 %llx\n", (unsigned long long)((long long)u >> 8));
    printf("LLONG_MAX %lld LLONG_MIN %lld ULLONG_MAX %llu\n", LLONG_MAX, LLONG_MIN, ULLONG_MAX);
    printf("LLONG_MAX+1 as ull %llu\n", (unsigned long long)LLONG_MAX + 1);
    printf("cmp %d %d %d %d\n", a > b, u > v, (long long)u < 0, a == 123456789012345LL);
    printf("0xFFFFFFFF + 1 = %llx\n", 0xFFFFFFFFULL + 1);
    printf("carry: %llx\n", 0x00000000FFFFFFFFULL + 0x0000000000000001ULL);
    printf("borrow: %llx\n", 0x0000000100000000ULL - 1);
    printf("neg: %lld\n", -(long long)0x100000000LL);
    printf("int->ll: %lld %lld\n", (long long)-5, (long long)(unsigned)-5);
    printf("ll->int: %d %u\n", (int)0x123456789LL, (unsigned)0xFFFFFFFF00000001ULL);
    {
        unsigned long long f = 1;
        for (i = 1; i <= 20; i++) f *= i;
        printf("20! = %llu\n", f);
        for (i = 0; i < 64; i += 9) printf("bit %2d: %llu\n", i, (f >> i) & 0x1FF);
    }
    {
        long long x = 1;
        int n = 0;
        while (x < 1000000000000000000LL) { x *= 3; n++; }
        printf("3^%d = %lld\n", n, x);
        printf("x / 1000000007 = %lld, x %% 1000000007 = %lld\n", x / 1000000007LL, x % 1000000007LL);
    }
    {
        long long s = -1;
        int sh;
        for (sh = 0; sh < 64; sh += 13) printf("-1<<%d = %llx, >>%d = %lld\n", sh, (unsigned long long)s << sh, sh, (long long)(0x8000000000000000ULL >> sh));
    }
    return 0;
}
