/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 5005 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3 --max-funcs 8 --max-block-depth 4 --max-expr-complexity 10
 * Seed:      5005
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
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint64_t safe_mod_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a % b); }
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
static int32_t safe_unary_minus_func_int32_t_s(int32_t a) { return (a == (-2147483647 - 1)) ? a : (int32_t)-a; }
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
static uint16_t safe_unary_minus_func_uint16_t_u(uint16_t a) { return (uint16_t)(0u - (uint32_t)a); }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   const uint32_t  f0;
   int8_t  f1;
   int32_t  f2;
};

struct S1 {
   const uint32_t  f0;
   uint32_t  f1;
   uint16_t  f2;
   int16_t  f3;
};

/* --- GLOBAL VARIABLES --- */
static uint8_t g_16 = 0UL;
static int16_t g_65 = 0x3B3EL;
static struct S1 g_86 = {0x9C202D2AL,18446744073709551613UL,65527UL,0L};
static struct S1 g_96 = {0xA38556ADL,1UL,0x9059L,-1L};
static uint64_t g_115 = 18446744073709551607UL;
static uint64_t g_119[3] = {0x5E52939A49A9C08ALL,0x5E52939A49A9C08ALL,0x5E52939A49A9C08ALL};
static int32_t g_123 = 2L;
static uint32_t g_124 = 0x06A2966CL;
static int8_t g_148 = (-8L);
static int64_t g_171 = (-4L);
static int32_t g_174 = 0x05261906L;
static int8_t g_175 = 1L;
static uint16_t g_177 = 0x2295L;
static uint8_t g_213 = 0x36L;
static uint64_t g_226 = 4UL;
static int32_t *g_250 = &g_174;
static int32_t **g_249 = &g_250;
static struct S0 g_255 = {0x1789042DL,0x31L,0xE06B359DL};
static uint64_t *g_292 = &g_119[1];
static uint64_t **g_291 = &g_292;
static uint64_t ***g_290 = &g_291;
static uint64_t g_293 = 0UL;
static uint16_t g_334 = 5UL;
static int16_t g_343 = 0x88DEL;
static int16_t g_344 = 0xB41CL;
static uint16_t g_345 = 65529UL;
static int64_t *g_390 = &g_171;
static int64_t **g_389 = &g_390;
static int32_t ** const **g_396 = (void*)0;
static int32_t ** const ***g_395 = &g_396;
static const struct S1 g_401 = {0x7DD8F9AEL,1UL,65535UL,0x0398L};
static int32_t g_483 = 0L;
static int64_t g_506 = 0x0455CA0AABB5BDF2LL;
static int8_t g_510 = (-1L);
static uint8_t g_511 = 1UL;
static struct S0 g_535 = {0xFBE49D12L,0xBFL,0x0199D583L};
static struct S0 *g_544 = (void*)0;
static struct S0 **g_543 = &g_544;
static int32_t g_563[1][3][2] = {{{1L,1L},{1L,1L},{1L,1L}}};
static uint8_t g_568[3][3][2] = {{{0x4BL,0xF1L},{4UL,0xF1L},{0x4BL,0xF1L}},{{4UL,0xF1L},{0x4BL,0xF1L},{4UL,0xF1L}},{{0x4BL,0xF1L},{4UL,0xF1L},{0x4BL,0xF1L}}};
static struct S1 g_601 = {0x2F2C3F61L,0x1A797CD5L,0x4923L,8L};
static struct S1 *g_600 = &g_601;
static struct S1 g_603[3][3][5] = {{{{0x4E08B3EDL,2UL,8UL,0x8737L},{2UL,1UL,8UL,0L},{0x4E08B3EDL,2UL,8UL,0x8737L},{0x4E08B3EDL,2UL,8UL,0x8737L},{2UL,1UL,8UL,0L}},{{2UL,1UL,8UL,0L},{0x4E08B3EDL,2UL,8UL,0x8737L},{0x4E08B3EDL,2UL,8UL,0x8737L},{2UL,1UL,8UL,0L},{0x4E08B3EDL,2UL,8UL,0x8737L}},{{2UL,1UL,8UL,0L},{2UL,1UL,8UL,0L},{8UL,18446744073709551609UL,0x7F2EL,0xEBE4L},{2UL,1UL,8UL,0L},{2UL,1UL,8UL,0L}}},{{{0x4E08B3EDL,2UL,8UL,0x8737L},{2UL,1UL,8UL,0L},{0x4E08B3EDL,2UL,8UL,0x8737L},{0x4E08B3EDL,2UL,8UL,0x8737L},{0x4E08B3EDL,2UL,8UL,0x8737L}},{{0x4E08B3EDL,2UL,8UL,0x8737L},{8UL,18446744073709551609UL,0x7F2EL,0xEBE4L},{8UL,18446744073709551609UL,0x7F2EL,0xEBE4L},{0x4E08B3EDL,2UL,8UL,0x8737L},{8UL,18446744073709551609UL,0x7F2EL,0xEBE4L}},{{0x4E08B3EDL,2UL,8UL,0x8737L},{0x4E08B3EDL,2UL,8UL,0x8737L},{2UL,1UL,8UL,0L},{0x4E08B3EDL,2UL,8UL,0x8737L},{0x4E08B3EDL,2UL,8UL,0x8737L}}},{{{8UL,18446744073709551609UL,0x7F2EL,0xEBE4L},{0x4E08B3EDL,2UL,8UL,0x8737L},{8UL,18446744073709551609UL,0x7F2EL,0xEBE4L},{8UL,18446744073709551609UL,0x7F2EL,0xEBE4L},{0x4E08B3EDL,2UL,8UL,0x8737L}},{{0x4E08B3EDL,2UL,8UL,0x8737L},{8UL,18446744073709551609UL,0x7F2EL,0xEBE4L},{8UL,18446744073709551609UL,0x7F2EL,0xEBE4L},{0x4E08B3EDL,2UL,8UL,0x8737L},{8UL,18446744073709551609UL,0x7F2EL,0xEBE4L}},{{0x4E08B3EDL,2UL,8UL,0x8737L},{0x4E08B3EDL,2UL,8UL,0x8737L},{2UL,1UL,8UL,0L},{0x4E08B3EDL,2UL,8UL,0x8737L},{0x4E08B3EDL,2UL,8UL,0x8737L}}}};
static struct S1 *g_602 = &g_603[0][1][1];
static uint8_t g_693 = 246UL;
static const int32_t g_736 = 0xC813C6E4L;
static const int32_t *g_735[5] = {&g_736,&g_736,&g_736,&g_736,&g_736};
static const int32_t *g_737 = &g_123;
static int32_t g_782 = 0x03FB42E6L;
static int32_t g_908 = 0x546B5E65L;
static struct S0 ***g_911 = (void*)0;
static struct S1 **g_914 = (void*)0;
static struct S1 ** const *g_913 = &g_914;
static struct S1 ** const * const *g_912 = &g_913;
static uint32_t **g_960 = (void*)0;
static int32_t *** const g_1000 = (void*)0;
static int32_t *** const *g_999[2] = {&g_1000,&g_1000};
static int32_t *** const **g_998 = &g_999[0];
static const int64_t *g_1240 = &g_506;
static const int64_t **g_1239 = &g_1240;
static const struct S1 g_1268 = {0x72C70D4EL,18446744073709551608UL,0xF1F7L,0xF00DL};
static uint32_t g_1372 = 4294967292UL;
static uint32_t g_1374 = 0xA46F1A75L;
static int32_t *g_1384 = &g_908;
static uint32_t ***g_1390 = &g_960;
static uint32_t ****g_1389[5][5][4] = {{{&g_1390,(void*)0,&g_1390,(void*)0},{&g_1390,&g_1390,&g_1390,(void*)0},{&g_1390,(void*)0,(void*)0,(void*)0},{(void*)0,&g_1390,&g_1390,&g_1390},{(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_1390,&g_1390,&g_1390,(void*)0},{(void*)0,&g_1390,&g_1390,(void*)0},{&g_1390,(void*)0,&g_1390,&g_1390},{&g_1390,(void*)0,&g_1390,(void*)0},{&g_1390,(void*)0,&g_1390,(void*)0}},{{(void*)0,&g_1390,&g_1390,&g_1390},{&g_1390,&g_1390,(void*)0,(void*)0},{(void*)0,(void*)0,&g_1390,&g_1390},{(void*)0,(void*)0,(void*)0,&g_1390},{&g_1390,&g_1390,&g_1390,(void*)0}},{{&g_1390,&g_1390,&g_1390,&g_1390},{&g_1390,(void*)0,&g_1390,&g_1390},{&g_1390,(void*)0,(void*)0,(void*)0},{&g_1390,&g_1390,&g_1390,&g_1390},{(void*)0,&g_1390,&g_1390,(void*)0}},{{&g_1390,(void*)0,(void*)0,(void*)0},{&g_1390,(void*)0,&g_1390,&g_1390},{&g_1390,(void*)0,(void*)0,(void*)0},{&g_1390,&g_1390,&g_1390,(void*)0},{(void*)0,&g_1390,&g_1390,(void*)0}}};
static int64_t g_1511 = 0xEAE92B9E4ECDF7FFLL;
static struct S0 ****g_1615 = (void*)0;
static int32_t g_1629 = 0xC4F905FFL;
static uint32_t g_1638 = 5UL;
static uint32_t g_1731[5][2][1] = {{{0UL},{0UL}},{{0UL},{0UL}},{{0UL},{0UL}},{{0UL},{0UL}},{{0UL},{0UL}}};
static struct S0 g_1739 = {0x21C7EDBBL,1L,0x8736A1F8L};
static struct S0 *g_1738 = &g_1739;
static int16_t g_1757 = 0L;
static uint64_t g_1783 = 0x8893078C8E78B37DLL;
static int32_t *g_1809 = &g_908;
static int64_t g_1877 = (-1L);
static int8_t g_1886 = 0x21L;
static uint16_t g_2082[4] = {65531UL,65531UL,65531UL,65531UL};


/* --- FORWARD DECLARATIONS --- */
static uint16_t  func_1(void);
static struct S0  func_4(int32_t  p_5, int32_t  p_6, int64_t  p_7);
static uint64_t  func_12(int8_t  p_13, int32_t  p_14, int32_t  p_15);
static int8_t  func_28(int32_t  p_29, uint16_t  p_30, const struct S1  p_31);
static int32_t  func_32(uint8_t  p_33, uint32_t  p_34, uint32_t  p_35);
static uint64_t  func_53(uint64_t  p_54);
static uint64_t  func_57(int16_t  p_58);
static int16_t  func_77(int32_t  p_78, const int16_t * p_79, struct S1  p_80);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_568
 * writes:
 */
static uint16_t  func_1(void)
{ /* block id: 0 */
    uint32_t l_19 = 0x589FE57FL;
    uint64_t l_400 = 18446744073709551615UL;
    int32_t *l_1399 = &g_908;
    uint32_t ***l_1412 = &g_960;
    struct S0 l_1417 = {0x3F9057C2L,2L,0x924B182FL};
    struct S0 ****l_1444 = &g_911;
    int32_t l_1452 = 0xE3C331A1L;
    int32_t *l_1458 = &g_908;
    struct S0 *l_1470 = (void*)0;
    int32_t **l_1495 = &g_1384;
    int32_t l_1508[5];
    int32_t l_1512 = (-1L);
    int8_t l_1513 = 9L;
    int32_t *l_1514 = &l_1452;
    uint8_t *l_1517 = &g_693;
    int32_t ***l_1521[2];
    int32_t ****l_1520 = &l_1521[0];
    int32_t ***** const l_1519 = &l_1520;
    uint32_t l_1528 = 0UL;
    uint32_t l_1666 = 0x9E2F1159L;
    struct S0 ****l_1668 = &g_911;
    int8_t l_1723 = 0x3EL;
    struct S0 *l_1737 = &l_1417;
    const int32_t *l_1746 = &g_1629;
    int16_t *l_1767 = &g_96.f3;
    int32_t *l_1786[3];
    uint64_t l_1818 = 1UL;
    uint32_t l_1819 = 4294967295UL;
    uint32_t l_1823 = 18446744073709551615UL;
    uint32_t *l_1837[1];
    uint64_t l_1887 = 0UL;
    int32_t l_1965 = (-1L);
    uint64_t l_1966 = 18446744073709551612UL;
    uint32_t l_2006 = 0xF5FD05C5L;
    uint64_t l_2008 = 0xF5DD417C6CEB0ADDLL;
    uint8_t l_2048 = 0x20L;
    uint64_t **** const l_2071 = &g_290;
    int64_t **l_2076[2][5][3] = {{{&g_390,&g_390,(void*)0},{&g_390,&g_390,(void*)0},{&g_390,&g_390,(void*)0},{&g_390,&g_390,(void*)0},{&g_390,&g_390,(void*)0}},{{&g_390,&g_390,(void*)0},{&g_390,&g_390,(void*)0},{&g_390,&g_390,(void*)0},{&g_390,&g_390,(void*)0},{&g_390,&g_390,(void*)0}}};
    int64_t **l_2078 = &g_390;
    int64_t l_2081 = 0xE86F46000F3DDC3BLL;
    uint32_t l_2083 = 4294967287UL;
    int i, j, k;
    for (i = 0; i < 5; i++)
        l_1508[i] = 0x45E1D361L;
    for (i = 0; i < 2; i++)
        l_1521[i] = &l_1495;
    for (i = 0; i < 3; i++)
        l_1786[i] = &g_1629;
    for (i = 0; i < 1; i++)
        l_1837[i] = &l_1819;
    return g_568[0][0][0];
}


/* ------------------------------------------ */
/* 
 * reads : g_96.f3 g_177 g_174 g_124 g_401.f3 g_1372 g_390 g_171 g_86.f2 g_1389 g_1384 g_908
 * writes: g_96.f3 g_601.f1 g_334 g_86.f1 g_177 g_174 g_124 g_1372 g_1374 g_344 g_171 g_506 g_175 g_1384 g_226 g_908
 */
static struct S0  func_4(int32_t  p_5, int32_t  p_6, int64_t  p_7)
{ /* block id: 535 */
    uint16_t l_1334 = 65535UL;
    uint32_t l_1378[3][1][4] = {{{0x9C99D370L,0x0F49D4EBL,0x9C99D370L,0x0F49D4EBL}},{{0x9C99D370L,0x0F49D4EBL,0x9C99D370L,0x0F49D4EBL}},{{0x9C99D370L,0x0F49D4EBL,0x9C99D370L,0x0F49D4EBL}}};
    struct S0 l_1398 = {0x22062D71L,1L,-1L};
    int i, j, k;
    --l_1334;
    for (g_96.f3 = 0; (g_96.f3 > (-10)); --g_96.f3)
    { /* block id: 539 */
        struct S1 l_1347 = {0x74BEB79FL,0xBEC75E52L,0xEEDBL,0x85A0L};
        uint32_t ****l_1393 = &g_1390;
        uint32_t *l_1395 = (void*)0;
        uint32_t **l_1394 = &l_1395;
        if (p_5)
            break;
        for (g_601.f1 = 20; (g_601.f1 < 52); g_601.f1 = safe_add_func_int32_t_s_s(g_601.f1, 9))
        { /* block id: 543 */
            uint32_t ****l_1392 = (void*)0;
            uint32_t **l_1396[3];
            int32_t l_1397 = 0L;
            int i;
            for (i = 0; i < 3; i++)
                l_1396[i] = &l_1395;
            for (g_334 = 5; (g_334 == 59); g_334 = safe_add_func_int8_t_s_s(g_334, 7))
            { /* block id: 546 */
                int32_t l_1370 = (-3L);
                for (g_86.f1 = 24; (g_86.f1 != 32); g_86.f1 = safe_add_func_uint8_t_u_u(g_86.f1, 8))
                { /* block id: 549 */
                    uint16_t *l_1348 = &g_177;
                    int32_t *l_1355 = (void*)0;
                    int32_t *l_1356 = (void*)0;
                    int32_t *l_1357 = &g_174;
                    uint32_t *l_1358 = &g_124;
                    uint32_t *l_1371 = &g_1372;
                    uint32_t *l_1373 = &g_1374;
                    int16_t *l_1375 = &g_344;
                    int64_t *l_1376 = (void*)0;
                    int64_t *l_1377 = &g_506;
                    struct S0 l_1379 = {1UL,0L,0x3AC5143EL};
                    p_6 = (safe_add_func_int64_t_s_s(((*l_1377) = ((l_1347 , (--(*l_1348))) < ((((safe_div_func_uint32_t_u_u((((void*)0 == &g_124) || (safe_add_func_int64_t_s_s((((*l_1357) &= 6L) > (++(*l_1358))), ((*g_390) &= (safe_lshift_func_int16_t_s_u(((*l_1375) = (safe_sub_func_uint16_t_u_u((p_6 > (((*l_1373) = ((*l_1371) ^= ((((0x782FL && (((!(safe_lshift_func_int8_t_s_u((l_1347.f0 | 0xF2L), 0))) >= (safe_mul_func_uint8_t_u_u(g_401.f3, l_1370))) >= 0L)) >= 252UL) != 1UL) >= p_5))) <= p_7)), 0x24A8L))), p_5)))))), 0x1B3F32CBL)) > g_86.f2) >= l_1347.f1) < p_5))), l_1378[0][0][0]));
                    (*l_1357) |= 0xDACC2CEEL;
                    return l_1379;
                }
            }
            for (g_344 = 0; (g_344 == 20); g_344++)
            { /* block id: 565 */
                for (g_175 = 3; (g_175 < 27); ++g_175)
                { /* block id: 568 */
                    g_1384 = &p_6;
                }
            }
            if (p_5)
                continue;
            for (g_344 = (-21); (g_344 < (-11)); g_344 = safe_add_func_int32_t_s_s(g_344, 9))
            { /* block id: 575 */
                for (g_226 = 0; (g_226 >= 54); g_226 = safe_add_func_int8_t_s_s(g_226, 4))
                { /* block id: 578 */
                    uint32_t *****l_1391[5][3][3] = {{{(void*)0,(void*)0,(void*)0},{&g_1389[3][1][2],&g_1389[2][0][3],&g_1389[2][2][1]},{&g_1389[2][0][3],&g_1389[2][0][3],(void*)0}},{{&g_1389[2][0][3],&g_1389[2][0][3],(void*)0},{&g_1389[3][1][2],&g_1389[2][0][3],(void*)0},{&g_1389[2][0][3],&g_1389[2][0][3],(void*)0}},{{&g_1389[3][1][2],&g_1389[2][0][3],&g_1389[2][2][1]},{&g_1389[2][0][3],&g_1389[2][0][3],(void*)0},{&g_1389[2][0][3],&g_1389[2][0][3],(void*)0}},{{&g_1389[3][1][2],&g_1389[2][0][3],(void*)0},{&g_1389[2][0][3],&g_1389[2][0][3],(void*)0},{&g_1389[3][1][2],&g_1389[2][0][3],&g_1389[2][2][1]}},{{&g_1389[2][0][3],&g_1389[2][0][3],(void*)0},{&g_1389[2][0][3],&g_1389[2][0][3],(void*)0},{&g_1389[3][1][2],&g_1389[2][0][3],(void*)0}}};
                    int i, j, k;
                    l_1393 = (l_1392 = g_1389[2][0][3]);
                    (*g_1384) &= ((l_1394 != l_1396[2]) , (l_1397 &= p_7));
                }
            }
        }
    }
    return l_1398;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint64_t  func_12(int8_t  p_13, int32_t  p_14, int32_t  p_15)
{ /* block id: 533 */
    uint64_t l_1333 = 0x7FAC2022A8FA9E2DLL;
    return l_1333;
}


/* ------------------------------------------ */
/* 
 * reads : g_177 g_291 g_292 g_119 g_255.f0 g_401.f1 g_174 g_65 g_390 g_171 g_255.f1 g_96.f1 g_148 g_213 g_175 g_343 g_16 g_345 g_96.f3 g_96.f2 g_290 g_483 g_86.f1 g_401.f0 g_86.f3 g_250 g_389 g_511 g_115 g_344 g_86.f0 g_334 g_123 g_563 g_86.f2 g_401.f3 g_568 g_535.f0 g_124 g_86 g_293 g_603.f0 g_226 g_601.f2 g_602 g_96 g_603 g_693 g_255.f2 g_737 g_535.f1 g_510 g_782 g_506 g_908 g_601.f3 g_600 g_601 g_912 g_960 g_913 g_736 g_535.f2 g_914 g_1239 g_535 g_401.f2 g_255
 * writes: g_174 g_123 g_96.f1 g_213 g_86.f2 g_175 g_345 g_86.f3 g_344 g_334 g_250 g_511 g_119 g_115 g_543 g_510 g_535.f2 g_568 g_65 g_171 g_600 g_602 g_124 g_693 g_255.f2 g_177 g_735 g_737 g_255.f1 g_601.f3 g_911 g_544 g_292 g_782 g_998 g_96.f2 g_1239 g_343 g_603.f2
 */
static int8_t  func_28(int32_t  p_29, uint16_t  p_30, const struct S1  p_31)
{ /* block id: 149 */
    uint32_t l_402 = 0x89800731L;
    int32_t *l_403[5][3] = {{&g_123,&g_123,&g_255.f2},{&g_123,&g_123,&g_255.f2},{&g_123,&g_123,&g_255.f2},{&g_123,&g_123,&g_255.f2},{&g_123,&g_123,&g_255.f2}};
    uint64_t ***l_429[4];
    uint8_t *l_430 = (void*)0;
    uint8_t *l_431 = (void*)0;
    uint32_t l_432 = 1UL;
    uint64_t l_435 = 0xB352CB76CFBF0028LL;
    uint32_t *l_436 = &g_96.f1;
    uint8_t *l_437 = &g_213;
    struct S0 l_458 = {0UL,7L,0L};
    struct S0 *l_534[4][4] = {{&g_535,&g_535,&g_535,&g_535},{&g_535,&g_535,&g_535,&g_535},{&g_255,&g_535,&g_255,&g_535},{&g_255,&g_535,&g_535,&g_255}};
    struct S0 l_545 = {1UL,0x14L,0L};
    int8_t l_588 = 0L;
    const uint16_t l_707 = 0xD531L;
    int16_t *l_731 = &g_601.f3;
    uint16_t l_815 = 0x762BL;
    struct S1 l_899[2][4][4] = {{{{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L}},{{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L}},{{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L}},{{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L}}},{{{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L}},{{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L}},{{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L}},{{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L},{0xE9838333L,0xF85D4870L,6UL,0L}}}};
    struct S0 ***l_910[2][1][5] = {{{&g_543,&g_543,&g_543,&g_543,&g_543}},{{&g_543,&g_543,&g_543,&g_543,&g_543}}};
    uint16_t l_921 = 0x49FBL;
    int64_t **l_940 = &g_390;
    int32_t *** const l_997 = &g_249;
    int32_t *** const *l_996 = &l_997;
    int32_t *** const **l_995[4][2][1] = {{{&l_996},{&l_996}},{{&l_996},{&l_996}},{{&l_996},{&l_996}},{{&l_996},{&l_996}}};
    uint64_t l_1001 = 1UL;
    struct S0 l_1002 = {0xFC16E6EBL,0x31L,0xD6EE7526L};
    uint32_t ** const l_1101 = (void*)0;
    struct S1 **l_1168[3];
    uint8_t l_1181 = 255UL;
    uint32_t *l_1247 = &l_432;
    int32_t l_1257 = 0x8B78D9E0L;
    int16_t l_1258 = 0x31A1L;
    int8_t *l_1259 = &g_175;
    uint16_t *l_1261 = &g_603[0][1][1].f2;
    uint16_t **l_1260 = &l_1261;
    struct S0 * const *l_1265 = &l_534[1][0];
    struct S0 * const **l_1264 = &l_1265;
    struct S0 * const ***l_1263[4] = {&l_1264,&l_1264,&l_1264,&l_1264};
    struct S0 * const ****l_1262 = &l_1263[1];
    uint64_t ****l_1280[5];
    int16_t l_1321 = 0x95B7L;
    int32_t *l_1330 = &l_1002.f2;
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_429[i] = &g_291;
    for (i = 0; i < 3; i++)
        l_1168[i] = (void*)0;
    for (i = 0; i < 5; i++)
        l_1280[i] = (void*)0;
lbl_438:
    g_174 = l_402;
    if ((safe_mod_func_uint8_t_u_u((p_29 ^ g_177), ((*l_437) = (safe_rshift_func_uint8_t_u_s((((*l_436) ^= ((((safe_add_func_int8_t_s_s((~0x73525537350418DCLL), (safe_rshift_func_uint8_t_u_u((safe_add_func_int8_t_s_s((safe_div_func_uint16_t_u_u(p_29, (safe_add_func_int64_t_s_s((safe_div_func_uint64_t_u_u(((((safe_rshift_func_int8_t_s_u((safe_mul_func_int16_t_s_s((((safe_add_func_uint16_t_u_u(((g_174 |= ((((l_432 = (safe_lshift_func_int16_t_s_u((&g_291 != ((**g_291) , (g_255.f0 , l_429[2]))), 9))) && (safe_mul_func_int8_t_s_s(((((g_123 = p_31.f2) | p_29) , g_401.f1) && g_119[0]), p_31.f2))) , 1L) | 0x26L)) , p_29), g_65)) > 65531UL) && (*g_390)), 4UL)), 5)) != p_29) >= p_31.f3) || p_31.f1), 0x2EB8E7512D4A1152LL)), (**g_291))))), g_255.f1)), 1)))) != l_435) | 0x929700CEL) || 0x7C4655FFL)) , 250UL), 2))))))
    { /* block id: 156 */
        uint16_t *l_451 = &g_86.f2;
        int8_t *l_456 = &g_175;
        int32_t l_457[4][5] = {{0x0B1920E5L,0x816D807FL,0x816D807FL,0x0B1920E5L,0x816D807FL},{4L,4L,(-5L),4L,4L},{0x816D807FL,0x0B1920E5L,0x816D807FL,0x816D807FL,0x0B1920E5L},{4L,0x2D00BD7AL,0x2D00BD7AL,4L,0x2D00BD7AL}};
        uint32_t *l_459 = &g_86.f1;
        uint32_t l_492[4][4][3] = {{{4294967294UL,4294967294UL,0xCF8C86D9L},{4294967294UL,4294967294UL,0xCF8C86D9L},{4294967294UL,4294967294UL,0xCF8C86D9L},{4294967294UL,4294967294UL,0xCF8C86D9L}},{{4294967294UL,4294967294UL,0xCF8C86D9L},{4294967294UL,4294967294UL,0xCF8C86D9L},{4294967294UL,4294967294UL,0xCF8C86D9L},{4294967294UL,4294967294UL,0xCF8C86D9L}},{{4294967294UL,4294967294UL,0xCF8C86D9L},{4294967294UL,4294967294UL,0xCF8C86D9L},{4294967294UL,4294967294UL,0xCF8C86D9L},{4294967294UL,4294967294UL,0xCF8C86D9L}},{{4294967294UL,4294967294UL,0xCF8C86D9L},{4294967294UL,4294967294UL,0xCF8C86D9L},{9UL,9UL,4294967294UL},{9UL,9UL,4294967294UL}}};
        int16_t l_507 = (-10L);
        int i, j, k;
        if (l_402)
            goto lbl_438;
        l_457[1][4] = ((safe_add_func_int32_t_s_s((((safe_sub_func_int64_t_s_s((*g_390), (safe_add_func_int32_t_s_s(1L, 0x3909E9DBL)))) != (safe_div_func_int32_t_s_s(((((safe_mod_func_int16_t_s_s((safe_lshift_func_int16_t_s_u(((*g_292) , p_31.f0), 10)), 0xEF0CL)) | ((*l_451) = 0x88D4L)) | ((*l_456) |= (safe_add_func_int8_t_s_s(g_148, ((*l_437)--))))) > (g_343 , p_31.f1)), g_16))) ^ 0L), 0L)) != p_31.f1);
        l_457[1][4] ^= (l_458 , ((void*)0 == l_459));
        for (g_345 = (-22); (g_345 > 14); g_345 = safe_add_func_int32_t_s_s(g_345, 7))
        { /* block id: 165 */
            uint32_t l_466 = 0UL;
            int16_t *l_467 = &g_86.f3;
            int32_t l_484 = (-2L);
            int32_t l_509 = 1L;
            struct S1 l_528 = {0x8C055AC6L,9UL,0x1D83L,0L};
            l_484 = (safe_lshift_func_int8_t_s_u((g_96.f3 != (((g_96.f2 >= ((((g_344 = (safe_mod_func_int16_t_s_s(((*l_467) = l_466), (+(((safe_lshift_func_uint16_t_u_u((safe_div_func_int8_t_s_s((l_466 && (((safe_mod_func_int16_t_s_s(((safe_add_func_int32_t_s_s(l_457[1][2], ((safe_sub_func_int64_t_s_s(((safe_mul_func_uint16_t_u_u(1UL, ((p_31.f2 , (safe_lshift_func_int16_t_s_s(((***g_290) | 0xA4B633B7F010E22BLL), 12))) == 0xE47F3CA4CC6C807ALL))) == 3UL), (*g_390))) | l_466))) < 0x22L), p_29)) , p_30) > 0xF03F4FC3L)), g_483)), 1)) , p_29) != g_255.f1))))) , &g_343) != &g_343) >= g_86.f1)) | 0x8048ABAFL) || g_343)), l_457[1][4]));
            if (p_30)
                continue;
            for (g_334 = 0; (g_334 >= 25); g_334 = safe_add_func_uint16_t_u_u(g_334, 1))
            { /* block id: 172 */
                uint32_t l_499 = 1UL;
                int32_t l_508[1];
                uint32_t *l_516 = &l_432;
                int i;
                for (i = 0; i < 1; i++)
                    l_508[i] = (-1L);
                for (g_174 = (-12); (g_174 != 26); ++g_174)
                { /* block id: 175 */
                    int32_t **l_489[5] = {&l_403[4][2],&l_403[4][2],&l_403[4][2],&l_403[4][2],&l_403[4][2]};
                    int i;
                    g_250 = l_436;
                    l_457[1][0] &= (l_456 == &g_213);
                    l_457[1][4] = ((*g_250) = ((((safe_rshift_func_uint8_t_u_s((l_492[3][3][0] = p_31.f3), (safe_lshift_func_int8_t_s_s((9UL >= (p_31 , (&g_124 != &l_432))), 4)))) || g_401.f0) && (safe_add_func_int64_t_s_s(((safe_sub_func_uint64_t_u_u((l_499 , (((safe_sub_func_int8_t_s_s((safe_rshift_func_int16_t_s_u(0x083BL, 9)), (safe_sub_func_int64_t_s_s((((*l_467) |= (0x75967B10L | p_31.f2)) == p_31.f0), l_484)))) == p_31.f3) & (*g_250))), 0L)) , (**g_389)), (**g_389)))) & l_457[3][3]));
                }
                ++g_511;
                l_484 = (l_457[1][4] = ((((*l_516) = ((l_457[0][1] >= l_492[2][1][2]) , (safe_sub_func_uint8_t_u_u(g_511, p_29)))) < (l_509 ^= (((0x5F04452AL ^ 4294967288UL) && ((p_31.f0 > p_31.f3) , (!(g_115 &= ((*g_292)--))))) < ((safe_rshift_func_int16_t_s_u((safe_add_func_uint32_t_u_u((safe_mul_func_int8_t_s_s(((g_213 , p_31.f2) < (-1L)), g_483)), 0x2B49ACCAL)), p_29)) < 0xDE7DAE0BDE48C728LL)))) > p_31.f3));
            }
            g_174 &= (((*l_437) |= 6UL) && (((safe_lshift_func_int8_t_s_u(0x06L, (((((g_344 , (p_29 == (l_528 , g_255.f1))) != ((0L ^ (safe_rshift_func_uint16_t_u_u(p_29, ((*l_451) = (0xADD73A45L == p_31.f1))))) && g_65)) & 0x98L) & 255UL) < (*g_390)))) , g_401.f1) , g_86.f0));
        }
    }
    else
    { /* block id: 195 */
        struct S0 *l_532[3][3][3] = {{{&l_458,&g_255,(void*)0},{&l_458,(void*)0,&g_255},{(void*)0,(void*)0,(void*)0}},{{&g_255,(void*)0,&l_458},{(void*)0,&g_255,&l_458},{&g_255,(void*)0,(void*)0}},{{&l_458,&l_458,&g_255},{&g_255,&g_255,(void*)0},{(void*)0,&g_255,&g_255}}};
        struct S0 **l_531 = &l_532[1][0][1];
        struct S0 **l_533 = (void*)0;
        struct S0 ***l_542[2];
        int8_t *l_548 = &g_510;
        int32_t l_587 = 0x931EA7D3L;
        int32_t l_590 = (-1L);
        uint64_t l_591 = 0UL;
        int32_t l_639[1][3];
        uint16_t l_708 = 5UL;
        int16_t l_753[1][5][1] = {{{0xCDA6L},{0L},{0xCDA6L},{0L},{0xCDA6L}}};
        uint32_t *l_818 = &g_601.f1;
        int64_t ***l_855[2];
        struct S1 **l_909 = (void*)0;
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_542[i] = &l_531;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_639[i][j] = (-1L);
        }
        for (i = 0; i < 2; i++)
            l_855[i] = (void*)0;
        l_534[1][0] = ((*l_531) = &l_458);
        if ((g_535.f2 = (p_29 & ((((*l_548) = ((0x01CC0AFFL > (safe_sub_func_int32_t_s_s(((safe_rshift_func_int8_t_s_s((safe_lshift_func_int8_t_s_s(0x82L, 7)), 7)) & (((g_543 = (p_31.f3 , (void*)0)) == (l_545 , &l_534[1][0])) >= (*g_292))), ((safe_lshift_func_int8_t_s_u(g_171, g_174)) == 0xE3D1L)))) , p_31.f3)) | p_31.f1) , g_334))))
        { /* block id: 201 */
            uint64_t l_564 = 0xF9926E6DE72D2D56LL;
            int32_t l_589 = 0x47110B1DL;
            int32_t l_624[4] = {(-1L),(-1L),(-1L),(-1L)};
            struct S0 l_625 = {8UL,0xEEL,-1L};
            struct S1 **l_631 = &g_602;
            struct S1 ** const *l_630[2][1][1];
            struct S1 ** const **l_629 = &l_630[1][0][0];
            int64_t **l_635 = &g_390;
            uint8_t l_665 = 0x26L;
            int32_t l_686[3][3][5] = {{{1L,1L,1L,1L,1L},{0x881DD406L,0x0E47745EL,0x881DD406L,0x0E47745EL,0x881DD406L},{1L,1L,1L,1L,1L}},{{0x881DD406L,0x0E47745EL,0x881DD406L,0x0E47745EL,0x881DD406L},{1L,1L,1L,1L,1L},{0x881DD406L,0x0E47745EL,0x881DD406L,0x0E47745EL,0x881DD406L}},{{1L,1L,1L,1L,1L},{0x881DD406L,0x0E47745EL,0x881DD406L,0x0E47745EL,0x881DD406L},{1L,1L,1L,1L,1L}}};
            int i, j, k;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 1; k++)
                        l_630[i][j][k] = &l_631;
                }
            }
            for (g_123 = (-5); (g_123 >= 14); g_123++)
            { /* block id: 204 */
                uint32_t *l_565[3];
                int32_t l_566 = 0x6C8BFF00L;
                int32_t l_567 = (-1L);
                struct S1 *l_598 = &g_96;
                int i;
                for (i = 0; i < 3; i++)
                    l_565[i] = &l_402;
                g_568[0][1][0] ^= (safe_rshift_func_uint16_t_u_u((safe_rshift_func_int16_t_s_u((0x9D42L ^ (((safe_sub_func_uint16_t_u_u(g_213, 0x1243L)) , (safe_rshift_func_uint16_t_u_s((((safe_mul_func_int8_t_s_s(g_175, ((safe_sub_func_uint64_t_u_u(g_563[0][0][1], (*g_292))) ^ ((l_566 = ((p_31 , ((p_31.f0 == (l_564 == g_86.f2)) & (-4L))) , 0UL)) | l_564)))) > g_401.f3) != 0UL), p_31.f1))) <= (*g_292))), p_31.f2)), l_567));
                if (p_31.f0)
                    goto lbl_632;
                for (g_65 = 21; (g_65 <= 16); g_65 = safe_sub_func_int16_t_s_s(g_65, 4))
                { /* block id: 209 */
                    int16_t *l_575[1];
                    uint16_t *l_586[1][4];
                    int i, j;
                    for (i = 0; i < 1; i++)
                        l_575[i] = &g_344;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 4; j++)
                            l_586[i][j] = &g_345;
                    }
                    l_590 = (safe_sub_func_int16_t_s_s(((g_535.f0 > (safe_lshift_func_int16_t_s_u((l_567 ^= 0L), 13))) & (safe_div_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u((l_589 = (safe_mul_func_uint8_t_u_u(((((safe_rshift_func_int8_t_s_u((safe_div_func_uint16_t_u_u((((l_587 = p_29) && g_124) , (g_86 , l_588)), ((p_31.f1 , p_31.f0) & p_29))), g_293)) != (-1L)) <= 0x993EL) , 0x81L), g_345))), l_590)), p_29))), p_31.f0));
                    return p_31.f2;
                }
                for (l_589 = 1; (l_589 >= 0); l_589 -= 1)
                { /* block id: 218 */
                    int16_t l_597 = 0x1FACL;
                    struct S1 **l_599[3][2] = {{(void*)0,&l_598},{&l_598,(void*)0},{&l_598,&l_598}};
                    int i, j;
                    l_591--;
                    l_597 = ((safe_add_func_int64_t_s_s(((*g_390) = 8L), (!(**g_291)))) <= 0x8DE7727DL);
                    g_602 = (g_600 = l_598);
                }
                l_589 = ((~(((l_590 = (safe_sub_func_int64_t_s_s(l_589, (safe_rshift_func_int8_t_s_s((safe_mul_func_int16_t_s_s(((safe_mod_func_int8_t_s_s(((*l_548) = (((safe_sub_func_int8_t_s_s((safe_add_func_int8_t_s_s((((void*)0 == &l_534[2][2]) >= 0UL), 0x2DL)), ((~(p_31.f0 ^ l_589)) == (-6L)))) & p_31.f3) , p_30)), g_603[0][1][1].f0)) != 0x4637E490L), g_401.f1)), 7))))) , g_603[0][1][1].f0) != g_568[0][1][0])) && 0x30E0754B22692656LL);
            }
