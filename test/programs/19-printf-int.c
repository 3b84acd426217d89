/* expect-exit: 0 */
/* printf integer conversions: d i u o x X c with flags - + space # 0, width, precision, * and length modifiers. */
#include <stdio.h>
#include <limits.h>

int main(void) {
    int vals[] = { 0, 1, -1, 42, -42, 255, 65535, 123456789, INT_MAX, INT_MIN };
    int k;
    for (k = 0; k < 10; k++) {
        int v = vals[k];
        printf("[%d] [%i] [%u] [%o] [%x] [%X]\n", v, v, (unsigned)v, (unsigned)v, (unsigned)v, (unsigned)v);
        printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%+5d] [%-+6d|]\n", v, v, v, v, v, v, v);
        printf("[%.3d] [%8.3d] [%-8.3d] [%08.3d] [%.0d] [%#o] [%#x] [%#X] [%#10x] [%#010x]\n",
               v, v, v, v, v, (unsigned)v, (unsigned)v, (unsigned)v, (unsigned)v, (unsigned)v);
    }
    printf("[%*d] [%-*d] [%.*d] [%*.*d]\n", 6, 42, 6, 42, 4, 42, 7, 3, -42);
    printf("[%*d]\n", -6, 42);
    printf("[%ld] [%lu] [%lx] [%li]\n", LONG_MIN, ULONG_MAX, 0xDEADBEEFUL, -7L);
    printf("[%lld] [%llu] [%llx] [%llX] [%llo]\n", LLONG_MIN, ULLONG_MAX, 0x0123456789ABCDEFULL, 0xFEDCBA9876543210ULL, 01234567012345670123ULL);
    printf("[%20lld] [%-20lld|] [%+lld] [%020lld]\n", 9876543210LL, -9876543210LL, 5LL, -12345LL);
    printf("[%hd] [%hu] [%hhd] [%hhu] [%hx] [%hhx]\n", -2, 65537, 200, 511, -1, -1);
    printf("[%c] [%3c] [%-3c] [%c%c%c]\n", 'A', 'b', 'c', 'x', 'y', 'z');
    printf("[%%] [100%%]\n");
    printf("[%0+5d] [%+05d] [%-05d] [% 05d] [%+ d]\n", 7, -7, 7, 7, 7);
    printf("[%.0x] [%#.0x] [%#o] [%#.3o] [%#5o]\n", 0u, 0u, 0u, 8u, 8u);
    return 0;
}
