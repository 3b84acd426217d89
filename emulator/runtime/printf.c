/* Shuttle runtime: the printf family. One formatting core (__shuttle_vformat) writes into a
   "sink": either a caller's buffer (sprintf, snprintf) or a small staging buffer that is
   written to a file descriptor when it fills and when the call ends (printf, fprintf), so
   each call's output reaches the stream before the call returns.
   Supported: flags `- + space # 0`, width and precision (also `*`), conversions
   d i u x X o c s p %, length modifiers hh h l ll z j t. Output matches glibc's. */
#include <stdio.h>
#include <string.h>

int __shuttle_write_all(int fd, const char *buf, size_t n);

/* Where formatted characters go. */
struct __shuttle_sink {
  char *buf;      /* characters land here */
  size_t cap;     /* how many fit (a string sink keeps one more byte for the NUL) */
  size_t len;     /* how many are there now */
  int fd;         /* -1 for a string; otherwise the descriptor the buffer is flushed to */
  int total;      /* characters produced so far (the functions' result) */
};

/* A parsed conversion specification: %[flags][width][.precision][length]conversion. */
struct __shuttle_spec {
  int flags;
  int width;      /* 0 when absent */
  int prec;       /* -1 when absent */
  int length;     /* 0, or one of the __SHUTTLE_LEN_* values */
  int conv;
};

#define __SHUTTLE_MINUS 1
#define __SHUTTLE_PLUS 2
#define __SHUTTLE_SPACE 4
#define __SHUTTLE_ALT 8
#define __SHUTTLE_ZERO 16

#define __SHUTTLE_STAR (-2)

#define __SHUTTLE_LEN_HH 1
#define __SHUTTLE_LEN_H 2
#define __SHUTTLE_LEN_L 3
#define __SHUTTLE_LEN_LL 4

static void __shuttle_flush(struct __shuttle_sink *o) {
  if (o->fd >= 0 && o->len > 0) __shuttle_write_all(o->fd, o->buf, o->len);
  if (o->fd >= 0) o->len = 0;
}

static void __shuttle_put(struct __shuttle_sink *o, char c) {
  if (o->len == o->cap) __shuttle_flush(o);
  if (o->len < o->cap) o->buf[o->len++] = c;
  o->total++;
}

static void __shuttle_repeat(struct __shuttle_sink *o, char c, int n) {
  for (; n > 0; n--) __shuttle_put(o, c);
}

static void __shuttle_put_n(struct __shuttle_sink *o, const char *s, int n) {
  int i;
  for (i = 0; i < n; i++) __shuttle_put(o, s[i]);
}

/* ---- parsing a specification ---- */

static int __shuttle_flag(int c) {
  switch (c) {
  case '-': return __SHUTTLE_MINUS;
  case '+': return __SHUTTLE_PLUS;
  case ' ': return __SHUTTLE_SPACE;
  case '#': return __SHUTTLE_ALT;
  case '0': return __SHUTTLE_ZERO;
  default: return 0;
  }
}

/* Reads a decimal number or `*` (__SHUTTLE_STAR) at *f; `absent` when there is neither. */
static int __shuttle_number(const char **f, int absent) {
  int n = 0;
  if (**f == '*') {
    (*f)++;
    return __SHUTTLE_STAR;
  }
  if (**f < '0' || **f > '9') return absent;
  while (**f >= '0' && **f <= '9') {
    n = n * 10 + (**f - '0');
    (*f)++;
  }
  return n;
}

/* Length modifiers: hh h l ll, and z t (long-sized) j (long long). */
static int __shuttle_length(const char **f) {
  char c = **f;
  int len = 0;
  if (c == 'h') len = __SHUTTLE_LEN_H;
  if (c == 'l' || c == 'z' || c == 't') len = __SHUTTLE_LEN_L;
  if (c == 'j' || c == 'q' || c == 'L') len = __SHUTTLE_LEN_LL;
  if (len == 0) return 0;
  (*f)++;
  if (c == 'h' && **f == 'h') len = __SHUTTLE_LEN_HH;
  if (c == 'l' && **f == 'l') len = __SHUTTLE_LEN_LL;
  if (len == __SHUTTLE_LEN_HH || (c == 'l' && len == __SHUTTLE_LEN_LL)) (*f)++;
  return len;
}

/* Parses the specification after a '%'; returns where the format continues. */
static const char *__shuttle_parse_spec(const char *f, struct __shuttle_spec *sp) {
  sp->flags = 0;
  while (__shuttle_flag(*f) != 0) sp->flags |= __shuttle_flag(*f++);
  sp->width = __shuttle_number(&f, 0);
  sp->prec = -1;
  if (*f == '.') {
    f++;
    sp->prec = __shuttle_number(&f, 0);
  }
  sp->length = __shuttle_length(&f);
  sp->conv = *f;
  if (*f != '\0') f++;
  return f;
}

