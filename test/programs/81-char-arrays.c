/* expect-exit: 0 */
/* char arrays: exact-fit initialisers without a terminator, arrays larger than their initialiser, 2-D char
   tables, in-place edits, copying with loops and with assignment through pointers. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char exact[3] = "abc";
    char roomy[10] = "hi";
    char table[3][8] = { "one", "two", "three" };
    char copy[16];
    char *d = copy;
    const char *s = "copied!";
    int i;
    for (i = 0; i < 3; i++) putchar(exact[i]);
    putchar('\n');
    printf("roomy %s len %d tail zeros %d\n", roomy, (int)strlen(roomy), roomy[2] == 0 && roomy[9] == 0);
    for (i = 0; i < 3; i++) printf("%s/%d ", table[i], (int)strlen(table[i]));
    printf("\n");
    table[1][0] = 'T';
    strcat(table[0], "!");
    printf("%s %s\n", table[0], table[1]);
    while ((*d++ = *s++) != 0) ;
    printf("%s %d\n", copy, (int)(d - copy));
    for (i = 0; roomy[i]; i++) roomy[i] = (char)(roomy[i] - 'a' + 'A');
    printf("%s\n", roomy);
    printf("sizeof %d %d %d\n", (int)sizeof exact, (int)sizeof table, (int)sizeof table[2]);
    return 0;
}
