/* expect-exit: 0 */
/* Compound assignment: += -= *= /= %= &= |= ^= <<= >>= on every width, through pointers and array elements. */
#include <stdio.h>

int main(void) {
    int i = 100;
    unsigned u = 0xF0F0F0F0u;
    signed char sc = 100;
    unsigned char uc = 250;
    short s = 1000;
    long long ll = 1;
    unsigned long long ull = ~0ULL;
    int arr[4] = { 1, 2, 3, 4 };
    int *p = arr;
    i += 5; printf("%d ", i);
    i -= 10; printf("%d ", i);
    i *= -3; printf("%d ", i);
    i /= 7; printf("%d ", i);
    i %= 11; printf("%d ", i);
    i <<= 4; printf("%d ", i);
    i >>= 2; printf("%d ", i);
    i &= 0xFF; printf("%d ", i);
    i |= 0x100; printf("%d ", i);
    i ^= 0x3FF; printf("%d\n", i);
    u >>= 4; printf("%x ", u);
    u ^= 0xFFFF; printf("%x ", u);
    u *= 3; printf("%x\n", u);
    sc += 100; printf("sc %d ", sc);
    uc += 10; printf("uc %d ", uc);
    uc -= 20; printf("uc %d ", uc);
    s *= 100; printf("s %d ", s);
    sc = -7; sc /= 2; printf("sc %d ", sc);
    uc = 7; uc <<= 6; printf("uc %d\n", uc);
    ll <<= 40; ll += 7; ll *= 3; printf("ll %lld ", ll);
    ll /= -5; printf("%lld ", ll);
    ll %= 1000; printf("%lld ", ll);
    ull >>= 3; ull -= 5; printf("ull %llx ", ull);
    ull /= 1000; printf("%llu\n", ull);
    p[1] += 10; *(p + 2) *= 5; p++; *p <<= 2; arr[3] -= arr[0];
    printf("arr %d %d %d %d\n", arr[0], arr[1], arr[2], arr[3]);
    {
        int k = 0, v[3] = { 0, 0, 0 };
        v[k++] += 5;
        printf("v %d %d %d k %d\n", v[0], v[1], v[2], k);
    }
    return 0;
}
