/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 5004 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3 --max-funcs 8 --max-block-depth 4 --max-expr-complexity 10
 * Seed:      5004
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
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
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
static uint16_t safe_unary_minus_func_uint16_t_u(uint16_t a) { return (uint16_t)(0u - (uint32_t)a); }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int8_t g_6 = 0x65L;
static int8_t g_13[5][3] = {{0x93L,0xEDL,0x93L},{0x37L,0xDDL,0x37L},{0x93L,0xEDL,0x93L},{0x37L,0xDDL,0x37L},{0x93L,0xEDL,0x93L}};
static int8_t *g_12 = &g_13[4][0];
static int8_t g_26 = 0xD0L;
static uint16_t g_38 = 0x223DL;
static int64_t g_50[1][1][3] = {{{(-1L),(-1L),(-1L)}}};
static uint32_t g_52 = 0x1153AA9BL;
static int32_t g_59 = 9L;
static const int32_t *g_58 = &g_59;
static uint64_t g_77[1][2] = {{18446744073709551615UL,18446744073709551615UL}};
static uint8_t g_84 = 1UL;
static int32_t g_99[3] = {4L,4L,4L};
static int16_t g_118 = (-3L);
static int32_t g_144 = 0x377C446CL;
static int32_t g_160 = 6L;
static int32_t g_162 = 0xD3886400L;
static int8_t g_243 = 0x5DL;
static int64_t *g_331 = (void*)0;
static int64_t **g_330 = &g_331;
static uint32_t g_338 = 9UL;
static int32_t *g_461 = (void*)0;
static int32_t **g_460 = &g_461;
static int32_t ***g_459 = &g_460;
static const int32_t g_498[1] = {(-1L)};
static int64_t g_505 = 0x843F08F745A5F23CLL;
static int64_t g_520 = (-2L);
static int16_t g_558 = 0xE322L;
static int8_t g_583[3] = {0x66L,0x66L,0x66L};
static int32_t *g_592 = &g_144;
static int32_t **g_591 = &g_592;
static int64_t g_622 = 0L;
static int32_t g_624 = (-1L);
static const uint16_t *g_653 = (void*)0;
static uint32_t g_777 = 0x7678AF9FL;
static int64_t ***g_841 = &g_330;
static const uint32_t g_903[4][4][2] = {{{0x4BF7EC42L,0x0130A1C6L},{0x4BF7EC42L,0x0130A1C6L},{0x4BF7EC42L,0x0130A1C6L},{0x4BF7EC42L,0x0130A1C6L}},{{0x4BF7EC42L,0x0130A1C6L},{0x4BF7EC42L,0x0130A1C6L},{0x4BF7EC42L,0x0130A1C6L},{0x4BF7EC42L,0x0130A1C6L}},{{0x4BF7EC42L,0x0130A1C6L},{0x4BF7EC42L,0x0130A1C6L},{0x4BF7EC42L,0x0130A1C6L},{0x4BF7EC42L,0x0130A1C6L}},{{0x4BF7EC42L,0x0130A1C6L},{0x4BF7EC42L,0x0130A1C6L},{0x4BF7EC42L,0x0130A1C6L},{0x4BF7EC42L,0x0130A1C6L}}};
static int32_t g_925 = 0xE241B9B3L;
static const uint16_t **g_1067 = &g_653;
static const uint16_t ***g_1066 = &g_1067;
static const uint16_t ****g_1065 = &g_1066;
static int8_t g_1121 = 8L;
static uint32_t g_1128[4] = {0x5B992C13L,0x5B992C13L,0x5B992C13L,0x5B992C13L};
static uint32_t g_1149 = 1UL;
static uint32_t g_1212 = 4294967295UL;
static int16_t *g_1238 = &g_118;
static int16_t **g_1237 = &g_1238;
static uint16_t g_1260 = 0xEF6CL;
static uint32_t g_1294 = 0UL;
static uint16_t g_1297 = 0xDE72L;
static int32_t ****g_1300 = &g_459;
static int32_t *****g_1299 = &g_1300;
static int32_t *****g_1301 = &g_1300;


/* --- FORWARD DECLARATIONS --- */
static int64_t  func_1(void);
static int8_t  func_7(int8_t * p_8, uint8_t  p_9, uint16_t  p_10, int8_t * p_11);
static uint64_t  func_14(int16_t  p_15, uint32_t  p_16, uint32_t  p_17, int32_t  p_18);
static int16_t  func_19(int8_t  p_20, uint64_t  p_21, int8_t * p_22, uint32_t  p_23, int8_t * p_24);
static uint32_t  func_27(uint32_t  p_28);
static uint16_t * func_43(int32_t  p_44, uint32_t  p_45);
static uint16_t * func_53(uint32_t  p_54, const int32_t * p_55, uint32_t  p_56);
static const int32_t * func_60(int8_t * p_61, int64_t  p_62, int8_t  p_63, int32_t  p_64, int32_t  p_65);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_12 g_13 g_26 g_38 g_52 g_58 g_459 g_460 g_99 g_160 g_653 g_591 g_592 g_144 g_59 g_461 g_505 g_624 g_243 g_118 g_520 g_77 g_50 g_498 g_84 g_338 g_777 g_558 g_903 g_925 g_841 g_330 g_583 g_1065 g_1128 g_1066 g_1067 g_162 g_1149 g_1212 g_1237 g_1238 g_1260 g_1121 g_1294
 * writes: g_6 g_26 g_38 g_50 g_52 g_653 g_461 g_99 g_160 g_558 g_58 g_59 g_84 g_583 g_77 g_622 g_505 g_624 g_841 g_592 g_118 g_243 g_925 g_144 g_1128 g_520 g_1149 g_338 g_1260 g_1121 g_1294 g_1297 g_1299 g_1301
 */
static int64_t  func_1(void)
{ /* block id: 0 */
    int8_t *l_5 = &g_6;
    int8_t *l_25 = &g_26;
    int32_t l_29 = (-7L);
    uint16_t *l_37 = &g_38;
    const uint32_t l_1270 = 18446744073709551615UL;
    if (((!(g_1121 &= (safe_sub_func_uint8_t_u_u(((((*l_5) = 0x04L) <= func_7(g_12, g_13[4][0], ((*l_37) = (func_14(func_19(((*l_25) |= 0x12L), ((func_27(l_29) , (g_13[4][0] ^ ((safe_lshift_func_uint16_t_u_u((+(((*l_37) = 0xB608L) > (((func_27((safe_mul_func_int8_t_s_s(l_29, l_29))) > (*g_12)) , l_29) | l_29))), 6)) , l_29))) | l_29), &g_13[1][1], g_13[4][0], l_5), g_13[2][2], l_29, l_29) && 0x3C34CFDDA86E524FLL)), &g_13[1][1])) | (-1L)), g_903[2][1][1])))) > l_29))
    { /* block id: 620 */
        (*g_460) = (void*)0;
        return l_29;
    }
    else
    { /* block id: 623 */
        uint64_t l_1267 = 0UL;
        uint64_t l_1287[4];
        int32_t l_1292 = 0xF208ED3CL;
        uint16_t *l_1293 = &g_1260;
        int32_t l_1295 = (-1L);
        uint16_t *l_1296 = &g_1297;
        int32_t l_1298[4][4];
        int32_t l_1302 = 0x4B970E88L;
        int i, j;
        for (i = 0; i < 4; i++)
            l_1287[i] = 0x6679CDF2763C4ACELL;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 4; j++)
                l_1298[i][j] = (-8L);
        }
        l_1302 |= (g_99[2] , ((safe_sub_func_uint8_t_u_u(((l_1267 ^ ((g_1301 = (g_1299 = (((safe_mod_func_uint16_t_u_u(l_1270, (safe_add_func_int16_t_s_s(((***g_1066) ^ ((safe_mod_func_uint8_t_u_u((((((*l_1296) = ((safe_add_func_uint32_t_u_u((((safe_mul_func_uint16_t_u_u((safe_div_func_int8_t_s_s(0x46L, ((safe_mul_func_uint8_t_u_u((safe_mod_func_int64_t_s_s((safe_add_func_int64_t_s_s(l_1287[1], ((safe_rshift_func_int8_t_s_s((-9L), 2)) , (safe_mod_func_int16_t_s_s(((**g_1237) ^= l_1292), (g_1294 &= ((*l_1293) = (&g_84 != (void*)0)))))))), l_1287[0])), l_1270)) & g_99[0]))), (*g_653))) > g_1149) != l_1267), l_1270)) , l_1295)) , l_1298[3][0]) ^ 0xF2696BFEBD215B00LL) ^ l_1267), g_1128[3])) , 0xFEB8L)), l_29)))) && 5UL) , (void*)0))) != (void*)0)) == 249UL), 246UL)) ^ l_1270));
    }
    return l_29;
}


