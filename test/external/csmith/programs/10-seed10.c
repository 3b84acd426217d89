/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 10 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      10
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static int8_t safe_add_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_add_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a + (uint32_t)b); }
static uint32_t safe_add_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a + (uint32_t)b); }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static uint8_t safe_add_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a + (uint32_t)b); }
static int16_t safe_div_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a / b); }
static int32_t safe_div_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a / b); }
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
static int8_t safe_div_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint32_t safe_div_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint8_t safe_mod_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int16_t safe_unary_minus_func_int16_t_s(int16_t a) { return (a == (-32767 - 1)) ? a : (int16_t)-a; }
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
static uint16_t safe_unary_minus_func_uint16_t_u(uint16_t a) { return (uint16_t)(0u - (uint32_t)a); }
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   const uint64_t  f0;
   const int16_t  f1;
   uint16_t  f2;
   int64_t  f3;
   int32_t  f4;
};

struct S1 {
   uint64_t  f0;
   uint32_t  f1;
   uint64_t  f2;
   const uint32_t  f3;
   const struct S0  f4;
};

struct S2 {
   const uint16_t  f0;
   const uint16_t  f1;
   uint32_t  f2;
   uint64_t  f3;
};

struct S3 {
   int32_t  f0;
};

struct S4 {
   const int32_t  f0;
   uint8_t  f1;
   struct S3  f2;
};

