/* expect-exit: 0 */
/* C99 initialisers: designated struct fields and array indexes, nested braces, partial initialisation zero-fills,
   string initialisers for char arrays, initialised local aggregates. */
#include <stdio.h>

struct point { int x, y; };
struct shape { const char *name; struct point pts[3]; int npts; };

static int sparse[10] = { [2] = 20, [7] = 70, [9] = 90 };
static struct point origin = { .y = 5 };
static struct shape tri = { .name = "tri", .npts = 3, .pts = { { 0, 0 }, [2] = { .x = 4, .y = 3 } } };

int main(void) {
    int i;
    struct point local = { .x = -1 };
    int grid[3][3] = { [1] = { 1, 2, 3 }, [2][2] = 9 };
    char word[8] = "hi";
    struct shape sq = { "square", { { 1, 1 }, { 2, 2 } }, 4 };
    for (i = 0; i < 10; i++) printf("%d ", sparse[i]);
    printf("\norigin %d %d, local %d %d\n", origin.x, origin.y, local.x, local.y);
    printf("%s %d: (%d,%d) (%d,%d) (%d,%d)\n", tri.name, tri.npts, tri.pts[0].x, tri.pts[0].y, tri.pts[1].x, tri.pts[1].y, tri.pts[2].x, tri.pts[2].y);
    for (i = 0; i < 9; i++) printf("%d", grid[i / 3][i % 3]);
    printf("\n%s %d %d\n", word, word[2], word[7]);
    printf("%s %d (%d,%d) (%d,%d) (%d,%d)\n", sq.name, sq.npts, sq.pts[0].x, sq.pts[0].y, sq.pts[1].x, sq.pts[1].y, sq.pts[2].x, sq.pts[2].y);
    return 0;
}