lbl_632:
            (*l_629) = (((safe_sub_func_uint64_t_u_u(p_30, (((safe_sub_func_int32_t_s_s(((p_31.f0 && (0x77L < (l_589 , (p_31.f0 , ((*l_548) = ((safe_mul_func_uint16_t_u_u(l_624[0], (l_625 , (+(safe_add_func_uint64_t_u_u((251UL && p_30), p_31.f2)))))) > l_589)))))) >= (**g_389)), l_590)) && 0xFEBE960DF4136C63LL) < p_31.f0))) & p_31.f3) , (void*)0);
            for (g_175 = 3; (g_175 >= 0); g_175 -= 1)
            { /* block id: 234 */
                uint64_t l_640 = 0xB5953CF1C873195FLL;
                int32_t l_647 = 0xD97E1622L;
                uint32_t *l_648[2][1];
                uint16_t *l_661 = (void*)0;
                uint16_t *l_662 = &g_86.f2;
                struct S0 **l_666[2];
                struct S1 **l_677 = &g_600;
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_648[i][j] = (void*)0;
                }
                for (i = 0; i < 2; i++)
                    l_666[i] = &l_532[1][0][1];
                if (p_29)
                { /* block id: 235 */
                    int32_t **l_633 = (void*)0;
                    int32_t **l_634 = &g_250;
                    (*l_634) = (l_403[4][2] = &l_589);
                    if (p_29)
                        break;
                }
                else
                { /* block id: 239 */
                    return l_589;
                }
                if ((l_589 == 65533UL))
                { /* block id: 242 */
                    int64_t ***l_636 = &l_635;
                    int i;
                    l_624[g_175] ^= l_591;
                    (*l_636) = l_635;
                    return p_31.f0;
                }
                else
                { /* block id: 246 */
                    (*g_250) = (g_171 <= p_31.f2);
                    (*g_250) = 2L;
                    (*g_250) ^= ((((***g_290)--) ^ p_31.f3) ^ p_31.f2);
                }
                ++l_640;
                if ((safe_rshift_func_int8_t_s_u((safe_mod_func_int8_t_s_s(((l_624[0] = (g_65 , (l_587 < (g_124++)))) | 0xC5CE82ABL), ((safe_lshift_func_int8_t_s_s((safe_lshift_func_uint8_t_u_u((((((l_590 = ((((**g_389) = (safe_rshift_func_int16_t_s_u((safe_mul_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((--(*l_662)), (l_665 >= 0x24EDL))), ((l_666[0] == &g_544) | (safe_rshift_func_uint16_t_u_u(((0x0AL >= ((safe_rshift_func_uint16_t_u_s((((safe_mod_func_int32_t_s_s(((safe_lshift_func_int16_t_s_s(g_535.f0, 10)) & p_29), g_226)) == 1UL) ^ l_625.f1), p_31.f0)) > g_86.f3)) && p_31.f0), g_601.f2))))), 12))) ^ 0xCF16D354CAE85B5BLL) <= 1L)) == 18446744073709551612UL) || p_29) >= g_226) != 0UL), l_665)), 0)) , l_564))), l_639[0][1])))
                { /* block id: 258 */
                    if ((*g_250))
                        break;
                    l_647 = (l_624[0] = l_564);
                    (*g_250) = 6L;
                }
                else
                { /* block id: 263 */
                    uint8_t l_684 = 0x03L;
                    struct S0 l_685[4] = {{1UL,0x2FL,5L},{1UL,0x2FL,5L},{1UL,0x2FL,5L},{1UL,0x2FL,5L}};
                    int i;
                    l_686[1][2][1] &= (safe_rshift_func_int16_t_s_s(((((((l_677 == ((*g_602) , (void*)0)) , (((((l_625 , (safe_mod_func_int16_t_s_s((0x8FA95F16L <= (safe_rshift_func_uint16_t_u_s((((((((*g_250) &= ((safe_sub_func_int64_t_s_s(p_31.f1, 4UL)) <= l_684)) & (l_624[0] = l_647)) < g_148) || p_30) | 0xE0C540F072442454LL) < p_30), 7))), p_29))) == 0x27DCEEE0DDC2945ALL) & 0xFB35274AF30E0827LL) >= l_587) ^ g_563[0][2][0])) , l_685[2]) , (*g_292)) , 0x1437L) >= g_603[0][1][1].f1), p_31.f0));
                }
            }
        }
        else
        { /* block id: 269 */
            int32_t **l_704 = &l_403[3][1];
            struct S1 l_765 = {0xC9DC251BL,0x3387EB12L,0xC1AFL,0L};
            int32_t * const l_781 = &g_782;
            int32_t * const *l_780 = &l_781;
            int32_t * const **l_779[2];
            int32_t * const ***l_778[5];
            int32_t * const ****l_777 = &l_778[1];
            uint32_t l_783 = 1UL;
            int8_t *l_814 = (void*)0;
            int i;
            for (i = 0; i < 2; i++)
                l_779[i] = &l_780;
            for (i = 0; i < 5; i++)
                l_778[i] = &l_779[0];
            for (g_174 = 0; (g_174 > (-20)); --g_174)
            { /* block id: 272 */
                int8_t l_691 = 0xDBL;
                int32_t l_692[3];
                int32_t **l_705 = &l_403[2][1];
                uint16_t *l_730 = &g_177;
                uint16_t *l_732 = &g_345;
                uint64_t ***l_738 = &g_291;
                int32_t * const *l_776[2];
                int32_t * const **l_775 = &l_776[1];
                int32_t * const ***l_774 = &l_775;
                int32_t * const ****l_773[3];
                int32_t l_784 = 0x1329388DL;
                int i;
                for (i = 0; i < 3; i++)
                    l_692[i] = 0L;
                for (i = 0; i < 2; i++)
                    l_776[i] = (void*)0;
                for (i = 0; i < 3; i++)
                    l_773[i] = &l_774;
                for (g_345 = 0; (g_345 <= 20); g_345 = safe_add_func_uint64_t_u_u(g_345, 3))
                { /* block id: 275 */
                    l_639[0][2] |= 0xC5E2D6AFL;
                    --g_693;
                }
                if ((safe_lshift_func_uint8_t_u_u(((void*)0 != &l_458), 2)))
                { /* block id: 279 */
                    const int8_t l_702[2][4] = {{0L,0L,0L,0L},{0L,0L,0L,0L}};
                    int8_t l_703 = 0x67L;
                    int i, j;
                    (**l_705) &= ((safe_add_func_uint64_t_u_u((safe_sub_func_int8_t_s_s((l_702[0][3] | (l_703 = ((*l_548) = (-1L)))), ((l_704 = &g_250) == l_705))), (((~p_29) > 0x4C5A01E5L) , 0xFA117FF4FCCE8B3CLL))) > l_707);
                    --l_708;
                    (**l_705) = (((***g_290) <= p_31.f3) <= l_708);
                    (**l_705) = 0x1B3A6316L;
                }
                else
                { /* block id: 287 */
                    return p_30;
                }
                if ((safe_lshift_func_uint16_t_u_u((g_96.f3 , ((**g_389) , (safe_div_func_uint8_t_u_u(l_590, (safe_sub_func_int8_t_s_s((safe_rshift_func_int8_t_s_s((safe_rshift_func_int8_t_s_s((safe_mod_func_uint32_t_u_u(0xC786D277L, (safe_mul_func_int16_t_s_s((((*l_730) = (safe_div_func_uint8_t_u_u((safe_rshift_func_int8_t_s_u(g_86.f1, 5)), (~p_31.f0)))) < l_708), ((*l_732) = (&g_343 != l_731)))))), 7)), l_590)), 0x45L)))))), p_29)))
                { /* block id: 292 */
                    (**l_705) |= 0x2DBEBD35L;
                    return g_511;
                }
                else
                { /* block id: 295 */
                    const int32_t *l_734 = (void*)0;
                    const int32_t **l_733[2][2][4] = {{{(void*)0,&l_734,(void*)0,(void*)0},{&l_734,&l_734,&l_734,&l_734}},{{&l_734,(void*)0,(void*)0,&l_734},{(void*)0,&l_734,(void*)0,(void*)0}}};
                    int i, j, k;
                    g_737 = ((*g_602) , (g_735[1] = l_403[0][2]));
                }
            }
        }
        for (l_545.f1 = 0; (l_545.f1 >= 0); l_545.f1 -= 1)
        { /* block id: 323 */
            int64_t l_824[5] = {0x34E658EB01B168D2LL,0x34E658EB01B168D2LL,0x34E658EB01B168D2LL,0x34E658EB01B168D2LL,0x34E658EB01B168D2LL};
            int8_t l_844 = (-10L);
            int32_t l_860[4];
            int32_t l_915 = 0x5BBC92B6L;
            struct S0 l_939 = {9UL,0L,0x108F0123L};
            struct S1 l_945 = {0UL,0x2E3D8F12L,65535UL,-1L};
            struct S0 l_946 = {4UL,6L,1L};
            int32_t l_961[3];
            int i;
            for (i = 0; i < 4; i++)
                l_860[i] = (-1L);
            for (i = 0; i < 3; i++)
                l_961[i] = 0xB3069B94L;
            if ((*g_737))
                break;
            l_824[3] |= (p_29 , 0L);
            if ((safe_add_func_int32_t_s_s(0x2B988724L, (safe_lshift_func_uint8_t_u_u(255UL, ((1L || (safe_mul_func_uint8_t_u_u(((*l_437) = 1UL), (+(~0x7190L))))) <= g_563[0][0][1]))))))
            { /* block id: 327 */
                int32_t l_861 = 0xB59151FBL;
                if ((safe_sub_func_uint64_t_u_u(((*g_292) = (***g_290)), (safe_lshift_func_int8_t_s_u(g_511, 3)))))
                { /* block id: 329 */
                    int32_t *l_837 = &g_123;
                    int32_t **l_838 = (void*)0;
                    int32_t **l_839 = &g_250;
                    int64_t ***l_856 = (void*)0;
                    uint32_t l_857 = 0x8C0EA4C4L;
                    int8_t *l_858 = (void*)0;
                    int8_t *l_859 = &g_255.f1;
                    (*l_839) = l_837;
                    l_860[3] = (safe_sub_func_int64_t_s_s((((safe_lshift_func_int8_t_s_u(((*l_859) |= (l_844 || (g_535.f1 , (safe_mod_func_uint64_t_u_u((((*g_250) = p_31.f1) || (((((safe_lshift_func_int8_t_s_s(((*l_548) ^= p_31.f3), (&p_30 != (void*)0))) , (p_31.f0 <= (g_124 <= (((safe_div_func_uint64_t_u_u((--(*g_292)), ((l_855[1] != l_856) , l_857))) || p_31.f0) & g_96.f3)))) , p_31.f1) , p_31) , l_639[0][0])), l_639[0][1]))))), l_824[2])) , (void*)0) == l_430), (-6L)));
                }
                else
                { /* block id: 336 */
                    uint64_t l_862 = 0xB5236B19552AFDB1LL;
                    --l_862;
                }
                return g_782;
            }
            else
            { /* block id: 340 */
                uint32_t l_865 = 4294967295UL;
                int16_t *l_881 = (void*)0;
                int16_t *l_882 = &l_753[0][1][0];
                uint32_t l_883[1][3][1];
                int32_t l_884 = 0x6A8B8DCCL;
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_883[i][j][k] = 5UL;
                    }
                }
                --l_865;
                if (((safe_sub_func_int64_t_s_s((((((l_884 = ((p_31.f2 , ((*l_731) = (p_31.f0 != l_639[0][0]))) >= (safe_mod_func_uint32_t_u_u(((g_506 ^ ((**g_291) || ((safe_mul_func_uint16_t_u_u((!((p_29 < (!(!l_590))) & ((safe_rshift_func_int16_t_s_s((g_344 = p_31.f1), ((*l_882) |= (safe_mul_func_int8_t_s_s(1L, l_590))))) > l_591))), l_883[0][0][0])) <= (-4L)))) < p_31.f2), 4294967295UL)))) | l_860[3]) < l_883[0][0][0]) , (void*)0) != (void*)0), (***g_290))) < 0x0E07F2C1L))
                { /* block id: 346 */
                    int32_t *l_885 = &l_590;
                    uint32_t *l_900 = (void*)0;
                    uint32_t *l_901 = &l_865;
                    int16_t *l_906[3];
                    uint32_t *l_907 = &l_432;
                    int i;
                    for (i = 0; i < 3; i++)
                        l_906[i] = (void*)0;
                    l_885 = &l_590;
                    (*l_885) = 0x908EA4D6L;
                    (*l_885) = ((safe_lshift_func_uint8_t_u_s((safe_sub_func_uint32_t_u_u((((*l_731) ^= (safe_mul_func_uint8_t_u_u((!(+((safe_add_func_uint8_t_u_u((l_639[0][1] = ((*l_437) = g_124)), (((((safe_lshift_func_int8_t_s_s(((+(6L || (g_568[0][1][1] >= p_31.f0))) < (((p_31.f3 && ((p_31.f1 != ((*l_907) = (((l_899[1][3][3] , (((*l_901) = l_753[0][2][0]) <= ((safe_mul_func_uint16_t_u_u((safe_rshift_func_int8_t_s_u((l_731 != l_906[0]), 7)), (*l_885))) == l_883[0][0][0]))) ^ 0x705C6867L) <= p_31.f1))) ^ g_563[0][2][0])) & g_908) == g_401.f1)), 7)) ^ 65526UL) , (void*)0) == l_909) != p_30))) >= g_693))), p_29))) && p_31.f2), p_29)), g_119[2])) != l_587);
                }
                else
                { /* block id: 355 */
                    l_639[0][2] = (18446744073709551615UL == ((void*)0 == &g_544));
                }
                if (l_587)
                    continue;
            }
            g_911 = l_910[1][0][0];
            for (l_587 = 0; (l_587 >= 0); l_587 -= 1)
            { /* block id: 363 */
                uint32_t l_916 = 0x11A87021L;
                uint16_t *l_934 = &l_921;
                uint16_t **l_933 = &l_934;
                uint64_t *l_941 = &l_435;
                struct S1 ***l_947 = &l_909;
                int32_t l_949 = 0x3FC6F87BL;
                int32_t l_950 = 0x3A3F61AAL;
                if (((((*g_600) , g_912) != &g_913) , p_30))
                { /* block id: 364 */
                    struct S0 *l_919 = &g_255;
                    const int32_t ***l_926[2];
                    uint32_t l_944 = 6UL;
                    int i;
                    for (i = 0; i < 2; i++)
                        l_926[i] = (void*)0;
                    l_916--;
                    g_544 = ((*l_531) = l_919);
                    l_639[0][1] &= ((!(((l_921 != (safe_mul_func_int16_t_s_s((((void*)0 == l_926[1]) | ((safe_add_func_uint16_t_u_u(((g_124 = p_30) < ((g_174 < ((l_860[2] = (safe_rshift_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u(((l_933 == &l_934) && ((safe_lshift_func_uint8_t_u_u(l_753[0][2][0], 5)) >= g_96.f2)), p_29)), p_30))) , 1UL)) && l_916)), p_31.f2)) != (**g_291))), p_31.f0))) && 0xB07D741437AA2DBBLL) < 0UL)) && l_916);
                    l_944 = ((safe_mod_func_uint32_t_u_u((((((l_939 , (p_31 , l_940)) == l_940) > (l_941 == ((*g_291) = (*g_291)))) > p_31.f0) <= l_916), ((safe_add_func_uint8_t_u_u((l_939.f2 , p_29), (-1L))) && (**g_389)))) ^ l_591);
                }
                else
                { /* block id: 373 */
                    struct S1 ****l_948 = &l_947;
                    l_639[0][1] &= l_590;
                    l_950 = (l_949 &= (l_945 , (((l_946 , ((*l_933) = (void*)0)) == &p_30) > (((0x437818DDL > (&l_909 == ((*l_948) = l_947))) && ((((*l_437) |= p_29) ^ p_29) & 1UL)) == g_96.f3))));
                }
                l_590 = ((safe_lshift_func_int8_t_s_u((!(safe_sub_func_int32_t_s_s((0xDFE0L > l_916), (safe_mul_func_int8_t_s_s((0x9067L > 0x3EFAL), (safe_rshift_func_int16_t_s_s((p_31.f0 < (**g_389)), 5))))))), 4)) | (g_960 != (void*)0));
                return l_961[2];
            }
        }
        g_782 |= ((safe_div_func_uint8_t_u_u(((((l_639[0][1] &= p_29) , (safe_sub_func_uint64_t_u_u((***g_290), 18446744073709551610UL))) >= (((1L <= (+(l_587 |= (((((g_177 && ((***g_290) , g_86.f1)) || (safe_unary_minus_func_int32_t_s((safe_lshift_func_int16_t_s_u((((void*)0 != &g_255) || g_115), g_535.f1))))) || 65535UL) == l_590) | (*g_390))))) & p_31.f3) , (-8L))) >= 4294967292UL), p_31.f2)) , p_29);
    }
    if (p_31.f2)
    { /* block id: 389 */
        int8_t l_973 = 0xF9L;
        int32_t l_978[2];
        int i;
        for (i = 0; i < 2; i++)
            l_978[i] = 0x8BC2D9A4L;
        for (l_458.f1 = 0; (l_458.f1 > (-20)); l_458.f1 = safe_sub_func_uint8_t_u_u(l_458.f1, 5))
        { /* block id: 392 */
            uint8_t l_983 = 0UL;
            int32_t l_987 = 0xD503EA6FL;
            if ((!((g_782 = l_973) >= g_603[0][1][1].f3)))
            { /* block id: 394 */
                uint64_t l_986 = 0x3C1B13C22BD9F54ELL;
                l_987 = (safe_div_func_uint16_t_u_u(((l_978[0] = (safe_mod_func_int32_t_s_s(0x3BD0D7BBL, 9UL))) != ((((***g_290) = ((-1L) > ((((safe_lshift_func_int16_t_s_u(p_30, l_983)) < ((safe_add_func_uint16_t_u_u((((g_175 , (*g_912)) != (void*)0) > l_986), g_736)) <= 0xBAL)) , l_973) && p_29))) ^ 0x8308ED7E80E3B947LL) , 0x5B055AF4L)), p_31.f3));
            }
            else
            { /* block id: 398 */
                int32_t **l_988 = &l_403[4][2];
                int64_t l_1010 = 0L;
                int32_t l_1012 = 0x46C63147L;
                int32_t l_1013 = (-1L);
                int64_t l_1014 = (-9L);
                int32_t l_1015 = 5L;
                (*l_988) = (void*)0;
                g_998 = ((safe_rshift_func_int8_t_s_s((safe_mod_func_int8_t_s_s((0xE474B83EL > (safe_add_func_uint32_t_u_u(l_983, p_31.f1))), p_31.f1)), 2)) , l_995[0][1][0]);
                if (l_1001)
                    continue;
                if ((l_978[1] = (l_1002 , (p_31.f1 < (p_31.f0 , ((safe_unary_minus_func_uint64_t_u((safe_div_func_int8_t_s_s(g_401.f1, ((-1L) && (l_973 < (((safe_lshift_func_uint16_t_u_s((1UL == ((((safe_lshift_func_uint16_t_u_u(g_86.f3, p_31.f0)) , 1L) & l_987) , 0x235E1699F29A07E3LL)), 9)) && 0xE6931A96L) >= p_31.f2))))))) && p_31.f0))))))
                { /* block id: 403 */
                    uint16_t l_1011 = 0x5733L;
                    l_1011 = (l_1010 = 0x45427CF1L);
                    l_978[0] = p_31.f1;
                    return g_535.f0;
                }
                else
                { /* block id: 408 */
                    uint32_t l_1016 = 0xBFF2E031L;
                    if (p_30)
                        break;
                    if (p_31.f1)
                        break;
                    if (p_31.f0)
                        continue;
                    --l_1016;
                }
            }
        }
    }
    else
    { /* block id: 416 */
        int64_t **l_1020 = &g_390;
        uint32_t *l_1033 = &l_432;
        uint32_t **l_1032[1];
        int32_t l_1035[5] = {0xB46327EBL,0xB46327EBL,0xB46327EBL,0xB46327EBL,0xB46327EBL};
        int32_t l_1076 = 0x2ABA38C8L;
        const int32_t *l_1097 = &g_782;
        struct S0 **l_1108 = (void*)0;
        int32_t ***l_1133 = &g_249;
        int32_t ****l_1132 = &l_1133;
        int32_t *****l_1131 = &l_1132;
        uint8_t l_1145 = 0x8EL;
        struct S1 **l_1170 = &g_602;
        int64_t l_1220 = 0x2025DA237B13E3BELL;
        uint16_t l_1221 = 0x76A3L;
        const int64_t ***l_1241 = &g_1239;
        uint16_t l_1242 = 1UL;
        int32_t l_1243 = 1L;
        int i;
        for (i = 0; i < 1; i++)
            l_1032[i] = &l_1033;
        for (g_782 = 1; (g_782 >= 0); g_782 -= 1)
        { /* block id: 419 */
            int32_t l_1019 = 0xDD73664BL;
            int64_t *l_1036 = &g_171;
            int64_t **l_1094 = &l_1036;
            int64_t l_1110 = (-8L);
            int32_t *l_1114 = &l_458.f2;
            int32_t ****l_1157 = &l_1133;
            l_1019 ^= (g_601.f0 ^ 0x63L);
            for (l_588 = 0; (l_588 <= 0); l_588 += 1)
            { /* block id: 423 */
                uint32_t ***l_1034 = &l_1032[0];
                int32_t l_1037 = 0x8BB0B35FL;
                int32_t l_1074[5][4][2] = {{{4L,4L},{0x3C076BB8L,(-10L)},{0x3C076BB8L,4L},{4L,4L}},{{4L,0x3C076BB8L},{(-10L),0x3C076BB8L},{4L,4L},{4L,4L}},{{0x3C076BB8L,(-10L)},{0x3C076BB8L,4L},{4L,4L},{4L,0x3C076BB8L}},{{(-10L),0x3C076BB8L},{4L,4L},{4L,4L},{0x3C076BB8L,(-10L)}},{{0x3C076BB8L,4L},{4L,4L},{4L,0x3C076BB8L},{(-10L),0x3C076BB8L}}};
                struct S0 ****l_1104 = (void*)0;
                struct S0 **l_1109 = (void*)0;
                uint64_t ****l_1118 = &l_429[2];
                int i, j, k;
            }
            for (l_1002.f1 = 0; (l_1002.f1 <= 0); l_1002.f1 += 1)
            { /* block id: 466 */
                int32_t *****l_1130 = (void*)0;
                uint16_t *l_1144 = &g_96.f2;
                const int32_t ****l_1156 = (void*)0;
                int32_t *l_1174 = &g_174;
                if ((((g_603[0][1][1].f3 > (safe_add_func_int16_t_s_s((safe_lshift_func_uint8_t_u_s(((*l_437) = (1UL | (p_31.f0 >= p_29))), 2)), (safe_rshift_func_int16_t_s_s((safe_rshift_func_int16_t_s_s((((*l_1033)--) | ((((l_1130 = (void*)0) != l_1131) , (safe_mod_func_uint8_t_u_u((((p_30 == p_29) & ((*l_1144) = (safe_sub_func_uint8_t_u_u((safe_add_func_int16_t_s_s((((((safe_add_func_uint64_t_u_u((safe_lshift_func_int16_t_s_u(p_31.f3, g_96.f3)), p_31.f1)) > 0xD07B8E2E3B025E49LL) != p_30) > p_31.f1) | 0x130E4B12260BE2BELL), 0xD9B6L)), 5L)))) && g_535.f2), g_96.f0))) ^ p_31.f1)), 9)), g_483))))) == p_29) && l_1145))
                { /* block id: 471 */
                    uint16_t l_1150 = 0UL;
                    struct S1 ***l_1169 = &l_1168[2];
                    int32_t l_1173 = 1L;
                    int8_t *l_1177 = (void*)0;
                    int8_t *l_1178 = &l_458.f1;
                    const uint32_t **l_1193 = (void*)0;
                    const uint32_t *l_1195[1];
                    const uint32_t **l_1194 = &l_1195[0];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_1195[i] = &l_458.f0;
                    l_1174 = (((*l_1114) = (safe_div_func_int8_t_s_s((((safe_rshift_func_uint8_t_u_u((l_1173 = (l_1150 , (safe_mod_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(p_30, (~(l_1156 != l_1157)))), (safe_mod_func_int32_t_s_s((safe_lshift_func_uint16_t_u_s(((safe_sub_func_uint8_t_u_u(g_603[0][1][1].f3, g_511)) && (((*l_1144) = (((safe_rshift_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u(((l_1170 = ((*l_1169) = l_1168[2])) == (**g_912)), (((safe_mod_func_int64_t_s_s((-3L), (**g_389))) | 65534UL) > p_30))), 11)) , g_96.f0) < p_31.f3)) < g_563[0][2][0])), 1)), (*l_1114))))))), 3)) == g_123) < g_510), 1L))) , &l_1173);
                    (*l_1174) &= ((safe_mul_func_int8_t_s_s(((*l_1178) = ((*l_940) == (void*)0)), (safe_div_func_int64_t_s_s((l_1181 ^ (safe_rshift_func_uint16_t_u_u(((*g_390) <= (safe_unary_minus_func_int16_t_s((safe_mul_func_int16_t_s_s((&g_291 == (p_29 , &g_291)), ((safe_sub_func_int32_t_s_s((safe_div_func_uint8_t_u_u(((((safe_lshift_func_uint8_t_u_s(p_31.f3, 7)) < ((((*l_1194) = l_1033) == g_737) > p_29)) ^ g_343) || p_31.f0), p_29)), p_31.f2)) & g_124)))))), p_30))), (**g_291))))) , l_1150);
                    return g_124;
                }
                else
                { /* block id: 482 */
                    const int8_t l_1196[5][5][2] = {{{0xB2L,0x0FL},{(-3L),0x0FL},{0xB2L,(-3L)},{1L,1L},{1L,(-3L)}},{{0xB2L,0x0FL},{(-3L),0x0FL},{0xB2L,0xB2L},{(-3L),(-3L)},{(-3L),0xB2L}},{{0L,1L},{0xB2L,1L},{0L,0xB2L},{(-3L),(-3L)},{(-3L),0xB2L}},{{0L,1L},{0xB2L,1L},{0L,0xB2L},{(-3L),(-3L)},{(-3L),0xB2L}},{{0L,1L},{0xB2L,1L},{0L,0xB2L},{(-3L),(-3L)},{(-3L),0xB2L}}};
                    int32_t l_1205 = 1L;
                    int i, j, k;
                    l_1205 = (l_1196[1][1][1] != (safe_mod_func_uint32_t_u_u(((-3L) >= (safe_mod_func_uint16_t_u_u(l_1196[2][2][1], p_30))), ((safe_mod_func_uint64_t_u_u((((safe_mul_func_uint16_t_u_u(p_31.f0, l_1205)) >= (safe_sub_func_int8_t_s_s(p_31.f1, ((safe_lshift_func_uint16_t_u_u(((0L & (-8L)) , 0x09B8L), g_86.f3)) , p_31.f2)))) ^ 0L), (***g_290))) , p_31.f1))));
                    if (p_31.f2)
                        continue;
                    if (p_29)
                        break;
                    if (p_30)
                        break;
                }
                return p_31.f0;
            }
        }
        l_1221 = ((*g_737) & (safe_mul_func_int16_t_s_s(g_603[0][1][1].f1, ((*l_1097) , (safe_div_func_int32_t_s_s((safe_sub_func_uint16_t_u_u((p_31.f3 || (((safe_sub_func_int32_t_s_s(((void*)0 == &g_124), ((*l_1033) = ((void*)0 != &l_1097)))) ^ (((((safe_add_func_int8_t_s_s((((*g_390) > p_30) || l_1220), g_568[1][0][1])) , 0xA231A2BB10C27D3ELL) > (*g_390)) ^ p_31.f1) == 0L)) >= p_31.f1)), p_30)), 0x72F98281L))))));
        for (g_174 = (-18); (g_174 < 4); g_174++)
        { /* block id: 495 */
            return g_255.f2;
        }
        l_1243 &= (((safe_unary_minus_func_int64_t_s((((((((p_31.f0 == ((((*l_437) = (safe_rshift_func_uint8_t_u_s(((safe_rshift_func_int8_t_s_u((g_255.f2 < p_31.f3), (safe_sub_func_int64_t_s_s(((+((*l_1097) , (safe_add_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(((l_1035[0] = p_31.f1) | ((l_1076 &= (((*l_731) ^= (*l_1097)) < (((+p_31.f1) , l_1020) != ((*l_1241) = g_1239)))) <= (-1L))), p_31.f2)), 4UL)))) <= g_483), 1UL)))) < p_31.f1), 5))) != g_693) <= p_31.f3)) || l_1242) , g_293) ^ p_31.f2) , (-1L)) >= p_31.f2) , (*g_390)))) >= 0xC9L) , 0xC46B25DCL);
    }
    if (((((((safe_rshift_func_uint16_t_u_u(0x03BBL, (+(((p_31.f1 ^ ((((((*l_1247)--) && (safe_sub_func_int32_t_s_s((g_535 , (!(safe_mod_func_int8_t_s_s((18446744073709551615UL != (((*l_1259) = (safe_sub_func_int64_t_s_s((g_401.f2 != (l_1257 | (g_255 , ((p_30 == l_1258) >= 0xB441L)))), (**g_291)))) > 8L)), p_31.f0)))), p_31.f2))) , l_1260) != &l_1261) , 4294967291UL)) , g_401.f2) , 0x0238AFDEFD770651LL)))) , (void*)0) != l_1262) && p_31.f0) && 0x867ED2BC1BCE2183LL) & p_31.f3))
    { /* block id: 507 */
        const struct S1 **l_1266 = (void*)0;
        const struct S1 *l_1267 = &g_1268;
        int32_t l_1273 = (-4L);
        l_1267 = &p_31;
        l_1273 = (safe_mul_func_int8_t_s_s((p_31.f2 & ((safe_sub_func_uint32_t_u_u(0xF7B55D52L, (0x67L ^ p_31.f3))) , 0xCB48E55DL)), 0x2BL));
    }
    else
    { /* block id: 510 */
        int16_t l_1279[5];
        int16_t *l_1318 = (void*)0;
        int16_t *l_1319 = &g_343;
        uint16_t *l_1320 = &g_334;
        int16_t l_1322 = 0x2760L;
        uint32_t *l_1323 = &g_601.f1;
        int32_t l_1324 = (-1L);
        int32_t l_1325[4][2] = {{0x75BB7833L,0x75BB7833L},{0x75BB7833L,0x75BB7833L},{0x75BB7833L,0x75BB7833L},{0x75BB7833L,0x75BB7833L}};
        int32_t l_1326 = 0xD4F73592L;
        uint16_t l_1327 = 1UL;
        int32_t *l_1331 = &l_545.f2;
        int32_t *l_1332[2];
        int i, j;
        for (i = 0; i < 5; i++)
            l_1279[i] = (-1L);
        for (i = 0; i < 2; i++)
            l_1332[i] = &g_174;
        for (l_545.f2 = (-6); (l_545.f2 > 17); ++l_545.f2)
        { /* block id: 513 */
            uint64_t l_1292[5][4][5] = {{{0x6EEFA3F4B28BAB7FLL,0xA8FDE1B6D369B144LL,0x86F01D0A99A01F6ELL,0UL,0xB5DA52DCC1B803B4LL},{0UL,0xA8FDE1B6D369B144LL,0x71809D8D5BFE1E7BLL,0x2E747E433F9BF4E4LL,2UL},{0xB5DA52DCC1B803B4LL,1UL,18446744073709551614UL,0UL,0UL},{0xB5DA52DCC1B803B4LL,0UL,0x86F01D0A99A01F6ELL,0xA8FDE1B6D369B144LL,0x6EEFA3F4B28BAB7FLL}},{{0UL,0x1E618E9F494ED3C4LL,18446744073709551614UL,0x2E747E433F9BF4E4LL,0x6EEFA3F4B28BAB7FLL},{0x6EEFA3F4B28BAB7FLL,1UL,0x71809D8D5BFE1E7BLL,0x1E618E9F494ED3C4LL,0UL},{2UL,0x1E618E9F494ED3C4LL,0x86F01D0A99A01F6ELL,0x1E618E9F494ED3C4LL,2UL},{0UL,0UL,18446744073709551613UL,0x2E747E433F9BF4E4LL,0xB5DA52DCC1B803B4LL}},{{2UL,1UL,18446744073709551613UL,0xA8FDE1B6D369B144LL,0UL},{0x6EEFA3F4B28BAB7FLL,0xA8FDE1B6D369B144LL,0x86F01D0A99A01F6ELL,0UL,0xB5DA52DCC1B803B4LL},{0UL,0xA8FDE1B6D369B144LL,0x71809D8D5BFE1E7BLL,0x2E747E433F9BF4E4LL,2UL},{0xB5DA52DCC1B803B4LL,1UL,18446744073709551614UL,0UL,0UL}},{{0xB5DA52DCC1B803B4LL,0UL,0x86F01D0A99A01F6ELL,0xA8FDE1B6D369B144LL,0x6EEFA3F4B28BAB7FLL},{0UL,0x1E618E9F494ED3C4LL,18446744073709551614UL,0x2E747E433F9BF4E4LL,0x6EEFA3F4B28BAB7FLL},{0x6EEFA3F4B28BAB7FLL,1UL,0x71809D8D5BFE1E7BLL,0x1E618E9F494ED3C4LL,0UL},{2UL,0x1E618E9F494ED3C4LL,0x86F01D0A99A01F6ELL,0x1E618E9F494ED3C4LL,2UL}},{{0UL,0UL,18446744073709551613UL,0x2E747E433F9BF4E4LL,0xB5DA52DCC1B803B4LL},{2UL,1UL,18446744073709551613UL,0xA8FDE1B6D369B144LL,0UL},{0x6EEFA3F4B28BAB7FLL,0xA8FDE1B6D369B144LL,0x86F01D0A99A01F6ELL,0UL,0xB5DA52DCC1B803B4LL},{0UL,0xA8FDE1B6D369B144LL,0x71809D8D5BFE1E7BLL,0x2E747E433F9BF4E4LL,2UL}}};
            int i, j, k;
            for (g_255.f2 = (-6); (g_255.f2 < (-20)); g_255.f2 = safe_sub_func_uint8_t_u_u(g_255.f2, 1))
            { /* block id: 516 */
                uint32_t l_1291[5][1][1];
                int i, j, k;
                for (i = 0; i < 5; i++)
                {
                    for (j = 0; j < 1; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_1291[i][j][k] = 1UL;
                    }
                }
                l_1292[2][3][3] = (((safe_unary_minus_func_uint16_t_u(((l_1279[4] == ((l_1280[1] = &g_290) == &g_290)) , (safe_rshift_func_int16_t_s_s(g_86.f3, (safe_sub_func_int16_t_s_s(1L, (safe_add_func_int32_t_s_s((safe_rshift_func_int16_t_s_u(9L, p_31.f3)), ((0x52B93D9EL || (safe_add_func_int32_t_s_s(l_1291[3][0][0], l_1291[3][0][0]))) <= p_31.f3)))))))))) != 0x0A04L) < p_30);
            }
            if (l_1279[3])
                continue;
        }
        l_1324 = ((((((safe_mul_func_uint16_t_u_u((safe_add_func_uint16_t_u_u(((**l_1260) = ((*l_1320) ^= ((safe_sub_func_int8_t_s_s((safe_sub_func_uint16_t_u_u((p_29 <= (l_1279[4] >= (safe_sub_func_int32_t_s_s(((safe_mul_func_int8_t_s_s(((g_603[0][1][1].f2 > ((*l_1319) ^= (!((((*l_1259) = (safe_sub_func_int16_t_s_s((g_226 | ((((g_86.f2 | (safe_lshift_func_uint16_t_u_s((7UL || (safe_lshift_func_uint16_t_u_u(g_601.f3, 15))), 11))) , ((safe_div_func_int32_t_s_s(0xB8E39360L, (safe_add_func_uint64_t_u_u(((***g_290) = p_29), p_31.f2)))) == 0L)) < 0L) ^ p_31.f1)), 1L))) , (*g_912)) == &l_1168[0])))) , 0x97L), l_1279[2])) ^ 0x29406615L), p_31.f3)))), p_30)), 6UL)) < 0x76L))), p_31.f3)), l_1321)) < g_601.f1) != l_1322) , 0UL) , l_1323) != g_737);
        --l_1327;
        l_1332[0] = (l_1331 = l_1330);
    }
    return p_30;
}


