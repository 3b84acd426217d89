/* expect-exit: 0 */
/* Multi-dimensional arrays: 2-D and 3-D, initialisers, passing rows and whole arrays, pointer to array. */
#include <stdio.h>

#define R 3
#define C 4

static int grid[R][C] = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 11, 12 } };
static char words[3][6] = { "alpha", "beta", "gamma" };

static int row_sum(const int *row, int n) { int s = 0, i; for (i = 0; i < n; i++) s += row[i]; return s; }
static int trace3(int m[][3]) { return m[0][0] + m[1][1] + m[2][2]; }
static void transpose(int in[R][C], int out[C][R]) {
    int i, j;
    for (i = 0; i < R; i++) for (j = 0; j < C; j++) out[j][i] = in[i][j];
}

int main(void) {
    int t[C][R];
    int cube[2][3][4];
    int sq[3][3] = { { 2 }, { 0, 3 }, { 0, 0, 4 } };
    int (*rowp)[C] = grid;
    int i, j, k, total = 0;
    for (i = 0; i < R; i++) printf("row %d sum %d\n", i, row_sum(grid[i], C));
    transpose(grid, t);
    for (i = 0; i < C; i++) printf("%d %d %d\n", t[i][0], t[i][1], t[i][2]);
    for (i = 0; i < 2; i++) for (j = 0; j < 3; j++) for (k = 0; k < 4; k++) cube[i][j][k] = i * 100 + j * 10 + k;
    for (i = 0; i < 2; i++) for (j = 0; j < 3; j++) for (k = 0; k < 4; k++) total += cube[i][j][k];
    printf("cube total %d, cube[1][2][3] %d\n", total, cube[1][2][3]);
    printf("sizeof cube %d, cube[1] %d, cube[1][2] %d\n", (int)sizeof cube, (int)sizeof cube[1], (int)sizeof cube[1][2]);
    printf("trace %d\n", trace3(sq));
    rowp++;
    printf("rowp[0][1] %d, (*rowp)[3] %d, rowp[1][0] %d\n", rowp[0][1], (*rowp)[3], rowp[1][0]);
    for (i = 0; i < 3; i++) printf("%s %c\n", words[i], words[i][1]);
    printf("flat %d\n", *(&grid[0][0] + 7));
    return 0;
}
