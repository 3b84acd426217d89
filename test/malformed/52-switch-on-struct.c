/* expect-error: 5:13: integer */
struct s { int a; };
int main(void) {
    struct s v = { 1 };
    switch (v) { default: return 1; }
}
