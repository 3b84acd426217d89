/* LP64 specifics checked by lp64.test.ts: sizes and layouts with 8-byte long and pointers, long
   arithmetic wrapping at 64 bits, pointer differences, long arguments in registers and on the
   stack, struct results with 8-byte fields, printf %ld %lu %zu %td %lx on LP64. */
#include <stdio.h>
#include <stddef.h>
#include <limits.h>
#include <stdint.h>
struct S { char c; long l; int i; char *p; short s; };
struct T { int a; long long b; };
struct S make(long l, char *p) { struct S s; s.c = 'x'; s.l = l; s.i = -3; s.p = p; s.s = 7; return s; }
long fact(long n) { return n <= 1 ? 1 : n * fact(n - 1); }
long sum8(long a, long b, long c, long d, long e, long f, long g, int h) { return a + b + c + d + e + f + g * 1000000000000L + h; }
long field(struct S s) { return s.l + s.i + s.s; }
int main(void) {
  long big = LONG_MAX; unsigned long u = ULONG_MAX;
  int arr[10]; int *p = &arr[7], *q = &arr[2];
  char buf[4] = "ab";
  struct S s = make(-5000000000L, buf);
  long longs[3] = { 1L << 40, -(1L << 35), 123456789012L };
  int i = -5; unsigned int ui = 0xffffffffu;
  printf("%d %d %d %d %d\n", (int)sizeof(long), (int)sizeof(void *), (int)sizeof(size_t), (int)sizeof(ptrdiff_t), (int)sizeof(struct S));
  printf("%d %d %d %d %d %d\n", (int)offsetof(struct S, l), (int)offsetof(struct S, i), (int)offsetof(struct S, p), (int)offsetof(struct S, s), (int)sizeof(struct T), (int)offsetof(struct T, b));
  printf("%lu %ld %lu %zu\n", (unsigned long)big + 1, big, u + 2, sizeof(longs));
  printf("%td %ld %ld\n", p - q, (long)(q - p), fact(20));
  printf("%ld %ld %lu %d\n", 1L << 40, -1L >> 1, (unsigned long)-1 >> 60, (int)((1L << 40) | 5));
  printf("%ld %ld %ld %ld\n", LONG_MIN / 7, LONG_MIN % 7, (long)i, (long)ui);
  printf("%d %d %d\n", (long)-1 < 0L, (unsigned long)-1 > 0, (long)i == -5L);
  printf("%ld %ld %s %c\n", field(s), s.l, s.p, s.c);
  printf("%ld %ld %ld\n", longs[0] + longs[1], longs[2] * 3, sum8(1, 2, 3, 4, 5, 6, 7, 8));
  printf("%lld %llu %ld\n", (long long)INT64_MIN, (unsigned long long)UINT64_MAX, (long)INTPTR_MAX);
  printf("%lx %lo %ld\n", 0xdeadbeefcafeL, 01777777L, (long)(unsigned int)-1 * 2);
  return (int)(sizeof(long) + sizeof(char *));
}
