/* expect-exit: 0 */
/* Structs returned by value while the program migrates: migrate() is called inside functions whose
   caller waits for a struct result (nested three deep: wrap -> twice -> mk), with a struct argument
   copy and a pointer into a completed result buffer live across a call, and a heap block freed
   before its (dead) pointer variable is reassigned. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <shuttle.h>

struct pair { int a; long b; const char *name; };
struct big { int xs[4]; struct pair p; };

static int hops;

static const char *other(void) { return strcmp(current_isa(), "rv32") == 0 ? "m68k" : "rv32"; }

static struct pair mk(int a, const char *name) {
    struct pair p;
    p.a = a;
    if (migrate(other()) == 0) hops++;
    p.b = a * 10L;
    p.name = name;
    return p;
}

static struct pair twice(struct pair q) {
    struct pair r = mk(q.a * 2, q.name);
    r.b += q.b;
    return r;
}

static struct big wrap(int n) {
    struct big g;
    int i;
    for (i = 0; i < 4; i++) g.xs[i] = n + i;
    g.p = twice(mk(n, "wrapped"));
    if (migrate(other()) == 0) hops++;
    return g;
}

static int sum(struct pair p, int k) { return p.a + (int)p.b + k; }
static int first(const int *xs, int k) { return xs[0] + k; }

int main(void) {
    struct pair x = mk(3, "three");
    struct big b = wrap(5);
    int s = sum(mk(7, "seven"), sum(twice(x), 1));
    int f = first(wrap(9).xs, sum(x, 0));
    char *p = malloc(16);
    strcpy(p, "scratch");
    printf("%s\n", p);
    free(p);
    p = malloc(8);
    strcpy(p, "again");
    printf("%d %ld %s\n", x.a, x.b, x.name);
    printf("%d %d %ld %s %d %d\n", b.xs[3], b.p.a, b.p.b, b.p.name, s, f);
    printf("%d %s\n", twice(twice(mk(1, "one"))).a, p);
    free(p);
    printf("hops %d\n", hops);
    return 0;
}
