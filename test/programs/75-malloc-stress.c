/* expect-exit: 0 */
/* An allocation workload: thousands of blocks of varied sizes allocated, filled with a pattern, resized and
   freed in a pseudo-random order; every block is verified before it is released. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 64
struct slot { unsigned char *p; size_t n; unsigned char fill; };

static int verify(const struct slot *s) { size_t i; for (i = 0; i < s->n; i++) if (s->p[i] != s->fill) return 0; return 1; }

int main(void) {
    struct slot slots[SLOTS];
    unsigned x = 12345;
    int i, ops, bad = 0, allocs = 0, reallocs = 0, frees = 0;
    memset(slots, 0, sizeof slots);
    for (ops = 0; ops < 3000; ops++) {
        struct slot *s;
        x = x * 1664525u + 1013904223u;
        s = &slots[(x >> 8) % SLOTS];
        if (!s->p) {
            s->n = (x >> 16) % 300 + 1; s->fill = (unsigned char)(x >> 3);
            s->p = malloc(s->n); memset(s->p, s->fill, s->n); allocs++;
        } else if ((x >> 20) % 3 == 0) {
            size_t old = s->n;
            if (!verify(s)) bad++;
            s->n = (x >> 12) % 600 + 1;
            s->p = realloc(s->p, s->n); reallocs++;
            if (s->n > old) memset(s->p + old, s->fill, s->n - old);
        } else {
            if (!verify(s)) bad++;
            free(s->p); s->p = NULL; frees++;
        }
    }
    for (i = 0; i < SLOTS; i++) if (slots[i].p) { if (!verify(&slots[i])) bad++; free(slots[i].p); }
    printf("allocs %d reallocs %d frees %d corrupted %d\n", allocs, reallocs, frees, bad);
    return bad != 0;
}