union U5 {
   struct S3  f0;
   uint64_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static uint8_t g_20 = 1UL;
static const int8_t g_36 = 0x61L;
static struct S3 g_43[3][1] = {{{2L}},{{2L}},{{2L}}};
static int8_t g_48 = 0xD6L;
static struct S1 g_50 = {0UL,0x06DF3F18L,18446744073709551611UL,0x76FC58ACL,{1UL,0x84A8L,1UL,0x4C89AED293E35F20LL,-1L}};
static struct S1 *g_49 = &g_50;
static int32_t *g_51 = &g_43[1][0].f0;
static union U5 g_59 = {{9L}};
static uint8_t g_63 = 1UL;
static struct S1 g_94[5] = {{0UL,0x97919FD8L,3UL,0xC2E73AF2L,{0xC912EA93CC3ECA65LL,0L,0xA76BL,0xEF2B8E86F5F88D26LL,5L}},{0UL,0x97919FD8L,3UL,0xC2E73AF2L,{0xC912EA93CC3ECA65LL,0L,0xA76BL,0xEF2B8E86F5F88D26LL,5L}},{0UL,0x97919FD8L,3UL,0xC2E73AF2L,{0xC912EA93CC3ECA65LL,0L,0xA76BL,0xEF2B8E86F5F88D26LL,5L}},{0UL,0x97919FD8L,3UL,0xC2E73AF2L,{0xC912EA93CC3ECA65LL,0L,0xA76BL,0xEF2B8E86F5F88D26LL,5L}},{0UL,0x97919FD8L,3UL,0xC2E73AF2L,{0xC912EA93CC3ECA65LL,0L,0xA76BL,0xEF2B8E86F5F88D26LL,5L}}};
static struct S2 g_96 = {1UL,0UL,18446744073709551615UL,1UL};
static int16_t g_117 = 1L;
static int64_t g_120 = 5L;
static uint32_t g_122 = 0x7EDEB1F1L;
static int32_t **g_152 = &g_51;
static int32_t ** const *g_151 = &g_152;
static uint32_t g_154 = 4294967295UL;
static int16_t g_161 = 0x404DL;
static int16_t g_163 = 0x2319L;
static uint64_t g_164 = 0UL;
static struct S4 g_170 = {1L,0x18L,{0x2269A315L}};
static struct S4 g_173[5][5] = {{{0x8788541AL,0x1FL,{0L}},{-1L,7UL,{-9L}},{-1L,7UL,{-9L}},{0x8788541AL,0x1FL,{0L}},{-1L,7UL,{-9L}}},{{0xC10DF518L,0x87L,{0x3DA1C231L}},{0xC10DF518L,0x87L,{0x3DA1C231L}},{0xD4B6AB49L,0UL,{1L}},{0xC10DF518L,0x87L,{0x3DA1C231L}},{0xC10DF518L,0x87L,{0x3DA1C231L}}},{{-1L,7UL,{-9L}},{0x8788541AL,0x1FL,{0L}},{-1L,7UL,{-9L}},{-1L,7UL,{-9L}},{0x8788541AL,0x1FL,{0L}}},{{0xC10DF518L,0x87L,{0x3DA1C231L}},{0L,0xE3L,{1L}},{0L,0xE3L,{1L}},{0xC10DF518L,0x87L,{0x3DA1C231L}},{0L,0xE3L,{1L}}},{{0x8788541AL,0x1FL,{0L}},{0x8788541AL,0x1FL,{0L}},{2L,7UL,{0x78B1CBCAL}},{0x8788541AL,0x1FL,{0L}},{0x8788541AL,0x1FL,{0L}}}};
static struct S1 * const ***g_183 = (void*)0;
static struct S0 g_191 = {1UL,2L,0x1E1EL,-1L,0xEBAF8E38L};
static struct S0 g_193 = {18446744073709551615UL,1L,0xCB4CL,-1L,3L};
static int16_t g_205[2][3][1] = {{{(-4L)},{(-7L)},{(-7L)}},{{(-4L)},{(-7L)},{(-7L)}}};
static uint32_t g_212 = 0xC3610736L;
static union U5 g_235 = {{0x0EC6072FL}};
static uint32_t g_278 = 1UL;
static struct S3 g_282[5][4] = {{{0xA1F6C9FFL},{-6L},{0xA1F6C9FFL},{-6L}},{{0xA1F6C9FFL},{-6L},{0xA1F6C9FFL},{-6L}},{{0xA1F6C9FFL},{-6L},{0xA1F6C9FFL},{-6L}},{{0xA1F6C9FFL},{-6L},{0xA1F6C9FFL},{-6L}},{{0xA1F6C9FFL},{-6L},{0xA1F6C9FFL},{-6L}}};
static int64_t g_335 = 0x65D55B35D3E90FA3LL;
static uint16_t g_336 = 4UL;
static int32_t ***g_346 = &g_152;
static int32_t ****g_345 = &g_346;
static struct S1 g_355 = {0x399B90E4931B0B80LL,0xA46E9270L,5UL,18446744073709551613UL,{18446744073709551608UL,0xEAAFL,0xCFCCL,-9L,0x1694170DL}};
static struct S4 *g_397[3][1][5] = {{{&g_173[4][2],(void*)0,(void*)0,&g_173[4][2],(void*)0}},{{&g_173[4][2],&g_173[4][2],&g_173[1][2],&g_173[4][2],&g_173[4][2]}},{{(void*)0,&g_173[4][2],(void*)0,(void*)0,&g_173[4][2]}}};
static struct S4 **g_396 = &g_397[2][0][1];
static struct S0 g_439[2] = {{0x09B312C81817E7BBLL,0x1946L,0UL,5L,1L},{0x09B312C81817E7BBLL,0x1946L,0UL,5L,1L}};
static int64_t g_553 = (-5L);
static uint64_t g_554 = 4UL;
static const uint8_t **g_580 = (void*)0;
static int8_t *g_590[5] = {&g_48,&g_48,&g_48,&g_48,&g_48};
static int8_t **g_589 = &g_590[1];
static struct S3 *g_598 = &g_173[4][2].f2;
static struct S3 **g_597 = &g_598;
static int16_t *g_614 = (void*)0;
static int16_t **g_613 = &g_614;
static int16_t **g_615 = &g_614;
static uint8_t g_622[3][4] = {{0xCEL,0xCEL,0xCEL,0xCEL},{0xCEL,0xCEL,0xCEL,0xCEL},{0xCEL,0xCEL,0xCEL,0xCEL}};
static struct S1 g_652 = {0x3C14CD7E5718D9CELL,0UL,0xFE9D8B7B3972BF56LL,0x15C72A9AL,{8UL,1L,1UL,0x26521F5C0A1A0813LL,-1L}};
static uint64_t g_684[2][1][5] = {{{0xDEA08BB6EFA93719LL,18446744073709551615UL,0xDEA08BB6EFA93719LL,18446744073709551615UL,0xDEA08BB6EFA93719LL}},{{0UL,0UL,0UL,0UL,0UL}}};
static struct S0 *g_705 = &g_193;
static struct S0 **g_704 = &g_705;
static int16_t g_730[5] = {0x4526L,0x4526L,0x4526L,0x4526L,0x4526L};
static int32_t g_733 = 0L;
static uint8_t g_734 = 255UL;
static struct S1 g_740 = {0x8F88C93118636FD5LL,0x8853979AL,0UL,0x3DCBBDB2L,{4UL,0x9ED1L,0UL,0x4B7F3C8F750387A4LL,0x4D063F6AL}};
static struct S1 *g_739 = &g_740;
static struct S2 *g_772 = &g_96;
static struct S2 **g_771 = &g_772;
static struct S2 *** const g_770 = &g_771;
static uint32_t **g_799 = (void*)0;
static int32_t g_818 = 0x3CC710C8L;
static uint64_t g_875 = 0x8EA59AD3A4D4A19ALL;
static int16_t g_904 = 9L;
static int64_t g_935 = 0x2C001D8774B3B8D5LL;
static uint32_t g_937[4] = {0xFEF33435L,0xFEF33435L,0xFEF33435L,0xFEF33435L};
static union U5 *g_962[5] = {&g_235,&g_235,&g_235,&g_235,&g_235};
static union U5 **g_961 = &g_962[1];
static int8_t g_967 = (-6L);
static uint32_t g_1001[1][2] = {{0UL,0UL}};
static uint32_t g_1005 = 4294967289UL;


/* --- FORWARD DECLARATIONS --- */
static struct S4  func_1(void);
static struct S1 * func_2(int64_t  p_3, int64_t  p_4, uint64_t  p_5, const struct S1 * p_6);
static int64_t  func_7(uint32_t  p_8, int32_t  p_9, uint32_t  p_10, struct S1 * p_11, uint16_t  p_12);
static int64_t  func_15(uint64_t  p_16, struct S3  p_17);
static const struct S1  func_22(uint8_t  p_23, struct S1 * p_24);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_20 g_36 g_43 g_49 g_50.f1 g_51 g_48 g_50 g_59.f0.f0 g_63 g_59.f1 g_96 g_122 g_94.f2 g_117 g_94.f3 g_94.f4.f2 g_94 g_154 g_164 g_152 g_173 g_212 g_120 g_191.f3 g_235.f0.f0 g_170.f2.f0 g_191.f4 g_278 g_282 g_336 g_345 g_170.f0 g_193.f2 g_346 g_355 g_205 g_396 g_191.f0 g_161 g_235.f1 g_193.f4 g_439.f2 g_554 g_580 g_589 g_163 g_597 g_235 g_622 g_598 g_652.f0 g_652.f3 g_684 g_704 g_652.f2 g_734 g_740.f4.f2 g_652.f1 g_170.f1 g_770 g_799 g_191.f2 g_818 g_193.f0 g_705 g_193 g_740.f0 g_771 g_875 g_740.f4.f0 g_904 g_191.f1 g_439.f1 g_937 g_59 g_961 g_1001 g_1005
 * writes: g_20 g_43.f0 g_48 g_50.f1 g_50.f0 g_43 g_59.f0.f0 g_59.f1 g_122 g_117 g_51 g_49 g_151 g_154 g_164 g_96.f2 g_183 g_212 g_235 g_173.f2.f0 g_170.f2.f0 g_191.f4 g_278 g_173.f1 g_282.f0 g_63 g_336 g_345 g_50.f2 g_355.f1 g_161 g_554 g_191.f2 g_589 g_94.f1 g_613 g_615 g_622 g_173.f2 g_553 g_205 g_193.f4 g_96.f3 g_346 g_397 g_652.f0 g_684 g_193.f2 g_652.f2 g_734 g_739 g_439.f3 g_740.f0 g_818 g_730 g_771 g_191.f3 g_875 g_94.f0 g_652.f1 g_937 g_799 g_1001 g_1005
 */
static struct S4  func_1(void)
{ /* block id: 0 */
    uint8_t *l_21 = &g_20;
    int32_t l_25[4][2][3] = {{{0xB56095DBL,0xB56095DBL,0x80090AE7L},{(-1L),4L,4L}},{{0x80090AE7L,1L,0x4225189DL},{(-1L),1L,(-1L)}},{{0xB56095DBL,0x80090AE7L,0x4225189DL},{(-2L),(-2L),4L}},{{(-7L),0x80090AE7L,0x80090AE7L},{4L,1L,0L}}};
    int16_t l_44 = 0xEEDAL;
    int32_t *l_45[5][1] = {{&l_25[1][1][2]},{&g_43[1][0].f0},{&l_25[1][1][2]},{&g_43[1][0].f0},{&l_25[1][1][2]}};
    int32_t l_46 = 0xDCCE6512L;
    int16_t *l_47 = &l_44;
    uint8_t *l_281 = &g_173[4][2].f1;
    int32_t l_486 = 7L;
    uint8_t l_531 = 255UL;
    uint64_t l_532 = 0x8F11FF991B019613LL;
    const struct S1 *l_533[4];
    struct S1 **l_738[2];
    struct S3 l_741[4][2][4] = {{{{0L},{0L},{0L},{0L}},{{0L},{0L},{0L},{0L}}},{{{0L},{0L},{0L},{0L}},{{0L},{0L},{0L},{0L}}},{{{0L},{0L},{0L},{0L}},{{0L},{0L},{0L},{0L}}},{{{0L},{0L},{0L},{0L}},{{0L},{0L},{0L},{0L}}}};
    uint32_t l_755[2];
    uint32_t l_756 = 9UL;
    uint32_t *l_757 = &g_94[0].f1;
    struct S3 ***l_773 = &g_597;
    int8_t l_785 = 0x56L;
    struct S4 l_836 = {-3L,0x84L,{0x176D032DL}};
    int32_t ****l_883 = &g_346;
    int32_t l_895 = 0x17F5BCC6L;
    uint8_t l_905 = 247UL;
    uint8_t l_928 = 0x65L;
    const struct S1 *****l_956 = (void*)0;
    const struct S0 *l_972 = &g_94[0].f4;
    int16_t l_1004[3][3][4] = {{{0xF116L,2L,2L,0xF116L},{0xF116L,2L,2L,0xF116L},{0xF116L,2L,2L,0xF116L}},{{0xF116L,2L,2L,0xF116L},{0xF116L,2L,2L,0xF116L},{0xF116L,2L,2L,0xF116L}},{{0xF116L,2L,2L,0xF116L},{0xF116L,2L,2L,0xF116L},{0xF116L,2L,2L,0xF116L}}};
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_533[i] = &g_94[3];
    for (i = 0; i < 2; i++)
        l_738[i] = &g_49;
    for (i = 0; i < 2; i++)
        l_755[i] = 0x88CA4A2FL;
    g_739 = func_2(func_7((safe_sub_func_int16_t_s_s((func_15((safe_add_func_int8_t_s_s((g_20 || ((*l_21) ^= 0x01L)), ((*l_281) = (func_22(l_25[1][1][2], ((+(g_48 = (((*l_47) = ((g_43[1][0].f0 = (l_46 = (((((safe_div_func_int16_t_s_s(((~(safe_mod_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s((safe_div_func_uint32_t_u_u((g_36 == ((safe_rshift_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(((safe_rshift_func_uint16_t_u_s((g_43[1][0] , 0xAFA0L), 2)) != 0xAD9236F914A12652LL), g_43[1][0].f0)), g_43[1][0].f0)) & 0x66883CE717999919LL)), l_25[0][0][0])), l_25[2][0][2])), 255UL))) < 255UL), l_25[1][0][1])) || 0x021F5EB7L) & g_43[1][0].f0) < l_25[1][1][0]) ^ l_44))) || g_43[1][0].f0)) | g_36))) , g_49)) , g_36)))), g_282[4][3]) & 0x19C4D3C810F01A48LL), g_94[0].f4.f3)), g_173[4][2].f0, l_486, &g_94[2], g_50.f3), l_531, l_532, l_533[2]);
    (**g_597) = l_741[3][1][0];
    if (((g_355.f4.f0 || ((safe_mul_func_int16_t_s_s(g_20, g_43[1][0].f0)) && 0xFBA76E2F633A3E4BLL)) ^ (((*l_757) ^= (safe_unary_minus_func_int64_t_s((safe_add_func_int16_t_s_s((((safe_div_func_uint64_t_u_u((safe_lshift_func_uint16_t_u_u((safe_unary_minus_func_int16_t_s((safe_unary_minus_func_uint16_t_u((((safe_mod_func_uint16_t_u_u(0x8D29L, g_50.f1)) < 0xD8L) <= g_94[0].f4.f1))))), 14)), g_43[1][0].f0)) || g_740.f4.f2) ^ l_755[0]), l_756))))) ^ 0xC039EE07L)))
    { /* block id: 419 */
        struct S1 **l_759 = &g_49;
        struct S1 ***l_760 = &l_738[1];
        uint32_t l_761 = 0xC718653CL;
        int32_t l_762[5][1][4] = {{{0x3692DD8AL,0x8EB1F814L,1L,0x8EB1F814L}},{{9L,0L,0L,1L}},{{0x8EB1F814L,0L,0L,0x8EB1F814L}},{{0L,0x8EB1F814L,9L,0x3692DD8AL}},{{0L,9L,0L,0L}}};
        uint32_t l_776 = 7UL;
        int32_t **l_797 = (void*)0;
        int64_t l_826 = 0x51F6A7B005FF6FFALL;
        int i, j, k;
        if (((l_762[1][0][0] = ((0x2A0111ACF14AB17FLL <= ((+g_652.f1) != (&l_533[2] != ((*l_760) = l_759)))) , (l_761 , 0xDAEB840FL))) < g_278))
        { /* block id: 422 */
            uint8_t l_763 = 0x08L;
            struct S2 *l_769[1];
            struct S2 **l_768[4][3] = {{&l_769[0],(void*)0,(void*)0},{&l_769[0],&l_769[0],&l_769[0]},{&l_769[0],(void*)0,(void*)0},{&l_769[0],&l_769[0],&l_769[0]}};
            struct S2 ***l_767[4];
            uint64_t l_779 = 0x1C7C36E3FF1FDF38LL;
            int16_t l_784 = (-1L);
            int32_t l_786 = (-10L);
            struct S1 l_798 = {0UL,0UL,0UL,0x7A8EF7EBL,{18446744073709551615UL,0x297DL,1UL,0xFB163843A48D94DALL,0x12B6CED6L}};
            struct S3 l_800 = {0x13378DB1L};
            int i, j;
            for (i = 0; i < 1; i++)
                l_769[i] = &g_96;
            for (i = 0; i < 4; i++)
                l_767[i] = &l_768[3][2];
            g_59.f0.f0 = ((0x98FAL < (g_170.f1 || ((((l_763 <= l_763) & (~((safe_sub_func_uint32_t_u_u(((g_120 , l_767[1]) != g_770), l_762[1][0][0])) < l_763))) , l_773) != (void*)0))) == 0xF8FBCE8FAA76B26ALL);
            g_235.f0.f0 = (((safe_lshift_func_uint16_t_u_s(l_776, 15)) ^ ((*l_47) = g_355.f1)) , ((safe_rshift_func_uint8_t_u_s(l_779, l_761)) | (safe_rshift_func_uint8_t_u_s(g_554, 3))));
            l_786 &= (safe_mod_func_uint16_t_u_u((l_784 = 0x176FL), l_785));
            if ((safe_mod_func_int32_t_s_s((safe_add_func_int16_t_s_s(((safe_div_func_uint16_t_u_u(l_776, (safe_sub_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u(((l_797 == (l_798 , &l_45[0][0])) > (&l_757 == g_799)), 0xCF52C317L)), g_684[0][0][0])))) < 3UL), g_622[0][1])), 9L)))
            { /* block id: 428 */
                (***l_773) = l_800;
            }
            else
            { /* block id: 430 */
                uint16_t *l_806 = (void*)0;
                int32_t l_813 = 0x236CE10CL;
                int64_t *l_819 = &g_439[0].f3;
                uint16_t *l_827 = &g_191.f2;
                l_813 = (safe_mod_func_int16_t_s_s((((*l_819) = (safe_mul_func_uint8_t_u_u((+(g_191.f2--)), ((safe_sub_func_int32_t_s_s((safe_sub_func_uint64_t_u_u((l_798.f2 || l_813), (safe_mul_func_uint8_t_u_u(((safe_div_func_int8_t_s_s(l_813, 0xCDL)) != l_813), g_818)))), 8UL)) && l_813)))) & g_50.f4.f3), l_798.f0));
                l_762[1][0][0] = (safe_div_func_uint16_t_u_u(g_193.f0, (safe_sub_func_int16_t_s_s(l_813, ((*g_705) , g_163)))));
                g_173[4][2].f2.f0 ^= (((((((safe_lshift_func_uint16_t_u_s(((*l_827) = (4294967291UL >= (l_813 , ((g_94[0].f0 | l_826) ^ 0xCE49E2DBD5A3079ALL)))), 14)) ^ 0xE126F55EL) , (void*)0) != &g_705) && l_776) , l_784) != 0x61L);
            }
        }
        else
        { /* block id: 438 */
            uint32_t l_831 = 18446744073709551613UL;
            for (g_652.f0 = 0; (g_652.f0 != 56); g_652.f0 = safe_add_func_int32_t_s_s(g_652.f0, 8))
            { /* block id: 441 */
                int8_t l_830 = 0x5FL;
                (***g_345) = &l_486;
                (**g_346) = (***g_345);
                --l_831;
            }
        }
        for (g_20 = 0; (g_20 != 11); ++g_20)
        { /* block id: 449 */
            if (l_761)
                break;
            return l_836;
        }
        return l_836;
    }
    else
    { /* block id: 454 */
        int16_t l_839 = 0L;
        struct S0 l_850 = {18446744073709551608UL,-1L,0x5A14L,-8L,0xCADE2AB4L};
        struct S2 l_852 = {0UL,0x74CFL,0xDAE87D42L,18446744073709551606UL};
        int32_t l_853 = 1L;
        int64_t l_856 = 0x0AE3148FAAAD5E85LL;
        int64_t l_863 = 0x3AB8899F2A730A20LL;
        int32_t l_872 = 6L;
        int32_t l_873 = 0x69DF6F92L;
        int32_t l_874 = 0xD8C93F5BL;
        struct S4 l_884 = {0x90B7B5E8L,0xF0L,{0L}};
        union U5 l_885[1][1] = {{{{-2L}}}};
        uint32_t l_901 = 0UL;
        uint32_t *l_906[2][5][4] = {{{&g_355.f1,&g_154,&g_355.f1,&g_154},{&g_355.f1,&g_154,&g_355.f1,&g_154},{&g_355.f1,&g_154,&g_355.f1,&g_154},{&g_355.f1,&g_154,&g_355.f1,&g_154},{&g_355.f1,&g_154,&g_355.f1,&g_154}},{{&g_355.f1,&g_154,&g_355.f1,&g_154},{&g_355.f1,&g_154,&g_355.f1,&g_154},{&g_355.f1,&g_154,&g_355.f1,&g_154},{&g_355.f1,&g_154,&g_355.f1,&g_154},{&g_355.f1,&g_154,&g_355.f1,&g_154}}};
        uint32_t l_907 = 0xB5BA94AEL;
        int32_t *l_946 = &l_836.f2.f0;
        uint32_t **l_949 = &l_906[0][3][1];
        uint16_t l_968 = 1UL;
        int8_t l_993 = (-1L);
        int i, j, k;
        for (l_785 = 4; (l_785 >= 1); l_785 -= 1)
        { /* block id: 457 */
            int32_t l_837[1];
            struct S0 l_847 = {0xE9809D2861307EE5LL,0L,1UL,0L,0xA19AC48EL};
            uint64_t *l_851 = &g_164;
            struct S2 **l_857 = (void*)0;
            struct S1 ***l_859[4] = {&l_738[1],&l_738[1],&l_738[1],&l_738[1]};
            struct S4 l_862[3][4][2] = {{{{9L,0x7FL,{0x67BDA0BFL}},{0xF09354B1L,0x3EL,{1L}}},{{0xE5B39B76L,1UL,{-1L}},{0xF09354B1L,0x3EL,{1L}}},{{9L,0x7FL,{0x67BDA0BFL}},{0xE5B39B76L,1UL,{-1L}}},{{0x55A1CAB8L,251UL,{-1L}},{0x55A1CAB8L,251UL,{-1L}}}},{{{0x55A1CAB8L,251UL,{-1L}},{0xE5B39B76L,1UL,{-1L}}},{{9L,0x7FL,{0x67BDA0BFL}},{0xF09354B1L,0x3EL,{1L}}},{{0xE5B39B76L,1UL,{-1L}},{0xF09354B1L,0x3EL,{1L}}},{{9L,0x7FL,{0x67BDA0BFL}},{0xE5B39B76L,1UL,{-1L}}}},{{{0x55A1CAB8L,251UL,{-1L}},{0x55A1CAB8L,251UL,{-1L}}},{{0x55A1CAB8L,251UL,{-1L}},{0xE5B39B76L,1UL,{-1L}}},{{9L,0x7FL,{0x67BDA0BFL}},{0xF09354B1L,0x3EL,{1L}}},{{0xE5B39B76L,1UL,{-1L}},{0xF09354B1L,0x3EL,{1L}}}}};
            uint8_t l_867 = 1UL;
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_837[i] = (-7L);
            for (g_740.f0 = 1; (g_740.f0 <= 4); g_740.f0 += 1)
            { /* block id: 460 */
                if (l_837[0])
                    break;
            }
            for (g_154 = 0; (g_154 <= 4); g_154 += 1)
            { /* block id: 465 */
                int16_t l_838[2][1];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_838[i][j] = 0x97CBL;
                }
                g_818 |= l_838[1][0];
                (*g_598) = (***l_773);
            }
            if ((((*l_47) ^= (g_730[l_785] = l_839)) == (g_336 = (l_853 &= (&g_590[l_785] == ((safe_div_func_int32_t_s_s(((((!(g_355.f4.f0 | ((*l_851) &= (((((safe_mod_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s((l_847 , (safe_sub_func_uint16_t_u_u((l_850 , g_50.f4.f4), g_96.f1))), l_850.f0)), l_847.f4)) , g_191.f4) >= 0xB696A39BL) >= 0xD547L) != l_850.f2)))) , l_852) , (void*)0) == g_799), l_847.f3)) , (void*)0))))))
            { /* block id: 474 */
                uint32_t l_858 = 18446744073709551615UL;
                l_858 = (((*g_598) , (safe_add_func_uint16_t_u_u(l_856, (((*g_770) = (*g_770)) == (l_857 = &g_772))))) || (l_852.f1 || 1L));
            }
            else
            { /* block id: 478 */
                int8_t *l_860 = (void*)0;
                struct S4 l_861[3] = {{8L,0x2FL,{0L}},{8L,0x2FL,{0L}},{8L,0x2FL,{0L}}};
                int i;
                g_43[1][0].f0 |= (((l_859[2] == (void*)0) || (l_860 != (l_861[1] , l_860))) >= 0x5ED2L);
                return l_862[0][2][0];
            }
            for (l_850.f4 = 0; (l_850.f4 <= 4); l_850.f4 += 1)
            { /* block id: 484 */
                uint64_t l_864 = 0x90CA3E3336DBD3C0LL;
                ++l_864;
                if (l_867)
                    break;
            }
        }
        for (g_191.f3 = 23; (g_191.f3 < (-9)); g_191.f3--)
        { /* block id: 491 */
            int8_t l_870[1][5] = {{0x98L,0x98L,0x98L,0x98L,0x98L}};
            int32_t l_871[2][3] = {{0L,0L,0L},{(-1L),(-1L),(-1L)}};
            union U5 *l_880 = &g_235;
            union U5 *l_882 = (void*)0;
            union U5 **l_881 = &l_882;
            struct S4 l_886 = {2L,0xB0L,{-1L}};
            uint64_t *l_893 = &g_94[0].f0;
            int64_t *l_894 = &g_439[0].f3;
            uint16_t *l_900 = &g_191.f2;
            int i, j;
            g_875--;
            if ((((safe_sub_func_uint8_t_u_u(((*l_21) = 255UL), (l_880 == ((*l_881) = &g_235)))) <= l_853) != (l_883 == (void*)0)))
            { /* block id: 495 */
                return l_884;
            }
            else
            { /* block id: 497 */
                g_282[4][3].f0 |= (l_885[0][0] , l_871[1][0]);
            }
            l_884.f2.f0 = (l_871[0][1] == (l_886 , ((((l_886.f1 > (~(((~((*l_894) = ((((*l_281) = l_870[0][2]) ^ (safe_mod_func_uint32_t_u_u(((*l_757) = (((*l_893) = (((*g_705) , 0x0769E0D693A94E64LL) || g_96.f3)) && (-1L))), (-9L)))) ^ g_684[0][0][4]))) ^ 0L) | 0xECL))) == g_740.f4.f0) == l_873) & l_895)));
            l_874 |= (l_852 , ((safe_lshift_func_uint16_t_u_s(((0xD8F4D7ED2AE76E63LL == ((+4294967294UL) & 0UL)) <= (~(((void*)0 == l_900) >= g_191.f2))), 7)) == l_901));
        }
        if ((l_884.f2.f0 |= (g_235.f0.f0 = ((((safe_div_func_uint32_t_u_u(((l_852.f2 , g_904) < g_205[1][1][0]), (((g_652.f1 = ((*l_757) |= ((l_873 = l_905) == (g_235 , l_863)))) > (-5L)) , l_873))) ^ l_907) || l_884.f0) , 0xDD2E9F10L))))
        { /* block id: 512 */
            uint64_t l_908 = 0xFFCED971432FF62ELL;
            int32_t l_909 = 0xB412CB11L;
            int32_t l_930[1];
            uint64_t l_932 = 1UL;
            struct S3 l_940 = {0x726C81BBL};
            int i;
            for (i = 0; i < 1; i++)
                l_930[i] = 0xD8496234L;
            if ((l_909 &= l_908))
            { /* block id: 514 */
                uint8_t l_922 = 0x3BL;
                uint64_t *l_926[5][1];
                int8_t *l_927 = &g_48;
                int32_t l_929 = 0x73C679BEL;
                int32_t l_931 = (-1L);
                int i, j;
                for (i = 0; i < 5; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_926[i][j] = &g_235.f1;
                }
                l_853 = (g_355.f2 == (safe_lshift_func_int8_t_s_s((safe_sub_func_int32_t_s_s((safe_add_func_int32_t_s_s((safe_add_func_int8_t_s_s(((*l_927) ^= (((l_909 &= (safe_div_func_int32_t_s_s((((((((*l_757) = (1UL != (safe_mul_func_int8_t_s_s((l_922 > (!(0x8443E6F3L < (safe_sub_func_int16_t_s_s((g_191.f1 > g_173[4][2].f0), 0xCB6EL))))), g_740.f4.f2)))) ^ l_922) || l_850.f3) & l_922) && 0xED56L) == l_922), l_922))) != g_439[0].f1) == 0x299E5AF0L)), l_928)), l_884.f1)), 4294967295UL)), 4)));
                l_932++;
            }
            else
            { /* block id: 520 */
                int16_t l_936 = 1L;
                int32_t l_942 = 0x327DA26EL;
                ++g_937[0];
                if (l_884.f0)
                    goto lbl_941;
lbl_941:
                (**g_597) = l_940;
                l_930[0] &= l_852.f0;
                l_942 = (-2L);
            }
        }
        else
        { /* block id: 527 */
            uint32_t **l_947 = &l_906[1][2][3];
            uint32_t ***l_948[5][1][1] = {{{&g_799}},{{&g_799}},{{&g_799}},{{&g_799}},{{&g_799}}};
            int32_t l_951[5];
            const struct S0 **l_973 = &l_972;
            int i, j, k;
            for (i = 0; i < 5; i++)
                l_951[i] = 0L;
            l_853 &= (((((!((safe_mul_func_int16_t_s_s(((((***g_345) = &l_874) == l_946) | (((g_799 = (l_949 = (l_947 = g_799))) == ((+((g_173[4][2].f1 <= (*l_946)) != (-1L))) , (void*)0)) , g_96.f1)), 0xF17CL)) > 0x8C5677E60F877B00LL)) < g_212) , g_355.f2) >= l_951[1]) , (****g_345));
            if ((safe_rshift_func_int16_t_s_u((&l_885[0][0] != &l_885[0][0]), 10)))
            { /* block id: 533 */
                int32_t l_963 = 0x2CCE7804L;
                int32_t l_964[4][5] = {{(-1L),0L,0x99347E8CL,0L,(-1L)},{(-1L),0L,0x99347E8CL,0L,(-1L)},{(-1L),0L,0x99347E8CL,0L,(-1L)},{(-1L),0L,0x99347E8CL,0L,(-1L)}};
                int32_t l_965 = 0x67A7085EL;
                int8_t l_966 = 0L;
                int i, j;
                (*g_51) ^= (safe_add_func_uint8_t_u_u((((*g_598) , (l_956 = l_956)) == (void*)0), (safe_add_func_int32_t_s_s((safe_add_func_uint16_t_u_u((7L || ((g_59 , g_961) == (void*)0)), l_963)), l_951[4]))));
                l_968++;
            }
            else
            { /* block id: 537 */
                int32_t l_971 = (-4L);
                (*g_51) &= l_971;
            }
            (****g_345) = (***g_346);
            (*l_973) = l_972;
        }
        if ((&l_756 != &l_756))
        { /* block id: 543 */
            return l_836;
        }
        else
        { /* block id: 545 */
            uint8_t l_976 = 0x8EL;
            struct S1 l_989 = {0x73C064DE33956DB0LL,4294967288UL,0x75DB2F53117553C9LL,18446744073709551613UL,{1UL,0x9276L,0x9FEEL,0x47B6AE5F55849AEALL,0x608109FFL}};
            int32_t l_992 = 0L;
            int8_t **l_998 = &g_590[1];
            g_818 ^= (safe_rshift_func_int16_t_s_s((l_976 , ((safe_add_func_int16_t_s_s((safe_div_func_uint64_t_u_u((safe_sub_func_uint8_t_u_u(((((*l_21) = (safe_rshift_func_int8_t_s_u((safe_mod_func_int8_t_s_s(((safe_sub_func_uint16_t_u_u((((l_989 , (safe_rshift_func_int16_t_s_u((l_992 = (l_993 ^= l_992)), 1))) ^ (((*l_757) ^= ((safe_div_func_uint16_t_u_u((*l_946), ((*l_47) = 4L))) , 4294967289UL)) | 0L)) < g_94[0].f4.f1), 65530UL)) && 0xB260BE0434E4C058LL), 0x59L)), g_191.f2))) > (*l_946)) != 0UL), 6UL)), 0xA85C0F95BEF674A6LL)), g_355.f3)) ^ l_989.f3)), 12));
            for (g_63 = 0; (g_63 <= 3); g_63 += 1)
            { /* block id: 554 */
                const int8_t *l_1000 = (void*)0;
                const int8_t **l_999[4][5] = {{&l_1000,&l_1000,&l_1000,&l_1000,&l_1000},{&l_1000,&l_1000,&l_1000,&l_1000,&l_1000},{&l_1000,&l_1000,&l_1000,&l_1000,&l_1000},{&l_1000,&l_1000,&l_1000,&l_1000,&l_1000}};
                int i, j;
                l_873 |= ((*l_946) = ((safe_add_func_int8_t_s_s(l_989.f4.f2, (((g_589 = ((((*g_705) , &g_396) != &g_396) , l_998)) != l_999[0][0]) && l_989.f4.f1))) < g_94[0].f4.f0));
                (**g_346) = (***g_345);
                --g_1001[0][1];
            }
        }
    }
    g_1005--;
    return l_836;
}


