/* expect-exit: 0 */
/* short and unsigned short: wrap-around, sign extension, promotion to int in arithmetic. */
#include <stdio.h>
#include <limits.h>

int main(void) {
    short s = SHRT_MAX;
    unsigned short us = USHRT_MAX;
    short neg = -2;
    int i;
    printf("SHRT_MAX %d SHRT_MIN %d USHRT_MAX %u\n", SHRT_MAX, SHRT_MIN, (unsigned)USHRT_MAX);
    s = (short)(s + 1);
    us = (unsigned short)(us + 1);
    printf("wrapped %d %u\n", s, us);
    printf("promoted sum %d\n", SHRT_MAX + (short)1);
    printf("neg as ushort %u\n", (unsigned short)neg);
    printf("0x8000 as short %d\n", (short)0x8000);
    printf("70000 as short %d, as ushort %u\n", (short)70000, (unsigned short)70000);
    printf("us * us = %d\n", (unsigned short)300 * (unsigned short)300);
    {
        short arr[5] = { -1, 2, -3, 4, -5 };
        int sum = 0;
        for (i = 0; i < 5; i++) sum += arr[i];
        printf("sum %d\n", sum);
        arr[0] <<= 3;
        arr[1] = (short)(arr[1] * 20000);
        printf("arr0 %d arr1 %d\n", arr[0], arr[1]);
    }
    printf("%hd %hu %hx\n", (short)-5, (unsigned short)65535, (unsigned short)0xBEEF);
    return 0;
}
