/* expect-error: 5:29: compound literals are not supported */
struct pair { int a, b; };
static int sum(struct pair p) { return p.a + p.b; }
int main(void) {
    return sum((struct pair){ 1, 2 });
}
