/* Divides by zero at line 6 (a runtime fault for the exception filter). */
#include <stdio.h>
int zero = 0;
int main(void) {
    int a = 10;
    int b = a / zero;
    printf("%d\n", b);
    return 0;
}
