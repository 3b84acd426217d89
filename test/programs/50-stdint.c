/* expect-exit: 0 */
/* stdint.h and stddef.h types: exact widths, their limits, wrap-around, uintptr_t round trip, size_t, ptrdiff_t. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>

int main(void) {
    int8_t i8 = INT8_MAX; uint8_t u8 = UINT8_MAX;
    int16_t i16 = INT16_MIN; uint16_t u16 = UINT16_MAX;
    int32_t i32 = INT32_MIN; uint32_t u32 = UINT32_MAX;
    int64_t i64 = INT64_MAX; uint64_t u64 = UINT64_MAX;
    int arr[4] = { 1, 2, 3, 4 };
    uintptr_t up = (uintptr_t)&arr[1];
    int *back = (int *)up;
    ptrdiff_t pd = &arr[3] - &arr[0];
    size_t sz = sizeof arr;
    i8 = (int8_t)(i8 + 1); u8++; i16 = (int16_t)(i16 - 1); u16 += 2; u32 += 5;
    printf("%d %u %d %u %u\n", i8, u8, i16, u16, (unsigned)u32);
    printf("%ld %lld %llu\n", (long)i32, (long long)i64, (unsigned long long)u64);
    printf("sizes %d %d %d %d %d %d\n", (int)sizeof(int8_t), (int)sizeof(int16_t), (int)sizeof(int32_t), (int)sizeof(int64_t), (int)sizeof(uintptr_t), (int)sizeof(intptr_t));
    printf("round trip %d, pd %d, sz %u\n", *back, (int)pd, (unsigned)sz);
    printf("limits %d %d %u %lld\n", INT8_MIN, INT16_MAX, (unsigned)UINT16_MAX, (long long)INT64_MIN);
    {
        uint64_t x = 0x0123456789ABCDEFULL;
        uint32_t lo = (uint32_t)x, hi = (uint32_t)(x >> 32);
        printf("lo %08x hi %08x\n", (unsigned)lo, (unsigned)hi);
        printf("swap %llx\n", (unsigned long long)(((uint64_t)lo << 32) | hi));
    }
    printf("offset %d\n", (int)offsetof(struct { char a; int8_t b; int16_t c; }, c));
    return 0;
}
