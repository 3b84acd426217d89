/* expect-exit: 0 */
/* goto: forward and backward jumps, loops made of labels, breaking out of nested loops, cleanup paths. */
#include <stdio.h>
#include <stdlib.h>

static int find(int m[4][4], int target, int *ri, int *ci) {
    int r, c;
    for (r = 0; r < 4; r++)
        for (c = 0; c < 4; c++)
            if (m[r][c] == target) goto found;
    return 0;
found:
    *ri = r; *ci = c;
    return 1;
}
static int work(int fail_at) {
    int result = -1;
    char *a, *b;
    a = malloc(16);
    if (!a || fail_at == 1) goto out;
    b = malloc(16);
    if (!b || fail_at == 2) goto free_a;
    result = 0;
    free(b);
free_a:
    free(a);
out:
    return result;
}

int main(void) {
    int i = 0, m[4][4], r, c;
loop:
    if (i < 5) { printf("i = %d\n", i); i++; goto loop; }
    for (r = 0; r < 4; r++) for (c = 0; c < 4; c++) m[r][c] = r * 10 + c;
    if (find(m, 23, &r, &c)) printf("23 at %d,%d\n", r, c);
    if (!find(m, 99, &r, &c)) printf("99 not found\n");
    printf("work %d %d %d\n", work(0), work(1), work(2));
    goto skip;
    printf("never printed\n");
skip:
    {
        int n = 10, acc = 0;
    again:
        acc += n;
        if (--n) goto again;
        printf("acc %d\n", acc);
    }
    return 0;
}
