/* expect-exit: 0 */
/* <shuttle.h>: current_isa() names the machine; migration_point() is a no-op when nothing is pending.
   (migrate() itself is exercised by the migration suite, not here.) */
#include <stdio.h>
#include <string.h>
#include <shuttle.h>

static int work(int n) { int i, s = 0; for (i = 0; i < n; i++) { s += i; migration_point(); } return s; }

int main(void) {
    const char *isa = current_isa();
    printf("running on %s\n", isa);
    printf("known isa: %d\n", strcmp(isa, "rv32") == 0 || strcmp(isa, "m68k") == 0);
    printf("work %d\n", work(100));
    printf("still on %s\n", current_isa());
    return 0;
}
