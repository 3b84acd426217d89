/* Shuttle runtime: the scanf family. One scanning core (__shuttle_vscan) reads from a
   "source": a string (sscanf) or a stream (scanf, fscanf; one byte at a time, the character
   that ends a field pushed back with ungetc). Supported: `*` (assignment suppression), field
   width, length modifiers hh h l ll z j t, conversions d i u o x X c s [set] n %, white space
   in the format matching any amount of input white space. The result is the number of
   assigned fields, or EOF when the input ends before the first conversion. */
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>

struct __shuttle_source {
  const char *str;   /* the string being scanned, or NULL for a stream */
  FILE *stream;
  int count;         /* characters consumed so far (for %n) */
};

/* The next input character without consuming it, or EOF. */
static int __shuttle_peek(struct __shuttle_source *in) {
  int c;
  if (in->str != NULL) return *in->str == '\0' ? EOF : (unsigned char)*in->str;
  c = fgetc(in->stream);
  if (c != EOF) ungetc(c, in->stream);
  return c;
}

static void __shuttle_skip(struct __shuttle_source *in) {
  if (in->str != NULL) in->str++;
  else fgetc(in->stream);
  in->count++;
}

static void __shuttle_skip_space(struct __shuttle_source *in) {
  while (isspace(__shuttle_peek(in))) __shuttle_skip(in);
}

/* A parsed conversion: %[*][width][length]conv, with the set of %[...]. */
struct __shuttle_field {
  int suppress;
  int width;          /* 0: no limit (1 for %c) */
  int length;         /* 'H' hh, 'h', 'l', 'L' ll (also j), 0 */
  int conv;
  const char *set;    /* for '[': the characters after '[' (and '^') */
  int negated;
};

/* A length modifier at *f, as 'H' (hh), 'h', 'l' (also z t), 'L' (ll, also j) or 0. */
static int __shuttle_scan_length(const char **f) {
  char c = **f;
  int len = 0;
  if (c == 'h' || c == 'l') len = c;
  if (c == 'z' || c == 't') len = 'l';
  if (c == 'j' || c == 'L' || c == 'q') len = 'L';
  if (len == 0) return 0;
  (*f)++;
  if ((c == 'h' || c == 'l') && **f == c) {
    (*f)++;
    len = c == 'h' ? 'H' : 'L';
  }
  return len;
}

static const char *__shuttle_parse_field(const char *f, struct __shuttle_field *fd) {
  fd->suppress = *f == '*';
  if (fd->suppress) f++;
  fd->width = 0;
  while (*f >= '0' && *f <= '9') fd->width = fd->width * 10 + (*f++ - '0');
  fd->length = __shuttle_scan_length(&f);
  fd->conv = *f;
  fd->set = "";
  fd->negated = 0;
  if (*f != '\0') f++;
  if (fd->conv != '[') return f;
  fd->negated = *f == '^';
  if (fd->negated) f++;
  fd->set = f;
  if (*f == ']') f++;
  while (*f != '\0' && *f != ']') f++;
  if (*f == ']') f++;
  return f;
}

/* Whether c belongs to the %[...] set (a ']' right after '[' or '^' is a member). */
static int __shuttle_in_set(struct __shuttle_field *fd, int c) {
  const char *p = fd->set;
  int found = 0;
  if (*p == ']') {
    found = c == ']';
    p++;
  }
  for (; *p != '\0' && *p != ']'; p++) {
    if (p[1] == '-' && p[2] != ']' && p[2] != '\0') {
      if (c >= (unsigned char)p[0] && c <= (unsigned char)p[2]) found = 1;
      p += 2;
    } else if (c == (unsigned char)*p) {
      found = 1;
    }
  }
  return found != fd->negated;
}

static int __shuttle_field_base(int conv) {
  if (conv == 'd' || conv == 'u') return 10;
  if (conv == 'o') return 8;
  if (conv == 'x' || conv == 'X') return 16;
  return 0;
}

static int __shuttle_is_digit_of(int c, int base) {
  if (base == 8) return c >= '0' && c <= '7';
  if (base == 16) return isxdigit(c);
  return isdigit(c);
}

/* Appends the next input character to text[*n] and consumes it; returns the one after. */
static int __shuttle_take(struct __shuttle_source *in, char *text, int *n) {
  text[*n] = (char)__shuttle_peek(in);
  *n = *n + 1;
  __shuttle_skip(in);
  return __shuttle_peek(in);
}

/* Copies an integer's text (sign, 0x prefix, digits) into text; returns its length. */
static int __shuttle_scan_number(struct __shuttle_source *in, struct __shuttle_field *fd, char *text, int max) {
  int base = __shuttle_field_base(fd->conv);
  int limit = fd->width > 0 && fd->width < max ? fd->width : max;
  int n = 0;
  int c = __shuttle_peek(in);
  if (n < limit && (c == '+' || c == '-')) c = __shuttle_take(in, text, &n);
  if (n < limit && c == '0' && (base == 0 || base == 16)) {
    c = __shuttle_take(in, text, &n);
    if (n < limit && (c == 'x' || c == 'X')) {
      c = __shuttle_take(in, text, &n);
      base = 16;
    } else if (base == 0) {
      base = 8;
    }
  }
  if (base == 0) base = 10;
  while (n < limit && __shuttle_is_digit_of(c, base)) c = __shuttle_take(in, text, &n);
  text[n] = '\0';
  return n;
}