/* ------------------------------------------ */
/* 
 * reads : g_16 g_86 g_65 g_96 g_124 g_123 g_119 g_115 g_148 g_177 g_226 g_213 g_255 g_250 g_174 g_171 g_290 g_293 g_292 g_291 g_249 g_334 g_345 g_343 g_344 g_389
 * writes: g_65 g_86.f3 g_96.f3 g_119 g_124 g_123 g_96.f2 g_171 g_177 g_213 g_226 g_96.f1 g_249 g_174 g_86.f2 g_334 g_345 g_250 g_344 g_389 g_395 g_175
 */
static int32_t  func_32(uint8_t  p_33, uint32_t  p_34, uint32_t  p_35)
{ /* block id: 1 */
    const struct S0 l_40 = {18446744073709551610UL,0x37L,0x2ECC90C6L};
    int16_t *l_62 = (void*)0;
    int16_t *l_63 = (void*)0;
    int16_t *l_64 = &g_65;
    uint32_t l_66[2];
    int8_t *l_397 = &g_175;
    int32_t l_398[2][4] = {{(-1L),0x61BAE108L,(-1L),0x61BAE108L},{(-1L),0x61BAE108L,(-1L),0x61BAE108L}};
    int32_t l_399 = 3L;
    int i, j;
    for (i = 0; i < 2; i++)
        l_66[i] = 0xAFFF16CEL;
    l_399 = (l_398[1][0] = (((l_40 , g_16) || (safe_mul_func_int16_t_s_s(((safe_div_func_int32_t_s_s((((((safe_div_func_int64_t_s_s((g_16 & (((safe_add_func_int16_t_s_s((safe_div_func_int64_t_s_s(g_16, (safe_div_func_int8_t_s_s(((*l_397) = (func_53((safe_mod_func_int16_t_s_s((func_57(l_40.f1) < p_35), ((safe_div_func_uint64_t_u_u(((((*l_64) = 1L) == 0x0190L) || l_40.f0), l_66[1])) , p_34)))) > g_96.f0)), 0x97L)))), g_96.f0)) <= g_86.f0) , l_66[1])), l_40.f1)) , g_124) < l_66[1]) < p_33) > p_35), l_40.f1)) ^ 4L), l_66[1]))) ^ p_34));
    return g_96.f3;
}