/* ------------------------------------------ */
/* 
 * reads : g_554 g_580 g_94.f4.f1 g_50.f1 g_589 g_50.f3 g_163 g_282.f0 g_597 g_173.f2.f0 g_235 g_439.f2 g_50.f4.f2 g_63 g_622 g_598 g_94.f1 g_94.f4.f0 g_205 g_96.f3 g_193.f4 g_43 g_345 g_346 g_20 g_396 g_652.f0 g_652.f3 g_152 g_684 g_173.f2 g_704 g_652.f2 g_734
 * writes: g_554 g_50.f1 g_191.f2 g_589 g_94.f1 g_282.f0 g_173.f1 g_173.f2.f0 g_59.f0.f0 g_613 g_615 g_622 g_173.f2 g_553 g_205 g_161 g_235.f0.f0 g_193.f4 g_96.f3 g_43 g_154 g_346 g_20 g_397 g_652.f0 g_51 g_684 g_193.f2 g_652.f2 g_734
 */
static struct S1 * func_2(int64_t  p_3, int64_t  p_4, uint64_t  p_5, const struct S1 * p_6)
{ /* block id: 275 */
    int32_t l_534 = 5L;
    int32_t *l_535 = &g_235.f0.f0;
    int32_t *l_536 = &g_282[4][3].f0;
    int32_t *l_537 = &g_282[4][3].f0;
    int32_t *l_538 = &g_282[4][3].f0;
    int32_t *l_539 = (void*)0;
    int32_t *l_540 = (void*)0;
    int32_t *l_541 = &g_59.f0.f0;
    int32_t *l_542 = &g_43[1][0].f0;
    int32_t *l_543 = (void*)0;
    int32_t *l_544 = (void*)0;
    int32_t *l_545 = (void*)0;
    int32_t *l_546 = (void*)0;
    int32_t *l_547 = &g_282[4][3].f0;
    int32_t *l_548 = &g_173[4][2].f2.f0;
    int32_t l_549[2][2] = {{0x4E6F37A8L,0x4E6F37A8L},{0x4E6F37A8L,0x4E6F37A8L}};
    int32_t *l_550 = &l_549[0][0];
    int32_t *l_551[2][4] = {{&g_59.f0.f0,&g_59.f0.f0,&g_59.f0.f0,&g_59.f0.f0},{&g_59.f0.f0,&g_59.f0.f0,&g_59.f0.f0,&g_59.f0.f0}};
    int32_t l_552 = 0xCA17C83AL;
    const uint8_t *l_564 = (void*)0;
    uint8_t *l_574[5][1][2] = {{{&g_63,(void*)0}},{{&g_170.f1,(void*)0}},{{&g_63,&g_170.f1}},{{&g_63,&g_63}},{{&g_63,&g_170.f1}}};
    uint8_t **l_573 = &l_574[2][0][1];
    uint32_t l_626 = 0UL;
    int32_t * const *l_637 = &l_545;
    int32_t * const **l_636[2][1];
    int32_t l_648 = (-9L);
    int32_t l_650[4][1];
    const uint16_t l_654 = 0x7ACEL;
    int16_t l_694 = 0x6540L;
    struct S0 l_701 = {18446744073709551609UL,0L,0x66F4L,-8L,0x773408C8L};
    struct S1 *l_737 = (void*)0;
    int i, j, k;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_636[i][j] = &l_637;
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
            l_650[i][j] = (-1L);
    }