/* ------------------------------------------ */
/* 
 * reads : g_925 g_12 g_13
 * writes: g_925
 */
static int8_t  func_7(int8_t * p_8, uint8_t  p_9, uint16_t  p_10, int8_t * p_11)
{ /* block id: 616 */
    int32_t *l_1264 = &g_925;
    (*l_1264) |= 0xDE5D7B10L;
    return (*g_12);
}


/* ------------------------------------------ */
/* 
 * reads : g_59 g_624 g_1128 g_498 g_1066 g_1067 g_925 g_338 g_162 g_1149 g_1065 g_520 g_38 g_26 g_77 g_558 g_653 g_1212 g_459 g_460 g_461 g_118 g_12 g_13 g_1237 g_1238 g_1260
 * writes: g_59 g_624 g_1128 g_26 g_520 g_622 g_77 g_50 g_38 g_58 g_1149 g_461 g_118 g_338 g_1260
 */
static uint64_t  func_14(int16_t  p_15, uint32_t  p_16, uint32_t  p_17, int32_t  p_18)
{ /* block id: 540 */
    int16_t l_1113[5][4][1] = {{{0L},{0xE3ECL},{0xE3ECL},{0L}},{{0xE3ECL},{0xE3ECL},{0L},{0xE3ECL}},{{0xE3ECL},{0L},{0xE3ECL},{0xE3ECL}},{{0L},{0xE3ECL},{0xE3ECL},{0L}},{{0xE3ECL},{0xE3ECL},{0L},{0xE3ECL}}};
    int32_t l_1114 = 0xB864BB5EL;
    int32_t l_1115 = 0x8BC89468L;
    int32_t l_1116 = 0xFAD11835L;
    int32_t l_1119 = (-4L);
    int16_t l_1120 = 1L;
    int32_t l_1122 = 0L;
    int32_t l_1123 = 1L;
    int32_t l_1124[3];
    int32_t l_1125 = 8L;
    int32_t l_1126 = (-1L);
    int32_t l_1127[1][2];
    uint16_t *l_1154 = &g_38;
    uint16_t **l_1153 = &l_1154;
    uint16_t ***l_1156 = &l_1153;
    uint16_t ****l_1155 = &l_1156;
    int64_t *l_1169 = &g_520;
    uint64_t l_1174 = 18446744073709551615UL;
    int64_t *l_1175 = &g_622;
    uint64_t *l_1176 = &g_77[0][1];
    int64_t *l_1177 = &g_50[0][0][2];
    int32_t *l_1178 = &l_1127[0][1];
    uint8_t l_1211[4];
    int32_t l_1215 = 0L;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_1124[i] = 0x80F3A5F3L;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_1127[i][j] = 0L;
    }
    for (i = 0; i < 4; i++)
        l_1211[i] = 0xB7L;
    for (g_59 = 0; (g_59 >= 0); g_59 -= 1)
    { /* block id: 543 */
        int64_t l_1105 = 0x3E248CE4B76FF621LL;
        int32_t l_1112 = 0L;
        int32_t l_1117 = 2L;
        int32_t l_1118[5];
        int i;
        for (i = 0; i < 5; i++)
            l_1118[i] = 0x4B123F83L;
        if (l_1105)
            break;
        for (g_624 = 0; (g_624 <= 0); g_624 += 1)
        { /* block id: 547 */
            int32_t *l_1106 = (void*)0;
            int32_t *l_1107 = (void*)0;
            int32_t *l_1108 = (void*)0;
            int32_t l_1109 = 1L;
            int32_t *l_1110 = &g_99[0];
            int32_t *l_1111[2][4];
            int8_t *l_1148 = &g_26;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 4; j++)
                    l_1111[i][j] = &g_99[0];
            }
            g_1128[3]--;
            l_1114 ^= (((((~((((((l_1118[1] == ((p_15 , l_1125) <= (((safe_rshift_func_uint16_t_u_s((0L <= (safe_lshift_func_int16_t_s_s(g_498[0], 7))), (safe_add_func_uint8_t_u_u((safe_mod_func_int64_t_s_s((0x61L != ((*l_1148) = ((safe_mul_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u(((safe_sub_func_uint32_t_u_u((0xAE71L == ((void*)0 == (*g_1066))), p_15)) & g_925), g_338)), p_18)) | 7UL))), 0x444E0F413346C363LL)), p_17)))) ^ 0x1A2F39E5L) >= 247UL))) , p_18) , g_162) <= p_17) & g_1149) <= 6L)) ^ 0x51D7L) != l_1118[1]) , 0xA9L) ^ (-1L));
            for (l_1123 = 0; (l_1123 >= 0); l_1123 -= 1)
            { /* block id: 553 */
                uint32_t l_1150 = 0xF4214F5AL;
                l_1150--;
            }
        }
    }
    (*l_1178) = (((((*l_1177) = ((l_1153 == (**g_1065)) , ((l_1155 == ((((*l_1176) = (safe_rshift_func_int16_t_s_s(((safe_mul_func_uint16_t_u_u((safe_add_func_uint8_t_u_u(l_1116, ((safe_lshift_func_int8_t_s_u((safe_sub_func_int64_t_s_s(((*l_1175) = (safe_div_func_int16_t_s_s(((((*l_1169) |= l_1119) , (safe_div_func_int64_t_s_s((safe_mul_func_uint8_t_u_u((((l_1123 | l_1113[3][3][0]) < (((-1L) >= 3L) || l_1123)) | 0UL), l_1174)), l_1174))) | (-8L)), p_15))), l_1124[2])), g_38)) || g_1128[3]))), 8UL)) > l_1126), 2))) >= p_16) , &l_1156)) == p_15))) ^ g_498[0]) ^ l_1124[1]) == g_38);
    for (l_1115 = 0; (l_1115 <= 0); l_1115 += 1)
    { /* block id: 565 */
        uint64_t l_1179 = 0UL;
        int8_t *l_1213 = &g_13[1][2];
        int8_t **l_1214 = &l_1213;
        const int32_t **l_1216 = &g_58;
        int32_t l_1217 = 0xFFED2B8EL;
        int32_t l_1258 = 0x44913FA0L;
        int32_t l_1259[1];
        int i;
        for (i = 0; i < 1; i++)
            l_1259[i] = 0xDD7370CDL;
        if (l_1179)
            break;
        (*l_1216) = func_60(((*l_1214) = ((safe_sub_func_uint8_t_u_u(((safe_mul_func_int8_t_s_s(0L, (safe_div_func_uint32_t_u_u(0x91D2E478L, (safe_unary_minus_func_uint32_t_u(((safe_sub_func_int32_t_s_s((l_1179 ^ ((g_1128[l_1115]++) >= (&g_77[0][0] != ((((safe_rshift_func_uint16_t_u_u(((*l_1178) || g_498[0]), (((safe_mod_func_uint8_t_u_u(g_26, (safe_add_func_uint8_t_u_u(p_18, (safe_mul_func_int8_t_s_s((safe_div_func_int32_t_s_s((safe_sub_func_int8_t_s_s(((safe_rshift_func_uint16_t_u_u(((**l_1153)--), 15)) & ((((((safe_sub_func_uint32_t_u_u(4294967295UL, l_1179)) | 0L) & p_17) && p_18) ^ l_1211[0]) <= p_18)), g_77[0][1])), g_558)), p_16)))))) ^ 0x4DC146ED61E49636LL) && (**g_1067)))) >= p_16) , g_1212) , &g_77[0][0])))), 0xD70F6CFEL)) , g_520))))))) | 18446744073709551608UL), l_1179)) , l_1213)), p_16, p_15, (*l_1178), l_1215);
        if (p_15)
            continue;
        for (g_1149 = 0; (g_1149 <= 0); g_1149 += 1)
        { /* block id: 574 */
            uint64_t l_1250 = 0UL;
            int32_t l_1257 = (-1L);
            (**g_459) = (**g_459);
            for (p_15 = 0; (p_15 <= 0); p_15 += 1)
            { /* block id: 578 */
                uint32_t l_1218 = 0x708A2F24L;
                int32_t * const *l_1227 = &l_1178;
                int32_t * const **l_1226[5][5] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_1227,&l_1227,&l_1227,&l_1227,&l_1227},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_1227,&l_1227,&l_1227,&l_1227,&l_1227},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
                int32_t * const ***l_1225[4][3];
                int16_t *l_1236 = &g_118;
                int16_t **l_1235 = &l_1236;
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_1225[i][j] = &l_1226[4][3];
                }
                for (g_118 = 0; (g_118 <= 0); g_118 += 1)
                { /* block id: 581 */
                    int i, j, k;
                    l_1217 = l_1113[g_1149][(g_118 + 3)][p_15];
                }
                for (g_118 = 0; (g_118 >= 0); g_118 -= 1)
                { /* block id: 586 */
                    int32_t *l_1221 = &l_1119;
                    uint32_t *l_1222 = &g_1128[3];
                    int32_t * const ****l_1228 = &l_1225[3][0];
                    uint32_t *l_1229 = &g_338;
                    int i, j, k;
                    ++l_1218;
                    (**g_459) = l_1221;
                    (*l_1216) = ((**g_459) = ((((*l_1222)++) ^ (((*l_1229) &= (((*l_1228) = l_1225[1][2]) != (l_1113[l_1115][l_1115][p_15] , &g_459))) , (safe_mul_func_uint16_t_u_u((((*l_1169) = (+(*g_12))) & ((safe_mul_func_uint16_t_u_u((((**l_1153) ^= p_15) == ((g_1212 , l_1235) == g_1237)), (0L < 0xF4D8L))) > 0L)), p_18)))) , (void*)0));
                    (**l_1227) &= 0L;
                }
            }
            (*l_1216) = func_60((*l_1214), (*l_1178), (safe_div_func_uint16_t_u_u(0x2547L, ((*g_1238) , (safe_add_func_int16_t_s_s((safe_sub_func_int32_t_s_s(((*l_1178) < (safe_sub_func_int64_t_s_s(0xCC84DB4C4025B3FELL, 0x65B2FB3D88CAF77ALL))), ((safe_lshift_func_int16_t_s_u((!(p_15 , (*l_1178))), (***g_1066))) <= l_1250))), p_16))))), l_1179, p_18);
            for (l_1179 = 0; (l_1179 <= 0); l_1179 += 1)
            { /* block id: 602 */
                int32_t *l_1251 = &g_99[1];
                int32_t *l_1252 = &l_1123;
                int32_t *l_1253 = &l_1123;
                int32_t *l_1254 = &l_1119;
                int32_t *l_1255 = &l_1123;
                int32_t *l_1256[5] = {&l_1127[0][1],&l_1127[0][1],&l_1127[0][1],&l_1127[0][1],&l_1127[0][1]};
                int i;
                g_1260++;
                (*l_1254) = p_17;
                for (g_1260 = 0; (g_1260 <= 0); g_1260 += 1)
                { /* block id: 607 */
                    if (p_18)
                        break;
                    (*l_1254) = (+0x91F3A7BB5E5612FALL);
                }
            }
        }
    }
    return p_16;
}


