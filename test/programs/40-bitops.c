/* expect-exit: 0 */
/* Bitwise operators and shifts: & | ^ ~ << >>, arithmetic vs logical right shift, popcount, rotations, masks. */
#include <stdio.h>

static int popcount(unsigned x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }
static unsigned rotl(unsigned x, int k) { return (x << k) | (x >> (32 - k)); }
static unsigned reverse_bits(unsigned x) {
    unsigned r = 0; int i;
    for (i = 0; i < 32; i++) { r = (r << 1) | (x & 1); x >>= 1; }
    return r;
}
static int parity64(unsigned long long x) { x ^= x >> 32; x ^= x >> 16; x ^= x >> 8; x ^= x >> 4; x ^= x >> 2; x ^= x >> 1; return (int)(x & 1); }

int main(void) {
    unsigned a = 0xDEADBEEFu, b = 0x0F0F0F0Fu;
    int n = -256;
    int sh;
    printf("& %08x | %08x ^ %08x ~ %08x\n", a & b, a | b, a ^ b, ~a);
    printf("<<4 %08x >>4 %08x\n", a << 4, a >> 4);
    printf("signed >> : %d %d %d\n", n >> 1, n >> 4, n >> 31);
    printf("unsigned >> of negative: %u\n", (unsigned)n >> 28);
    for (sh = 0; sh < 32; sh += 5) printf("1<<%d = %u, a>>%d = %x\n", sh, 1u << sh, sh, a >> sh);
    printf("popcount %d %d %d\n", popcount(a), popcount(0), popcount(0xFFFFFFFFu));
    printf("rotl %08x %08x\n", rotl(a, 8), rotl(a, 31));
    printf("reverse %08x\n", reverse_bits(a));
    printf("parity64 %d %d\n", parity64(0x8000000000000001ULL), parity64(0x8000000000000000ULL));
    printf("mask low 12: %x, clear bit 3: %x, set bit 31: %x\n", a & ((1u << 12) - 1), a & ~(1u << 3), 0u | (1u << 31));
    printf("!x %d %d, ~0 %d\n", !a, !0u, ~0);
    printf("char ops %d %d\n", (unsigned char)0xF0 & 0x3C, (signed char)-16 >> 2);
    {
        int var = 5;
        printf("variable shift %u %d\n", 0x80000000u >> var, 1 << (var * 5));
    }
    return 0;
}
