/* Runtime test: the built-in headers from user code — every header included together, their
   types' sizes and limits, and the macros (offsetof, bool, INT64_C, va_list as a type).
   Expected output: glibc's on i386 (an ILP32 target, like rv32 and m68k). */
#include <assert.h>
#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sample { char c; int i; char tail[3]; };

static void sizes(void) {
  printf("%u %u %u %u %u %u %u\n", (unsigned)sizeof(int8_t), (unsigned)sizeof(int16_t), (unsigned)sizeof(int32_t),
         (unsigned)sizeof(int64_t), (unsigned)sizeof(intptr_t), (unsigned)sizeof(size_t), (unsigned)sizeof(ptrdiff_t));
  printf("%u %u %u\n", (unsigned)sizeof(bool), (unsigned)sizeof(va_list), (unsigned)sizeof(FILE *));
  printf("%d %d\n", offsetof(struct sample, c) == 0, offsetof(struct sample, tail) > offsetof(struct sample, i));
}

static void limits(void) {
  printf("%d %d %d %d %d\n", CHAR_BIT, SCHAR_MIN, SCHAR_MAX, UCHAR_MAX, (CHAR_MIN < 0) == ((char)-1 < 0));
  printf("%d %d %d %d %u\n", SHRT_MIN, SHRT_MAX, USHRT_MAX, INT_MIN, UINT_MAX);
  printf("%ld %ld %lu\n", LONG_MIN, LONG_MAX, ULONG_MAX);
  printf("%lld %lld %llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
  printf("%d %d %d %d %u %lld %llu\n", INT8_MIN, INT16_MAX, UINT16_MAX, INT32_MIN, UINT32_MAX, INT64_MIN, UINT64_MAX);
  printf("%ld %lu %lu %lld %lld\n", INTPTR_MAX, UINTPTR_MAX, SIZE_MAX, INT64_C(1) << 40, INTMAX_MAX);
  printf("%d %d %d\n", EOF, EXIT_SUCCESS, EXIT_FAILURE);
}

int main(void) {
  bool flag = true;
  uint8_t byte = 250;
  byte += 10;
  assert(flag);
  sizes();
  limits();
  printf("%d %d %d\n", flag, false, byte);
  return EXIT_SUCCESS;
}
