/* Stand-in for Shuttle's <shuttle.h> used only when gcc produces the expected outputs of
   test/programs/migrate (test/migrate/gen-expected.sh): migrate() to a known ISA succeeds (returns 0)
   as it does under Shuttle, so the expected output is that of a program that migrated. Programs print
   current_isa() only to stderr, whose content is not compared. */
#ifndef SHUTTLE_TRUTH_SHUTTLE_H
#define SHUTTLE_TRUTH_SHUTTLE_H
#include <string.h>
static const char *truth_isa = "rv32";
static const char *current_isa(void) { return truth_isa; }
static int migrate(const char *isa) {
    if (strcmp(isa, "rv32") != 0 && strcmp(isa, "m68k") != 0 && strcmp(isa, "x86_64") != 0) return -1;
    truth_isa = isa;
    return 0;
}
static void migration_point(void) { }
#endif
