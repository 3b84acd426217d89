/* Runtime test: a random mix of malloc, calloc, realloc and free with every block's contents
   checked, so a broken allocator (overlapping or lost blocks, bad merging of free blocks)
   shows. On Shuttle's machine it exercises the private heap calls; on the host and under
   qemu-user, the runtime's brk allocator. Expected output: glibc's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 40

static unsigned char *blocks[SLOTS];
static size_t sizes[SLOTS];
static unsigned int seed = 7;

static unsigned int next(void) {
  seed = seed * 1103515245u + 12345u;
  return seed >> 8;
}

static int intact(int i) {
  size_t k;
  for (k = 0; k < sizes[i]; k++) {
    if (blocks[i][k] != (unsigned char)(i * 7 + k)) return 0;
  }
  return 1;
}

static int zeroed(const unsigned char *p, size_t n) {
  size_t k;
  for (k = 0; k < n; k++) {
    if (p[k] != 0) return 0;
  }
  return 1;
}

static void fill(int i, size_t from) {
  size_t k;
  for (k = from; k < sizes[i]; k++) blocks[i][k] = (unsigned char)(i * 7 + k);
}

static int step(void) {
  int i = (int)(next() % SLOTS);
  size_t n = next() % 200 + (next() % 8 == 0 ? 3000 : 0);
  size_t old = sizes[i];
  int ok = blocks[i] == NULL || intact(i);
  switch (next() % 4) {
  case 0:
    free(blocks[i]);
    blocks[i] = NULL;
    sizes[i] = 0;
    return ok;
  case 1:
    blocks[i] = realloc(blocks[i], n);
    sizes[i] = n;
    fill(i, old < n ? old : n);
    return ok && intact(i);
  default:
    free(blocks[i]);
    if (next() % 2) {
      blocks[i] = malloc(n);
    } else {
      blocks[i] = calloc(n, 1);
      ok = ok && zeroed(blocks[i], n);
    }
    sizes[i] = n;
    fill(i, 0);
    return ok && ((unsigned long)blocks[i] % 8) == 0;
  }
}

int main(void) {
  int i;
  int good = 0;
  for (i = 0; i < 1500; i++) good += step();
  for (i = 0; i < SLOTS; i++) {
    if (blocks[i] != NULL) good += intact(i);
    free(blocks[i]);
  }
  printf("%d checks passed\n", good);
  return 0;
}
