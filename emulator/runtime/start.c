/* Shuttle runtime: the C side of program start. Each backend's _start passes argc and argv
   here; main may be defined as `int main(void)` or `int main(int, char **)` (calling it with
   two arguments is harmless under both ABIs). Its result becomes the exit status. */
#include <stdlib.h>

int main(int argc, char **argv);

/* The program's name (argv[0] without its directories) for messages such as assert's. A
   copy, not a pointer into the initial stack, so the runtime's globals never point outside
   the program's own objects (a migration translates them as plain values). */
char __shuttle_progname[32] = "shuttle";

static void __shuttle_set_progname(const char *path) {
  const char *base = path;
  int i;
  for (; *path != '\0'; path++) {
    if (*path == '/') base = path + 1;
  }
  for (i = 0; i < 31 && base[i] != '\0'; i++) __shuttle_progname[i] = base[i];
  __shuttle_progname[i] = '\0';
}

void __shuttle_start(int argc, char **argv) {
  if (argc > 0 && argv[0] != NULL) __shuttle_set_progname(argv[0]);
  exit(main(argc, argv));
}
