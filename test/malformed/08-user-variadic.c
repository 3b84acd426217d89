/* expect-error: 3:5: variadic functions are supported only in the runtime */
#include <stdio.h>
int sum(int n, ...) {
    return n;
}
int main(void) { return sum(1, 2); }