/* ------------------------------------------ */
/* 
 * reads : g_38 g_12 g_13 g_52 g_26 g_58 g_459 g_460 g_99 g_160 g_653 g_591 g_592 g_144 g_59 g_461 g_505 g_624 g_243 g_118 g_520 g_77 g_50 g_498 g_84 g_338 g_777 g_558 g_903 g_925 g_841 g_330 g_583 g_1065
 * writes: g_50 g_52 g_653 g_461 g_99 g_160 g_558 g_58 g_59 g_84 g_583 g_38 g_77 g_622 g_505 g_624 g_26 g_841 g_592 g_118 g_243 g_925 g_144
 */
static int16_t  func_19(int8_t  p_20, uint64_t  p_21, int8_t * p_22, uint32_t  p_23, int8_t * p_24)
{ /* block id: 11 */
    uint16_t *l_41 = &g_38;
    uint16_t *l_42 = &g_38;
    int32_t l_48 = 1L;
    int64_t *l_49 = &g_50[0][0][2];
    uint32_t *l_51 = &g_52;
    uint16_t **l_656 = &l_42;
    uint32_t *l_668 = &g_52;
    int32_t l_687 = 0L;
    int32_t * const *l_730 = (void*)0;
    int32_t * const * const *l_729 = &l_730;
    int16_t l_773 = (-5L);
    int64_t l_780[4][3][3] = {{{1L,1L,1L},{1L,(-1L),1L},{(-1L),1L,1L}},{{1L,1L,0L},{0xAE2E02CB5748B435LL,(-1L),(-1L)},{1L,1L,(-1L)}},{{(-1L),0xAE2E02CB5748B435LL,0L},{1L,1L,1L},{1L,(-1L),1L}},{{(-1L),1L,1L},{1L,1L,0L},{0xAE2E02CB5748B435LL,(-1L),(-1L)}}};
    uint16_t l_830 = 0UL;
    int64_t ***l_842[2];
    int32_t l_851 = 3L;
    int32_t l_852 = 0x8CE10570L;
    int64_t l_853 = 0xD9806879866B52E6LL;
    int32_t l_854 = (-1L);
    int32_t l_855 = 0x3A4FB26BL;
    int32_t l_856 = 1L;
    int32_t l_858[5];
    uint32_t l_864 = 0xAD38E0B6L;
    uint8_t l_871 = 0xDFL;
    int32_t l_926 = 7L;
    int16_t *l_930 = &g_118;
    int32_t **l_931 = (void*)0;
    int32_t *l_933 = &l_48;
    int32_t **l_932 = &l_933;
    uint16_t * const *l_938 = &l_41;
    uint16_t * const **l_937 = &l_938;
    uint16_t l_963 = 0xA3C0L;
    uint32_t l_1010 = 18446744073709551615UL;
    int64_t l_1012 = 0xFACABEE43A0A2AEALL;
    int8_t l_1073 = 0x5FL;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_842[i] = &g_330;
    for (i = 0; i < 5; i++)
        l_858[i] = 1L;
    if ((((*l_656) = ((l_41 != l_42) , func_43(func_27(((*l_51) |= (((((safe_mul_func_uint8_t_u_u(((g_38 ^ l_48) , 252UL), (*g_12))) , (0xA9D707D8EB7BFBC3LL && ((*l_49) = p_23))) == (0xB2L == g_13[2][1])) < (-1L)) ^ 255UL))), l_48))) == (void*)0))
    { /* block id: 318 */
        int32_t l_659 = 0x57051D57L;
        int16_t *l_671 = &g_558;
        int64_t ***l_672 = &g_330;
        const int32_t **l_673 = &g_58;
        int32_t *l_674[2][4][5] = {{{&l_48,&l_48,&g_99[1],&l_48,&g_99[1]},{&l_48,&l_48,&l_48,&g_59,&g_99[2]},{&g_59,&g_99[2],&g_99[1],&g_99[1],&g_99[2]},{&g_99[2],&l_48,&g_59,&g_99[2],&g_99[1]}},{{&g_59,&g_99[2],&l_48,&g_99[2],&g_59},{&g_59,&l_48,&l_48,&g_99[1],&l_48},{&g_59,&l_48,&l_48,&g_59,&g_99[1]},{&g_99[2],&g_59,&l_48,&l_48,&l_48}}};
        int i, j, k;
        for (g_160 = 0; (g_160 >= 23); ++g_160)
        { /* block id: 321 */
            return l_659;
        }
        (*l_673) = func_60(&p_20, ((*g_653) != (-5L)), ((safe_lshift_func_uint8_t_u_u((safe_mul_func_int8_t_s_s((((((((((!(&g_52 == &g_52)) <= ((*l_49) = l_48)) , (safe_rshift_func_int8_t_s_s((+((&g_52 == (l_668 = l_51)) > (((safe_mul_func_int16_t_s_s(((*l_671) = (l_48 && p_21)), (*g_653))) , l_48) , (-7L)))), 5))) , &g_330) != l_672) , 18446744073709551615UL) , l_48) , 0xBDL) && p_21), (*g_12))), g_52)) && 0x1E19F41CA215E882LL), (**g_591), (*g_58));
        l_48 = 0x5DD0976BL;
    }
    else
    { /* block id: 329 */
        int8_t l_677 = 0L;
        int32_t *l_678[1][4];
        int32_t **l_809 = &g_592;
        int8_t l_850 = (-10L);
        uint64_t l_861 = 0x29C0E850B3269EF7LL;
        const uint32_t l_882 = 0x91197B9CL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_678[i][j] = (void*)0;
        }
        g_59 &= (l_48 ^= (safe_sub_func_uint16_t_u_u(6UL, ((&g_592 != (void*)0) >= l_677))));
        if (((safe_add_func_int16_t_s_s(8L, (p_21 && (l_48 > ((g_505 | (l_48 && (-5L))) >= (safe_mul_func_uint16_t_u_u(l_48, (safe_sub_func_int8_t_s_s((*p_22), ((1L <= (*g_12)) , g_144)))))))))) == (-1L)))
        { /* block id: 332 */
            return g_624;
        }
        else
        { /* block id: 334 */
            uint32_t l_688 = 1UL;
            uint32_t * const l_712 = (void*)0;
            int32_t l_717[3];
            int16_t l_775 = 0xB2CEL;
            int32_t l_778 = (-1L);
            int64_t l_786 = (-1L);
            uint16_t l_794 = 0x62EBL;
            int16_t l_848 = 0L;
            const int32_t **l_872 = (void*)0;
            const int32_t **l_873 = &g_58;
            int i;
            for (i = 0; i < 3; i++)
                l_717[i] = (-1L);
            ++l_688;
            if ((safe_mod_func_int32_t_s_s(p_21, p_21)))
            { /* block id: 336 */
                uint8_t *l_697[4][5][5] = {{{&g_84,&g_84,(void*)0,&g_84,&g_84},{&g_84,&g_84,&g_84,&g_84,&g_84},{&g_84,&g_84,&g_84,&g_84,&g_84},{&g_84,&g_84,&g_84,(void*)0,&g_84},{&g_84,&g_84,&g_84,&g_84,&g_84}},{{&g_84,(void*)0,&g_84,&g_84,&g_84},{&g_84,&g_84,&g_84,&g_84,&g_84},{&g_84,&g_84,&g_84,&g_84,&g_84},{&g_84,&g_84,(void*)0,&g_84,&g_84},{&g_84,&g_84,&g_84,&g_84,&g_84}},{{&g_84,&g_84,&g_84,&g_84,&g_84},{&g_84,(void*)0,&g_84,&g_84,&g_84},{&g_84,&g_84,(void*)0,&g_84,&g_84},{(void*)0,(void*)0,&g_84,&g_84,&g_84},{&g_84,&g_84,&g_84,&g_84,&g_84}},{{&g_84,&g_84,&g_84,(void*)0,&g_84},{&g_84,&g_84,&g_84,&g_84,&g_84},{&g_84,&g_84,&g_84,&g_84,&g_84},{&g_84,(void*)0,&g_84,&g_84,&g_84},{&g_84,&g_84,&g_84,&g_84,&g_84}}};
                int8_t *l_698 = &g_583[1];
                const int32_t l_703 = 0xDC6B3B71L;
                int32_t * const * const **l_731 = &l_729;
                uint64_t *l_750 = &g_77[0][0];
                int16_t *l_769 = &g_558;
                int32_t l_793 = 0xCDB7DD96L;
                int i, j, k;
                if ((((((((((void*)0 == &p_20) != (safe_mod_func_int64_t_s_s(((g_38 |= (((safe_lshift_func_uint8_t_u_s((g_84 = g_26), ((*l_698) = 0xC3L))) && (&l_677 == &p_20)) || ((void*)0 != &p_23))) , ((safe_div_func_uint8_t_u_u((((safe_mod_func_uint8_t_u_u(0x35L, 0x34L)) , &g_558) != (void*)0), l_687)) | 0x63FEL)), 0xD165BFA5DE775A58LL))) , p_21) >= g_243) && (*g_653)) , g_99[2]) & l_703) ^ l_688))
                { /* block id: 340 */
                    int16_t *l_715 = (void*)0;
                    int16_t *l_716 = &g_558;
                    (**g_459) = (((safe_div_func_int64_t_s_s(((safe_div_func_uint64_t_u_u((g_624 | 0x43F12D11B9019512LL), ((safe_mod_func_uint16_t_u_u((l_717[1] = ((0x17L & (*p_22)) == ((((*l_716) = (safe_mod_func_uint64_t_u_u(((l_712 == ((p_21 == ((*l_49) = (0x5153FCFFL >= (l_687 = p_23)))) , func_60(&p_20, p_20, l_688, (**g_591), l_48))) > (*g_653)), g_118))) != (*g_653)) | l_688))), p_21)) | 0x51L))) ^ p_23), p_20)) | 0UL) , (**g_459));
                }
                else
                { /* block id: 346 */
                    return p_21;
                }
                (**g_459) = ((p_20 != (((((safe_div_func_int16_t_s_s(((((0x2C30C919L == ((!(safe_div_func_uint64_t_u_u(0UL, (((*l_698) = ((safe_mul_func_int16_t_s_s(l_703, p_21)) , 1L)) | (safe_lshift_func_int16_t_s_s((safe_div_func_int32_t_s_s(((&g_460 != ((*l_731) = l_729)) , (safe_rshift_func_uint8_t_u_s((1L && 0xD520FFCA5F8ECD94LL), 1))), p_20)), g_59)))))) , g_520)) | g_118) ^ 254UL) || (*g_653)), g_26)) < 0xED47D262L) == 0x837703C8L) > p_21) ^ p_23)) , l_678[0][1]);
                if ((safe_add_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u(((0xDEF2C38BL ^ (g_99[1] <= (((safe_mod_func_int8_t_s_s((*g_12), (5L | ((&g_338 == l_668) == ((safe_lshift_func_int16_t_s_s(((safe_mod_func_int8_t_s_s(((safe_add_func_uint8_t_u_u((safe_div_func_int64_t_s_s(((p_21 ^= ((*l_750) = (((*l_49) ^= (((*l_41) = (*g_653)) && (safe_sub_func_int16_t_s_s(g_118, (g_558 = g_77[0][0]))))) , 0x3C297572CD3998ABLL))) > 0x5E7BBECF8D4C4B62LL), p_23)), 0x8AL)) , (-10L)), 255UL)) , 0L), g_498[0])) > (*g_12)))))) && 3L) >= p_20))) || 0x5DL), p_23)), 0xB605E9D82BB4D5D8LL)))
                { /* block id: 357 */
                    return g_50[0][0][2];
                }
                else
                { /* block id: 359 */
                    uint64_t l_756 = 18446744073709551607UL;
                    int64_t *l_774 = &g_622;
                    int32_t l_776 = (-1L);
                    int64_t *l_779 = &g_505;
                    l_780[0][1][1] |= (((safe_sub_func_uint8_t_u_u((g_84 |= g_144), (~((*l_779) &= (((safe_rshift_func_uint16_t_u_u(((**l_656) = 0xF210L), 6)) >= l_717[1]) && (l_756 < (l_778 |= (((safe_sub_func_uint8_t_u_u(((safe_add_func_int64_t_s_s(l_756, (safe_rshift_func_uint8_t_u_s((safe_rshift_func_int16_t_s_u((((((p_23 || ((safe_sub_func_int32_t_s_s((((safe_mod_func_int64_t_s_s((l_769 == &g_558), (((((*l_774) = ((*l_49) &= (l_773 = (((safe_lshift_func_uint16_t_u_s(((*l_42) = ((~(l_717[1] && 0UL)) < 0xEAL)), 13)) ^ g_498[0]) >= (*g_12))))) && p_20) , g_338) | l_775))) | 18446744073709551615UL) == l_756), 4294967295UL)) && l_776)) >= p_21) & 0xC1L) == g_77[0][0]) == l_756), 13)), 7)))) || 255UL), 0x18L)) && g_777) && p_21)))))))) , l_776) <= g_99[1]);
                    (**g_459) = (**g_459);
                    g_624 &= ((!(safe_mod_func_int16_t_s_s((0UL && ((((g_520 ^ (((((safe_mul_func_int16_t_s_s(((*l_769) &= (l_786 , ((p_23 < 0x824F9CECL) || (safe_mod_func_int8_t_s_s((safe_mul_func_int8_t_s_s(((*g_58) >= ((((*l_42) = (safe_rshift_func_uint8_t_u_s(((*g_12) != p_21), l_776))) & p_23) ^ g_144)), l_778)), g_99[2]))))), p_20)) || (*g_653)) < g_77[0][0]) || 0UL) , l_776)) , g_777) | l_717[1]) == (*g_12))), p_20))) != (*g_12));
                }
                l_794++;
            }
            else
            { /* block id: 375 */
                uint32_t l_813 = 18446744073709551615UL;
                uint8_t *l_814 = &g_84;
                int8_t *l_829 = &g_26;
                int16_t l_836[3];
                int64_t ***l_839[5] = {&g_330,&g_330,&g_330,&g_330,&g_330};
                int32_t l_847 = 0x54DA7FA3L;
                int32_t l_859[2][3];
                int32_t l_860 = 0x945F81CEL;
                int i, j;
                for (i = 0; i < 3; i++)
                    l_836[i] = 0xF020L;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_859[i][j] = 0xED9AD4CCL;
                }
                l_678[0][1] = l_678[0][2];
                g_624 ^= (((safe_mul_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u(0x205AL, (g_558 <= ((*l_668) = ((safe_rshift_func_int8_t_s_u(((safe_rshift_func_int8_t_s_u((((safe_sub_func_uint32_t_u_u((&g_592 != l_809), (!(safe_mul_func_int8_t_s_s((*p_22), ((*l_814) = l_813)))))) == (safe_lshift_func_uint16_t_u_u((safe_mod_func_int8_t_s_s((safe_mod_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(l_786, (safe_mul_func_uint16_t_u_u((((safe_add_func_int64_t_s_s(0x9F4297351FA0E247LL, ((*l_49) = (l_778 = (((safe_div_func_int8_t_s_s(((*l_829) = (((l_813 >= p_21) & 1L) && l_813)), (*g_12))) , (void*)0) != (void*)0))))) , l_813) && p_23), (-6L))))), (*g_12))), 7L)), 2))) & l_813), 6)) & 65535UL), 4)) == 0x6A2B620092E333B3LL))))), g_99[2])) || g_59) > l_830);
                if ((g_243 == (safe_mul_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u(0x6DA95D4DL, p_23)), 8L))))
                { /* block id: 383 */
                    int32_t *l_835[1][3][5] = {{{&l_717[1],&l_717[1],&g_99[1],&l_717[1],&g_99[1]},{&l_717[1],&l_717[1],&g_99[1],&l_717[1],&g_99[1]},{&l_717[1],&l_717[1],&g_99[1],&l_717[1],&g_99[1]}}};
                    int i, j, k;
                    (**g_459) = l_835[0][0][1];
                    if (g_624)
                        goto lbl_838;
                    if (l_688)
                        goto lbl_837;
lbl_837:
                    l_836[1] &= (g_624 = p_20);
lbl_838:
                    (*g_460) = l_678[0][1];
                    return p_21;
                }
                else
                { /* block id: 391 */
                    int64_t ****l_840[4] = {&l_839[1],&l_839[1],&l_839[1],&l_839[1]};
                    int32_t l_843 = 1L;
                    int32_t l_849[1][3];
                    int8_t l_857 = 0x5AL;
                    int i, j;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 3; j++)
                            l_849[i][j] = 0x6A283DC5L;
                    }
                    l_842[1] = (g_841 = l_839[2]);
                    if (g_52)
                        goto lbl_844;
