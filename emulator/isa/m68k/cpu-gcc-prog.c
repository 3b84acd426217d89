// A freestanding C program for cpu-gcc.test.ts: gcc -m68020 compiles it to a wide mix of 68020
// instructions (movem, dbra, bit fields, index modes, jump tables, 64-bit arithmetic via libgcc),
// and the 68020 CPU must print exactly what qemu-m68k prints.
typedef unsigned int u32;
void *memcpy(void *d, const void *s, unsigned long n) { char *p = d; const char *q = s; while (n--) *p++ = *q++; return d; }
void *memset(void *d, int c, unsigned long n) { char *p = d; while (n--) *p++ = (char)c; return d; }
static long sys3(long n, long a, long b, long c) {
  register long d0 __asm__("d0") = n; register long d1 __asm__("d1") = a;
  register long d2 __asm__("d2") = b; register long d3 __asm__("d3") = c;
  __asm__ volatile("trap #0" : "+r"(d0) : "r"(d1), "r"(d2), "r"(d3) : "memory");
  return d0;
}
static char obuf[8192]; static int olen;
static void putc_(char c) { obuf[olen++] = c; }
static void puts_(const char *s) { while (*s) putc_(*s++); }
static void putu(u32 v) { char t[12]; int n = 0; do { t[n++] = '0' + v % 10; v /= 10; } while (v); while (n) putc_(t[--n]); }
static void puti(int v) { if (v < 0) { putc_('-'); putu(-(u32)v); } else putu(v); }
struct S { char c; short s; int i; long long ll; unsigned char b[7]; };
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static void sort(int *a, int n) { for (int i = 1; i < n; i++) { int v = a[i], j = i - 1; while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; } }
__attribute__((noinline)) static int sw(int x) {
  switch (x) { case 0: return 11; case 1: return 22; case 2: return 35; case 3: return 47; case 4: return 51; case 5: return 69; case 6: return 73; case 7: return 88; default: return -1; }
}
__attribute__((noinline)) static long long mul64(long long a, long long b) { return a * b + (a >> 3) - (b << 5); }
__attribute__((noinline)) static unsigned long long shr64(unsigned long long a, int n) { return a >> n; }
__attribute__((noinline)) static int many(int a, int b, int c, int d, int e, int f, int g, int h) { return a - b + c * d - e / (f | 1) + (g ^ h); }
static u32 seed = 1;
static u32 rnd(void) { seed = seed * 1103515245u + 12345u; return seed >> 8; }
int sum_struct(struct S *s, int n) { int t = 0; for (int i = 0; i < n; i++) t += s[i].c + s[i].s + s[i].i + (int)s[i].ll + s[i].b[i % 7]; return t; }
void _start_c(void) {
  int a[200]; struct S ss[20], tt[20];
  for (int i = 0; i < 200; i++) a[i] = (int)rnd() - 0x400000;
  sort(a, 200);
  u32 h = 0; for (int i = 0; i < 200; i++) h = h * 33 + (u32)a[i];
  puts_("sort "); putu(h); putc_('\n');
  for (int i = 0; i < 20; i++) { ss[i].c = (char)rnd(); ss[i].s = (short)rnd(); ss[i].i = (int)rnd(); ss[i].ll = (long long)rnd() << 20; for (int k = 0; k < 7; k++) ss[i].b[k] = (unsigned char)rnd(); }
  for (int i = 0; i < 20; i++) tt[i] = ss[19 - i];
  puts_("struct "); puti(sum_struct(tt, 20)); putc_('\n');
  int t = 0; for (int i = -3; i < 12; i++) t = t * 7 + sw(i);
  puts_("switch "); puti(t); putc_('\n');
  long long m = 1; for (int i = 1; i < 30; i++) m = mul64(m + i, (long long)rnd() - 5000000);
  puts_("mul64 "); puti((int)(m >> 32)); putc_(' '); puti((int)m); putc_('\n');
  puts_("shr64 "); for (int i = 0; i < 64; i += 7) { putu((u32)shr64(0xfedcba9876543210ull, i)); putc_(' '); } putc_('\n');
  int acc = 0; for (int i = 0; i < 50; i++) acc += many((int)rnd(), (int)rnd(), i, i + 1, (int)rnd(), (int)rnd(), i * 3, (int)rnd());
  puts_("many "); puti(acc); putc_('\n');
  char str[64]; const char *src = "The quick brown fox jumps over the lazy dog";
  int n = 0; while (src[n]) { str[n] = src[n] >= 'a' && src[n] <= 'z' ? src[n] - 32 : src[n]; n++; } str[n] = 0;
  puts_(str); putc_('\n');
  unsigned short us[16]; signed char sc[16];
  for (int i = 0; i < 16; i++) { us[i] = (unsigned short)(rnd() * 7); sc[i] = (signed char)rnd(); }
  int q = 0; for (int i = 0; i < 16; i++) q += us[i] / (sc[i] | 1) + us[i] % 13 - (sc[i] >> 2) + (us[i] << (i & 7));
  puts_("narrow "); puti(q); putc_('\n');
  sys3(4, 1, (long)obuf, olen);
  sys3(1, 0, 0, 0);
}
__asm__(".globl _start\n_start:\n jsr _start_c\n");
