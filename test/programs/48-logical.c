/* expect-exit: 0 */
/* Logical operators: && and || short-circuit with side effects, ! on every type, values are 0/1, relational results. */
#include <stdio.h>

static int trace[32], nt;
static int t(int id, int v) { trace[nt++] = id; return v; }
static void dump(const char *label, int r) { int i; printf("%s = %d via", label, r); for (i = 0; i < nt; i++) printf(" %d", trace[i]); printf("\n"); nt = 0; }

int main(void) {
    int *null = 0, x = 5;
    long long big = 0x100000000LL;
    dump("1&&1", t(1, 1) && t(2, 1));
    dump("0&&1", t(1, 0) && t(2, 1));
    dump("1||0", t(1, 1) || t(2, 0));
    dump("0||0", t(1, 0) || t(2, 0));
    dump("0||1&&0", t(1, 0) || (t(2, 1) && t(3, 0)));
    dump("(1||0)&&1", (t(1, 1) || t(2, 0)) && t(3, 7));
    printf("null guard %d\n", null != 0 && *null == 3);
    printf("!x %d !!x %d !null %d !big %d !!big %d\n", !x, !!x, !null, !big, !!big);
    printf("big && 1 = %d, (int)big = %d\n", big && 1, (int)big);
    printf("5 > 3 > 1 = %d\n", (5 > 3) > 1);
    printf("x == 5 == 1 = %d\n", (x == 5) == 1);
    printf("sum of comparisons %d\n", (x > 1) + (x > 2) + (x > 9) + (x != 5) + (x <= 5));
    printf("-1 && -1 = %d\n", -1 && -1);
    {
        int i, hits = 0;
        for (i = 0; i < 20; i++) if ((i % 3 == 0 || i % 5 == 0) && !(i % 2)) hits++;
        printf("hits %d\n", hits);
    }
    return 0;
}
