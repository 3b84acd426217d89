/* expect-exit: 0 */
/* string.h: strlen, strcpy, strncpy, strcat, strncat, strcmp, strncmp, strchr, strrchr, strstr, mem* functions. */
#include <stdio.h>
#include <string.h>

static int sign(int x) { return x < 0 ? -1 : x > 0 ? 1 : 0; }

int main(void) {
    char buf[64], other[32];
    const char *hay = "the quick brown fox jumps over the lazy dog";
    const char *p;
    int i;
    printf("strlen %d %d\n", (int)strlen(hay), (int)strlen(""));
    strcpy(buf, "hello");
    strcat(buf, ", ");
    strcat(buf, "world");
    printf("%s (%d)\n", buf, (int)strlen(buf));
    strncat(buf, "!!!???", 3);
    printf("%s\n", buf);
    memset(other, 'z', sizeof other);
    strncpy(other, "abc", 6);
    printf("strncpy pads: %d %d %d %c\n", other[3], other[4], other[5], other[6]);
    strncpy(other, "abcdefgh", 4);
    other[4] = 0;
    printf("strncpy cuts: %s\n", other);
    printf("strcmp %d %d %d %d\n", sign(strcmp("abc", "abd")), sign(strcmp("abc", "abc")),
           sign(strcmp("b", "abc")), sign(strcmp("ab", "abc")));
    printf("strcmp high bytes %d\n", sign(strcmp("\x80", "\x01")));
    printf("strncmp %d %d\n", sign(strncmp("abcX", "abcY", 3)), sign(strncmp("abcX", "abcY", 4)));
    p = strchr(hay, 'q');
    printf("strchr q: %s\n", p);
    printf("strchr nul: %d\n", strchr(hay, 0) == hay + strlen(hay));
    printf("strchr none: %d\n", strchr(hay, 'Z') == NULL);
    p = strrchr(hay, 'o');
    printf("strrchr o at %d\n", (int)(p - hay));
    p = strstr(hay, "fox");
    printf("strstr fox: %s\n", p);
    printf("strstr empty: %d, none: %d\n", strstr(hay, "") == hay, strstr(hay, "cat") == NULL);
    memcpy(other, "0123456789", 11);
    memmove(other + 2, other, 8);
    printf("memmove up: %s\n", other);
    memcpy(other, "0123456789", 11);
    memmove(other, other + 3, 8);
    printf("memmove down: %s\n", other);
    printf("memcmp %d %d %d\n", sign(memcmp("abc", "abd", 3)), sign(memcmp("abc", "abd", 2)), sign(memcmp("\xff", "\x01", 1)));
    {
        int nums[5] = { 1, 2, 3, 4, 5 }, copy[5];
        memcpy(copy, nums, sizeof nums);
        memset(nums, 0, 2 * sizeof(int));
        for (i = 0; i < 5; i++) printf("%d/%d ", nums[i], copy[i]);
        printf("\n");
    }
    return 0;
}
