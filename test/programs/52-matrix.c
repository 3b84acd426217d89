/* expect-exit: 0 */
/* Integer matrix multiply, identity, power by squaring (Fibonacci with 2x2 matrices, 64-bit), determinant. */
#include <stdio.h>

#define N 6
typedef long long mat2[2][2];

static void matmul(int a[N][N], int b[N][N], int c[N][N]) {
    int i, j, k;
    for (i = 0; i < N; i++)
        for (j = 0; j < N; j++) {
            int s = 0;
            for (k = 0; k < N; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}
static void mul2(mat2 a, mat2 b, mat2 out) {
    long long r00 = a[0][0] * b[0][0] + a[0][1] * b[1][0], r01 = a[0][0] * b[0][1] + a[0][1] * b[1][1];
    long long r10 = a[1][0] * b[0][0] + a[1][1] * b[1][0], r11 = a[1][0] * b[0][1] + a[1][1] * b[1][1];
    out[0][0] = r00; out[0][1] = r01; out[1][0] = r10; out[1][1] = r11;
}
static long long fib(int n) {
    mat2 r = { { 1, 0 }, { 0, 1 } }, b = { { 1, 1 }, { 1, 0 } };
    while (n) { if (n & 1) mul2(r, b, r); mul2(b, b, b); n >>= 1; }
    return r[0][1];
}
static int det3(int m[3][3]) {
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
           m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
}

int main(void) {
    int a[N][N], b[N][N], c[N][N], id[N][N], i, j, trace = 0;
    int m[3][3] = { { 2, -3, 1 }, { 2, 0, -1 }, { 1, 4, 5 } };
    for (i = 0; i < N; i++) for (j = 0; j < N; j++) { a[i][j] = i - j * 2 + 1; b[i][j] = (i + 1) * (j + 2) % 7; id[i][j] = i == j; }
    matmul(a, b, c);
    for (i = 0; i < N; i++) { for (j = 0; j < N; j++) printf("%5d", c[i][j]); printf("\n"); trace += c[i][i]; }
    printf("trace %d\n", trace);
    matmul(c, id, a);
    printf("identity keeps: %d\n", a[3][4] == c[3][4] && a[5][0] == c[5][0]);
    for (i = 10; i <= 90; i += 20) printf("fib(%d) = %lld\n", i, fib(i));
    printf("det %d\n", det3(m));
    return 0;
}
