/* expect-exit: 0 */
/* Implicit narrowing and widening in assignments, compound assignments, parameters and returns:
   every store truncates to the destination's width, every load extends by the destination's signedness. */
#include <stdio.h>

static unsigned char ret_uc(int x) { return x; }
static signed char ret_sc(long long x) { return x; }
static unsigned short ret_us(int x) { return x; }
static short take_short(short s) { return s; }

int main(void) {
    unsigned char uc = 0;
    signed char sc = 0;
    short s = 0;
    unsigned short us = 0;
    int i;
    long long ll;
    uc += 300; printf("uc += 300 -> %d\n", uc);
    uc -= 50; printf("uc -= 50 -> %d\n", uc);
    sc = 100; sc *= 3; printf("sc *= 3 -> %d\n", sc);
    sc = -128; sc /= -1; printf("sc /= -1 -> %d\n", sc);
    s = 30000; s += 30000; printf("s += 30000 -> %d\n", s);
    us = 1; us <<= 17; printf("us <<= 17 -> %d\n", us);
    us = 65535; us >>= 1; printf("us >>= 1 -> %d\n", us);
    i = 0x12345678; s = i; uc = i; printf("from int: s %d uc %d\n", s, uc);
    ll = 0x1234567890ABCDEFLL; i = ll; s = ll; sc = ll; printf("from ll: %x %d %d\n", (unsigned)i, s, sc);
    printf("returns %d %d %d %d\n", ret_uc(-1), ret_sc(0x1FF), ret_us(-2), take_short(65535));
    for (uc = 250, i = 0; i < 10; i++, uc++) printf("%d ", uc);
    printf("\n");
    {
        unsigned char arr[4] = { 255, 255, 255, 255 };
        arr[1]++; arr[2] += arr[3]; arr[3] = arr[3] * arr[3];
        printf("arr %d %d %d %d\n", arr[0], arr[1], arr[2], arr[3]);
    }
    return 0;
}
