/* expect-exit: 0 */
/* Recursion: factorial, Fibonacci, Ackermann, Towers of Hanoi, mutual recursion, gcd. */
#include <stdio.h>

static unsigned fact(unsigned n) { return n <= 1 ? 1 : n * fact(n - 1); }
static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static int ack(int m, int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}
static int moves;
static void hanoi(int n, char from, char to, char via) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    moves++;
    if (n >= 4) printf("move disk %d from %c to %c\n", n, from, to);
    hanoi(n - 1, via, to, from);
}
static int is_odd(int n);
static int is_even(int n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(int n) { return n == 0 ? 0 : is_even(n - 1); }
static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
static int depth(int n) { int local[4]; local[n % 4] = n; return n == 0 ? 0 : 1 + depth(n - 1) + local[n % 4] - n; }

int main(void) {
    int i;
    for (i = 0; i <= 12; i++) printf("%d! = %u\n", i, fact(i));
    for (i = 0; i <= 20; i += 5) printf("fib(%d) = %d\n", i, fib(i));
    printf("ack(2,3) = %d\n", ack(2, 3));
    printf("ack(3,3) = %d\n", ack(3, 3));
    hanoi(5, 'A', 'C', 'B');
    printf("hanoi(5) took %d moves\n", moves);
    printf("even(10)=%d odd(7)=%d even(7)=%d\n", is_even(10), is_odd(7), is_even(7));
    printf("gcd(1071, 462) = %d\n", gcd(1071, 462));
    printf("depth(2000) = %d\n", depth(2000));
    return 0;
}
