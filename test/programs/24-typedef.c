/* expect-exit: 0 */
/* typedef: scalars, pointers, arrays, structs (incl. self-referential), function types, shadowing in scopes. */
#include <stdio.h>

typedef int number;
typedef number *numptr;
typedef unsigned char byte;
typedef byte block[4];
typedef struct pair { number first, second; } pair;
typedef struct chain chain;
struct chain { int v; chain *next; };
typedef int transform(int);
typedef transform *transform_ptr;
typedef const char *string;

static int twice(int x) { return 2 * x; }
static pair make_pair(number a, number b) { pair p; p.first = a; p.second = b; return p; }

int main(void) {
    number n = 5;
    numptr np = &n;
    block b = { 1, 2, 3, 250 };
    pair p = make_pair(3, 4);
    chain c2 = { 2, NULL }, c1 = { 1, &c2 };
    transform_ptr t = twice;
    string s = "typedef'd string";
    int total = 0, i;
    *np += 1;
    for (i = 0; i < 4; i++) total += b[i];
    printf("n %d total %d sizeof(block) %d\n", n, total, (int)sizeof(block));
    printf("pair %d %d\n", p.first, p.second);
    printf("chain %d %d\n", c1.v, c1.next->v);
    printf("twice %d\n", t(21));
    printf("%s\n", s);
    {
        typedef long number;
        number big = 100000L;
        printf("inner number %ld size %d\n", big * 3, (int)sizeof(number));
    }
    {
        int number = 9;
        printf("variable named number %d\n", number);
    }
    return 0;
}
