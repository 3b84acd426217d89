/* Never ends: for pause. */
int main(void) {
    volatile int n = 0;
    for (;;) n = n + 1;
    return 0;
}
