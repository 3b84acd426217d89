/* expect-exit: 0 */
/* Pre/post increment and decrement on ints, chars, long longs, pointers, struct fields and array elements. */
#include <stdio.h>

struct counter { int n; unsigned char small; };

int main(void) {
    int i = 5, j;
    unsigned char uc = 255;
    signed char sc = -128;
    long long ll = 0xFFFFFFFFLL;
    int arr[5] = { 10, 20, 30, 40, 50 };
    int *p = arr;
    struct counter c = { 0, 254 }, *cp = &c;
    const char *s = "walk";
    j = i++; printf("post: j %d i %d\n", j, i);
    j = ++i; printf("pre: j %d i %d\n", j, i);
    j = i--; printf("post--: j %d i %d\n", j, i);
    j = --i; printf("pre--: j %d i %d\n", j, i);
    uc++; printf("uc wraps to %d\n", uc);
    uc--; printf("uc back to %d\n", uc);
    sc--; printf("sc wraps to %d\n", sc);
    ll++; printf("ll %llx\n", ll);
    --ll; --ll; printf("ll %llx\n", ll);
    printf("*p++ %d ", *p++);
    printf("*++p %d ", *++p);
    printf("++*p %d ", ++*p);
    printf("(*p)++ %d ", (*p)++);
    printf("now %d, index %d\n", *p, (int)(p - arr));
    p--;
    printf("p-- -> %d\n", *p);
    cp->n++; ++cp->n; c.small++; cp->small++;
    printf("counter %d small %d\n", c.n, c.small);
    arr[0]++; --arr[4];
    printf("arr %d %d\n", arr[0], arr[4]);
    while (*s) putchar(*s++);
    putchar('\n');
    {
        int k = 0, v[4] = { 0 };
        v[k] = k + 7; k++;
        printf("v0 %d k %d\n", v[0], k);
    }
    return 0;
}
