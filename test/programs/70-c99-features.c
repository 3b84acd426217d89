/* expect-exit: 0 */
/* C99 conveniences: // comments, declarations after statements, for-loop declarations, inline functions,
   restrict, long long suffixes, _Bool. (Compound literals are unsupported: see test/malformed.) */
#include <stdio.h>
#include <string.h>

struct pair { int a, b; };

static inline int sq(int x) { return x * x; } // a line comment
static int sum_pair(struct pair p) { return p.a + p.b; }
static void copy_ints(int *restrict dst, const int *restrict src, int n) { for (int i = 0; i < n; i++) dst[i] = src[i]; }

int main(void) {
    printf("sq %d\n", sq(12));
    int later = 5; // declared after a statement
    later *= 2;
    printf("later %d\n", later);
    struct pair pr = { 3, 4 };
    printf("pair %d\n", sum_pair(pr));
    int src[] = { 10, 20, 30, 40 };
    int *arr = src;
    printf("array %d %d\n", arr[0], arr[2]);
    int dst[4];
    copy_ints(dst, src, 4);
    printf("copied %d %d\n", dst[0], dst[3]);
    unsigned long long big = 18446744073709551615ull;
    long long neg = -9223372036854775807ll;
    printf("suffixes %llu %lld\n", big, neg);
    _Bool flag = strlen("x") == 1;
    printf("flag %d\n", flag);
    /* a block comment // with a line comment inside */
    printf("done\n");
    return 0;
}
