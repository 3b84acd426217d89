/* expect-exit: 0 */
/* The comma operator and ?: (nested, as lvalue-free values, with side effects, with pointers and mixed types). */
#include <stdio.h>

static int calls;
static int f(int x) { calls++; return x; }

int main(void) {
    int a, b, c, i, j;
    const char *s;
    a = (b = 3, c = 4, b + c);
    printf("a %d b %d c %d\n", a, b, c);
    for (i = 0, j = 10; i < j; i += 3, j -= 2) printf("(%d,%d) ", i, j);
    printf("\n");
    a = f(1) ? f(2) : f(3);
    printf("a %d calls %d\n", a, calls);
    a = f(0) ? f(2) : f(3);
    printf("a %d calls %d\n", a, calls);
    for (i = -2; i <= 2; i++) {
        s = i < 0 ? "neg" : i == 0 ? "zero" : "pos";
        printf("%d %s %d\n", i, s, i < 0 ? -i : i);
    }
    {
        int x = 5, y = 9, *p = x > y ? &x : &y;
        *p = 0;
        printf("x %d y %d\n", x, y);
        printf("max %d\n", (x > y ? x : y));
        printf("mixed %lld\n", x ? 1LL << 40 : x);
        printf("unsigned mix %d\n", (x ? -1 : 0u) > 5u);
        printf("comma value %d\n", (x++, y++, x + y));
    }
    printf("%d\n", (calls = 0, f(7), f(8), calls));
    return 0;
}