/* ---- converting values ---- */

/* Writes the digits of v in `base` into rev, last digit first; returns how many. */
static int __shuttle_digits(unsigned long long v, unsigned int base, int upper, char *rev) {
  const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  unsigned int w;
  int n = 0;
  while ((v >> 32) != 0) {
    rev[n++] = set[(int)(v % base)];
    v = v / base;
  }
  w = (unsigned int)v;
  do {
    rev[n++] = set[w % base];
    w = w / base;
  } while (w != 0);
  return n;
}

/* The sign or base prefix of an integer conversion, into pre; returns its length. */
static int __shuttle_prefix(struct __shuttle_spec *sp, int negative, unsigned long long v, char *pre) {
  int c = sp->conv;
  if (c == 'd' || c == 'i') {
    if (negative) pre[0] = '-';
    else if (sp->flags & __SHUTTLE_PLUS) pre[0] = '+';
    else if (sp->flags & __SHUTTLE_SPACE) pre[0] = ' ';
    else return 0;
    return 1;
  }
  if ((c == 'x' || c == 'X' || c == 'p') && (sp->flags & __SHUTTLE_ALT) && v != 0) {
    pre[0] = '0';
    pre[1] = c == 'X' ? 'X' : 'x';
    return 2;
  }
  return 0;
}

static unsigned int __shuttle_base(int conv) {
  if (conv == 'o') return 8;
  if (conv == 'x' || conv == 'X' || conv == 'p') return 16;
  return 10;
}

/* Formats an integer of magnitude v (negative: print a minus sign) per the spec. */
static void __shuttle_put_int(struct __shuttle_sink *o, struct __shuttle_spec *sp,
                              unsigned long long v, int negative) {
  char rev[24];
  char pre[2];
  int n = __shuttle_digits(v, __shuttle_base(sp->conv), sp->conv == 'X', rev);
  int npre = __shuttle_prefix(sp, negative, v, pre);
  int zeros = 0;
  int pad;
  if (sp->prec == 0 && v == 0) n = 0;
  if (sp->prec > n) zeros = sp->prec - n;
  if (sp->conv == 'o' && (sp->flags & __SHUTTLE_ALT) && zeros == 0 && (n == 0 || v != 0)) zeros = 1;
  pad = sp->width - npre - zeros - n;
  if ((sp->flags & (__SHUTTLE_ZERO | __SHUTTLE_MINUS)) == __SHUTTLE_ZERO && sp->prec < 0 && pad > 0) {
    zeros += pad;
    pad = 0;
  }
  if (!(sp->flags & __SHUTTLE_MINUS)) __shuttle_repeat(o, ' ', pad);
  __shuttle_put_n(o, pre, npre);
  __shuttle_repeat(o, '0', zeros);
  while (n > 0) __shuttle_put(o, rev[--n]);
  if (sp->flags & __SHUTTLE_MINUS) __shuttle_repeat(o, ' ', pad);
}

/* Writes n characters of s padded to the spec's width (for %s, %c and "(nil)"). */
static void __shuttle_put_padded(struct __shuttle_sink *o, struct __shuttle_spec *sp, const char *s, int n) {
  int pad = sp->width - n;
  if (!(sp->flags & __SHUTTLE_MINUS)) __shuttle_repeat(o, ' ', pad);
  __shuttle_put_n(o, s, n);
  if (sp->flags & __SHUTTLE_MINUS) __shuttle_repeat(o, ' ', pad);
}

static void __shuttle_put_string(struct __shuttle_sink *o, struct __shuttle_spec *sp, const char *s) {
  int n = 0;
  if (s == NULL) s = sp->prec < 0 || sp->prec >= 6 ? "(null)" : "";
  while (s[n] != '\0' && (sp->prec < 0 || n < sp->prec)) n++;
  __shuttle_put_padded(o, sp, s, n);
}

static void __shuttle_put_char(struct __shuttle_sink *o, struct __shuttle_spec *sp, int c) {
  char ch = (char)c;
  __shuttle_put_padded(o, sp, &ch, 1);
}

/* %p: like %#lx, and "(nil)" for a null pointer, as glibc prints them. */
static void __shuttle_put_pointer(struct __shuttle_sink *o, struct __shuttle_spec *sp, void *p) {
  if (p == NULL) {
    __shuttle_put_padded(o, sp, "(nil)", 5);
    return;
  }
  sp->flags |= __SHUTTLE_ALT;
  __shuttle_put_int(o, sp, (unsigned long)p, 0);
}

/* Narrows a signed argument to the spec's length (hh, h); returns it as long long. */
static long long __shuttle_narrow_signed(struct __shuttle_spec *sp, long long v) {
  if (sp->length == __SHUTTLE_LEN_HH) return (signed char)v;
  if (sp->length == __SHUTTLE_LEN_H) return (short)v;
  return v;
}

