/* expect-exit: 0 */
/* A recursive-descent expression evaluator over strings: precedence, parentheses, unary minus, errors. */
#include <stdio.h>

static const char *p;
static int error;

static long expr(void);
static void skip(void) { while (*p == ' ') p++; }
static long primary(void) {
    long v = 0;
    skip();
    if (*p == '(') { p++; v = expr(); skip(); if (*p == ')') p++; else error = 1; return v; }
    if (*p == '-') { p++; return -primary(); }
    if (*p < '0' || *p > '9') { error = 1; return 0; }
    while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
    return v;
}
static long term(void) {
    long v = primary();
    for (;;) {
        skip();
        if (*p == '*') { p++; v *= primary(); }
        else if (*p == '/') { long d; p++; d = primary(); if (d == 0) { error = 2; return 0; } v /= d; }
        else if (*p == '%') { long d; p++; d = primary(); if (d == 0) { error = 2; return 0; } v %= d; }
        else return v;
    }
}
static long expr(void) {
    long v = term();
    for (;;) {
        skip();
        if (*p == '+') { p++; v += term(); }
        else if (*p == '-') { p++; v -= term(); }
        else return v;
    }
}
static void eval(const char *s) {
    long v;
    p = s; error = 0;
    v = expr();
    skip();
    if (*p && !error) error = 1;
    if (error) printf("%-28s -> error %d at col %d\n", s, error, (int)(p - s) + 1);
    else printf("%-28s -> %ld\n", s, v);
}

int main(void) {
    eval("1 + 2 * 3");
    eval("(1 + 2) * 3");
    eval("100 / 7 % 4");
    eval("-(3 - 10) * -2");
    eval("((((42))))");
    eval("2 * (3 + 4) * (5 - 6 / 2)");
    eval("1 / (2 - 2)");
    eval("1 + ");
    eval("(1 + 2");
    eval("12 34");
    eval("1000000 * 1000 / 999");
    return 0;
}
