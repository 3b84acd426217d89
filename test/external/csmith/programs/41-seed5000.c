/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 5000 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3 --max-funcs 8 --max-block-depth 4 --max-expr-complexity 10
 * Seed:      5000
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
static int8_t safe_unary_minus_func_int8_t_s(int8_t a) { return (a == (-127 - 1)) ? a : (int8_t)-a; }
static uint16_t safe_unary_minus_func_uint16_t_u(uint16_t a) { return (uint16_t)(0u - (uint32_t)a); }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint64_t  f0;
   int64_t  f1;
};

struct S1 {
   int8_t  f0;
   int64_t  f1;
   struct S0  f2;
};

union U2 {
   int64_t  f0;
   const uint32_t  f1;
   int8_t * f2;
};

/* --- GLOBAL VARIABLES --- */
static int64_t g_2 = 0x779C63C407858F9CLL;
static int32_t g_5 = 0x07C70AB2L;
static int8_t g_20 = 0x13L;
static int8_t *g_19 = &g_20;
static uint16_t g_30 = 65528UL;
static int32_t g_47 = 0x533F2A6AL;
static int32_t g_49[5] = {(-1L),(-1L),(-1L),(-1L),(-1L)};
static int32_t *g_48 = &g_49[4];
static uint32_t g_79 = 0UL;
static int64_t g_88[3] = {3L,3L,3L};
static uint16_t g_90[5][5] = {{0xF58EL,0UL,0xF58EL,1UL,1UL},{0xF58EL,0UL,0xF58EL,1UL,1UL},{0xF58EL,0UL,0xF58EL,1UL,1UL},{0xF58EL,0UL,0xF58EL,1UL,1UL},{0xF58EL,0UL,0xF58EL,1UL,1UL}};
static int16_t g_104 = 0L;
static int16_t g_106 = (-8L);
static struct S0 g_123[5][2] = {{{0x397282F80E566308LL,0x2EBDDE1E780F4AA1LL},{0x397282F80E566308LL,0x2EBDDE1E780F4AA1LL}},{{0x397282F80E566308LL,0x2EBDDE1E780F4AA1LL},{0x397282F80E566308LL,0x2EBDDE1E780F4AA1LL}},{{0x397282F80E566308LL,0x2EBDDE1E780F4AA1LL},{0x397282F80E566308LL,0x2EBDDE1E780F4AA1LL}},{{0x397282F80E566308LL,0x2EBDDE1E780F4AA1LL},{0x397282F80E566308LL,0x2EBDDE1E780F4AA1LL}},{{0x397282F80E566308LL,0x2EBDDE1E780F4AA1LL},{0x397282F80E566308LL,0x2EBDDE1E780F4AA1LL}}};
static uint32_t g_193 = 4294967295UL;
static uint16_t *g_202 = &g_90[1][3];
static uint16_t **g_201 = &g_202;
static struct S1 g_220 = {-7L,0L,{0x7F40BF26BA33B8EDLL,0xE4CC4E5DE65A9168LL}};
static uint8_t g_252 = 0x45L;
static int64_t g_253 = 0L;
static int32_t g_275 = 0x081A0987L;
static int32_t ***g_309[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
static int32_t *g_313 = &g_275;
static int32_t **g_312 = &g_313;
static int32_t ***g_311 = &g_312;
static int64_t g_334 = 6L;
static int16_t g_437 = 1L;
static uint16_t ***g_501[4] = {&g_201,&g_201,&g_201,&g_201};
static uint16_t ****g_500 = &g_501[2];
static uint16_t *****g_499[1][3][5] = {{{&g_500,&g_500,&g_500,&g_500,&g_500},{&g_500,&g_500,&g_500,&g_500,&g_500},{&g_500,&g_500,&g_500,&g_500,&g_500}}};
static const struct S1 g_539[2] = {{0xB6L,0x51BC0336632F9C2FLL,{0x04001E945587C885LL,0x63CCE0A81D4268F8LL}},{0xB6L,0x51BC0336632F9C2FLL,{0x04001E945587C885LL,0x63CCE0A81D4268F8LL}}};
static struct S0 * const *g_565 = (void*)0;
static int64_t g_569 = (-5L);
static const int32_t *g_597 = &g_49[3];
static const int32_t **g_596 = &g_597;
static int64_t *g_605 = (void*)0;
static uint16_t g_622 = 0x57D7L;
static int32_t g_656 = 1L;
static uint16_t g_690 = 0xCF4AL;
static uint32_t g_728 = 0x6BCFCE73L;
static int16_t *g_755 = &g_106;
static int16_t **g_754 = &g_755;
static int32_t g_756 = 0x6C5D285FL;
static int8_t g_801[5] = {0xB6L,0xB6L,0xB6L,0xB6L,0xB6L};
static union U2 g_838 = {0xABD32C3117511A12LL};
static uint64_t g_862 = 0x44375AA76468F0E8LL;
static int32_t g_923 = 0xBF20F9F1L;
static struct S0 *g_938 = &g_123[4][1];
static struct S0 **g_937 = &g_938;
static int32_t g_1023 = 0x5FB0C773L;
static int16_t g_1043[3] = {0x1BE7L,0x1BE7L,0x1BE7L};
static uint64_t *g_1054 = &g_123[1][1].f0;
static uint64_t **g_1053 = &g_1054;
static uint64_t ***g_1052 = &g_1053;
static struct S1 *g_1086[1][2] = {{&g_220,&g_220}};
static struct S1 **g_1085 = &g_1086[0][0];
static struct S0 **g_1097 = &g_938;
static uint64_t **g_1123 = &g_1054;
static int64_t ***g_1190 = (void*)0;
static int64_t g_1198 = (-5L);
static const uint64_t **g_1227[5][1][3] = {{{(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0}}};
static union U2 g_1249 = {0xD0C70BAB1A1958EALL};
static uint32_t g_1335 = 0x3B48867AL;
static uint32_t g_1461 = 0x027DFF2DL;
static int32_t g_1466[3][2] = {{0xB656D62BL,0xB656D62BL},{0xB656D62BL,0xB656D62BL},{0xB656D62BL,0xB656D62BL}};
static struct S0 * const **g_1471 = (void*)0;
static const struct S0 **g_1475 = (void*)0;
static const struct S0 ***g_1474 = &g_1475;
static union U2 g_1583 = {0x3124857291EE33E9LL};
static union U2 g_1585 = {1L};
static union U2 *g_1584[3][2][1] = {{{&g_1583},{&g_1585}},{{&g_1583},{&g_1585}},{{&g_1583},{&g_1585}}};
static const uint16_t g_1616[1][3][5] = {{{0x8934L,65535UL,0x8934L,65535UL,0x8934L},{65534UL,65534UL,65534UL,65534UL,65534UL},{0x8934L,65535UL,0x8934L,65535UL,0x8934L}}};
static const uint16_t *g_1618 = &g_1616[0][2][4];
static const uint16_t **g_1617 = &g_1618;
static uint32_t g_1646 = 0xA2E3CBB8L;
static int32_t g_1797 = (-1L);
static union U2 **g_1799 = &g_1584[2][0][0];
static int16_t g_1883 = 0x6A94L;
static uint8_t g_1916 = 0x63L;
static const int64_t g_1949 = (-7L);
static struct S0 g_1973 = {0xD45935E719238BE5LL,-4L};
static struct S1 ****g_1975 = (void*)0;
static int32_t *g_2039 = (void*)0;
static uint8_t g_2085[5] = {0x37L,0x37L,0x37L,0x37L,0x37L};
static struct S1 ** const **g_2090 = (void*)0;
static int32_t g_2126 = 0x2209843DL;


/* --- FORWARD DECLARATIONS --- */
static struct S1  func_1(void);
static int64_t  func_8(uint8_t  p_9, int64_t  p_10, int64_t  p_11, uint64_t  p_12, uint64_t  p_13);
static uint8_t  func_14(int32_t * p_15);
static int32_t * func_16(int8_t * p_17, int32_t * p_18);
static int32_t * func_21(uint16_t  p_22, union U2  p_23, const int16_t  p_24, struct S0  p_25, uint16_t  p_26);
static uint64_t  func_33(int16_t  p_34, uint8_t  p_35, int64_t  p_36, int8_t * p_37, const uint16_t  p_38);
static uint64_t  func_39(const int8_t * p_40, int8_t * p_41);
static const int8_t * func_42(int32_t  p_43, int32_t * p_44, int8_t * p_45);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_19 g_20 g_48 g_49 g_47 g_79 g_88 g_104 g_106 g_90 g_123.f1 g_193 g_201 g_220 g_202 g_252 g_253 g_311 g_123.f0 g_500 g_501 g_565 g_569 g_539.f0 g_539.f2.f1 g_437 g_596 g_539 g_622 g_597 g_656 g_275 g_690 g_312 g_728 g_754 g_334 g_756 g_755 g_801 g_605 g_838 g_862 g_838.f1 g_923 g_838.f0 g_5 g_313 g_1053 g_1054 g_1052 g_1043 g_1190 g_1198 g_1227 g_1097 g_938 g_1249 g_1123 g_1335 g_1085 g_1086 g_30 g_1461 g_1466 g_1471 g_1023 g_1618 g_1616 g_1585.f0 g_1797 g_1883 g_1916 g_1949 g_1973 g_1975 g_1799 g_2039 g_2085 g_2090 g_2126
 * writes: g_5 g_30 g_47 g_20 g_2 g_79 g_88 g_90 g_49 g_104 g_106 g_220.f1 g_253 g_48 g_193 g_309 g_220.f2.f0 g_499 g_275 g_437 g_220.f2 g_605 g_252 g_622 g_597 g_656 g_123.f0 g_334 g_690 g_728 g_201 g_220 g_801 g_862 g_756 g_937 g_1053 g_1227 g_123 g_1023 g_938 g_1335 g_1043 g_312 g_1461 g_1474 g_1052 g_1086 g_1584 g_501 g_1617 g_569 g_1646 g_565 g_1799 g_923 g_1975 g_1883 g_1916 g_500 g_2085 g_1198
 */
static struct S1  func_1(void)
{ /* block id: 0 */
    int64_t l_3[2];
    int32_t *l_4 = &g_5;
    uint16_t *l_29 = &g_30;
    int32_t *l_46 = &g_47;
    int8_t *l_653[2];
    union U2 l_951 = {1L};
    struct S0 l_952 = {18446744073709551615UL,3L};
    int32_t **l_1604 = &l_4;
    int8_t l_1714 = 0xEBL;
    int32_t *l_2139 = &g_656;
    int64_t *l_2152 = &g_1198;
    int64_t *l_2153 = &l_951.f0;
    int32_t l_2154 = 1L;
    struct S1 l_2155[4][3] = {{{2L,-3L,{0UL,1L}},{2L,-3L,{0UL,1L}},{2L,-3L,{0UL,1L}}},{{0x9FL,0x034E1054D8142C78LL,{0xF8A6EBBFAD0D7276LL,0xC72B752BF390F3BDLL}},{0x9FL,0x034E1054D8142C78LL,{0xF8A6EBBFAD0D7276LL,0xC72B752BF390F3BDLL}},{0x9FL,0x034E1054D8142C78LL,{0xF8A6EBBFAD0D7276LL,0xC72B752BF390F3BDLL}}},{{2L,-3L,{0UL,1L}},{2L,-3L,{0UL,1L}},{2L,-3L,{0UL,1L}}},{{0x9FL,0x034E1054D8142C78LL,{0xF8A6EBBFAD0D7276LL,0xC72B752BF390F3BDLL}},{0x9FL,0x034E1054D8142C78LL,{0xF8A6EBBFAD0D7276LL,0xC72B752BF390F3BDLL}},{0x9FL,0x034E1054D8142C78LL,{0xF8A6EBBFAD0D7276LL,0xC72B752BF390F3BDLL}}}};
    struct S1 *l_2156 = &l_2155[0][0];
    struct S1 l_2157 = {0xFFL,0xA1E1734826AAF09DLL,{0x9C1C50D5D742CC32LL,4L}};
    int i, j;
    for (i = 0; i < 2; i++)
        l_3[i] = 0xBBE56890C5440874LL;
    for (i = 0; i < 2; i++)
        l_653[i] = &g_220.f0;
    (*l_4) = (l_3[0] = g_2);
    (*l_2139) = (safe_add_func_int64_t_s_s(func_8(func_14(((*l_1604) = func_16(g_19, func_21(((4L ^ ((safe_mul_func_uint16_t_u_u(((*l_29) = 0x846BL), ((*l_4) = 0x0336L))) ^ ((0x7216709EL || ((func_33((func_39(func_42(((*l_46) = g_20), g_48, &g_20), g_19) >= g_539[0].f2.f0), g_539[0].f1, g_539[0].f2.f1, l_653[1], l_3[1]) && g_539[0].f0) > l_3[0])) < 0x18CED44EL))) , 0x38DCL), l_951, l_3[1], l_952, l_952.f0)))), l_1714, l_3[1], g_1585.f0, l_952.f1), 0L));
    (*l_2156) = (((*l_2139) = ((0xDC9ED9BAL || (safe_mod_func_int32_t_s_s(((((*l_2153) = ((*l_2152) = (safe_add_func_int16_t_s_s(((**g_201) >= ((void*)0 == l_29)), ((safe_unary_minus_func_int16_t_s((**g_754))) != (safe_mod_func_uint16_t_u_u((safe_div_func_uint32_t_u_u(0xD9637855L, (safe_lshift_func_int16_t_s_u(((safe_unary_minus_func_int32_t_s((*l_2139))) != (**g_1123)), (((-1L) <= (*g_19)) , (*l_2139)))))), (*g_202)))))))) > 0UL) | l_2154), (*l_2139)))) ^ 4L)) , l_2155[0][2]);
    return l_2157;
}


/* ------------------------------------------ */
/* 
 * reads : g_754 g_755 g_106 g_201 g_202 g_90 g_539.f2.f1 g_656 g_1335 g_30 g_1052 g_1053 g_1123 g_1054 g_123.f0 g_1085 g_1086 g_500 g_501 g_1797 g_253 g_47 g_756 g_801 g_312 g_313 g_923 g_596 g_5 g_19 g_1461 g_862 g_220.f0 g_20 g_1883 g_1097 g_2 g_1023 g_569 g_1916 g_1618 g_1616 g_539.f2.f0 g_539.f0 g_49 g_1949 g_88 g_1973 g_1975 g_220.f1 g_1799 g_2039 g_838.f0 g_2085 g_2090 g_622 g_2126
 * writes: g_656 g_252 g_1335 g_220.f1 g_88 g_1086 g_20 g_123.f0 g_565 g_106 g_1799 g_47 g_801 g_923 g_597 g_1461 g_5 g_862 g_220.f0 g_220.f2.f0 g_220.f2.f1 g_938 g_2 g_1584 g_1023 g_90 g_49 g_1975 g_1646 g_1883 g_1916 g_500 g_2085 g_622
 */
static int64_t  func_8(uint8_t  p_9, int64_t  p_10, int64_t  p_11, uint64_t  p_12, uint64_t  p_13)
{ /* block id: 731 */
    int16_t l_1719 = (-1L);
    int16_t *l_1720[3][1];
    int32_t l_1721 = 8L;
    int32_t l_1722[1];
    int32_t *l_1723 = &g_656;
    const uint16_t l_1724 = 0x2491L;
    uint8_t *l_1725 = &g_252;
    struct S1 **l_1747 = &g_1086[0][0];
    union U2 l_1804 = {0x9B2F063BC762302BLL};
    int16_t l_1826 = (-1L);
    struct S0 l_1829 = {0xC423D70DE195AF84LL,0x907CB06DD4110895LL};
    int32_t l_1867 = 1L;
    uint16_t *****l_1881 = &g_500;
    int64_t l_1887[5][2] = {{1L,1L},{1L,1L},{1L,1L},{1L,1L},{1L,1L}};
    struct S1 l_1896 = {7L,0x8A089A2353DA2AD9LL,{18446744073709551609UL,1L}};
    struct S1 ***l_1927 = (void*)0;
    struct S1 ****l_1926 = &l_1927;
    union U2 l_1942 = {6L};
    const int32_t *l_1959 = &g_1466[2][0];
    const int32_t **l_1958[2][5] = {{(void*)0,&l_1959,(void*)0,(void*)0,&l_1959},{&l_1959,(void*)0,(void*)0,&l_1959,(void*)0}};
    const int32_t ***l_1957 = &l_1958[0][3];
    int64_t **l_1998 = &g_605;
    int64_t ***l_1997 = &l_1998;
    union U2 **l_2034 = &g_1584[0][0][0];
    int32_t l_2064 = (-1L);
    struct S0 ** const l_2065 = &g_938;
    struct S0 **l_2066 = &g_938;
    int16_t l_2124[2][4][5] = {{{(-6L),8L,(-6L),8L,(-6L)},{0x77A4L,0x77A4L,1L,1L,0x77A4L},{(-4L),8L,(-4L),8L,(-4L)},{0x77A4L,1L,1L,0x77A4L,0x77A4L}},{{(-6L),8L,(-6L),8L,(-6L)},{0x77A4L,0x77A4L,1L,1L,0x77A4L},{(-4L),8L,(-4L),8L,(-4L)},{0x77A4L,1L,1L,0x77A4L,0x77A4L}}};
    union U2 l_2131 = {0x0823960A895DE4FALL};
    uint8_t l_2136 = 0x82L;
    int i, j, k;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_1720[i][j] = (void*)0;
    }
    for (i = 0; i < 1; i++)
        l_1722[i] = (-9L);
    if (((p_11 &= (safe_add_func_int16_t_s_s((**g_754), (((*l_1725) = (((**g_201) | (g_539[0].f2.f1 , (safe_div_func_uint32_t_u_u(p_10, (0UL ^ ((*l_1723) = ((l_1719 & ((l_1721 = ((1UL >= l_1719) != p_10)) >= p_12)) , l_1722[0]))))))) < l_1724)) >= p_12)))) && p_9))
    { /* block id: 736 */
        int32_t *l_1730[3][1];
        uint32_t *l_1739 = &g_1335;
        int32_t l_1744[1];
        struct S0 * const *l_1770 = (void*)0;
        uint16_t l_1805 = 0UL;
        union U2 l_1828 = {0x33B8EF7A65D58CB6LL};
        uint8_t l_1830 = 0UL;
        uint32_t l_1861[3][2] = {{1UL,1UL},{1UL,1UL},{1UL,1UL}};
        union U2 **l_1893 = &g_1584[1][1][0];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_1730[i][j] = &g_1466[0][1];
        }
        for (i = 0; i < 1; i++)
            l_1744[i] = (-2L);
        if (((*l_1723) = (((safe_rshift_func_int8_t_s_u((safe_mul_func_uint8_t_u_u((p_9 || (*l_1723)), ((((void*)0 == l_1730[2][0]) ^ p_9) & (0UL & (safe_lshift_func_int8_t_s_u(0L, 6)))))), 6)) != (safe_sub_func_int32_t_s_s(((safe_add_func_int32_t_s_s(p_11, (safe_add_func_uint32_t_u_u((++(*l_1739)), (l_1744[0] = ((((((safe_add_func_uint16_t_u_u(((l_1722[0] = 0xE11E1396L) , l_1744[0]), (*l_1723))) < p_13) && 0x7463B62AF58F0456LL) <= l_1744[0]) <= g_30) <= p_9)))))) || l_1744[0]), (*l_1723)))) >= (***g_1052))))
        { /* block id: 741 */
            uint32_t l_1755[1][1];
            int32_t *l_1756[4][3] = {{&g_1023,&g_1023,&g_1023},{(void*)0,(void*)0,(void*)0},{&g_1023,&g_1023,&g_1023},{(void*)0,(void*)0,(void*)0}};
            struct S0 l_1758[5] = {{18446744073709551609UL,3L},{18446744073709551609UL,3L},{18446744073709551609UL,3L},{18446744073709551609UL,3L},{18446744073709551609UL,3L}};
            struct S1 l_1769[3][4] = {{{-9L,0xBE0CF7C7740344DELL,{18446744073709551612UL,0L}},{-9L,0xBE0CF7C7740344DELL,{18446744073709551612UL,0L}},{-9L,0xBE0CF7C7740344DELL,{18446744073709551612UL,0L}},{-9L,0xBE0CF7C7740344DELL,{18446744073709551612UL,0L}}},{{-9L,0xBE0CF7C7740344DELL,{18446744073709551612UL,0L}},{-9L,0xBE0CF7C7740344DELL,{18446744073709551612UL,0L}},{-9L,0xBE0CF7C7740344DELL,{18446744073709551612UL,0L}},{-9L,0xBE0CF7C7740344DELL,{18446744073709551612UL,0L}}},{{-9L,0xBE0CF7C7740344DELL,{18446744073709551612UL,0L}},{-9L,0xBE0CF7C7740344DELL,{18446744073709551612UL,0L}},{-9L,0xBE0CF7C7740344DELL,{18446744073709551612UL,0L}},{-9L,0xBE0CF7C7740344DELL,{18446744073709551612UL,0L}}}};
            int32_t **l_1786 = &l_1756[1][0];
            int32_t *** const l_1785[3] = {&l_1786,&l_1786,&l_1786};
            uint32_t l_1806 = 7UL;
            uint32_t l_1808[1];
            uint32_t l_1827 = 4294967291UL;
            int8_t l_1841 = 0xAEL;
            uint8_t l_1885 = 7UL;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_1755[i][j] = 0x80A1E253L;
            }
            for (i = 0; i < 1; i++)
                l_1808[i] = 4294967287UL;
            for (p_13 = 0; (p_13 <= 3); p_13 += 1)
            { /* block id: 744 */
                struct S1 **l_1748 = &g_1086[0][0];
                int32_t l_1750 = 0xF2C6E5B9L;
                struct S0 l_1763 = {0xD928707E8E45169ELL,-1L};
                int32_t l_1768 = 0x44EE416AL;
                union U2 **l_1772[1];
                uint32_t *l_1803 = &g_1461;
                int i;
                for (i = 0; i < 1; i++)
                    l_1772[i] = &g_1584[1][0][0];
                for (g_220.f1 = 0; (g_220.f1 <= 0); g_220.f1 += 1)
                { /* block id: 747 */
                    int64_t *l_1749 = &g_88[2];
                    int i;
                    (*l_1723) ^= ((safe_div_func_int64_t_s_s(((l_1750 = (&g_801[p_13] != (((0UL <= ((*l_1749) = ((l_1747 != l_1748) > l_1744[0]))) < (*g_755)) , l_1725))) , ((1UL ^ (safe_rshift_func_int16_t_s_u(((safe_lshift_func_int8_t_s_u(p_10, p_11)) && 0x59L), p_9))) | l_1744[0])), l_1755[0][0])) != 0xCCB2L);
                    l_1756[3][0] = &l_1722[0];
                    (*l_1747) = (*g_1085);
                    return p_13;
                }
                for (g_20 = 0; (g_20 <= 4); g_20 += 1)
                { /* block id: 757 */
                    struct S0 l_1757 = {4UL,9L};
                    struct S0 * const **l_1771 = &g_565;
                    union U2 ***l_1798[4];
                    uint32_t l_1800 = 18446744073709551615UL;
                    int i;
                    for (i = 0; i < 4; i++)
                        l_1798[i] = (void*)0;
                    l_1758[0] = l_1757;
                    (*l_1723) = (safe_sub_func_int8_t_s_s((safe_add_func_uint16_t_u_u((l_1768 ^= ((l_1763 , ((1L | ((**g_1123) = (&g_1052 != (void*)0))) > (p_13 , ((p_11 || (((safe_lshift_func_uint16_t_u_s(p_13, 10)) | p_9) >= ((void*)0 == (*g_500)))) <= (-6L))))) & l_1750)), 0xB6BDL)), 0x67L));
                    (*l_1771) = (l_1770 = (l_1769[0][0] , l_1770));
                    l_1800 &= (((l_1772[0] != (g_1799 = (((safe_rshift_func_int8_t_s_s((safe_lshift_func_int8_t_s_s(((((safe_div_func_int8_t_s_s(1L, ((((safe_add_func_int64_t_s_s(0xC0DE13910A37FEB5LL, ((safe_mod_func_int64_t_s_s((safe_sub_func_uint64_t_u_u(0xDD82CF2947E1B17CLL, ((**g_1123) = (((0x7FF7D2A8L == ((void*)0 != l_1785[1])) != ((safe_mul_func_int16_t_s_s(((**g_754) = (safe_rshift_func_int8_t_s_u(((safe_mul_func_int16_t_s_s(((safe_rshift_func_uint8_t_u_s(l_1750, ((safe_mod_func_uint32_t_u_u((&g_309[p_13] == &g_309[3]), g_1797)) | (**g_1053)))) ^ l_1763.f0), l_1763.f0)) <= l_1744[0]), (*l_1723)))), l_1757.f1)) < g_1335)) , p_9)))), l_1768)) == p_9))) , (*l_1723)) , (-8L)) & 0x5D862A6DL))) | p_12) | p_10) & 0x97L), p_11)), 3)) | p_12) , (void*)0))) != 0x05B4A3AAL) <= g_253);
                }
                for (g_47 = 0; (g_47 <= 0); g_47 += 1)
                { /* block id: 771 */
                    int32_t *l_1807 = (void*)0;
                    int i;
                    (*l_1723) = ((p_12 = ((0xF732F9BCL <= ((safe_rshift_func_int8_t_s_s(0xA7L, (g_801[g_47] &= (1L ^ g_756)))) >= (((&l_1768 != ((*l_1786) = &l_1768)) , (*g_312)) == (void*)0))) , l_1806)) != l_1763.f0);
                    (*l_1786) = l_1807;
                    return l_1808[0];
                }
                for (g_923 = 3; (g_923 >= 0); g_923 -= 1)
                { /* block id: 781 */
                    uint32_t l_1813 = 0x8539C804L;
                    uint64_t *** const *l_1825 = (void*)0;
                    uint64_t *** const **l_1824 = &l_1825;
                    (*g_596) = (void*)0;
                    (*l_1786) = func_21((safe_lshift_func_int16_t_s_u((safe_mod_func_uint64_t_u_u((l_1813 < (safe_mod_func_int32_t_s_s((((**g_1053) = (g_5 <= ((*l_1803) &= ((l_1769[1][3] , (safe_rshift_func_uint8_t_u_s(((safe_mod_func_int64_t_s_s((safe_mul_func_uint16_t_u_u((g_539[0].f2.f1 | (safe_div_func_uint8_t_u_u((0xC39C679575E869B9LL ^ (**g_1053)), (0UL || ((*g_19) = (p_9 >= (((*l_1824) = (void*)0) != &g_1052))))))), p_9)), l_1826)) , l_1827), l_1744[0]))) < (*l_1723))))) || l_1763.f0), p_11))), (-9L))), 1)), l_1828, p_11, l_1829, l_1813);
                }
            }
            l_1830++;
            (*g_596) = (*l_1786);
            for (g_862 = 18; (g_862 > 55); g_862 = safe_add_func_int16_t_s_s(g_862, 7))
            { /* block id: 794 */
                int16_t l_1835 = 0xFEF0L;
                int32_t l_1838[2];
                uint32_t l_1847 = 0x1B324A26L;
                int32_t l_1850 = 0x4BF1DCD6L;
                uint64_t *l_1864[1];
                uint8_t l_1868 = 9UL;
                uint16_t *l_1880[2][1];
                uint16_t *****l_1882 = &g_500;
                int64_t *l_1884 = &g_220.f2.f1;
                int i, j;
                for (i = 0; i < 2; i++)
                    l_1838[i] = 0x76BC56E5L;
                for (i = 0; i < 1; i++)
                    l_1864[i] = &l_1829.f0;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_1880[i][j] = &l_1805;
                }
                if (l_1828.f0)
                    break;
                for (g_220.f0 = 3; (g_220.f0 >= 0); g_220.f0 -= 1)
                { /* block id: 798 */
                    int32_t l_1836 = 0x718AD1D8L;
                    int32_t l_1837 = 5L;
                    int32_t l_1839 = 0x884AE5CCL;
                    int32_t l_1840 = 0xF92B4EA3L;
                    int32_t l_1842 = 0x42626DC0L;
                    int32_t l_1843[4];
                    uint16_t l_1844 = 65532UL;
                    int i;
                    for (i = 0; i < 4; i++)
                        l_1843[i] = 0L;
                    l_1844--;
                    if ((*l_1723))
                        continue;
                    (*l_1723) |= p_13;
                    --l_1847;
                }
                (*g_596) = func_21(l_1850, l_1804, (safe_div_func_int64_t_s_s((((safe_sub_func_uint64_t_u_u((safe_sub_func_int64_t_s_s((safe_div_func_uint64_t_u_u(((safe_rshift_func_uint8_t_u_u((*l_1723), p_9)) <= (l_1861[1][1] ^ ((*g_19) &= ((g_220.f2.f0 = ((*g_1054)++)) < p_9)))), p_9)), (safe_sub_func_int16_t_s_s(((void*)0 == (*g_500)), (**g_754))))), l_1867)) , 0UL) <= l_1868), p_12)), l_1829, p_13);
                l_1885 = (0xBBL > ((*g_19) |= ((~((*l_1884) = (safe_mod_func_uint8_t_u_u((l_1850 >= (safe_lshift_func_uint8_t_u_u((1L ^ p_10), 0))), (safe_sub_func_int16_t_s_s((safe_div_func_int64_t_s_s((0xBF1E753960709E8ALL == (((g_90[2][2] < p_9) > 0xD3337923L) & (((*l_1723) = (((l_1744[0] |= (*l_1723)) , l_1881) == l_1882)) > p_13))), g_1883)), 0xD06CL)))))) > l_1828.f1)));
            }
        }
        else
        { /* block id: 814 */
            int32_t *l_1886[5] = {&g_756,&g_756,&g_756,&g_756,&g_756};
            uint32_t l_1888 = 0xD307B2A7L;
            int i;
            ++l_1888;
            (*g_1097) = (void*)0;
            for (g_2 = 0; (g_2 != 8); g_2++)
            { /* block id: 819 */
                l_1744[0] |= (*l_1723);
            }
        }
        (*l_1893) = &l_1804;
        (*g_596) = &l_1744[0];
    }
    else
    { /* block id: 825 */
        struct S1 l_1894 = {0x8EL,0x059D062DBEEEC69ELL,{4UL,0xAE78368D95BAC6C7LL}};
        struct S1 *l_1895[2];
        uint32_t l_1917 = 0x2C9555F2L;
        uint16_t l_1967 = 0xBACAL;
        int32_t l_1981 = 0xC3162C02L;
        int64_t **l_1996 = (void*)0;
        int64_t ***l_1995 = &l_1996;
        union U2 *l_2033 = &g_1583;
        int i;
        for (i = 0; i < 2; i++)
            l_1895[i] = &g_220;
        l_1896 = (p_13 , l_1894);
        for (g_1023 = 0; (g_1023 >= (-4)); --g_1023)
        { /* block id: 829 */
            uint64_t l_1912 = 0x7D4C630DF8A0A8C3LL;
            int32_t l_1913 = 0x52CB14DEL;
            uint64_t l_1932 = 3UL;
            struct S1 l_1937 = {0xC5L,6L,{1UL,-4L}};
            uint16_t **l_1972 = &g_202;
            const uint64_t l_2029 = 0xA1E23B48F308F69CLL;
            (*l_1723) = (((safe_mul_func_int16_t_s_s(((((safe_mul_func_uint8_t_u_u(g_569, 0UL)) <= (safe_lshift_func_int8_t_s_u((((p_12 == ((~((safe_mod_func_int32_t_s_s((((safe_div_func_int32_t_s_s(((((safe_div_func_int8_t_s_s((-10L), (((0xDC269154L & ((l_1913 ^= l_1912) , 0xE0EB9B5BL)) & (safe_mod_func_uint32_t_u_u((*l_1723), l_1912))) , 9UL))) ^ (-1L)) != 1UL) & p_10), p_13)) >= (-3L)) , l_1894.f2.f1), g_1916)) | (*g_1618))) , 0L)) , 9L) < (*g_755)), 2))) , (void*)0) != &l_1867), l_1917)) < l_1894.f1) & p_13);
            if (((p_13 == (((((safe_lshift_func_int8_t_s_u((safe_lshift_func_int16_t_s_u((safe_rshift_func_int8_t_s_u(((l_1926 == (void*)0) ^ l_1913), 1)), (**g_201))), (0x6F94L | l_1912))) || ((*g_202) = (((((safe_mul_func_int16_t_s_s((l_1917 >= ((safe_rshift_func_uint8_t_u_u(0xB6L, 0)) || p_9)), p_12)) & l_1912) , (-2L)) || (*l_1723)) == l_1932))) & g_1883) , g_1916) <= g_539[0].f2.f0)) , l_1894.f2.f0))
            { /* block id: 833 */
                int16_t **l_1945 = (void*)0;
                uint16_t **l_1946 = &g_202;
                int32_t l_1947 = 0x316AE5F0L;
                int32_t *l_1948 = &g_49[4];
                struct S0 l_1950[4] = {{5UL,1L},{5UL,1L},{5UL,1L},{5UL,1L}};
                int i;
                (*l_1723) |= (safe_sub_func_int32_t_s_s(0xEC230D3BL, g_539[0].f0));
                (*l_1948) &= (((safe_add_func_int64_t_s_s(((*l_1723) || ((((***g_1052) = l_1894.f0) | (*l_1723)) ^ (l_1913 = ((((((l_1937 , ((((**g_201) &= (*l_1723)) != l_1894.f0) < (safe_rshift_func_int8_t_s_u((safe_add_func_int64_t_s_s(((l_1942 , &l_1720[2][0]) != ((safe_mul_func_uint8_t_u_u(250UL, l_1894.f2.f1)) , l_1945)), p_11)), p_12)))) , (void*)0) == l_1946) , 0x934F0B74146CEB2FLL) & (*l_1723)) != p_13)))), p_11)) && l_1947) || l_1947);
                l_1948 = func_21(p_10, l_1942, g_1949, l_1950[2], l_1937.f2.f1);
            }
            else
            { /* block id: 840 */
                int64_t *l_1968 = &g_88[2];
                int32_t *l_1969 = &l_1867;
                uint16_t **l_1970 = &g_202;
                struct S0 l_1977 = {0xA8ED20D8AAEAD1C5LL,1L};
                if ((safe_mul_func_int8_t_s_s(((((((*l_1968) &= ((safe_div_func_int16_t_s_s((safe_sub_func_int32_t_s_s((l_1957 != (void*)0), (safe_lshift_func_uint8_t_u_u(((*l_1723) > (safe_mod_func_uint32_t_u_u((safe_add_func_int64_t_s_s(l_1937.f0, (p_12 >= (((((safe_unary_minus_func_int8_t_s(p_10)) , (((void*)0 != l_1881) < p_11)) >= (**g_754)) & 253UL) == 0x3E5C71FFD0183969LL)))), p_10))), l_1937.f2.f1)))), l_1967)) ^ (*l_1723))) || p_12) == (**g_1053)) , 0x9040L) & p_9), p_13)))
                { /* block id: 842 */
                    uint16_t **l_1971 = &g_202;
                    (*g_596) = l_1969;
                    (*l_1723) = (l_1970 == (l_1972 = l_1971));
                }
                else
                { /* block id: 846 */
                    struct S0 *l_1974[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
                    struct S1 *****l_1976 = &g_1975;
                    int i;
                    l_1894.f2 = g_1973;
                    (*l_1723) |= (((*l_1976) = g_1975) == (void*)0);
                    (*l_1969) = 0x3F6FB3B0L;
                    l_1896.f2 = (l_1977 = l_1829);
                }
            }
            for (g_1646 = 0; (g_1646 == 22); g_1646 = safe_add_func_int8_t_s_s(g_1646, 1))
            { /* block id: 857 */
                int32_t *l_1980[3];
                uint16_t l_1982 = 0x2021L;
                const struct S1 l_2026[4] = {{0xFEL,0xE7B3E6F4621EB383LL,{0x76B3B244D345B8DBLL,0x5B6A8D61AD991E23LL}},{0xFEL,0xE7B3E6F4621EB383LL,{0x76B3B244D345B8DBLL,0x5B6A8D61AD991E23LL}},{0xFEL,0xE7B3E6F4621EB383LL,{0x76B3B244D345B8DBLL,0x5B6A8D61AD991E23LL}},{0xFEL,0xE7B3E6F4621EB383LL,{0x76B3B244D345B8DBLL,0x5B6A8D61AD991E23LL}}};
                uint16_t *** const *l_2030 = &g_501[0];
                int i;
                for (i = 0; i < 3; i++)
                    l_1980[i] = &l_1722[0];
                l_1982++;
                for (g_1883 = 0; (g_1883 == (-30)); g_1883 = safe_sub_func_int32_t_s_s(g_1883, 1))
                { /* block id: 861 */
                    uint8_t *l_1991[2];
                    int32_t l_1999 = 1L;
                    int64_t l_2027[5][5] = {{0x530D56D607F0B04BLL,0x530D56D607F0B04BLL,0x530D56D607F0B04BLL,0x530D56D607F0B04BLL,0x530D56D607F0B04BLL},{0L,0L,0L,0L,0L},{0x530D56D607F0B04BLL,0x530D56D607F0B04BLL,0x530D56D607F0B04BLL,0x530D56D607F0B04BLL,0x530D56D607F0B04BLL},{0L,0L,0L,0L,0L},{0x530D56D607F0B04BLL,0x530D56D607F0B04BLL,0x530D56D607F0B04BLL,0x530D56D607F0B04BLL,0x530D56D607F0B04BLL}};
                    int64_t *l_2028[4][4][5] = {{{&g_1198,&g_1249.f0,&g_220.f1,(void*)0,&g_220.f1},{&g_220.f1,&g_220.f1,&l_1896.f2.f1,(void*)0,&g_1198},{&g_1249.f0,&g_1198,&g_1198,&g_1249.f0,&g_220.f1},{&g_1249.f0,(void*)0,&l_1937.f1,&l_1937.f1,(void*)0}},{{&g_220.f1,&g_1198,&l_1937.f1,&l_1896.f2.f1,&l_1896.f2.f1},{&g_1198,&g_220.f1,&g_1198,&l_1937.f1,&l_1896.f2.f1},{(void*)0,&g_1249.f0,&l_1896.f2.f1,&g_1249.f0,(void*)0},{&g_1198,&g_1249.f0,&g_220.f1,(void*)0,&g_220.f1}},{{&g_220.f1,&g_220.f1,&l_1896.f2.f1,(void*)0,&g_1198},{&g_1249.f0,&g_1198,&g_1198,&g_1249.f0,&g_220.f1},{&g_1249.f0,(void*)0,&l_1937.f1,&l_1937.f1,(void*)0},{&g_220.f1,&g_1198,&l_1937.f1,&l_1896.f2.f1,&l_1896.f2.f1}},{{&g_1198,&g_220.f1,&g_1198,&l_1937.f1,&l_1896.f2.f1},{(void*)0,&g_1249.f0,&l_1896.f2.f1,&g_1249.f0,(void*)0},{&g_1198,&g_1249.f0,&g_220.f1,(void*)0,&g_220.f1},{&g_220.f1,&g_220.f1,&l_1896.f2.f1,(void*)0,&g_1198}}};
                    int i, j, k;
                    for (i = 0; i < 2; i++)
                        l_1991[i] = &g_1916;
                    if (p_10)
                        break;
                    g_49[4] ^= ((((*l_1725) = 0x68L) ^ (safe_lshift_func_uint8_t_u_u((g_1916 = ((safe_div_func_int16_t_s_s(((l_1894.f1 , (&l_1981 == &l_1721)) != p_11), (*l_1723))) < p_12)), ((((!0L) != (l_1995 != l_1997)) != l_1999) || 0xCE64L)))) & l_1932);
                    l_1999 |= ((safe_mod_func_uint32_t_u_u(((safe_mul_func_int8_t_s_s((p_12 || ((safe_lshift_func_uint8_t_u_u(9UL, ((((**g_201) = (*l_1723)) <= (!(safe_lshift_func_uint8_t_u_u(l_1913, (safe_rshift_func_int8_t_s_s((safe_lshift_func_uint16_t_u_u(0x1AECL, 1)), 6)))))) <= (p_11 < (safe_unary_minus_func_int64_t_s(((+p_13) || ((safe_div_func_uint16_t_u_u(((((*l_1881) = ((((g_220.f1 &= (p_10 = (((**g_754) > ((safe_mod_func_uint32_t_u_u(((((safe_mod_func_uint64_t_u_u((safe_unary_minus_func_uint8_t_u((l_2026[0] , l_1894.f2.f0))), 0x2BCEDA7CD6507E40LL)) , 0x01L) | (-1L)) >= l_1894.f2.f1), 0x1E6E5600L)) , l_2027[0][4])) , 0xD16789C8E929D43CLL))) ^ l_2029) || (*l_1723)) , (void*)0)) != l_2030) , 0x8575L), p_11)) != (*l_1723))))))))) != 0xE3L)), 0UL)) , 1UL), 1L)) >= (**g_754));
                }
                for (l_1967 = (-4); (l_1967 > 6); l_1967 = safe_add_func_int16_t_s_s(l_1967, 4))
                { /* block id: 874 */
                    return l_1937.f0;
                }
            }
            (*g_1799) = l_2033;
        }
    }
    (*l_2034) = &l_1942;
    for (g_106 = 0; (g_106 >= (-10)); g_106 = safe_sub_func_uint64_t_u_u(g_106, 1))
    { /* block id: 884 */
        int32_t **l_2062 = &l_1723;
        int64_t l_2071 = 1L;
        int32_t l_2073 = 3L;
        int32_t l_2074 = 0x6C8B5EFAL;
        int32_t l_2076 = 0x230725A7L;
        int32_t l_2078 = 0x20488DCFL;
        int32_t l_2080 = 0xDAC86B5BL;
        int32_t l_2083 = 0x526F323FL;
        int32_t l_2084 = (-10L);
        struct S1 *l_2094[5][4][5] = {{{&l_1896,&l_1896,&g_220,(void*)0,&g_220},{&g_220,&g_220,(void*)0,&l_1896,&l_1896},{&g_220,(void*)0,&l_1896,&g_220,&l_1896},{&l_1896,&l_1896,(void*)0,&g_220,&l_1896}},{{(void*)0,&l_1896,&l_1896,&l_1896,&l_1896},{&l_1896,&l_1896,&g_220,&g_220,&g_220},{&g_220,&g_220,&l_1896,&g_220,(void*)0},{&l_1896,&l_1896,&l_1896,&l_1896,(void*)0}},{{&g_220,&g_220,&g_220,&l_1896,&l_1896},{&g_220,&l_1896,&l_1896,(void*)0,&l_1896},{&l_1896,&l_1896,(void*)0,&g_220,&g_220},{&l_1896,&l_1896,&l_1896,&g_220,&l_1896}},{{&g_220,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,&g_220,&g_220,&l_1896,(void*)0},{&g_220,(void*)0,&l_1896,&l_1896,&g_220},{&l_1896,&g_220,(void*)0,&l_1896,&l_1896}},{{&g_220,&l_1896,&g_220,&l_1896,&g_220},{&g_220,&g_220,&l_1896,&l_1896,&g_220},{&g_220,&l_1896,&g_220,&l_1896,&l_1896},{(void*)0,&l_1896,&g_220,&g_220,(void*)0}}};
        struct S1 ** const l_2093 = &l_2094[0][1][0];
        struct S1 ** const *l_2092[5] = {&l_2093,&l_2093,&l_2093,&l_2093,&l_2093};
        struct S1 ** const **l_2091[4][3][2] = {{{&l_2092[1],&l_2092[1]},{&l_2092[1],&l_2092[1]},{&l_2092[1],&l_2092[1]}},{{&l_2092[1],&l_2092[1]},{&l_2092[1],&l_2092[1]},{&l_2092[1],&l_2092[1]}},{{&l_2092[1],&l_2092[1]},{&l_2092[1],&l_2092[1]},{&l_2092[1],&l_2092[1]}},{{&l_2092[1],&l_2092[1]},{&l_2092[1],&l_2092[1]},{&l_2092[1],&l_2092[1]}}};
        struct S1 ***l_2111 = &l_1747;
        int32_t l_2119 = (-2L);
        struct S0 l_2128 = {0x6A633B33676FFB4CLL,0xC8CE91EB9A012342LL};
        int32_t *l_2135[3];
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_2135[i] = &g_656;
        if (((*l_1723) = 0xE504204BL))
        { /* block id: 886 */
            uint64_t l_2040 = 18446744073709551611UL;
            uint32_t *l_2058 = (void*)0;
            int32_t l_2077 = 0xA4706C87L;
            int32_t l_2081 = 0x084F8780L;
            int32_t l_2082[2][2];
            struct S1 ***l_2110 = &l_1747;
            struct S1 l_2112 = {0L,3L,{0x8A7ABDB16A0E7A5BLL,8L}};
            int32_t * const *l_2125 = &g_48;
            int32_t *l_2127 = (void*)0;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_2082[i][j] = 6L;
            }
            for (g_220.f0 = 0; (g_220.f0 > (-27)); g_220.f0 = safe_sub_func_int32_t_s_s(g_220.f0, 1))
            { /* block id: 889 */
                uint16_t *****l_2045 = &g_500;
                uint32_t **l_2059 = &l_2058;
                int32_t ***l_2063 = &l_2062;
                int32_t l_2070 = 0xBE1CC547L;
                int32_t l_2072 = 0x36B43904L;
                int32_t l_2075 = 0x91CE22E5L;
                int32_t l_2079[5] = {0L,0L,0L,0L,0L};
                struct S1 ***l_2113 = &l_1747;
                int i;
                (*g_596) = g_2039;
                if (l_2040)
                    continue;
                if ((safe_mod_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_u(((*g_202) = ((l_2045 = l_2045) == ((((((safe_mul_func_uint16_t_u_u((safe_rshift_func_int16_t_s_u((safe_lshift_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u((safe_sub_func_int32_t_s_s((((&g_1646 != ((*l_2059) = l_2058)) > ((safe_lshift_func_int16_t_s_s(p_12, 7)) == (g_756 < (((*l_1723) , &g_48) != ((*l_2063) = l_2062))))) , 0xDCE8BB55L), p_11)), l_2064)), p_13)), 6)), (*g_755))) ^ g_838.f0) == (-2L)) ^ (**g_754)) > p_10) , (void*)0))), 0)), p_9)))
                { /* block id: 896 */
                    return p_12;
                }
                else
                { /* block id: 898 */
                    int32_t *l_2067 = (void*)0;
                    int32_t *l_2068 = (void*)0;
                    int32_t *l_2069[2];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_2069[i] = (void*)0;
                    (**l_2063) = &l_1722[0];
                    l_2066 = l_2065;
                    g_2085[4]--;
                }
                for (g_47 = (-18); (g_47 < (-17)); g_47 = safe_add_func_int16_t_s_s(g_47, 5))
                { /* block id: 905 */
                    uint16_t *l_2105 = &g_622;
                    int32_t l_2106 = (-4L);
                    int16_t l_2114 = 0x9E6AL;
                    g_656 &= ((l_2091[1][2][1] = g_2090) != ((safe_sub_func_int64_t_s_s((safe_lshift_func_uint16_t_u_u(((safe_unary_minus_func_int8_t_s((*l_1723))) , ((!((((((**g_201)--) >= ((((*l_2105) &= l_2040) & p_9) , l_2106)) == ((**l_2062) <= (p_11 = (!(l_2106 && (--(*g_1054))))))) , (l_2111 = (l_2110 = &g_1085))) == (((l_2112 = l_2112) , 0xE2L) , l_2113))) | 65535UL)), 13)), p_10)) , (void*)0));
                    if (p_10)
                        continue;
                    return l_2114;
                }
            }
            l_1721 ^= ((safe_add_func_int32_t_s_s((((p_11 != (*l_1723)) , (safe_lshift_func_uint16_t_u_u((*g_1618), (1L ^ (l_2119 <= ((&g_2039 != (((safe_div_func_uint64_t_u_u(((p_10 <= (safe_div_func_int32_t_s_s((p_11 , l_2124[0][2][2]), l_2082[0][0]))) , p_11), p_13)) , (**g_1123)) , l_2125)) , p_12)))))) == p_10), p_9)) == g_2126);
        }
        else
        { /* block id: 920 */
            int32_t *** const l_2129[4] = {&g_312,&g_312,&g_312,&g_312};
            int32_t l_2130 = 0xA34EA8D6L;
            uint64_t l_2133 = 0x4AC80464A0F019C7LL;
            int32_t l_2134 = 0xDBE18389L;
            int i;
            l_2130 ^= ((l_2128 , (*l_1723)) != (&l_1958[1][0] != l_2129[2]));
            l_2133 ^= (l_2131 , (~l_2130));
            return l_2134;
        }
        l_2136++;
        if ((*l_1723))
            continue;
    }
    return p_12;
}


