/* Runtime test: rand/srand, stdin reading, stderr, exit status. The harness runs it with
   stdin "first line\nsecond\nx" and checks its stdout against misc.expected (rand is the C
   standard's LCG, not glibc's generator, so no glibc build can give the expected text). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char line[8];
  int i;
  int c;
  for (i = 0; i < 5; i++) printf("%d ", rand());
  srand(42);
  for (i = 0; i < 5; i++) printf("%d ", rand());
  srand(1);
  printf("%d\n", rand());
  while (fgets(line, sizeof(line), stdin) != NULL) printf("<%s>", line);
  c = getchar();
  printf("\n%d %d\n", c, argc > 0 && strlen(argv[0]) > 0);
  fprintf(stderr, "to stderr\n");
  exit(7);
  return 0;
}
