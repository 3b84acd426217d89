/* Shuttle runtime: <assert.h> — assert(expr) prints glibc's message to stderr and aborts
   (exit status 134) when expr is false; NDEBUG turns it off. */
#undef assert
#ifdef NDEBUG
#define assert(expr) ((void)0)
#else
void __shuttle_assert_fail(const char *expr, const char *file, int line);
#define assert(expr) ((expr) ? (void)0 : __shuttle_assert_fail(#expr, __FILE__, __LINE__))
#endif
