/* expect-exit: 0 */
/* switch: fall-through, default in the middle, nested switches, dense and sparse cases, break/continue inside. */
#include <stdio.h>

static const char *classify(int c) {
    switch (c) {
    case ' ': case '\t': case '\n': return "space";
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': return "digit";
    default: return "other";
    case '+': case '-': return "sign";
    }
}
static int duff(int count) {
    int n = (count + 3) / 4, total = 0;
    switch (count % 4) {
    case 0: do { total += 1;
    case 3:      total += 10;
    case 2:      total += 100;
    case 1:      total += 1000;
            } while (--n > 0);
    }
    return total;
}

int main(void) {
    int i, sum = 0;
    const char *s = "a1 +9\t-";
    for (; *s; s++) printf("'%c' %s\n", *s == '\t' ? 'T' : *s, classify(*s));
    for (i = 0; i < 8; i++) {
        switch (i) {
        case 1: sum += 1;
        case 2: sum += 2; break;
        case 3: continue;
        case 5: sum += 50;
        default: sum += 100;
        }
        printf("i %d sum %d\n", i, sum);
    }
    for (i = 1; i <= 9; i++) printf("duff(%d) = %d\n", i, duff(i));
    for (i = 0; i < 3; i++) {
        switch (i) {
        case 0:
            switch (i + 1) { case 1: printf("inner one\n"); break; default: printf("inner other\n"); }
            printf("outer zero\n");
            break;
        default:
            printf("outer %d\n", i);
        }
    }
    switch (1000000) { case -5: printf("no\n"); break; case 1000000: printf("million\n"); break; case 7: break; }
    switch (-3) { case 3: printf("no\n"); }
    switch (4) { default: printf("only default\n"); }
    {
        long long big = 0x100000000LL;
        switch (big) { case 0: printf("truncated!\n"); break; case 0x100000000LL: printf("64-bit case\n"); break; }
    }
    return 0;
}
