/* expect-exit: 0 */
/* Plain char signedness differs by ISA (unsigned on rv32, signed on m68k); explicit signed/unsigned char do not. */
#include <stdio.h>
#include <limits.h>

int main(void) {
    char c = (char)0xF0;
    signed char sc = (signed char)0xF0;
    unsigned char uc = 0xF0;
    char s[] = "\xff\x80\x7f";
    int i;
    printf("plain %d signed %d unsigned %d\n", c, sc, uc);
    printf("plain < 0: %d\n", c < 0);
    printf("CHAR_MIN %d CHAR_MAX %d\n", CHAR_MIN, CHAR_MAX);
    for (i = 0; i < 3; i++) printf("s[%d] = %d (as int %d)\n", i, s[i], (int)s[i]);
    printf("c >> 1 = %d\n", c >> 1);
    printf("c + 1 = %d\n", c + 1);
    printf("(unsigned)c = %u\n", (unsigned)c);
    {
        char d = 200;
        int n = d;
        printf("d == 200: %d, n = %d\n", d == 200, n);
    }
    return 0;
}