/* ------------------------------------------ */
/* 
 * reads : g_5 g_1097 g_49 g_569 g_1461 g_500 g_1054 g_123.f0 g_1198 g_596 g_1023 g_728 g_19 g_20 g_253 g_106 g_1618 g_1616 g_202 g_90 g_79 g_1335
 * writes: g_5 g_193 g_501 g_1617 g_938 g_49 g_569 g_1461 g_1646 g_597 g_1023 g_728 g_252 g_79 g_1335
 */
static uint8_t  func_14(int32_t * p_15)
{ /* block id: 671 */
    union U2 l_1605 = {-2L};
    int32_t *l_1606 = &g_5;
    const uint16_t *l_1615 = &g_1616[0][0][4];
    const uint16_t **l_1614 = &l_1615;
    const uint16_t **l_1619 = &l_1615;
    struct S0 *l_1624 = &g_123[3][1];
    int64_t l_1638[2][5] = {{3L,3L,3L,3L,3L},{3L,3L,3L,3L,3L}};
    uint16_t ***l_1647 = (void*)0;
    int32_t l_1679 = 0x73A20F11L;
    uint8_t l_1696[3][4] = {{246UL,0x65L,7UL,7UL},{0UL,0UL,246UL,7UL},{252UL,0x65L,252UL,246UL}};
    int32_t l_1709[4] = {0x4C3A4036L,0x4C3A4036L,0x4C3A4036L,0x4C3A4036L};
    uint32_t l_1710 = 0xB9ACB0ABL;
    uint32_t l_1713 = 18446744073709551608UL;
    int i, j;
    (*l_1606) &= (l_1605 , (0xF3AA5536L > l_1605.f1));
    for (g_193 = 0; g_193 < 4; g_193 += 1)
    {
        g_501[g_193] = &g_201;
    }
    if ((*l_1606))
    { /* block id: 674 */
        uint16_t * const *l_1609[5];
        uint16_t * const **l_1610 = &l_1609[1];
        const uint16_t *l_1612 = &g_90[1][3];
        const uint16_t **l_1611[2][5];
        const uint16_t ***l_1613[2];
        union U2 l_1620[4] = {{0xC272986763FC820ALL},{0xC272986763FC820ALL},{0xC272986763FC820ALL},{0xC272986763FC820ALL}};
        struct S0 l_1623 = {0xDBC6EEEF76028498LL,-1L};
        struct S0 ** const l_1627 = (void*)0;
        int64_t l_1653 = 0x537842E2D4EBE9ECLL;
        int32_t *l_1654 = &g_49[4];
        uint64_t ***l_1671 = &g_1123;
        uint32_t l_1697 = 0UL;
        int i, j;
        for (i = 0; i < 5; i++)
            l_1609[i] = &g_202;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 5; j++)
                l_1611[i][j] = &l_1612;
        }
        for (i = 0; i < 2; i++)
            l_1613[i] = &l_1611[1][4];
        g_49[4] &= (safe_sub_func_int16_t_s_s((((((*l_1610) = l_1609[0]) == (l_1619 = (g_1617 = (l_1614 = l_1611[1][4])))) <= ((l_1620[1] , ((safe_sub_func_uint8_t_u_u(((l_1623 , l_1624) != ((*g_1097) = (void*)0)), (0x96D0L & (((void*)0 == l_1627) >= l_1623.f0)))) & (*l_1606))) , 0x12EE6EB2L)) < (*l_1606)), (*l_1606)));
        for (g_569 = (-15); (g_569 != 10); ++g_569)
        { /* block id: 683 */
            uint32_t *l_1630 = &g_1461;
            int32_t l_1633[4];
            uint32_t *l_1644 = (void*)0;
            uint32_t *l_1645 = &g_1646;
            uint16_t *****l_1650 = (void*)0;
            uint16_t ****l_1652 = (void*)0;
            uint16_t *****l_1651 = &l_1652;
            int i;
            for (i = 0; i < 4; i++)
                l_1633[i] = 0x89963599L;
            l_1653 &= (((*l_1630) &= 0x21BE0E78L) >= (safe_lshift_func_int8_t_s_u(l_1633[2], ((safe_add_func_uint16_t_u_u(l_1633[0], ((safe_sub_func_uint64_t_u_u((l_1638[0][4] > (safe_div_func_uint64_t_u_u((((safe_sub_func_int64_t_s_s((safe_unary_minus_func_uint8_t_u(((((*l_1645) = l_1620[1].f0) , ((*g_500) = l_1647)) != &l_1614))), (*g_1054))) | (safe_sub_func_int8_t_s_s((((*l_1651) = &l_1647) == &l_1613[1]), (-1L)))) ^ (*l_1606)), (*l_1606)))), l_1633[2])) != g_1198))) < (-1L)))));
            (*g_596) = l_1654;
        }
        for (g_1023 = 0; (g_1023 != (-20)); --g_1023)
        { /* block id: 693 */
            int16_t l_1661 = 5L;
            int32_t l_1664[4][5][5] = {{{(-1L),0x85A2F7F1L,(-4L),0L,4L},{0x99187B11L,0x72C2BAA0L,0xA0E7F778L,0xA0E7F778L,0x72C2BAA0L},{(-1L),0x85A2F7F1L,(-4L),0L,4L},{0x99187B11L,0x72C2BAA0L,0xA0E7F778L,0xA0E7F778L,0x72C2BAA0L},{(-1L),0x85A2F7F1L,(-4L),0L,4L}},{{0x99187B11L,0x72C2BAA0L,0xA0E7F778L,0xA0E7F778L,0x72C2BAA0L},{(-1L),0x85A2F7F1L,(-4L),0L,4L},{0x99187B11L,0x72C2BAA0L,0xA0E7F778L,0xA0E7F778L,0x72C2BAA0L},{(-1L),0x85A2F7F1L,(-4L),0L,4L},{0x99187B11L,0x72C2BAA0L,0xA0E7F778L,0xA0E7F778L,0x72C2BAA0L}},{{(-1L),0x85A2F7F1L,(-4L),0L,4L},{0x99187B11L,0x72C2BAA0L,0xA0E7F778L,0xA0E7F778L,0x72C2BAA0L},{(-1L),0x85A2F7F1L,(-4L),0L,4L},{0x99187B11L,0x72C2BAA0L,0xA0E7F778L,0xA0E7F778L,0x72C2BAA0L},{(-1L),0x85A2F7F1L,(-4L),0L,4L}},{{0x99187B11L,0x72C2BAA0L,0xA0E7F778L,0xA0E7F778L,0x72C2BAA0L},{(-1L),0x85A2F7F1L,(-4L),0L,4L},{0x99187B11L,0x72C2BAA0L,0xA0E7F778L,0xA0E7F778L,0x72C2BAA0L},{(-1L),0x85A2F7F1L,(-4L),0x85A2F7F1L,0x49AA327BL},{0x803F3218L,0x813397BAL,0x72C2BAA0L,0x72C2BAA0L,0x813397BAL}}};
            union U2 l_1670 = {0L};
            uint32_t *l_1677 = &g_728;
            uint8_t *l_1678 = &g_252;
            struct S1 l_1684 = {0x59L,0L,{0x4401054CE9B4A3C4LL,-1L}};
            struct S1 *l_1685 = &l_1684;
            int i, j, k;
            for (g_728 = 18; (g_728 > 59); g_728++)
            { /* block id: 696 */
                (*l_1654) ^= (*l_1606);
                (*l_1654) = ((*l_1606) |= (safe_mul_func_uint16_t_u_u((0xA1E6C690L > (l_1661 != 0x6121L)), (l_1664[3][0][4] = (safe_mod_func_int8_t_s_s(0x6FL, g_569))))));
                p_15 = p_15;
            }
            (*l_1654) = (~(((0x9409L & ((safe_mod_func_uint32_t_u_u((safe_mod_func_int8_t_s_s(l_1661, (((l_1670 , (void*)0) == l_1671) ^ (((safe_rshift_func_uint8_t_u_u(((*l_1678) = (((((!(((*l_1677) = (((l_1664[1][3][2] <= ((safe_add_func_int32_t_s_s((l_1670 , 0x388F8C39L), (*l_1654))) == (*l_1606))) & l_1670.f1) , 0xEB749781L)) | 0x20BDCCCCL)) || (*g_19)) > l_1664[2][2][1]) <= g_253) || 0x564D4AEFL)), (*l_1606))) < g_106) < l_1679)))), 0xA09A7313L)) || (*g_1618))) < (*l_1654)) > 0x9EL));
            if (l_1670.f1)
                break;
            (*l_1606) |= (safe_sub_func_int32_t_s_s(((safe_sub_func_int64_t_s_s(((((*g_202) < 3L) , (((*l_1685) = l_1684) , l_1670.f1)) <= ((safe_lshift_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_s((l_1664[3][0][4] |= 65535UL), 13)) , (((safe_div_func_int16_t_s_s((*l_1654), (*l_1654))) , ((((-2L) <= ((safe_sub_func_int64_t_s_s((((l_1623 , (*g_202)) != 0L) ^ 0x93D665ECL), l_1661)) >= (*l_1654))) <= l_1661) > (*l_1654))) ^ 0x1BC5L)), 3L)), l_1696[1][0])) > l_1661)), l_1697)) , (*l_1654)), (*l_1654)));
        }
    }
    else
    { /* block id: 711 */
        const int32_t l_1703[1] = {0x388DCD0AL};
        int32_t l_1707 = 3L;
        int32_t l_1708[3];
        int i;
        for (i = 0; i < 3; i++)
            l_1708[i] = 7L;
        for (g_79 = 0; (g_79 < 31); g_79 = safe_add_func_uint64_t_u_u(g_79, 1))
        { /* block id: 714 */
            uint32_t l_1700 = 4UL;
            (*g_1097) = (void*)0;
            for (g_1335 = 0; (g_1335 <= 0); g_1335 += 1)
            { /* block id: 718 */
                if (l_1700)
                    break;
            }
        }
        for (l_1679 = 0; (l_1679 >= (-28)); l_1679--)
        { /* block id: 724 */
            int32_t **l_1704 = &l_1606;
            int32_t *l_1705 = &g_756;
            int32_t *l_1706[2][5][1] = {{{&g_1023},{&g_756},{&g_1023},{&g_756},{&g_1023}},{{&g_756},{&g_1023},{&g_756},{&g_1023},{&g_756}}};
            int i, j, k;
            (*g_596) = ((*l_1704) = (l_1703[0] , p_15));
            l_1710++;
        }
    }
    return l_1713;
}


