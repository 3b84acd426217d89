/* expect-exit: 0 */
/* Integer arithmetic: precedence, associativity, division and remainder with negative operands. */
#include <stdio.h>

static int check(const char *what, int got, int want) {
    printf("%-24s %6d %s\n", what, got, got == want ? "ok" : "WRONG");
    return got == want;
}

int main(void) {
    int a = 17, b = 5, c = -17, d = -5;
    int ok = 1;
    ok &= check("a + b * 3", a + b * 3, 32);
    ok &= check("(a + b) * 3", (a + b) * 3, 66);
    ok &= check("a - b - 3", a - b - 3, 9);
    ok &= check("a / b", a / b, 3);
    ok &= check("a % b", a % b, 2);
    ok &= check("c / b", c / b, -3);
    ok &= check("c % b", c % b, -2);
    ok &= check("a / d", a / d, -3);
    ok &= check("a % d", a % d, 2);
    ok &= check("c / d", c / d, 3);
    ok &= check("c % d", c % d, -2);
    ok &= check("-a", -a, -17);
    ok &= check("+b", +b, 5);
    ok &= check("a * b * c", a * b * c, -1445);
    ok &= check("1000000 * 2000", 1000000 * 2000, 2000000000);
    ok &= check("a * -b / 2", a * -b / 2, -42);
    ok &= check("100 / 7 * 7 + 100 % 7", 100 / 7 * 7 + 100 % 7, 100);
    {
        int i, sum = 0;
        for (i = -50; i <= 50; i++)
            sum += i * i * (i % 3 == 0 ? 1 : -1) + i / 7;
        printf("sum %d\n", sum);
    }
    printf("%s\n", ok ? "all ok" : "FAILED");
    return ok ? 0 : 1;
}
