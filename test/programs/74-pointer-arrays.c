/* expect-exit: 0 */
/* Arrays of pointers and pointers to pointers: a NULL-terminated string table walked with char **, pointer
   swaps to sort strings, a jagged array of rows on the heap, and a pointer to an array of pointers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int count(char **list) { int n = 0; while (*list++) n++; return n; }
static void sort_strings(char **v, int n) {
    int i, j;
    for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (strcmp(v[i], v[j]) > 0) { char *t = v[i]; v[i] = v[j]; v[j] = t; }
}

int main(void) {
    char w0[] = "delta", w1[] = "alpha", w2[] = "charlie", w3[] = "bravo";
    char *words[] = { w0, w1, w2, w3, NULL };
    char **pp = words;
    char *(*whole)[5] = &words;
    int **rows, i, j, n = count(words);
    printf("count %d\n", n);
    sort_strings(words, n);
    for (pp = words; *pp; pp++) printf("%s%c", *pp, pp[1] ? ' ' : '\n');
    printf("second letters: %c %c\n", words[0][1], *(*(words + 3) + 1));
    printf("via whole %s\n", (*whole)[2]);
    words[1][0] = 'B';
    printf("modified %s (w3 %s)\n", words[1], w3);
    rows = malloc(5 * sizeof(int *));
    for (i = 0; i < 5; i++) { rows[i] = malloc((size_t)(i + 1) * sizeof(int)); for (j = 0; j <= i; j++) rows[i][j] = (i == 0 || j == 0 || j == i) ? 1 : rows[i - 1][j - 1] + rows[i - 1][j]; }
    for (i = 0; i < 5; i++) { for (j = 0; j <= i; j++) printf("%d ", rows[i][j]); printf("\n"); free(rows[i]); }
    free(rows);
    return 0;
}