/* ------------------------------------------ */
/* 
 * reads : g_19 g_312 g_313 g_755 g_106 g_220.f1 g_656 g_202 g_90 g_1053 g_1054 g_49 g_79 g_1052 g_123.f0 g_20 g_596 g_1043 g_838 g_1190 g_1198 g_1227 g_1097 g_938 g_88 g_1249 g_838.f1 g_500 g_501 g_201 g_5 g_728 g_220.f0 g_801 g_193 g_1123 g_756 g_1335 g_252 g_1085 g_1086 g_690 g_754 g_220 g_311 g_622 g_30 g_862 g_104 g_1461 g_2 g_1466 g_1471 g_923 g_539.f2.f1 g_47 g_253
 * writes: g_728 g_756 g_20 g_275 g_220.f1 g_656 g_79 g_123.f0 g_49 g_193 g_5 g_597 g_1053 g_1227 g_123 g_220.f2 g_252 g_1023 g_104 g_90 g_47 g_938 g_1335 g_106 g_1043 g_253 g_312 g_622 g_30 g_862 g_1461 g_2 g_1474 g_1052 g_1086 g_1584
 */
static int32_t * func_16(int8_t * p_17, int32_t * p_18)
{ /* block id: 454 */
    uint32_t l_1138 = 4UL;
    int32_t l_1156[4][5] = {{(-4L),(-1L),(-1L),(-4L),(-4L)},{0x71059CCCL,0L,0x71059CCCL,0L,0x71059CCCL},{(-4L),(-4L),(-1L),(-1L),(-4L)},{(-10L),0L,(-10L),0L,(-10L)}};
    int16_t *l_1157 = &g_1043[0];
    int64_t **l_1193 = &g_605;
    int64_t ***l_1192[5] = {&l_1193,&l_1193,&l_1193,&l_1193,&l_1193};
    int32_t *l_1240[4];
    struct S0 l_1260[2] = {{0xDEB139EC4D8EE449LL,0x45D02D0F48D94883LL},{0xDEB139EC4D8EE449LL,0x45D02D0F48D94883LL}};
    struct S0 ***l_1264 = &g_937;
    uint32_t l_1265 = 0x6EFF5743L;
    uint8_t *l_1266 = &g_252;
    uint32_t *l_1267 = &g_193;
    struct S1 l_1279[3][4][1] = {{{{0L,0x69E78A3A51D6550CLL,{0x27D9D52A6D896A77LL,0xC3040B96AF6D2F50LL}}},{{1L,0x7E4AB5B873CB5977LL,{0xC260021A32B24097LL,1L}}},{{0L,0x69E78A3A51D6550CLL,{0x27D9D52A6D896A77LL,0xC3040B96AF6D2F50LL}}},{{1L,0x7E4AB5B873CB5977LL,{0xC260021A32B24097LL,1L}}}},{{{0L,0x69E78A3A51D6550CLL,{0x27D9D52A6D896A77LL,0xC3040B96AF6D2F50LL}}},{{1L,0x7E4AB5B873CB5977LL,{0xC260021A32B24097LL,1L}}},{{0L,0x69E78A3A51D6550CLL,{0x27D9D52A6D896A77LL,0xC3040B96AF6D2F50LL}}},{{1L,0x7E4AB5B873CB5977LL,{0xC260021A32B24097LL,1L}}}},{{{0L,0x69E78A3A51D6550CLL,{0x27D9D52A6D896A77LL,0xC3040B96AF6D2F50LL}}},{{1L,0x7E4AB5B873CB5977LL,{0xC260021A32B24097LL,1L}}},{{0L,0x69E78A3A51D6550CLL,{0x27D9D52A6D896A77LL,0xC3040B96AF6D2F50LL}}},{{1L,0x7E4AB5B873CB5977LL,{0xC260021A32B24097LL,1L}}}}};
    int32_t l_1289 = (-4L);
    uint8_t l_1300 = 0x61L;
    uint32_t l_1321 = 0UL;
    int16_t l_1422 = (-1L);
    uint16_t **l_1443 = &g_202;
    uint32_t l_1455 = 0x02751F8EL;
    const struct S0 ***l_1472 = (void*)0;
    uint64_t ***l_1500 = &g_1053;
    union U2 l_1506 = {0x486DD013DB3DF7FFLL};
    struct S0 ** const l_1601[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_1240[i] = &l_1156[0][0];
lbl_1395:
    for (g_728 = (-10); (g_728 != 29); g_728++)
    { /* block id: 457 */
        int32_t l_1155 = (-8L);
        int32_t l_1169 = 0x6A4984F3L;
        const uint32_t l_1183[1][5] = {{4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL}};
        struct S0 l_1187 = {0xE44EE009DBD0E07ALL,1L};
        int64_t ****l_1191[5][5][2] = {{{&g_1190,&g_1190},{&g_1190,&g_1190},{&g_1190,&g_1190},{(void*)0,&g_1190},{&g_1190,&g_1190}},{{&g_1190,&g_1190},{(void*)0,&g_1190},{(void*)0,&g_1190},{&g_1190,&g_1190},{&g_1190,&g_1190}},{{(void*)0,&g_1190},{&g_1190,&g_1190},{&g_1190,&g_1190},{&g_1190,&g_1190},{(void*)0,&g_1190}},{{&g_1190,&g_1190},{&g_1190,&g_1190},{(void*)0,&g_1190},{(void*)0,&g_1190},{&g_1190,&g_1190}},{{&g_1190,&g_1190},{(void*)0,&g_1190},{&g_1190,&g_1190},{&g_1190,&g_1190},{&g_1190,&g_1190}}};
        uint32_t *l_1200 = &g_79;
        uint32_t *l_1201 = (void*)0;
        uint32_t *l_1202 = &g_193;
        int16_t l_1203 = 0x6223L;
        int8_t l_1213 = (-6L);
        int32_t l_1231 = 0xE7282A0DL;
        int32_t l_1233[3][5][2] = {{{(-1L),0x93528BF9L},{5L,5L},{0x93528BF9L,(-1L)},{1L,(-1L)},{0x93528BF9L,5L}},{{5L,0x93528BF9L},{(-1L),1L},{(-1L),0x93528BF9L},{5L,5L},{0x93528BF9L,(-1L)}},{{1L,(-1L)},{0x93528BF9L,5L},{5L,0x93528BF9L},{(-1L),1L},{(-1L),0x93528BF9L}}};
        int i, j, k;
        for (g_756 = 0; (g_756 <= 0); g_756 += 1)
        { /* block id: 460 */
            uint16_t **l_1143 = (void*)0;
            int32_t l_1154 = 0x3D912ECCL;
            const int16_t *l_1158 = &g_104;
            int64_t *l_1159 = (void*)0;
            int64_t *l_1160 = &g_220.f1;
            uint8_t l_1161 = 0xE1L;
            int16_t l_1167 = (-7L);
            if ((safe_mod_func_int16_t_s_s((l_1161 = (safe_div_func_int16_t_s_s((safe_add_func_int64_t_s_s((safe_lshift_func_uint16_t_u_u(l_1138, ((((!((*l_1160) |= ((safe_sub_func_uint64_t_u_u(((safe_unary_minus_func_uint8_t_u((((void*)0 == l_1143) < (safe_lshift_func_uint16_t_u_s((((l_1156[3][1] = ((**g_312) = (0xB5CEL <= (safe_mod_func_int64_t_s_s((safe_add_func_uint16_t_u_u((safe_div_func_int64_t_s_s((0UL > (((*g_19) = (l_1138 || ((&g_755 == &g_755) & ((safe_div_func_int16_t_s_s(l_1138, 9L)) < l_1154)))) ^ l_1155)), l_1155)), 0x8821L)), (-1L)))))) , l_1157) == l_1158), (*g_755)))))) >= l_1138), 0x6924CD0EC139CB19LL)) != 0xBC0CL))) ^ l_1138) < 0x50E5F57FA255E5BBLL) != l_1138))), 0xE0400BE4F326C7E7LL)), l_1138))), l_1138)))
            { /* block id: 466 */
                struct S1 l_1162 = {0x61L,0x952AB4B13902A725LL,{0UL,0x4A182CC1B656DB47LL}};
                g_656 |= (l_1162 , 2L);
            }
            else
            { /* block id: 468 */
                return &g_656;
            }
            for (g_79 = 0; (g_79 <= 0); g_79 += 1)
            { /* block id: 473 */
                for (l_1155 = 0; (l_1155 <= 0); l_1155 += 1)
                { /* block id: 476 */
                    return &g_756;
                }
            }
            g_49[1] |= (safe_rshift_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s((l_1167 && (*g_202)), (l_1155 , (~((**g_1053) = l_1169))))), 3));
            for (g_275 = 0; (g_275 <= 0); g_275 += 1)
            { /* block id: 484 */
                uint8_t l_1170[1][5][1];
                union U2 l_1171 = {0x5756490CADE37EE8LL};
                uint32_t *l_1180 = &g_79;
                uint32_t *l_1186 = &g_193;
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 5; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_1170[i][j][k] = 0x6DL;
                    }
                }
                (*g_596) = func_21(l_1170[0][3][0], l_1171, (safe_sub_func_uint32_t_u_u(9UL, ((*l_1186) = (safe_div_func_int16_t_s_s((safe_add_func_uint32_t_u_u(((((*l_1180)++) == l_1171.f1) > ((((***g_1052) > (l_1183[0][0] && (safe_lshift_func_int8_t_s_u((*p_17), 1)))) , &l_1159) == (void*)0)), l_1171.f0)), 0x7A86L))))), l_1187, l_1170[0][3][0]);
            }
        }
        if ((((*g_19) = ((g_1043[2] | ((*l_1202) = ((*l_1200) = (safe_add_func_int32_t_s_s(((g_838 , (l_1192[1] = g_1190)) == ((safe_add_func_uint8_t_u_u(7UL, ((safe_sub_func_uint16_t_u_u((g_1198 && 4UL), (safe_unary_minus_func_uint64_t_u((*g_1054))))) > ((0xB473L & 1L) | (*g_755))))) , (void*)0)), l_1169))))) != 1UL)) < 0x6AL))
        { /* block id: 494 */
            int32_t *l_1204 = &g_49[4];
            int64_t *l_1214[1];
            uint64_t **l_1226 = &g_1054;
            int i;
            for (i = 0; i < 1; i++)
                l_1214[i] = &g_1198;
            (*l_1204) = l_1203;
            if ((safe_div_func_uint8_t_u_u(l_1156[3][1], (((((((*l_1204) , g_838) , ((safe_mul_func_int8_t_s_s((safe_mul_func_int16_t_s_s((*g_755), (0x57D375386B6499C7LL == ((***g_1052) , (safe_lshift_func_int8_t_s_s((((g_79 && (*l_1204)) != 0x61L) & 18446744073709551610UL), (*l_1204))))))), 0x66L)) != l_1213)) == 0xC0F9L) , l_1203) , 18446744073709551606UL) ^ 0xFEAE8509CCCF7BBALL))))
            { /* block id: 496 */
                int64_t * const l_1215 = &g_334;
                const uint64_t ***l_1228 = &g_1227[1][0][1];
                int32_t *l_1229 = &l_1155;
                (*g_596) = (void*)0;
                (*l_1229) |= ((((l_1214[0] != l_1215) , (safe_mod_func_int64_t_s_s((((*l_1204) <= 0x782723C8B46FD2E7LL) | (safe_lshift_func_int8_t_s_u((safe_mul_func_int16_t_s_s(((*g_755) || ((((safe_sub_func_uint16_t_u_u(0x5521L, (safe_add_func_uint64_t_u_u(18446744073709551613UL, (((*g_1052) = l_1226) != ((*l_1228) = g_1227[2][0][2])))))) < l_1156[3][1]) & 3UL) || l_1138)), (*g_202))), 2))), (*l_1204)))) > (*l_1204)) < 1L);
            }
            else
            { /* block id: 501 */
                (*l_1204) ^= l_1138;
            }
        }
        else
        { /* block id: 504 */
            int32_t *l_1230[3];
            int8_t l_1232 = (-10L);
            uint16_t l_1234 = 65534UL;
            uint32_t l_1237 = 0UL;
            int i;
            for (i = 0; i < 3; i++)
                l_1230[i] = (void*)0;
            ++l_1234;
            l_1237++;
            (**g_1097) = l_1187;
        }
        return p_18;
    }
    if ((g_656 = (safe_div_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s((g_88[2] ^ (((*l_1267) |= (safe_sub_func_int64_t_s_s((safe_mul_func_int16_t_s_s((g_1249 , (safe_div_func_int32_t_s_s((g_1023 = (((*l_1266) = (safe_mod_func_int32_t_s_s((g_5 ^= (safe_lshift_func_uint16_t_u_u(0UL, (((safe_rshift_func_uint16_t_u_s((safe_lshift_func_int16_t_s_u((*g_755), (l_1260[0] , ((&g_1190 != &l_1192[3]) & (((g_49[4] &= ((safe_mul_func_int8_t_s_s((*g_19), (safe_unary_minus_func_uint64_t_u((g_838.f1 <= (-1L)))))) | (****g_500))) , (void*)0) == l_1264))))), 0)) & l_1265) <= (*g_755))))), g_728))) <= g_220.f0)), g_801[1]))), (-1L))), 0x7436DDC2D1762150LL))) >= g_106)), 13)), 0xB9L))))
    { /* block id: 517 */
        uint32_t l_1272 = 0xAA623CD0L;
        uint64_t *l_1273 = &g_862;
        union U2 l_1278 = {-1L};
        int16_t *l_1294 = &g_104;
        struct S0 l_1295 = {0x4235DC421913C38FLL,1L};
        int32_t l_1296 = 0x2F8D9061L;
        int32_t l_1297 = 1L;
        int32_t l_1298 = 0x683BD863L;
        int32_t l_1299 = (-1L);
        for (g_104 = 24; (g_104 < 3); g_104--)
        { /* block id: 520 */
            l_1272 ^= (safe_lshift_func_int16_t_s_s(0xB7A9L, 5));
            g_1023 = ((void*)0 == l_1273);
        }
        (*g_596) = func_21(l_1272, ((safe_mul_func_uint16_t_u_u(((*g_202)++), l_1272)) , l_1278), ((*l_1294) = ((l_1279[2][3][0] , ((+((l_1272 != g_49[3]) & ((safe_rshift_func_int8_t_s_s((((safe_div_func_uint32_t_u_u((((safe_rshift_func_int8_t_s_u(l_1289, 0)) && (safe_lshift_func_int16_t_s_u((safe_lshift_func_int16_t_s_u((0xF0DD9436B7D3EB4ALL > ((void*)0 != l_1157)), 12)), 2))) > l_1272), 0xEA73B928L)) >= l_1272) < 0UL), (*p_17))) <= l_1272))) < l_1272)) , l_1278.f0)), l_1295, l_1295.f0);
        l_1300++;
        return &g_5;
    }
    else
    { /* block id: 529 */
        uint8_t l_1309 = 248UL;
        int32_t l_1328 = 0x3A86D071L;
        int32_t l_1329 = 0x44EC4AADL;
        int32_t l_1330 = 0xD9E683C9L;
        int32_t l_1331 = (-1L);
        int32_t l_1332[1][4][3] = {{{4L,0xDB67C17CL,4L},{3L,0L,3L},{4L,0xDB67C17CL,4L},{3L,0L,3L}}};
        int32_t l_1334[2];
        int64_t **l_1385 = &g_605;
        int32_t l_1390 = 0xD4C0D05EL;
        const union U2 l_1419 = {0x955DAF95F731E976LL};
        int8_t l_1421 = (-9L);
        uint16_t **l_1446 = &g_202;
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_1334[i] = 1L;
        for (g_47 = 0; (g_47 > (-15)); g_47 = safe_sub_func_int8_t_s_s(g_47, 8))
        { /* block id: 532 */
            uint32_t l_1305 = 0x7C974D11L;
            uint64_t l_1308 = 0x41E8A65B458C2C17LL;
            int32_t l_1327[5][1];
            int32_t **l_1388 = &g_313;
            int16_t **l_1411 = &g_755;
            struct S0 l_1420[1][3][5] = {{{{0UL,-5L},{18446744073709551615UL,-9L},{18446744073709551615UL,-9L},{0UL,-5L},{18446744073709551613UL,-1L}},{{0UL,-5L},{3UL,1L},{18446744073709551608UL,0xF45D13FFC209DC6FLL},{18446744073709551608UL,0xF45D13FFC209DC6FLL},{3UL,1L}},{{18446744073709551613UL,-1L},{18446744073709551615UL,-9L},{18446744073709551608UL,0xF45D13FFC209DC6FLL},{0xC9803D6BCC38FE70LL,5L},{0xC9803D6BCC38FE70LL,5L}}}};
            uint32_t l_1430[5];
            int i, j, k;
            for (i = 0; i < 5; i++)
            {
                for (j = 0; j < 1; j++)
                    l_1327[i][j] = 1L;
            }
            for (i = 0; i < 5; i++)
                l_1430[i] = 0x2911C918L;
            if (l_1305)
            { /* block id: 533 */
                int32_t l_1312 = (-6L);
                int32_t l_1322[5][2] = {{0L,0L},{0L,0L},{0L,0L},{0L,0L},{0L,0L}};
                int32_t l_1355[4] = {0xF255CECEL,0xF255CECEL,0xF255CECEL,0xF255CECEL};
                struct S1 l_1391 = {-10L,0xDA45D593F0180CDELL,{0x0AD364D56556CB56LL,0x8C923738B706CE01LL}};
                int i, j;
                if ((safe_add_func_uint32_t_u_u((l_1308 != (l_1309 > ((safe_lshift_func_uint8_t_u_u(0x45L, 4)) , (l_1312 && 0x5FL)))), (safe_sub_func_int8_t_s_s((*p_17), 0x5BL)))))
                { /* block id: 534 */
                    int64_t l_1323 = 0xCC415A720C0CD0CDLL;
                    struct S0 *l_1324 = &g_220.f2;
                    g_756 |= (l_1323 = (+((**g_1123) != (l_1322[4][0] &= (((safe_mod_func_uint16_t_u_u(((*g_202) = l_1312), 0xB68CL)) && (safe_lshift_func_int16_t_s_s((*g_755), 11))) & (l_1321 = (~l_1312)))))));
                    if (l_1309)
                        continue;
                    (*g_1097) = l_1324;
                }
                else
                { /* block id: 542 */
                    int8_t l_1325[5][2][5] = {{{0x41L,(-1L),0xB4L,(-1L),(-1L)},{(-1L),(-1L),8L,(-1L),(-1L)}},{{(-1L),(-1L),8L,(-1L),(-1L)},{(-1L),(-1L),8L,(-1L),(-1L)}},{{(-1L),(-1L),8L,(-1L),(-1L)},{(-1L),(-1L),8L,(-1L),(-1L)}},{{(-1L),(-1L),8L,(-1L),(-1L)},{(-1L),(-1L),8L,(-1L),(-1L)}},{{(-1L),(-1L),8L,(-1L),(-1L)},{(-1L),(-1L),8L,(-1L),(-1L)}}};
                    int32_t l_1326[1];
                    int8_t l_1333 = 1L;
                    int i, j, k;
                    for (i = 0; i < 1; i++)
                        l_1326[i] = 0xF78F6ED4L;
                    if (l_1309)
                        break;
                    ++g_1335;
                    l_1355[2] |= (((g_90[3][2] != (((safe_div_func_int8_t_s_s(l_1327[0][0], (safe_add_func_int16_t_s_s(((((safe_rshift_func_int8_t_s_s((3UL & 0UL), 1)) ^ (safe_unary_minus_func_int32_t_s((safe_div_func_uint64_t_u_u(((safe_lshift_func_uint16_t_u_s((((safe_add_func_uint64_t_u_u((((((((*l_1157) = (((*g_755) = 0xED13L) || (*g_755))) >= ((1L >= (safe_mod_func_int32_t_s_s((safe_add_func_uint8_t_u_u(((*l_1266) &= l_1312), (((**g_1053) = 0xFC419289E8A6010FLL) ^ l_1333))), 0xC1205182L))) == (*g_19))) | l_1332[0][0][2]) , (void*)0) != (**g_500)) & l_1322[3][1]), 1UL)) || 0x6D97L) != l_1325[1][0][0]), l_1325[2][0][1])) , l_1322[4][0]), 0x7872F627537447C8LL))))) , (*p_17)) != 9L), l_1308)))) ^ g_656) && l_1334[0])) || l_1305) <= 0x0D07L);
                }
                if (l_1322[4][0])
                    break;
                for (g_253 = 0; (g_253 <= (-6)); g_253--)
                { /* block id: 554 */
                    uint64_t l_1379 = 0x6EF690C692F7D67ALL;
                    struct S0 l_1380 = {0xE3A9C7157CC26A54LL,1L};
                    uint64_t *l_1389 = &l_1379;
                    struct S1 l_1392[1] = {{0x21L,-6L,{18446744073709551608UL,0xF7DE9D55779B1BF3LL}}};
                    int i;
                    (*g_596) = func_21((safe_mul_func_int16_t_s_s((((void*)0 != (*g_1085)) || ((8L >= (+l_1322[4][0])) , (safe_sub_func_int8_t_s_s(((((((safe_rshift_func_int16_t_s_u(0x3EF1L, 3)) <= ((safe_sub_func_uint64_t_u_u((((safe_sub_func_int16_t_s_s((!((l_1334[1] ^= (***g_1052)) ^ (l_1322[4][0] > (safe_lshift_func_int16_t_s_s((safe_unary_minus_func_uint8_t_u(((safe_add_func_uint8_t_u_u((l_1322[1][0] || ((safe_mul_func_int16_t_s_s((safe_div_func_uint8_t_u_u(0x35L, l_1327[2][0])), l_1305)) > g_49[2])), g_690)) | 0x6CL))), l_1379))))), 0UL)) || l_1379) , l_1328), l_1327[2][0])) || g_20)) , l_1379) , l_1330) & 0xD0L) == 0x46L), 0UL)))), (**g_201))), g_1249, (**g_754), l_1380, l_1380.f1);
                    l_1390 = ((safe_div_func_int8_t_s_s((((safe_sub_func_int16_t_s_s(l_1327[2][0], (((**g_1085) , l_1385) != (void*)0))) < (safe_sub_func_uint64_t_u_u(((*l_1389) ^= ((***g_1052) |= (((((*g_311) = (*g_311)) == l_1388) > ((6UL == (**g_754)) < l_1327[2][0])) & l_1330))), l_1327[2][0]))) != l_1380.f0), (*p_17))) || l_1327[2][0]);
                    l_1392[0] = l_1391;
                    l_1312 ^= (safe_mul_func_int16_t_s_s((**g_754), l_1328));
                }
                for (g_622 = 0; (g_622 <= 0); g_622 += 1)
                { /* block id: 566 */
                    int32_t *l_1396 = &l_1312;
                    if (g_193)
                        goto lbl_1395;
                    return &g_5;
                }
            }
            else
            { /* block id: 570 */
                int8_t l_1401 = 0x8AL;
                l_1401 &= ((((*g_202) = 65533UL) < (safe_sub_func_int16_t_s_s((safe_mod_func_uint16_t_u_u(0x6C66L, l_1327[2][0])), 0L))) | (*p_17));
            }
            if (((g_79 = (g_123[1][1].f0 > (safe_mod_func_int8_t_s_s((((*l_1267) = 0x1C5E5EE0L) , ((l_1279[2][3][0] , 0xC52BL) > ((((safe_rshift_func_int8_t_s_u((safe_mod_func_uint64_t_u_u((safe_unary_minus_func_uint16_t_u((safe_sub_func_uint8_t_u_u((4294967294UL != (((void*)0 == l_1411) & (~(l_1327[2][0] <= (((((((((safe_mod_func_int32_t_s_s((safe_mul_func_int16_t_s_s(((*l_1157) &= ((**g_754) = ((safe_sub_func_int32_t_s_s(((((l_1419 , l_1420[0][2][1]) , 1UL) , 0L) ^ l_1308), l_1308)) , l_1421))), l_1334[1])), l_1308)) == (**g_201)) , l_1422) >= 1L) >= l_1390) == g_220.f0) == 6UL) & l_1308) & l_1330))))), (*g_19))))), 0xF6C41211ABB2965BLL)), 7)) && (*g_1054)) < l_1420[0][2][1].f1) < l_1419.f1))), l_1420[0][2][1].f1)))) , 1L))
            { /* block id: 578 */
                (*g_596) = p_18;
            }
            else
            { /* block id: 580 */
                uint32_t l_1427[5];
                int i;
                for (i = 0; i < 5; i++)
                    l_1427[i] = 0x586FE72CL;
                for (g_30 = 0; (g_30 <= 25); ++g_30)
                { /* block id: 583 */
                    if (l_1309)
                        break;
                }
                for (g_252 = (-21); (g_252 <= 26); g_252 = safe_add_func_uint16_t_u_u(g_252, 1))
                { /* block id: 588 */
                    if (l_1331)
                        break;
                    if (l_1420[0][2][1].f1)
                        break;
                }
                l_1427[0] = l_1327[4][0];
            }
            for (g_862 = 3; (g_862 > 1); g_862 = safe_sub_func_int16_t_s_s(g_862, 3))
            { /* block id: 596 */
                if (l_1430[3])
                    break;
                if (g_1198)
                    goto lbl_1395;
                return &g_1023;
            }
            for (g_728 = 10; (g_728 > 53); g_728 = safe_add_func_int8_t_s_s(g_728, 1))
            { /* block id: 603 */
                int32_t *l_1444[1];
                int32_t **l_1445 = &l_1444[0];
                uint8_t *l_1454 = &l_1300;
                int i;
                for (i = 0; i < 1; i++)
                    l_1444[i] = &l_1332[0][3][1];
                for (l_1138 = 17; (l_1138 == 54); ++l_1138)
                { /* block id: 606 */
                    int8_t l_1435 = 1L;
                    int32_t l_1436 = 0L;
                    uint64_t l_1437 = 18446744073709551615UL;
                    --l_1437;
                    if (l_1331)
                        goto lbl_1395;
                }
                l_1327[2][0] = ((+((safe_sub_func_uint16_t_u_u((((l_1443 == (((&l_1327[1][0] == ((*l_1445) = l_1444[0])) != g_838.f1) , l_1446)) >= (l_1430[2] & (((*l_1454) &= (~((l_1331 >= ((safe_mul_func_uint8_t_u_u(((safe_mul_func_uint8_t_u_u(l_1332[0][0][2], ((*l_1266)--))) != (((void*)0 != &g_656) && l_1420[0][2][1].f0)), g_90[1][3])) < (*g_755))) < g_801[4]))) ^ g_220.f2.f0))) <= l_1327[4][0]), l_1331)) ^ l_1334[0])) || l_1327[2][0]);
                if (l_1421)
                    goto lbl_1395;
            }
        }
        l_1455++;
        for (g_104 = 0; (g_104 != (-30)); g_104 = safe_sub_func_int32_t_s_s(g_104, 5))
        { /* block id: 620 */
            int32_t l_1460 = 0x953C1A2BL;
            --g_1461;
        }
    }
    g_756 = 6L;
    for (g_2 = (-6); (g_2 < (-17)); --g_2)
    { /* block id: 627 */
        uint8_t l_1467 = 0xDBL;
        const struct S0 ****l_1473[5];
        int32_t l_1507 = 0L;
        struct S1 *l_1551 = (void*)0;
        union U2 *l_1582 = &g_1583;
        uint8_t l_1603 = 0xDDL;
        int i;
        for (i = 0; i < 5; i++)
            l_1473[i] = (void*)0;
        if (((g_1466[1][1] >= l_1467) , ((safe_lshift_func_uint8_t_u_u(((~(g_1471 == (g_1474 = (l_1467 , l_1472)))) ^ l_1467), (safe_div_func_int16_t_s_s((safe_mod_func_uint64_t_u_u((safe_add_func_int64_t_s_s((+(safe_mul_func_int16_t_s_s((safe_sub_func_int32_t_s_s((safe_mod_func_uint64_t_u_u((((0x7F11L ^ ((((**g_1123) = l_1467) | (((*p_17) = ((8L == 1L) , (*g_19))) , (-3L))) || l_1467)) == (**g_754)) && 4294967290UL), l_1467)), g_690)), l_1467))), l_1467)), l_1467)), 0x07BFL)))) < (*g_755))))
        { /* block id: 631 */
            int32_t l_1496 = 0x0A2CA6B0L;
            uint64_t ****l_1499 = &g_1052;
            struct S1 ***l_1508 = &g_1085;
            const struct S0 l_1510 = {7UL,0x1F61ED33B87356BDLL};
            int64_t ***l_1531 = &l_1193;
            int32_t ****l_1538 = &g_309[3];
            if (((!(safe_sub_func_uint64_t_u_u(((safe_mod_func_int32_t_s_s((safe_rshift_func_uint16_t_u_u(l_1496, 9)), ((*l_1267)++))) == (((*l_1499) = &g_1123) != l_1500)), (safe_div_func_uint8_t_u_u((((safe_mod_func_uint16_t_u_u(((~0xD5178534L) | 0x04FA5E68L), ((*g_755) = (-7L)))) , ((l_1507 = (((l_1279[2][3][0] , &g_801[0]) != (l_1506 , (void*)0)) & 0x86DE2725L)) || (*g_755))) < l_1496), 0x52L))))) | (*g_1054)))
            { /* block id: 636 */
                struct S1 ****l_1509 = &l_1508;
                int32_t l_1525 = 0L;
                (*l_1509) = l_1508;
                (**g_1097) = l_1510;
                l_1525 = (safe_div_func_uint32_t_u_u(g_923, (safe_rshift_func_uint16_t_u_s((safe_div_func_int64_t_s_s((safe_add_func_int16_t_s_s(((safe_div_func_uint32_t_u_u((((safe_mul_func_uint8_t_u_u(l_1496, 6L)) && (*p_17)) , (safe_rshift_func_uint8_t_u_u((l_1525 || (safe_div_func_int32_t_s_s((safe_sub_func_int16_t_s_s((**g_754), (-1L))), 1L))), ((~(g_1190 == l_1531)) >= l_1510.f0)))), g_49[4])) != g_88[1]), 1UL)), l_1510.f1)), 2))));
            }
            else
            { /* block id: 640 */
                uint64_t *l_1539 = &g_862;
                int32_t l_1542 = (-1L);
                union U2 *l_1580[4];
                union U2 **l_1581[3][5] = {{&l_1580[2],&l_1580[2],&l_1580[2],&l_1580[2],(void*)0},{&l_1580[2],&l_1580[2],&l_1580[2],&l_1580[2],(void*)0},{&l_1580[2],&l_1580[2],&l_1580[2],&l_1580[2],(void*)0}};
                int i, j;
                for (i = 0; i < 4; i++)
                    l_1580[i] = (void*)0;
                if ((((((l_1496 = l_1467) | (((*l_1539) = ((***l_1500) = (safe_rshift_func_int8_t_s_u((*g_19), (safe_rshift_func_uint8_t_u_u((9UL > ((safe_sub_func_int16_t_s_s((*g_755), ((l_1538 == l_1538) || (*p_17)))) <= 0x5EL)), 4)))))) <= ((safe_sub_func_int16_t_s_s(l_1467, l_1507)) == 0xCCL))) , l_1467) , l_1542) || (*g_19)))
                { /* block id: 644 */
                    int32_t l_1543 = 0xCB83DF0AL;
                    g_5 ^= ((((**l_1443) = (l_1543 ^ ((safe_mod_func_int32_t_s_s((!(4294967292UL || 0x84FA430CL)), (safe_lshift_func_uint16_t_u_s((l_1543 & (**g_754)), (((***g_1052) = ((safe_rshift_func_uint16_t_u_u(7UL, 2)) <= l_1542)) == (&g_1227[4][0][2] == &g_1053)))))) && l_1543))) > (**g_754)) ^ 0xA19CE4F619DBD616LL);
                    (*g_1085) = l_1551;
                    if (l_1467)
                        break;
                }
                else
                { /* block id: 650 */
                    int16_t l_1559 = 0x966CL;
                    int32_t l_1579 = 5L;
                    l_1579 = ((+(safe_mod_func_uint16_t_u_u(((****g_500) = (safe_lshift_func_int8_t_s_u((((*l_1267) = (((*l_1157) = (-1L)) >= (l_1559 ^ (((*g_19) || (safe_lshift_func_int16_t_s_u((safe_mod_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((*g_19), ((safe_div_func_uint32_t_u_u((safe_lshift_func_int8_t_s_s((!((*g_19) ^ ((safe_mul_func_int8_t_s_s((safe_lshift_func_int8_t_s_u((safe_mod_func_uint16_t_u_u((*g_202), (((safe_sub_func_uint8_t_u_u(((-7L) <= 0xD6DF4EC197ECF92ALL), ((*l_1266) = l_1542))) , 0x4662D00AL) ^ 0x32D40F77L))), l_1542)), 255UL)) & l_1510.f1))), 5)), 0x5ED387F1L)) , l_1507))), 1UL)), 2))) >= l_1542)))) , l_1559), 2))), l_1507))) == l_1559);
                }
                g_1584[0][0][0] = (l_1582 = l_1580[2]);
                (*g_596) = p_18;
            }
        }
        else
        { /* block id: 661 */
            int64_t l_1586[4];
            struct S1 l_1587[2] = {{-3L,0x3503FD709A5BE624LL,{0x8467510B3CEFBB35LL,0x95047576EA5709C9LL}},{-3L,0x3503FD709A5BE624LL,{0x8467510B3CEFBB35LL,0x95047576EA5709C9LL}}};
            int32_t l_1600 = 0L;
            int32_t l_1602 = 0L;
            int i;
            for (i = 0; i < 4; i++)
                l_1586[i] = (-1L);
            l_1602 ^= ((((*g_755) = l_1586[1]) , l_1587[1]) , (g_49[2] = (safe_div_func_uint64_t_u_u((l_1587[1].f2.f1 || l_1586[1]), (safe_mod_func_uint32_t_u_u(((((safe_div_func_uint32_t_u_u(((~((((*p_17) || (*p_17)) | l_1586[1]) && ((!((((safe_mod_func_int64_t_s_s(((safe_sub_func_int8_t_s_s((*p_17), (l_1600 ^= ((l_1586[2] > 18446744073709551608UL) != g_1043[0])))) < 0x04L), 0xA551DDB791931946LL)) , l_1601[0]) == (void*)0) <= g_539[0].f2.f1)) < l_1587[1].f1))) >= (****g_500)), 0x15FD5859L)) , l_1586[1]) || l_1587[1].f2.f0) , l_1467), g_49[4]))))));
            g_756 = l_1603;
        }
    }
    return &g_49[2];
}


