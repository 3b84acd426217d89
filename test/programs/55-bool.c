/* expect-exit: 0 */
/* _Bool: conversion of any nonzero value to 1, in arithmetic, as function parameter and result, in structs. */
#include <stdio.h>

struct flags { _Bool on; _Bool dirty; int count; };
static _Bool is_even(int x) { return !(x & 1); }
static int count_true(const _Bool *v, int n) { int i, c = 0; for (i = 0; i < n; i++) c += v[i]; return c; }

int main(void) {
    _Bool b = 0, arr[6];
    struct flags f = { 0, 1, 3 };
    int i;
    long long big = 0x100000000LL;
    b = 42; printf("b from 42: %d\n", b);
    b = 0; printf("b from 0: %d\n", b);
    b = -1; printf("b from -1: %d\n", b);
    b = big; printf("b from 2^32: %d\n", b);
    b = "string" != 0; printf("b from pointer: %d\n", b);
    b = 1; b++; printf("b++ stays %d\n", b);
    b = 1; b += 5; printf("b += 5 gives %d\n", b);
    for (i = 0; i < 6; i++) arr[i] = is_even(i * 3);
    printf("count_true %d\n", count_true(arr, 6));
    f.on = f.count; f.count += f.dirty + f.on;
    printf("flags %d %d %d sizeof %d\n", f.on, f.dirty, f.count, (int)sizeof(_Bool));
    printf("b + b = %d\n", b + b);
    return 0;
}
