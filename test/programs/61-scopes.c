/* expect-exit: 0 */
/* Block scope: shadowing in nested blocks and for-loop declarations, globals shadowed by locals, extern reference. */
#include <stdio.h>

int x = 1;
static int y = 2;
static int get_x(void) { return x; }

int main(void) {
    int x = 10;
    printf("local x %d, global via function %d, y %d\n", x, get_x(), y);
    {
        int x = 100;
        int y = x + 1;
        printf("inner x %d y %d\n", x, y);
        {
            extern int x;
            printf("extern x %d\n", x);
            x = 5;
        }
    }
    printf("back to local x %d, global now %d\n", x, get_x());
    for (int i = 0; i < 3; i++) {
        int x = i * 2;
        printf("loop x %d\n", x);
    }
    for (int x = 7; x < 9; x++) printf("for-declared x %d\n", x);
    printf("after loops x %d\n", x);
    return 0;
}
