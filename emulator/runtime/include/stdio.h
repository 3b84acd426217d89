/* Shuttle runtime: <stdio.h> — formatted output (the printf family), formatted input (the
   scanf family), character and line I/O on the three standard streams. Output is unbuffered
   between calls: each call writes its whole result with the write system call before it
   returns. Input is read a byte at a time, with one character of push-back (ungetc). */
#ifndef __SHUTTLE_STDIO_H
#define __SHUTTLE_STDIO_H

#include "_shuttle_types.h"
#include "stdarg.h"

#define EOF (-1)
#define BUFSIZ 1024

/* A stream is a file descriptor and one pushed-back character (-1: none); stdin, stdout and
   stderr are the only streams. */
typedef struct __shuttle_file { int fd; int unread; } FILE;

extern FILE __shuttle_stdin;
extern FILE __shuttle_stdout;
extern FILE __shuttle_stderr;
#define stdin (&__shuttle_stdin)
#define stdout (&__shuttle_stdout)
#define stderr (&__shuttle_stderr)

int printf(const char *fmt, ...);
int fprintf(FILE *stream, const char *fmt, ...);
int sprintf(char *buf, const char *fmt, ...);
int snprintf(char *buf, size_t size, const char *fmt, ...);
int vprintf(const char *fmt, va_list ap);
int vfprintf(FILE *stream, const char *fmt, va_list ap);
int vsprintf(char *buf, const char *fmt, va_list ap);
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);

int putchar(int c);
int fputc(int c, FILE *stream);
int putc(int c, FILE *stream);
int puts(const char *s);
int fputs(const char *s, FILE *stream);
size_t fwrite(const void *ptr, size_t size, size_t count, FILE *stream);
int fflush(FILE *stream);

int scanf(const char *fmt, ...);
int fscanf(FILE *stream, const char *fmt, ...);
int sscanf(const char *str, const char *fmt, ...);
int vscanf(const char *fmt, va_list ap);
int vfscanf(FILE *stream, const char *fmt, va_list ap);
int vsscanf(const char *str, const char *fmt, va_list ap);

int getchar(void);
int fgetc(FILE *stream);
int getc(FILE *stream);
int ungetc(int c, FILE *stream);
char *fgets(char *buf, int size, FILE *stream);
size_t fread(void *ptr, size_t size, size_t count, FILE *stream);

#endif
