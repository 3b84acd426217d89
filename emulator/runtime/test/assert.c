/* Runtime test: assert() — a true assertion passes, a false one prints glibc's message
   (without the function name) to stderr and aborts with status 134. */
#include <stdio.h>
#include <assert.h>

int main(void) {
  int x = 1;
  assert(x == 1);
  printf("before\n");
  assert(x + 1 == 3);
  printf("after\n");
  return 0;
}
