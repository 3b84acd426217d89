/* expect-exit: 0 */
/* Hand-written string routines over char pointers: length, reverse in place, atoi with sign, itoa in any base, palindromes. */
#include <stdio.h>

static int my_strlen(const char *s) { const char *p = s; while (*p) p++; return (int)(p - s); }
static void reverse(char *s) {
    char *e = s + my_strlen(s) - 1;
    while (s < e) { char t = *s; *s++ = *e; *e-- = t; }
}
static int my_atoi(const char *s) {
    int sign = 1, v = 0;
    while (*s == ' ') s++;
    if (*s == '-' || *s == '+') sign = *s++ == '-' ? -1 : 1;
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    return sign * v;
}
static char *itoa_base(long long v, int base, char *out) {
    const char *digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    char *p = out;
    unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
    do { *p++ = digits[u % (unsigned)base]; u /= (unsigned)base; } while (u);
    if (v < 0) *p++ = '-';
    *p = 0;
    reverse(out);
    return out;
}
static int is_palindrome(const char *s) {
    const char *e = s + my_strlen(s) - 1;
    while (s < e) {
        while (s < e && *s == ' ') s++;
        while (s < e && *e == ' ') e--;
        if ((*s | 0x20) != (*e | 0x20)) return 0;
        s++; e--;
    }
    return 1;
}

int main(void) {
    char buf[80];
    const char *nums[] = { "0", "42", "-17", "  +2147483647", "-2147483647", "12abc" };
    const char *pals[] = { "racecar", "A man a plan a canal Panama", "shuttle", "" };
    int i;
    char word[] = "migration";
    reverse(word);
    printf("reversed %s (%d)\n", word, my_strlen(word));
    for (i = 0; i < 6; i++) printf("atoi(\"%s\") = %d\n", nums[i], my_atoi(nums[i]));
    printf("%s %s %s\n", itoa_base(255, 2, buf), itoa_base(-255, 16, buf + 20), itoa_base(123456789, 36, buf + 40));
    printf("%s\n", itoa_base(-9223372036854775807LL - 1, 10, buf));
    for (i = 0; i < 4; i++) printf("\"%s\" palindrome: %d\n", pals[i], is_palindrome(pals[i]));
    return 0;
}
