/* expect-error: 4:11: lvalue */
int main(void) {
    int a = 1, b = 2;
    a + b = 3;
    return a;
}
