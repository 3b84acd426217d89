/* expect-exit: 0 */
/* Plain char in arithmetic, comparisons, array indexing and string bytes above 127: results follow the ISA's
   char signedness (unsigned on rv32, signed on m68k), so the expected output differs by ISA. */
#include <stdio.h>
#include <string.h>

static int count_high(const char *s) { int n = 0; for (; *s; s++) if (*s < 0) n++; return n; }

int main(void) {
    const char *s = "caf\xe9 na\xefve \xff";
    char c;
    int hist[2] = { 0, 0 }, i, sum = 0;
    for (i = 0; s[i]; i++) { sum += s[i]; hist[s[i] > 100]++; }
    printf("sum %d high-by-sign %d hist %d %d\n", sum, count_high(s), hist[0], hist[1]);
    c = '\xe9';
    printf("c %d c/2 %d c%%7 %d (c == 0xe9) %d (c == '\\xe9') %d\n", c, c / 2, c % 7, c == 0xe9, c == '\xe9');
    printf("strcmp sign %d\n", strcmp("\xe9", "a") > 0);
    printf("max of two %d\n", (char)-1 > (char)1 ? 1 : 2);
    return 0;
}
