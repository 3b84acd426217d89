/* A linked list on the heap: build it, print it, reverse it, sum it, free it.
   Each node is allocated with malloc, so Shuttle knows its C type (struct node) for migration. */
#include <stdio.h>
#include <stdlib.h>

struct node { int value; struct node *next; };

static struct node *prepend(struct node *head, int value) {
    struct node *n = malloc(sizeof *n);
    if (!n) { printf("out of memory\n"); exit(1); }
    n->value = value;
    n->next = head;
    return n;
}

static struct node *reverse(struct node *head) {
    struct node *prev = NULL;
    while (head) { struct node *next = head->next; head->next = prev; prev = head; head = next; }
    return prev;
}

static void print(const char *label, const struct node *n) {
    printf("%s:", label);
    for (; n; n = n->next) printf(" %d", n->value);
    printf("\n");
}

int main(void) {
    struct node *list = NULL;
    int i, sum = 0;
    for (i = 1; i <= 10; i++) list = prepend(list, i * i);
    print("built", list);
    list = reverse(list);
    print("reversed", list);
    while (list) {
        struct node *next = list->next;
        sum += list->value;
        free(list);
        list = next;
    }
    printf("sum %d\n", sum);
    return 0;
}