lbl_844:
                    l_843 |= 0xA8147365L;
                    l_847 = ((*p_22) , (safe_add_func_uint8_t_u_u(l_794, 255UL)));
                    --l_861;
                }
            }
            (*l_873) = func_60(&l_850, ((*l_49) = p_21), (g_26 ^= ((g_38 || ((l_864 | 0xF4L) < (safe_div_func_uint8_t_u_u((l_717[1] || (safe_mul_func_int16_t_s_s(((safe_add_func_int32_t_s_s(l_848, (0UL == (p_23 ^ (-7L))))) , l_871), (-9L)))), p_20)))) < 0xC8L)), p_20, p_20);
        }
        for (g_26 = 21; (g_26 >= 3); g_26--)
        { /* block id: 406 */
            int64_t l_908 = (-1L);
            int32_t l_910 = 0x5B8643DAL;
            if (p_23)
            { /* block id: 407 */
                int32_t *l_883 = &g_162;
                uint8_t *l_886 = &l_871;
                int32_t l_889 = 8L;
                int32_t l_891 = 2L;
                uint32_t l_902 = 0xBFA0444DL;
                int64_t *** const l_909[3] = {&g_330,&g_330,&g_330};
                int i;
                l_889 = ((((safe_add_func_uint32_t_u_u((safe_lshift_func_int8_t_s_s((((safe_mul_func_uint16_t_u_u(0x2740L, l_882)) , l_883) == ((*g_591) = l_883)), 1)), p_23)) | (safe_lshift_func_int8_t_s_u((*g_12), g_50[0][0][2]))) , ((*l_886)--)) != 1UL);
                if (((((*l_668) ^= (+l_891)) == (safe_add_func_uint16_t_u_u((p_21 , ((((~((~((safe_lshift_func_int16_t_s_s(p_20, 1)) != (safe_div_func_int8_t_s_s((((safe_div_func_int64_t_s_s(l_902, g_903[2][1][1])) <= (p_21 == 0UL)) , (((safe_rshift_func_uint16_t_u_u((p_23 & 0x139EL), 6)) > 1L) , (*g_12))), 0x74L)))) >= l_908)) , l_909[2]) == &g_330) | p_20)), 65535UL))) == p_20))
                { /* block id: 412 */
                    return g_50[0][0][1];
                }
                else
                { /* block id: 414 */
                    return l_908;
                }
            }
            else
            { /* block id: 417 */
                uint8_t l_913 = 0x5CL;
                int8_t *l_924 = &g_583[0];
                if (p_20)
                    break;
                l_910 |= l_908;
                g_99[2] = ((safe_rshift_func_int16_t_s_u((l_913 & (safe_mod_func_int32_t_s_s((((((*l_924) = ((((void*)0 == &p_23) == (-2L)) ^ (((safe_unary_minus_func_uint16_t_u(((((((safe_add_func_uint32_t_u_u(g_26, p_23)) != ((~(((safe_sub_func_uint64_t_u_u((safe_div_func_int8_t_s_s((p_21 <= (&g_460 != (void*)0)), p_23)), (-1L))) , g_558) != 0UL)) ^ l_913)) , (*g_653)) , (*g_12)) <= g_903[1][1][0]) != p_21))) <= p_21) && p_20))) <= (*g_12)) < 0xB9F47216L) | g_925), p_23))), p_23)) , (-1L));
            }
            l_851 &= l_926;
        }
        l_48 = p_20;
    }
    if (((((g_498[0] >= (*p_22)) > (1L >= (((((safe_mod_func_uint16_t_u_u(((((*l_930) = (safe_unary_minus_func_int16_t_s(((void*)0 == &p_21)))) <= 0x4CDFL) == ((*g_460) == ((*l_932) = &l_687))), (g_38 &= (0xDDL >= 0x02L)))) , &l_926) != &l_926) & 0xFFL) <= g_498[0]))) , (**g_591)) , p_23))
    { /* block id: 430 */
        uint16_t * const *l_936 = &l_42;
        uint16_t * const **l_935 = &l_936;
        uint16_t * const ***l_934[2];
        int32_t l_944 = 6L;
        uint32_t l_945 = 4294967291UL;
        int8_t *l_952 = &g_243;
        int32_t l_978 = (-9L);
        int32_t l_979 = (-1L);
        int i;
        for (i = 0; i < 2; i++)
            l_934[i] = &l_935;
        l_937 = (void*)0;
        if ((((safe_lshift_func_uint8_t_u_u((g_84 &= ((((safe_unary_minus_func_int64_t_s((l_944 = (&g_653 == (((((safe_mod_func_int16_t_s_s(l_944, (*l_933))) == l_945) < (p_21 != (g_118 = ((safe_mul_func_int8_t_s_s((safe_mod_func_int8_t_s_s(l_944, ((*l_952) = (((l_945 , (safe_mod_func_int16_t_s_s(9L, p_23))) <= (*g_12)) ^ g_77[0][0])))), p_21)) , 0x76AAL)))) || 0x4CA3L) , &g_653))))) ^ 0x8C697982EDFA925BLL) , l_945) || 0x5F03D506L)), 5)) == 0x4A7F9A2C6D0B3637LL) && 0UL))
        { /* block id: 436 */
            int32_t l_971 = (-1L);
            int32_t *l_972 = &l_854;
            int32_t *l_973 = &g_59;
            int32_t *l_974 = &l_856;
            int32_t *l_975 = &g_624;
            int32_t *l_976[3];
            int16_t l_977[3][2][5] = {{{(-1L),(-5L),(-1L),5L,0x68B9L},{(-1L),(-8L),0x68B9L,(-8L),(-1L)}},{{(-1L),(-8L),(-5L),(-1L),(-5L)},{(-5L),(-5L),0x68B9L,(-1L),(-1L)}},{{(-8L),(-1L),(-1L),(-8L),(-5L)},{(-8L),(-1L),5L,5L,(-1L)}}};
            uint32_t l_980 = 4294967295UL;
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_976[i] = &g_624;
            if ((safe_rshift_func_uint8_t_u_s((0x02BBC26CL == (!((void*)0 == (*g_841)))), (*g_12))))
            { /* block id: 437 */
lbl_960:
                for (p_21 = 0; (p_21 <= 1); p_21 += 1)
                { /* block id: 440 */
                    (*l_933) = (**l_932);
                }
            }
            else
            { /* block id: 443 */
                uint32_t l_967 = 1UL;
                for (g_26 = 17; (g_26 <= 7); --g_26)
                { /* block id: 446 */
                    if (l_830)
                        goto lbl_960;
                    if (p_23)
                        break;
                }
                for (g_925 = (-25); (g_925 == (-29)); g_925 = safe_sub_func_int16_t_s_s(g_925, 5))
                { /* block id: 452 */
                    uint16_t l_970 = 2UL;
                    if (l_963)
                        break;
                    l_971 = (l_970 = ((g_118 = (safe_mod_func_int16_t_s_s((~l_967), 0x5E36L))) == ((safe_lshift_func_int16_t_s_u(0x589FL, 4)) , 65535UL)));
                    if (l_971)
                        break;
                }
            }
            l_980--;
        }
        else
        { /* block id: 461 */
            int8_t l_1011 = 0x9DL;
            int32_t l_1013[5];
            int i;
            for (i = 0; i < 5; i++)
                l_1013[i] = 0L;
            for (l_48 = 0; (l_48 == (-2)); l_48--)
            { /* block id: 464 */
                uint64_t *l_1009[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_1009[i][j] = &g_77[0][0];
                }
                l_1013[4] = (safe_rshift_func_uint8_t_u_u((safe_mod_func_int16_t_s_s((safe_mod_func_int16_t_s_s(((safe_mod_func_uint32_t_u_u(g_925, (p_23 & (((0x77L ^ (*g_12)) , ((void*)0 == p_22)) <= (((safe_sub_func_uint32_t_u_u((((safe_mul_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u((safe_sub_func_int32_t_s_s(((safe_lshift_func_int8_t_s_u(((safe_lshift_func_int16_t_s_u(l_978, 12)) != (g_77[0][0] = (safe_rshift_func_int8_t_s_u((l_944 = (safe_rshift_func_int8_t_s_u((-8L), 6))), 5)))), 5)) ^ 0xAC80L), l_1010)), 65528UL)), 2L)) != g_505) , 0UL), 7UL)) < l_1011) & p_23))))) >= 6L), l_1012)), (*g_653))), p_21));
            }
        }
        for (l_1012 = 1; (l_1012 >= 0); l_1012 -= 1)
        { /* block id: 472 */
            return l_945;
        }
    }
    else
    { /* block id: 475 */
        int16_t l_1023 = (-1L);
        int32_t ***l_1033 = (void*)0;
        for (g_160 = 15; (g_160 > (-14)); g_160 = safe_sub_func_int8_t_s_s(g_160, 4))
        { /* block id: 478 */
            int64_t l_1026 = 5L;
            const int16_t *l_1042 = &l_773;
            int32_t l_1049 = (-3L);
            uint64_t l_1055 = 0x28FA544A03271AF9LL;
            for (g_243 = 17; (g_243 > 16); --g_243)
            { /* block id: 481 */
                uint32_t l_1031[4];
                int16_t *l_1041[4] = {&g_558,&g_558,&g_558,&g_558};
                const int32_t *l_1047[5][5][1] = {{{&g_99[2]},{(void*)0},{&g_99[2]},{&g_99[2]},{(void*)0}},{{&g_99[2]},{&g_99[2]},{(void*)0},{&g_99[2]},{&g_99[2]}},{{(void*)0},{&g_99[2]},{&g_99[2]},{(void*)0},{&g_99[2]}},{{&g_99[2]},{(void*)0},{&g_99[2]},{&g_99[2]},{(void*)0}},{{&g_99[2]},{&g_99[2]},{(void*)0},{&g_99[2]},{&g_99[2]}}};
                int16_t **l_1048 = &l_930;
                int i, j, k;
                for (i = 0; i < 4; i++)
                    l_1031[i] = 0UL;
                for (g_925 = (-1); (g_925 >= 15); ++g_925)
                { /* block id: 484 */
                    (**l_932) = (~((l_1023 = (safe_div_func_uint16_t_u_u(0x1C30L, p_20))) ^ (((safe_add_func_uint64_t_u_u(g_52, g_144)) >= 0x959D83D6994A2430LL) == 0x9B3D10CF41FF885FLL)));
                    l_1026 &= p_23;
                }
                for (g_624 = 2; (g_624 >= 0); g_624 -= 1)
                { /* block id: 491 */
                    int i;
                    (**l_932) = ((-1L) <= g_583[g_624]);
                    (**l_932) &= 6L;
                }
                l_1049 |= ((*l_933) = ((((safe_lshift_func_int8_t_s_u((safe_div_func_int64_t_s_s(((l_1031[0] , (safe_unary_minus_func_uint8_t_u(((g_505 , &l_730) == l_1033)))) , 0x584E55C5FF9BC1B1LL), (safe_add_func_uint64_t_u_u((((safe_add_func_uint64_t_u_u((safe_add_func_uint64_t_u_u(((g_38 &= (safe_unary_minus_func_int16_t_s((l_1041[0] == l_1042)))) | (((g_13[4][0] && (safe_div_func_uint32_t_u_u(((((*l_1048) = func_53(((safe_rshift_func_int16_t_s_s((p_20 ^ p_20), 0)) > p_23), l_1047[0][3][0], g_520)) != &l_773) != p_20), p_23))) >= p_20) == 0L)), p_21)), p_20)) , (*g_591)) == &l_926), 18446744073709551610UL)))), 1)) , l_1026) & p_20) != (*g_12)));
            }
            (*l_933) = 0x8590E45DL;
            (*l_933) |= ((safe_rshift_func_uint8_t_u_s(((((+(*g_653)) & (safe_lshift_func_uint16_t_u_u((1L & ((l_1026 < (-1L)) <= (*g_653))), 4))) == (g_583[0] != (l_1055 = (*g_653)))) , 0x0AL), 1)) != ((((*g_653) && (*g_653)) != 0x227BFBDBL) <= p_23));
        }
        return g_583[0];
    }
    for (p_20 = (-5); (p_20 < 26); p_20 = safe_add_func_int16_t_s_s(p_20, 4))
    { /* block id: 508 */
        uint32_t l_1074 = 18446744073709551614UL;
        const int32_t *l_1101 = (void*)0;
        for (l_1012 = 0; (l_1012 != 19); ++l_1012)
        { /* block id: 511 */
            int16_t l_1100 = 0L;
            for (g_144 = 16; (g_144 >= (-27)); g_144 = safe_sub_func_int64_t_s_s(g_144, 5))
            { /* block id: 514 */
                const uint16_t **l_1064 = &g_653;
                const uint16_t ***l_1063[4] = {&l_1064,&l_1064,&l_1064,&l_1064};
                const uint16_t ****l_1062 = &l_1063[2];
                int i;
                for (p_23 = 0; (p_23 <= 2); p_23 += 1)
                { /* block id: 517 */
                    uint64_t *l_1068 = &g_77[0][0];
                    uint8_t *l_1098 = (void*)0;
                    uint8_t *l_1099 = &g_84;
                    int32_t l_1102[2][2] = {{0x347CBA72L,0x347CBA72L},{0x347CBA72L,0x347CBA72L}};
                    int i, j, k;
                    (*l_933) ^= ((l_1062 == g_1065) || ((*l_1068) = l_780[p_23][p_23][p_23]));
                    (**l_932) = ((p_23 , ((*l_1068)++)) != (safe_rshift_func_int16_t_s_u(((-2L) & (2L != 5L)), ((*l_42) = l_1073))));
                    --l_1074;
                    (**l_932) = (l_1102[0][1] = ((g_558 , func_53(((*p_22) <= (safe_mod_func_uint32_t_u_u(((safe_div_func_uint16_t_u_u(((void*)0 == &l_780[p_23][p_23][p_23]), g_505)) == ((**l_932) = (safe_sub_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((safe_rshift_func_int16_t_s_s(p_23, 13)), l_780[p_23][p_23][p_23])), ((*l_1099) = (safe_sub_func_uint8_t_u_u((safe_unary_minus_func_uint32_t_u(((safe_rshift_func_uint16_t_u_u((--(**l_656)), 8)) ^ (((safe_mod_func_int64_t_s_s((safe_rshift_func_int16_t_s_u(g_520, (((((((*g_12) != 7L) | (**l_932)) == 65532UL) < 0xF0F71D71L) & p_21) | p_23))), p_21)) , 0x31FBFF0E652459D4LL) > 0x7F0FA4A1C75D2A27LL)))), 0L))))))), l_1100))), l_1101, p_23)) == (void*)0));
                }
            }
        }
        if ((**l_932))
            break;
    }
    for (p_23 = 27; (p_23 == 2); p_23 = safe_sub_func_uint16_t_u_u(p_23, 8))
    { /* block id: 536 */
        return g_84;
    }
    return p_23;
}


