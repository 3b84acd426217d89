/* Stand-in for Shuttle's built-in <shuttle.h>, used only when a real C compiler (gcc) produces the
   expected outputs of test/programs (see test/helpers/gen-expected.sh). It behaves as Shuttle's
   runtime does under qemu-user: migration is unavailable. */
#ifndef SHUTTLE_TRUTH_SHUTTLE_H
#define SHUTTLE_TRUTH_SHUTTLE_H
#ifdef TRUTH_M68K
static const char *current_isa(void) { return "m68k"; }
#else
static const char *current_isa(void) { return "rv32"; }
#endif
static int migrate(const char *isa) { (void)isa; return -1; }
static void migration_point(void) { }
#endif
