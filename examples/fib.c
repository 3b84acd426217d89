/* Fibonacci numbers three ways: naive recursion, a loop, and 64-bit values beyond 32 bits.
   Try: shuttle run examples/fib.c --isa m68k */
#include <stdio.h>

static int fib_rec(int n) { return n < 2 ? n : fib_rec(n - 1) + fib_rec(n - 2); }

static unsigned long long fib_loop(int n) {
    unsigned long long a = 0, b = 1;
    while (n-- > 0) { unsigned long long t = a + b; a = b; b = t; }
    return a;
}

int main(void) {
    int i;
    for (i = 0; i <= 20; i++) printf("fib(%d) = %d\n", i, fib_rec(i));
    for (i = 50; i <= 90; i += 10) printf("fib(%d) = %llu\n", i, fib_loop(i));
    return 0;
}
