/* expect-error: 3:13: floating point */
int main(void) {
    int x = 2.5;
    return x;
}
