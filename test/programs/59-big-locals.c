/* expect-exit: 0 */
/* Large local arrays and structs on the stack, deep recursion with sizeable frames, many parameters. */
#include <stdio.h>
#include <string.h>

struct blob { int data[256]; char name[32]; };

static long sum_frames(int depth) {
    int local[64];
    int i;
    long s = 0;
    for (i = 0; i < 64; i++) local[i] = depth + i;
    if (depth > 0) s = sum_frames(depth - 1);
    for (i = 0; i < 64; i++) s += local[i];
    return s;
}
static int many(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, long long k, char l, short m) {
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + (int)(k >> 32) + l + m;
}
static long long mixed(signed char a, long long b, short c, long long d, int e, unsigned char f, long long g, int h, int i, long long j) {
    return a + b + c + d + e + f + g + h + i + j;
}

int main(void) {
    int big[20000];
    struct blob blobs[4];
    int i;
    long total = 0;
    for (i = 0; i < 20000; i++) big[i] = i % 1000;
    for (i = 0; i < 20000; i++) total += big[i];
    printf("big total %ld\n", total);
    memset(blobs, 0, sizeof blobs);
    for (i = 0; i < 4; i++) { blobs[i].data[255] = i; strcpy(blobs[i].name, "blob"); blobs[i].name[4] = (char)('0' + i); }
    printf("%s %d %s %d\n", blobs[1].name, blobs[1].data[255], blobs[3].name, blobs[3].data[255]);
    printf("sum_frames(500) %ld\n", sum_frames(500));
    printf("many %d\n", many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0x500000000LL, 'A', -300));
    printf("mixed %lld\n", mixed(-1, 0x100000000LL, -2, -0x200000000LL, 3, 250, 7, -4, 5, 0x7FFFFFFFFFFFLL));
    return 0;
}
