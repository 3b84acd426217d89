/* expect-error: 6:5: default */
int main(int argc, char **argv) {
    (void)argv;
    switch (argc) {
    default: return 1;
    default: return 2;
    }
}
