/* Shuttle runtime: <shuttle.h> — migration requests and the current ISA, through Shuttle's
   private system calls. Under qemu-user these calls return -ENOSYS: migrate() then returns -1
   and migration_point() does nothing. */
#include <shuttle.h>

int migrate(const char *isa) {
  long r = __syscall(__SHUTTLE_SYS_migrate, isa);
  if (r != 0) return -1;
  return 0;
}

/* The runtime is compiled for each ISA, so after a migration this is the target's answer. */
const char *current_isa(void) {
  return __SHUTTLE_ISA__;
}

void migration_point(void) {
  __syscall(__SHUTTLE_SYS_point);
}
