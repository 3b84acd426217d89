/* Shuttle runtime: <stddef.h> — NULL, size_t, ssize_t, ptrdiff_t and offsetof. */
#ifndef __SHUTTLE_STDDEF_H
#define __SHUTTLE_STDDEF_H

#include "_shuttle_types.h"

/* The compiler folds this to an integer constant (usable in array sizes and case labels). */
#define offsetof(type, member) ((size_t)&(((type *)0)->member))

#endif
