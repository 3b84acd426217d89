/* expect-exit: 0 */
/* qsort with several comparators: ints ascending/descending, strings, structs by two keys, already sorted input. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct item { const char *name; int prio; };

static int asc(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int desc(const void *a, const void *b) { return asc(b, a); }
static int by_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }
static int by_prio_name(const void *a, const void *b) {
    const struct item *x = a, *y = b;
    if (x->prio != y->prio) return x->prio - y->prio;
    return strcmp(x->name, y->name);
}
static void print_ints(const int *v, int n) { int i; for (i = 0; i < n; i++) printf("%d ", v[i]); printf("\n"); }

int main(void) {
    int v[] = { 5, -3, 99, 0, 42, -3, 7, 1000000, -2147483647, 8 };
    int n = (int)(sizeof v / sizeof v[0]);
    const char *words[] = { "pear", "apple", "fig", "banana", "apricot", "cherry" };
    struct item items[] = { { "write", 2 }, { "read", 1 }, { "exec", 2 }, { "open", 1 }, { "close", 3 } };
    int big[300], i, ok = 1;
    qsort(v, (size_t)n, sizeof v[0], asc);
    print_ints(v, n);
    qsort(v, (size_t)n, sizeof v[0], desc);
    print_ints(v, n);
    qsort(words, 6, sizeof words[0], by_str);
    for (i = 0; i < 6; i++) printf("%s ", words[i]);
    printf("\n");
    qsort(items, 5, sizeof items[0], by_prio_name);
    for (i = 0; i < 5; i++) printf("%d:%s ", items[i].prio, items[i].name);
    printf("\n");
    for (i = 0; i < 300; i++) big[i] = (i * 7919) % 301 - 150;
    qsort(big, 300, sizeof(int), asc);
    for (i = 1; i < 300; i++) if (big[i - 1] > big[i]) ok = 0;
    printf("big sorted %d first %d last %d\n", ok, big[0], big[299]);
    qsort(big, 300, sizeof(int), asc);
    printf("resorted first %d last %d\n", big[0], big[299]);
    qsort(big, 1, sizeof(int), asc);
    qsort(big, 0, sizeof(int), asc);
    printf("trivial ok\n");
    return 0;
}
