/* Shuttle runtime: 64-bit division and remainder for the 32-bit targets. legalize.ts turns
   every 64-bit `/` and `%` into calls of these; they use only shifts, compares, add and sub
   on 64-bit values (which legalize expands inline), never a 64-bit `/` or `%`; divisors
   below 65536 (printf's 10, 8, 16) take a fast path of four 32-bit divisions.
   C semantics: the quotient is truncated toward zero, the remainder has the dividend's sign. */

typedef unsigned long long u64;

/* n / d for 0 < d < 65536: long division on 16-bit digits, each step a 32-bit division. */
static u64 __shuttle_udivmod_small(u64 n, unsigned int d, u64 *rem) {
  u64 q = 0;
  unsigned int r = 0;
  int shift;
  for (shift = 48; shift >= 0; shift -= 16) {
    unsigned int cur = (r << 16) | ((unsigned int)(n >> shift) & 0xffff);
    q = (q << 16) | (cur / d);
    r = cur % d;
  }
  *rem = r;
  return q;
}

/* The index of the highest set bit of n (n != 0). */
static int __shuttle_top_bit(u64 n) {
  unsigned int hi = (unsigned int)(n >> 32);
  unsigned int w = hi != 0 ? hi : (unsigned int)n;
  int i = hi != 0 ? 32 : 0;
  while (w > 1) {
    w >>= 1;
    i++;
  }
  return i;
}

/* Divides n by d (d != 0); stores the remainder in *rem. Small cases use 32-bit division;
   the general case is shift and subtract from n's highest set bit. */
static u64 __shuttle_udivmod(u64 n, u64 d, u64 *rem) {
  u64 q = 0;
  u64 r = 0;
  int i;
  if ((n >> 32) == 0 && (d >> 32) == 0) {
    unsigned int n32 = (unsigned int)n;
    unsigned int d32 = (unsigned int)d;
    *rem = n32 % d32;
    return n32 / d32;
  }
  if (d < 65536) return __shuttle_udivmod_small(n, (unsigned int)d, rem);
  for (i = __shuttle_top_bit(n); i >= 0; i--) {
    r = (r << 1) | ((n >> i) & 1);
    if (r >= d) {
      r -= d;
      q |= (u64)1 << i;
    }
  }
  *rem = r;
  return q;
}

/* Division by zero: a 32-bit division by zero behaves as the ISA's own division does. */
static u64 __shuttle_div_zero(u64 n) {
  unsigned int zero = 0;
  return (unsigned int)n / zero;
}

static u64 __shuttle_magnitude(long long v) {
  if (v < 0) return -(u64)v;
  return (u64)v;
}

unsigned long long __shuttle_udivdi3(unsigned long long a, unsigned long long b) {
  u64 r;
  if (b == 0) return __shuttle_div_zero(a);
  return __shuttle_udivmod(a, b, &r);
}

unsigned long long __shuttle_umoddi3(unsigned long long a, unsigned long long b) {
  u64 r;
  if (b == 0) return __shuttle_div_zero(a);
  __shuttle_udivmod(a, b, &r);
  return r;
}

long long __shuttle_divdi3(long long a, long long b) {
  u64 r;
  u64 q;
  if (b == 0) return (long long)__shuttle_div_zero((u64)a);
  q = __shuttle_udivmod(__shuttle_magnitude(a), __shuttle_magnitude(b), &r);
  if ((a < 0) != (b < 0)) return (long long)-q;
  return (long long)q;
}

long long __shuttle_moddi3(long long a, long long b) {
  u64 r;
  if (b == 0) return (long long)__shuttle_div_zero((u64)a);
  __shuttle_udivmod(__shuttle_magnitude(a), __shuttle_magnitude(b), &r);
  if (a < 0) return (long long)-r;
  return (long long)r;
}
