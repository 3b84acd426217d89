/* Shuttle runtime: the basic types and NULL shared by the built-in headers.
   Included by stddef.h, stdio.h, stdlib.h and string.h; not meant to be included directly. */
#ifndef __SHUTTLE_TYPES_H
#define __SHUTTLE_TYPES_H

#ifndef NULL
#define NULL ((void *)0)
#endif

typedef unsigned long size_t;
typedef long ssize_t;
typedef long ptrdiff_t;

#endif
