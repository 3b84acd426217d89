/* Shuttle runtime: <shuttle.h> — Shuttle's own services: process-originated migration between
   ISAs, the name of the ISA the program runs on, and explicit migration points. Under
   qemu-user, migrate() returns -1 and migration_point() does nothing. */
#ifndef __SHUTTLE_SHUTTLE_H
#define __SHUTTLE_SHUTTLE_H

int migrate(const char *isa);     /* process-originated migration; 0 on success */
const char *current_isa(void);    /* "rv32", "m68k", "x86_64" */
void migration_point(void);       /* an explicit point, a no-op unless a migration is pending */

#endif
