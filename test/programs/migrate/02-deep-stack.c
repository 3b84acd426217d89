/* expect-exit: 0 */
/* Recursion that migrates at every level on the way down and back up: each frame passes a pointer
   into its own stack array to the callee, which writes through it after migrating. */
#include <stdio.h>
#include <shuttle.h>

struct pair { int a; short b; char tag; };

static const char *other(void) { return current_isa()[0] == 'r' ? "m68k" : "rv32"; }

static int down(int n, int *parent) {
    int mine[3];
    struct pair p;
    int r;
    mine[0] = n; mine[1] = n * n; mine[2] = -n;
    p.a = n * 100; p.b = (short)(n - 50); p.tag = (char)('a' + n);
    if (migrate(other()) != 0) return -1000;
    parent[1] += n;
    if (n == 0) return mine[1];
    r = down(n - 1, mine);
    if (migrate(other()) != 0) return -2000;
    printf("level %d: %d %d %d | %d %d %c | %d\n", n, mine[0], mine[1], mine[2], p.a, p.b, p.tag, r);
    return r + mine[1] + p.a;
}

int main(void) {
    int top[3] = { 0, 0, 0 };
    long long big = 1234567890123LL;
    unsigned char bytes[5] = { 1, 2, 250, 251, 255 };
    int r = down(12, top);
    printf("result %d, top[1] %d\n", r, top[1]);
    printf("big %lld, bytes %d %d %d %d %d\n", big, bytes[0], bytes[1], bytes[2], bytes[3], bytes[4]);
    return 0;
}
