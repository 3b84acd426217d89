/* expect-error: 3:5: floating point */
int main(void) {
    float f = 1;
    return 0;
}
