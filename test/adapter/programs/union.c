/* A union holding a pointer: a migration here is refused (the canonical state cannot say
   which member is live), and the program must run on unchanged. */
#include <stdio.h>

union slot { int *p; int n; };

int main(void) {
    int x = 5;
    union slot s;
    s.p = &x;
    x = x + 1;
    printf("x %d\n", *s.p);
    return 0;
}
