/* expect-error: 4:16: undeclared */
int main(void) {
    int a = 2;
    return a + bogus;
}