/* ------------------------------------------ */
/* 
 * reads : g_5 g_596
 * writes: g_5 g_597
 */
static int32_t * func_21(uint16_t  p_22, union U2  p_23, const int16_t  p_24, struct S0  p_25, uint16_t  p_26)
{ /* block id: 358 */
    struct S1 l_970[4] = {{0xDCL,0xFC08457933378E84LL,{0x43A61886A6AFA98ALL,1L}},{0xDCL,0xFC08457933378E84LL,{0x43A61886A6AFA98ALL,1L}},{0xDCL,0xFC08457933378E84LL,{0x43A61886A6AFA98ALL,1L}},{0xDCL,0xFC08457933378E84LL,{0x43A61886A6AFA98ALL,1L}}};
    int32_t *l_974 = &g_656;
    int64_t **l_1003 = &g_605;
    const uint64_t *l_1025 = &g_862;
    const uint64_t **l_1024 = &l_1025;
    int32_t l_1032 = 0x5DD44F66L;
    int32_t l_1033 = 0x190878C9L;
    int32_t l_1035 = 0x917A6EFFL;
    int32_t l_1037 = 9L;
    int32_t l_1039 = 1L;
    int32_t l_1040 = (-1L);
    int32_t l_1044 = (-5L);
    int32_t l_1045 = 0x351690C7L;
    int32_t l_1046 = 0L;
    int32_t l_1047[4] = {3L,3L,3L,3L};
    int32_t *l_1127 = (void*)0;
    int i;
    for (g_5 = 3; (g_5 >= 0); g_5 -= 1)
    { /* block id: 361 */
        int64_t *l_958 = &g_220.f2.f1;
        union U2 l_961 = {0x08FE431FF8DB5EEALL};
        int32_t l_975 = 0x585F7D64L;
        uint8_t *l_976 = &g_252;
        uint16_t *l_989 = &g_90[1][2];
        int32_t l_1041[4];
        struct S0 *l_1058 = &g_123[2][1];
        struct S1 l_1063[2][2][5] = {{{{0L,5L,{1UL,-7L}},{0L,5L,{1UL,-7L}},{0L,5L,{1UL,-7L}},{0L,5L,{1UL,-7L}},{0L,5L,{1UL,-7L}}},{{0L,1L,{0x1376AF31D609A2A5LL,1L}},{0x96L,-9L,{0UL,0xBDB611A6C76B99BELL}},{0L,1L,{0x1376AF31D609A2A5LL,1L}},{0x96L,-9L,{0UL,0xBDB611A6C76B99BELL}},{0L,1L,{0x1376AF31D609A2A5LL,1L}}}},{{{0L,5L,{1UL,-7L}},{0L,5L,{1UL,-7L}},{0L,5L,{1UL,-7L}},{0L,5L,{1UL,-7L}},{0L,5L,{1UL,-7L}}},{{0L,1L,{0x1376AF31D609A2A5LL,1L}},{0x96L,-9L,{0UL,0xBDB611A6C76B99BELL}},{0L,1L,{0x1376AF31D609A2A5LL,1L}},{0x96L,-9L,{0UL,0xBDB611A6C76B99BELL}},{0L,1L,{0x1376AF31D609A2A5LL,1L}}}}};
        int32_t ***l_1093[3][3] = {{&g_312,&g_312,&g_312},{&g_312,&g_312,&g_312},{&g_312,&g_312,&g_312}};
        const int32_t *l_1094 = &g_49[(g_5 + 1)];
        int32_t **l_1125 = &l_974;
        int32_t ***l_1124 = &l_1125;
        uint32_t *l_1126 = &g_79;
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_1041[i] = 0x6A642315L;
    }
    (*g_596) = &l_1047[2];
    return l_1127;
}


