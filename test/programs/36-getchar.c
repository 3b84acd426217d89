/* expect-exit: 0 */
/* getchar from stdin until EOF: counts lines, words and characters, echoes the input upper-cased, histogram. */
#include <stdio.h>

int main(void) {
    int c, lines = 0, words = 0, chars = 0, in_word = 0, digits = 0, longest = 0, cur = 0;
    int letters[26] = { 0 }, i;
    while ((c = getchar()) != EOF) {
        chars++;
        if (c == '\n') { lines++; if (cur > longest) longest = cur; cur = 0; } else cur++;
        if (c == ' ' || c == '\n' || c == '\t') in_word = 0;
        else if (!in_word) { in_word = 1; words++; }
        if (c >= '0' && c <= '9') digits++;
        if (c >= 'a' && c <= 'z') { letters[c - 'a']++; c = c - 'a' + 'A'; }
        else if (c >= 'A' && c <= 'Z') letters[c - 'A']++;
        putchar(c);
    }
    printf("lines %d words %d chars %d digits %d longest %d\n", lines, words, chars, digits, longest);
    for (i = 0; i < 26; i++) if (letters[i] > 3) printf("%c: %d\n", 'a' + i, letters[i]);
    printf("getchar after EOF: %d\n", getchar() == EOF);
    return 0;
}
