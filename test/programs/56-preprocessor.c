/* expect-exit: 0 */
/* The preprocessor: object and function-like macros, nesting, #if arithmetic, #ifdef/#ifndef/#elif, #undef,
   # stringification and ## pasting, multi-line macros, predefined __LINE__. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SQUARE(x) ((x) * (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define TWICE(f, x) f(f(x))
#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define VERSION 3
#define SWAP(t, a, b) do { t tmp_ = (a); (a) = (b); (b) = tmp_; } while (0)
#define SUM3(a, b, c) \
    ((a) + \
     (b) + (c))
#define EMPTY
#define LIMIT (VERSION * 10 + 2)

#if VERSION >= 3 && defined(SQUARE)
#define FEATURE "new"
#elif VERSION == 2
#define FEATURE "old"
#else
#define FEATURE "ancient"
#endif

#ifndef UNDEFINED_THING
#define HAVE_DEFAULT 1
#endif

#define TEMP 5
#undef TEMP
#ifdef TEMP
#error TEMP should be undefined
#endif

#if (1 << 4) != 16 || -1 > 0
#error arithmetic in #if is wrong
#endif

int main(void) {
    int CAT(my, var) = 7, x = 3, y = 4;
    printf("SQUARE(x+1) %d, MAX %d, TWICE %d\n", SQUARE(x + 1), MAX(x, y), TWICE(SQUARE, 3));
    printf("STR %s XSTR %s\n", STR(hello world), XSTR(VERSION));
    printf("pasted %d\n", myvar);
    SWAP(int, x, y);
    printf("swapped %d %d\n", x, y);
    printf("SUM3 %d, LIMIT %d, FEATURE %s, HAVE_DEFAULT %d\n", SUM3(1, 2, 3), LIMIT, FEATURE, HAVE_DEFAULT);
    printf("line %d\n", __LINE__);
    printf("empty%sok\n", EMPTY "-");
#if 0
    this is not compiled;
#endif
#ifdef HAVE_DEFAULT
    printf("ifdef taken\n");
#else
    printf("ifdef not taken\n");
#endif
    printf("strlen(STR(abc)) %d\n", (int)strlen(STR(abc)));
    return 0;
}
