/* Runtime test (host build only): <shuttle.h> where Shuttle's private system calls answer
   -ENOSYS, as under qemu-user: migrate() is refused and migration_point() does nothing. */
#include <stdio.h>
#include <shuttle.h>

int main(void) {
  printf("%d ", migrate("m68k"));
  migration_point();
  printf("%s\n", current_isa());
  return 0;
}
