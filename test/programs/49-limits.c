/* expect-exit: 0 */
/* limits.h: every macro's value, and arithmetic at the limits that is well defined. */
#include <stdio.h>
#include <limits.h>

int main(void) {
    printf("CHAR_BIT %d\n", CHAR_BIT);
    printf("SCHAR_MIN %d SCHAR_MAX %d UCHAR_MAX %d\n", SCHAR_MIN, SCHAR_MAX, UCHAR_MAX);
    printf("SHRT_MIN %d SHRT_MAX %d USHRT_MAX %d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
    printf("INT_MIN %d INT_MAX %d UINT_MAX %u\n", INT_MIN, INT_MAX, UINT_MAX);
    printf("LONG_MIN %ld LONG_MAX %ld ULONG_MAX %lu\n", LONG_MIN, LONG_MAX, ULONG_MAX);
    printf("LLONG_MIN %lld LLONG_MAX %lld ULLONG_MAX %llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
    printf("INT_MIN + INT_MAX = %d\n", INT_MIN + INT_MAX);
    printf("UINT_MAX + 1u = %u\n", UINT_MAX + 1u);
    printf("-(INT_MIN + 1) = %d\n", -(INT_MIN + 1));
    printf("INT_MIN / -1 avoided; INT_MIN / 2 = %d, INT_MIN %% 3 = %d\n", INT_MIN / 2, INT_MIN % 3);
    printf("LLONG_MIN / 3 = %lld\n", LLONG_MIN / 3);
    printf("sizeof INT_MAX %d, sizeof UINT_MAX %d, sizeof 2147483648 %d\n", (int)sizeof INT_MAX, (int)sizeof UINT_MAX, (int)sizeof 2147483648);
    printf("types: %d %d\n", -2147483648 < 0, 0xFFFFFFFF > 0);
    return 0;
}
