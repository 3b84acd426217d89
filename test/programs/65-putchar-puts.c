/* expect-exit: 0 */
/* Output primitives: putchar return values, puts of empty and long strings, interleaving with printf, all bytes 32..126. */
#include <stdio.h>

int main(void) {
    int c, r;
    r = putchar('X');
    printf(" putchar returned %d\n", r);
    r = puts("");
    printf("puts returned non-negative: %d\n", r >= 0);
    for (c = 32; c < 127; c++) { putchar(c); if (c % 32 == 31) putchar('\n'); }
    putchar('\n');
    puts("a somewhat longer line written by puts, long enough to cross any small buffer boundary in the runtime");
    printf("%s", "no newline then ");
    puts("puts");
    putchar(0x41); putchar(0x141); putchar('\n');
    return 0;
}
