/* expect-exit: 0 */
/* Structs in less common positions: ?: choosing between structs, pointer differences between struct
   elements of odd sizes, chained assignment of structs, arrays of unions, struct comparisons field by field. */
#include <stdio.h>

struct odd { char c; short s; char d; };
struct rec { int id; struct odd o; };
union num { int i; unsigned char b[4]; short h; };

static int same(struct rec a, struct rec b) { return a.id == b.id && a.o.c == b.o.c && a.o.s == b.o.s && a.o.d == b.o.d; }

int main(void) {
    struct rec a = { 1, { 'a', 100, 'x' } }, b = { 2, { 'b', -100, 'y' } }, c, d, e;
    struct odd arr[7];
    union num nums[3];
    int i, flag;
    for (flag = 0; flag < 2; flag++) {
        c = flag ? a : b;
        printf("chosen id %d c %c s %d\n", c.id, c.o.c, c.o.s);
    }
    printf("diff %d %d\n", (int)(&arr[6] - &arr[1]), (int)(&arr[3] - arr));
    {
        struct odd *p = arr + 2, *q = &arr[5];
        printf("p<q %d q-p %d\n", p < q, (int)(q - p));
    }
    d = e = c = a;
    d.o.s = 7;
    printf("chain %d %d %d same(c,e) %d same(d,e) %d\n", c.id, e.id, d.o.s, same(c, e), same(d, e));
    for (i = 0; i < 3; i++) nums[i].i = 0;
    nums[1].h = -1;
    nums[2].b[0] = 1; nums[2].b[3] = 1;
    printf("nums %d %d %d\n", nums[0].i, nums[1].i != 0, nums[2].i == 0x01000001 || nums[2].i == 0x00000101 + 0x01000000 - 0x100);
    printf("sizeof odd %d rec %d num %d\n", (int)sizeof(struct odd), (int)sizeof(struct rec), (int)sizeof(union num));
    return 0;
}
