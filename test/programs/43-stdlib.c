/* expect-exit: 0 */
/* stdlib.h: abs, labs, atoi, atol, NULL, EXIT_SUCCESS/EXIT_FAILURE, size_t arithmetic. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("abs %d %d %d\n", abs(-5), abs(5), abs(0));
    printf("labs %ld\n", labs(-123456789L));
    printf("atoi %d %d %d %d\n", atoi("123"), atoi("-456"), atoi("  78x"), atoi("x"));
    printf("atol %ld\n", atol("-2000000000"));
    printf("EXIT_SUCCESS %d EXIT_FAILURE %d\n", EXIT_SUCCESS, EXIT_FAILURE);
    printf("NULL is zero: %d\n", NULL == 0);
    {
        size_t a = 10, b = 3;
        printf("size_t %u %u %u\n", (unsigned)(a * b), (unsigned)(a / b), (unsigned)(a - b));
    }
    return EXIT_SUCCESS;
}
