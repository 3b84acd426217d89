/* Runtime test: <stdlib.h> — number parsing, abs/div, qsort/bsearch and heap patterns.
   Expected output: glibc's for the same program. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>

static void parse(const char *s, int base) {
  char *end;
  long v = strtol(s, &end, base);
  unsigned long u = strtoul(s, NULL, base);
  long long ll = strtoll(s, NULL, base);
  unsigned long long ull = strtoull(s, NULL, base);
  printf("\"%s\"/%d: %ld %lu %lld %llu rest=\"%s\"\n", s, base, v, u, ll, ull, end);
}

static void numbers(void) {
  printf("%d %d %d %d %d\n", atoi("42"), atoi("  -17xyz"), atoi("+8"), atoi("abc"), atoi("2147483647"));
  printf("%ld %lld\n", atol("-123456"), atoll("-9000000000"));
  parse("123", 10);
  parse("  -0x1F", 16);
  parse("0x1f", 0);
  parse("0777", 0);
  parse("0", 0);
  parse("0x", 0);
  parse("0xg", 16);
  parse("z", 36);
  parse("101012", 2);
  parse("99999999999", 10);
  parse("-99999999999", 10);
  parse("2147483648", 10);
  parse("-2147483648", 10);
  parse("4294967295", 10);
  parse("4294967296", 10);
  parse("-1", 10);
  parse("9223372036854775807", 10);
  parse("9223372036854775808", 10);
  parse("-9223372036854775809", 10);
  parse("18446744073709551615", 10);
  parse("18446744073709551616", 10);
  parse("123456789012345678901234567890", 10);
  parse("", 10);
  parse("   ", 10);
  parse("- 5", 10);
  parse("\t\n +12 ", 10);
}

static void arithmetic(void) {
  div_t d = div(-7, 2);
  ldiv_t l = ldiv(7L, -2L);
  printf("%d %d %ld %ld %lld\n", abs(-5), abs(5), labs(-70000L), labs(0L), llabs(-5000000000LL));
  printf("%d %d %ld %ld\n", d.quot, d.rem, l.quot, l.rem);
}

static int compare_ints(const void *a, const void *b) {
  int x = *(const int *)a;
  int y = *(const int *)b;
  return (x > y) - (x < y);
}

struct pair { int key; int order; };

static int compare_keys(const void *a, const void *b) {
  return ((const struct pair *)a)->key - ((const struct pair *)b)->key;
}

static void sorting(void) {
  int values[100];
  struct pair pairs[50];
  int i;
  int key;
  int *found;
  unsigned int x = 12345;
  for (i = 0; i < 100; i++) {
    x = x * 1664525u + 1013904223u;
    values[i] = (int)(x >> 16) % 1000 - 500;
  }
  qsort(values, 100, sizeof(int), compare_ints);
  for (i = 0; i < 100; i++) printf("%d%c", values[i], i % 20 == 19 ? '\n' : ' ');
  for (i = 0; i < 50; i++) {
    pairs[i].key = (i * 7) % 5;
    pairs[i].order = i;
  }
  qsort(pairs, 50, sizeof(struct pair), compare_keys);
  for (i = 0; i < 50; i++) printf("%d.%d ", pairs[i].key, pairs[i].order);
  printf("\n");
  for (key = -501; key <= 501; key += 167) {
    found = bsearch(&key, values, 100, sizeof(int), compare_ints);
    printf("%d:%s ", key, found != NULL ? "yes" : "no");
  }
  key = values[0];
  printf("%d ", bsearch(&key, values, 100, sizeof(int), compare_ints) != NULL);
  key = values[99];
  printf("%d ", bsearch(&key, values, 100, sizeof(int), compare_ints) != NULL);
  printf("%d\n", bsearch(&key, values, 0, sizeof(int), compare_ints) == NULL);
  qsort(values, 0, sizeof(int), compare_ints);
  qsort(values, 1, sizeof(int), compare_ints);
}

static void heap(void) {
  char *blocks[64];
  int *grow = NULL;
  int *zeros;
  int i;
  int ok = 1;
  for (i = 0; i < 64; i++) {
    blocks[i] = malloc((size_t)(i * 13 % 50 + 1));
    memset(blocks[i], i, (size_t)(i * 13 % 50 + 1));
    ok = ok && ((unsigned long)blocks[i] % 8 == 0);
  }
  for (i = 0; i < 64; i += 2) free(blocks[i]);
  for (i = 0; i < 64; i += 2) {
    blocks[i] = malloc((size_t)(i * 13 % 50 + 1));
    memset(blocks[i], i, (size_t)(i * 13 % 50 + 1));
  }
  for (i = 0; i < 64; i++) ok = ok && blocks[i][i * 13 % 50] == (char)i && blocks[i][0] == (char)i;
  for (i = 63; i >= 0; i--) free(blocks[i]);
  for (i = 1; i <= 1000; i++) {
    grow = realloc(grow, (size_t)i * sizeof(int));
    grow[i - 1] = i;
  }
  for (i = 0; i < 1000; i++) ok = ok && grow[i] == i + 1;
  free(grow);
  zeros = calloc(300, sizeof(int));
  for (i = 0; i < 300; i++) ok = ok && zeros[i] == 0;
  free(zeros);
  free(NULL);
  printf("heap %s\n", ok ? "ok" : "BROKEN");
}

int main(void) {
  numbers();
  arithmetic();
  sorting();
  heap();
  return 0;
}
