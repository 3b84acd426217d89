/* A program that migrates itself: migrate() to every other ISA in turn, and migration_point(). */
#include <stdio.h>
#include <shuttle.h>

int twice(int x) {
    migration_point();
    return 2 * x;
}

int main(int argc, char **argv) {
    int v = 21;
    printf("start on %s\n", current_isa());
    if (migrate(argc > 1 ? argv[1] : "m68k") != 0) printf("refused\n");
    printf("now on %s\n", current_isa());
    v = twice(v);
    printf("v = %d\n", v);
    return 0;
}