lbl_599:
    g_554++;
lbl_658:
    for (g_50.f1 = 0; (g_50.f1 <= 1); g_50.f1 += 1)
    { /* block id: 279 */
        struct S2 *l_557 = &g_96;
        struct S2 **l_558 = (void*)0;
        struct S2 **l_559 = (void*)0;
        struct S2 **l_560 = &l_557;
        struct S0 l_561[2] = {{0x5B17BEF322F71711LL,-1L,0UL,-3L,0L},{0x5B17BEF322F71711LL,-1L,0UL,-3L,0L}};
        uint64_t *l_562[4][5][2] = {{{&g_59.f1,&g_59.f1},{&g_59.f1,&g_59.f1},{&g_59.f1,&g_59.f1},{&g_59.f1,&g_59.f1},{&g_59.f1,&g_59.f1}},{{&g_59.f1,&g_59.f1},{&g_59.f1,&g_59.f1},{&g_59.f1,&g_59.f1},{&g_59.f1,&g_59.f1},{&g_59.f1,&g_59.f1}},{{&g_59.f1,&g_59.f1},{&g_59.f1,&g_59.f1},{&g_59.f1,&g_59.f1},{&g_59.f1,&g_59.f1},{&g_59.f1,&g_59.f1}},{{&g_59.f1,&g_59.f1},{&g_59.f1,&g_59.f1},{&g_59.f1,&g_59.f1},{&g_59.f1,&g_59.f1},{&g_59.f1,&g_59.f1}}};
        int32_t l_563 = 0x76037968L;
        uint8_t *l_566 = &g_173[4][2].f1;
        uint8_t **l_579 = (void*)0;
        int16_t *l_611 = &g_205[1][1][0];
        int16_t **l_610 = &l_611;
        const struct S4 l_639 = {5L,1UL,{0x580611CBL}};
        uint32_t *l_647 = &l_626;
        struct S1 *l_651[1];
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_651[i] = &g_652;
        (*l_560) = l_557;
        if (((l_563 = (l_561[0] , p_5)) || 9UL))
        { /* block id: 282 */
            const uint8_t **l_565 = &l_564;
            uint8_t **l_567 = &l_566;
            uint8_t ***l_575 = &l_573;
            uint8_t ***l_576 = &l_567;
            uint8_t **l_578 = &l_574[1][0][1];
            uint8_t ***l_577[5] = {&l_578,&l_578,&l_578,&l_578,&l_578};
            uint16_t *l_581[4];
            int32_t l_582 = 0x93BE5045L;
            const struct S1 *l_584[5];
            const struct S1 **l_583 = &l_584[2];
            int8_t **l_595 = (void*)0;
            int8_t **l_596 = (void*)0;
            int i;
            for (i = 0; i < 4; i++)
                l_581[i] = &g_193.f2;
            for (i = 0; i < 5; i++)
                l_584[i] = &g_94[4];
            (*l_583) = ((((*l_565) = l_564) == ((*l_567) = l_566)) , (((safe_add_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_u((+(((0xE677DC1A4F2CCB98LL != (65530UL ^ (g_191.f2 = ((l_579 = ((*l_576) = ((*l_575) = l_573))) != g_580)))) & g_94[0].f4.f1) , 8L)), 5)), l_582)) | 0x6944E926L) , p_6));
            for (p_5 = 0; (p_5 <= 4); p_5 += 1)
            { /* block id: 292 */
                struct S2 ***l_586[5];
                struct S2 ****l_585 = &l_586[0];
                int8_t ***l_591 = &g_589;
                uint32_t *l_594 = &g_94[0].f1;
                int i, j;
                for (i = 0; i < 5; i++)
                    l_586[i] = (void*)0;
                (*l_585) = &l_558;
                (*l_537) |= (((safe_rshift_func_uint8_t_u_s((l_549[g_50.f1][g_50.f1] >= (((*l_591) = (l_561[0] , g_589)) != (l_596 = ((safe_sub_func_uint8_t_u_u(l_549[g_50.f1][g_50.f1], (((*l_594) = (((g_50.f3 | g_163) && p_3) && l_582)) , l_561[0].f3))) , l_595)))), p_4)) >= l_582) & 0x51L);
                (*l_547) &= ((void*)0 != g_597);
            }
        }
        else
        { /* block id: 300 */
            uint32_t *l_621 = &g_50.f1;
            int32_t l_632 = 0xE5A6E8B9L;
            uint32_t **l_646[3][1];
            int16_t *l_649 = &g_161;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_646[i][j] = &l_621;
            }
            if (p_4)
                goto lbl_599;
            if ((((*l_566) = p_4) > 5L))
            { /* block id: 303 */
                int16_t ***l_612[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_612[i] = &l_610;
                (*l_548) &= (-6L);
                (*l_541) = (g_235 , ((safe_sub_func_int32_t_s_s(0xCF2E7A4FL, (g_439[0].f2 > ((safe_mul_func_int16_t_s_s((((safe_div_func_int16_t_s_s((safe_add_func_uint16_t_u_u(p_4, ((safe_rshift_func_uint8_t_u_u(l_561[0].f0, p_4)) , (-4L)))), g_50.f1)) || l_561[0].f3) , g_50.f4.f2), g_63)) == 0xC911L)))) <= 7L));
                g_615 = (g_613 = l_610);
            }
            else
            { /* block id: 308 */
                struct S3 l_623 = {1L};
                int32_t *l_631 = &l_623.f0;
                int64_t *l_638[4] = {&l_561[0].f3,&l_561[0].f3,&l_561[0].f3,&l_561[0].f3};
                int i;
                g_622[0][1] |= ((safe_mod_func_int8_t_s_s(p_3, l_561[0].f3)) == ((p_4 != (p_3 ^ (safe_add_func_int8_t_s_s((!(l_621 != (void*)0)), p_5)))) == l_563));
                (*g_598) = l_623;
                (*l_548) &= (l_632 |= ((safe_sub_func_int64_t_s_s(l_626, (safe_div_func_int32_t_s_s(((((0x4BL ^ (safe_rshift_func_int8_t_s_s((-1L), 1))) , l_631) != &l_563) <= l_561[0].f0), g_94[0].f1)))) , l_563));
                (*l_537) |= ((p_4 == (+(safe_div_func_uint64_t_u_u(((((void*)0 == l_636[1][0]) , (p_3 = (g_553 = (*l_550)))) || ((l_639 , (-3L)) >= g_94[0].f4.f0)), p_4)))) || 0x1008L);
            }
            (*l_535) = (safe_add_func_int32_t_s_s((l_563 = ((safe_mod_func_int32_t_s_s(((*l_536) ^= (((l_632 = (safe_sub_func_int16_t_s_s(((*l_649) = ((*l_611) ^= ((((l_648 = ((l_647 = &g_212) == (void*)0)) & ((l_639.f2 , &g_183) != &g_183)) >= p_4) <= p_4))), l_650[0][0]))) < 0x601F03E8L) != 3UL)), 3UL)) && 0UL)), l_561[0].f1));
        }
        for (g_193.f4 = 0; (g_193.f4 >= 0); g_193.f4 -= 1)
        { /* block id: 328 */
            int i, j;
            for (g_96.f3 = 0; (g_96.f3 <= 1); g_96.f3 += 1)
            { /* block id: 331 */
                int i, j;
                if (l_549[g_96.f3][(g_193.f4 + 1)])
                    break;
                l_551[(g_193.f4 + 1)][g_50.f1] = l_551[g_50.f1][g_96.f3];
                g_43[(g_193.f4 + 1)][g_193.f4] = g_43[g_96.f3][g_193.f4];
                l_651[0] = (void*)0;
            }
            for (g_154 = 0; (g_154 <= 0); g_154 += 1)
            { /* block id: 339 */
                struct S1 *l_653 = &g_50;
                (*g_345) = (*g_345);
                return l_653;
            }
            if (l_654)
                break;
            l_549[(g_193.f4 + 1)][g_50.f1] = ((0x5989L && 1UL) != (-9L));
        }
    }
    if ((*l_538))
    { /* block id: 347 */
        struct S4 *l_657 = &g_173[1][4];
        for (g_20 = 0; (g_20 == 26); g_20 = safe_add_func_int16_t_s_s(g_20, 2))
        { /* block id: 350 */
            uint8_t l_663 = 0x81L;
            (*g_396) = l_657;
            for (g_652.f0 = 0; (g_652.f0 <= 0); g_652.f0 += 1)
            { /* block id: 354 */
                int64_t l_668[5];
                struct S3 * const l_671 = (void*)0;
                struct S3 * const *l_670 = &l_671;
                struct S3 * const **l_669 = &l_670;
                int64_t *l_672 = (void*)0;
                int32_t *l_674 = (void*)0;
                int i;
                for (i = 0; i < 5; i++)
                    l_668[i] = 0L;
                if (g_163)
                    goto lbl_658;
                (*l_547) ^= (p_4 < ((p_3 = (safe_rshift_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u((l_663 = g_20), (0xA0A5C54BL | (safe_add_func_int64_t_s_s((safe_rshift_func_int16_t_s_s(l_668[4], 0)), (((*l_669) = (void*)0) != (void*)0)))))), g_50.f1))) >= g_652.f3));
                (*l_548) |= (!p_5);
                (*g_152) = l_674;
            }
        }
    }
    else
    { /* block id: 364 */
        const int32_t *l_675 = &l_549[0][0];
        const int32_t **l_676 = &l_675;
        (*l_676) = l_675;
    }
    for (g_193.f4 = 0; (g_193.f4 <= 0); g_193.f4 += 1)
    { /* block id: 369 */
        int8_t l_677 = 0xB9L;
        int32_t l_678 = 0xE456EF77L;
        int32_t l_679 = 0xE2A4D26BL;
        int32_t l_680 = 0L;
        int32_t l_681 = 0L;
        int32_t l_682 = (-1L);
        int32_t l_683[4][1][3] = {{{8L,0L,0L}},{{8L,0L,0L}},{{8L,0L,0L}},{{8L,0L,0L}}};
        int i, j, k;
        ++g_684[1][0][1];
        (*l_550) ^= p_4;
        if (p_4)
            continue;
        for (g_554 = 0; (g_554 <= 0); g_554 += 1)
        { /* block id: 375 */
            int i, j;
            if (l_650[(g_554 + 2)][g_554])
                break;
            for (l_681 = 3; (l_681 >= 0); l_681 -= 1)
            { /* block id: 379 */
                uint16_t *l_693 = &g_193.f2;
                uint16_t l_695[4];
                int i, j, k;
                for (i = 0; i < 4; i++)
                    l_695[i] = 65535UL;
                (*l_548) &= ((safe_lshift_func_uint16_t_u_u((g_205[g_554][(g_554 + 1)][g_554] && (safe_rshift_func_uint8_t_u_s((((*l_538) & (-1L)) | (((safe_add_func_int8_t_s_s(((((((*l_693) = 8UL) ^ (0xD446L > g_205[g_554][(g_554 + 1)][g_554])) && p_3) <= (-7L)) > (*l_536)), p_5)) | p_5) <= 1L)), 0))), l_694)) > 4294967290UL);
                (*l_550) ^= ((*l_542) = l_695[3]);
                (*l_542) &= (safe_unary_minus_func_uint64_t_u(1UL));
                (*l_536) |= p_3;
            }
        }
        for (p_5 = 0; (p_5 <= 0); p_5 += 1)
        { /* block id: 390 */
            int32_t l_707 = 0L;
            int32_t l_709 = 1L;
            struct S0 * const *l_724 = &g_705;
            int32_t l_726 = 6L;
            int32_t l_728 = 0xF12E969BL;
            int32_t l_729 = 4L;
            int32_t l_731[1][2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_731[i][j] = 0x364310AEL;
            }
            (*l_548) |= 0x7136D0E1L;
            (**g_597) = (**g_597);
            l_682 = p_3;
            for (l_682 = 0; (l_682 <= 0); l_682 += 1)
            { /* block id: 396 */
                int64_t *l_706[1];
                int32_t l_708 = 0xEA5194F2L;
                struct S2 *l_713 = (void*)0;
                struct S2 **l_712 = &l_713;
                struct S2 ***l_711 = &l_712;
                struct S2 ****l_710 = &l_711;
                uint64_t *l_720 = &g_652.f2;
                int32_t l_723 = 2L;
                int i, j, k;
                for (i = 0; i < 1; i++)
                    l_706[i] = &g_439[0].f3;
                (*l_542) |= (~((+g_205[p_5][l_682][p_5]) & (safe_div_func_int32_t_s_s((l_701 , (((((((safe_div_func_int64_t_s_s((l_707 = (0xF197DEABL <= ((g_704 == &g_705) >= 0x51L))), 9L)) ^ l_708) & (*l_538)) | p_3) ^ (-1L)) ^ l_709) & l_709)), p_5))));
                (*l_710) = (void*)0;
                (*l_542) ^= (l_723 &= (safe_rshift_func_uint16_t_u_u(((safe_mod_func_int16_t_s_s((l_709 , ((p_6 != ((safe_sub_func_uint64_t_u_u(((*l_720)--), (l_708 | p_3))) , p_6)) < 1UL)), p_3)) != p_4), p_3)));
                if ((*l_536))
                    break;
            }
            for (g_652.f2 = 0; (g_652.f2 <= 0); g_652.f2 += 1)
            { /* block id: 407 */
                struct S0 * const **l_725 = &l_724;
                int32_t l_727 = 0L;
                int32_t l_732 = 0xE83B1F7FL;
                if (p_5)
                    goto lbl_599;
                if (g_554)
                    goto lbl_599;
                (*l_725) = l_724;
                g_734++;
            }
        }
    }
    return l_737;
}