/* ------------------------------------------ */
/* 
 * reads : g_656 g_437 g_19 g_20 g_596 g_597 g_275 g_79 g_88 g_690 g_539.f2.f0 g_565 g_311 g_312 g_569 g_728 g_49 g_754 g_334 g_756 g_500 g_501 g_201 g_202 g_90 g_253 g_220.f2.f1 g_220.f0 g_755 g_106 g_801 g_605 g_539.f2 g_123.f1 g_220.f1 g_838 g_193 g_862 g_838.f1 g_104 g_923 g_252 g_838.f0
 * writes: g_49 g_656 g_123.f0 g_437 g_220.f1 g_88 g_597 g_275 g_334 g_252 g_690 g_728 g_253 g_201 g_220 g_20 g_106 g_801 g_193 g_862 g_605 g_756 g_937
 */
static uint64_t  func_33(int16_t  p_34, uint8_t  p_35, int64_t  p_36, int8_t * p_37, const uint16_t  p_38)
{ /* block id: 254 */
    int32_t *l_654 = &g_49[4];
    int32_t *l_655 = &g_656;
    uint64_t *l_661 = &g_123[1][1].f0;
    int16_t *l_662 = &g_437;
    uint32_t l_700[2];
    int32_t l_717 = (-1L);
    int32_t l_721 = 0x4914D359L;
    int32_t l_722 = (-1L);
    int32_t l_725 = 0x48835D18L;
    int32_t l_726 = (-2L);
    int32_t l_727 = 0xC73E16C4L;
    int32_t l_757 = 0x287F9024L;
    uint8_t l_770 = 0xE9L;
    uint16_t **l_786 = &g_202;
    int64_t l_790 = (-6L);
    uint64_t l_791 = 0xADA8770116BA193CLL;
    int32_t l_857[2];
    int32_t l_859 = 0xFDEF8F3EL;
    int8_t l_865 = 0x32L;
    struct S0 *l_883 = (void*)0;
    uint32_t l_922 = 1UL;
    int i;
    for (i = 0; i < 2; i++)
        l_700[i] = 0x958023BEL;
    for (i = 0; i < 2; i++)
        l_857[i] = (-5L);
lbl_663:
    (*l_655) = ((*l_654) = 0xAA2FA454L);
    if ((safe_div_func_int16_t_s_s(((*l_662) &= (((*l_661) = (safe_lshift_func_uint16_t_u_s(0x76B5L, 5))) < (*l_655))), (3L ^ (*g_19)))))
    { /* block id: 259 */
        for (g_220.f1 = 0; g_220.f1 < 3; g_220.f1 += 1)
        {
            g_88[g_220.f1] = 0x8AC970C8CF4114DFLL;
        }
        if (g_656)
            goto lbl_663;
        (*g_596) = (*g_596);
        (*g_596) = (void*)0;
    }
    else
    { /* block id: 264 */
        int32_t l_695 = 0xBDA68E25L;
        int32_t l_716[4][5] = {{1L,1L,1L,1L,1L},{0L,0xAC1C3D45L,0xAC1C3D45L,0L,0L},{0x506300ADL,1L,0x506300ADL,1L,0x506300ADL},{0L,0L,0xAC1C3D45L,0xAC1C3D45L,0L}};
        uint64_t l_853 = 1UL;
        int16_t l_856 = 5L;
        struct S1 l_920 = {0L,0x7F3FAD82DCD9B489LL,{18446744073709551615UL,0L}};
        int64_t l_921 = (-10L);
        struct S0 **l_935[1][2];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_935[i][j] = &l_883;
        }
        for (g_275 = 0; (g_275 <= 18); g_275 = safe_add_func_int16_t_s_s(g_275, 3))
        { /* block id: 267 */
            int16_t l_672[2][2][4];
            int64_t *l_688 = &g_334;
            uint8_t *l_689 = &g_252;
            int32_t **l_698[1][5];
            int32_t l_718 = 0x2ECA8752L;
            int32_t l_719[4] = {5L,5L,5L,5L};
            int8_t l_780 = 0x06L;
            int32_t *l_788[5][1];
            int16_t l_789 = 1L;
            int i, j, k;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                {
                    for (k = 0; k < 4; k++)
                        l_672[i][j][k] = 1L;
                }
            }
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 5; j++)
                    l_698[i][j] = (void*)0;
            }
            for (i = 0; i < 5; i++)
            {
                for (j = 0; j < 1; j++)
                    l_788[i][j] = &g_756;
            }
            if ((0x137BDF65BEBF575ALL & ((safe_add_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u((g_690 |= ((((*l_689) = (safe_rshift_func_uint8_t_u_s(l_672[1][0][1], ((safe_sub_func_uint16_t_u_u(l_672[0][0][0], ((*g_19) <= l_672[1][0][1]))) , (safe_mod_func_int16_t_s_s(((*l_655) , ((safe_mod_func_int8_t_s_s((safe_rshift_func_int16_t_s_u((safe_add_func_int32_t_s_s(p_38, (safe_lshift_func_uint8_t_u_s(0xD2L, 7)))), 9)), (safe_rshift_func_uint16_t_u_s((((*l_688) = (~g_79)) >= g_88[2]), (*l_655))))) != 0xE4L)), 0x8684L)))))) , p_35) != l_672[1][0][1])), p_35)), 9UL)) ^ p_38)))
            { /* block id: 271 */
                uint32_t l_699 = 0x963777B0L;
                int32_t l_720 = 0x6AC63407L;
                int32_t l_723 = 0x228DF719L;
                int32_t l_724[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_724[i] = 0x83ED73D3L;
                if ((safe_mod_func_int32_t_s_s(((safe_add_func_int32_t_s_s((1UL & (l_695 = p_38)), (-1L))) <= g_539[0].f2.f0), (((safe_rshift_func_int16_t_s_s((((void*)0 != g_565) != (((p_36 , (*g_311)) != l_698[0][0]) == l_672[1][0][1])), p_38)) | l_699) | g_569))))
                { /* block id: 273 */
                    return p_36;
                }
                else
                { /* block id: 275 */
                    struct S1 * const l_701 = &g_220;
                    struct S1 *l_703 = &g_220;
                    struct S1 **l_702 = &l_703;
                    int32_t *l_704 = &g_49[4];
                    int32_t *l_705 = &g_49[4];
                    int32_t *l_706 = (void*)0;
                    int32_t *l_707 = (void*)0;
                    int32_t *l_708 = &g_49[1];
                    int32_t *l_709 = (void*)0;
                    int32_t *l_710 = &g_49[2];
                    int32_t *l_711 = &g_656;
                    int32_t *l_712 = &g_656;
                    int32_t *l_713 = &g_49[4];
                    int32_t *l_714 = &g_49[4];
                    int32_t *l_715[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                    uint64_t l_731 = 8UL;
                    int i;
                    (*l_702) = (l_700[0] , l_701);
                    g_728++;
                    --l_731;
                    l_757 &= ((!(((*l_662) = 0x29EEL) < 65527UL)) | ((((safe_sub_func_uint64_t_u_u((safe_sub_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_s(65532UL, (safe_add_func_uint16_t_u_u(((((((!((*l_705) = (!(**g_596)))) < (((*l_688) = p_38) != (-10L))) || (safe_lshift_func_int8_t_s_s((0x80F39CEDB889D762LL || (safe_sub_func_uint8_t_u_u(((((+(safe_mul_func_uint16_t_u_u(((void*)0 == g_754), (*l_655)))) && g_334) < g_756) || 4UL), l_724[0]))), (*l_655)))) >= (*l_655)) , g_756) >= 0x1A52758AF97889AELL), 1UL)))), 1L)), 0x0AB25BBFC3D6B511LL)) && (*g_19)) | l_718) != (****g_500)));
                }
                if (p_38)
                    break;
            }
            else
            { /* block id: 285 */
                int32_t *l_758 = &l_716[2][0];
                int32_t *l_759 = &l_719[1];
                int32_t l_760 = 0L;
                int32_t *l_761 = &l_721;
                int32_t *l_762 = &l_725;
                int32_t *l_763 = &l_719[1];
                int32_t *l_764 = (void*)0;
                int32_t *l_765 = (void*)0;
                int32_t *l_766 = &l_726;
                int32_t *l_767 = &g_756;
                int32_t *l_768 = &l_757;
                int32_t *l_769[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_769[i] = &l_716[0][2];
                l_770++;
            }
            for (g_253 = 3; (g_253 >= 0); g_253 -= 1)
            { /* block id: 290 */
                int32_t *l_773[1];
                uint32_t l_774 = 4294967288UL;
                struct S1 l_787 = {0x6DL,0x75DF9A1F5A0FE97FLL,{0x8995C1E773F75054LL,0x8D51A41B7AD656FFLL}};
                int i;
                for (i = 0; i < 1; i++)
                    l_773[i] = &g_756;
                l_774++;
                for (g_437 = 0; (g_437 >= 0); g_437 -= 1)
                { /* block id: 294 */
                    int64_t l_777 = (-3L);
                    int32_t l_778 = (-10L);
                    int32_t l_779 = (-2L);
                    int32_t l_781 = 0xCB5DAA8AL;
                    int32_t l_782 = 1L;
                    uint8_t l_783 = 1UL;
                    l_783++;
                    (**g_500) = l_786;
                    g_220 = l_787;
                }
            }
            ++l_791;
        }
        for (g_220.f2.f1 = 0; (g_220.f2.f1 <= 3); g_220.f2.f1 += 1)
        { /* block id: 304 */
            int32_t l_799 = 0xD295F182L;
            int8_t *l_800 = &g_801[0];
            struct S1 *l_802 = (void*)0;
            int32_t l_851[4] = {0x369F9ADBL,0x369F9ADBL,0x369F9ADBL,0x369F9ADBL};
            int i;
            if ((safe_rshift_func_int16_t_s_s(((*p_37) & ((*g_19) = (0x1DL ^ 0x12L))), (safe_rshift_func_int8_t_s_s(((*l_800) &= (safe_unary_minus_func_uint32_t_u((((*g_755) &= 0L) | (0xFB97BADFL < l_799))))), 4)))))
            { /* block id: 308 */
                struct S1 **l_803 = &l_802;
                int32_t l_828 = 2L;
                int32_t l_855[4];
                int64_t l_858 = (-2L);
                uint8_t l_866 = 0x16L;
                int i;
                for (i = 0; i < 4; i++)
                    l_855[i] = 0L;
                (*l_803) = l_802;
                if (((&l_791 != g_605) , (l_695 & 4UL)))
                { /* block id: 310 */
                    int32_t *l_804[5][1];
                    uint64_t l_835 = 0xB325E895D96A8209LL;
                    int64_t *l_836 = &l_790;
                    int64_t *l_837[1][5][5] = {{{&g_334,&g_334,&g_220.f1,(void*)0,&g_220.f1},{&g_88[2],&g_88[2],&g_123[1][1].f1,&g_220.f2.f1,&g_123[1][1].f1},{&g_334,&g_334,&g_220.f1,(void*)0,&g_220.f1},{&g_88[2],&g_88[2],&g_123[1][1].f1,&g_220.f2.f1,&g_123[1][1].f1},{&g_334,&g_334,&g_220.f1,(void*)0,&g_220.f1}}};
                    int8_t l_850 = 0L;
                    uint32_t *l_852[3][5] = {{(void*)0,(void*)0,(void*)0,&g_193,&g_193},{(void*)0,(void*)0,(void*)0,(void*)0,&g_193},{(void*)0,&g_79,&g_193,&g_79,(void*)0}};
                    int i, j, k;
                    for (i = 0; i < 5; i++)
                    {
                        for (j = 0; j < 1; j++)
                            l_804[i][j] = &g_756;
                    }
                    (*g_596) = l_804[0][0];
                    l_828 = (safe_lshift_func_int8_t_s_s((p_34 & ((*l_654) = (p_36 = (g_220.f1 ^= (g_539[0].f2 , ((*l_836) = (safe_sub_func_int32_t_s_s(((*l_655) = (*g_597)), (((safe_rshift_func_int8_t_s_s((safe_mod_func_uint32_t_u_u(p_34, (((safe_sub_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_s((safe_sub_func_int64_t_s_s((((safe_mul_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u((safe_lshift_func_int8_t_s_s((*p_37), (*p_37))), ((g_88[1] < (safe_add_func_int8_t_s_s((safe_unary_minus_func_uint64_t_u(l_828)), (safe_div_func_uint16_t_u_u((((((safe_mod_func_int8_t_s_s((safe_mod_func_uint64_t_u_u(p_38, g_20)), g_437)) >= p_38) , l_799) > g_49[4]) , l_835), (*g_202)))))) ^ g_123[1][1].f1))), (*g_19))) & p_38) <= p_38), p_36)), 4)) == 0L), p_34)) == l_716[2][0]) , 4294967290UL))), (*p_37))) >= 4L) && l_799))))))))), (*g_19)));
                    (*l_654) ^= ((*l_655) ^ ((**g_754) <= (((*g_19) >= (g_838 , ((l_799 = ((safe_rshift_func_int8_t_s_s(0x9FL, 6)) | (safe_rshift_func_uint16_t_u_s((safe_add_func_int8_t_s_s((*g_19), (~(l_828 = (safe_add_func_int32_t_s_s(p_36, 0xA01F182FL)))))), 15)))) <= (safe_sub_func_int64_t_s_s((((g_193 &= (l_851[2] = ((l_850 , 0x467D379F20557002LL) && g_539[0].f2.f1))) ^ g_539[0].f2.f0) == (*p_37)), g_801[0]))))) , 3L)));
                    if (l_853)
                        continue;
                }
                else
                { /* block id: 324 */
                    int32_t *l_854[2][4][4] = {{{&g_49[4],&l_851[2],&l_851[0],&l_722},{&l_722,&l_851[2],&l_851[2],&l_722},{&g_49[4],&l_851[2],&l_851[0],&l_722},{&l_722,&l_851[2],&l_851[2],&l_722}},{{&g_49[4],&l_851[2],&l_851[0],&l_722},{&l_722,&l_851[2],&l_851[2],&l_722},{&g_49[4],&l_851[2],&l_851[0],&l_722},{&l_722,&l_851[2],&l_851[2],&l_722}}};
                    int32_t l_860 = (-6L);
                    int32_t l_861[5][1][1] = {{{0xD95939D8L}},{{(-1L)}},{{0xD95939D8L}},{{(-1L)}},{{0xD95939D8L}}};
                    int i, j, k;
                    (*g_596) = (*g_596);
                    g_862--;
                    ++l_866;
                    (*l_654) |= ((safe_div_func_int16_t_s_s((safe_add_func_uint64_t_u_u((p_36 ^ ((*l_655) , (p_35 <= 0L))), (((((*g_754) == (*g_754)) && ((safe_rshift_func_int16_t_s_s(((*g_755) = (safe_rshift_func_int8_t_s_s((((safe_rshift_func_uint16_t_u_s(((safe_mul_func_uint16_t_u_u(1UL, ((*p_37) != 1UL))) | g_838.f1), l_858)) >= 4294967295UL) , (*p_37)), (*g_19)))), 8)) > 0xB0L)) && g_104) || (****g_500)))), l_851[2])) >= (*g_19));
                }
                l_883 = l_883;
                for (l_799 = 0; (l_799 <= 3); l_799 += 1)
                { /* block id: 334 */
                    int64_t **l_889 = &g_605;
                    uint16_t ***** const l_890 = &g_500;
                    uint8_t *l_892 = &g_252;
                    int32_t l_902 = 4L;
                    int i, j;
                    l_716[l_799][(g_220.f2.f1 + 1)] = (((*l_892) = (l_716[g_220.f2.f1][(l_799 + 1)] || ((((safe_sub_func_int8_t_s_s((*p_37), ((**g_754) <= ((safe_unary_minus_func_uint32_t_u((safe_lshift_func_uint8_t_u_u(0xDEL, 0)))) == ((((*l_889) = &p_36) == (void*)0) || (((void*)0 == l_890) | ((safe_unary_minus_func_int16_t_s((0x5E0FC687F7196141LL < l_716[g_220.f2.f1][(l_799 + 1)]))) != p_38))))))) && p_38) , &l_802) == (void*)0))) && 0x6BL);
                    l_902 ^= ((((*l_889) = (void*)0) != (void*)0) <= (safe_unary_minus_func_int64_t_s(((((safe_mod_func_int64_t_s_s((safe_lshift_func_uint8_t_u_s(((*l_892) = g_79), 3)), g_88[1])) != 0xBE1594E108A644FBLL) && p_36) >= (safe_sub_func_int8_t_s_s((((((&g_123[1][1] != (void*)0) , ((*g_19) = (safe_mul_func_uint16_t_u_u(l_858, 65535UL)))) , 0L) > l_716[g_220.f2.f1][(l_799 + 1)]) & l_716[g_220.f2.f1][(l_799 + 1)]), (*p_37)))))));
                }
            }
            else
            { /* block id: 343 */
                union U2 l_907 = {2L};
                struct S1 * const l_926 = &l_920;
                struct S1 **l_927 = &l_802;
                g_756 = (safe_div_func_uint16_t_u_u((safe_mod_func_uint64_t_u_u((l_716[2][0] < ((void*)0 != &g_597)), (((l_907 , l_851[2]) | (safe_div_func_int32_t_s_s((safe_add_func_uint16_t_u_u(l_695, ((safe_mul_func_int8_t_s_s(((safe_mul_func_int8_t_s_s(0L, (safe_lshift_func_int8_t_s_u((safe_sub_func_int64_t_s_s((l_920 , (-7L)), l_907.f0)), l_907.f0)))) , l_921), (*p_37))) ^ 0xB7CF4E1A09474FD7LL))), l_922))) & 0x5F0D9E8CAAB8F32FLL))), l_907.f1));
                (*l_927) = ((g_923 >= (safe_mul_func_int8_t_s_s(((*l_655) >= (0x2315CA7EA5D9D86DLL >= g_923)), ((void*)0 != (*g_754))))) , l_926);
            }
            if (p_36)
                continue;
        }
        for (l_920.f1 = 24; (l_920.f1 > (-15)); --l_920.f1)
        { /* block id: 351 */
            struct S0 * const * const l_934 = (void*)0;
            struct S0 ***l_936[2];
            int32_t l_941 = 0x77F67333L;
            int i;
            for (i = 0; i < 2; i++)
                l_936[i] = &l_935[0][1];
            if (p_36)
                break;
            (*l_655) |= (((safe_lshift_func_int8_t_s_s((safe_sub_func_uint32_t_u_u(((l_934 == (g_937 = l_935[0][0])) >= l_716[0][3]), (safe_mod_func_uint32_t_u_u(((void*)0 == &p_38), l_941)))), 6)) ^ (((safe_add_func_int32_t_s_s((safe_div_func_int32_t_s_s((safe_rshift_func_int8_t_s_s(((((+(g_539[0].f2.f0 || g_252)) || (safe_add_func_uint16_t_u_u(0xEB7AL, p_34))) <= p_35) | (**g_754)), 4)), g_437)), p_36)) == 4L) , 2L)) <= 0x8AA1F893L);
        }
    }
    return g_838.f0;
}


