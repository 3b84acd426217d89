/* expect-exit: 0 */
/* The smallest program: printf, puts and putchar to stdout. */
#include <stdio.h>

int main(void) {
    printf("Hello, %s!\n", "world");
    puts("puts adds a newline");
    putchar('o');
    putchar('k');
    putchar('\n');
    return 0;
}