/* ------------------------------------------ */
/* 
 * reads : g_13
 * writes:
 */
static uint32_t  func_27(uint32_t  p_28)
{ /* block id: 3 */
    uint8_t l_30[1];
    int i;
    for (i = 0; i < 1; i++)
        l_30[i] = 255UL;
    for (p_28 = 0; (p_28 <= 0); p_28 += 1)
    { /* block id: 6 */
        uint32_t l_31 = 9UL;
        l_31--;
    }
    return g_13[4][0];
}


/* ------------------------------------------ */
/* 
 * reads : g_26 g_58 g_13 g_459 g_460 g_99
 * writes: g_653 g_461 g_99
 */
static uint16_t * func_43(int32_t  p_44, uint32_t  p_45)
{ /* block id: 14 */
    int32_t l_57 = 0x1F73E702L;
    const uint16_t **l_650 = (void*)0;
    const uint16_t *l_652 = (void*)0;
    const uint16_t **l_651[2][5] = {{&l_652,&l_652,&l_652,&l_652,&l_652},{&l_652,&l_652,&l_652,&l_652,&l_652}};
    int32_t *l_654[4];
    uint16_t *l_655[4] = {&g_38,&g_38,&g_38,&g_38};
    int i, j;
    for (i = 0; i < 4; i++)
        l_654[i] = &g_59;
    l_654[2] = ((**g_459) = ((((g_653 = func_53((l_57 , (g_26 , (g_26 != 0x33D48A24E228C51FLL))), g_58, p_44)) != &g_38) | g_26) , (void*)0));
    g_99[0] ^= 6L;
    return l_655[0];
}