/* ------------------------------------------ */
/* 
 * reads : g_49
 * writes:
 */
static uint64_t  func_39(const int8_t * p_40, int8_t * p_41)
{ /* block id: 251 */
    int32_t *l_642 = &g_49[4];
    int32_t *l_643 = &g_49[1];
    int32_t *l_644 = &g_49[1];
    int32_t l_645[1];
    int32_t *l_646 = &l_645[0];
    int32_t *l_647[3];
    int32_t l_648[2][1];
    int8_t l_649[5] = {0x1DL,0x1DL,0x1DL,0x1DL,0x1DL};
    uint32_t l_650 = 0x0472F524L;
    int i, j;
    for (i = 0; i < 1; i++)
        l_645[i] = 0x1B637F0EL;
    for (i = 0; i < 3; i++)
        l_647[i] = (void*)0;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_648[i][j] = 0xB4B69258L;
    }
    ++l_650;
    return (*l_644);
}


/* ------------------------------------------ */
/* 
 * reads : g_20 g_49 g_2 g_47 g_19 g_79 g_88 g_48 g_104 g_106 g_90 g_123.f1 g_193 g_201 g_220 g_202 g_252 g_253 g_311 g_123.f0 g_500 g_501 g_565 g_569 g_539.f0 g_539.f2.f1 g_437 g_596 g_539 g_622 g_597
 * writes: g_20 g_2 g_47 g_79 g_88 g_90 g_49 g_104 g_106 g_220.f1 g_253 g_48 g_193 g_309 g_220.f2.f0 g_499 g_275 g_437 g_220.f2 g_605 g_252 g_622 g_597
 */
