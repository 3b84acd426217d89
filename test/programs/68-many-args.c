/* expect-exit: 0 */
/* Calls with more arguments than argument registers, 64-bit and struct arguments among them, through direct
   calls and function pointers, and results that depend on every argument's position. */
#include <stdio.h>

struct pt { int x; short y; char tag; };

static long long weigh(int a, long long b, int c, long long d, int e, long long f, int g, long long h, int i) {
    return a * 1LL + b * 2 + c * 3LL + d * 4 + e * 5LL + f * 6 + g * 7LL + h * 8 + i * 9LL;
}
static int with_structs(struct pt p, int k, struct pt q, long long big, struct pt r, char last) {
    return p.x + p.y + p.tag + k * 10 + q.x * 100 + q.y + q.tag + (int)(big >> 32) + r.x - r.y + r.tag + last;
}
static unsigned sixteen(unsigned a, unsigned b, unsigned c, unsigned d, unsigned e, unsigned f, unsigned g, unsigned h,
                        unsigned i, unsigned j, unsigned k, unsigned l, unsigned m, unsigned n, unsigned o, unsigned p) {
    return a ^ (b << 1) ^ (c << 2) ^ (d << 3) ^ (e << 4) ^ (f << 5) ^ (g << 6) ^ (h << 7) ^
           (i << 8) ^ (j << 9) ^ (k << 10) ^ (l << 11) ^ (m << 12) ^ (n << 13) ^ (o << 14) ^ (p << 15);
}
static signed char small_args(signed char a, short b, unsigned char c, unsigned short d, signed char e) {
    return (signed char)(a + b + c + d + e);
}

int main(void) {
    long long (*fp)(int, long long, int, long long, int, long long, int, long long, int) = weigh;
    struct pt p = { 1, 2, 'a' }, q = { 3, -4, 'b' }, r = { 100, 50, 'c' };
    printf("weigh %lld\n", weigh(1, 2, 3, 4, 5, 6, 7, 8, 9));
    printf("weigh big %lld\n", weigh(-1, 0x100000000LL, -3, -0x100000000LL, 5, 1LL << 40, -7, -1, 9));
    printf("via pointer %lld\n", fp(9, 8, 7, 6, 5, 4, 3, 2, 1));
    printf("structs %d\n", with_structs(p, 7, q, 0x500000000LL, r, 'z'));
    printf("p unchanged %d %d %c\n", p.x, p.y, p.tag);
    printf("sixteen %x\n", sixteen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16));
    printf("small %d\n", small_args(-100, -200, 250, 65535, 127));
    return 0;
}
