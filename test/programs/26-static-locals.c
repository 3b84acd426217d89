/* expect-exit: 0 */
/* static locals keep their values across calls; static functions; static arrays; same name in two functions. */
#include <stdio.h>

static int next_id(void) { static int id = 100; return id++; }
static int calls(void) { static int count; return ++count; }
static int other_count(void) { static int count = 50; return count -= 5; }
static const char *cycle(void) {
    static const char *names[] = { "red", "green", "blue" };
    static int i = 0;
    const char *r = names[i];
    i = (i + 1) % 3;
    return r;
}
static int *history(int v) {
    static int buf[4];
    static int n;
    buf[n++ % 4] = v;
    return buf;
}
static int fib_memo(int n) {
    static long long memo[50];
    if (n < 2) return n;
    if (memo[n]) return (int)memo[n];
    memo[n] = fib_memo(n - 1) + fib_memo(n - 2);
    return (int)memo[n];
}

int main(void) {
    int i, *h = 0;
    for (i = 0; i < 3; i++) printf("id %d\n", next_id());
    for (i = 0; i < 4; i++) calls();
    i = calls();
    printf("calls %d, ", i);
    i = other_count();
    printf("other %d ", i);
    printf("%d\n", other_count());
    for (i = 0; i < 5; i++) printf("%s ", cycle());
    printf("\n");
    for (i = 1; i <= 6; i++) h = history(i * i);
    printf("history %d %d %d %d\n", h[0], h[1], h[2], h[3]);
    printf("fib(40) %d\n", fib_memo(40));
    return 0;
}
