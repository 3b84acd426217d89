/* A loop of ten rounds (i = 0 .. 9) for hit-count breakpoints: lines 6 to 11 run once a round. */
int main(void) {
    int i;
    int sum = 0;
    for (i = 0; i < 10; i++) {
        sum = sum + i;
        sum = sum + 1;
        sum = sum - 1;
        sum = sum * 1;
        sum = sum + 0;
        sum = sum | 0;
    }
    return sum % 256;
}