/* ------------------------------------------ */
/* 
 * reads : g_235.f1 g_173.f2.f0 g_193.f4 g_170.f2.f0 g_282.f0 g_43 g_94.f4.f2 g_94.f4.f0 g_50.f4.f3 g_439.f2 g_94.f1 g_51 g_345 g_346 g_152
 * writes: g_235.f1 g_43.f0 g_282.f0 g_51
 */
static int64_t  func_7(uint32_t  p_8, int32_t  p_9, uint32_t  p_10, struct S1 * p_11, uint16_t  p_12)
{ /* block id: 248 */
    uint8_t l_488 = 255UL;
    int32_t l_498 = 0x493DF090L;
    int32_t l_499[4] = {5L,5L,5L,5L};
    struct S0 *l_506[2][3] = {{&g_191,&g_439[0],&g_191},{&g_191,&g_439[0],&g_191}};
    uint64_t l_509 = 0xFD2C47A3887C43A5LL;
    struct S2 l_528 = {0x7621L,1UL,8UL,0x833CE5758ED20296LL};
    struct S0 l_529 = {0UL,0x5170L,65535UL,0xBC29296549D2BDA8LL,8L};
    int i, j;
    for (g_235.f1 = 0; (g_235.f1 <= 0); g_235.f1 += 1)
    { /* block id: 251 */
        int8_t l_487 = 0xB3L;
        int32_t l_497 = 1L;
        int32_t l_500 = 0xA976F1D1L;
        uint64_t l_501 = 0x1A2D60493DAA7EFFLL;
        if ((l_487 && l_488))
        { /* block id: 252 */
            int32_t *l_489 = &g_173[4][2].f2.f0;
            int32_t *l_490 = &g_173[4][2].f2.f0;
            int32_t *l_491 = &g_170.f2.f0;
            int32_t *l_492 = &g_43[1][0].f0;
            int32_t *l_493 = (void*)0;
            int32_t *l_494 = &g_282[4][3].f0;
            int32_t *l_495 = &g_43[1][0].f0;
            int32_t *l_496[1];
            int i;
            for (i = 0; i < 1; i++)
                l_496[i] = &g_173[4][2].f2.f0;
            l_501++;
            if ((*l_489))
                break;
        }
        else
        { /* block id: 255 */
            return g_193.f4;
        }
        for (l_487 = 0; (l_487 >= 0); l_487 -= 1)
        { /* block id: 260 */
            uint32_t l_525 = 18446744073709551615UL;
            int32_t *l_530 = (void*)0;
            if ((l_509 &= (safe_add_func_uint16_t_u_u((&g_164 != (void*)0), ((((l_506[0][0] == l_506[0][0]) | (safe_lshift_func_uint16_t_u_u(((g_170.f2.f0 || l_497) ^ g_282[4][3].f0), 3))) || l_501) , p_12)))))
            { /* block id: 262 */
                int8_t l_518 = (-1L);
                int32_t *l_519 = &g_59.f0.f0;
                int32_t *l_520 = &l_500;
                int32_t *l_521 = &g_43[1][0].f0;
                int32_t *l_522 = &g_173[4][2].f2.f0;
                int32_t *l_523 = &l_497;
                int32_t *l_524[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_524[i] = &g_43[1][0].f0;
                l_498 = ((*g_51) = (((+((g_43[0][0] , ((g_94[0].f4.f2 , ((l_509 , 18446744073709551609UL) >= (safe_lshift_func_int8_t_s_s((+(safe_lshift_func_int16_t_s_u((l_500 ^= ((safe_lshift_func_int16_t_s_u(p_8, g_94[0].f4.f0)) | p_8)), g_50.f4.f3))), 1)))) || g_439[0].f2)) , l_488)) == g_94[0].f1) , l_500));
                l_525--;
                (***g_345) = (l_528 , (l_529 , l_530));
                return l_525;
            }
            else
            { /* block id: 269 */
                return p_12;
            }
        }
    }
    return p_9;
}


/* ------------------------------------------ */
/* 
 * reads : g_50.f1 g_152 g_51 g_43.f0 g_282.f0 g_170.f2.f0 g_63 g_336 g_345 g_50.f4 g_170.f0 g_173.f2.f0 g_154 g_193.f2 g_346 g_355 g_94.f1 g_205 g_50.f2 g_212 g_117 g_235.f0.f0 g_282 g_396 g_94.f3 g_94.f4.f1 g_59.f1 g_20 g_191.f0 g_96.f1 g_161 g_96.f2
 * writes: g_50.f1 g_43.f0 g_282.f0 g_51 g_170.f2.f0 g_63 g_336 g_345 g_50.f2 g_212 g_117 g_235.f0.f0 g_355.f1 g_161
 */
static int64_t  func_15(uint64_t  p_16, struct S3  p_17)
{ /* block id: 131 */
    int32_t *l_284[5];
    const struct S3 l_302 = {0xEC41BF3FL};
    struct S2 l_342 = {8UL,0UL,0x793AE9CAL,0x3AC845C9411BC2BFLL};
    int8_t *l_354 = &g_48;
    struct S1 **l_358 = (void*)0;
    struct S1 ** const *l_357 = &l_358;
    struct S1 ** const * const *l_356 = &l_357;
    uint32_t l_390 = 0x20A1A030L;
    struct S1 ***l_433 = &l_358;
    struct S1 ****l_432 = &l_433;
    struct S0 *l_438 = &g_439[0];
    int i;
    for (i = 0; i < 5; i++)
        l_284[i] = &g_282[4][3].f0;
    for (g_50.f1 = 0; (g_50.f1 <= 3); g_50.f1 += 1)
    { /* block id: 134 */
        uint32_t l_283 = 9UL;
        int64_t l_292 = (-1L);
        int32_t l_320 = 0x8CE036F1L;
        int32_t l_331 = 0xB7A04B49L;
        int32_t l_332 = 0x2D26658DL;
        int32_t l_333 = 0xD22CD79FL;
        int32_t l_334[3][3][2];
        struct S1 ***l_374[1][5] = {{&l_358,&l_358,&l_358,&l_358,&l_358}};
        struct S1 ****l_384 = &l_374[0][3];
        struct S1 *****l_383[2][5] = {{&l_384,&l_384,&l_384,&l_384,&l_384},{&l_384,&l_384,&l_384,&l_384,&l_384}};
        struct S2 l_407 = {65533UL,3UL,3UL,0UL};
        union U5 *l_424 = &g_59;
        struct S0 l_430 = {0x536E22FA6652B3F9LL,0x7DB2L,65533UL,0L,-1L};
        const struct S4 l_457 = {-1L,0x32L,{0xD5EF6F1BL}};
        union U5 *l_460 = &g_235;
        int i, j, k;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 3; j++)
            {
                for (k = 0; k < 2; k++)
                    l_334[i][j][k] = 0x42A0BCDFL;
            }
        }
        (**g_152) ^= ((void*)0 != &g_164);
        if (l_283)
        { /* block id: 136 */
            uint16_t l_285 = 0xF5B9L;
            uint32_t l_325[1][2];
            int32_t l_328 = 1L;
            int32_t l_329 = 0x799A62C1L;
            int32_t l_330[4][5] = {{1L,0xCAC3623FL,1L,(-1L),0xCAC3623FL},{9L,0x8F414B34L,(-1L),9L,(-1L)},{9L,9L,0x83237871L,0xCAC3623FL,(-10L)},{1L,(-10L),(-1L),(-1L),(-10L)}};
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_325[i][j] = 5UL;
            }
            (*g_152) = l_284[4];
            for (g_170.f2.f0 = 3; (g_170.f2.f0 >= 0); g_170.f2.f0 -= 1)
            { /* block id: 140 */
                (*g_152) = l_284[4];
            }
            for (g_63 = 0; (g_63 <= 3); g_63 += 1)
            { /* block id: 145 */
                uint64_t l_291 = 18446744073709551608UL;
                int32_t l_293 = 0x9D6D3E38L;
                uint16_t *l_303 = &g_193.f2;
                int8_t *l_326 = &g_48;
                int64_t l_327 = 0L;
                int i, j;
            }
            g_336++;
        }
        else
        { /* block id: 157 */
            const int32_t l_339 = 0x512EEAC1L;
            int32_t *****l_347[3][3] = {{&g_345,(void*)0,(void*)0},{&g_345,(void*)0,(void*)0},{&g_345,(void*)0,(void*)0}};
            struct S1 ***l_373[4] = {&l_358,&l_358,&l_358,&l_358};
            uint16_t l_378 = 65529UL;
            struct S1 *****l_385[3][5] = {{&l_384,&l_384,&l_384,&l_384,&l_384},{&l_384,&l_384,&l_384,&l_384,&l_384},{&l_384,&l_384,&l_384,&l_384,&l_384}};
            int i, j;
            if ((((((l_339 ^ l_339) != (safe_div_func_int8_t_s_s((((l_342 , (safe_mod_func_int32_t_s_s(((((g_345 = g_345) == (g_50.f4 , (void*)0)) || 65527UL) | p_16), 4294967295UL))) == g_170.f0) , g_173[4][2].f2.f0), p_17.f0))) ^ g_50.f1) != p_17.f0) & g_154))
            { /* block id: 159 */
                uint64_t l_351[1][2];
                int8_t *l_353 = &g_48;
                int8_t **l_352[1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_351[i][j] = 1UL;
                }
                for (i = 0; i < 1; i++)
                    l_352[i] = &l_353;
                p_17.f0 &= (g_193.f2 == ((safe_unary_minus_func_int64_t_s(l_351[0][0])) & ((l_354 = &g_48) == &g_36)));
                (***g_345) = l_284[4];
            }
            else
            { /* block id: 163 */
                struct S1 ** const * const **l_359 = (void*)0;
                struct S1 ** const * const **l_360 = &l_356;
                (*l_360) = (g_355 , l_356);
                if ((***g_346))
                    break;
            }
            l_331 ^= (0x05L > (safe_mod_func_int16_t_s_s((((****g_345) = (safe_add_func_int8_t_s_s(p_16, g_94[0].f1))) && l_320), (safe_div_func_uint32_t_u_u(((safe_sub_func_uint32_t_u_u((safe_sub_func_uint64_t_u_u(((((((safe_add_func_uint16_t_u_u((l_373[1] != l_374[0][2]), p_17.f0)) >= 9L) , g_205[1][2][0]) > g_355.f0) ^ g_355.f1) , 0xD3999685EE79E50DLL), p_17.f0)), p_16)) & l_334[1][2][1]), 7UL)))));
            for (g_50.f2 = 0; (g_50.f2 <= 0); g_50.f2 += 1)
            { /* block id: 171 */
                int8_t l_376[2];
                int32_t l_377 = 0xBDC6EE13L;
                int16_t *l_387 = &g_117;
                int i;
                for (i = 0; i < 2; i++)
                    l_376[i] = 1L;
                (*g_51) = (!0x37674FB4L);
                ++l_378;
                (**g_152) ^= ((g_212 ^= ((void*)0 == &g_154)) & (((*l_387) |= (safe_add_func_uint64_t_u_u(((l_383[0][0] != l_385[0][1]) , (safe_unary_minus_func_uint8_t_u(1UL))), 0L))) == 1L));
            }
        }
        if ((+p_16))
        { /* block id: 179 */
            uint32_t l_389 = 0x3FC29A35L;
            for (g_235.f0.f0 = 0; (g_235.f0.f0 >= 0); g_235.f0.f0 -= 1)
            { /* block id: 182 */
                return l_389;
            }
            l_390++;
        }
        else
        { /* block id: 186 */
            uint64_t l_402 = 0xEA8C49183AA28A67LL;
            int16_t l_410 = 0xDCE2L;
            if ((p_17.f0 ^= (0x98AC883CA65A85A1LL >= (!(l_283 <= (***g_346))))))
            { /* block id: 188 */
                (**g_346) = (g_282[4][3] , (***g_345));
            }
            else
            { /* block id: 190 */
                uint8_t l_411[1];
                union U5 *l_423 = &g_235;
                union U5 **l_422 = &l_423;
                int i;
                for (i = 0; i < 1; i++)
                    l_411[i] = 247UL;
                p_17.f0 = (((p_16 | ((***g_346) = ((((safe_div_func_uint16_t_u_u(((g_396 != (((safe_rshift_func_int8_t_s_s((safe_mul_func_uint16_t_u_u(l_402, (safe_mul_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_s(((l_407 , (safe_lshift_func_uint8_t_u_u((&g_212 == (void*)0), l_410))) > g_50.f1), p_16)), g_170.f0)))), 7)) || p_16) , (void*)0)) > g_94[0].f3), p_16)) == p_17.f0) || 0x3AL) | 7UL))) <= g_94[0].f4.f1) ^ l_411[0]);
                (*g_51) |= (safe_lshift_func_int16_t_s_u((((safe_rshift_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_u(((g_59.f1 && p_17.f0) , l_411[0]), 11)), 11)) && (safe_mod_func_int8_t_s_s((0xC7EFL & (+(((p_17.f0 < p_17.f0) && (-1L)) && g_50.f4.f2))), 0x17L))) , l_411[0]), l_410));
                (***g_346) = ((((!(l_410 > (((*l_422) = (void*)0) != (l_424 = &g_59)))) & g_20) , (+(safe_lshift_func_int8_t_s_s(g_191.f0, 4)))) ^ g_96.f1);
            }
            return g_235.f0.f0;
        }
        for (g_355.f1 = 0; (g_355.f1 <= 3); g_355.f1 += 1)
        { /* block id: 202 */
            struct S1 ****l_431[4][3][3] = {{{&l_374[0][4],&l_374[0][2],&l_374[0][0]},{&l_374[0][4],&l_374[0][3],&l_374[0][3]},{&l_374[0][4],&l_374[0][4],&l_374[0][4]}},{{&l_374[0][4],&l_374[0][2],&l_374[0][0]},{&l_374[0][4],&l_374[0][3],&l_374[0][3]},{&l_374[0][4],&l_374[0][4],&l_374[0][4]}},{{&l_374[0][4],&l_374[0][2],&l_374[0][0]},{&l_374[0][4],&l_374[0][3],&l_374[0][3]},{&l_374[0][4],&l_374[0][4],&l_374[0][4]}},{{&l_374[0][4],&l_374[0][2],&l_374[0][0]},{&l_374[0][4],&l_374[0][3],&l_374[0][3]},{&l_374[0][4],&l_374[0][4],&l_374[0][4]}}};
            uint64_t *l_444 = (void*)0;
            uint64_t *l_445 = &g_355.f2;
            uint16_t *l_450 = &g_336;
            int32_t l_476 = 0L;
            int i, j, k;
        }
        for (g_161 = 0; (g_161 <= 0); g_161 += 1)
        { /* block id: 237 */
            struct S1 *l_478 = &g_94[2];
            int32_t l_479 = 0xED9D69DAL;
            int32_t l_481[5] = {6L,6L,6L,6L,6L};
            int32_t l_482 = (-4L);
            uint32_t l_483 = 6UL;
            int i;
            l_478 = l_478;
            for (l_407.f3 = 0; (l_407.f3 <= 0); l_407.f3 += 1)
            { /* block id: 241 */
                int32_t l_480[2][5] = {{0x13DF5487L,0x13DF5487L,0x13DF5487L,0x13DF5487L,0x13DF5487L},{5L,5L,5L,5L,5L}};
                int i, j, k;
                l_483--;
                return g_205[(g_161 + 1)][(l_407.f3 + 1)][l_407.f3];
            }
        }
    }
    return g_96.f2;
}


