/* expect-exit: 3 */
/* main's return value is the exit status. */
#include <stdio.h>

static int compute(void) { int i, s = 0; for (i = 0; i < 10; i++) s += i; return s % 7; }

int main(void) {
    printf("returning %d\n", compute());
    return compute();
}
