/* Benchmark: Sieve of Eratosthenes over 1,000,000 numbers, once; byte loads/stores and tight loops. */
#include <stdio.h>
#include <string.h>

#define N 1000000
#define ROUNDS 1
static char composite[N + 1];

int main(void) {
    int round, count = 0;
    for (round = 0; round < ROUNDS; round++) {
        int i, j;
        memset(composite, 0, sizeof composite);
        count = 0;
        for (i = 2; i <= N; i++) {
            if (composite[i]) continue;
            count++;
            for (j = i + i; j <= N; j += i) composite[j] = 1;
        }
    }
    printf("primes up to %d: %d\n", N, count);
    return 0;
}
