/* Shuttle runtime: malloc, calloc, realloc and free.
   On Shuttle's machines these are Shuttle's private system calls: the host keeps the heap,
   which lets a migration know every heap block and its C type. When the first call answers
   -ENOSYS (under qemu-user), the runtime switches for good to its own allocator on `brk`:
   8-byte aligned blocks, each after an 8-byte header holding its size, and a first-fit free
   list kept in address order so that neighbouring free blocks merge. */
#include <stdlib.h>
#include <string.h>

#define __SHUTTLE_ENOSYS 38
#define __SHUTTLE_ALIGN 8

/* Header in front of every brk block: the 8 bytes before the payload hold `size` (the usable
   bytes after the header). `next` is used only while the block is free; on an LP64 target it
   lies in the first 8 payload bytes, which every block has. */
struct __shuttle_block {
  size_t size;
  struct __shuttle_block *next;   /* next free block (only while free) */
};

#define __SHUTTLE_HEADER 8

static int __shuttle_use_brk;                    /* 1 once the private calls said -ENOSYS */
static char *__shuttle_brk_end;                  /* the current program break */
static struct __shuttle_block *__shuttle_free_list;

static size_t __shuttle_round(size_t n) {
  if (n == 0) n = 1;
  return (n + __SHUTTLE_ALIGN - 1) & ~(size_t)(__SHUTTLE_ALIGN - 1);
}

static struct __shuttle_block *__shuttle_header(void *p) {
  return (struct __shuttle_block *)((char *)p - __SHUTTLE_HEADER);
}

static void *__shuttle_payload(struct __shuttle_block *b) {
  return (char *)b + __SHUTTLE_HEADER;
}

/* Grows the break by `bytes` (a multiple of 8); returns the old break or NULL. */
static char *__shuttle_sbrk(size_t bytes) {
  char *old;
  long got;
  if (__shuttle_brk_end == NULL) {
    long start = __syscall(__NR_brk, 0);
    __shuttle_brk_end = (char *)((start + __SHUTTLE_ALIGN - 1) & ~(long)(__SHUTTLE_ALIGN - 1));
  }
  old = __shuttle_brk_end;
  got = __syscall(__NR_brk, old + bytes);
  if ((char *)got != old + bytes) return NULL;
  __shuttle_brk_end = old + bytes;
  return old;
}

/* Splits block b so that it keeps `size` bytes, when the rest is worth a block of its own. */
static void __shuttle_split(struct __shuttle_block *b, size_t size) {
  struct __shuttle_block *rest;
  if (b->size < size + __SHUTTLE_HEADER + __SHUTTLE_ALIGN) return;
  rest = (struct __shuttle_block *)((char *)__shuttle_payload(b) + size);
  rest->size = b->size - size - __SHUTTLE_HEADER;
  b->size = size;
  free(__shuttle_payload(rest));
}

static void *__shuttle_brk_alloc(size_t n) {
  size_t size = __shuttle_round(n);
  struct __shuttle_block **link = &__shuttle_free_list;
  struct __shuttle_block *b;
  for (b = *link; b != NULL; link = &b->next, b = *link) {
    if (b->size >= size) {
      *link = b->next;
      __shuttle_split(b, size);
      return __shuttle_payload(b);
    }
  }
  b = (struct __shuttle_block *)__shuttle_sbrk(size + __SHUTTLE_HEADER);
  if (b == NULL) return NULL;
  b->size = size;
  return __shuttle_payload(b);
}

/* Merges b with the free block right after it, when they touch. */
static void __shuttle_merge_next(struct __shuttle_block *b) {
  struct __shuttle_block *n = b->next;
  if (n != NULL && (char *)__shuttle_payload(b) + b->size == (char *)n) {
    b->size += __SHUTTLE_HEADER + n->size;
    b->next = n->next;
  }
}

static void __shuttle_brk_free(void *p) {
  struct __shuttle_block *b = __shuttle_header(p);
  struct __shuttle_block *prev = NULL;
  struct __shuttle_block *cur = __shuttle_free_list;
  while (cur != NULL && cur < b) {
    prev = cur;
    cur = cur->next;
  }
  b->next = cur;
  __shuttle_merge_next(b);
  if (prev == NULL) {
    __shuttle_free_list = b;
  } else {
    prev->next = b;
    __shuttle_merge_next(prev);
  }
}

static void *__shuttle_brk_realloc(void *p, size_t n) {
  struct __shuttle_block *b = __shuttle_header(p);
  void *q;
  if (b->size >= n) return p;
  q = __shuttle_brk_alloc(n);
  if (q == NULL) return NULL;
  memcpy(q, p, b->size);
  __shuttle_brk_free(p);
  return q;
}

/* Asks the host for a block; NULL when it has none or when this is qemu (brk from now on). */
static void *__shuttle_host_alloc(size_t n, int zeroed) {
  long r;
  if (__shuttle_use_brk) return NULL;
  r = __syscall(__SHUTTLE_SYS_alloc, n, zeroed);
  if (r == -__SHUTTLE_ENOSYS) {
    __shuttle_use_brk = 1;
    return NULL;
  }
  return (void *)r;
}

void *malloc(size_t size) {
  void *p = __shuttle_host_alloc(size, 0);
  if (__shuttle_use_brk) p = __shuttle_brk_alloc(size);
  return p;
}

void *calloc(size_t count, size_t size) {
  size_t total = count * size;
  void *p;
  if (size != 0 && total / size != count) return NULL;
  p = __shuttle_host_alloc(total, 1);
  if (__shuttle_use_brk) {
    p = __shuttle_brk_alloc(total);
    if (p != NULL) memset(p, 0, total);
  }
  return p;
}

void *realloc(void *ptr, size_t size) {
  if (ptr == NULL) return malloc(size);
  if (__shuttle_use_brk) return __shuttle_brk_realloc(ptr, size);
  return (void *)__syscall(__SHUTTLE_SYS_realloc, ptr, size);
}

void free(void *ptr) {
  if (ptr == NULL) return;
  if (__shuttle_use_brk) {
    __shuttle_brk_free(ptr);
  } else {
    __syscall(__SHUTTLE_SYS_free, ptr);
  }
}
