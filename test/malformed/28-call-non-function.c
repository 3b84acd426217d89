/* expect-error: 4:13: called object */
int main(void) {
    int n = 4;
    return n(2);
}
