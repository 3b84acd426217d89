/* expect-exit: 0 */
/* malloc, calloc, realloc and free: sizes, zeroing, growth preserving contents, reuse, many small blocks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct point { int x, y; };

int main(void) {
    int *a = (int *)malloc(10 * sizeof(int));
    int *z = calloc(100, sizeof(int));
    char *s;
    struct point *pts;
    int i, sum = 0, zeros = 0;
    void *blocks[200];
    if (!a || !z) { printf("allocation failed\n"); return 1; }
    for (i = 0; i < 10; i++) a[i] = i * 3;
    for (i = 0; i < 100; i++) zeros += z[i] == 0;
    printf("calloc zeros %d\n", zeros);
    a = realloc(a, 1000 * sizeof(int));
    for (i = 10; i < 1000; i++) a[i] = i * 3;
    for (i = 0; i < 1000; i++) sum += a[i];
    printf("sum after realloc %d\n", sum);
    a = realloc(a, 5 * sizeof(int));
    printf("after shrink %d %d\n", a[0], a[4]);
    free(a);
    free(z);
    s = malloc(1);
    *s = 0;
    for (i = 0; i < 26; i++) {
        size_t len = strlen(s);
        s = realloc(s, len + 2);
        s[len] = (char)('A' + i);
        s[len + 1] = 0;
    }
    printf("grown %s\n", s);
    free(s);
    pts = malloc(50 * sizeof *pts);
    for (i = 0; i < 50; i++) { pts[i].x = i; pts[i].y = -i * 2; }
    sum = 0;
    for (i = 0; i < 50; i++) sum += pts[i].x + pts[i].y;
    printf("points %d\n", sum);
    free(pts);
    for (i = 0; i < 200; i++) { blocks[i] = malloc((size_t)(i % 37) + 1); memset(blocks[i], i, (size_t)(i % 37) + 1); }
    for (i = 0; i < 200; i += 2) free(blocks[i]);
    for (i = 0; i < 200; i += 2) { blocks[i] = malloc(24); memset(blocks[i], 0xAA, 24); }
    sum = 0;
    for (i = 1; i < 200; i += 2) sum += ((unsigned char *)blocks[i])[i % 37];
    printf("odd blocks intact %d\n", sum);
    for (i = 0; i < 200; i++) free(blocks[i]);
    free(NULL);
    {
        char *big = malloc(200000);
        memset(big, 7, 200000);
        printf("big %d %d\n", big[0], big[199999]);
        free(big);
    }
    printf("realloc(NULL) works: %d\n", (s = realloc(NULL, 8)) != NULL);
    free(s);
    return 0;
}
