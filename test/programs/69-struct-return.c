/* expect-exit: 0 */
/* Struct results of many sizes (1, 2, 3, 4, 8, 12 and 40 bytes), returned through function pointers,
   used directly as operands, chained, and assigned to array elements and fields. */
#include <stdio.h>

struct s1 { char a; };
struct s2 { short a; };
struct s3 { char a, b, c; };
struct s4 { int a; };
struct s8 { int a, b; };
struct s12 { int a; long long b; };
struct s40 { int v[10]; };
struct holder { struct s8 inner; int extra; };

static struct s1 make1(char a) { struct s1 r; r.a = a; return r; }
static struct s2 make2(short a) { struct s2 r; r.a = a; return r; }
static struct s3 make3(char a) { struct s3 r; r.a = a; r.b = (char)(a + 1); r.c = (char)(a + 2); return r; }
static struct s4 make4(int a) { struct s4 r; r.a = a; return r; }
static struct s8 make8(int a, int b) { struct s8 r; r.a = a; r.b = b; return r; }
static struct s12 make12(int a, long long b) { struct s12 r; r.a = a; r.b = b; return r; }
static struct s40 make40(int base) { struct s40 r; int i; for (i = 0; i < 10; i++) r.v[i] = base + i * i; return r; }
static struct s8 swap8(struct s8 x) { struct s8 r; r.a = x.b; r.b = x.a; return r; }
static struct s40 add40(struct s40 x, struct s40 y) { int i; for (i = 0; i < 10; i++) x.v[i] += y.v[i]; return x; }

int main(void) {
    struct s8 (*f8)(int, int) = make8;
    struct s40 (*f40)(int) = make40;
    struct s8 arr[3];
    struct holder h;
    struct s40 big;
    struct s3 t = make3('x');
    int i, sum = 0;
    printf("s1 %c s2 %d s3 %c%c%c s4 %d\n", make1('k').a, make2(-3).a, t.a, t.b, t.c, make4(77).a);
    printf("s8 %d %d\n", f8(5, 6).a, f8(5, 6).b);
    printf("s12 %d %lld\n", make12(9, -5000000000LL).a, make12(9, -5000000000LL).b);
    arr[1] = swap8(swap8(swap8(make8(1, 2))));
    printf("arr[1] %d %d\n", arr[1].a, arr[1].b);
    h.inner = make8(10, 20);
    h.extra = make4(30).a;
    printf("holder %d %d %d\n", h.inner.a, h.inner.b, h.extra);
    big = add40(f40(1), make40(100));
    for (i = 0; i < 10; i++) sum += big.v[i];
    printf("big sum %d, v[9] %d\n", sum, big.v[9]);
    printf("direct field %d\n", add40(make40(0), make40(0)).v[3]);
    return 0;
}
