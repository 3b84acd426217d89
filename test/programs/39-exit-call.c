/* expect-exit: 42 */
/* exit() from deep inside the call stack: output written before it appears, nothing after it runs. */
#include <stdio.h>
#include <stdlib.h>

static void descend(int n) {
    printf("depth %d\n", n);
    if (n == 3) { printf("exiting\n"); exit(40 + n - 1); }
    descend(n + 1);
    printf("unreachable %d\n", n);
}

int main(void) {
    descend(0);
    printf("not printed\n");
    return 0;
}
