/* Runtime test: 64-bit division and remainder (on the 32-bit targets every 64-bit `/` and `%`
   is a call of __shuttle_{u,}{div,mod}di3). Expected output: glibc/libgcc's. */
#include <stdio.h>

static const long long values[] = {
  0, 1, -1, 2, -2, 3, 7, -7, 10, 1000000007, -1000000007, 2147483647, -2147483648LL, 4294967295LL,
  4294967296LL, -4294967296LL, 12345678901234LL, -12345678901234LL, 9223372036854775807LL,
  -9223372036854775807LL - 1, 0x7fffffff00000000LL, 0x00000001ffffffffLL, 1LL << 62, -(1LL << 40) + 3,
};

static unsigned long long state = 88172645463325252ULL;

/* xorshift64: operands of every magnitude, from 1 bit to 64 bits. */
static long long random_operand(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return (long long)(state >> (state & 63));
}

static void random_pairs(void) {
  unsigned long long check = 0;
  int i;
  for (i = 0; i < 400; i++) {
    long long a = random_operand();
    long long b = random_operand();
    if ((state & 0x300) == 0) a = -a;
    if ((state & 0xc00) == 0) b = -b;
    if (b == 0) b = 3;
    check = check * 1000003 + (unsigned long long)(a / b);
    check = check * 1000003 + (unsigned long long)(a % b);
    check = check * 1000003 + (unsigned long long)a / (unsigned long long)b;
    check = check * 1000003 + (unsigned long long)a % (unsigned long long)b;
  }
  printf("random %llx\n", check);
}

int main(void) {
  int n = (int)(sizeof(values) / sizeof(values[0]));
  int i;
  int j;
  unsigned long long check = 0;
  for (i = 0; i < n; i++) {
    for (j = 0; j < n; j++) {
      long long a = values[i];
      long long b = values[j];
      unsigned long long ua = (unsigned long long)a;
      unsigned long long ub = (unsigned long long)b;
      if (b == 0) continue;
      if (b == -1 && a == -9223372036854775807LL - 1) continue;
      printf("%lld %lld: %lld %lld %llu %llu\n", a, b, a / b, a % b, ua / ub, ua % ub);
      check = check * 31 + (unsigned long long)(a / b) + (unsigned long long)(a % b) + ua / ub + ua % ub;
    }
  }
  printf("check %llx\n", check);
  random_pairs();
  return 0;
}
