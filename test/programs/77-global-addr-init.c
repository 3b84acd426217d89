/* expect-exit: 0 */
/* Static initialisers that are addresses: into arrays with offsets, into string literals, a struct pointing
   at itself, a circular list of globals, function pointers, and arrays of pointers to struct fields. */
#include <stdio.h>

struct node { int v; struct node *next; };
struct node n3;
struct node n1 = { 1, 0 }, n2 = { 2, &n3 }, n3 = { 3, &n1 };
struct node self = { 42, &self };
int data[8] = { 10, 11, 12, 13, 14, 15, 16, 17 };
int *p_mid = &data[2] + 3;
int *p_end = data + 8;
const char *tail = "shuttle" + 4;
char text[] = "abcdef";
char *text_p = &text[2];
static int square(int x) { return x * x; }
int (*op)(int) = square;
struct pair { int a, b; } pairs[2] = { { 1, 2 }, { 3, 4 } };
int *fields[] = { &pairs[0].b, &pairs[1].a, &data[7] };
struct node *ring[] = { &n1, &n2, &n3 };

int main(void) {
    struct node *p = &n2;
    int i;
    n1.next = &n2;
    for (i = 0; i < 7; i++) { printf("%d ", p->v); p = p->next; }
    printf("\nself %d %d\n", self.v, self.next->next->v);
    printf("p_mid %d, p_end - p_mid %d\n", *p_mid, (int)(p_end - p_mid));
    printf("tail %s, text_p %s\n", tail, text_p);
    printf("op %d\n", op(9));
    for (i = 0; i < 3; i++) printf("field %d\n", *fields[i]);
    *fields[0] = 20;
    printf("pairs[0].b %d ring %d\n", pairs[0].b, ring[2]->next->v);
    return 0;
}
