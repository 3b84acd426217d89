/* Copies stdin to stdout and prints its arguments. */
#include <stdio.h>
int main(int argc, char **argv) {
    int c;
    int i;
    for (i = 1; i < argc; i++) printf("arg %s\n", argv[i]);
    while ((c = getchar()) != EOF) putchar(c);
    return 0;
}