/* ------------------------------------------ */
/* 
 * reads : g_50.f1 g_51 g_48 g_49 g_50 g_43 g_59.f0.f0 g_63 g_59.f1 g_96 g_122 g_94.f2 g_117 g_94.f3 g_94.f4.f2 g_94 g_154 g_164 g_152 g_173 g_212 g_120 g_191.f3 g_235.f0.f0 g_170.f2.f0 g_191.f4 g_278
 * writes: g_50.f1 g_48 g_50.f0 g_43 g_59.f0.f0 g_59.f1 g_122 g_117 g_51 g_49 g_151 g_154 g_164 g_96.f2 g_183 g_212 g_235 g_173.f2.f0 g_170.f2.f0 g_191.f4 g_278
 */
static const struct S1  func_22(uint8_t  p_23, struct S1 * p_24)
{ /* block id: 6 */
    int32_t *l_53 = &g_43[1][0].f0;
    uint32_t l_65 = 0xF2280F24L;
    struct S2 l_90 = {65535UL,0UL,8UL,2UL};
    struct S1 *l_93 = &g_94[0];
    uint16_t l_95 = 1UL;
    int32_t l_113 = (-1L);
    int32_t l_116 = (-1L);
    int16_t l_119 = 1L;
    struct S4 *l_169 = &g_170;
    uint8_t l_176[4] = {1UL,1UL,1UL,1UL};
    int32_t l_206 = (-1L);
    int32_t l_209 = 0xB2CF204FL;
    int32_t l_211[3];
    uint32_t l_222[1][2];
    int i, j;
    for (i = 0; i < 3; i++)
        l_211[i] = 0x5560447BL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_222[i][j] = 9UL;
    }
    for (g_50.f1 = 0; (g_50.f1 <= 0); g_50.f1 += 1)
    { /* block id: 9 */
        int32_t **l_52[3][2][2] = {{{(void*)0,(void*)0},{(void*)0,&g_51}},{{(void*)0,(void*)0},{&g_51,(void*)0}},{{(void*)0,&g_51},{(void*)0,(void*)0}}};
        union U5 *l_60 = &g_59;
        uint8_t *l_62 = &g_63;
        struct S4 l_79 = {0L,0xA4L,{-3L}};
        int i, j, k;
        if (p_23)
            break;
        l_53 = g_51;
        for (g_48 = 0; (g_48 <= 0); g_48 += 1)
        { /* block id: 14 */
            int32_t *l_54 = &g_43[1][0].f0;
            struct S1 **l_56 = &g_49;
            struct S1 ***l_55 = &l_56;
            union U5 *l_58[5][2][5] = {{{&g_59,&g_59,&g_59,&g_59,&g_59},{(void*)0,(void*)0,&g_59,&g_59,&g_59}},{{&g_59,&g_59,&g_59,&g_59,&g_59},{&g_59,&g_59,&g_59,(void*)0,(void*)0}},{{&g_59,&g_59,&g_59,&g_59,&g_59},{&g_59,(void*)0,&g_59,&g_59,(void*)0}},{{&g_59,&g_59,&g_59,&g_59,&g_59},{(void*)0,&g_59,&g_59,(void*)0,&g_59}},{{&g_59,&g_59,&g_59,&g_59,&g_59},{(void*)0,(void*)0,&g_59,&g_59,&g_59}}};
            union U5 **l_57[1][4][1] = {{{&l_58[3][0][1]},{(void*)0},{&l_58[3][0][1]},{(void*)0}}};
            int32_t *l_64 = &g_59.f0.f0;
            int32_t l_69[4] = {0L,0L,0L,0L};
            int32_t l_70[4];
            struct S3 l_80 = {0xB6C34CEFL};
            int i, j, k;
            for (i = 0; i < 4; i++)
                l_70[i] = 0x831F7730L;
            l_54 = g_51;
            (*l_55) = &g_49;
            l_60 = (void*)0;
            for (p_23 = 0; (p_23 <= 1); p_23 += 1)
            { /* block id: 20 */
                union U5 l_61 = {{6L}};
                int i, j, k;
                l_58[(g_50.f1 + 4)][g_48][g_48] = l_58[(g_50.f1 + 3)][p_23][p_23];
                l_64 = ((*g_49) , (l_61 , (((&p_23 != l_62) , p_23) , l_54)));
                if (l_61.f0.f0)
                    break;
            }
            for (g_50.f0 = 0; (g_50.f0 <= 0); g_50.f0 += 1)
            { /* block id: 27 */
                int32_t l_66 = 2L;
                int i, j;
                g_43[(g_48 + 1)][g_50.f1] = g_43[(g_50.f0 + 1)][g_50.f0];
                l_70[2] &= ((*l_53) , ((l_65 , ((((*g_51) = l_66) | ((((safe_div_func_int64_t_s_s((((0xC50B10B9BD427A37LL != ((((l_69[1] = 0L) ^ p_23) >= g_59.f0.f0) > g_50.f4.f3)) >= 0xE9L) != 0xFB39L), p_23)) > g_59.f0.f0) , (void*)0) == &p_23)) , 0L)) ^ g_50.f0));
                (*l_64) = (safe_div_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s(g_50.f4.f0, (safe_rshift_func_int16_t_s_u(((safe_sub_func_int8_t_s_s(((l_79 , (*l_54)) < (((l_80 , (safe_lshift_func_uint16_t_u_s(g_50.f4.f1, 1))) > p_23) && g_50.f2)), g_63)) , g_50.f1), p_23)))), p_23));
            }
        }
    }
    for (g_59.f1 = (-8); (g_59.f1 > 7); g_59.f1++)
    { /* block id: 38 */
        struct S1 *l_91 = &g_50;
        struct S1 **l_92[2];
        int32_t l_99[2];
        int32_t l_130 = 0x718B624CL;
        uint16_t l_143[3];
        int32_t l_144[1];
        struct S4 *l_172 = &g_173[4][2];
        union U5 l_232[1] = {{{1L}}};
        int i;
        for (i = 0; i < 2; i++)
            l_92[i] = (void*)0;
        for (i = 0; i < 2; i++)
            l_99[i] = (-1L);
        for (i = 0; i < 3; i++)
            l_143[i] = 0xC6BCL;
        for (i = 0; i < 1; i++)
            l_144[i] = 0x76630CE8L;
        if ((!(((safe_sub_func_uint64_t_u_u((((g_63 != (1L || (safe_sub_func_int16_t_s_s(((l_90 , &g_50) != (l_93 = l_91)), p_23)))) && l_95) <= g_50.f3), p_23)) || 1UL) && 0x20L)))
        { /* block id: 40 */
            int32_t l_97 = 0xB2DE1998L;
            int32_t l_112 = 0x51E35FF2L;
            int32_t l_115 = 1L;
            int32_t l_118 = 0L;
            int32_t l_121 = (-10L);
            struct S3 l_125 = {-6L};
            if (((g_51 == (g_96 , g_51)) >= g_63))
            { /* block id: 41 */
                int32_t *l_98 = &g_43[1][0].f0;
                int32_t *l_100 = &g_43[1][0].f0;
                int32_t *l_101 = &l_99[0];
                int32_t *l_102 = &g_43[1][0].f0;
                int32_t *l_103 = &g_43[1][0].f0;
                int32_t *l_104 = &l_99[0];
                int32_t *l_105 = &l_99[0];
                int32_t *l_106 = &l_99[1];
                int32_t *l_107 = &l_99[0];
                int32_t *l_108 = &l_99[0];
                int32_t *l_109 = &l_99[1];
                int32_t *l_110 = &l_99[0];
                int32_t *l_111[5] = {&l_99[1],&l_99[1],&l_99[1],&l_99[1],&l_99[1]};
                int32_t l_114 = 6L;
                int i;
                g_122--;
                l_115 = ((((((*l_101) = (*g_51)) != ((g_117 |= (l_125 , g_94[0].f2)) && (safe_sub_func_uint8_t_u_u(g_94[0].f3, (safe_mod_func_int8_t_s_s(l_118, l_130)))))) < l_130) > g_94[0].f4.f2) , p_23);
            }
            else
            { /* block id: 46 */
                return (*p_24);
            }
            g_51 = g_51;
        }
        else
        { /* block id: 50 */
            uint8_t l_139 = 0x02L;
            uint64_t *l_140 = &g_50.f0;
            int32_t *l_150 = (void*)0;
            int32_t ** const l_149 = &l_150;
            int32_t ** const *l_148 = &l_149;
            int32_t l_153 = 0xE62A7540L;
            if ((((g_96.f1 != (safe_mod_func_int8_t_s_s(((((safe_add_func_uint32_t_u_u((((((safe_add_func_uint64_t_u_u(((*l_140) = (safe_rshift_func_uint16_t_u_u(l_139, 9))), (safe_mul_func_uint16_t_u_u(g_50.f4.f3, (g_50.f4.f2 & l_99[1]))))) , (*l_53)) && p_23) < g_96.f3) , 0xA76F27FDL), (*l_53))) <= (-1L)) ^ 0x7D6CL) , l_143[0]), 0x33L))) || l_144[0]) && 0x29L))
            { /* block id: 52 */
                if ((*g_51))
                    break;
                return (*l_93);
            }
            else
            { /* block id: 55 */
                int32_t **l_146 = &g_51;
                int32_t ** const *l_145 = &l_146;
                int32_t ** const **l_147[4][2] = {{&l_145,&l_145},{&l_145,&l_145},{&l_145,&l_145},{&l_145,&l_145}};
                int i, j;
                g_49 = &g_94[2];
                g_151 = (l_148 = l_145);
                --g_154;
            }
        }
        for (l_90.f2 = 0; (l_90.f2 <= 0); l_90.f2 += 1)
        { /* block id: 64 */
            int32_t *l_157 = &l_116;
            int32_t l_158[3];
            int32_t *l_159 = &l_144[0];
            int32_t *l_160[3][1];
            int64_t l_162 = 8L;
            struct S1 * const *l_181 = &g_49;
            struct S1 * const **l_180 = &l_181;
            struct S1 * const ***l_179 = &l_180;
            int i, j;
            for (i = 0; i < 3; i++)
                l_158[i] = 0x02D28A0DL;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_160[i][j] = &l_99[0];
            }
            --g_164;
            for (g_96.f2 = 0; (g_96.f2 >= 16); g_96.f2 = safe_add_func_int16_t_s_s(g_96.f2, 1))
            { /* block id: 68 */
                struct S4 **l_171 = (void*)0;
                int32_t l_174 = 1L;
                int64_t l_175[2];
                struct S1 * const ****l_182[3];
                int i;
                for (i = 0; i < 2; i++)
                    l_175[i] = (-1L);
                for (i = 0; i < 3; i++)
                    l_182[i] = &l_179;
                l_172 = l_169;
                ++l_176[2];
                g_183 = l_179;
            }
            (*g_152) = (*g_152);
        }
        if ((*g_51))
        { /* block id: 75 */
            const int16_t l_184 = 0x7212L;
            int32_t l_185 = (-1L);
            struct S0 *l_190 = &g_191;
            int32_t l_199 = 0x07003B07L;
            int32_t l_207 = 0x1D7FB455L;
            int32_t l_208 = 0x6B4D16BDL;
            int32_t l_210[5][1][5] = {{{4L,0xB36488E1L,4L,(-1L),(-1L)}},{{5L,0xE85835DAL,5L,0xCE4462C3L,0xCE4462C3L}},{{4L,0xB36488E1L,4L,(-1L),(-1L)}},{{5L,0xE85835DAL,5L,0xCE4462C3L,0xCE4462C3L}},{{4L,0xB36488E1L,4L,(-1L),(-1L)}}};
            int i, j, k;
            if (p_23)
                break;
            if (l_99[1])
            { /* block id: 77 */
                uint8_t l_186 = 0x94L;
                struct S1 ** const **l_189 = (void*)0;
                if (l_184)
                    break;
                --l_186;
                l_189 = (void*)0;
            }
            else
            { /* block id: 81 */
                struct S0 *l_192 = &g_193;
                uint32_t *l_197 = &l_65;
                int32_t *l_198[5] = {&g_170.f2.f0,&g_170.f2.f0,&g_170.f2.f0,&g_170.f2.f0,&g_170.f2.f0};
                int i;
                l_192 = l_190;
                (*g_51) = (*l_53);
                l_116 = (l_199 = (l_113 = (safe_sub_func_uint16_t_u_u(((l_185 = ((*l_53) |= (!((*l_197) ^= (g_173[4][2] , ((p_23 , &g_151) == &g_151)))))) , 4UL), p_23))));
            }
            for (g_48 = 0; (g_48 <= 1); g_48 += 1)
            { /* block id: 93 */
                int32_t *l_200 = &l_99[0];
                int32_t *l_201 = &l_144[0];
                int32_t *l_202 = &g_43[1][0].f0;
                int32_t *l_203 = &l_116;
                int32_t *l_204[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_204[i] = &l_144[0];
                ++g_212;
            }
            for (g_122 = (-13); (g_122 > 2); g_122 = safe_add_func_uint64_t_u_u(g_122, 2))
            { /* block id: 98 */
                int32_t *l_217 = &g_43[1][0].f0;
                int32_t *l_218 = &l_209;
                int32_t *l_219 = &l_116;
                int32_t *l_220 = &l_144[0];
                int32_t *l_221[1][2];
                struct S2 l_227 = {0UL,0UL,0UL,18446744073709551615UL};
                union U5 *l_233 = (void*)0;
                union U5 *l_234[5][1][3] = {{{(void*)0,&l_232[0],(void*)0}},{{&l_232[0],&l_232[0],&l_232[0]}},{{(void*)0,&l_232[0],(void*)0}},{{&l_232[0],&l_232[0],&l_232[0]}},{{(void*)0,&l_232[0],(void*)0}}};
                uint16_t *l_236 = &l_143[0];
                struct S1 ***l_238 = &l_92[0];
                struct S1 ****l_237 = &l_238;
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_221[i][j] = &l_130;
                }
                l_222[0][0]++;
                (*l_217) |= (0xAF20L > (safe_add_func_int8_t_s_s((l_227 , ((safe_mul_func_uint8_t_u_u(((1UL != (l_210[3][0][2] == (safe_rshift_func_uint16_t_u_s(((*l_236) = ((((g_235 = l_232[0]) , g_120) >= g_191.f3) <= 18446744073709551615UL)), 2)))) <= 0x18D95EC4L), l_208)) <= p_23)), g_96.f1)));
                (*l_237) = &l_92[0];
                if (p_23)
                    break;
            }
        }
        else
        { /* block id: 106 */
            const uint32_t l_251[1][3][2] = {{{0x9E427751L,0x9E427751L},{0x9E427751L,0x9E427751L},{0x9E427751L,0x9E427751L}}};
            int32_t l_277[3];
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_277[i] = 5L;
            for (g_235.f0.f0 = 0; (g_235.f0.f0 > (-28)); g_235.f0.f0 = safe_sub_func_int16_t_s_s(g_235.f0.f0, 5))
            { /* block id: 109 */
                int8_t *l_243 = &g_48;
                int32_t l_250 = 0x4AA03B7EL;
                int32_t *l_260 = &g_170.f2.f0;
                g_173[4][2].f2.f0 &= ((safe_mod_func_uint8_t_u_u((((*g_51) = ((&g_205[1][1][0] == ((*p_24) , &l_119)) & ((*l_243) = 0x55L))) & (safe_add_func_uint16_t_u_u((safe_mul_func_int16_t_s_s((safe_lshift_func_int8_t_s_u((l_232[0] , l_250), g_59.f1)), l_251[0][1][1])), g_122))), p_23)) == l_144[0]);
                (*l_260) = ((*g_51) = (safe_mod_func_int32_t_s_s((safe_div_func_uint64_t_u_u(g_170.f2.f0, (safe_rshift_func_int16_t_s_s(p_23, 1)))), (g_43[1][0].f0 , (p_23 | (safe_add_func_int64_t_s_s(g_50.f4.f2, l_144[0])))))));
                (**g_152) = ((safe_mod_func_uint32_t_u_u(0xE88E8DE1L, 1UL)) == (safe_mul_func_int8_t_s_s(((g_96.f1 || ((safe_lshift_func_int8_t_s_s(0x0AL, 0)) | ((safe_mul_func_int8_t_s_s((safe_mod_func_int32_t_s_s((**g_152), g_94[0].f1)), g_48)) < l_99[0]))) != (*l_260)), 1L)));
                if (l_143[0])
                    continue;
            }
            for (g_191.f4 = 0; (g_191.f4 >= 0); g_191.f4 -= 1)
            { /* block id: 120 */
                int32_t *l_271 = &l_211[1];
                int32_t *l_272 = &l_211[1];
                int32_t *l_273 = (void*)0;
                int32_t *l_274 = &g_235.f0.f0;
                int32_t *l_275 = (void*)0;
                int32_t *l_276[4][4][5] = {{{&g_235.f0.f0,(void*)0,&l_130,&l_113,&l_211[0]},{(void*)0,&g_235.f0.f0,&l_206,&l_209,&l_211[0]},{(void*)0,&g_173[4][2].f2.f0,&l_211[0],&g_43[1][0].f0,&l_211[1]},{(void*)0,&g_173[4][2].f2.f0,&l_232[0].f0.f0,(void*)0,&l_232[0].f0.f0}},{{&g_235.f0.f0,&g_235.f0.f0,&l_211[0],(void*)0,&l_211[2]},{&g_173[4][2].f2.f0,(void*)0,&l_206,&g_43[1][0].f0,&l_232[0].f0.f0},{&g_173[4][2].f2.f0,(void*)0,&l_130,&l_209,&l_211[1]},{&g_235.f0.f0,(void*)0,&l_130,&l_113,&l_211[0]}},{{(void*)0,&g_235.f0.f0,&l_206,&l_209,&l_211[0]},{(void*)0,&g_173[4][2].f2.f0,&l_211[0],&g_43[1][0].f0,&l_211[1]},{(void*)0,&g_173[4][2].f2.f0,&l_232[0].f0.f0,(void*)0,&l_232[0].f0.f0},{&g_235.f0.f0,&g_235.f0.f0,&l_211[0],(void*)0,&l_211[2]}},{{&g_173[4][2].f2.f0,(void*)0,&l_206,&g_43[1][0].f0,&l_232[0].f0.f0},{&g_173[4][2].f2.f0,(void*)0,&l_130,&l_209,&l_211[1]},{&g_235.f0.f0,(void*)0,&l_130,&l_113,&l_211[0]},{(void*)0,&g_235.f0.f0,&l_206,&l_209,&l_211[0]}}};
                int i, j, k;
                g_278--;
                if ((*g_51))
                    continue;
                (*g_152) = (*g_152);
                (*g_51) = l_143[2];
            }
            (*g_51) = p_23;
        }
    }
    return (*p_24);
}




