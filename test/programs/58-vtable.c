/* expect-exit: 0 */
/* Objects with function-pointer members (a hand-made vtable), dispatch through struct pointers, arrays of handlers. */
#include <stdio.h>
#include <stdlib.h>

struct shape;
struct shape_ops { const char *kind; int (*area)(const struct shape *); int (*perimeter)(const struct shape *); };
struct shape { const struct shape_ops *ops; int a, b; };

static int rect_area(const struct shape *s) { return s->a * s->b; }
static int rect_perim(const struct shape *s) { return 2 * (s->a + s->b); }
static int square_area(const struct shape *s) { return s->a * s->a; }
static int square_perim(const struct shape *s) { return 4 * s->a; }
static int tri_area(const struct shape *s) { return s->a * s->b / 2; }

static const struct shape_ops rect_ops = { "rect", rect_area, rect_perim };
static const struct shape_ops square_ops = { "square", square_area, square_perim };
static const struct shape_ops tri_ops = { "tri", tri_area, NULL };

static struct shape *make(const struct shape_ops *ops, int a, int b) {
    struct shape *s = malloc(sizeof *s);
    s->ops = ops; s->a = a; s->b = b;
    return s;
}

typedef void (*handler)(int *);
static void inc(int *x) { (*x)++; }
static void dbl(int *x) { *x *= 2; }
static void neg(int *x) { *x = -*x; }

int main(void) {
    struct shape *shapes[4];
    handler program[] = { inc, dbl, dbl, neg, inc, dbl };
    int i, v = 1, total = 0;
    shapes[0] = make(&rect_ops, 3, 4);
    shapes[1] = make(&square_ops, 5, 0);
    shapes[2] = make(&tri_ops, 6, 7);
    shapes[3] = make(&rect_ops, 10, 1);
    for (i = 0; i < 4; i++) {
        const struct shape *s = shapes[i];
        total += s->ops->area(s);
        if (s->ops->perimeter) printf("%s area %d perimeter %d\n", s->ops->kind, s->ops->area(s), (*s->ops->perimeter)(s));
        else printf("%s area %d perimeter n/a\n", s->ops->kind, s->ops->area(s));
    }
    printf("total area %d\n", total);
    for (i = 0; i < 4; i++) free(shapes[i]);
    for (i = 0; i < (int)(sizeof program / sizeof program[0]); i++) { program[i](&v); printf("%d ", v); }
    printf("\n");
    return 0;
}
