/* expect-exit: 0 */
/* Migrates (migrate() in the program) from inside qsort's and bsearch's comparators, cycling
   rv32 -> m68k -> x86_64 -> rv32, while the runtime's sort frames are live. The elements are
   pointers, structs holding a pointer and a long, and longs on the heap: 4 or 8 bytes wide
   depending on the ISA, so the sort must carry its element size to each target's layout. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <shuttle.h>

struct item { const char *name; long prio; };

static int calls;

/* every third comparison: move on to the next ISA of the cycle (migrate() must give 0) */
static void maybe_hop(void) {
    const char *isa = current_isa();
    const char *to = isa[0] == 'r' ? "m68k" : isa[0] == 'm' ? "x86_64" : "rv32";
    if (++calls % 3 != 0) return;
    if (migrate(to) != 0) { printf("migrate to %s failed\n", to); exit(1); }
    fprintf(stderr, "now on %s\n", current_isa());
}

static int by_str(const void *a, const void *b) {
    maybe_hop();
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int by_prio(const void *a, const void *b) {
    const struct item *x = a, *y = b;
    maybe_hop();
    if (x->prio != y->prio) return x->prio < y->prio ? -1 : 1;
    return strcmp(x->name, y->name);
}

static int by_long(const void *a, const void *b) {
    long x = *(const long *)a, y = *(const long *)b;
    maybe_hop();
    return (x > y) - (x < y);
}

int main(void) {
    const char *words[] = { "pear", "apple", "fig", "banana", "apricot", "cherry", "kiwi", "lime",
                            "date", "grape", "melon", "mango", "plum", "quince", "lemon", "olive" };
    struct item items[] = { { "write", 2 }, { "read", 1 }, { "exec", 2 }, { "open", 1 }, { "close", 3 },
                            { "seek", -4 }, { "stat", 7 }, { "poll", 3 }, { "mmap", 0 }, { "kill", -1 } };
    int nw = (int)(sizeof words / sizeof words[0]), ni = (int)(sizeof items / sizeof items[0]);
    long *nums = malloc(40 * sizeof(long));
    const char *key = "lemon";
    const char **found;
    long want = 9;
    long *at;
    int i;
    for (i = 0; i < 40; i++) nums[i] = (long)((i * 37) % 41) - 20;
    qsort(words, (size_t)nw, sizeof words[0], by_str);
    for (i = 0; i < nw; i++) printf("%s ", words[i]);
    printf("\n");
    qsort(items, (size_t)ni, sizeof items[0], by_prio);
    for (i = 0; i < ni; i++) printf("%ld:%s ", items[i].prio, items[i].name);
    printf("\n");
    qsort(nums, 40, sizeof nums[0], by_long);
    for (i = 0; i < 40; i++) printf("%ld ", nums[i]);
    printf("\n");
    found = bsearch(&key, words, (size_t)nw, sizeof words[0], by_str);
    printf("%s at %d\n", key, found ? (int)(found - words) : -1);
    at = bsearch(&want, nums, 40, sizeof nums[0], by_long);
    printf("%ld at %d\n", want, at ? (int)(at - nums) : -1);
    free(nums);
    printf("%s\n", calls >= 9 ? "migrated inside the comparators" : "too few comparisons");
    return 0;
}
