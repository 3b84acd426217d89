/* expect-exit: 0 */
/* sizeof: types, expressions (unevaluated), arrays vs pointers, structs with padding (m68k aligns to 2). */
#include <stdio.h>
#include <stddef.h>

struct a { char c; int i; };
struct b { char c; short s; char d; };
struct c { char c[3]; };
struct d { int i; char c; };
union e { char c[5]; int i; };
struct f { struct b inner; char tail; int arr[2]; };

static int param_size(int arr[10]) { return (int)sizeof arr; }

int main(void) {
    int arr[10];
    char str[] = "hello";
    int x = 1;
    printf("char %d short %d int %d long %d llong %d ptr %d\n", (int)sizeof(char), (int)sizeof(short),
           (int)sizeof(int), (int)sizeof(long), (int)sizeof(long long), (int)sizeof(void *));
    printf("arr %d str %d \"lit\" %d param %d\n", (int)sizeof arr, (int)sizeof str, (int)sizeof "lit", param_size(arr));
    printf("a %d b %d c %d d %d e %d f %d\n", (int)sizeof(struct a), (int)sizeof(struct b), (int)sizeof(struct c),
           (int)sizeof(struct d), (int)sizeof(union e), (int)sizeof(struct f));
    printf("offsetof a.i %d b.d %d f.tail %d f.arr %d\n", (int)offsetof(struct a, i), (int)offsetof(struct b, d),
           (int)offsetof(struct f, tail), (int)offsetof(struct f, arr));
    printf("sizeof x++ %d, x still %d\n", (int)sizeof(x++), x);
    printf("sizeof arr[0] %d, count %d\n", (int)sizeof arr[0], (int)(sizeof arr / sizeof arr[0]));
    printf("sizeof(char)+1 %d, sizeof 'a' %d\n", (int)(sizeof(char) + 1), (int)sizeof 'a');
    printf("size_t %d ptrdiff_t %d\n", (int)sizeof(size_t), (int)sizeof(ptrdiff_t));
    printf("array of structs %d\n", (int)sizeof(struct a[3]));
    return 0;
}
