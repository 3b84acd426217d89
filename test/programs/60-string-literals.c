/* expect-exit: 0 */
/* String and character literals: escapes (\n \t \\ \' \" \0 octal hex \a \b \f \v \r), concatenation,
   char arrays from literals, literal indexing, multi-character strings across lines. */
#include <stdio.h>
#include <string.h>

int main(void) {
    const char *esc = "tab\tnl\\n quote\" apos\' q?";
    char arr[] = "abc" "def" "ghi";
    const char *octal = "\101\102\103\0hidden";
    const char *hex = "\x41\x62\x7a";
    const char *ctrl = "\a\b\f\v\r";
    int i;
    printf("%s\n", esc);
    printf("%s %d\n", arr, (int)sizeof arr);
    printf("%s %d\n", octal, (int)sizeof "\101\102\103\0hidden");
    printf("%s\n", hex);
    for (i = 0; ctrl[i]; i++) printf("%d ", ctrl[i]);
    printf("\n");
    printf("chars %d %d %d %d %d %d\n", 'A', '\n', '\0', '\'', '\\', '\x7f');
    printf("\"index\"[2] = %c\n", "index"[2]);
    printf("%s\n", "line one\n" "line two");
    printf("%d\n", (int)strlen("a\0b"));
    printf("%c%c\n", *"xyz", *("xyz" + 2));
    printf("%%d literal percent and \\ backslash\n");
    return 0;
}
