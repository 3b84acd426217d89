/* expect-exit: 0 */
/* The usual arithmetic conversions and integer promotions with mixed signed/unsigned operands. */
#include <stdio.h>

int main(void) {
    int i = -1;
    unsigned u = 1;
    long l = -1;
    unsigned long ul = 1;
    long long ll = -1;
    unsigned char uc = 255;
    signed char sc = -1;
    unsigned short us = 65535;
    short s = -1;
    printf("-1 < 1u: %d\n", i < u);
    printf("-1L < 1UL: %d\n", l < ul);
    printf("-1LL < 1u: %d\n", ll < u);
    printf("uc == sc: %d\n", uc == sc);
    printf("uc + sc = %d\n", uc + sc);
    printf("us + s = %d\n", us + s);
    printf("us == s: %d\n", us == s);
    printf("i + u = %u\n", i + u);
    printf("ll + u = %lld\n", ll + u);
    printf("u + ll = %lld\n", u + ll);
    printf("sizeof(uc + uc) = %d\n", (int)sizeof(uc + uc));
    printf("sizeof(u + ll) = %d\n", (int)sizeof(u + ll));
    printf("~uc = %d\n", ~uc);
    printf("-uc = %d\n", -uc);
    printf("uc << 24 >> 24 = %d\n", (int)((unsigned)uc << 24) >> 24);
    printf("(i / u) = %u\n", i / u);
    printf("(-7 / 2u) = %u\n", -7 / 2u);
    printf("(-7 %% 4u) = %u\n", -7 % 4u);
    printf("(-7LL / 2u) = %lld\n", -7LL / 2u);
    printf("us * us = %u\n", (unsigned)(us * us));
    printf("(unsigned char)(uc + 1) = %d\n", (unsigned char)(uc + 1));
    printf("(signed char)(sc - 127) = %d\n", (signed char)(sc - 127));
    printf("ternary: %d\n", (int)(1 ? -1 : 0u) > 0);
    {
        unsigned char a = 200, b = 100;
        unsigned char c = a + b;
        int d = a + b;
        printf("a + b as uchar %d, as int %d\n", c, d);
    }
    return 0;
}
