/* Runtime test: printf-family formatting. The expected output is glibc's for the same
   program (built for i386 by the test harness), so keep it free of real addresses and of
   plain-char signedness. Only long long and int-sized values are used where ILP32 and LP64
   would differ. */
#include <stdio.h>
#include <string.h>
#include <limits.h>

static void ints(void) {
  printf("[%d] [%i] [%d] [%d] [%d]\n", 0, 42, -42, INT_MAX, INT_MIN);
  printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%+d] [% d]\n", 42, 42, 42, 42, 42, -42, -42);
  printf("[%.3d] [%.0d] [%5.0d] [%-+6.3d] [%08.3d] [%-08d] [%+05d]\n", 7, 0, 0, 7, -7, -7, 7);
  printf("[%u] [%u] [%x] [%X] [%o] [%#x] [%#X] [%#o] [%#o] [%#x]\n", 0u, UINT_MAX, 255u, 255u, 8u, 255u, 255u, 8u, 0u, 0u);
  printf("[%#.0o] [%#.3o] [%#5x] [%#05x] [%-#8x] [%.5x] [%#.5x] [%08.5x]\n", 0u, 8u, 10u, 10u, 10u, 10u, 10u, 10u);
  printf("[%hhd] [%hhu] [%hd] [%hu] [%hhx] [%hx]\n", 300, 300, 70000, 70000, -1, -1);
  printf("[%ld] [%lu] [%lx] [%li]\n", 123456L, 123456UL, 0xabcdefUL, -5L);
  printf("[%lld] [%lld] [%llu] [%llx] [%llX] [%llo]\n", LLONG_MAX, LLONG_MIN, ULLONG_MAX, 0x123456789abcdefULL,
         0xfedcba9876543210ULL, 01234567012345670ULL);
  printf("[%lld] [%lld] [%llu] [%20lld] [%-20lld|] [%020lld]\n", 4294967296LL, -4294967296LL, 10000000000ULL,
         -1234567890123LL, 1234567890123LL, -99LL);
  printf("[%zu] [%zd] [%zx] [%jd] [%td]\n", (size_t)12345, (size_t)77, (size_t)255, (long long)-9, (long)-3);
}

static void stars(void) {
  printf("[%*d] [%-*d] [%*d] [%.*d] [%.*d] [%*.*d]\n", 6, 1, 6, 2, -6, 3, 4, 5, -1, 6, 8, 3, 7);
  printf("[%*s] [%.*s] [%-*.*s|]\n", 8, "abc", 2, "abcdef", 7, 3, "abcdef");
}

static void chars_strings(void) {
  printf("[%c] [%3c] [%-3c] [%c%c%c]\n", 'A', 'B', 'C', 'x', 'y', 'z');
  printf("[%s] [%10s] [%-10s] [%.2s] [%10.3s] [%-10.3s] [%.0s]\n", "hello", "hi", "hi", "hello", "hello", "hello", "x");
  printf("[%s] [%.3s] [%.6s] [%8s]\n", (char *)NULL, (char *)NULL, (char *)NULL, (char *)NULL);
  printf("[%%] [100%%] [%5%]\n");
}

static void pointers(void) {
  printf("[%p] [%10p] [%-10p|] [%p] [%20p] [%-20p|]\n", (void *)0, (void *)0, (void *)0, (void *)0x1234,
         (void *)0xdeadbeef, (void *)0x10);
  printf("[%#p] [%.8p] [%014p]\n", (void *)0xab, (void *)0xab, (void *)0xab);
}

static void buffers(void) {
  char buf[32];
  int n;
  n = snprintf(buf, sizeof(buf), "%d-%s", 12, "ab");
  printf("[%s] %d\n", buf, n);
  n = snprintf(buf, 5, "%s", "truncated text");
  printf("[%s] %d\n", buf, n);
  n = snprintf(NULL, 0, "%d", 123456);
  printf("%d\n", n);
  memset(buf, 'z', sizeof(buf));
  n = snprintf(buf, 1, "abc");
  printf("[%s] %d\n", buf, n);
  n = sprintf(buf, "%5s|%-3d|%x", "ab", 7, 48879);
  printf("[%s] %d\n", buf, n);
}

static void long_output(void) {
  int i;
  int n;
  n = printf("%s%s%s%s\n", "0123456789012345678901234567890123456789012345678901234567890123456789",
             "0123456789012345678901234567890123456789012345678901234567890123456789",
             "0123456789012345678901234567890123456789012345678901234567890123456789", "!");
  printf("%d\n", n);
  n = printf("[%300d]\n", 5);
  printf("%d\n", n);
  for (i = 0; i < 3; i++) fprintf(stdout, "line %d of %s\n", i, "fprintf");
  fputs("fputs\n", stdout);
  putchar('p');
  putchar('\n');
  n = puts("puts");
  printf("%d\n", n);
  fwrite("fwrite\n", 1, 7, stdout);
}

int main(void) {
  ints();
  stars();
  chars_strings();
  pointers();
  buffers();
  long_output();
  return 0;
}
