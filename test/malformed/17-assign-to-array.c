/* expect-error: 5:7: not assignable */
int main(void) {
    int a[3], b[3];
    b[0] = 0;
    a = b;
    return 0;
}