/* ------------------------------------------ */
/* 
 * reads : g_13
 * writes:
 */
static uint16_t * func_53(uint32_t  p_54, const int32_t * p_55, uint32_t  p_56)
{ /* block id: 15 */
    uint8_t l_78 = 0xB9L;
    int32_t l_80 = 0xA01C9AC7L;
    int32_t *l_586[4][4];
    uint8_t l_601 = 6UL;
    uint16_t *l_649 = &g_38;
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
            l_586[i][j] = &g_99[2];
    }
    if (func_27(p_56))
    { /* block id: 16 */
        int32_t l_71[3][3] = {{5L,(-2L),5L},{0x975881DDL,0x975881DDL,0x975881DDL},{5L,(-2L),5L}};
        uint64_t *l_76[4][2] = {{&g_77[0][0],&g_77[0][0]},{&g_77[0][0],&g_77[0][0]},{&g_77[0][0],&g_77[0][0]},{&g_77[0][0],&g_77[0][0]}};
        int32_t l_79[4] = {6L,6L,6L,6L};
        int32_t l_597 = 0xEE935D95L;
        int32_t l_621 = 0xC3A9503BL;
        uint16_t l_625 = 9UL;
        uint64_t l_643 = 0x2E2A38BE7FA1E2AFLL;
        int i, j;
    }
    else
    { /* block id: 308 */
        return &g_38;
    }
    return l_649;
}