/* ---------------------------------------- */
int main (int argc, char* argv[])
{
    int i, j, k;
    int print_hash_value = 0;
    if (argc == 2 && strcmp(argv[1], "1") == 0) print_hash_value = 1;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_43[i][j].f0, "g_43[i][j].f0", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_50.f0, "g_50.f0", print_hash_value);
    transparent_crc(g_50.f1, "g_50.f1", print_hash_value);
    transparent_crc(g_50.f2, "g_50.f2", print_hash_value);
    transparent_crc(g_50.f3, "g_50.f3", print_hash_value);
    transparent_crc(g_50.f4.f0, "g_50.f4.f0", print_hash_value);
    transparent_crc(g_50.f4.f1, "g_50.f4.f1", print_hash_value);
    transparent_crc(g_50.f4.f2, "g_50.f4.f2", print_hash_value);
    transparent_crc(g_50.f4.f3, "g_50.f4.f3", print_hash_value);
    transparent_crc(g_50.f4.f4, "g_50.f4.f4", print_hash_value);
    transparent_crc(g_59.f1, "g_59.f1", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_94[i].f0, "g_94[i].f0", print_hash_value);
        transparent_crc(g_94[i].f1, "g_94[i].f1", print_hash_value);
        transparent_crc(g_94[i].f2, "g_94[i].f2", print_hash_value);
        transparent_crc(g_94[i].f3, "g_94[i].f3", print_hash_value);
        transparent_crc(g_94[i].f4.f0, "g_94[i].f4.f0", print_hash_value);
        transparent_crc(g_94[i].f4.f1, "g_94[i].f4.f1", print_hash_value);
        transparent_crc(g_94[i].f4.f2, "g_94[i].f4.f2", print_hash_value);
        transparent_crc(g_94[i].f4.f3, "g_94[i].f4.f3", print_hash_value);
        transparent_crc(g_94[i].f4.f4, "g_94[i].f4.f4", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_96.f0, "g_96.f0", print_hash_value);
    transparent_crc(g_96.f1, "g_96.f1", print_hash_value);
    transparent_crc(g_96.f2, "g_96.f2", print_hash_value);
    transparent_crc(g_96.f3, "g_96.f3", print_hash_value);
    transparent_crc(g_117, "g_117", print_hash_value);
    transparent_crc(g_120, "g_120", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    transparent_crc(g_154, "g_154", print_hash_value);
    transparent_crc(g_161, "g_161", print_hash_value);
    transparent_crc(g_163, "g_163", print_hash_value);
    transparent_crc(g_164, "g_164", print_hash_value);
    transparent_crc(g_170.f0, "g_170.f0", print_hash_value);
    transparent_crc(g_170.f1, "g_170.f1", print_hash_value);
    transparent_crc(g_170.f2.f0, "g_170.f2.f0", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_173[i][j].f0, "g_173[i][j].f0", print_hash_value);
            transparent_crc(g_173[i][j].f1, "g_173[i][j].f1", print_hash_value);
            transparent_crc(g_173[i][j].f2.f0, "g_173[i][j].f2.f0", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_191.f0, "g_191.f0", print_hash_value);
    transparent_crc(g_191.f1, "g_191.f1", print_hash_value);
    transparent_crc(g_191.f2, "g_191.f2", print_hash_value);
    transparent_crc(g_191.f3, "g_191.f3", print_hash_value);
    transparent_crc(g_191.f4, "g_191.f4", print_hash_value);
    transparent_crc(g_193.f0, "g_193.f0", print_hash_value);
    transparent_crc(g_193.f1, "g_193.f1", print_hash_value);
    transparent_crc(g_193.f2, "g_193.f2", print_hash_value);
    transparent_crc(g_193.f3, "g_193.f3", print_hash_value);
    transparent_crc(g_193.f4, "g_193.f4", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_205[i][j][k], "g_205[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_212, "g_212", print_hash_value);
    transparent_crc(g_235.f1, "g_235.f1", print_hash_value);
    transparent_crc(g_278, "g_278", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_282[i][j].f0, "g_282[i][j].f0", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_335, "g_335", print_hash_value);
    transparent_crc(g_336, "g_336", print_hash_value);
    transparent_crc(g_355.f0, "g_355.f0", print_hash_value);
    transparent_crc(g_355.f1, "g_355.f1", print_hash_value);
    transparent_crc(g_355.f2, "g_355.f2", print_hash_value);
    transparent_crc(g_355.f3, "g_355.f3", print_hash_value);
    transparent_crc(g_355.f4.f0, "g_355.f4.f0", print_hash_value);
    transparent_crc(g_355.f4.f1, "g_355.f4.f1", print_hash_value);
    transparent_crc(g_355.f4.f2, "g_355.f4.f2", print_hash_value);
    transparent_crc(g_355.f4.f3, "g_355.f4.f3", print_hash_value);
    transparent_crc(g_355.f4.f4, "g_355.f4.f4", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_439[i].f0, "g_439[i].f0", print_hash_value);
        transparent_crc(g_439[i].f1, "g_439[i].f1", print_hash_value);
        transparent_crc(g_439[i].f2, "g_439[i].f2", print_hash_value);
        transparent_crc(g_439[i].f3, "g_439[i].f3", print_hash_value);
        transparent_crc(g_439[i].f4, "g_439[i].f4", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_553, "g_553", print_hash_value);
    transparent_crc(g_554, "g_554", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_622[i][j], "g_622[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_652.f0, "g_652.f0", print_hash_value);
    transparent_crc(g_652.f1, "g_652.f1", print_hash_value);
    transparent_crc(g_652.f2, "g_652.f2", print_hash_value);
    transparent_crc(g_652.f3, "g_652.f3", print_hash_value);
    transparent_crc(g_652.f4.f0, "g_652.f4.f0", print_hash_value);
    transparent_crc(g_652.f4.f1, "g_652.f4.f1", print_hash_value);
    transparent_crc(g_652.f4.f2, "g_652.f4.f2", print_hash_value);
    transparent_crc(g_652.f4.f3, "g_652.f4.f3", print_hash_value);
    transparent_crc(g_652.f4.f4, "g_652.f4.f4", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_684[i][j][k], "g_684[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_730[i], "g_730[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_733, "g_733", print_hash_value);
    transparent_crc(g_734, "g_734", print_hash_value);
    transparent_crc(g_740.f0, "g_740.f0", print_hash_value);
    transparent_crc(g_740.f1, "g_740.f1", print_hash_value);
    transparent_crc(g_740.f2, "g_740.f2", print_hash_value);
    transparent_crc(g_740.f3, "g_740.f3", print_hash_value);
    transparent_crc(g_740.f4.f0, "g_740.f4.f0", print_hash_value);
    transparent_crc(g_740.f4.f1, "g_740.f4.f1", print_hash_value);
    transparent_crc(g_740.f4.f2, "g_740.f4.f2", print_hash_value);
    transparent_crc(g_740.f4.f3, "g_740.f4.f3", print_hash_value);
    transparent_crc(g_740.f4.f4, "g_740.f4.f4", print_hash_value);
    transparent_crc(g_818, "g_818", print_hash_value);
    transparent_crc(g_875, "g_875", print_hash_value);
    transparent_crc(g_904, "g_904", print_hash_value);
    transparent_crc(g_935, "g_935", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_937[i], "g_937[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_967, "g_967", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_1001[i][j], "g_1001[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1005, "g_1005", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 2
breakdown:
   depth: 0, occurrence: 289
   depth: 1, occurrence: 22
   depth: 2, occurrence: 11
XXX total union variables: 4

XXX max expression depth: 44
breakdown:
   depth: 1, occurrence: 262
   depth: 2, occurrence: 53
   depth: 3, occurrence: 5
   depth: 4, occurrence: 4
   depth: 5, occurrence: 1
   depth: 6, occurrence: 2
   depth: 8, occurrence: 5
   depth: 9, occurrence: 4
   depth: 10, occurrence: 3
   depth: 11, occurrence: 6
   depth: 12, occurrence: 5
   depth: 13, occurrence: 5
   depth: 15, occurrence: 4
   depth: 16, occurrence: 4
   depth: 17, occurrence: 1
   depth: 18, occurrence: 4
   depth: 19, occurrence: 1
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 23, occurrence: 2
   depth: 25, occurrence: 1
   depth: 44, occurrence: 1

XXX total number of pointers: 269

XXX times a variable address is taken: 372
XXX times a pointer is dereferenced on RHS: 46
breakdown:
   depth: 1, occurrence: 36
   depth: 2, occurrence: 2
   depth: 3, occurrence: 7
   depth: 4, occurrence: 1
XXX times a pointer is dereferenced on LHS: 136
breakdown:
   depth: 1, occurrence: 112
   depth: 2, occurrence: 14
   depth: 3, occurrence: 8
   depth: 4, occurrence: 2
XXX times a pointer is compared with null: 10
XXX times a pointer is compared with address of another variable: 3
XXX times a pointer is compared with another pointer: 5
XXX times a pointer is qualified to be dereferenced: 2688

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 280
   level: 2, occurrence: 93
   level: 3, occurrence: 49
   level: 4, occurrence: 58
XXX number of pointers point to pointers: 103
XXX number of pointers point to scalars: 124
XXX number of pointers point to structs: 32
XXX percent of pointers has null in alias set: 25.3
XXX average alias set size: 1.28

XXX times a non-volatile is read: 715
XXX times a non-volatile is write: 485
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 4

XXX stmts: 241
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 17
   depth: 1, occurrence: 30
   depth: 2, occurrence: 76
   depth: 3, occurrence: 118

XXX percentage a fresh-made variable is used: 23.4
XXX percentage an existing variable is used: 76.6
********************* end of statistics **********************/

