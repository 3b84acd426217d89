/* expect-exit: 0 */
/* Loops: for, while, do-while, empty bodies, break/continue in nested loops, loops counting down, unsigned loops. */
#include <stdio.h>

int main(void) {
    int i, j, n;
    unsigned u;
    for (i = 0; i < 5; i++) printf("%d", i);
    printf("\n");
    i = 10;
    while (i > 0) { i -= 3; if (i == 4) continue; printf("%d ", i); }
    printf("\n");
    n = 0;
    do n++; while (n < 0);
    printf("do-while ran %d\n", n);
    for (i = 0; i < 5; i++) {
        for (j = 0; j < 5; j++) {
            if (j > i) break;
            if ((i + j) % 2) continue;
            printf("(%d%d)", i, j);
        }
    }
    printf("\n");
    for (u = 5; u-- > 0;) printf("%u ", u);
    printf("\n");
    for (i = 0; i < 100 && i * i < 50; i++);
    printf("first i with i*i >= 50: %d\n", i);
    n = 0;
    for (;;) { if (++n == 7) break; }
    printf("forever stopped at %d\n", n);
    i = 0;
    while (1) { i++; if (i > 3) break; }
    printf("while(1) %d\n", i);
    {
        int total = 0;
        for (i = 0; i < 10; i++) { int k = i; do { total += k; } while (--k > 0); }
        printf("nested do total %d\n", total);
    }
    {
        int collatz = 27, steps = 0;
        while (collatz != 1) { collatz = collatz % 2 ? 3 * collatz + 1 : collatz / 2; steps++; }
        printf("collatz(27) steps %d\n", steps);
    }
    return 0;
}
