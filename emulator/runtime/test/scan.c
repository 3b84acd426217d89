/* Runtime test: the scanf family — sscanf on many formats, then scanf and getchar/ungetc on
   stdin. Expected output: glibc's (run with the stdin given in harness.ts). */
#include <stdio.h>
#include <string.h>

static void strings(void) {
  int a = -1;
  int b = -1;
  int n = -1;
  unsigned int u = 0;
  long l = 0;
  long long ll = 0;
  short h = 0;
  signed char hh = 0;
  char word[16];
  char rest[16];
  char c3[4];
  int r;
  r = sscanf("  42 -17", "%d %d", &a, &b);
  printf("%d: %d %d\n", r, a, b);
  r = sscanf("0x1F 017 12", "%i %i %i", &a, &b, &n);
  printf("%d: %d %d %d\n", r, a, b, n);
  r = sscanf("ff 777 -1", "%x %o %u", &a, &b, &u);
  printf("%d: %d %d %u\n", r, a, b, u);
  r = sscanf("123456789 -9000000000 70000 300", "%ld %lld %hd %hhd", &l, &ll, &h, &hh);
  printf("%d: %ld %lld %d %d\n", r, l, ll, h, hh);
  r = sscanf("hello world", "%s %n%s", word, &n, rest);
  printf("%d: [%s] [%s] %d\n", r, word, rest, n);
  r = sscanf("abcdef", "%3s%2c", word, c3);
  c3[2] = '\0';
  printf("%d: [%s] [%s]\n", r, word, c3);
  r = sscanf("key=value;x", "%[a-z]=%[^;];%c", word, rest, c3);
  printf("%d: [%s] [%s] [%c]\n", r, word, rest, c3[0]);
  r = sscanf("12345", "%2d%3d", &a, &b);
  printf("%d: %d %d\n", r, a, b);
  r = sscanf("7 skip 9", "%d %*s %d", &a, &b);
  printf("%d: %d %d\n", r, a, b);
  r = sscanf("10%  20", "%d%% %d", &a, &b);
  printf("%d: %d %d\n", r, a, b);
  a = b = -5;
  r = sscanf("x1", "%d", &a);
  printf("%d: %d\n", r, a);
  r = sscanf("", "%d", &a);
  printf("%d\n", r);
  r = sscanf("   ", "%d", &a);
  printf("%d\n", r);
  r = sscanf("5 x", "%d %d", &a, &b);
  printf("%d: %d %d\n", r, a, b);
  r = sscanf("]abc]", "%[]a-c]", word);
  printf("%d: [%s]\n", r, word);
  r = sscanf("date: 2024-05-06", "date: %d-%d-%d", &a, &b, &n);
  printf("%d: %d %d %d\n", r, a, b, n);
}

static void input(void) {
  int a;
  int total = 0;
  int count = 0;
  char name[32];
  int c;
  if (scanf("%31s", name) == 1) printf("name %s\n", name);
  while (scanf("%d", &a) == 1) {
    total += a;
    count++;
  }
  printf("%d numbers, total %d\n", count, total);
  c = getchar();
  printf("stopped at '%c'\n", c);
  ungetc('Z', stdin);
  printf("%c", getchar());
  while ((c = getchar()) != EOF) putchar(c);
  printf("|%d\n", scanf("%d", &a));
}

int main(void) {
  strings();
  input();
  return 0;
}