/* ------------------------------------------ */
/* 
 * reads : g_86 g_65 g_96 g_124 g_123 g_119 g_115 g_148 g_16 g_177 g_226 g_213 g_255 g_250 g_174 g_171 g_290 g_293 g_292 g_291 g_249 g_334 g_345 g_343 g_344 g_389
 * writes: g_86.f3 g_96.f3 g_119 g_124 g_123 g_96.f2 g_171 g_177 g_213 g_226 g_96.f1 g_249 g_174 g_65 g_86.f2 g_334 g_345 g_250 g_344 g_389 g_395
 */
static uint64_t  func_53(uint64_t  p_54)
{ /* block id: 5 */
    uint32_t l_85[5] = {0x7A897151L,0x7A897151L,0x7A897151L,0x7A897151L,0x7A897151L};
    const uint32_t l_95 = 1UL;
    uint16_t *l_120[5][1];
    int32_t l_121[4][1][4] = {{{0x6E34B743L,0x6E34B743L,0x6E34B743L,0x6E34B743L}},{{0x6E34B743L,0x6E34B743L,0x6E34B743L,0x6E34B743L}},{{0x6E34B743L,0x6E34B743L,0x6E34B743L,0x6E34B743L}},{{0x6E34B743L,0x6E34B743L,0x6E34B743L,0x6E34B743L}}};
    int32_t *l_151 = &g_123;
    int8_t l_170 = 0x71L;
    int32_t l_277 = 1L;
    struct S1 l_296[4] = {{0UL,1UL,0x4B9FL,0xDD8CL},{0UL,1UL,0x4B9FL,0xDD8CL},{0UL,1UL,0x4B9FL,0xDD8CL},{0UL,1UL,0x4B9FL,0xDD8CL}};
    int32_t ** const *l_394 = &g_249;
    int32_t ** const **l_393 = &l_394;
    int32_t ** const ***l_392 = &l_393;
    int i, j, k;
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 1; j++)
            l_120[i][j] = (void*)0;
    }
    if ((safe_div_func_uint64_t_u_u((safe_mod_func_uint8_t_u_u(p_54, (safe_div_func_uint16_t_u_u((func_57((safe_mul_func_uint16_t_u_u((l_121[3][0][0] |= func_57((safe_div_func_int32_t_s_s((func_57(func_77((safe_lshift_func_int8_t_s_s((~((g_86.f3 = (+(((((l_85[0] ^ ((((g_86 , (((safe_mod_func_uint16_t_u_u((((l_85[0] < ((safe_lshift_func_uint8_t_u_u(l_85[0], 5)) ^ ((safe_sub_func_uint32_t_u_u((safe_div_func_int32_t_s_s(p_54, l_85[0])), (-1L))) >= l_85[1]))) >= 1UL) & 0xE276980504C99CC0LL), l_85[0])) < 1UL) && 0xEE702D15FFE8FED2LL)) != p_54) & l_85[0]) >= l_95)) & g_86.f0) == g_86.f1) , l_95) & g_65))) <= g_86.f1)), g_86.f1)), &g_65, g_96)) , 5L), p_54)))), l_95))) , g_96.f0), l_95)))), l_85[0])))
    { /* block id: 16 */
        int32_t *l_122[5];
        int16_t *l_149 = &g_86.f3;
        uint16_t *l_199 = &g_96.f2;
        int32_t l_214 = 0x9023DF18L;
        uint64_t *l_219 = &g_115;
        uint64_t **l_218[3];
        int i;
        for (i = 0; i < 5; i++)
            l_122[i] = &l_121[3][0][0];
        for (i = 0; i < 3; i++)
            l_218[i] = &l_219;
        ++g_124;
        for (g_124 = 0; (g_124 < 35); g_124 = safe_add_func_uint8_t_u_u(g_124, 1))
        { /* block id: 20 */
            int32_t l_133 = 0xE9A657C7L;
            int32_t l_142 = 0L;
            int64_t l_159 = 0xE031660C04CD9F8BLL;
            uint16_t *l_164 = &g_96.f2;
            int32_t l_176 = 0xA81958DDL;
            struct S0 l_216[1] = {{0xC64E1DA1L,-3L,-4L}};
            int32_t * const l_241[4] = {&l_216[0].f2,&l_216[0].f2,&l_216[0].f2,&l_216[0].f2};
            int32_t **l_251 = &l_151;
            int i;
            for (g_123 = 0; (g_123 < 5); ++g_123)
            { /* block id: 23 */
                return g_96.f3;
            }
            if ((&p_54 != &g_115))
            { /* block id: 26 */
                uint16_t * const l_145[2] = {(void*)0,(void*)0};
                int i;
                l_142 |= (0xFC7B43BFD2720855LL || ((((((safe_lshift_func_int16_t_s_s(3L, 12)) | ((l_133 >= (safe_add_func_uint8_t_u_u(((safe_mul_func_int16_t_s_s(g_123, (247UL >= p_54))) , g_86.f2), g_65))) && (safe_div_func_uint64_t_u_u((safe_mul_func_uint16_t_u_u(p_54, g_86.f2)), g_86.f0)))) | g_124) || g_119[2]) | p_54) == p_54));
                if ((((g_96.f2 = ((g_86.f1 & (safe_sub_func_int16_t_s_s(((void*)0 == l_145[0]), (0xF3L < (((safe_sub_func_uint16_t_u_u(l_133, (((p_54 || (&p_54 == (p_54 , &g_115))) , g_96.f1) , 0x8458L))) <= g_96.f2) == p_54))))) != p_54)) >= g_115) , 0xFA104C7AL))
                { /* block id: 29 */
                    l_142 = p_54;
                }
                else
                { /* block id: 31 */
                    int8_t *l_150 = (void*)0;
                    if (g_148)
                        break;
                    (*l_151) &= ((((l_121[1][0][2] = ((void*)0 == l_149)) , 9L) , &g_123) == l_151);
                    if (p_54)
                        break;
                }
            }
            else
            { /* block id: 37 */
                int64_t *l_160 = &l_159;
                int32_t *l_163[4][5] = {{&l_121[3][0][0],&l_121[3][0][3],&l_121[3][0][0],(void*)0,&l_121[3][0][3]},{&l_121[2][0][3],&l_142,(void*)0,&l_121[3][0][0],(void*)0},{&l_121[3][0][0],&l_121[3][0][0],&l_121[2][0][3],&l_142,(void*)0},{&l_133,(void*)0,(void*)0,(void*)0,(void*)0}};
                struct S1 l_169[5][5][1] = {{{{0UL,0x3C02C40AL,0x21C5L,1L}},{{1UL,18446744073709551615UL,0xF309L,-8L}},{{0xA33BA328L,18446744073709551615UL,1UL,0xF939L}},{{4294967295UL,0xF3C42993L,65535UL,0x5984L}},{{0x90053317L,0xB9804166L,0x2926L,0x71ABL}}},{{{4294967295UL,0xF3C42993L,65535UL,0x5984L}},{{0xA33BA328L,18446744073709551615UL,1UL,0xF939L}},{{1UL,18446744073709551615UL,0xF309L,-8L}},{{0UL,0x3C02C40AL,0x21C5L,1L}},{{4294967294UL,0x691D7FE7L,0xF914L,1L}}},{{{0UL,0x3C02C40AL,0x21C5L,1L}},{{1UL,18446744073709551615UL,0xF309L,-8L}},{{0xA33BA328L,18446744073709551615UL,1UL,0xF939L}},{{4294967295UL,0xF3C42993L,65535UL,0x5984L}},{{0x90053317L,0xB9804166L,0x2926L,0x71ABL}}},{{{4294967295UL,0xF3C42993L,65535UL,0x5984L}},{{0xA33BA328L,18446744073709551615UL,1UL,0xF939L}},{{1UL,18446744073709551615UL,0xF309L,-8L}},{{0UL,0x3C02C40AL,0x21C5L,1L}},{{4294967294UL,0x691D7FE7L,0xF914L,1L}}},{{{0UL,0x3C02C40AL,0x21C5L,1L}},{{1UL,18446744073709551615UL,0xF309L,-8L}},{{0xA33BA328L,18446744073709551615UL,1UL,0xF939L}},{{4294967295UL,0xF3C42993L,65535UL,0x5984L}},{{0x90053317L,0xB9804166L,0x2926L,0x71ABL}}}};
                int i, j, k;
                g_171 = (safe_add_func_int8_t_s_s((safe_unary_minus_func_uint32_t_u((safe_add_func_uint8_t_u_u((safe_div_func_uint64_t_u_u((((*l_160) = l_159) ^ ((safe_add_func_int16_t_s_s((((*l_151) |= (((void*)0 != l_163[0][0]) < ((void*)0 == l_164))) && (safe_mod_func_int16_t_s_s((((((p_54 <= (safe_sub_func_uint64_t_u_u((*l_151), ((g_86.f1 < (l_169[0][1][0] , 1L)) >= p_54)))) && (-3L)) == g_96.f3) || g_148) & g_115), g_16))), g_124)) , p_54)), 18446744073709551614UL)), l_170)))), g_96.f2));
                for (g_123 = 0; (g_123 > (-29)); g_123 = safe_sub_func_int8_t_s_s(g_123, 1))
                { /* block id: 43 */
                    if (l_133)
                        break;
                    if ((*l_151))
                        break;
                }
                ++g_177;
            }
            for (l_159 = (-18); (l_159 > (-13)); l_159++)
            { /* block id: 51 */
                uint64_t *l_183 = &g_115;
                uint64_t **l_182 = &l_183;
                uint16_t *l_197[2][3] = {{&g_96.f2,&g_96.f2,&g_96.f2},{&g_96.f2,&g_96.f2,&g_96.f2}};
                uint16_t **l_198[4][2] = {{&l_164,&l_120[1][0]},{&l_120[1][0],&l_164},{&l_120[1][0],&l_120[1][0]},{&l_164,&l_120[1][0]}};
                int8_t *l_211 = &l_170;
                uint8_t *l_212 = &g_213;
                uint64_t **l_217[5][4][4] = {{{&l_183,&l_183,&l_183,&l_183},{&l_183,&l_183,&l_183,&l_183},{&l_183,&l_183,&l_183,&l_183},{&l_183,&l_183,&l_183,&l_183}},{{(void*)0,&l_183,(void*)0,&l_183},{&l_183,&l_183,&l_183,&l_183},{&l_183,&l_183,&l_183,&l_183},{(void*)0,&l_183,&l_183,&l_183}},{{&l_183,&l_183,&l_183,&l_183},{&l_183,(void*)0,(void*)0,&l_183},{(void*)0,&l_183,&l_183,(void*)0},{&l_183,&l_183,&l_183,&l_183}},{{&l_183,(void*)0,&l_183,&l_183},{&l_183,&l_183,&l_183,(void*)0},{&l_183,&l_183,(void*)0,&l_183},{&l_183,(void*)0,&l_183,&l_183}},{{&l_183,&l_183,(void*)0,&l_183},{&l_183,&l_183,&l_183,&l_183},{&l_183,&l_183,(void*)0,&l_183},{&l_183,&l_183,&l_183,&l_183}}};
                uint64_t ***l_220 = &l_218[0];
                uint64_t ***l_221 = &l_182;
                int32_t l_223 = (-7L);
                int32_t l_225 = (-3L);
                int i, j, k;
                l_214 |= (((*l_182) = &g_119[1]) != ((safe_mod_func_int16_t_s_s(((*l_149) = (safe_rshift_func_int8_t_s_s((safe_mul_func_uint8_t_u_u((((((safe_mod_func_uint64_t_u_u(1UL, (+(safe_rshift_func_int16_t_s_u((safe_sub_func_int32_t_s_s((*l_151), g_96.f1)), (((l_199 = l_197[0][2]) == &g_177) || ((safe_sub_func_uint8_t_u_u(((*l_212) = (0L || (safe_sub_func_uint16_t_u_u(((((safe_add_func_uint64_t_u_u((safe_mul_func_int8_t_s_s((+(safe_sub_func_uint8_t_u_u(g_123, ((*l_211) = 0x16L)))), 0UL)), 0UL)) < 0x5CL) > 0xD2CDL) == 0xD4B36AF559A89124LL), p_54)))), 255UL)) , p_54))))))) & p_54) , g_96.f3) != (*l_151)) | (*l_151)), 0xC6L)), g_86.f0))), 65531UL)) , (void*)0));
                if ((!(l_216[0] , (l_217[0][1][2] == ((*l_221) = ((*l_220) = l_218[1]))))))
                { /* block id: 60 */
                    uint8_t l_222 = 1UL;
                    return l_222;
                }
                else
                { /* block id: 62 */
                    int16_t l_224[5][2] = {{0x1CC4L,0x1CC4L},{0x1CC4L,0x1CC4L},{0x1CC4L,0x1CC4L},{0x1CC4L,0x1CC4L},{0x1CC4L,0x1CC4L}};
                    int i, j;
                    ++g_226;
                    return p_54;
                }
            }
            for (g_96.f1 = 22; (g_96.f1 >= 28); g_96.f1++)
            { /* block id: 69 */
                uint8_t l_231 = 0x2AL;
                int32_t l_235 = (-1L);
                int32_t **l_248[2][3][3] = {{{&l_151,&l_122[4],&l_122[4]},{&l_122[4],&l_122[4],&l_122[4]},{&l_151,&l_151,&l_122[4]}},{{&l_151,&l_151,&l_151},{&l_122[4],&l_151,&l_151},{&l_151,&l_122[4],&l_122[4]}}};
                int32_t ***l_252 = &l_251;
                int i, j, k;
                if (g_115)
                { /* block id: 70 */
                    (*l_151) &= (-1L);
                    l_231--;
                    (*l_151) = g_213;
                    if ((*l_151))
                        continue;
                }
                else
                { /* block id: 75 */
                    int32_t **l_234 = &l_122[4];
                    (*l_234) = &g_174;
                }
                g_123 = (p_54 != p_54);
                l_235 = (-7L);
                (*g_250) ^= ((p_54 > ((safe_rshift_func_int16_t_s_s((!((void*)0 != l_241[0])), ((safe_lshift_func_int16_t_s_u((247UL & 4UL), ((*l_164) ^= ((((~((safe_mod_func_int8_t_s_s((safe_unary_minus_func_uint8_t_u(((((g_249 = l_248[0][2][2]) != ((*l_252) = l_251)) , (safe_rshift_func_uint16_t_u_u((g_255 , (safe_lshift_func_uint8_t_u_s(((safe_unary_minus_func_uint8_t_u(g_86.f1)) < (*l_151)), 0))), 3))) || 1UL))), p_54)) == p_54)) >= (*l_151)) <= 0xD17CDE6FL) || 0xBA134505L)))) <= p_54))) < 0UL)) > 0L);
            }
        }
    }
    else
    { /* block id: 86 */
        uint32_t l_259 = 0xC88365F3L;
        uint64_t *l_260 = (void*)0;
        uint64_t *l_261 = &g_119[1];
        uint32_t l_276 = 9UL;
        int8_t l_278 = 3L;
        int16_t *l_285 = (void*)0;
        int16_t *l_286[5] = {&g_86.f3,&g_86.f3,&g_86.f3,&g_86.f3,&g_86.f3};
        struct S1 l_289 = {0x62006AEBL,1UL,1UL,7L};
        uint32_t l_314[1][2];
        int32_t l_333 = (-3L);
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_314[i][j] = 0x1E4C795EL;
        }
        (*l_151) = (l_259 && ((((--(*l_261)) <= l_259) | (g_213 == (l_259 == l_259))) >= ((safe_add_func_uint8_t_u_u(g_171, (safe_mul_func_int8_t_s_s((g_255.f1 , (safe_div_func_uint8_t_u_u(((safe_add_func_uint16_t_u_u(((((p_54 < ((safe_rshift_func_int8_t_s_u((((safe_div_func_uint64_t_u_u((g_255 , g_86.f2), p_54)) & g_96.f1) >= (*l_151)), 3)) < l_276)) & 18446744073709551611UL) ^ g_148) <= 0x52CEL), l_277)) == 4294967289UL), l_278))), l_259)))) , 254UL)));
        if ((((p_54 , p_54) != ((safe_lshift_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((((safe_sub_func_int16_t_s_s((g_65 = g_96.f0), (safe_rshift_func_uint16_t_u_s((l_289 , (((void*)0 != g_290) <= p_54)), (l_289.f3 , (g_148 && g_293)))))) | g_255.f0) , p_54), g_86.f1)), 11)) && g_86.f1)) > 1UL))
        { /* block id: 90 */
            uint32_t *l_310 = &l_85[0];
            int64_t *l_311 = &g_171;
            uint32_t *l_312 = &g_96.f1;
            int32_t l_313 = 0x25EC3FAAL;
            int32_t l_342 = 1L;
            struct S1 l_366[4][4][4] = {{{{4294967295UL,0UL,4UL,-2L},{0UL,18446744073709551611UL,0x175AL,0x73C1L},{4294967295UL,0UL,4UL,-2L},{0xE0308638L,0UL,1UL,0xEBA1L}},{{4294967295UL,0UL,4UL,-2L},{0xE0308638L,0UL,1UL,0xEBA1L},{4294967295UL,0UL,4UL,-2L},{0UL,18446744073709551611UL,0x175AL,0x73C1L}},{{4294967295UL,0UL,4UL,-2L},{0UL,18446744073709551611UL,0x175AL,0x73C1L},{4294967295UL,0UL,4UL,-2L},{0xE0308638L,0UL,1UL,0xEBA1L}},{{4294967295UL,0UL,4UL,-2L},{0xE0308638L,0UL,1UL,0xEBA1L},{4294967295UL,0UL,4UL,-2L},{0UL,18446744073709551611UL,0x175AL,0x73C1L}}},{{{4294967295UL,0UL,4UL,-2L},{0UL,18446744073709551611UL,0x175AL,0x73C1L},{4294967295UL,0UL,4UL,-2L},{0xE0308638L,0UL,1UL,0xEBA1L}},{{4294967295UL,0UL,4UL,-2L},{0xE0308638L,0UL,1UL,0xEBA1L},{4294967295UL,0UL,4UL,-2L},{0UL,18446744073709551611UL,0x175AL,0x73C1L}},{{4294967295UL,0UL,4UL,-2L},{0UL,18446744073709551611UL,0x175AL,0x73C1L},{4294967295UL,0UL,4UL,-2L},{0xE0308638L,0UL,1UL,0xEBA1L}},{{4294967295UL,0UL,4UL,-2L},{0xE0308638L,0UL,1UL,0xEBA1L},{4294967295UL,0UL,4UL,-2L},{0UL,18446744073709551611UL,0x175AL,0x73C1L}}},{{{4294967295UL,0UL,4UL,-2L},{0UL,18446744073709551611UL,0x175AL,0x73C1L},{4294967295UL,0UL,4UL,-2L},{0xE0308638L,0UL,1UL,0xEBA1L}},{{4294967295UL,0UL,4UL,-2L},{0xE0308638L,0UL,1UL,0xEBA1L},{4294967295UL,0UL,4UL,-2L},{0UL,18446744073709551611UL,0x175AL,0x73C1L}},{{4294967295UL,0UL,4UL,-2L},{0UL,18446744073709551611UL,0x175AL,0x73C1L},{4294967295UL,0UL,4UL,-2L},{0xE0308638L,0UL,1UL,0xEBA1L}},{{4294967295UL,0UL,4UL,-2L},{0xE0308638L,0UL,1UL,0xEBA1L},{4294967295UL,0UL,4UL,-2L},{0UL,18446744073709551611UL,0x175AL,0x73C1L}}},{{{4294967295UL,0UL,4UL,-2L},{0UL,18446744073709551611UL,0x175AL,0x73C1L},{4294967295UL,0UL,4UL,-2L},{0xE0308638L,0UL,1UL,0xEBA1L}},{{4294967295UL,0UL,4UL,-2L},{0xE0308638L,0UL,1UL,0xEBA1L},{4294967295UL,0UL,4UL,-2L},{0UL,18446744073709551611UL,0x175AL,0x73C1L}},{{4294967295UL,0UL,4UL,-2L},{0UL,18446744073709551611UL,0x175AL,0x73C1L},{4294967295UL,0UL,4UL,-2L},{0xE0308638L,0UL,1UL,0xEBA1L}},{{4294967295UL,0UL,4UL,-2L},{0xE0308638L,0UL,1UL,0xEBA1L},{4294967295UL,0UL,4UL,-2L},{0UL,18446744073709551611UL,0x175AL,0x73C1L}}}};
            int32_t ***l_386 = (void*)0;
            int32_t ****l_385 = &l_386;
            int32_t *****l_384 = &l_385;
            int i, j, k;
            if (((*l_151) , ((g_293 || (((((g_86.f3 < (((l_296[2] , (safe_lshift_func_uint8_t_u_s(252UL, 7))) ^ (((*l_312) &= (((safe_div_func_uint64_t_u_u((safe_mod_func_uint64_t_u_u((safe_mul_func_uint16_t_u_u((~(*g_250)), (safe_sub_func_int16_t_s_s((((*l_311) = (((*l_310) = ((((p_54 || (safe_sub_func_uint16_t_u_u((g_86.f2 = (*l_151)), 5UL))) == 3L) < (*g_292)) != 0x9DL)) > 0xFAF9D59AL)) >= (-8L)), p_54)))), (**g_291))), (*g_292))) || (-7L)) < l_289.f1)) , p_54)) > g_86.f0)) , g_96.f2) < 0xD3L) ^ (**g_249)) ^ (*g_250))) , 0x4D31E842L)))
            { /* block id: 95 */
                l_314[0][0]++;
                return l_313;
            }
            else
            { /* block id: 98 */
                int16_t l_319 = 1L;
                int32_t **l_328 = (void*)0;
                int32_t l_331 = 0L;
                uint16_t *l_358 = &g_86.f2;
                int8_t *l_359 = &l_278;
                for (g_65 = 0; (g_65 == 12); g_65++)
                { /* block id: 101 */
                    int8_t *l_320 = &l_170;
                    int32_t l_329 = 0xFE7A2BE5L;
                    int32_t *l_330 = &g_174;
                    int32_t *l_332[4];
                    int i;
                    for (i = 0; i < 4; i++)
                        l_332[i] = (void*)0;
                    (*g_250) = (0x3F1A1F52BABF6958LL < (((((g_86.f2 = (g_177 = (((*l_320) = (l_319 > ((6L || (*l_151)) && 0x7268L))) ^ ((safe_lshift_func_uint8_t_u_s((safe_unary_minus_func_uint16_t_u(l_319)), ((safe_add_func_uint64_t_u_u((((**g_249) > p_54) , ((safe_mod_func_int32_t_s_s((((void*)0 != l_328) != g_255.f2), 3L)) <= 18446744073709551609UL)), p_54)) != l_329))) , g_255.f0)))) == 0x52A6L) < l_329) < p_54) != l_329));
                    g_334++;
                }
                for (l_313 = 2; (l_313 >= 0); l_313 -= 1)
                { /* block id: 110 */
                    int32_t *l_337 = &g_255.f2;
                    int32_t *l_338 = &l_121[3][0][0];
                    int32_t *l_339 = &l_121[3][0][0];
                    int32_t *l_340 = &l_121[3][0][0];
                    int32_t *l_341[5][4] = {{&g_174,(void*)0,(void*)0,&g_174},{(void*)0,&g_174,(void*)0,(void*)0},{&g_174,&g_174,&g_255.f2,&g_174},{&g_174,(void*)0,(void*)0,&g_174},{(void*)0,&g_174,(void*)0,(void*)0}};
                    int i, j;
                    --g_345;
                    if (g_119[l_313])
                        break;
                    (*g_249) = (*g_249);
                    if (p_54)
                        continue;
                }
                if ((safe_div_func_uint8_t_u_u((&l_342 == (void*)0), ((*l_359) = (safe_mod_func_uint64_t_u_u((p_54 && (18446744073709551615UL < ((*g_292) ^= (safe_rshift_func_int16_t_s_u((&g_345 == ((((*l_151) & (safe_lshift_func_int8_t_s_s(g_226, p_54))) <= (safe_div_func_uint16_t_u_u((1L & g_86.f2), g_343))) , l_358)), l_342))))), p_54))))))
                { /* block id: 118 */
                    (*g_249) = (*g_249);
                    (*g_250) = (g_174 == p_54);
                }
                else
                { /* block id: 121 */
                    int64_t l_367 = 0xEBCAEF4B928183C4LL;
                    int32_t ****l_375 = (void*)0;
                    int32_t ***l_377 = &l_328;
                    int32_t ****l_376 = &l_377;
                    int32_t ***l_379 = &l_328;
                    int32_t ****l_378 = &l_379;
                    (**g_249) = (safe_lshift_func_int16_t_s_s((safe_lshift_func_int16_t_s_u((g_344 |= (safe_sub_func_int16_t_s_s(p_54, (l_366[2][0][0] , (((--(**g_291)) , (g_86.f2 <= (safe_mod_func_uint32_t_u_u(l_366[2][0][0].f0, (~(safe_add_func_uint16_t_u_u((((*l_378) = ((*l_376) = (void*)0)) == ((l_366[2][0][0].f2 >= ((safe_add_func_int64_t_s_s((((*l_151) = ((***g_290) = (((l_313 && (safe_lshift_func_uint8_t_u_s(0x06L, 0))) ^ g_123) > 65535UL))) > p_54), p_54)) < 0xC8L)) , (void*)0)), g_148))))))) ^ 1L))))), p_54)), p_54));
                }
                (*l_151) &= 7L;
            }
            (*l_384) = (void*)0;
            (*g_249) = &l_333;
        }
        else
        { /* block id: 134 */
            for (g_345 = (-28); (g_345 < 12); g_345 = safe_add_func_int32_t_s_s(g_345, 1))
            { /* block id: 137 */
                int64_t ***l_391 = &g_389;
                (*l_391) = g_389;
            }
            g_395 = l_392;
            (****l_392) = &l_333;
        }
    }
    return (*l_151);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint64_t  func_57(int16_t  p_58)
{ /* block id: 2 */
    uint16_t l_59 = 0x1AD7L;
    return l_59;
}


