/* expect-exit: 0 */
/* A singly linked list on the heap: push, append, reverse, remove, length, free. */
#include <stdio.h>
#include <stdlib.h>

struct node { int value; struct node *next; };

static struct node *push(struct node *head, int v) {
    struct node *n = malloc(sizeof *n);
    n->value = v;
    n->next = head;
    return n;
}
static void append(struct node **head, int v) {
    struct node **p = head;
    while (*p) p = &(*p)->next;
    *p = (struct node *)malloc(sizeof(struct node));
    (*p)->value = v;
    (*p)->next = NULL;
}
static struct node *reverse(struct node *h) {
    struct node *prev = NULL;
    while (h) { struct node *next = h->next; h->next = prev; prev = h; h = next; }
    return prev;
}
static int remove_value(struct node **head, int v) {
    struct node **p;
    for (p = head; *p; p = &(*p)->next)
        if ((*p)->value == v) { struct node *dead = *p; *p = dead->next; free(dead); return 1; }
    return 0;
}
static void print(const char *label, const struct node *h) {
    printf("%s:", label);
    for (; h != NULL; h = h->next) printf(" %d", h->value);
    printf("\n");
}
static int length(const struct node *h) { return h ? 1 + length(h->next) : 0; }

int main(void) {
    struct node *list = NULL;
    int i;
    for (i = 1; i <= 5; i++) list = push(list, i * 10);
    print("pushed", list);
    for (i = 1; i <= 3; i++) append(&list, -i);
    print("appended", list);
    list = reverse(list);
    print("reversed", list);
    printf("remove 30: %d, remove 99: %d\n", remove_value(&list, 30), remove_value(&list, 99));
    printf("remove head -3: %d\n", remove_value(&list, -3));
    print("after", list);
    printf("length %d\n", length(list));
    while (list) { struct node *n = list->next; free(list); list = n; }
    for (i = 0; i < 1000; i++) list = push(list, i);
    {
        long sum = 0; struct node *p;
        for (p = list; p; p = p->next) sum += p->value;
        printf("sum of 1000 = %ld, length %d\n", sum, length(list));
    }
    while (list) { struct node *n = list->next; free(list); list = n; }
    return 0;
}
