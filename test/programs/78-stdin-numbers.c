/* expect-exit: 0 */
/* Reads signed numbers and words from stdin with getchar, keeps them in a growing heap array, prints
   statistics, and echoes the lines in reverse order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char *text = NULL;
    size_t len = 0, cap = 0;
    long long *nums = NULL;
    int n = 0, ncap = 0, c, i;
    long long sum = 0, mn = 0, mx = 0;
    while ((c = getchar()) != EOF) {
        if (len + 1 >= cap) { cap = cap ? cap * 2 : 16; text = realloc(text, cap); }
        text[len++] = (char)c;
    }
    if (!text) { printf("no input\n"); return 1; }
    text[len] = 0;
    for (i = 0; text[i]; ) {
        int neg = 0;
        long long v = 0;
        if ((text[i] == '-' && text[i + 1] >= '0' && text[i + 1] <= '9') || (text[i] >= '0' && text[i] <= '9')) {
            if (text[i] == '-') { neg = 1; i++; }
            while (text[i] >= '0' && text[i] <= '9') v = v * 10 + (text[i++] - '0');
            if (n == ncap) { ncap = ncap ? ncap * 2 : 4; nums = realloc(nums, (size_t)ncap * sizeof *nums); }
            nums[n++] = neg ? -v : v;
        } else i++;
    }
    for (i = 0; i < n; i++) { sum += nums[i]; if (i == 0 || nums[i] < mn) mn = nums[i]; if (i == 0 || nums[i] > mx) mx = nums[i]; }
    printf("%d numbers, sum %lld, min %lld, max %lld\n", n, sum, mn, mx);
    if (n) printf("mean %lld remainder %lld\n", sum / n, sum % n);
    for (i = (int)len - 1; i >= 0; i--) {
        if (i == 0 || text[i - 1] == '\n') {
            char *end = strchr(text + i, '\n');
            int l = end ? (int)(end - (text + i)) : (int)strlen(text + i);
            printf("[%.*s]\n", l, text + i);
        }
    }
    free(text);
    free(nums);
    return 0;
}
