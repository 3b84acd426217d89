/* expect-exit: 0 */
/* Variadic calls with many mixed-width arguments: 64-bit values at odd and even positions, chars and shorts
   promoted, more arguments than registers, strings between them. */
#include <stdio.h>

int main(void) {
    long long a = -1234567890123LL, b = 0x7FFFFFFF00000001LL;
    unsigned long long c = 0xFFFFFFFFFFFFFFFFULL;
    char ch = 'q';
    short sh = -300;
    unsigned char uc = 200;
    printf("%d %lld %d\n", 1, a, 2);
    printf("%lld %d %lld\n", a, 3, b);
    printf("%d %d %lld %d %llu\n", 4, 5, b, 6, c);
    printf("%c %d %lld %u %s %llx %d\n", ch, sh, a, uc, "mid", c, -7);
    printf("%d %d %d %d %d %d %d %lld %d %lld\n", 1, 2, 3, 4, 5, 6, 7, a, 8, b);
    printf("%lld %lld %lld %lld %lld\n", a, b, a + b, a - b, -a);
    printf("%s %s %s %s %s %s %s %s %s %s\n", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    printf("%x %X %o %lx %llo %hhx %hx\n", 255u, 255u, 255u, 0xABCDEFUL, 0777ULL, 0x1FF, 0x1FFFF);
    printf("%5lld|%-5lld|%05lld|%+lld\n", 42LL, 42LL, -42LL, 42LL);
    return 0;
}
