/* Shuttle runtime: <string.h> — memory blocks and NUL-terminated strings, written plainly
   (byte at a time) so they read well in the debugger and behave the same on every ISA. */
#include <string.h>
#include <stdlib.h>

void *memcpy(void *dst, const void *src, size_t n) {
  char *d = dst;
  const char *s = src;
  while (n > 0) {
    *d++ = *s++;
    n--;
  }
  return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
  char *d = dst;
  const char *s = src;
  if (d < s) return memcpy(dst, src, n);
  while (n > 0) {
    n--;
    d[n] = s[n];
  }
  return dst;
}

void *memset(void *dst, int c, size_t n) {
  unsigned char *d = dst;
  while (n > 0) {
    *d++ = (unsigned char)c;
    n--;
  }
  return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
  const unsigned char *p = a;
  const unsigned char *q = b;
  for (; n > 0; n--, p++, q++) {
    if (*p != *q) return *p - *q;
  }
  return 0;
}

void *memchr(const void *s, int c, size_t n) {
  const unsigned char *p = s;
  for (; n > 0; n--, p++) {
    if (*p == (unsigned char)c) return (void *)p;
  }
  return NULL;
}

size_t strlen(const char *s) {
  size_t n = 0;
  while (s[n] != '\0') n++;
  return n;
}

size_t strnlen(const char *s, size_t max) {
  size_t n = 0;
  while (n < max && s[n] != '\0') n++;
  return n;
}

char *strcpy(char *dst, const char *src) {
  char *d = dst;
  while ((*d++ = *src++) != '\0') {
  }
  return dst;
}

char *strncpy(char *dst, const char *src, size_t n) {
  size_t i = 0;
  for (; i < n && src[i] != '\0'; i++) dst[i] = src[i];
  for (; i < n; i++) dst[i] = '\0';
  return dst;
}

char *strcat(char *dst, const char *src) {
  strcpy(dst + strlen(dst), src);
  return dst;
}

char *strncat(char *dst, const char *src, size_t n) {
  char *d = dst + strlen(dst);
  while (n > 0 && *src != '\0') {
    *d++ = *src++;
    n--;
  }
  *d = '\0';
  return dst;
}

int strcmp(const char *a, const char *b) {
  const unsigned char *p = (const unsigned char *)a;
  const unsigned char *q = (const unsigned char *)b;
  while (*p != '\0' && *p == *q) {
    p++;
    q++;
  }
  return *p - *q;
}

int strncmp(const char *a, const char *b, size_t n) {
  const unsigned char *p = (const unsigned char *)a;
  const unsigned char *q = (const unsigned char *)b;
  for (; n > 0; n--, p++, q++) {
    if (*p != *q) return *p - *q;
    if (*p == '\0') return 0;
  }
  return 0;
}

char *strchr(const char *s, int c) {
  char ch = (char)c;
  for (;; s++) {
    if (*s == ch) return (char *)s;
    if (*s == '\0') return NULL;
  }
}

char *strrchr(const char *s, int c) {
  char ch = (char)c;
  const char *found = NULL;
  for (;; s++) {
    if (*s == ch) found = s;
    if (*s == '\0') return (char *)found;
  }
}

char *strstr(const char *haystack, const char *needle) {
  size_t n = strlen(needle);
  for (; *haystack != '\0'; haystack++) {
    if (strncmp(haystack, needle, n) == 0) return (char *)haystack;
  }
  if (n == 0) return (char *)haystack;
  return NULL;
}

char *strdup(const char *s) {
  return strndup(s, strlen(s));
}

char *strndup(const char *s, size_t n) {
  size_t len = strnlen(s, n);
  char *copy = malloc(len + 1);
  if (copy == NULL) return NULL;
  memcpy(copy, s, len);
  copy[len] = '\0';
  return copy;
}

size_t strspn(const char *s, const char *accept) {
  size_t n = 0;
  while (s[n] != '\0' && strchr(accept, s[n]) != NULL) n++;
  return n;
}

size_t strcspn(const char *s, const char *reject) {
  size_t n = 0;
  while (s[n] != '\0' && strchr(reject, s[n]) == NULL) n++;
  return n;
}

char *strpbrk(const char *s, const char *accept) {
  s += strcspn(s, accept);
  if (*s == '\0') return NULL;
  return (char *)s;
}

static char *__shuttle_strtok_next;

char *strtok(char *s, const char *delim) {
  char *token;
  if (s == NULL) s = __shuttle_strtok_next;
  if (s == NULL) return NULL;
  s += strspn(s, delim);
  if (*s == '\0') {
    __shuttle_strtok_next = NULL;
    return NULL;
  }
  token = s;
  s += strcspn(s, delim);
  if (*s == '\0') {
    __shuttle_strtok_next = NULL;
  } else {
    *s = '\0';
    __shuttle_strtok_next = s + 1;
  }
  return token;
}
