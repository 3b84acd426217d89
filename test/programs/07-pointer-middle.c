/* expect-exit: 0 */
/* Pointers into the middle of arrays and into struct fields: arithmetic, differences, comparisons. */
#include <stdio.h>
#include <stddef.h>

struct rec { int id; int data[5]; char tag; };

static int sum(const int *from, const int *to) { int s = 0; while (from < to) s += *from++; return s; }
static void bump(int *p) { (*p)++; }

int main(void) {
    int a[10];
    int *mid, *end;
    struct rec r = { 7, { 1, 2, 3, 4, 5 }, 'r' };
    struct rec *rp = &r;
    int *field = &r.data[2];
    char *tagp = &rp->tag;
    ptrdiff_t d;
    int i;
    for (i = 0; i < 10; i++) a[i] = i * i;
    mid = a + 5;
    end = &a[10];
    printf("mid[-1] %d mid[0] %d mid[1] %d\n", mid[-1], *mid, mid[1]);
    printf("end - mid %d, mid - a %d\n", (int)(end - mid), (int)(mid - a));
    printf("sum lower %d upper %d\n", sum(a, mid), sum(mid, end));
    printf("mid > a %d, mid == a + 5 %d, end != mid %d\n", mid > a, mid == a + 5, end != mid);
    bump(mid);
    bump(&a[0]);
    printf("a[5] %d a[0] %d\n", a[5], a[0]);
    d = &a[9] - &a[2];
    printf("distance %d\n", (int)d);
    printf("field %d, field[-2] %d, field[2] %d\n", *field, field[-2], field[2]);
    *field = 30;
    bump(&rp->data[4]);
    bump(&rp->id);
    *tagp = 'R';
    printf("r: id %d data %d %d %d %d %d tag %c\n", r.id, r.data[0], r.data[1], r.data[2], r.data[3], r.data[4], r.tag);
    {
        int *q = rp->data + 1;
        q += 2;
        q -= 1;
        printf("q -> %d, index %d\n", *q, (int)(q - r.data));
        i = 1[q];
        printf("1[q] = %d\n", i);
    }
    {
        char s[] = "abcdefgh";
        char *p = s + 3;
        p[0] = 'X';
        *(p + 2) = 'Y';
        printf("%s %s %c\n", s, p, *(p - 3));
    }
    return 0;
}
