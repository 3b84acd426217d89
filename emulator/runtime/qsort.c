/* Shuttle runtime: qsort and bsearch.
   qsort is a stable in-place merge sort: insertion sort on runs of 16 elements, then runs are
   merged pairwise with the rotation-based "SymMerge" of Kim and Kutzner (2004). It needs no
   heap memory (nothing for a migration to translate) and no deep recursion, and equal
   elements keep their order, as with glibc's merge sort.
   Both keep the element size as a pointer distance (the second element's address), never as a
   number, while they call the comparator: a program migrated inside a comparator to an ISA
   where the elements have another size (a pointer or long: 4 bytes on rv32 and m68k, 8 on
   x86_64) gets that pointer translated to the target's second element, so the size follows.
   Everything else they keep across the call is an element index. */
#include <stdlib.h>

struct __shuttle_sort {
  char *base;
  /* base + the element size: the size as a distance (see above) */
  char *second;
  int (*compare)(const void *, const void *);
};

static size_t __shuttle_size(struct __shuttle_sort *s) {
  return (size_t)(s->second - s->base);
}

static int __shuttle_less(struct __shuttle_sort *s, size_t i, size_t j) {
  return s->compare(s->base + i * __shuttle_size(s), s->base + j * __shuttle_size(s)) < 0;
}

static void __shuttle_swap(struct __shuttle_sort *s, size_t i, size_t j) {
  size_t size = __shuttle_size(s);
  char *p = s->base + i * size;
  char *q = s->base + j * size;
  size_t k;
  for (k = 0; k < size; k++) {
    char t = p[k];
    p[k] = q[k];
    q[k] = t;
  }
}

/* Sorts elements [a, b). */
static void __shuttle_insertion(struct __shuttle_sort *s, size_t a, size_t b) {
  size_t i;
  size_t j;
  for (i = a + 1; i < b; i++) {
    for (j = i; j > a && __shuttle_less(s, j, j - 1); j--) __shuttle_swap(s, j, j - 1);
  }
}

/* Swaps the n elements starting at a with the n elements starting at b. */
static void __shuttle_swap_range(struct __shuttle_sort *s, size_t a, size_t b, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) __shuttle_swap(s, a + i, b + i);
}

/* Exchanges the blocks [a, m) and [m, b). */
static void __shuttle_rotate(struct __shuttle_sort *s, size_t a, size_t m, size_t b) {
  size_t i = m - a;
  size_t j = b - m;
  while (i != j) {
    if (i > j) {
      __shuttle_swap_range(s, m - i, m, j);
      i -= j;
    } else {
      __shuttle_swap_range(s, m - i, m + j - i, i);
      j -= i;
    }
  }
  __shuttle_swap_range(s, m - i, m, i);
}

/* Merges [a, m) with [m, b) when the left part is one element: binary search and shift. */
static void __shuttle_merge_one_left(struct __shuttle_sort *s, size_t a, size_t m, size_t b) {
  size_t lo = m;
  size_t hi = b;
  size_t k;
  while (lo < hi) {
    size_t h = lo + (hi - lo) / 2;
    if (__shuttle_less(s, h, a)) lo = h + 1;
    else hi = h;
  }
  for (k = a; k + 1 < lo; k++) __shuttle_swap(s, k, k + 1);
}

/* Merges [a, m) with [m, b) when the right part is one element. */
static void __shuttle_merge_one_right(struct __shuttle_sort *s, size_t a, size_t m) {
  size_t lo = a;
  size_t hi = m;
  size_t k;
  while (lo < hi) {
    size_t h = lo + (hi - lo) / 2;
    if (!__shuttle_less(s, m, h)) lo = h + 1;
    else hi = h;
  }
  for (k = m; k > lo; k--) __shuttle_swap(s, k, k - 1);
}

/* Merges the sorted blocks [a, m) and [m, b) in place, stably. */
static void __shuttle_merge(struct __shuttle_sort *s, size_t a, size_t m, size_t b) {
  size_t mid;
  size_t n;
  size_t start;
  size_t r;
  size_t end;
  if (m - a == 1) {
    __shuttle_merge_one_left(s, a, m, b);
    return;
  }
  if (b - m == 1) {
    __shuttle_merge_one_right(s, a, m);
    return;
  }
  mid = a + (b - a) / 2;
  n = mid + m;
  if (m > mid) {
    start = n - b;
    r = mid;
  } else {
    start = a;
    r = m;
  }
  while (start < r) {
    size_t c = start + (r - start) / 2;
    if (!__shuttle_less(s, n - 1 - c, c)) start = c + 1;
    else r = c;
  }
  end = n - start;
  if (start < m && m < end) __shuttle_rotate(s, start, m, end);
  if (a < start && start < mid) __shuttle_merge(s, a, start, mid);
  if (mid < end && end < b) __shuttle_merge(s, mid, end, b);
}

void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *)) {
  struct __shuttle_sort s;
  size_t run = 16;
  size_t a;
  if (count < 2) return;
  s.base = base;
  s.second = s.base + size;
  s.compare = compare;
  for (a = 0; a < count; a += run) __shuttle_insertion(&s, a, a + run < count ? a + run : count);
  for (; run < count; run *= 2) {
    for (a = 0; a + run < count; a += 2 * run) {
      size_t b = a + 2 * run < count ? a + 2 * run : count;
      __shuttle_merge(&s, a, a + run, b);
    }
  }
}

void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*compare)(const void *, const void *)) {
  const char *first = base;
  /* the size as a distance (see above), worked out again after each compare(): no size_t is
     live across the call */
  const char *second = first + size;
  const char *lo = base;
  while (count > 0) {
    const char *mid = lo + (count / 2) * (size_t)(second - first);
    int c = compare(key, mid);
    if (c == 0) return (void *)mid;
    if (c > 0) {
      lo = mid + (size_t)(second - first);
      count = count - count / 2 - 1;
    } else {
      count = count / 2;
    }
  }
  return NULL;
}