/* ------------------------------------------ */
/* 
 * reads : g_459 g_460 g_461
 * writes:
 */
static const int32_t * func_60(int8_t * p_61, int64_t  p_62, int8_t  p_63, int32_t  p_64, int32_t  p_65)
{ /* block id: 21 */
    int8_t *l_81 = &g_26;
    int8_t *l_82 = (void*)0;
    uint8_t *l_83[3][2][4] = {{{&g_84,&g_84,&g_84,&g_84},{&g_84,&g_84,&g_84,&g_84}},{{&g_84,&g_84,&g_84,&g_84},{&g_84,&g_84,&g_84,&g_84}},{{&g_84,&g_84,&g_84,&g_84},{&g_84,&g_84,&g_84,&g_84}}};
    int32_t l_85 = 0xE0AFDD74L;
    int32_t *l_95 = &g_59;
    int32_t *l_98 = &g_99[2];
    uint64_t *l_107[3][3][1] = {{{&g_77[0][0]},{&g_77[0][0]},{&g_77[0][0]}},{{&g_77[0][0]},{&g_77[0][0]},{&g_77[0][0]}},{{&g_77[0][0]},{&g_77[0][0]},{&g_77[0][0]}}};
    int16_t *l_134[2][2][1] = {{{&g_118},{(void*)0}},{{&g_118},{(void*)0}}};
    int32_t l_151 = 0L;
    int32_t *l_167[4][1][1] = {{{&g_99[2]}},{{&g_99[2]}},{{&g_99[2]}},{{&g_99[2]}}};
    uint32_t l_201 = 0xDD293507L;
    int16_t l_210 = 0L;
    uint8_t l_284 = 0xD0L;
    uint64_t l_311 = 1UL;
    uint16_t l_396 = 65535UL;
    int64_t l_529[1][3][4] = {{{0L,0L,0x66BDEAA82E655808LL,0x087EAC859CBEDF93LL},{0xF6E3C893D8928E7DLL,0x3F47C104E4ED9727LL,0xF6E3C893D8928E7DLL,0x66BDEAA82E655808LL},{0xF6E3C893D8928E7DLL,0x66BDEAA82E655808LL,0x66BDEAA82E655808LL,0xF6E3C893D8928E7DLL}}};
    uint64_t l_557 = 0x8EF1223959D6D241LL;
    int32_t ***l_567 = (void*)0;
    int i, j, k;
    return (**g_459);
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
    transparent_crc(g_6, "g_6", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_13[i][j], "g_13[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_50[i][j][k], "g_50[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_77[i][j], "g_77[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_84, "g_84", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_99[i], "g_99[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_118, "g_118", print_hash_value);
    transparent_crc(g_144, "g_144", print_hash_value);
    transparent_crc(g_160, "g_160", print_hash_value);
    transparent_crc(g_162, "g_162", print_hash_value);
    transparent_crc(g_243, "g_243", print_hash_value);
    transparent_crc(g_338, "g_338", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_498[i], "g_498[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_505, "g_505", print_hash_value);
    transparent_crc(g_520, "g_520", print_hash_value);
    transparent_crc(g_558, "g_558", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_583[i], "g_583[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_622, "g_622", print_hash_value);
    transparent_crc(g_624, "g_624", print_hash_value);
    transparent_crc(g_777, "g_777", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_903[i][j][k], "g_903[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_925, "g_925", print_hash_value);
    transparent_crc(g_1121, "g_1121", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_1128[i], "g_1128[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1149, "g_1149", print_hash_value);
    transparent_crc(g_1212, "g_1212", print_hash_value);
    transparent_crc(g_1260, "g_1260", print_hash_value);
    transparent_crc(g_1294, "g_1294", print_hash_value);
    transparent_crc(g_1297, "g_1297", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 310
XXX total union variables: 0

XXX max expression depth: 42
breakdown:
   depth: 1, occurrence: 129
   depth: 2, occurrence: 32
   depth: 3, occurrence: 1
   depth: 4, occurrence: 3
   depth: 5, occurrence: 1
   depth: 7, occurrence: 2
   depth: 8, occurrence: 1
   depth: 12, occurrence: 3
   depth: 15, occurrence: 2
   depth: 19, occurrence: 3
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 24, occurrence: 1
   depth: 25, occurrence: 3
   depth: 27, occurrence: 2
   depth: 28, occurrence: 2
   depth: 29, occurrence: 2
   depth: 31, occurrence: 2
   depth: 32, occurrence: 1
   depth: 34, occurrence: 1
   depth: 36, occurrence: 1
   depth: 37, occurrence: 1
   depth: 39, occurrence: 1
   depth: 42, occurrence: 1

XXX total number of pointers: 209

XXX times a variable address is taken: 298
XXX times a pointer is dereferenced on RHS: 153
breakdown:
   depth: 1, occurrence: 137
   depth: 2, occurrence: 14
   depth: 3, occurrence: 2
XXX times a pointer is dereferenced on LHS: 160
breakdown:
   depth: 1, occurrence: 137
   depth: 2, occurrence: 23
XXX times a pointer is compared with null: 21
XXX times a pointer is compared with address of another variable: 10
XXX times a pointer is compared with another pointer: 10
XXX times a pointer is qualified to be dereferenced: 3748

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 495
   level: 2, occurrence: 129
   level: 3, occurrence: 71
   level: 4, occurrence: 5
   level: 5, occurrence: 1
XXX number of pointers point to pointers: 69
XXX number of pointers point to scalars: 140
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 22.5
XXX average alias set size: 1.24

XXX times a non-volatile is read: 1053
XXX times a non-volatile is write: 533
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 3
XXX backward jumps: 5

XXX stmts: 135
XXX max block depth: 4
breakdown:
   depth: 0, occurrence: 21
   depth: 1, occurrence: 26
   depth: 2, occurrence: 22
   depth: 3, occurrence: 26
   depth: 4, occurrence: 40

XXX percentage a fresh-made variable is used: 16.6
XXX percentage an existing variable is used: 83.4
********************* end of statistics **********************/

