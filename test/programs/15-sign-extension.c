/* expect-exit: 0 */
/* Sign and zero extension across every width, in casts, assignments, arguments and returns. */
#include <stdio.h>
#include <stdint.h>

static int widen_s8(signed char c) { return c; }
static unsigned widen_u8(unsigned char c) { return c; }
static long long widen_s16(short s) { return s; }
static signed char narrow8(int x) { return (signed char)x; }
static unsigned short narrow16(long long x) { return (unsigned short)x; }

int main(void) {
    int vals[] = { 0, 1, 127, 128, 255, 256, 32767, 32768, 65535, 65536, -1, -128, -129, -32768, -32769 };
    int n = (int)(sizeof vals / sizeof vals[0]);
    int k;
    for (k = 0; k < n; k++) {
        int v = vals[k];
        printf("%7d: s8 %4d u8 %3u s16 %6lld u16 %5u n8 %4d n16 %5u ll %lld ull %llu\n",
               v, widen_s8((signed char)v), widen_u8((unsigned char)v), widen_s16((short)v),
               (unsigned)(unsigned short)v, narrow8(v), narrow16(v), (long long)v, (unsigned long long)(unsigned)v);
    }
    {
        int8_t a = -100; uint8_t b = 200; int16_t c = -30000; uint16_t d = 60000;
        int32_t e = -2000000000; uint32_t f = 4000000000u;
        int64_t g = (int64_t)e * 3; uint64_t h = (uint64_t)f * 5;
        printf("%d %u %d %u %ld %lu %lld %llu\n", a, b, c, d, (long)e, (unsigned long)f, (long long)g, (unsigned long long)h);
        g = a; h = a;
        printf("int8 -> int64 %lld, -> uint64 %llx\n", (long long)g, (unsigned long long)h);
        g = c; h = (uint16_t)c;
        printf("int16 -> int64 %lld, uint16 -> uint64 %llu\n", (long long)g, (unsigned long long)h);
        e = (int32_t)(int8_t)0x1F0;
        printf("chain %ld\n", (long)e);
    }
    return 0;
}
