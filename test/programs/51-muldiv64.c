/* expect-exit: 0 */
/* 64-bit multiply, divide and modulo over a grid of signed and unsigned operands, including edge values. */
#include <stdio.h>

int main(void) {
    long long s[] = { 0, 1, -1, 7, -7, 1000000007LL, -4294967296LL, 0x7FFFFFFFFFFFFFFFLL, -0x7FFFFFFFFFFFFFFFLL - 1, 0x123456789ALL };
    unsigned long long u[] = { 1, 3, 0xFFFFFFFFULL, 0x100000000ULL, 0xFFFFFFFFFFFFFFFFULL, 0x8000000000000000ULL, 12345678901234567ULL };
    int i, j;
    unsigned long long acc = 0;
    for (i = 0; i < 10; i++)
        for (j = 0; j < 10; j++) {
            long long a = s[i], b = s[j];
            if (b == 0 || (b == -1 && a == -0x7FFFFFFFFFFFFFFFLL - 1)) continue;
            acc = acc * 31 + (unsigned long long)(a / b);
            acc = acc * 31 + (unsigned long long)(a % b);
            acc = acc * 31 + (unsigned long long)a * (unsigned long long)b;
            if (i == j + 1) printf("%lld / %lld = %lld rem %lld\n", a, b, a / b, a % b);
        }
    printf("signed acc %llx\n", acc);
    acc = 0;
    for (i = 0; i < 7; i++)
        for (j = 0; j < 7; j++) {
            unsigned long long a = u[i], b = u[j];
            acc = acc * 37 + a / b + (a % b) * 3 + a * b;
            if (j == 2) printf("%llu / %llu = %llu rem %llu, prod %llx\n", a, b, a / b, a % b, a * b);
        }
    printf("unsigned acc %llx\n", acc);
    {
        unsigned long long m = 0xFFFFFFFFULL * 0xFFFFFFFFULL;
        long long n = -3LL * 0x40000000LL * 4;
        printf("mul carry %llx, neg %lld\n", m, n);
        printf("div by small %llu %llu\n", 0xFFFFFFFFFFFFFFFFULL / 10, 0xFFFFFFFFFFFFFFFFULL % 10);
    }
    return 0;
}
