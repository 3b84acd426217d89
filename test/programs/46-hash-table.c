/* expect-exit: 0 */
/* A chained hash table of strings to counts on the heap: insert, lookup, update, delete, word frequencies. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BUCKETS 13
struct entry { char *key; int count; struct entry *next; };
static struct entry *table[BUCKETS];

static unsigned hash(const char *s) { unsigned h = 5381; while (*s) h = h * 33 + (unsigned char)*s++; return h % BUCKETS; }
static struct entry *lookup(const char *key) {
    struct entry *e;
    for (e = table[hash(key)]; e; e = e->next) if (strcmp(e->key, key) == 0) return e;
    return NULL;
}
static void add(const char *key) {
    struct entry *e = lookup(key);
    unsigned h;
    if (e) { e->count++; return; }
    e = malloc(sizeof(struct entry));
    e->key = malloc(strlen(key) + 1);
    strcpy(e->key, key);
    e->count = 1;
    h = hash(key);
    e->next = table[h];
    table[h] = e;
}
static int del(const char *key) {
    struct entry **pp = &table[hash(key)];
    while (*pp) {
        if (strcmp((*pp)->key, key) == 0) { struct entry *d = *pp; *pp = d->next; free(d->key); free(d); return 1; }
        pp = &(*pp)->next;
    }
    return 0;
}

int main(void) {
    char text[] = "the cat and the dog and the bird saw the cat chase a dog while a bird sang";
    char *w = text, *p;
    int i, distinct = 0;
    for (p = text; ; p++) {
        if (*p == ' ' || *p == 0) {
            int end = *p == 0;
            *p = 0;
            if (*w) add(w);
            w = p + 1;
            if (end) break;
        }
    }
    printf("the=%d cat=%d bird=%d fish=%s\n", lookup("the")->count, lookup("cat")->count, lookup("bird")->count, lookup("fish") ? "yes" : "no");
    i = del("cat");
    printf("delete cat %d, again %d\n", i, del("cat"));
    for (i = 0; i < BUCKETS; i++) {
        struct entry *e; int n = 0;
        for (e = table[i]; e; e = e->next) n++;
        distinct += n;
    }
    printf("distinct %d\n", distinct);
    {
        const char *order[] = { "a", "and", "bird", "chase", "dog", "sang", "saw", "the", "while" };
        for (i = 0; i < 9; i++) { struct entry *e = lookup(order[i]); printf("%s:%d ", order[i], e ? e->count : 0); }
        printf("\n");
    }
    for (i = 0; i < BUCKETS; i++) while (table[i]) del(table[i]->key);
    printf("emptied\n");
    return 0;
}
