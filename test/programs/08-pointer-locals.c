/* expect-exit: 0 */
/* Pointers to locals passed down: swap, out-parameters, pointer to pointer, callee writes caller arrays. */
#include <stdio.h>

static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
static void divmod(int n, int d, int *q, int *r) { *q = n / d; *r = n % d; }
static void fill(int *buf, int n, int start) { int i; for (i = 0; i < n; i++) buf[i] = start + i; }
static void set_ptr(int **pp, int *target) { *pp = target; }
static void deep(int *counter, int n) { if (n > 0) { (*counter) += n; deep(counter, n - 1); } }
static void minmax(const int *v, int n, int *mn, int *mx) {
    int i;
    *mn = *mx = v[0];
    for (i = 1; i < n; i++) { if (v[i] < *mn) *mn = v[i]; if (v[i] > *mx) *mx = v[i]; }
}
static long long *pick(long long *a, long long *b, int first) { return first ? a : b; }

int main(void) {
    int x = 1, y = 2, q, r, total = 0;
    int arr[6];
    int *p = NULL;
    int mn, mx;
    char c = 'a';
    char *cp = &c;
    long long big1 = 1, big2 = 2;
    swap(&x, &y);
    printf("x %d y %d\n", x, y);
    divmod(47, 6, &q, &r);
    printf("47 = 6*%d + %d\n", q, r);
    fill(arr, 6, 100);
    printf("arr %d %d %d\n", arr[0], arr[3], arr[5]);
    set_ptr(&p, &arr[2]);
    *p = -1;
    printf("arr[2] %d\n", arr[2]);
    deep(&total, 100);
    printf("total %d\n", total);
    minmax(arr, 6, &mn, &mx);
    printf("min %d max %d\n", mn, mx);
    *cp += 2;
    printf("c %c\n", c);
    *pick(&big1, &big2, 0) += 40;
    printf("big %lld %lld\n", big1, big2);
    {
        int **pp = &p;
        **pp = 77;
        printf("arr[2] %d via **\n", arr[2]);
    }
    return 0;
}
