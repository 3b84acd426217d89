/* Runtime test: <string.h> and <ctype.h>. Expected output: glibc's for the same program.
   Comparison results are printed as their sign only (the C standard fixes only the sign). */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <ctype.h>

static int sign(int v) { return v < 0 ? -1 : v > 0; }

static void memory(void) {
  char a[16];
  char b[16];
  memset(a, 'x', 10);
  a[10] = '\0';
  printf("%s\n", a);
  memcpy(b, "hello world", 12);
  printf("%s\n", b);
  memmove(b + 2, b, 5);
  printf("%s\n", b);
  memmove(b, b + 3, 6);
  printf("%s\n", b);
  printf("%d %d %d %d\n", sign(memcmp("abc", "abd", 3)), sign(memcmp("abc", "abc", 3)), sign(memcmp("\xff", "a", 1)),
         sign(memcmp("b", "a", 0)));
  printf("%s %d\n", (char *)memchr("find me", 'm', 7), memchr("find me", 'z', 7) == NULL);
}

static void copying(void) {
  char buf[32];
  char *d;
  strcpy(buf, "abc");
  strcat(buf, "def");
  printf("%s %u\n", buf, (unsigned)strlen(buf));
  strncat(buf, "ghijkl", 3);
  printf("%s\n", buf);
  memset(buf, '#', sizeof(buf));
  strncpy(buf, "xy", 5);
  printf("%d %d %d %d\n", buf[1], buf[2], buf[4], buf[5]);
  strncpy(buf, "longer string", 4);
  buf[4] = '\0';
  printf("%s %u %u\n", buf, (unsigned)strnlen("abcdef", 3), (unsigned)strnlen("ab", 9));
  d = strdup("duplicate");
  printf("%s\n", d);
  free(d);
  d = strndup("duplicate", 3);
  printf("%s\n", d);
  free(d);
}

static void searching(void) {
  const char *s = "the quick brown fox";
  printf("%d %d %d %d\n", sign(strcmp("a", "b")), sign(strcmp("b", "a")), sign(strcmp("ab", "ab")), sign(strcmp("ab", "abc")));
  printf("%d %d %d\n", sign(strncmp("abcd", "abcf", 3)), sign(strncmp("abcd", "abcf", 4)), sign(strcmp("\xe9", "e")));
  printf("[%s] [%s] [%d]\n", strchr(s, 'q'), strrchr(s, 'o'), strchr(s, 'z') == NULL);
  printf("[%d] [%d]\n", (int)(strchr(s, '\0') - s), (int)(strrchr(s, '\0') - s));
  printf("[%s] [%s] [%d] [%s]\n", strstr(s, "brown"), strstr(s, ""), strstr(s, "cat") == NULL, strstr("aaab", "aab"));
  printf("%u %u %u %u\n", (unsigned)strspn("aabbc", "ab"), (unsigned)strcspn("hello, world", ",!"),
         (unsigned)strspn("", "a"), (unsigned)strcspn("abc", ""));
  printf("[%s] [%d]\n", strpbrk(s, "xyz"), strpbrk(s, "Z") == NULL);
}

static void tokens(void) {
  char text[] = "  alpha, beta,,gamma  delta ";
  char *t = strtok(text, " ,");
  while (t != NULL) {
    printf("<%s>", t);
    t = strtok(NULL, " ,");
  }
  printf(" %d\n", strtok(NULL, " ") == NULL);
}

static void classes(void) {
  int c;
  int counts[11];
  memset(counts, 0, sizeof(counts));
  for (c = -1; c < 256; c++) {
    counts[0] += isdigit(c) != 0;
    counts[1] += isalpha(c) != 0;
    counts[2] += isalnum(c) != 0;
    counts[3] += isspace(c) != 0;
    counts[4] += isupper(c) != 0;
    counts[5] += islower(c) != 0;
    counts[6] += isxdigit(c) != 0;
    counts[7] += isprint(c) != 0;
    counts[8] += ispunct(c) != 0;
    counts[9] += toupper(c) != c;
    counts[10] += tolower(c) != c;
  }
  for (c = 0; c < 11; c++) printf("%d ", counts[c]);
  printf("%c%c%c%c %d\n", toupper('a'), tolower('Q'), toupper('5'), tolower('z'), toupper(-1));
}

int main(void) {
  memory();
  copying();
  searching();
  tokens();
  classes();
  return 0;
}
