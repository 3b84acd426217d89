/* expect-error: 3:10: floating point */
int main(void) {
    long double d;
    return 0;
}
