/* Benchmark: naive recursive Fibonacci; calls, returns and stack frames. */
#include <stdio.h>

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
    printf("fib(29) = %d\n", fib(29));
    return 0;
}
