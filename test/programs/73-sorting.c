/* expect-exit: 0 */
/* Sorting algorithms written in C: quicksort (recursive), merge sort (with a heap buffer), heap sort and
   insertion sort over the same pseudo-random data; all must agree. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 500
static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
static void quick(int *v, int lo, int hi) {
    int p, i, j;
    if (lo >= hi) return;
    p = v[(lo + hi) / 2]; i = lo; j = hi;
    while (i <= j) { while (v[i] < p) i++; while (v[j] > p) j--; if (i <= j) { swap(&v[i], &v[j]); i++; j--; } }
    quick(v, lo, j); quick(v, i, hi);
}
static void merge_sort(int *v, int n, int *tmp) {
    int mid = n / 2, i = 0, j, k = 0;
    if (n < 2) return;
    merge_sort(v, mid, tmp); merge_sort(v + mid, n - mid, tmp);
    j = mid;
    while (i < mid && j < n) tmp[k++] = v[i] <= v[j] ? v[i++] : v[j++];
    while (i < mid) tmp[k++] = v[i++];
    while (j < n) tmp[k++] = v[j++];
    memcpy(v, tmp, (size_t)n * sizeof *v);
}
static void sift(int *v, int start, int end) {
    int root = start;
    while (2 * root + 1 <= end) {
        int child = 2 * root + 1, sw = root;
        if (v[sw] < v[child]) sw = child;
        if (child + 1 <= end && v[sw] < v[child + 1]) sw = child + 1;
        if (sw == root) return;
        swap(&v[root], &v[sw]); root = sw;
    }
}
static void heap_sort(int *v, int n) {
    int start, end;
    for (start = (n - 2) / 2; start >= 0; start--) sift(v, start, n - 1);
    for (end = n - 1; end > 0; end--) { swap(&v[end], &v[0]); sift(v, 0, end - 1); }
}
static void insertion(int *v, int n) {
    int i, j;
    for (i = 1; i < n; i++) { int k = v[i]; for (j = i - 1; j >= 0 && v[j] > k; j--) v[j + 1] = v[j]; v[j + 1] = k; }
}

int main(void) {
    static int a[N], b[N], c[N], d[N];
    int *tmp = malloc(N * sizeof(int));
    unsigned x = 2463534242u;
    int i, same = 1;
    long long check = 0;
    for (i = 0; i < N; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; a[i] = (int)(x % 20001) - 10000; }
    memcpy(b, a, sizeof a); memcpy(c, a, sizeof a); memcpy(d, a, sizeof a);
    quick(a, 0, N - 1); merge_sort(b, N, tmp); heap_sort(c, N); insertion(d, N);
    for (i = 0; i < N; i++) { if (a[i] != b[i] || b[i] != c[i] || c[i] != d[i]) same = 0; check = check * 7 + a[i]; }
    printf("agree %d min %d max %d median %d check %lld\n", same, a[0], a[N - 1], a[N / 2], check);
    free(tmp);
    return 0;
}
