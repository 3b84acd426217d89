/* Migration back and forth: a running program moves itself between ISAs with migrate().
   A heap-allocated table of records, a pointer into the caller's stack array, and a function
   pointer all survive each move — the canonical state names them as object + path, never as
   addresses. Run it on any ISA; each hop prints where it landed. In VS Code, set a breakpoint
   on a line inside hop() and watch the Migration view as it moves. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <shuttle.h>

struct record { char name[8]; int score; struct record *best; };

static int twice(int x) { return 2 * x; }

/* Moves to `isa`, then works through `cursor`, a pointer into the caller's array. */
static int hop(const char *isa, int *cursor, struct record *table, int n, int (*f)(int)) {
    int before = *cursor;
    int ok = migrate(isa);
    int i;
    printf("on %s (migrate %s): cursor %d\n", current_isa(), ok == 0 ? "ok" : "refused", *cursor);
    *cursor = f(before) + 1;
    for (i = 0; i < n; i++) table[i].score += *cursor;
    return ok;
}

int main(void) {
    int steps[4] = { 1, 2, 3, 4 };
    const char *route[5] = { "m68k", "rv32", "m68k", "rv32", "m68k" };
    struct record *table = malloc(3 * sizeof *table);
    int i, hops = 0;
    if (!table) return 1;
    for (i = 0; i < 3; i++) {
        strcpy(table[i].name, i == 0 ? "ada" : i == 1 ? "grace" : "linus");
        table[i].score = 10 * (i + 1);
        table[i].best = &table[2 - i];
    }
    printf("start on %s\n", current_isa());
    for (i = 0; i < 5; i++) {
        if (hop(route[i], &steps[i % 4], table, 3, twice) == 0) hops++;
    }
    for (i = 0; i < 3; i++) printf("%s %d best %s\n", table[i].name, table[i].score, table[i].best->name);
    printf("steps %d %d %d %d\n", steps[0], steps[1], steps[2], steps[3]);
    printf("%d hops, ended on %s\n", hops, current_isa());
    free(table);
    return 0;
}
