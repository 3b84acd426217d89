/* The adapter tests' main program: a struct, an array, a global, a call in a loop, output. */
#include <stdio.h>
struct point { int x; int y; };
int g_counter = 7;
int square(int n) {
    int r = n * n;
    return r;
}
int main(int argc, char **argv) {
    struct point p;
    int arr[3];
    int i;
    p.x = 3;
    p.y = 4;
    for (i = 0; i < 3; i++) arr[i] = square(i + 1);
    printf("sum %d\n", arr[0] + arr[1] + arr[2] + p.x * p.y);
    g_counter = g_counter + argc;
    return 0;
}
