/* Shuttle runtime: <stdlib.h> apart from allocation (malloc.c) and sorting (qsort.c):
   program exit, abs/div, number parsing (atoi, strtol and friends) and rand/srand.
   rand() is the C standard's example generator on a 32-bit state, so every ISA (and qemu)
   gives the same sequence. */
#include <stdlib.h>
#include <limits.h>
#include <ctype.h>

void _Exit(int status) {
  for (;;) __syscall(__NR_exit_group, status);
}

void exit(int status) {
  _Exit(status);
}

/* No signals here: abort ends the program with the status a shell shows for SIGABRT. */
void abort(void) {
  _Exit(134);
}

int abs(int n) { return n < 0 ? -n : n; }
long labs(long n) { return n < 0 ? -n : n; }
long long llabs(long long n) { return n < 0 ? -n : n; }

div_t div(int num, int den) {
  div_t r;
  r.quot = num / den;
  r.rem = num % den;
  return r;
}

ldiv_t ldiv(long num, long den) {
  ldiv_t r;
  r.quot = num / den;
  r.rem = num % den;
  return r;
}

/* The value of digit character c, or 99 when it is not a digit or letter. */
static int __shuttle_digit(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

/* Skips the "0x" prefix (base 16 or 0) or picks base 8 for a leading 0 (base 0). */
static const char *__shuttle_base_prefix(const char *s, int *base) {
  int hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && __shuttle_digit(s[2]) < 16;
  if ((*base == 0 || *base == 16) && hex) {
    *base = 16;
    return s + 2;
  }
  if (*base == 0) *base = s[0] == '0' ? 8 : 10;
  return s;
}

/* Adds digit d to *v in base `base`; returns 1 (leaving *v alone) when the result would pass
   `limit`. Below 2^58 the product cannot wrap, so the common case needs no 64-bit division. */
static int __shuttle_accumulate(unsigned long long *v, int d, int base, unsigned long long limit) {
  unsigned long long n;
  if ((*v >> 58) != 0 && *v > (limit - d) / base) return 1;
  n = *v * base + d;
  if (n > limit) return 1;
  *v = n;
  return 0;
}

#define __SHUTTLE_NEG 1
#define __SHUTTLE_OVERFLOW 2

/* The common parser: stores the magnitude in *out (saturated at `limit`) and returns the end
   of the number (the start of the string when there are no digits); *flags gets NEG/OVERFLOW. */
static const char *__shuttle_parse(const char *s, int base, unsigned long long limit,
                                   unsigned long long *out, int *flags) {
  const char *start = s;
  const char *digits;
  int d;
  *out = 0;
  *flags = 0;
  while (isspace(*s)) s++;
  if (*s == '-') *flags = __SHUTTLE_NEG;
  if (*s == '-' || *s == '+') s++;
  s = __shuttle_base_prefix(s, &base);
  digits = s;
  for (; (d = __shuttle_digit(*s)) < base; s++) {
    if (__shuttle_accumulate(out, d, base, limit)) *flags |= __SHUTTLE_OVERFLOW;
  }
  if (*flags & __SHUTTLE_OVERFLOW) *out = limit;
  if (s == digits) return start;
  return s;
}

long long strtoll(const char *s, char **end, int base) {
  unsigned long long v;
  int flags;
  const char *e = __shuttle_parse(s, base, (unsigned long long)LLONG_MAX + 1, &v, &flags);
  if (end != NULL) *end = (char *)e;
  if (flags & __SHUTTLE_NEG) return (long long)-v;
  if (v > LLONG_MAX) return LLONG_MAX;
  return (long long)v;
}

unsigned long long strtoull(const char *s, char **end, int base) {
  unsigned long long v;
  int flags;
  const char *e = __shuttle_parse(s, base, ULLONG_MAX, &v, &flags);
  if (end != NULL) *end = (char *)e;
  if (flags == __SHUTTLE_NEG) return -v;
  return v;
}

long strtol(const char *s, char **end, int base) {
  unsigned long long v;
  int flags;
  const char *e = __shuttle_parse(s, base, (unsigned long long)LONG_MAX + 1, &v, &flags);
  if (end != NULL) *end = (char *)e;
  if (flags & __SHUTTLE_NEG) return (long)-v;
  if (v > LONG_MAX) return LONG_MAX;
  return (long)v;
}

unsigned long strtoul(const char *s, char **end, int base) {
  unsigned long long v;
  int flags;
  const char *e = __shuttle_parse(s, base, ULONG_MAX, &v, &flags);
  if (end != NULL) *end = (char *)e;
  if (flags == __SHUTTLE_NEG) return (unsigned long)-v;
  return (unsigned long)v;
}

int atoi(const char *s) { return (int)strtol(s, NULL, 10); }
long atol(const char *s) { return strtol(s, NULL, 10); }
long long atoll(const char *s) { return strtoll(s, NULL, 10); }

static unsigned int __shuttle_rand_next = 1;

int rand(void) {
  __shuttle_rand_next = __shuttle_rand_next * 1103515245 + 12345;
  return (int)(__shuttle_rand_next / 65536 % 32768);
}

void srand(unsigned int seed) {
  __shuttle_rand_next = seed;
}
