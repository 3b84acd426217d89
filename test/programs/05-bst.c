/* expect-exit: 0 */
/* A binary search tree on the heap: insert, in-order walk, search, height, min/max, delete, free. */
#include <stdio.h>
#include <stdlib.h>

typedef struct tree { int key; int count; struct tree *left, *right; } Tree;

static Tree *insert(Tree *t, int key) {
    if (!t) {
        t = (Tree *)calloc(1, sizeof(Tree));
        t->key = key;
        t->count = 1;
        return t;
    }
    if (key < t->key) t->left = insert(t->left, key);
    else if (key > t->key) t->right = insert(t->right, key);
    else t->count++;
    return t;
}
static void inorder(const Tree *t) {
    if (!t) return;
    inorder(t->left);
    printf(" %d", t->key);
    if (t->count > 1) printf("x%d", t->count);
    inorder(t->right);
}
static int height(const Tree *t) {
    int l, r;
    if (!t) return 0;
    l = height(t->left); r = height(t->right);
    return 1 + (l > r ? l : r);
}
static const Tree *find(const Tree *t, int key) {
    while (t && t->key != key) t = key < t->key ? t->left : t->right;
    return t;
}
static Tree *delete_min(Tree *t, int *out) {
    if (!t->left) { Tree *r = t->right; *out = t->key; free(t); return r; }
    t->left = delete_min(t->left, out);
    return t;
}
static void destroy(Tree *t) { if (t) { destroy(t->left); destroy(t->right); free(t); } }

int main(void) {
    Tree *root = NULL;
    unsigned x = 12345;
    int i, m;
    for (i = 0; i < 40; i++) {
        x = x * 1103515245u + 12345u;
        root = insert(root, (int)((x >> 16) % 100));
    }
    printf("inorder:");
    inorder(root);
    printf("\nheight %d\n", height(root));
    for (i = 0; i < 100; i += 17) printf("find %d: %s\n", i, find(root, i) ? "yes" : "no");
    for (i = 0; i < 5; i++) { root = delete_min(root, &m); printf("min %d\n", m); }
    printf("after:");
    inorder(root);
    printf("\n");
    destroy(root);
    return 0;
}
