/* Benchmark: nested-loop multiplication of 64x64 int matrices, repeated; multiply-accumulate and 2-D indexing. */
#include <stdio.h>

#define N 64
#define ROUNDS 8
static int a[N][N], b[N][N], c[N][N];

int main(void) {
    int i, j, k, r;
    unsigned check = 0;
    for (i = 0; i < N; i++)
        for (j = 0; j < N; j++) { a[i][j] = (i * 7 + j * 3) % 17 - 8; b[i][j] = (i * 5 - j * 11) % 13; }
    for (r = 0; r < ROUNDS; r++) {
        for (i = 0; i < N; i++)
            for (j = 0; j < N; j++) {
                int s = 0;
                for (k = 0; k < N; k++) s += a[i][k] * b[k][j];
                c[i][j] = s + r;
            }
    }
    for (i = 0; i < N; i++) for (j = 0; j < N; j++) check = check * 31u + (unsigned)c[i][j];
    printf("checksum %u\n", check);
    return 0;
}