/* ------------------------------------------ */
/* 
 * reads : g_86.f3 g_65 g_86.f2
 * writes: g_86.f3 g_96.f3 g_119
 */
static int16_t  func_77(int32_t  p_78, const int16_t * p_79, struct S1  p_80)
{ /* block id: 7 */
    int16_t *l_105[1][3][4];
    int32_t l_106 = (-1L);
    int32_t l_111[3];
    int32_t l_112 = 0xA0F5A0A6L;
    uint64_t *l_113 = (void*)0;
    uint64_t *l_114[4][1][4] = {{{(void*)0,&g_115,&g_115,(void*)0}},{{&g_115,(void*)0,&g_115,&g_115}},{{&g_115,&g_115,&g_115,(void*)0}},{{(void*)0,&g_115,(void*)0,(void*)0}}};
    int64_t l_116 = 0L;
    int8_t l_117[4];
    int32_t *l_118[3][5] = {{&l_106,&l_106,&l_106,&l_106,&l_106},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_106,&l_106,&l_106,&l_106,&l_106}};
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 4; k++)
                l_105[i][j][k] = &g_96.f3;
        }
    }
    for (i = 0; i < 3; i++)
        l_111[i] = (-1L);
    for (i = 0; i < 4; i++)
        l_117[i] = (-1L);
    g_119[0] = (((g_96.f3 = (((l_112 = (safe_div_func_int32_t_s_s((((safe_div_func_int64_t_s_s(p_80.f1, g_86.f3)) != p_80.f1) || (safe_sub_func_int32_t_s_s((safe_add_func_int16_t_s_s((p_80.f3 = (g_86.f3 = (*p_79))), l_106)), (safe_sub_func_int16_t_s_s(((safe_div_func_uint16_t_u_u(((l_111[1] ^= 7L) >= (*p_79)), p_80.f2)) <= ((0xABL && l_112) >= l_106)), 0x9239L))))), 4294967295UL))) | l_116) >= l_117[1])) , g_86.f2) == l_106);
    return (*p_79);
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
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_65, "g_65", print_hash_value);
    transparent_crc(g_86.f0, "g_86.f0", print_hash_value);
    transparent_crc(g_86.f1, "g_86.f1", print_hash_value);
    transparent_crc(g_86.f2, "g_86.f2", print_hash_value);
    transparent_crc(g_86.f3, "g_86.f3", print_hash_value);
    transparent_crc(g_96.f0, "g_96.f0", print_hash_value);
    transparent_crc(g_96.f1, "g_96.f1", print_hash_value);
    transparent_crc(g_96.f2, "g_96.f2", print_hash_value);
    transparent_crc(g_96.f3, "g_96.f3", print_hash_value);
    transparent_crc(g_115, "g_115", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_119[i], "g_119[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_123, "g_123", print_hash_value);
    transparent_crc(g_124, "g_124", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    transparent_crc(g_171, "g_171", print_hash_value);
    transparent_crc(g_174, "g_174", print_hash_value);
    transparent_crc(g_175, "g_175", print_hash_value);
    transparent_crc(g_177, "g_177", print_hash_value);
    transparent_crc(g_213, "g_213", print_hash_value);
    transparent_crc(g_226, "g_226", print_hash_value);
    transparent_crc(g_255.f0, "g_255.f0", print_hash_value);
    transparent_crc(g_255.f1, "g_255.f1", print_hash_value);
    transparent_crc(g_255.f2, "g_255.f2", print_hash_value);
    transparent_crc(g_293, "g_293", print_hash_value);
    transparent_crc(g_334, "g_334", print_hash_value);
    transparent_crc(g_343, "g_343", print_hash_value);
    transparent_crc(g_344, "g_344", print_hash_value);
    transparent_crc(g_345, "g_345", print_hash_value);
    transparent_crc(g_401.f0, "g_401.f0", print_hash_value);
    transparent_crc(g_401.f1, "g_401.f1", print_hash_value);
    transparent_crc(g_401.f2, "g_401.f2", print_hash_value);
    transparent_crc(g_401.f3, "g_401.f3", print_hash_value);
    transparent_crc(g_483, "g_483", print_hash_value);
    transparent_crc(g_506, "g_506", print_hash_value);
    transparent_crc(g_510, "g_510", print_hash_value);
    transparent_crc(g_511, "g_511", print_hash_value);
    transparent_crc(g_535.f0, "g_535.f0", print_hash_value);
    transparent_crc(g_535.f1, "g_535.f1", print_hash_value);
    transparent_crc(g_535.f2, "g_535.f2", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_563[i][j][k], "g_563[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_568[i][j][k], "g_568[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_601.f0, "g_601.f0", print_hash_value);
    transparent_crc(g_601.f1, "g_601.f1", print_hash_value);
    transparent_crc(g_601.f2, "g_601.f2", print_hash_value);
    transparent_crc(g_601.f3, "g_601.f3", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_603[i][j][k].f0, "g_603[i][j][k].f0", print_hash_value);
                transparent_crc(g_603[i][j][k].f1, "g_603[i][j][k].f1", print_hash_value);
                transparent_crc(g_603[i][j][k].f2, "g_603[i][j][k].f2", print_hash_value);
                transparent_crc(g_603[i][j][k].f3, "g_603[i][j][k].f3", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_693, "g_693", print_hash_value);
    transparent_crc(g_736, "g_736", print_hash_value);
    transparent_crc(g_782, "g_782", print_hash_value);
    transparent_crc(g_908, "g_908", print_hash_value);
    transparent_crc(g_1268.f0, "g_1268.f0", print_hash_value);
    transparent_crc(g_1268.f1, "g_1268.f1", print_hash_value);
    transparent_crc(g_1268.f2, "g_1268.f2", print_hash_value);
    transparent_crc(g_1268.f3, "g_1268.f3", print_hash_value);
    transparent_crc(g_1372, "g_1372", print_hash_value);
    transparent_crc(g_1374, "g_1374", print_hash_value);
    transparent_crc(g_1511, "g_1511", print_hash_value);
    transparent_crc(g_1629, "g_1629", print_hash_value);
    transparent_crc(g_1638, "g_1638", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_1731[i][j][k], "g_1731[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1739.f0, "g_1739.f0", print_hash_value);
    transparent_crc(g_1739.f1, "g_1739.f1", print_hash_value);
    transparent_crc(g_1739.f2, "g_1739.f2", print_hash_value);
    transparent_crc(g_1757, "g_1757", print_hash_value);
    transparent_crc(g_1783, "g_1783", print_hash_value);
    transparent_crc(g_1877, "g_1877", print_hash_value);
    transparent_crc(g_1886, "g_1886", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_2082[i], "g_2082[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 435
   depth: 1, occurrence: 34
XXX total union variables: 0

XXX max expression depth: 39
breakdown:
   depth: 1, occurrence: 211
   depth: 2, occurrence: 50
   depth: 3, occurrence: 6
   depth: 4, occurrence: 5
   depth: 5, occurrence: 1
   depth: 6, occurrence: 3
   depth: 7, occurrence: 1
   depth: 10, occurrence: 1
   depth: 11, occurrence: 1
   depth: 14, occurrence: 2
   depth: 15, occurrence: 2
   depth: 16, occurrence: 3
   depth: 17, occurrence: 3
   depth: 18, occurrence: 3
   depth: 19, occurrence: 3
   depth: 20, occurrence: 2
   depth: 21, occurrence: 2
   depth: 22, occurrence: 4
   depth: 23, occurrence: 3
   depth: 24, occurrence: 1
   depth: 25, occurrence: 2
   depth: 26, occurrence: 3
   depth: 27, occurrence: 1
   depth: 28, occurrence: 1
   depth: 30, occurrence: 4
   depth: 31, occurrence: 2
   depth: 33, occurrence: 1
   depth: 34, occurrence: 1
   depth: 36, occurrence: 1
   depth: 37, occurrence: 1
   depth: 38, occurrence: 1
   depth: 39, occurrence: 1

XXX total number of pointers: 359

XXX times a variable address is taken: 483
XXX times a pointer is dereferenced on RHS: 201
breakdown:
   depth: 1, occurrence: 137
   depth: 2, occurrence: 46
   depth: 3, occurrence: 18
XXX times a pointer is dereferenced on LHS: 229
breakdown:
   depth: 1, occurrence: 198
   depth: 2, occurrence: 18
   depth: 3, occurrence: 9
   depth: 4, occurrence: 3
   depth: 5, occurrence: 1
XXX times a pointer is compared with null: 38
XXX times a pointer is compared with address of another variable: 5
XXX times a pointer is compared with another pointer: 9
XXX times a pointer is qualified to be dereferenced: 3919

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 678
   level: 2, occurrence: 173
   level: 3, occurrence: 108
   level: 4, occurrence: 53
   level: 5, occurrence: 69
XXX number of pointers point to pointers: 181
XXX number of pointers point to scalars: 165
XXX number of pointers point to structs: 13
XXX percent of pointers has null in alias set: 30.1
XXX average alias set size: 1.35

XXX times a non-volatile is read: 1711
XXX times a non-volatile is write: 762
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 3

XXX stmts: 216
XXX max block depth: 4
breakdown:
   depth: 0, occurrence: 17
   depth: 1, occurrence: 25
   depth: 2, occurrence: 34
   depth: 3, occurrence: 53
   depth: 4, occurrence: 87

XXX percentage a fresh-made variable is used: 17.3
XXX percentage an existing variable is used: 82.7
********************* end of statistics **********************/

