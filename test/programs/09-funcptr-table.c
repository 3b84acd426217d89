/* expect-exit: 0 */
/* Function pointers: tables, typedefs, passing and returning them, callbacks, calling through struct fields. */
#include <stdio.h>

typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int maxi(int a, int b) { return a > b ? a : b; }

static binop table[] = { add, sub, mul, maxi };
static const char *names[] = { "add", "sub", "mul", "max" };

struct op { char sym; int (*fn)(int, int); };
static struct op ops[] = { { '+', add }, { '-', sub }, { '*', &mul } };

static binop lookup(char sym) {
    unsigned i;
    for (i = 0; i < sizeof ops / sizeof ops[0]; i++) if (ops[i].sym == sym) return ops[i].fn;
    return 0;
}
static int fold(const int *v, int n, binop f, int init) { int i; for (i = 0; i < n; i++) init = f(init, v[i]); return init; }
static void apply(void (*cb)(int), int n) { int i; for (i = 0; i < n; i++) cb(i); }
static int counter;
static void count(int i) { counter += i; }
static void (*get_counter(void))(int) { return count; }

int main(void) {
    int v[] = { 3, 1, 4, 1, 5, 9, 2, 6 };
    int i;
    binop f;
    for (i = 0; i < 4; i++) printf("%s(7, 3) = %d\n", names[i], table[i](7, 3));
    for (i = 0; i < 4; i++) printf("fold %s = %d\n", names[i], fold(v, 8, table[i], i == 2 ? 1 : 0));
    f = lookup('*');
    printf("lookup * : %d\n", f ? f(6, 7) : -1);
    printf("lookup / : %s\n", lookup('/') ? "found" : "null");
    printf("(*f)(2,5) = %d\n", (*f)(2, 5));
    apply(get_counter(), 10);
    printf("counter %d\n", counter);
    printf("same: %d %d\n", table[0] == add, table[1] == add);
    return 0;
}
