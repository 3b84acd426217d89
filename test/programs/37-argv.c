/* expect-exit: 0 */
/* args: alpha 42 -7 last-arg */
/* argc and argv: count, each argument (argv[0] is not printed: it names the executable), argv[argc] is NULL. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    int i, sum = 0;
    printf("argc %d\n", argc);
    for (i = 1; i < argc; i++) printf("argv[%d] = \"%s\" (%d chars)\n", i, argv[i], (int)strlen(argv[i]));
    for (i = 1; i < argc; i++) sum += atoi(argv[i]);
    printf("sum of numbers %d\n", sum);
    printf("argv[argc] is NULL: %d\n", argv[argc] == NULL);
    printf("argv[0] non-empty: %d\n", argv[0] != NULL && argv[0][0] != 0);
    return 0;
}
