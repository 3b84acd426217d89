/* A linked list for the migration session tests: built on the heap, reversed, summed, freed. */
#include <stdio.h>
#include <stdlib.h>

struct node { int value; struct node *next; };

static struct node *push(struct node *head, int value) {
    struct node *n = malloc(sizeof *n);
    n->value = value;
    n->next = head;
    return n;
}

static struct node *reverse(struct node *head) {
    struct node *prev = NULL;
    while (head) { struct node *next = head->next; head->next = prev; prev = head; head = next; }
    return prev;
}

static int total(struct node *head) {
    int sum = 0;
    for (; head; head = head->next) sum += head->value;
    return sum;
}

int main(void) {
    struct node *list = NULL;
    int i;
    for (i = 1; i <= 6; i++) list = push(list, i * 10);
    list = reverse(list);
    printf("first %d, total %d\n", list->value, total(list));
    while (list) { struct node *next = list->next; free(list); list = next; }
    return 0;
}
