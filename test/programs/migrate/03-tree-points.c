/* expect-exit: 0 */
/* A binary search tree on the heap, a global table of function pointers, statics and a global array
   pointing into itself; migrates inside the traversal callback and calls migration_point(), which
   does nothing without a pending request. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <shuttle.h>

struct tree { int key; char name[8]; struct tree *left, *right; };

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int (*ops[2])(int, int) = { add, sub };
static int table[4] = { 10, 20, 30, 40 };
static int *cursor = &table[1];

static struct tree *insert(struct tree *t, int key) {
    if (!t) {
        t = malloc(sizeof(struct tree));
        t->key = key;
        sprintf(t->name, "k%d", key);
        t->left = t->right = NULL;
        return t;
    }
    if (key < t->key) t->left = insert(t->left, key);
    else t->right = insert(t->right, key);
    return t;
}

static int visited;

static void visit(struct tree *t, void (*f)(struct tree *)) {
    if (!t) return;
    visit(t->left, f);
    f(t);
    visit(t->right, f);
}

static void show(struct tree *t) {
    static int calls;
    calls++;
    visited++;
    if (calls % 3 == 0 && migrate(current_isa()[0] == 'r' ? "m68k" : "rv32") != 0) printf("refused\n");
    migration_point();
    printf("%s=%d(%d) ", t->name, ops[calls % 2](t->key, *cursor), calls);
}

int main(void) {
    struct tree *root = NULL;
    int keys[9] = { 50, 30, 70, 20, 40, 60, 80, 35, 65 };
    int i;
    for (i = 0; i < 9; i++) root = insert(root, keys[i]);
    cursor++;
    visit(root, show);
    printf("\nvisited %d, cursor at %d, same-ISA migrate %d, bogus %d\n", visited, *cursor,
           migrate(current_isa()), migrate("vax"));
    return 0;
}
