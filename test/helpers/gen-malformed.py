# Writes test/malformed/NN-name.c from the table below. Each case is (name, message text, source) where
# the source marks the expected error position with ¤; the script strips the marker and writes the
# first line `/* expect-error: LINE:COL: text */` (the comment is line 1, so positions are shifted by one).
# Usage: python3 test/helpers/gen-malformed.py   (replaces every NN-name.c in test/malformed)
import os
cases = [
("missing-semicolon", "expected ';'", """int main(void) {
    int x = 1
    ¤return x;
}
"""),
("undeclared-identifier", "undeclared", """int main(void) {
    int a = 2;
    return a + ¤bogus;
}
"""),
("undeclared-function", "missing_function", """int main(void) {
    return ¤missing_function(3);
}
"""),
("float-type", "floating point", """int main(void) {
    ¤float f = 1;
    return 0;
}
"""),
("double-literal", "floating point", """int main(void) {
    int x = ¤2.5;
    return x;
}
"""),
("bit-field", "bit-field", """struct flags {
    unsigned ready ¤: 1;
    unsigned error : 1;
};
int main(void) { return 0; }
"""),
("vla", "variable-length", """int main(int argc, char **argv) {
    int n = argc + 2;
    int buf[¤n];
    (void)argv;
    buf[0] = 1;
    return buf[0];
}
"""),
("user-variadic", "variadic functions are supported only in the runtime", """#include <stdio.h>
int ¤sum(int n, ...) {
    return n;
}
int main(void) { return sum(1, 2); }
"""),
("unterminated-comment", "unterminated comment", """int main(void) {
    int x = 1; ¤/* this comment never ends
    return x;
}
"""),
("unterminated-string", "missing terminating", """#include <stdio.h>
int main(void) {
    printf(¤"no closing quote);
    return 0;
}
"""),
("unterminated-char", "missing terminating", """int main(void) {
    char c = ¤'a;
    return c;
}
"""),
("duplicate-case", "duplicate case", """int main(int argc, char **argv) {
    (void)argv;
    switch (argc) {
    case 1: return 1;
    case 2: return 2;
    ¤case 1: return 3;
    }
    return 0;
}
"""),
("break-outside-loop", "break", """int main(void) {
    int x = 3;
    if (x) ¤break;
    return x;
}
"""),
("continue-outside-loop", "continue", """int main(void) {
    int x = 3;
    switch (x) { case 3: ¤continue; }
    return x;
}
"""),
("undefined-function-link", "undefined reference to 'helper'", """int helper(int x);
int main(void) {
    return ¤helper(4);
}
"""),
("assign-non-lvalue", "lvalue", """int main(void) {
    int a = 1, b = 2;
    a + b ¤= 3;
    return a;
}
"""),
("assign-to-array", "not assignable", """int main(void) {
    int a[3], b[3];
    b[0] = 0;
    a ¤= b;
    return 0;
}
"""),
("int-to-pointer", "incompatible integer to pointer", """int main(void) {
    int x = 5;
    int *p = ¤x;
    return *p;
}
"""),
("pointer-to-int", "incompatible pointer to integer", """int main(void) {
    int x = 5;
    int y = ¤&x;
    return y;
}
"""),
("no-member", "no member named 'z'", """struct point { int x, y; };
int main(void) {
    struct point p;
    p.x = 1;
    return p.¤z;
}
"""),
("too-few-arguments", "too few arguments", """static int add(int a, int b) { return a + b; }
int main(void) {
    return add¤(1);
}
"""),
("too-many-arguments", "too many arguments", """static int one(int a) { return a; }
int main(void) {
    return one(1, ¤2, 3);
}
"""),
("bad-directive", "invalid preprocessing directive", """#include <stdio.h>
#¤frobnicate
int main(void) { return 0; }
"""),
("include-not-found", "file not found", """#include ¤<nosuchheader.h>
int main(void) { return 0; }
"""),
("unterminated-if", "unterminated conditional directive", """#define A 1
#¤if A
int main(void) { return 0; }
"""),
("error-directive", "#error", """#define VERSION 1
#if VERSION < 2
¤#error version too old
#endif
int main(void) { return 0; }
"""),
("redefinition", "redefinition of 'x'", """int main(void) {
    int x = 1;
    int ¤x = 2;
    return x;
}
"""),
("call-non-function", "called object", """int main(void) {
    int n = 4;
    return n¤(2);
}
"""),
("deref-non-pointer", "indirection requires pointer operand", """int main(void) {
    int n = 4;
    return ¤*n;
}
"""),
("unknown-type", "'widget'", """int main(void) {
    ¤widget w;
    return 0;
}
"""),
("struct-incomplete", "incomplete", """struct opaque;
int main(void) {
    struct opaque ¤o;
    return 0;
}
"""),
("case-outside-switch", "switch", """int main(void) {
    int x = 1;
    ¤case 1: x = 2;
    return x;
}
"""),
("goto-undefined-label", "nowhere", """int main(void) {
    goto ¤nowhere;
    return 0;
}
"""),
("missing-paren", "expected ')'", """int main(void) {
    int x = (1 + 2¤;
    return x;
}
"""),
("void-value", "void", """static void nothing(void) { }
int main(void) {
    int x = ¤nothing();
    return x;
}
"""),
("struct-to-int", "incompatible", """struct s { int a; };
int main(void) {
    struct s v = { 1 };
    int x = ¤v;
    return x;
}
"""),
("long-double", "floating point", """int main(void) {
    long ¤double d;
    return 0;
}
"""),
("const-assign", "const", """int main(void) {
    const int limit = 10;
    limit ¤= 11;
    return limit;
}
"""),
("compound-literal", "compound literals are not supported", """struct pair { int a, b; };
static int sum(struct pair p) { return p.a + p.b; }
int main(void) {
    return sum((struct pair)¤{ 1, 2 });
}
"""),
("member-of-non-struct", "member reference base type 'int'", """int main(void) {
    int n = 3;
    return n.¤field;
}
"""),
("arrow-on-struct", "member reference type", """struct point { int x; };
int main(void) {
    struct point p;
    p.x = 1;
    return p->¤x;
}
"""),
("return-value-in-void", "void", """static void f(int x) {
    ¤return x;
}
int main(void) { f(1); return 0; }
"""),
("excess-initializer", "excess elements", """int main(void) {
    int a[2] = { 1, 2, ¤3 };
    return a[0];
}
"""),
("unterminated-macro-args", "unterminated argument list", """#define ADD(a, b) ((a) + (b))
int main(void) {
    return ¤ADD(1,
}
"""),
("if-division-by-zero", "division by zero", """#define N 0
#if 10 ¤/ N
#endif
int main(void) { return 0; }
"""),
("literal-too-large", "too large", """int main(void) {
    return (int)¤99999999999999999999;
}
"""),
("duplicate-default", "default", """int main(int argc, char **argv) {
    (void)argv;
    switch (argc) {
    default: return 1;
    ¤default: return 2;
    }
}
"""),
("undefined-global-link", "undefined reference to 'counter'", """extern int counter;
int main(void) {
    return ¤counter;
}
"""),
("duplicate-member", "duplicate member 'a'", """struct s {
    int a;
    int ¤a;
};
int main(void) { return 0; }
"""),
("address-of-rvalue", "address", """int main(void) {
    int *p = ¤&(1 + 2);
    return *p;
}
"""),
("conflicting-types", "conflicting types", """int f(int x);
long ¤f(int x) { return x; }
int main(void) { return (int)f(1); }
"""),
("switch-on-struct", "integer", """struct s { int a; };
int main(void) {
    struct s v = { 1 };
    switch (¤v) { default: return 1; }
}
"""),
]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'malformed')
for old in os.listdir(out):
    if old.endswith('.c') and old[:2].isdigit():
        os.remove(os.path.join(out, old))
for i, (name, msg, src) in enumerate(cases, 1):
    idx = src.index('¤')
    before = src[:idx]
    line = before.count('\n') + 2  # +1 for 1-based, +1 for the expect line
    col = idx - (before.rfind('\n') + 1) + 1
    body = src.replace('¤', '')
    with open(os.path.join(out, '%02d-%s.c' % (i, name)), 'w') as f:
        f.write('/* expect-error: %d:%d: %s */\n' % (line, col, msg) + body)
print(len(cases))
