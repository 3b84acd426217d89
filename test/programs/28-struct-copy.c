/* expect-exit: 0 */
/* Structs by value: assignment, passing, returning, nested copies, copies are independent of the original. */
#include <stdio.h>
#include <string.h>

struct vec { int x, y, z; };
struct big { char name[20]; struct vec pos; long long id; short tags[3]; };

static struct vec add(struct vec a, struct vec b) { struct vec r; r.x = a.x + b.x; r.y = a.y + b.y; r.z = a.z + b.z; return r; }
static struct vec scale(struct vec v, int k) { v.x *= k; v.y *= k; v.z *= k; return v; }
static int dot(struct vec a, struct vec b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
static struct big make(const char *name, int x, long long id) {
    struct big b;
    memset(&b, 0, sizeof b);
    strcpy(b.name, name);
    b.pos.x = x; b.pos.y = x + 1; b.pos.z = x + 2;
    b.id = id;
    b.tags[0] = 1; b.tags[2] = 3;
    return b;
}
static void show(struct big b) {
    printf("%s (%d,%d,%d) id %lld tags %d %d %d\n", b.name, b.pos.x, b.pos.y, b.pos.z, b.id, b.tags[0], b.tags[1], b.tags[2]);
}
static void mutate(struct big b) { b.pos.x = -999; strcpy(b.name, "mutated"); }

int main(void) {
    struct vec a = { 1, 2, 3 }, b = { 4, 5, 6 }, c;
    struct big x, y, arr[2];
    c = add(a, b);
    printf("add %d %d %d\n", c.x, c.y, c.z);
    c = scale(add(c, a), 2);
    printf("scale %d %d %d, a still %d %d %d\n", c.x, c.y, c.z, a.x, a.y, a.z);
    printf("dot %d\n", dot(a, scale(b, -1)));
    x = make("first", 10, 1234567890123LL);
    y = x;
    y.pos.x = 0;
    strcpy(y.name, "second");
    show(x);
    show(y);
    mutate(x);
    show(x);
    arr[0] = x; arr[1] = arr[0];
    arr[1].tags[1] = 22;
    show(arr[1]);
    printf("add(...).y %d\n", add(a, b).y);
    {
        struct vec *p = &c, q;
        q = *p;
        p->x = 100;
        printf("q.x %d c.x %d\n", q.x, c.x);
    }
    return 0;
}
