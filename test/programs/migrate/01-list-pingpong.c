/* expect-exit: 0 */
/* Migrates back and forth (migrate() in the program) with a heap list whose nodes hold function
   pointers, a pointer into the caller's stack array, a string literal pointer and a one-past-the-end
   pointer live across every migration. */
#include <stdio.h>
#include <stdlib.h>
#include <shuttle.h>

struct node { int value; struct node *next; int (*op)(int); };

static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }

static int hops;

/* move to the other ISA; the result must be 0 */
static int hop(void) {
    const char *to = current_isa()[0] == 'r' ? "m68k" : "rv32";
    int r = migrate(to);
    hops++;
    fprintf(stderr, "hop %d: now on %s\n", hops, current_isa());
    return r;
}

/* unlink the first node; the caller frees it, so no variable is left holding a freed address */
static struct node *pop(struct node **head) {
    struct node *n = *head;
    *head = n->next;
    return n;
}

static long sum_through(int *p, int n, int (*f)(int)) {
    long s = 0;
    int i;
    for (i = 0; i < n; i++) {
        if (i == n / 2 && hop() != 0) return -1;
        s += f(p[i]);
    }
    return s;
}

int main(void) {
    int arr[8];
    int i;
    int *end;
    struct node *head = NULL;
    struct node *n;
    int (*fp)(int) = twice;
    const char *msg = "still here";
    for (i = 0; i < 8; i++) arr[i] = i * 3 + 1;
    end = arr + 8;
    for (i = 0; i < 5; i++) {
        n = malloc(sizeof *n);
        n->value = i * 7;
        n->next = head;
        n->op = i % 2 ? twice : square;
        head = n;
    }
    if (hop() != 0) return 1;
    for (n = head; n; n = n->next) printf("%d ", n->op(n->value));
    printf("\n");
    printf("sum %ld\n", sum_through(arr + 2, 6, fp));
    fp = square;
    if (hop() != 0) return 2;
    printf("sum %ld\n", sum_through(arr, 8, fp));
    printf("%s, %d elements\n", msg, (int)(end - arr));
    n = NULL;
    while (head) { free(pop(&head)); if (hop() != 0) return 3; }
    printf("hops %d\n", hops);
    return 0;
}