static const int8_t * func_42(int32_t  p_43, int32_t * p_44, int8_t * p_45)
{ /* block id: 6 */
    uint16_t l_55 = 0x03F5L;
    int32_t l_71 = 0x5BBD97C2L;
    struct S0 l_72 = {1UL,0x0B252307D3E67B33LL};
    struct S1 l_102 = {1L,0L,{18446744073709551615UL,-1L}};
    int16_t l_111 = 0x7929L;
    const int8_t *l_151 = &l_102.f0;
    int32_t l_155 = 0x142F3EDFL;
    int32_t l_158 = 0xC23FB85DL;
    int32_t l_159 = 0xEDA80D18L;
    uint32_t l_192[4][4][4] = {{{0x64EB220EL,18446744073709551615UL,0x532626EBL,18446744073709551607UL},{18446744073709551615UL,1UL,0xB2E64DF4L,18446744073709551611UL},{0UL,0x4414898BL,18446744073709551612UL,0UL},{0UL,0xFA83A99FL,0UL,18446744073709551615UL}},{{18446744073709551615UL,0x56028530L,1UL,0UL},{0UL,1UL,0x1752400AL,0x56028530L},{18446744073709551615UL,18446744073709551615UL,0x1752400AL,0x532626EBL},{0UL,0x4414898BL,1UL,0xB2E64DF4L}},{{18446744073709551615UL,0x503D30EEL,0UL,18446744073709551612UL},{0UL,18446744073709551612UL,18446744073709551612UL,0UL},{0UL,18446744073709551607UL,0xB2E64DF4L,1UL},{18446744073709551615UL,18446744073709551615UL,0x532626EBL,0x1752400AL}},{{0x64EB220EL,0x4414898BL,0x56028530L,0x1752400AL},{0x5F965672L,18446744073709551615UL,0UL,1UL},{1UL,18446744073709551607UL,18446744073709551615UL,0UL},{0x4414898BL,18446744073709551612UL,0UL,18446744073709551612UL}}};
    uint16_t * const *l_203 = (void*)0;
    int32_t *l_234[2][3][2] = {{{&g_47,&g_47},{&g_47,&g_47},{&g_47,&g_47}},{{&g_47,&g_47},{&g_47,&g_47},{&g_47,&g_47}}};
    uint16_t **l_239 = &g_202;
    uint16_t l_288 = 0xBD95L;
    int32_t l_328 = 0L;
    int32_t l_330[5][5][2] = {{{0L,0x0943D254L},{6L,0x8CD818A9L},{(-10L),(-4L)},{(-1L),(-4L)},{(-10L),0x8CD818A9L}},{{6L,0x0943D254L},{0L,0xCD357922L},{0xABBF705CL,0xABBF705CL},{(-5L),0x61E55B3CL},{0x8CD818A9L,(-1L)}},{{0x909D75B0L,(-9L)},{0x61E55B3CL,0x909D75B0L},{(-1L),0xE5B989AAL},{(-1L),0x909D75B0L},{0x61E55B3CL,(-9L)}},{{0x909D75B0L,(-1L)},{0x8CD818A9L,0x61E55B3CL},{(-5L),0xABBF705CL},{0xABBF705CL,0xCD357922L},{0L,0x0943D254L}},{{6L,0x8CD818A9L},{(-10L),(-4L)},{(-1L),(-4L)},{(-10L),0x8CD818A9L},{6L,0x0943D254L}}};
    uint32_t l_369[4] = {0x23333DDFL,0x23333DDFL,0x23333DDFL,0x23333DDFL};
    int16_t l_436 = 0xAF41L;
    uint64_t l_441 = 18446744073709551606UL;
    int8_t *l_581 = &g_20;
    const int32_t **l_599 = &g_597;
    int64_t *l_608 = &g_88[2];
    int i, j, k;
    for (p_43 = 1; (p_43 <= 4); p_43 += 1)
    { /* block id: 9 */
        int32_t *l_50 = (void*)0;
        int32_t *l_51 = &g_49[4];
        int32_t *l_52 = &g_49[4];
        int32_t *l_53 = &g_49[2];
        int32_t *l_54[4][4] = {{&g_49[p_43],&g_49[p_43],&g_49[p_43],&g_49[p_43]},{&g_49[p_43],&g_49[p_43],&g_49[p_43],&g_49[p_43]},{&g_49[p_43],&g_49[p_43],&g_49[p_43],&g_49[p_43]},{&g_49[p_43],&g_49[p_43],&g_49[p_43],&g_49[p_43]}};
        uint16_t *l_68 = &l_55;
        uint16_t *l_89 = &g_90[1][3];
        uint16_t l_91 = 0x0679L;
        uint16_t **l_241 = (void*)0;
        const int8_t *l_254[2][3][2] = {{{(void*)0,&l_102.f0},{(void*)0,(void*)0},{&l_102.f0,(void*)0}},{{(void*)0,&l_102.f0},{(void*)0,(void*)0},{&l_102.f0,(void*)0}}};
        int32_t **l_269 = &g_48;
        int i, j, k;
        for (g_20 = 0; (g_20 <= 4); g_20 += 1)
        { /* block id: 12 */
            int i;
            if (g_49[p_43])
                break;
            for (g_2 = 4; (g_2 >= 0); g_2 -= 1)
            { /* block id: 16 */
                for (g_47 = 4; (g_47 >= 0); g_47 -= 1)
                { /* block id: 19 */
                    return &g_20;
                }
            }
        }
        ++l_55;
        if ((l_91 ^= ((*p_44) = (((*l_89) = ((-1L) && (safe_mul_func_int8_t_s_s(((*p_45) = (safe_sub_func_uint16_t_u_u(((safe_add_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s(g_49[p_43], (safe_mod_func_uint16_t_u_u(((*l_68) ^= 0x77ACL), (safe_mod_func_uint64_t_u_u((0xE4340421L && (((l_71 , ((g_2 > (g_88[2] = (l_72 , (safe_mul_func_uint8_t_u_u(((((((safe_lshift_func_int8_t_s_s(((((safe_rshift_func_int16_t_s_u(((g_79 = l_72.f0) , (safe_lshift_func_uint16_t_u_s(((safe_rshift_func_uint8_t_u_u((+((safe_mul_func_int8_t_s_s(((!(*g_19)) < (*p_45)), g_2)) || (*l_53))), 4)) == g_79), g_2))), 12)) & p_43) > g_49[3]) | 0x0090L), (*p_45))) , p_43) >= p_43) & p_43) != g_49[4]) || 0x9D8DL), 0x68L))))) > (-8L))) == g_20) , g_88[2])), g_2)))))), (*g_19))) || g_49[1]), g_49[4]))), p_43)))) , (*g_48)))))
        { /* block id: 32 */
            int16_t *l_103 = &g_104;
            int16_t *l_105 = &g_106;
            uint16_t *l_122 = &g_90[1][3];
            const int8_t *l_146 = &l_102.f0;
            uint64_t l_148 = 1UL;
            int32_t l_156 = 0x2E7BD33CL;
            int64_t l_157 = 1L;
            uint32_t l_208 = 4UL;
            if (((((g_49[4] , (*g_48)) == (safe_add_func_int8_t_s_s((safe_sub_func_int32_t_s_s(0x9D3D8B2FL, (((0x7178L && (safe_div_func_uint64_t_u_u(g_88[0], (safe_div_func_int8_t_s_s(((((*l_105) ^= ((safe_sub_func_int32_t_s_s((*g_48), (p_43 ^ (l_102 , ((*l_103) ^= (g_88[2] | g_88[2])))))) > g_2)) > g_49[4]) <= p_43), (*g_19)))))) > 0x736D3DFDL) ^ g_90[4][4]))), (*g_19)))) > p_43) || 9UL))
            { /* block id: 35 */
                uint16_t *l_120[4][5][3] = {{{&l_91,&l_91,&l_55},{(void*)0,&l_55,&l_55},{&g_90[2][3],&g_90[1][3],(void*)0},{&g_90[3][3],&l_55,&g_90[0][3]},{(void*)0,&g_90[2][3],(void*)0}},{{&g_90[1][3],&l_55,&g_90[1][3]},{(void*)0,&g_90[1][3],&l_55},{(void*)0,&g_90[3][3],&g_90[3][3]},{(void*)0,&l_55,&g_90[1][3]},{(void*)0,&g_90[1][3],&l_55}},{{&g_90[1][3],(void*)0,&g_90[2][3]},{(void*)0,&g_90[0][3],&l_55},{&g_90[3][3],(void*)0,&g_90[1][3]},{&g_90[2][3],&g_90[1][3],(void*)0},{&l_91,&l_55,&l_91}},{{&l_91,&g_90[3][3],&l_91},{&g_90[3][2],&g_90[1][3],(void*)0},{&l_55,&l_55,&g_90[1][3]},{&g_90[2][4],&g_90[2][3],&l_55},{&l_55,&l_55,&g_90[2][3]}}};
                int32_t l_149 = 0x2A42F98EL;
                int32_t l_150 = 0L;
                int i, j, k;
                if ((*p_44))
                    break;
                for (g_2 = (-19); (g_2 < 28); g_2 = safe_add_func_int16_t_s_s(g_2, 8))
                { /* block id: 39 */
                    uint8_t l_119 = 0x9CL;
                    uint16_t **l_121[2];
                    int16_t *l_140 = &l_111;
                    int16_t **l_141 = &l_105;
                    int8_t *l_147[4][1][1];
                    int i, j, k;
                    for (i = 0; i < 2; i++)
                        l_121[i] = &l_68;
                    for (i = 0; i < 4; i++)
                    {
                        for (j = 0; j < 1; j++)
                        {
                            for (k = 0; k < 1; k++)
                                l_147[i][j][k] = (void*)0;
                        }
                    }
                }
                if (l_111)
                { /* block id: 50 */
                    return p_45;
                }
                else
                { /* block id: 52 */
                    const int8_t *l_152 = &g_20;
                    return l_152;
                }
            }
            else
            { /* block id: 55 */
                uint32_t l_163 = 0x6A3B5EBDL;
                int64_t *l_190[5][4] = {{&l_102.f1,&l_102.f1,&g_88[0],&l_102.f2.f1},{&l_157,&l_72.f1,&l_157,&g_88[0]},{&l_157,&g_88[0],&g_88[0],&l_157},{&l_102.f1,&g_88[0],&l_102.f2.f1,&g_88[0]},{&g_88[0],&l_72.f1,&l_102.f2.f1,&l_102.f2.f1}};
                uint16_t **l_191 = &l_89;
                int8_t *l_194 = &l_102.f0;
                int i, j;
                for (l_71 = 0; (l_71 >= (-4)); l_71--)
                { /* block id: 58 */
                    uint32_t l_160 = 0x6F9DF61DL;
                    l_160--;
                    if ((*p_44))
                        continue;
                    (*l_53) ^= l_163;
                    if ((*g_48))
                        continue;
                }
                l_71 |= (p_43 <= (safe_rshift_func_int16_t_s_u(((*l_103) ^= (safe_mod_func_int64_t_s_s(((l_156 && (safe_unary_minus_func_int32_t_s((+(((*l_194) = ((safe_lshift_func_uint8_t_u_s((p_43 & g_90[1][3]), ((*g_19) ^= ((safe_rshift_func_uint16_t_u_u((safe_mod_func_uint64_t_u_u((safe_div_func_uint8_t_u_u(((((safe_mod_func_uint8_t_u_u(((safe_add_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_s((safe_rshift_func_int8_t_s_s(((((*l_191) = ((g_2 = (safe_sub_func_int64_t_s_s(p_43, (l_102.f0 ^ ((*g_48) = ((safe_add_func_int16_t_s_s(((*l_105) |= 5L), (-8L))) & p_43)))))) , (void*)0)) == (void*)0) != l_148), 0)), 11)) < l_155), l_157)) , p_43), 0xA2L)) <= l_163) & l_156) , l_192[3][1][2]), p_43)), g_123[1][1].f1)), 13)) , (-5L))))) , g_193)) != 0xADL))))) >= l_192[3][3][1]), l_163))), 11)));
                for (l_102.f2.f0 = 27; (l_102.f2.f0 > 31); l_102.f2.f0 = safe_add_func_int16_t_s_s(l_102.f2.f0, 3))
                { /* block id: 74 */
                    int32_t **l_197 = (void*)0;
                    int32_t **l_198 = &l_52;
                    uint16_t * const *l_204 = (void*)0;
                    int32_t l_207[3];
                    int i;
                    for (i = 0; i < 3; i++)
                        l_207[i] = 0xC7D0B8D7L;
                    (*l_198) = p_44;
                    (*l_198) = p_44;
                    (*g_48) |= (safe_lshift_func_int16_t_s_u((g_201 == (l_204 = l_203)), (((safe_add_func_uint8_t_u_u(l_148, (-10L))) >= (*p_45)) >= (((void*)0 != (*l_191)) < p_43))));
                    --l_208;
                }
            }
        }
        else
        { /* block id: 82 */
            uint32_t l_213 = 0UL;
            int16_t *l_216 = (void*)0;
            int16_t *l_217 = &g_104;
            union U2 l_248 = {-6L};
            if (((safe_lshift_func_int8_t_s_u((*g_19), (--l_213))) | ((*l_217) = g_193)))
            { /* block id: 85 */
                int32_t *l_232 = &g_47;
                int32_t l_250[2][4][4] = {{{7L,7L,(-7L),(-9L)},{6L,1L,(-5L),0x24B0658DL},{(-5L),0x24B0658DL,0L,(-5L)},{7L,0x24B0658DL,0x01C2EB0AL,0x24B0658DL}},{{0x24B0658DL,1L,1L,(-9L)},{0x935B3439L,7L,0L,1L},{6L,0xAE911EA6L,0xBDA13145L,0x24B0658DL},{6L,0L,0L,6L}}};
                int i, j, k;
                for (l_102.f2.f1 = 14; (l_102.f2.f1 > (-26)); l_102.f2.f1 = safe_sub_func_int64_t_s_s(l_102.f2.f1, 1))
                { /* block id: 88 */
                    int32_t **l_233 = &l_232;
                    uint16_t ***l_240[4][5] = {{&g_201,&g_201,&g_201,&g_201,&g_201},{&g_201,&g_201,&g_201,&g_201,&g_201},{&g_201,&g_201,&g_201,&g_201,&g_201},{&g_201,&g_201,&g_201,&g_201,&g_201}};
                    int32_t l_249 = (-1L);
                    int64_t *l_251[5];
                    int i, j;
                    for (i = 0; i < 5; i++)
                        l_251[i] = &g_88[0];
                    g_253 |= ((*l_52) = (g_220 , (safe_lshift_func_int8_t_s_u(((~((((safe_rshift_func_int16_t_s_s(((safe_sub_func_uint32_t_u_u(0x4AA51502L, (((g_220.f1 |= ((safe_lshift_func_uint16_t_u_u(((safe_mul_func_uint8_t_u_u((((((*l_233) = l_232) == l_234[1][0][1]) == (safe_div_func_int16_t_s_s((safe_div_func_uint64_t_u_u(((l_241 = (l_239 = l_239)) == ((safe_rshift_func_uint8_t_u_u(((0xBEE515C3L >= ((((safe_lshift_func_int16_t_s_u(((safe_add_func_uint16_t_u_u((l_102 , ((*g_202) , ((((l_248 , (*g_202)) || (*g_202)) >= l_102.f0) , 0x8EEEL))), 7L)) , 0x232EL), 13)) < p_43) ^ l_249) >= l_250[0][1][2])) , p_43), 2)) , (void*)0)), p_43)), l_72.f1))) && 4294967295UL), 0x2FL)) || (*p_44)), 5)) | (*p_44))) , p_43) , 0xEAC8DC0CL))) == (*g_48)), 12)) >= 249UL) , p_43) < g_252)) & g_220.f2.f0), 5))));
                    return p_45;
                }
                return &g_20;
            }
            else
            { /* block id: 98 */
                for (l_102.f1 = 0; (l_102.f1 <= 1); l_102.f1 += 1)
                { /* block id: 101 */
                    (*l_52) = (safe_mul_func_uint8_t_u_u((((0x2CL <= 255UL) && (((((0x29L >= (-9L)) , (safe_div_func_uint64_t_u_u((safe_lshift_func_int16_t_s_u(0xB941L, (*g_202))), 0x2D27C78632126A53LL))) , (safe_rshift_func_uint8_t_u_u((safe_add_func_uint64_t_u_u(0x0CB62A19D67C5E2BLL, (safe_add_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(0xAA54L, 65535UL)), (-7L))))), 4))) < l_248.f0) & p_43)) , 0x64L), 0xE0L));
                }
            }
            return p_45;
        }
        (*l_269) = &g_49[4];
    }
    for (g_20 = 0; (g_20 <= (-1)); g_20--)
    { /* block id: 111 */
        int32_t * const l_274 = &g_275;
        int32_t * const *l_273 = &l_274;
        int32_t * const **l_272 = &l_273;
        int32_t l_276 = 0xB29B32BAL;
        int32_t l_286 = 0xCD2E24EDL;
        int8_t *l_287 = &l_102.f0;
        int32_t **l_307 = &l_234[1][1][1];
        int32_t ***l_306 = &l_307;
        int64_t *l_315[3][1][3] = {{{&l_102.f2.f1,&g_2,&g_2}},{{&l_102.f2.f1,&g_2,&g_2}},{{&l_102.f2.f1,&g_2,&g_2}}};
        int32_t l_321 = 0x8785A1AAL;
        int32_t l_323 = 0L;
        int32_t l_326 = 0L;
        int32_t l_332 = (-2L);
        int32_t l_333 = 0xC4312D83L;
        int32_t l_335 = 0x92DC4278L;
        int32_t l_336 = 0L;
        int8_t l_339 = 0x89L;
        int32_t l_348 = 0x950F7E01L;
        int32_t l_350 = 0x316F0B77L;
        uint32_t l_351 = 18446744073709551612UL;
        uint16_t l_379 = 0x34EBL;
        union U2 l_389 = {0x122A5402AA8A248BLL};
        int32_t l_408 = (-5L);
        uint16_t **l_412[4] = {&g_202,&g_202,&g_202,&g_202};
        const uint16_t *l_414 = &l_55;
        const uint16_t **l_413 = &l_414;
        struct S1 l_425 = {-5L,0x46FAC342DEE54091LL,{5UL,0xE6F79BACFFE447C7LL}};
        int32_t l_435 = 1L;
        int32_t l_438 = (-1L);
        int32_t l_439[4][5] = {{0x7515C240L,(-1L),0x7515C240L,(-1L),0x7515C240L},{(-1L),(-1L),0xF1BFB36FL,0xF1BFB36FL,(-1L)},{(-10L),(-1L),(-10L),(-1L),(-10L)},{(-1L),0xF1BFB36FL,0xF1BFB36FL,(-1L),(-1L)}};
        uint32_t *l_463 = &l_369[3];
        int32_t l_472[2][2][1];
        uint16_t ***l_498[2][1][1];
        uint16_t ****l_497 = &l_498[1][0][0];
        uint16_t *****l_496[1][3];
        struct S0 *l_567 = &l_425.f2;
        struct S0 **l_566 = &l_567;
        int i, j, k;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
            {
                for (k = 0; k < 1; k++)
                    l_472[i][j][k] = (-7L);
            }
        }
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
            {
                for (k = 0; k < 1; k++)
                    l_498[i][j][k] = &l_239;
            }
        }
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_496[i][j] = &l_497;
        }
        (*p_44) |= (((((&l_234[1][0][1] != ((*l_272) = &l_234[1][1][1])) >= l_276) <= (0x34L && (*g_19))) , (safe_add_func_int8_t_s_s(((*l_287) = (safe_add_func_uint32_t_u_u((!l_276), ((*g_202) < (safe_div_func_int64_t_s_s(((l_71 | (((((safe_div_func_uint32_t_u_u(6UL, 0x03EE57E1L)) && 65529UL) && 1UL) < 4294967288UL) != l_276)) && l_286), l_276)))))), l_155))) , l_288);
        for (g_193 = 0; (g_193 <= 1); g_193 += 1)
        { /* block id: 117 */
            uint32_t *l_295 = &g_79;
            int32_t ****l_308[5];
            struct S0 l_310 = {0x46ECC8533B475195LL,1L};
            const int64_t *l_314 = &l_102.f1;
            int32_t l_322 = (-9L);
            int32_t l_324 = 0xE442C588L;
            int32_t l_325 = 0L;
            int32_t l_327 = 4L;
            int32_t l_329 = 0xD1430380L;
            int32_t l_331 = 0x2AD4DA4AL;
            int32_t l_337 = 0x342CFCF3L;
            int32_t l_338 = 0L;
            int32_t l_340 = 1L;
            int32_t l_341 = (-8L);
            int32_t l_342 = 0x757702AAL;
            int32_t l_343 = 0x38464F59L;
            int32_t l_344 = 0xC1858084L;
            int32_t l_345 = 0xC1302005L;
            int32_t l_346 = 0xA38CAB49L;
            int32_t l_347 = 0x1B11DBAAL;
            int32_t l_349 = 1L;
            const uint16_t **l_416 = &l_414;
            struct S0 l_417[3][4][2] = {{{{1UL,0L},{0x76657BB5EA8D3366LL,0x8991DED383B883EALL}},{{18446744073709551615UL,0xAF0C2C9004BFDDC9LL},{18446744073709551615UL,0xAF0C2C9004BFDDC9LL}},{{0xFDE29D6655A30350LL,0xA934FB1EDB388F92LL},{18446744073709551615UL,0xAF0C2C9004BFDDC9LL}},{{18446744073709551615UL,0xAF0C2C9004BFDDC9LL},{0x76657BB5EA8D3366LL,0x8991DED383B883EALL}}},{{{1UL,0L},{0x9A9E580392FE50AALL,0x8B15086B1EE37CEBLL}},{{0xFDE29D6655A30350LL,0xA934FB1EDB388F92LL},{1UL,0L}},{{0x9A9E580392FE50AALL,0x8B15086B1EE37CEBLL},{0x76657BB5EA8D3366LL,0x8991DED383B883EALL}},{{0x9A9E580392FE50AALL,0x8B15086B1EE37CEBLL},{1UL,0L}}},{{{0xFDE29D6655A30350LL,0xA934FB1EDB388F92LL},{0x9A9E580392FE50AALL,0x8B15086B1EE37CEBLL}},{{1UL,0L},{0x76657BB5EA8D3366LL,0x8991DED383B883EALL}},{{18446744073709551615UL,0xAF0C2C9004BFDDC9LL},{18446744073709551615UL,0xAF0C2C9004BFDDC9LL}},{{0xFDE29D6655A30350LL,0xA934FB1EDB388F92LL},{18446744073709551615UL,0xAF0C2C9004BFDDC9LL}}}};
            union U2 l_421 = {0L};
            int32_t l_434[2][4][4] = {{{(-1L),1L,(-1L),(-1L)},{(-1L),(-1L),(-1L),1L},{(-1L),1L,(-1L),(-1L)},{(-1L),(-1L),(-1L),1L}},{{(-1L),1L,(-1L),(-1L)},{(-1L),(-1L),(-1L),1L},{(-1L),1L,(-1L),(-1L)},{(-1L),(-1L),(-1L),1L}}};
            int i, j, k;
            for (i = 0; i < 5; i++)
                l_308[i] = &l_306;
            if (((*g_48) = (((((void*)0 != &g_49[1]) && (((safe_unary_minus_func_int64_t_s((~(safe_add_func_int8_t_s_s(0xA4L, ((safe_mod_func_uint32_t_u_u((((((((*l_295)++) & (safe_mod_func_int64_t_s_s((safe_add_func_int8_t_s_s((((safe_mod_func_int8_t_s_s((*p_45), (safe_sub_func_int16_t_s_s((4294967295UL >= ((g_309[3] = l_306) != (l_310 , g_311))), (&g_20 != p_45))))) & l_310.f0) != 0UL), p_43)), p_43))) , l_314) != l_315[1][0][2]) < (*g_48)) | (*p_45)), (*p_44))) <= 4294967295UL)))))) <= g_104) || 0xDB948781A7FB561BLL)) , (void*)0) != (void*)0)))
            { /* block id: 121 */
                int32_t *l_316 = (void*)0;
                int32_t *l_317 = (void*)0;
                int32_t *l_318 = &l_276;
                int32_t *l_319 = (void*)0;
                int32_t *l_320[5][1][5] = {{{&l_155,&g_49[4],&g_49[0],&g_49[4],&l_155}},{{(void*)0,&g_49[4],(void*)0,(void*)0,&g_49[4]}},{{&l_155,(void*)0,&l_158,&g_49[4],&l_158}},{{&g_49[4],&g_49[4],&l_155,&g_49[4],&g_49[4]}},{{&l_158,&g_49[4],&l_158,(void*)0,&l_155}}};
                int i, j, k;
                l_351--;
            }
            else
            { /* block id: 123 */
                const int8_t *l_354 = &g_220.f0;
                if (l_343)
                { /* block id: 124 */
                    return l_354;
                }
                else
                { /* block id: 126 */
                    return p_45;
                }
            }
            for (p_43 = 1; (p_43 >= 0); p_43 -= 1)
            { /* block id: 132 */
                uint8_t l_392[4];
                struct S1 l_393 = {-3L,-1L,{0UL,-1L}};
                int32_t l_398 = 6L;
                int32_t l_404 = (-3L);
                int32_t l_405 = 0x484886A2L;
                int32_t l_406 = 0xB4DA3A7CL;
                int32_t l_407[5][1][2] = {{{(-3L),(-3L)}},{{(-3L),(-3L)}},{{(-3L),(-3L)}},{{(-3L),(-3L)}},{{(-3L),(-3L)}}};
                uint32_t l_409 = 18446744073709551612UL;
                int32_t **l_422[4] = {&g_313,&g_313,&g_313,&g_313};
                int32_t l_432 = 0x629AF9D0L;
                uint16_t ***l_445 = &l_412[1];
                uint16_t **** const l_444 = &l_445;
                uint16_t ****l_447 = &l_445;
                uint16_t *****l_446 = &l_447;
                struct S0 *l_448 = &l_102.f2;
                int i, j, k;
                for (i = 0; i < 4; i++)
                    l_392[i] = 1UL;
                for (l_102.f2.f1 = 1; (l_102.f2.f1 >= 0); l_102.f2.f1 -= 1)
                { /* block id: 135 */
                    int32_t *l_355 = &l_348;
                    int32_t *l_356 = &l_323;
                    int32_t *l_357 = &g_49[4];
                    int32_t *l_358 = &g_49[4];
                    int32_t *l_359 = &l_341;
                    int32_t *l_360 = &l_333;
                    int32_t *l_361 = &l_326;
                    int32_t *l_362 = (void*)0;
                    int32_t *l_363 = &l_346;
                    int32_t *l_364 = &l_327;
                    int32_t l_365[1][2][2];
                    int32_t *l_366 = &l_337;
                    int32_t *l_367 = (void*)0;
                    int32_t *l_368[5] = {&l_323,&l_323,&l_323,&l_323,&l_323};
                    int i, j, k;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 2; j++)
                        {
                            for (k = 0; k < 2; k++)
                                l_365[i][j][k] = 1L;
                        }
                    }
                    l_369[3]--;
                    if (l_72.f1)
                        continue;
                }
                if (((~((((p_43 , (safe_sub_func_uint8_t_u_u((safe_sub_func_int64_t_s_s(p_43, ((g_220.f2.f0 = (l_379 = (safe_lshift_func_int16_t_s_s(g_123[1][1].f0, 6)))) < (g_253 < (safe_rshift_func_int16_t_s_u((((safe_rshift_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((~((g_88[2] <= (safe_rshift_func_uint8_t_u_u((l_389 , ((safe_sub_func_uint8_t_u_u(((l_192[3][1][2] | (l_392[2] = ((**g_201) |= 0xA87EL))) , (l_393 , l_328)), (-1L))) || l_348)), 2))) & g_79)), l_393.f2.f1)), l_330[0][3][1])) > (*g_19)) , l_310.f1), 10)))))), p_43))) , (*p_45)) < 255UL) , l_336)) & 0x5FL))
                { /* block id: 143 */
                    int32_t *l_394 = (void*)0;
                    int32_t *l_395 = &l_342;
                    int32_t *l_396 = &l_321;
                    int32_t *l_397 = (void*)0;
                    int32_t *l_399 = &l_332;
                    int32_t *l_400 = &l_330[3][0][1];
                    int32_t *l_401 = &l_322;
                    int32_t *l_402 = &l_332;
                    int32_t *l_403[4];
                    const uint16_t ***l_415[2][4][1] = {{{&l_413},{&l_413},{&l_413},{&l_413}},{{&l_413},{&l_413},{&l_413},{&l_413}}};
                    int i, j, k;
                    for (i = 0; i < 4; i++)
                        l_403[i] = (void*)0;
                    l_409++;
                    l_323 = (l_393.f2.f1 , (l_412[0] == (l_416 = l_413)));
                }
                else
                { /* block id: 147 */
                    struct S0 *l_418 = (void*)0;
                    int32_t l_426 = 0x8F8CD498L;
                    int32_t *l_427 = &l_159;
                    int32_t *l_428 = (void*)0;
                    int32_t *l_429 = &l_407[3][0][1];
                    int32_t *l_430 = &l_426;
                    int32_t *l_431[4] = {&l_344,&l_344,&l_344,&l_344};
                    int32_t l_433 = 0xFC4445E9L;
                    int32_t l_440 = 5L;
                    int i, j, k;
                    l_393.f2 = l_417[0][0][1];
                    (*p_44) = (((((safe_rshift_func_uint8_t_u_u(((l_421 , &l_234[g_193][p_43][p_43]) == l_422[2]), 5)) == ((safe_add_func_int32_t_s_s(((l_425 , (*p_44)) & 0x6EF26CA4L), 0x1FC4297AL)) ^ (l_350 &= (*g_19)))) != (*g_48)) , &l_412[0]) != (void*)0);
                    l_441--;
                }
                (*l_446) = l_444;
                (*l_448) = g_220.f2;
            }
        }
        if (((safe_add_func_uint64_t_u_u((safe_div_func_int16_t_s_s((safe_mul_func_uint16_t_u_u((*g_202), p_43)), p_43)), (safe_rshift_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_s((((*p_44) = (((g_104 || (safe_div_func_int64_t_s_s(0xFEE466BBE49399CELL, (safe_lshift_func_uint16_t_u_s(l_102.f2.f0, (((*l_463)--) > (*p_44))))))) <= ((safe_mod_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u(l_328, 0x9AL)), l_155)) < 0x4CL)) & 3UL)) == l_425.f1), (*g_19))), p_43)))) , 0L))
        { /* block id: 159 */
            int32_t l_470[2];
            int32_t *l_471[4] = {&l_439[2][1],&l_439[2][1],&l_439[2][1],&l_439[2][1]};
            uint64_t l_473 = 4UL;
            int32_t **l_476 = &l_471[2];
            int i;
            for (i = 0; i < 2; i++)
                l_470[i] = 0xCD0F41F1L;
            l_473--;
            (*l_476) = (void*)0;
            for (l_72.f0 = 21; (l_72.f0 > 25); ++l_72.f0)
            { /* block id: 164 */
                (*l_476) = &g_49[4];
            }
        }
        else
        { /* block id: 167 */
            int32_t *l_479 = &l_276;
            int32_t *l_480 = &l_439[2][0];
            int32_t *l_481 = &l_439[1][3];
            int32_t *l_482 = &l_336;
            int32_t l_483 = 0x7B15D15DL;
            int32_t *l_484 = (void*)0;
            int32_t *l_485[1][2][5] = {{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_350,(void*)0,&l_350,&l_350,(void*)0}}};
            uint16_t l_486 = 65526UL;
            int i, j, k;
            l_486--;
        }
        for (l_326 = 0; (l_326 <= 21); l_326++)
        { /* block id: 172 */
            uint16_t * const **l_495 = &l_203;
            uint16_t * const *** const l_494 = &l_495;
            uint16_t * const *** const *l_493[3];
            int16_t *l_509 = &l_111;
            int8_t l_510 = 1L;
            struct S1 *l_526 = (void*)0;
            struct S0 *l_531 = &l_102.f2;
            int32_t *l_534 = &l_328;
            int32_t l_551 = 6L;
            int64_t *l_568[2][4][4] = {{{&l_72.f1,&g_88[1],&l_72.f1,&g_88[1]},{&l_72.f1,&g_88[1],&l_72.f1,&g_88[1]},{&l_72.f1,&g_88[1],&l_72.f1,&g_88[1]},{&l_72.f1,&g_88[1],&l_72.f1,&g_88[1]}},{{&l_72.f1,&g_88[1],&l_72.f1,&g_88[1]},{&l_72.f1,&g_88[1],&l_72.f1,&g_88[1]},{&l_72.f1,&g_88[1],&l_72.f1,&g_88[1]},{&l_72.f1,&g_88[1],&l_72.f1,&g_88[1]}}};
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_493[i] = &l_494;
            if (((safe_lshift_func_int16_t_s_s((((l_493[2] != (g_499[0][2][3] = l_496[0][0])) && (safe_add_func_uint8_t_u_u(p_43, (safe_mod_func_uint8_t_u_u(l_330[3][0][0], (~(safe_add_func_uint8_t_u_u(((l_102.f0 <= l_441) & ((*l_509) = 0xA0E3L)), p_43)))))))) >= l_102.f1), l_510)) < g_123[1][1].f0))
            { /* block id: 175 */
                uint8_t l_513 = 0UL;
                int32_t l_525 = (-4L);
                l_526 = ((safe_mul_func_uint16_t_u_u((p_43 ^ 0xFC06L), (l_513 , (0x1BL & (((((p_43 || p_43) , (((*l_287) = (safe_div_func_uint64_t_u_u(((p_43 < (((safe_add_func_int64_t_s_s((l_525 ^= (safe_lshift_func_uint8_t_u_u((safe_div_func_uint32_t_u_u(((((!4294967295UL) == 4294967295UL) , &g_500) != (void*)0), g_104)), 2))), g_49[1])) || l_525) != p_43)) && p_43), 0x246E5B160626DAD7LL))) | 0L)) < l_288) || l_472[1][0][0]) < l_510))))) , (void*)0);
            }
            else
            { /* block id: 179 */
                uint16_t *l_542[3];
                int8_t *l_544[3][1];
                uint8_t l_552 = 0x68L;
                int i, j;
                for (i = 0; i < 3; i++)
                    l_542[i] = &l_55;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_544[i][j] = &g_20;
                }
                for (l_438 = 23; (l_438 != 28); l_438 = safe_add_func_int32_t_s_s(l_438, 1))
                { /* block id: 182 */
                    struct S0 *l_530[1];
                    struct S0 **l_529[5] = {&l_530[0],&l_530[0],&l_530[0],&l_530[0],&l_530[0]};
                    const struct S1 *l_538 = &g_539[0];
                    const struct S1 **l_537 = &l_538;
                    int32_t *l_540 = &g_49[4];
                    int32_t **l_541 = &g_48;
                    int i;
                    for (i = 0; i < 1; i++)
                        l_530[i] = &l_425.f2;
                    l_531 = &l_72;
                    if ((*p_44))
                        break;
                    (*g_48) &= ((((l_321 < (((safe_add_func_uint8_t_u_u(((void*)0 == l_534), l_155)) < (p_43 == ((safe_rshift_func_int16_t_s_s(l_192[3][1][2], 15)) & (*g_19)))) , (l_330[3][0][1] = 0xE9L))) || 0x19L) > 65529UL) || p_43);
                    (*l_541) = ((((****g_500) = (*g_202)) || (&g_220 == ((*l_537) = &l_102))) , l_540);
                }
                if (((*l_534) = 0x3675D974L))
                { /* block id: 192 */
                    int32_t **l_543[4][3][4] = {{{&g_48,&l_534,&l_534,&g_48},{&l_534,&l_534,&l_534,&l_534},{&l_534,(void*)0,&l_534,&l_534}},{{&l_534,&l_534,&l_534,&l_534},{&g_48,(void*)0,&g_48,&l_534},{&g_48,&l_534,&l_534,&g_48}},{{&l_534,&l_534,&l_534,&l_534},{&l_534,(void*)0,&l_534,&l_534},{&l_534,&l_534,&l_534,&l_534}},{{&g_48,(void*)0,&g_48,&l_534},{&g_48,&l_534,&l_534,&g_48},{&l_534,&l_534,&l_534,&l_534}}};
                    int i, j, k;
                    g_48 = (((void*)0 == l_542[2]) , &g_49[4]);
                    (*g_48) = (((((*l_287) = (*g_19)) , p_45) == l_544[0][0]) || (+(safe_unary_minus_func_uint8_t_u(g_193))));
                }
                else
                { /* block id: 196 */
                    int32_t *l_547 = &g_49[4];
                    int32_t *l_548 = &l_71;
                    int32_t *l_549 = (void*)0;
                    int32_t *l_550[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_550[i] = &l_71;
                    --l_552;
                    return &g_20;
                }
            }
            (*p_44) &= (((g_253 && p_43) ^ (safe_div_func_uint64_t_u_u(((*p_45) > (((safe_rshift_func_int16_t_s_s(((safe_add_func_int8_t_s_s(l_439[2][1], (safe_mod_func_uint16_t_u_u((((safe_lshift_func_uint8_t_u_u(0x71L, (g_565 == l_566))) <= (l_568[1][3][1] == l_315[0][0][0])) || g_2), g_569)))) && p_43), 4)) & g_539[0].f0) ^ 0x64L)), g_539[0].f2.f1))) <= p_43);
            for (g_275 = 13; (g_275 != (-22)); g_275 = safe_sub_func_int64_t_s_s(g_275, 5))
            { /* block id: 204 */
                int32_t **l_572 = &g_48;
                (*l_572) = &l_350;
                return &g_20;
            }
        }
    }
    g_48 = p_44;
    if ((safe_div_func_int8_t_s_s((safe_mul_func_uint16_t_u_u((p_43 >= (safe_lshift_func_uint16_t_u_u(l_102.f2.f1, 11))), 0x68B2L)), g_88[2])))
    { /* block id: 211 */
        return p_45;
    }
    else
    { /* block id: 213 */
        const int8_t *l_590[2][3] = {{&l_102.f0,&g_20,&l_102.f0},{&l_102.f0,&g_20,&l_102.f0}};
        union U2 l_595[3][4] = {{{0x0732FAD8BB3EF5C9LL},{1L},{0x0732FAD8BB3EF5C9LL},{0x0732FAD8BB3EF5C9LL}},{{1L},{1L},{1L},{0x0732FAD8BB3EF5C9LL}},{{0x0732FAD8BB3EF5C9LL},{0xCFD0C9F992E5A557LL},{0xCFD0C9F992E5A557LL},{0x0732FAD8BB3EF5C9LL}}};
        int64_t *l_604 = &l_595[1][1].f0;
        struct S1 l_607 = {0x5EL,0L,{0x207D6B1D301022D7LL,5L}};
        int32_t l_620 = 0xE0E07D7FL;
        int32_t *l_641 = &l_159;
        int i, j;
        for (g_437 = 0; (g_437 >= 16); g_437 = safe_add_func_uint64_t_u_u(g_437, 1))
        { /* block id: 216 */
            struct S0 l_588[5] = {{1UL,0xD789472DC9A835BFLL},{1UL,0xD789472DC9A835BFLL},{1UL,0xD789472DC9A835BFLL},{1UL,0xD789472DC9A835BFLL},{1UL,0xD789472DC9A835BFLL}};
            struct S0 *l_589 = &g_220.f2;
            int i;
            (*p_44) = ((((g_220.f0 , p_45) != (l_581 = p_45)) != (((*p_44) > (1L > (*p_45))) ^ (safe_mod_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u((0xA480L == (safe_mul_func_int8_t_s_s(5L, 0x38L))), (*p_45))), 0x5960C5EEL)))) < 0xA6L);
            (*l_589) = l_588[1];
            return p_45;
        }
        for (g_2 = (-9); (g_2 < (-12)); g_2--)
        { /* block id: 224 */
            const int32_t ***l_598[5][4] = {{&g_596,&g_596,&g_596,&g_596},{&g_596,&g_596,&g_596,&g_596},{&g_596,&g_596,&g_596,&g_596},{&g_596,&g_596,&g_596,&g_596},{&g_596,&g_596,&g_596,&g_596}};
            struct S1 *l_606[4];
            int32_t l_609[4] = {0x2B00C038L,0x2B00C038L,0x2B00C038L,0x2B00C038L};
            int16_t l_621 = (-7L);
            int i, j;
            for (i = 0; i < 4; i++)
                l_606[i] = &l_102;
            if ((l_609[0] &= (safe_mul_func_int8_t_s_s((*g_19), ((g_252 = (l_595[1][1] , ((&g_48 != (l_599 = g_596)) , ((safe_lshift_func_int8_t_s_u(0x2BL, ((p_43 = (0x89L && (safe_lshift_func_int16_t_s_s(((g_605 = (l_604 = (void*)0)) == ((l_607 = g_539[0]) , l_608)), p_43)))) , 0xB4L))) , 0x66L)))) & (*g_19))))))
            { /* block id: 232 */
                for (g_20 = (-18); (g_20 < 2); g_20 = safe_add_func_int8_t_s_s(g_20, 9))
                { /* block id: 235 */
                    int32_t *l_612 = (void*)0;
                    int32_t *l_613 = &l_159;
                    int32_t *l_614 = &l_330[1][4][1];
                    int32_t *l_615 = &l_158;
                    int32_t *l_616 = &l_330[3][3][0];
                    int32_t *l_617 = (void*)0;
                    int32_t *l_618 = &g_49[4];
                    int32_t *l_619[2][3][3] = {{{&l_155,&l_328,&l_155},{&l_158,&l_158,&l_158},{&l_155,&l_328,&l_155}},{{&l_158,&l_158,&l_158},{&l_155,&l_328,&l_155},{&l_158,&l_158,&l_158}}};
                    int i, j, k;
                    g_622--;
                }
            }
            else
            { /* block id: 238 */
                for (l_102.f0 = 0; (l_102.f0 >= (-15)); l_102.f0 = safe_sub_func_int64_t_s_s(l_102.f0, 4))
                { /* block id: 241 */
                    (*g_596) = (*g_596);
                }
            }
        }
        (*l_641) = (safe_mul_func_int16_t_s_s(((void*)0 != &g_597), ((safe_div_func_int64_t_s_s((g_220.f2.f0 == (1UL && (safe_rshift_func_int16_t_s_s(g_539[0].f1, (safe_lshift_func_int8_t_s_u(((safe_div_func_int32_t_s_s(((*p_44) = ((safe_div_func_uint32_t_u_u((p_43 != ((safe_mul_func_int16_t_s_s((((0xDEE0L | ((*g_19) , (*g_202))) || l_620) >= 4294967295UL), 1L)) < l_607.f0)), 9UL)) > g_252)), (-8L))) != g_539[0].f2.f1), p_43)))))), p_43)) > 0x669F1C80L)));
        for (l_55 = 0; l_55 < 4; l_55 += 1)
        {
            g_309[l_55] = &g_312;
        }
    }
    return l_581;
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
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_49[i], "g_49[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_79, "g_79", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_88[i], "g_88[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_90[i][j], "g_90[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_123[i][j].f0, "g_123[i][j].f0", print_hash_value);
            transparent_crc(g_123[i][j].f1, "g_123[i][j].f1", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_193, "g_193", print_hash_value);
    transparent_crc(g_220.f0, "g_220.f0", print_hash_value);
    transparent_crc(g_220.f1, "g_220.f1", print_hash_value);
    transparent_crc(g_220.f2.f0, "g_220.f2.f0", print_hash_value);
    transparent_crc(g_220.f2.f1, "g_220.f2.f1", print_hash_value);
    transparent_crc(g_252, "g_252", print_hash_value);
    transparent_crc(g_253, "g_253", print_hash_value);
    transparent_crc(g_275, "g_275", print_hash_value);
    transparent_crc(g_334, "g_334", print_hash_value);
    transparent_crc(g_437, "g_437", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_539[i].f0, "g_539[i].f0", print_hash_value);
        transparent_crc(g_539[i].f1, "g_539[i].f1", print_hash_value);
        transparent_crc(g_539[i].f2.f0, "g_539[i].f2.f0", print_hash_value);
        transparent_crc(g_539[i].f2.f1, "g_539[i].f2.f1", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_569, "g_569", print_hash_value);
    transparent_crc(g_622, "g_622", print_hash_value);
    transparent_crc(g_656, "g_656", print_hash_value);
    transparent_crc(g_690, "g_690", print_hash_value);
    transparent_crc(g_728, "g_728", print_hash_value);
    transparent_crc(g_756, "g_756", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_801[i], "g_801[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_838.f0, "g_838.f0", print_hash_value);
    transparent_crc(g_838.f1, "g_838.f1", print_hash_value);
    transparent_crc(g_862, "g_862", print_hash_value);
    transparent_crc(g_923, "g_923", print_hash_value);
    transparent_crc(g_1023, "g_1023", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_1043[i], "g_1043[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1198, "g_1198", print_hash_value);
    transparent_crc(g_1249.f0, "g_1249.f0", print_hash_value);
    transparent_crc(g_1249.f1, "g_1249.f1", print_hash_value);
    transparent_crc(g_1335, "g_1335", print_hash_value);
    transparent_crc(g_1461, "g_1461", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_1466[i][j], "g_1466[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1583.f0, "g_1583.f0", print_hash_value);
    transparent_crc(g_1583.f1, "g_1583.f1", print_hash_value);
    transparent_crc(g_1585.f0, "g_1585.f0", print_hash_value);
    transparent_crc(g_1585.f1, "g_1585.f1", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_1616[i][j][k], "g_1616[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1646, "g_1646", print_hash_value);
    transparent_crc(g_1797, "g_1797", print_hash_value);
    transparent_crc(g_1883, "g_1883", print_hash_value);
    transparent_crc(g_1916, "g_1916", print_hash_value);
    transparent_crc(g_1949, "g_1949", print_hash_value);
    transparent_crc(g_1973.f0, "g_1973.f0", print_hash_value);
    transparent_crc(g_1973.f1, "g_1973.f1", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_2085[i], "g_2085[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_2126, "g_2126", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 2
breakdown:
   depth: 0, occurrence: 533
   depth: 1, occurrence: 21
   depth: 2, occurrence: 23
XXX total union variables: 20

XXX max expression depth: 43
breakdown:
   depth: 1, occurrence: 338
   depth: 2, occurrence: 79
   depth: 3, occurrence: 6
   depth: 4, occurrence: 3
   depth: 5, occurrence: 3
   depth: 6, occurrence: 4
   depth: 7, occurrence: 3
   depth: 8, occurrence: 1
   depth: 9, occurrence: 1
   depth: 10, occurrence: 2
   depth: 13, occurrence: 5
   depth: 14, occurrence: 1
   depth: 15, occurrence: 2
   depth: 16, occurrence: 2
   depth: 17, occurrence: 6
   depth: 18, occurrence: 7
   depth: 19, occurrence: 3
   depth: 20, occurrence: 6
   depth: 21, occurrence: 6
   depth: 22, occurrence: 2
   depth: 23, occurrence: 2
   depth: 24, occurrence: 1
   depth: 25, occurrence: 3
   depth: 26, occurrence: 5
   depth: 27, occurrence: 2
   depth: 28, occurrence: 4
   depth: 29, occurrence: 1
   depth: 30, occurrence: 1
   depth: 32, occurrence: 1
   depth: 33, occurrence: 1
   depth: 34, occurrence: 1
   depth: 35, occurrence: 2
   depth: 36, occurrence: 1
   depth: 37, occurrence: 2
   depth: 38, occurrence: 1
   depth: 42, occurrence: 1
   depth: 43, occurrence: 1

XXX total number of pointers: 480

XXX times a variable address is taken: 630
XXX times a pointer is dereferenced on RHS: 272
breakdown:
   depth: 1, occurrence: 223
   depth: 2, occurrence: 41
   depth: 3, occurrence: 4
   depth: 4, occurrence: 4
XXX times a pointer is dereferenced on LHS: 259
breakdown:
   depth: 1, occurrence: 233
   depth: 2, occurrence: 19
   depth: 3, occurrence: 5
   depth: 4, occurrence: 2
XXX times a pointer is compared with null: 31
XXX times a pointer is compared with address of another variable: 4
XXX times a pointer is compared with another pointer: 15
XXX times a pointer is qualified to be dereferenced: 8970

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 931
   level: 2, occurrence: 192
   level: 3, occurrence: 36
   level: 4, occurrence: 25
   level: 5, occurrence: 3
XXX number of pointers point to pointers: 177
XXX number of pointers point to scalars: 272
XXX number of pointers point to structs: 27
XXX percent of pointers has null in alias set: 25.8
XXX average alias set size: 1.38

XXX times a non-volatile is read: 1651
XXX times a non-volatile is write: 818
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 5

XXX stmts: 338
XXX max block depth: 4
breakdown:
   depth: 0, occurrence: 30
   depth: 1, occurrence: 44
   depth: 2, occurrence: 70
   depth: 3, occurrence: 87
   depth: 4, occurrence: 107

XXX percentage a fresh-made variable is used: 16.5
XXX percentage an existing variable is used: 83.5
********************* end of statistics **********************/

