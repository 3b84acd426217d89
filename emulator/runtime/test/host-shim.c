/* Host test shim for the Shuttle runtime: lets host gcc build the runtime (with the built-in
   headers, no libc) into a static Linux executable for i386 or x86-64. It supplies what
   Shuttle's compiler and backends supply on the real targets: _start and __syscall. */

long __syscall(long n, ...) {
  long r;
  long a;
  long b;
  long c;
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  a = __builtin_va_arg(ap, long);
  b = __builtin_va_arg(ap, long);
  c = __builtin_va_arg(ap, long);
  __builtin_va_end(ap);
#if defined(__x86_64__)
  __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
#else
  __asm__ volatile("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c) : "memory");
#endif
  return r;
}

void __shuttle_start(int argc, char **argv);

#if defined(__x86_64__)
__asm__(".globl _start\n_start:\n  mov (%rsp), %rdi\n  lea 8(%rsp), %rsi\n  and $-16, %rsp\n  call __shuttle_start\n  hlt\n");
#else
__asm__(".globl _start\n_start:\n  mov (%esp), %eax\n  lea 4(%esp), %edx\n  and $-16, %esp\n  sub $8, %esp\n  push %edx\n  push %eax\n  call __shuttle_start\n  hlt\n");
#endif

#if !defined(__x86_64__)
/* gcc's own 64-bit division helpers on i386, routed to the runtime's (which are what
   legalize.ts calls on Shuttle's 32-bit targets), so the host build exercises them too. */
unsigned long long __shuttle_udivdi3(unsigned long long a, unsigned long long b);
unsigned long long __shuttle_umoddi3(unsigned long long a, unsigned long long b);
long long __shuttle_divdi3(long long a, long long b);
long long __shuttle_moddi3(long long a, long long b);
unsigned long long __udivdi3(unsigned long long a, unsigned long long b) { return __shuttle_udivdi3(a, b); }
unsigned long long __umoddi3(unsigned long long a, unsigned long long b) { return __shuttle_umoddi3(a, b); }
long long __divdi3(long long a, long long b) { return __shuttle_divdi3(a, b); }
long long __moddi3(long long a, long long b) { return __shuttle_moddi3(a, b); }
#endif
