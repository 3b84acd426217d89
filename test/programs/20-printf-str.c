/* expect-exit: 0 */
/* printf strings and characters: %s with width, precision, -, *, embedded in text; long outputs; return value. */
#include <stdio.h>

int main(void) {
    const char *s = "shuttle";
    const char *empty = "";
    char buf[8] = { 'a', 'b', 'c', 0, 'x', 'x', 'x', 0 };
    int n, i;
    printf("[%s] [%10s] [%-10s] [%.3s] [%10.3s] [%-10.3s] [%.0s] [%.20s]\n", s, s, s, s, s, s, s, s);
    printf("[%s] [%5s] [%-5s|]\n", empty, empty, empty);
    printf("[%*s] [%-*s] [%.*s] [%*.*s]\n", 9, s, 9, s, 2, s, 6, 4, s);
    printf("[%s]\n", buf);
    n = printf("%s=%d;", "x", 12345);
    printf(" returned %d\n", n);
    n = printf("%5s%-5s|\n", "ab", "cd");
    printf("returned %d\n", n);
    printf("%s%s%s%s\n", "con", "cat", "en", "ation");
    printf("%c%s%c\n", '<', "mid", '>');
    for (i = 0; i < 3; i++) printf("%-6s|%6s|\n", i == 0 ? "one" : i == 1 ? "two" : "three", "r");
    printf("tab\there, quote \" backslash \\ end\n");
    {
        char line[200];
        int j;
        for (j = 0; j < 150; j++) line[j] = (char)('a' + j % 26);
        line[150] = 0;
        printf("%s\n", line);
        printf("[%.26s]\n", line + 26);
    }
    return 0;
}
