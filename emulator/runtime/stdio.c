/* Shuttle runtime: <stdio.h> apart from printf (printf.c): the three standard streams and
   character, line and block I/O on them. Nothing is buffered: output is written before each
   call returns, and input is read one byte at a time, so everything read from stdin and not
   yet consumed (at most one ungetc character) is in the program's own memory, where a
   migration finds it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

FILE __shuttle_stdin = { 0, -1 };
FILE __shuttle_stdout = { 1, -1 };
FILE __shuttle_stderr = { 2, -1 };

/* Writes all n bytes; returns 0, or -1 when the system call fails. */
int __shuttle_write_all(int fd, const char *buf, size_t n) {
  while (n > 0) {
    long r = __syscall(__NR_write, fd, buf, n);
    if (r <= 0) return -1;
    buf += r;
    n -= r;
  }
  return 0;
}

int fputc(int c, FILE *stream) {
  char ch = (char)c;
  if (__shuttle_write_all(stream->fd, &ch, 1) != 0) return EOF;
  return (unsigned char)ch;
}

int putc(int c, FILE *stream) { return fputc(c, stream); }
int putchar(int c) { return fputc(c, stdout); }

int fputs(const char *s, FILE *stream) {
  if (__shuttle_write_all(stream->fd, s, strlen(s)) != 0) return EOF;
  return 1;
}

int puts(const char *s) {
  size_t n = strlen(s);
  if (__shuttle_write_all(1, s, n) != 0) return EOF;
  if (__shuttle_write_all(1, "\n", 1) != 0) return EOF;
  return (int)(n + 1);
}

size_t fwrite(const void *ptr, size_t size, size_t count, FILE *stream) {
  if (size == 0 || count == 0) return 0;
  if (__shuttle_write_all(stream->fd, ptr, size * count) != 0) return 0;
  return count;
}

int fflush(FILE *stream) {
  return 0;
}

int fgetc(FILE *stream) {
  unsigned char c;
  if (stream->unread >= 0) {
    c = (unsigned char)stream->unread;
    stream->unread = -1;
    return c;
  }
  if (__syscall(__NR_read, stream->fd, &c, 1) != 1) return EOF;
  return c;
}

/* Pushes c back so that the next read returns it (one character, as the C standard promises). */
int ungetc(int c, FILE *stream) {
  if (c == EOF || stream->unread >= 0) return EOF;
  stream->unread = (unsigned char)c;
  return (unsigned char)c;
}

int getc(FILE *stream) { return fgetc(stream); }
int getchar(void) { return fgetc(stdin); }

char *fgets(char *buf, int size, FILE *stream) {
  int n = 0;
  int c;
  if (size <= 0) return NULL;
  while (n < size - 1) {
    c = fgetc(stream);
    if (c == EOF) break;
    buf[n++] = (char)c;
    if (c == '\n') break;
  }
  if (n == 0 && size > 1) return NULL;
  buf[n] = '\0';
  return buf;
}

size_t fread(void *ptr, size_t size, size_t count, FILE *stream) {
  char *p = ptr;
  size_t want = size * count;
  size_t got = 0;
  if (want == 0) return 0;
  if (stream->unread >= 0) p[got++] = (char)fgetc(stream);
  while (got < want) {
    long r = __syscall(__NR_read, stream->fd, p + got, want - got);
    if (r <= 0) break;
    got += r;
  }
  return got / size;
}

extern char __shuttle_progname[32];

/* Called by assert() from <assert.h>: glibc's message (without the function name), then abort. */
void __shuttle_assert_fail(const char *expr, const char *file, int line) {
  fprintf(stderr, "%s: %s:%d: Assertion `%s' failed.\n", __shuttle_progname, file, line, expr);
  abort();
}