static unsigned long long __shuttle_narrow_unsigned(struct __shuttle_spec *sp, unsigned long long v) {
  if (sp->length == __SHUTTLE_LEN_HH) return (unsigned char)v;
  if (sp->length == __SHUTTLE_LEN_H) return (unsigned short)v;
  return v;
}

static void __shuttle_put_signed(struct __shuttle_sink *o, struct __shuttle_spec *sp, long long v) {
  v = __shuttle_narrow_signed(sp, v);
  if (v < 0) __shuttle_put_int(o, sp, -(unsigned long long)v, 1);
  else __shuttle_put_int(o, sp, (unsigned long long)v, 0);
}

/* Applies `*` width and precision values (a negative width means '-' flag). */
static void __shuttle_star(struct __shuttle_spec *sp, int width, int prec) {
  if (sp->width == __SHUTTLE_STAR) {
    sp->width = width < 0 ? -width : width;
    if (width < 0) sp->flags |= __SHUTTLE_MINUS;
  }
  if (sp->prec == __SHUTTLE_STAR) sp->prec = prec < 0 ? -1 : prec;
}

/* ---- the formatting core ---- */

/* Formats fmt with the arguments in ap into o; returns the number of characters produced. */
static int __shuttle_vformat(struct __shuttle_sink *o, const char *fmt, va_list ap) {
  struct __shuttle_spec sp;
  int width;
  int prec;
  while (*fmt != '\0') {
    if (*fmt != '%') {
      __shuttle_put(o, *fmt++);
      continue;
    }
    fmt = __shuttle_parse_spec(fmt + 1, &sp);
    width = sp.width == __SHUTTLE_STAR ? va_arg(ap, int) : 0;
    prec = sp.prec == __SHUTTLE_STAR ? va_arg(ap, int) : 0;
    __shuttle_star(&sp, width, prec);
    switch (sp.conv) {
    case 'd':
    case 'i':
      if (sp.length == __SHUTTLE_LEN_LL) __shuttle_put_signed(o, &sp, va_arg(ap, long long));
      else if (sp.length == __SHUTTLE_LEN_L) __shuttle_put_signed(o, &sp, va_arg(ap, long));
      else __shuttle_put_signed(o, &sp, va_arg(ap, int));
      break;
    case 'u':
    case 'x':
    case 'X':
    case 'o':
      if (sp.length == __SHUTTLE_LEN_LL) __shuttle_put_int(o, &sp, va_arg(ap, unsigned long long), 0);
      else if (sp.length == __SHUTTLE_LEN_L) __shuttle_put_int(o, &sp, va_arg(ap, unsigned long), 0);
      else __shuttle_put_int(o, &sp, __shuttle_narrow_unsigned(&sp, va_arg(ap, unsigned int)), 0);
      break;
    case 'c':
      __shuttle_put_char(o, &sp, va_arg(ap, int));
      break;
    case 's':
      __shuttle_put_string(o, &sp, va_arg(ap, const char *));
      break;
    case 'p':
      __shuttle_put_pointer(o, &sp, va_arg(ap, void *));
      break;
    case '%':
      __shuttle_put(o, '%');
      break;
    case '\0':
      __shuttle_put(o, '%');
      break;
    default:
      __shuttle_put(o, '%');
      __shuttle_put(o, (char)sp.conv);
      break;
    }
  }
  __shuttle_flush(o);
  return o->total;
}

/* ---- the public functions ---- */

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap) {
  struct __shuttle_sink o;
  int n;
  o.buf = buf;
  o.cap = size > 0 ? size - 1 : 0;
  o.len = 0;
  o.fd = -1;
  o.total = 0;
  n = __shuttle_vformat(&o, fmt, ap);
  if (size > 0) buf[o.len] = '\0';
  return n;
}

int vsprintf(char *buf, const char *fmt, va_list ap) {
  return vsnprintf(buf, (size_t)-1, fmt, ap);
}

int vfprintf(FILE *stream, const char *fmt, va_list ap) {
  char staging[128];
  struct __shuttle_sink o;
  o.buf = staging;
  o.cap = sizeof(staging);
  o.len = 0;
  o.fd = stream->fd;
  o.total = 0;
  return __shuttle_vformat(&o, fmt, ap);
}

int vprintf(const char *fmt, va_list ap) {
  return vfprintf(stdout, fmt, ap);
}

int printf(const char *fmt, ...) {
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vfprintf(stdout, fmt, ap);
  va_end(ap);
  return n;
}

int fprintf(FILE *stream, const char *fmt, ...) {
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vfprintf(stream, fmt, ap);
  va_end(ap);
  return n;
}

int sprintf(char *buf, const char *fmt, ...) {
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vsnprintf(buf, (size_t)-1, fmt, ap);
  va_end(ap);
  return n;
}

int snprintf(char *buf, size_t size, const char *fmt, ...) {
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vsnprintf(buf, size, fmt, ap);
  va_end(ap);
  return n;
}
