/* expect-error: 4:13: variable-length */
int main(int argc, char **argv) {
    int n = argc + 2;
    int buf[n];
    (void)argv;
    buf[0] = 1;
    return buf[0];
}