/* Stores an integer through p according to the length modifier. */
static void __shuttle_store(void *p, int length, unsigned long long v) {
  if (length == 'H') *(char *)p = (char)v;
  else if (length == 'h') *(short *)p = (short)v;
  else if (length == 'l') *(long *)p = (long)v;
  else if (length == 'L') *(long long *)p = (long long)v;
  else *(int *)p = (int)v;
}

/* Scans an integer field and stores it (unless suppressed); returns 0 when there is none. */
static int __shuttle_scan_int(struct __shuttle_source *in, struct __shuttle_field *fd, void *dest) {
  char text[80];
  char *end;
  unsigned long long v;
  int n = __shuttle_scan_number(in, fd, text, 79);
  v = strtoull(text, &end, __shuttle_field_base(fd->conv));
  if (n == 0 || *end != '\0') return 0;
  if (fd->conv == 'd' || fd->conv == 'i') v = (unsigned long long)strtoll(text, NULL, __shuttle_field_base(fd->conv));
  if (!fd->suppress) __shuttle_store(dest, fd->length, v);
  return 1;
}

/* Scans %c, %s or %[ into dest (unless suppressed); returns 0 when nothing matched. */
static int __shuttle_scan_chars(struct __shuttle_source *in, struct __shuttle_field *fd, char *dest) {
  int limit = fd->width > 0 ? fd->width : fd->conv == 'c' ? 1 : -1;
  int n = 0;
  int c = __shuttle_peek(in);
  while (c != EOF && n != limit) {
    if (fd->conv == 's' && isspace(c)) break;
    if (fd->conv == '[' && !__shuttle_in_set(fd, c)) break;
    if (!fd->suppress) dest[n] = (char)c;
    n++;
    __shuttle_skip(in);
    c = __shuttle_peek(in);
  }
  if (n == 0 || (fd->conv == 'c' && n != limit)) return 0;
  if (!fd->suppress && fd->conv != 'c') dest[n] = '\0';
  return 1;
}

/* ---- the scanning core ---- */

/* Matches one literal format character (after any white space for '%%'); 0 on mismatch. */
static int __shuttle_match(struct __shuttle_source *in, int c) {
  if (c == '%') __shuttle_skip_space(in);
  if (__shuttle_peek(in) != c) return 0;
  __shuttle_skip(in);
  return 1;
}

/* Scans in per fmt, storing through the pointers in ap; returns the number of assignments,
   or EOF when the input ended before the first conversion. */
static int __shuttle_vscan(struct __shuttle_source *in, const char *fmt, va_list ap) {
  struct __shuttle_field fd;
  int assigned = 0;
  int ok;
  while (*fmt != '\0') {
    if (isspace((unsigned char)*fmt)) {
      __shuttle_skip_space(in);
      fmt++;
      continue;
    }
    if (*fmt != '%' || fmt[1] == '%') {
      if (*fmt == '%') fmt++;
      if (!__shuttle_match(in, (unsigned char)*fmt++)) break;
      continue;
    }
    fmt = __shuttle_parse_field(fmt + 1, &fd);
    if (fd.conv != 'c' && fd.conv != '[' && fd.conv != 'n') __shuttle_skip_space(in);
    if (fd.conv == 'n') {
      if (!fd.suppress) __shuttle_store(va_arg(ap, void *), fd.length, (unsigned long long)in->count);
      continue;
    }
    if (__shuttle_peek(in) == EOF) return assigned == 0 ? EOF : assigned;
    if (fd.conv == 'c' || fd.conv == 's' || fd.conv == '[') {
      ok = __shuttle_scan_chars(in, &fd, fd.suppress ? NULL : va_arg(ap, char *));
    } else if (__shuttle_field_base(fd.conv) != 0 || fd.conv == 'i') {
      ok = __shuttle_scan_int(in, &fd, fd.suppress ? NULL : va_arg(ap, void *));
    } else {
      break;
    }
    if (!ok) break;
    if (!fd.suppress) assigned++;
  }
  return assigned;
}

/* ---- the public functions ---- */

int vsscanf(const char *str, const char *fmt, va_list ap) {
  struct __shuttle_source in;
  in.str = str;
  in.stream = NULL;
  in.count = 0;
  return __shuttle_vscan(&in, fmt, ap);
}

int vfscanf(FILE *stream, const char *fmt, va_list ap) {
  struct __shuttle_source in;
  in.str = NULL;
  in.stream = stream;
  in.count = 0;
  return __shuttle_vscan(&in, fmt, ap);
}

int vscanf(const char *fmt, va_list ap) {
  return vfscanf(stdin, fmt, ap);
}

int sscanf(const char *str, const char *fmt, ...) {
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vsscanf(str, fmt, ap);
  va_end(ap);
  return n;
}

int fscanf(FILE *stream, const char *fmt, ...) {
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vfscanf(stream, fmt, ap);
  va_end(ap);
  return n;
}

int scanf(const char *fmt, ...) {
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vfscanf(stdin, fmt, ap);
  va_end(ap);
  return n;
}
