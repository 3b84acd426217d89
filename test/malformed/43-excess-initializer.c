/* expect-error: 3:24: excess elements */
int main(void) {
    int a[2] = { 1, 2, 3 };
    return a[0];
}
