/* expect-error: 3:5: void */
static void f(int x) {
    return x;
}
int main(void) { f(1); return 0; }
