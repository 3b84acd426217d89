/* expect-error: 3:2: invalid preprocessing directive */
#include <stdio.h>
#frobnicate
int main(void) { return 0; }
