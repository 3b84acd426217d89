/* expect-exit: 0 */
/* Arbitrary-precision arithmetic in arrays of unsigned short digits (base 10000): 100!, 2^200, carries. */
#include <stdio.h>

#define MAXD 80
typedef struct { unsigned short d[MAXD]; int n; } big;

static void set(big *b, int v) { b->n = 0; while (v) { b->d[b->n++] = (unsigned short)(v % 10000); v /= 10000; } if (!b->n) { b->d[0] = 0; b->n = 1; } }
static void mul_small(big *b, int m) {
    int i; unsigned carry = 0;
    for (i = 0; i < b->n; i++) { unsigned t = b->d[i] * (unsigned)m + carry; b->d[i] = (unsigned short)(t % 10000); carry = t / 10000; }
    while (carry) { b->d[b->n++] = (unsigned short)(carry % 10000); carry /= 10000; }
}
static void add(big *a, const big *b) {
    int i, n = a->n > b->n ? a->n : b->n; unsigned carry = 0;
    for (i = 0; i < n; i++) {
        unsigned t = (i < a->n ? a->d[i] : 0u) + (i < b->n ? b->d[i] : 0u) + carry;
        a->d[i] = (unsigned short)(t % 10000); carry = t / 10000;
    }
    a->n = n;
    if (carry) a->d[a->n++] = (unsigned short)carry;
}
static void print(const char *label, const big *b) {
    int i;
    printf("%s = %d", label, b->d[b->n - 1]);
    for (i = b->n - 2; i >= 0; i--) printf("%04d", b->d[i]);
    printf("\n");
}

int main(void) {
    big f, p, a, b;
    int i;
    set(&f, 1);
    for (i = 2; i <= 100; i++) mul_small(&f, i);
    print("100!", &f);
    set(&p, 1);
    for (i = 0; i < 200; i++) mul_small(&p, 2);
    print("2^200", &p);
    set(&a, 0); set(&b, 1);
    for (i = 0; i < 300; i++) { big t = b; add(&b, &a); a = t; }
    print("fib(300)", &a);
    return 0;
}
