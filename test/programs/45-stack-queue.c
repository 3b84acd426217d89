/* expect-exit: 0 */
/* A growable stack (realloc) and a ring-buffer queue on the heap; balanced-bracket checking with the stack. */
#include <stdio.h>
#include <stdlib.h>

typedef struct { int *items; int size, cap; } Stack;
typedef struct { int *buf; int head, tail, count, cap; } Queue;

static void push(Stack *s, int v) {
    if (s->size == s->cap) { s->cap = s->cap ? s->cap * 2 : 2; s->items = realloc(s->items, (size_t)s->cap * sizeof(int)); }
    s->items[s->size++] = v;
}
static int pop(Stack *s) { return s->items[--s->size]; }
static Queue *queue_new(int cap) { Queue *q = malloc(sizeof *q); q->buf = calloc((size_t)cap, sizeof(int)); q->head = q->tail = q->count = 0; q->cap = cap; return q; }
static int enqueue(Queue *q, int v) { if (q->count == q->cap) return 0; q->buf[q->tail] = v; q->tail = (q->tail + 1) % q->cap; q->count++; return 1; }
static int dequeue(Queue *q, int *v) { if (!q->count) return 0; *v = q->buf[q->head]; q->head = (q->head + 1) % q->cap; q->count--; return 1; }
static int balanced(const char *s) {
    Stack st = { NULL, 0, 0 };
    int ok = 1;
    for (; *s && ok; s++) {
        if (*s == '(' || *s == '[' || *s == '{') push(&st, *s);
        else if (*s == ')' || *s == ']' || *s == '}') {
            int open = st.size ? pop(&st) : 0;
            ok = (*s == ')' && open == '(') || (*s == ']' && open == '[') || (*s == '}' && open == '{');
        }
    }
    ok = ok && st.size == 0;
    free(st.items);
    return ok;
}

int main(void) {
    Stack s = { NULL, 0, 0 };
    Queue *q = queue_new(5);
    int i, v;
    const char *tests[] = { "([]{})", "([)]", "((", "", "{[()()]}x" };
    for (i = 0; i < 100; i++) push(&s, i * i);
    printf("size %d cap %d top %d\n", s.size, s.cap, s.items[s.size - 1]);
    for (i = 0; i < 3; i++) printf("pop %d\n", pop(&s));
    free(s.items);
    for (i = 1; i <= 7; i++) printf("enqueue %d: %d\n", i, enqueue(q, i));
    for (i = 0; i < 3; i++) if (dequeue(q, &v)) printf("dequeue %d\n", v);
    for (i = 10; i < 13; i++) enqueue(q, i);
    while (dequeue(q, &v)) printf("%d ", v);
    printf("\n");
    free(q->buf);
    free(q);
    for (i = 0; i < 5; i++) printf("\"%s\" balanced %d\n", tests[i], balanced(tests[i]));
    return 0;
}
