/* Shuttle runtime: <stdarg.h> — va_list and its macros, mapped to the compiler's builtins.
   Only runtime sources may define variadic functions; user code may include this header
   (for example to declare a function taking a va_list). va_list is a plain `char *`. */
#ifndef __SHUTTLE_STDARG_H
#define __SHUTTLE_STDARG_H

typedef __builtin_va_list va_list;

#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)
#ifdef __SHUTTLE__
#define va_copy(dst, src) ((dst) = (src))
#else
#define va_copy(dst, src) __builtin_va_copy(dst, src)
#endif

#endif
