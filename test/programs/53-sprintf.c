/* expect-exit: 0 */
/* sprintf and snprintf: formatting into buffers, return values, truncation, building strings incrementally. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[64];
    char small[8];
    int n, pos = 0, i;
    n = sprintf(buf, "%d-%s-%x", 42, "abc", 255u);
    printf("%s (%d)\n", buf, n);
    n = snprintf(small, sizeof small, "%s", "truncated text");
    printf("%s (%d, len %d)\n", small, n, (int)strlen(small));
    n = snprintf(small, sizeof small, "%05d", 123);
    printf("%s (%d)\n", small, n);
    for (i = 0; i < 5; i++) pos += sprintf(buf + pos, "%d,", i * i);
    printf("%s (%d)\n", buf, pos);
    n = snprintf(NULL, 0, "%lld", -1234567890123LL);
    printf("needed %d\n", n);
    n = snprintf(buf, 1, "abc");
    printf("size 1 gives empty: %d (%d)\n", buf[0] == 0, n);
    sprintf(buf, "%-6s|%6s|%c", "ab", "cd", 'z');
    printf("%s\n", buf);
    return 0;
}
