/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 5001 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3 --max-funcs 8 --max-block-depth 4 --max-expr-complexity 10
 * Seed:      5001
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
static int16_t safe_div_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a / b); }
static int32_t safe_div_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a / b); }
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
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
static uint32_t safe_mul_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int16_t safe_unary_minus_func_int16_t_s(int16_t a) { return (a == (-32767 - 1)) ? a : (int16_t)-a; }
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
static int8_t safe_unary_minus_func_int8_t_s(int8_t a) { return (a == (-127 - 1)) ? a : (int8_t)-a; }
static uint16_t safe_unary_minus_func_uint16_t_u(uint16_t a) { return (uint16_t)(0u - (uint32_t)a); }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0x68EC0AE9L;
static int32_t g_5 = 1L;
static uint8_t g_9 = 255UL;
static uint64_t g_10 = 0xC869B7D6B59229A2LL;
static int16_t g_42 = 0x8A62L;
static int32_t g_43 = 1L;
static uint32_t g_44 = 1UL;
static uint32_t g_48 = 0xAAF27CECL;
static int32_t g_54 = 5L;
static uint16_t g_55 = 0x794AL;
static int8_t g_68[3][3] = {{(-1L),(-1L),(-1L)},{1L,4L,1L},{(-1L),(-1L),(-1L)}};
static int32_t *g_94 = &g_2;
static int32_t **g_93[1][1][5] = {{{&g_94,&g_94,&g_94,&g_94,&g_94}}};
static uint8_t *g_106 = (void*)0;
static uint16_t g_149 = 0x75C7L;
static uint32_t g_171 = 0x0B845898L;
static int64_t g_195 = (-1L);
static int32_t *g_206 = &g_43;
static int32_t **g_205[2] = {&g_206,&g_206};
static int64_t g_218 = 0xC5A3C14F001BC32FLL;
static int32_t ***g_227 = &g_93[0][0][4];
static int32_t ****g_226 = &g_227;
static int16_t g_303 = 1L;
static int16_t *g_302 = &g_303;
static uint32_t g_371 = 0xACCEB7F3L;
static int16_t g_373 = 0x45DAL;
static uint32_t g_375 = 0x7E928978L;
static int8_t g_390 = 0L;
static int8_t *g_389[4] = {&g_390,&g_390,&g_390,&g_390};
static int16_t g_412 = 0L;
static int8_t **g_490 = &g_389[3];
static int8_t **g_492 = &g_389[1];
static int32_t g_512 = 0L;
static int32_t g_542[1] = {(-3L)};
static uint32_t *g_635 = &g_171;
static uint32_t **g_709 = (void*)0;
static int32_t g_946 = 1L;
static int8_t **g_1008[4][4][2] = {{{&g_389[0],&g_389[0]},{&g_389[0],&g_389[3]},{&g_389[0],&g_389[3]},{&g_389[0],&g_389[0]}},{{&g_389[0],&g_389[0]},{&g_389[0],&g_389[3]},{&g_389[0],&g_389[3]},{&g_389[0],&g_389[0]}},{{&g_389[0],&g_389[0]},{&g_389[0],&g_389[3]},{&g_389[0],&g_389[3]},{&g_389[0],&g_389[0]}},{{&g_389[0],&g_389[0]},{&g_389[0],&g_389[3]},{&g_389[0],&g_389[3]},{&g_389[0],&g_389[0]}}};
static int32_t **g_1028 = &g_206;
static int64_t g_1046[3][5] = {{1L,0x453260194EAE6E5ELL,0x453260194EAE6E5ELL,1L,0x453260194EAE6E5ELL},{0x547E353351383511LL,0x547E353351383511LL,(-4L),0x547E353351383511LL,0x547E353351383511LL},{0x453260194EAE6E5ELL,1L,0x453260194EAE6E5ELL,0x453260194EAE6E5ELL,1L}};
static int32_t g_1053[1][3] = {{(-1L),(-1L),(-1L)}};
static int32_t ***g_1093 = &g_1028;
static int32_t ****g_1092 = &g_1093;
static int32_t *****g_1091 = &g_1092;
static uint32_t g_1153 = 0UL;
static const uint8_t g_1224[4][1] = {{1UL},{255UL},{1UL},{255UL}};
static uint64_t g_1252 = 0x51F4D597C030AC27LL;
static int64_t g_1296 = 0x75A7242A9FB57119LL;
static uint64_t g_1319 = 1UL;
static uint32_t ** const *g_1384 = &g_709;
static uint32_t ** const **g_1383 = &g_1384;
static const int32_t *g_1402[5][1] = {{&g_43},{&g_542[0]},{&g_43},{&g_542[0]},{&g_43}};
static const int32_t **g_1401 = &g_1402[3][0];
static const int32_t ***g_1400 = &g_1401;
static int8_t ***g_1410 = &g_1008[3][0][1];
static int8_t ****g_1409 = &g_1410;


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static int64_t  func_21(int32_t * p_22, int32_t * p_23, uint32_t  p_24);
static int32_t * func_25(uint64_t  p_26, uint64_t  p_27);
static int32_t  func_30(int32_t * p_31);
static uint64_t  func_60(const int8_t  p_61, int32_t ** p_62);
static const int8_t  func_74(uint32_t  p_75, int32_t  p_76, int32_t  p_77, int32_t  p_78, int32_t * p_79);
static int32_t  func_82(const int8_t * p_83);
static int64_t  func_87(int8_t  p_88, int32_t * p_89, int32_t  p_90);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_5 g_10 g_9 g_44 g_48 g_55 g_195 g_227 g_93 g_94 g_490 g_389 g_390 g_218 g_1053 g_42 g_635 g_1046 g_492 g_1224 g_1092 g_1093 g_1028 g_206 g_512 g_1153 g_226 g_709 g_171 g_68 g_302 g_373 g_54 g_303 g_43 g_412 g_542 g_946 g_371 g_375 g_1296 g_1383 g_1400 g_1409 g_1091
 * writes: g_2 g_5 g_9 g_10 g_44 g_48 g_55 g_195 g_42 g_68 g_171 g_94 g_1046 g_390 g_1252 g_303 g_412 g_373 g_512 g_375 g_1296 g_1400 g_1053 g_371
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    const int16_t l_13[1] = {0L};
    int32_t l_14 = (-10L);
    int32_t *l_20[3];
    int32_t l_28 = (-10L);
    uint64_t *l_1318 = &g_1319;
    int16_t l_1320 = 0xB9F0L;
    int8_t l_1321 = 0x39L;
    int32_t l_1322 = 0x1D8610B9L;
    int32_t l_1323[1];
    int64_t l_1516[3][4] = {{(-4L),0x291DECB760E69E5DLL,(-4L),0x291DECB760E69E5DLL},{(-4L),0x291DECB760E69E5DLL,(-4L),0x291DECB760E69E5DLL},{(-4L),0x291DECB760E69E5DLL,(-4L),0x291DECB760E69E5DLL}};
    uint8_t l_1517 = 255UL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_20[i] = &g_2;
    for (i = 0; i < 1; i++)
        l_1323[i] = 4L;
    for (g_2 = 0; (g_2 < (-25)); --g_2)
    { /* block id: 3 */
        int32_t *l_15 = &g_5;
        for (g_5 = (-19); (g_5 < 22); g_5++)
        { /* block id: 6 */
            int32_t *l_8[3][5][5] = {{{(void*)0,(void*)0,&g_2,&g_2,&g_5},{&g_5,(void*)0,(void*)0,&g_2,&g_2},{&g_2,&g_2,&g_5,&g_2,&g_2},{&g_2,&g_5,&g_2,&g_5,&g_5},{&g_2,(void*)0,&g_2,&g_5,&g_5}},{{&g_2,&g_5,(void*)0,(void*)0,&g_5},{&g_5,&g_2,&g_2,&g_5,&g_2},{(void*)0,(void*)0,&g_2,(void*)0,&g_2},{&g_5,&g_5,&g_5,&g_2,&g_5},{&g_2,&g_2,(void*)0,&g_2,&g_5}},{{&g_2,&g_5,&g_2,&g_2,&g_5},{&g_5,(void*)0,(void*)0,&g_2,&g_2},{(void*)0,&g_2,&g_2,&g_2,&g_2},{(void*)0,&g_5,&g_5,&g_2,&g_5},{(void*)0,(void*)0,&g_5,(void*)0,(void*)0}}};
            int i, j, k;
            g_10 = (g_9 = ((-1L) || 18446744073709551614UL));
            if (g_10)
                continue;
        }
        (*l_15) = (l_14 = (safe_mod_func_uint32_t_u_u(l_13[0], 0x1521FAFBL)));
    }
    for (g_2 = 7; (g_2 >= 6); g_2--)
    { /* block id: 16 */
        return g_10;
    }
    g_2 = (safe_rshift_func_int16_t_s_u((-7L), g_10));
    l_1517 = (l_1516[1][2] = (func_21(&l_14, (g_5 , func_25(g_9, l_28)), (((((safe_mul_func_uint16_t_u_u((((((safe_add_func_int32_t_s_s(((g_542[0] ^ ((safe_unary_minus_func_uint16_t_u(g_1153)) != (safe_sub_func_uint16_t_u_u((((safe_lshift_func_uint16_t_u_s(0x8139L, 11)) ^ (((safe_lshift_func_int16_t_s_u(((l_1318 = l_1318) != (void*)0), g_946)) | 0x5E279880L) >= g_371)) ^ g_375), g_1053[0][1])))) & l_1320), l_1321)) , l_1322) , g_946) <= 0xD8AEB47AC7D66F70LL) == 0x4F37C73AL), 0x1A45L)) , l_1323[0]) , (-1L)) , 1UL) == g_375)) & g_43));
    return (*****g_1091);
}


/* ------------------------------------------ */
/* 
 * reads : g_44 g_1296 g_68 g_371 g_635 g_171 g_302 g_303 g_94 g_2 g_227 g_93 g_55 g_375 g_1383 g_1400 g_1409 g_226 g_542 g_492 g_389 g_390 g_1053 g_512
 * writes: g_512 g_375 g_1296 g_44 g_171 g_303 g_2 g_55 g_94 g_1400 g_5 g_1053 g_371
 */
static int64_t  func_21(int32_t * p_22, int32_t * p_23, uint32_t  p_24)
{ /* block id: 605 */
    uint8_t *l_1328 = (void*)0;
    int32_t l_1332 = 0x268DFA71L;
    int8_t ** const *l_1339 = &g_490;
    int8_t ***l_1353 = &g_1008[3][3][0];
    uint32_t l_1393 = 18446744073709551615UL;
    int32_t l_1444 = 0xBE3B2BFCL;
    int32_t l_1445[1];
    const int32_t *l_1454 = &g_5;
    int8_t l_1488 = (-10L);
    uint64_t l_1493 = 0xB5344CE2182AD6C7LL;
    int8_t l_1497 = 1L;
    int32_t *l_1498 = &g_2;
    int32_t *l_1499 = &l_1332;
    int32_t *l_1500 = (void*)0;
    int32_t *l_1501 = &g_946;
    int32_t *l_1502 = &g_2;
    int32_t *l_1503 = &g_1053[0][1];
    int32_t *l_1504 = &l_1332;
    int32_t *l_1505 = &g_946;
    int32_t *l_1506 = &g_5;
    int32_t *l_1507 = &g_5;
    int32_t *l_1508[2];
    int32_t l_1509 = 0L;
    int32_t l_1510 = (-1L);
    int8_t l_1511 = 0x44L;
    int16_t l_1512 = 0x8630L;
    uint8_t l_1513 = 0x70L;
    int i;
    for (i = 0; i < 1; i++)
        l_1445[i] = 0x61A6F577L;
    for (i = 0; i < 2; i++)
        l_1508[i] = &l_1445[0];
lbl_1375:
    for (g_512 = 0; (g_512 <= 1); g_512 += 1)
    { /* block id: 608 */
    }
    for (g_375 = 0; (g_375 <= 0); g_375 += 1)
    { /* block id: 621 */
        uint8_t l_1352 = 0x4DL;
        int32_t l_1357 = 3L;
        int16_t **l_1376 = (void*)0;
        int32_t l_1438 = 2L;
        int32_t l_1440 = (-1L);
        int32_t l_1442 = 0x237D1A53L;
        int32_t l_1443 = 0x8F0F3BBCL;
        int32_t l_1448[4][5] = {{0xA0EF5781L,1L,0xA0EF5781L,0x46BA7E2EL,0x46BA7E2EL},{0xA0EF5781L,1L,0xA0EF5781L,0x46BA7E2EL,0x46BA7E2EL},{0xA0EF5781L,1L,0xA0EF5781L,0x46BA7E2EL,0x46BA7E2EL},{0xA0EF5781L,1L,0xA0EF5781L,0x46BA7E2EL,0x46BA7E2EL}};
        int i, j;
        for (g_1296 = 0; (g_1296 <= 0); g_1296 += 1)
        { /* block id: 624 */
            int32_t ** const l_1334 = (void*)0;
            int32_t l_1355 = 0x31CC1090L;
            int32_t l_1356 = 0L;
            int32_t l_1359 = 0x0C5B4C96L;
            int8_t l_1360[4];
            int32_t l_1361 = 4L;
            int i;
            for (i = 0; i < 4; i++)
                l_1360[i] = (-1L);
            for (g_44 = 0; (g_44 <= 0); g_44 += 1)
            { /* block id: 627 */
                int8_t ** const **l_1340 = &l_1339;
                int32_t l_1358 = 0L;
                uint16_t l_1362 = 6UL;
                int i, j, k;
                (*p_23) = ((((~(((void*)0 != l_1334) <= (((safe_lshift_func_uint16_t_u_u(((safe_mod_func_int64_t_s_s((((*g_302) &= (((*l_1340) = l_1339) != ((((0x223E4094L != 0L) && ((((!(((+(safe_add_func_uint64_t_u_u((!(((g_68[(g_44 + 2)][g_1296] || g_371) , ((*g_635)++)) > ((p_24 || ((((safe_sub_func_uint64_t_u_u(((safe_sub_func_uint8_t_u_u(g_68[(g_44 + 2)][g_1296], p_24)) | 9L), g_68[(g_44 + 2)][g_1296])) & g_68[(g_44 + 2)][g_1296]) <= p_24) , p_24)) < p_24))), p_24))) >= 2UL) , p_24)) , l_1352) && p_24) || (*g_635))) , p_24) , l_1353))) <= 0xF8EFL), p_24)) || p_24), 13)) || 1L) || 1L))) & g_68[(g_44 + 2)][g_1296]) <= 5L) >= g_68[(g_44 + 2)][g_1296]);
            }
            for (g_55 = 0; (g_55 <= 0); g_55 += 1)
            { /* block id: 645 */
                uint16_t l_1378 = 0xEA79L;
                int32_t l_1404 = 0x78E7F973L;
                if ((*g_94))
                { /* block id: 646 */
                    return p_24;
                }
                else
                { /* block id: 648 */
                    (**g_227) = p_22;
                    if (g_2)
                        goto lbl_1375;
                    (*g_94) = (l_1376 != (void*)0);
                }
                for (l_1361 = 0; (l_1361 >= 0); l_1361 -= 1)
                { /* block id: 655 */
                    int32_t *l_1377 = (void*)0;
                    uint8_t *l_1399 = &l_1352;
                    const int32_t ****l_1403[1][3];
                    int i, j, k;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 3; j++)
                            l_1403[i][j] = &g_1400;
                    }
                    l_1378++;
                    l_1404 = (safe_sub_func_int64_t_s_s(((void*)0 == g_1383), (safe_mul_func_int8_t_s_s((safe_rshift_func_int8_t_s_u(((safe_sub_func_uint16_t_u_u(3UL, (safe_mod_func_int32_t_s_s(l_1393, (*p_22))))) <= (p_24 & p_24)), 3)), ((!(safe_lshift_func_int8_t_s_s(((safe_sub_func_uint8_t_u_u(((*l_1399) = 0xCCL), (((g_1400 = g_1400) == (void*)0) & (-1L)))) != p_24), p_24))) , 0x95L)))));
                }
            }
            return p_24;
        }
        if (g_371)
            goto lbl_1375;
        if ((*p_22))
            continue;
        for (g_5 = 0; (g_5 <= 0); g_5 += 1)
        { /* block id: 668 */
            uint32_t *l_1407 = &g_171;
            int8_t ****l_1408 = &l_1353;
            int8_t l_1426 = 0L;
            int32_t l_1436 = 7L;
            int32_t l_1439 = 0x2C6E5675L;
            int32_t l_1441 = 5L;
            int64_t l_1446[4][1] = {{0x59CBF516EFE17A04LL},{(-1L)},{0x59CBF516EFE17A04LL},{(-1L)}};
            int32_t l_1447 = 0xDB2A3B87L;
            uint64_t l_1451 = 0x3FB2E10CF1CF0F92LL;
            int i, j;
            if ((safe_rshift_func_int16_t_s_u((*g_302), 5)))
            { /* block id: 669 */
                int16_t l_1423 = (-1L);
                int8_t l_1427 = (-7L);
                int32_t l_1434 = 0x57B08A54L;
                int32_t l_1449 = 0x5D9C1FC4L;
                int32_t l_1450 = (-1L);
                if ((((void*)0 == l_1407) >= (l_1408 == g_1409)))
                { /* block id: 670 */
                    int8_t **l_1420 = (void*)0;
                    int32_t l_1424 = 0x88F1F947L;
                    int32_t l_1425[2][4][2] = {{{1L,0xF6BF22DFL},{0xF6BF22DFL,1L},{0xF6BF22DFL,0xF6BF22DFL},{1L,0xF6BF22DFL}},{{0xF6BF22DFL,1L},{0xF6BF22DFL,0xF6BF22DFL},{1L,0xF6BF22DFL},{0xF6BF22DFL,1L}}};
                    int32_t *l_1428 = &g_1053[0][0];
                    int i, j, k;
                    (*l_1428) |= (((safe_div_func_uint32_t_u_u((((p_24 & (+(!(~(l_1426 = ((l_1424 &= ((safe_mod_func_uint64_t_u_u(((safe_sub_func_int64_t_s_s(((*g_226) == (void*)0), (l_1420 == (void*)0))) <= (p_24 & (((l_1393 <= (safe_rshift_func_uint8_t_u_s(0xD1L, l_1423))) , g_542[0]) | (**g_492)))), g_390)) && (****g_226))) & l_1425[0][2][1])))))) != 1L) ^ l_1427), (*p_22))) ^ l_1393) >= 65531UL);
                    if (l_1332)
                        continue;
                    if ((*g_94))
                        continue;
                    (*p_22) |= (safe_lshift_func_uint16_t_u_s(p_24, (0xE559L < (safe_rshift_func_uint8_t_u_s(0xC0L, 7)))));
                }
                else
                { /* block id: 677 */
                    int32_t *l_1433 = (void*)0;
                    int32_t *l_1435 = &g_2;
                    int32_t *l_1437[5];
                    int i;
                    for (i = 0; i < 5; i++)
                        l_1437[i] = (void*)0;
                    l_1451--;
                }
                (**g_227) = p_23;
                (**g_227) = p_23;
            }
            else
            { /* block id: 682 */
                const int32_t *l_1455 = &g_1053[0][0];
                for (g_371 = 0; (g_371 <= 0); g_371 += 1)
                { /* block id: 685 */
                    l_1455 = l_1454;
                    (*g_94) = (0xE7L <= ((void*)0 == (*g_226)));
                }
            }
        }
    }
    l_1513++;
    return p_24;
}


/* ------------------------------------------ */
/* 
 * reads : g_5 g_10 g_2 g_44 g_9 g_48 g_55 g_227 g_93 g_94 g_195 g_490 g_389 g_390 g_218 g_1053 g_42 g_635 g_1046 g_492 g_1224 g_1092 g_1093 g_1028 g_206 g_512 g_1153 g_226 g_709 g_171 g_68 g_302 g_373 g_54 g_303 g_43 g_412
 * writes: g_5 g_2 g_44 g_48 g_55 g_195 g_42 g_10 g_68 g_171 g_9 g_94 g_1046 g_390 g_1252 g_303 g_412 g_373
 */
static int32_t * func_25(uint64_t  p_26, uint64_t  p_27)
{ /* block id: 20 */
    int32_t *l_29[1][4][3] = {{{&g_2,&g_5,&g_2},{&g_5,(void*)0,&g_2},{&g_5,&g_5,(void*)0},{&g_2,(void*)0,(void*)0}}};
    int32_t l_1161 = (-10L);
    uint32_t ****l_1183 = (void*)0;
    uint32_t l_1203[4] = {0x1F6AED01L,0x1F6AED01L,0x1F6AED01L,0x1F6AED01L};
    uint32_t l_1234[5] = {18446744073709551611UL,18446744073709551611UL,18446744073709551611UL,18446744073709551611UL,18446744073709551611UL};
    int16_t **l_1248 = &g_302;
    int i, j, k;
lbl_1178:
    g_5 |= 7L;
    for (p_27 = 0; (p_27 <= 0); p_27 += 1)
    { /* block id: 24 */
        uint16_t l_1162 = 0xC5DDL;
        int32_t l_1163 = (-4L);
        int32_t l_1165 = 1L;
        int32_t l_1167 = 0L;
        int32_t l_1169 = 0xF7868DE4L;
        int32_t l_1170 = 1L;
        int32_t l_1171 = 0xDECB69D4L;
        int32_t l_1172 = (-5L);
        uint16_t l_1173 = 0x39C3L;
        uint32_t ***l_1202 = &g_709;
        uint32_t **** const l_1201 = &l_1202;
        uint32_t **** const *l_1200 = &l_1201;
        uint16_t l_1293 = 1UL;
        l_1161 |= func_30(&g_5);
        if (p_27)
            continue;
        l_1163 &= (l_1162 , 0x0F6D1680L);
        for (g_195 = 0; (g_195 >= 0); g_195 -= 1)
        { /* block id: 528 */
            int64_t l_1164 = 0x129863FB12CBD000LL;
            int32_t l_1166 = 1L;
            int32_t l_1168[4];
            uint32_t ****l_1185 = (void*)0;
            const int8_t l_1204 = 1L;
            int32_t *l_1225 = &g_43;
            uint64_t l_1297 = 3UL;
            int8_t l_1301 = 0xF7L;
            uint32_t l_1302[3];
            int i;
            for (i = 0; i < 4; i++)
                l_1168[i] = 4L;
            for (i = 0; i < 3; i++)
                l_1302[i] = 0x36606B08L;
            ++l_1173;
            if ((safe_lshift_func_uint8_t_u_u(l_1168[3], 2)))
            { /* block id: 530 */
                uint32_t *****l_1184 = &l_1183;
                int8_t *l_1191 = &g_68[1][0];
                int32_t l_1192 = (-1L);
                int32_t l_1193 = (-1L);
                uint8_t *l_1205 = (void*)0;
                uint8_t *l_1206 = &g_9;
                int32_t l_1207 = 7L;
                int32_t l_1210 = 0x64B6A2AAL;
                int32_t *l_1229 = &l_1165;
                for (g_42 = 0; (g_42 >= 0); g_42 -= 1)
                { /* block id: 533 */
                    uint32_t l_1179 = 4294967294UL;
                    if (g_2)
                        goto lbl_1178;
                    (***g_227) |= (0x48427213L | p_27);
                    if (l_1179)
                        continue;
                }
                for (g_10 = 0; (g_10 <= 2); g_10 += 1)
                { /* block id: 540 */
                    int i, j, k;
                    l_29[g_195][g_10][(g_195 + 2)] = &l_1168[(p_27 + 3)];
                }
                l_1207 ^= ((**g_490) == ((*l_1206) = ((safe_add_func_uint32_t_u_u((l_1168[0] = ((((+((((*l_1184) = l_1183) == l_1185) != p_26)) , 0xED0FL) != (((safe_mod_func_uint8_t_u_u(((((((safe_add_func_int32_t_s_s((((l_1192 = (!((*l_1191) = p_26))) <= ((*g_94) = l_1193)) >= g_218), (((*g_635) = (safe_div_func_int16_t_s_s((safe_sub_func_int64_t_s_s(((safe_div_func_uint64_t_u_u(0x3DAFCAC1C0960FA2LL, l_1168[0])) && p_26), g_1053[0][2])), g_42))) & 0xFDECE979L))) | g_42) | 0xEAL) <= l_1173) , l_1200) == (void*)0), p_27)) | p_26) & p_26)) , 0UL)), l_1203[0])) >= l_1204)));
                if ((safe_add_func_uint16_t_u_u(g_1046[2][1], ((((l_1210 = ((**g_492) == 248UL)) || (safe_rshift_func_uint16_t_u_u((((~((((((safe_mul_func_uint8_t_u_u(255UL, ((safe_div_func_int64_t_s_s((-1L), (safe_mul_func_int8_t_s_s((**g_490), (((safe_mul_func_int8_t_s_s((((g_1224[3][0] || (1L < ((l_1166 > p_26) ^ 0x7EL))) ^ p_27) & p_26), l_1168[0])) != g_1046[0][4]) , p_26))))) | p_27))) , l_1225) == (***g_1092)) ^ 0xD378L) && 0x9234A609L) != l_1162)) || 0x87EC6D146E96AD68LL) , g_512), p_26))) <= p_27) | l_1193))))
                { /* block id: 552 */
                    l_1229 = (((((!((0xFE9C88CB4DD0891FLL <= (safe_mod_func_int16_t_s_s((g_1224[3][0] | l_1210), g_1153))) && g_5)) | 0xFEBDAE1AL) != l_1207) != (**g_492)) , (void*)0);
                    (*g_94) ^= 0x73A23192L;
                    (***g_226) = (***g_226);
                    if ((*g_94))
                        continue;
                }
                else
                { /* block id: 557 */
                    uint8_t l_1237 = 247UL;
                    (***g_227) = (safe_div_func_uint8_t_u_u(((void*)0 == (*l_1202)), (safe_rshift_func_uint8_t_u_u(0xFFL, 2))));
                    l_1234[1]--;
                    if (g_218)
                        goto lbl_1178;
                    ++l_1237;
                }
            }
            else
            { /* block id: 563 */
                uint64_t *l_1247 = &g_10;
                int64_t *l_1249[1];
                const int32_t l_1250[4][1][3] = {{{0x7436C098L,0x7436C098L,0x7436C098L}},{{0xD5287B6FL,0xD5287B6FL,0xD5287B6FL}},{{0x7436C098L,0x7436C098L,0x7436C098L}},{{0xD5287B6FL,0xD5287B6FL,0xD5287B6FL}}};
                uint64_t *l_1251 = &g_1252;
                int32_t l_1259 = (-10L);
                int32_t l_1300[2];
                int i, j, k;
                for (i = 0; i < 1; i++)
                    l_1249[i] = &l_1164;
                for (i = 0; i < 2; i++)
                    l_1300[i] = 0L;
                if (((safe_add_func_uint64_t_u_u(((*l_1251) = ((0L != (p_26 , (safe_sub_func_uint32_t_u_u(((safe_unary_minus_func_int64_t_s(((1L == ((**g_492) |= (l_1168[2] | ((l_1168[0] || (g_1046[2][1] = (l_1169 = ((l_1163 , (((*l_1247) = (safe_mul_func_int16_t_s_s(l_1164, 1UL))) , &g_302)) != l_1248)))) < 1UL)))) < (*g_635)))) & p_26), l_1250[2][0][0])))) | 0xFFL)), g_68[2][1])) && p_26))
                { /* block id: 569 */
                    int64_t l_1265 = 0xA4CA3343A9F6F5EALL;
                    int32_t l_1270 = 0x6740785DL;
                    int16_t *l_1271 = &g_412;
                    l_1168[0] = ((*g_94) = (safe_rshift_func_uint16_t_u_s(((safe_add_func_int32_t_s_s(((safe_div_func_uint32_t_u_u(((l_1259 = l_1163) == ((*l_1247) ^= 0xBD6AD79EDFFC5B91LL)), p_26)) | (safe_lshift_func_int16_t_s_u((safe_mul_func_int16_t_s_s(0xB555L, ((*l_1271) = ((*g_302) = (~(l_1265 , ((l_1270 = (((**g_490) &= (((((safe_sub_func_int64_t_s_s(((*g_635) || (safe_rshift_func_int16_t_s_u((p_26 >= (4294967290UL > 0x15F104C6L)), 8))), g_1224[1][0])) <= 0xD8L) && 65529UL) ^ l_1163) < 0xB887L)) == p_26)) || p_26))))))), 3))), 0x15EEB8D4L)) || 0x04L), g_218)));
                }
                else
                { /* block id: 578 */
                    if (p_27)
                        break;
                }
                for (g_373 = 0; (g_373 <= 2); g_373 += 1)
                { /* block id: 583 */
                    int32_t l_1272[3][3][5] = {{{1L,1L,0x75498DADL,1L,1L},{0x0B10367CL,1L,0x0B10367CL,0x0B10367CL,1L},{1L,0x0B10367CL,0x0B10367CL,1L,0x0B10367CL}},{{1L,1L,0x75498DADL,1L,1L},{0x0B10367CL,1L,0x0B10367CL,0x0B10367CL,1L},{1L,0x0B10367CL,0x0B10367CL,1L,0x0B10367CL}},{{1L,1L,0x75498DADL,1L,1L},{0x0B10367CL,1L,0x0B10367CL,0x0B10367CL,1L},{1L,0x0B10367CL,0x0B10367CL,1L,0x0B10367CL}}};
                    int i, j, k;
                    if (l_1272[2][1][3])
                        break;
                    if ((***g_227))
                        break;
                    l_29[g_195][g_373][(p_27 + 1)] = &l_1161;
                }
                for (g_48 = 0; (g_48 <= 0); g_48 += 1)
                { /* block id: 590 */
                    int16_t *l_1291 = &g_412;
                    int32_t l_1292 = 1L;
                    int i, j, k;
                    l_1168[1] ^= ((((*l_1291) &= ((safe_lshift_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u(65535UL, (safe_rshift_func_uint16_t_u_s((((((***g_227) <= (*g_635)) || (((*l_1247) = g_54) <= ((safe_lshift_func_int16_t_s_u((((safe_mul_func_uint16_t_u_u(65528UL, (((safe_unary_minus_func_uint32_t_u(((((g_9 = (safe_div_func_uint8_t_u_u(l_1169, ((safe_unary_minus_func_uint16_t_u(g_1224[3][0])) , (safe_div_func_int16_t_s_s((safe_div_func_int64_t_s_s((((((*g_302) , g_5) , g_44) || 0x2FE1L) >= g_195), p_26)), g_44)))))) < l_1250[2][0][0]) <= (*g_302)) >= 0x1DL))) && p_27) ^ 0xC720L))) | p_26) || g_43), 4)) && p_26))) > 5UL) , g_1153), (*g_302))))), 12)) < (****g_226))) <= p_27) | 0xCE83C9F374DEA346LL);
                    l_1293++;
                    l_1297++;
                }
                l_1302[0]++;
            }
            return (**g_227);
        }
    }
    return (**g_227);
}


/* ------------------------------------------ */
/* 
 * reads : g_10 g_5 g_2 g_44 g_9 g_48 g_55
 * writes: g_5 g_2 g_44 g_48 g_55
 */
static int32_t  func_30(int32_t * p_31)
{ /* block id: 25 */
    int32_t *l_33 = &g_2;
    int32_t **l_32 = &l_33;
    int32_t *l_34 = &g_2;
    uint64_t l_35[1];
    int32_t l_36 = 0L;
    int32_t l_37 = 0x53483200L;
    int32_t l_39 = 0L;
    int32_t l_40 = 0xA1BD053AL;
    int32_t l_41[1][3];
    int32_t *l_47[2][3][4] = {{{&l_36,&l_41[0][1],&g_2,&l_41[0][2]},{(void*)0,&l_40,(void*)0,&l_41[0][2]},{&g_2,&l_41[0][1],&l_36,&l_40}},{{&l_36,&l_37,&l_41[0][1],&l_41[0][1]},{&l_37,&l_37,&l_41[0][1],(void*)0},{&l_36,&l_40,&l_36,&l_37}}};
    int8_t * const l_81 = (void*)0;
    const int8_t *l_84 = &g_68[2][1];
    const uint16_t l_993[5] = {0x3801L,0x3801L,0x3801L,0x3801L,0x3801L};
    int32_t **l_1031 = (void*)0;
    uint32_t l_1056[2];
    const int8_t *l_1120 = &g_68[2][1];
    uint32_t l_1154[3][2][1];
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_35[i] = 0x7762969FBC0AE227LL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_41[i][j] = 0x488F5754L;
    }
    for (i = 0; i < 2; i++)
        l_1056[i] = 0xC7261643L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 1; k++)
                l_1154[i][j][k] = 1UL;
        }
    }
    (*l_34) = ((*p_31) &= (g_10 & (((*l_32) = &g_2) == p_31)));
    for (g_2 = 0; (g_2 <= 0); g_2 += 1)
    { /* block id: 31 */
        int32_t *l_38[1][3][2] = {{{&l_37,&g_5},{&g_5,&l_37},{&g_5,&g_5}}};
        int i, j, k;
        --g_44;
        if ((*p_31))
            break;
        return g_9;
    }
    g_48--;
    for (l_39 = 0; (l_39 == 20); l_39 = safe_add_func_uint16_t_u_u(l_39, 9))
    { /* block id: 39 */
        int16_t l_53 = 8L;
        int8_t *l_67 = &g_68[2][1];
        int64_t *l_513 = &g_195;
        int32_t **l_994[2][5][5] = {{{&l_47[1][2][1],&l_33,(void*)0,(void*)0,&l_33},{&l_33,&l_47[1][1][1],&l_47[1][2][1],&l_33,(void*)0},{&l_34,&l_33,(void*)0,&l_33,&l_34},{&l_47[1][2][1],&l_47[1][0][0],&l_47[1][1][1],(void*)0,&l_47[1][0][0]},{&l_34,&l_47[1][1][1],&l_47[1][1][1],&l_34,(void*)0}},{{&l_33,&l_34,(void*)0,&l_47[1][0][0],&l_47[1][0][0]},{&l_47[1][2][1],&l_34,&l_47[1][2][1],(void*)0,&l_34},{&l_47[1][0][0],&l_47[1][1][1],(void*)0,&l_47[1][0][0],(void*)0},{&l_47[1][0][0],&l_47[1][0][0],(void*)0,&l_34,&l_33},{&l_47[1][2][1],&l_33,(void*)0,(void*)0,&l_33}}};
        uint8_t l_1022 = 0x29L;
        int8_t l_1048 = 0xEFL;
        int64_t l_1055 = 0x3F17485ECBFD3F27LL;
        uint16_t l_1088 = 1UL;
        int64_t l_1101[5];
        int16_t l_1123 = (-1L);
        int i, j, k;
        for (i = 0; i < 5; i++)
            l_1101[i] = 0x5F8D4BC987EDEFFFLL;
        g_55++;
    }
    return (*p_31);
}


/* ------------------------------------------ */
/* 
 * reads : g_55 g_512 g_412 g_302
 * writes: g_512 g_490 g_492 g_1008 g_218 g_303 g_55
 */
static uint64_t  func_60(const int8_t  p_61, int32_t ** p_62)
{ /* block id: 446 */
    int32_t *l_999 = (void*)0;
    int32_t *l_1000 = &g_512;
    int8_t **l_1005[4] = {&g_389[0],&g_389[0],&g_389[0],&g_389[0]};
    int8_t ***l_1006 = &g_490;
    int8_t ***l_1007 = &g_492;
    int32_t l_1009 = 1L;
    int64_t *l_1010 = (void*)0;
    int64_t *l_1011 = (void*)0;
    int64_t *l_1012 = (void*)0;
    int64_t *l_1013 = &g_218;
    const uint16_t l_1018 = 65535UL;
    int i;
    (*l_1000) = ((safe_lshift_func_uint8_t_u_u(p_61, ((p_62 = p_62) == (void*)0))) >= (safe_mod_func_uint16_t_u_u(p_61, g_55)));
    (*l_1000) = (safe_mul_func_uint16_t_u_u(p_61, (safe_add_func_int16_t_s_s(((*l_1000) == (((*l_1006) = l_1005[1]) == (g_1008[3][3][0] = ((*l_1007) = &g_389[1])))), ((*g_302) = (((((l_1009 = (*l_1000)) != p_61) , ((*l_1013) = g_412)) && (safe_mod_func_int16_t_s_s((safe_sub_func_uint64_t_u_u(0x0F46348CE1645EDELL, ((*l_1000) != l_1018))), p_61))) <= 4294967295UL))))));
    return g_412;
}


/* ------------------------------------------ */
/* 
 * reads : g_2
 * writes: g_373 g_2
 */
static const int8_t  func_74(uint32_t  p_75, int32_t  p_76, int32_t  p_77, int32_t  p_78, int32_t * p_79)
{ /* block id: 242 */
    uint16_t l_540 = 0UL;
    int32_t l_556 = 0x8FD101F5L;
    int32_t l_557 = 1L;
    uint32_t l_560 = 7UL;
    int32_t *l_591[4];
    uint16_t l_592 = 0xF63AL;
    uint16_t l_612 = 5UL;
    int32_t * const l_676[3] = {&g_2,&g_2,&g_2};
    uint32_t **l_704 = &g_635;
    uint32_t *l_724[5][1];
    uint32_t **l_723 = &l_724[1][0];
    int16_t ** const l_725 = &g_302;
    uint8_t l_809[2];
    int32_t ***l_852 = (void*)0;
    uint32_t l_877 = 18446744073709551615UL;
    int32_t l_910 = 3L;
    int32_t l_942 = 0x65D29AA2L;
    int16_t l_985 = 0x9DF1L;
    int64_t l_989 = 0x2C8FE166F3F2102FLL;
    uint32_t l_990 = 4294967288UL;
    int i, j;
    for (i = 0; i < 4; i++)
        l_591[i] = &l_557;
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 1; j++)
            l_724[i][j] = (void*)0;
    }
    for (i = 0; i < 2; i++)
        l_809[i] = 0xEDL;
    for (g_373 = 0; (g_373 >= 0); g_373 -= 1)
    { /* block id: 245 */
        uint16_t l_538 = 0x8CC9L;
        int32_t l_539 = 0x8136F2E8L;
        int32_t l_549 = 6L;
        int32_t l_552 = 0x60333082L;
        int32_t l_553 = 3L;
        int32_t l_555[4] = {0xE40DF9EBL,0xE40DF9EBL,0xE40DF9EBL,0xE40DF9EBL};
        int16_t * const *l_575 = (void*)0;
        uint16_t l_585 = 0x7984L;
        int32_t *l_590 = &l_556;
        int i;
        (*p_79) = (*p_79);
    }
    --l_592;
    return p_78;
}


/* ------------------------------------------ */
/* 
 * reads : g_68
 * writes:
 */
static int32_t  func_82(const int8_t * p_83)
{ /* block id: 42 */
    return g_68[0][1];
}


/* ------------------------------------------ */
/* 
 * reads : g_93 g_94 g_2 g_9 g_48 g_106 g_5 g_10 g_42 g_44 g_68 g_55 g_149 g_43 g_54 g_218 g_195 g_227 g_302 g_303 g_171 g_373 g_206 g_375 g_390
 * writes: g_2 g_9 g_149 g_54 g_55 g_42 g_171 g_44 g_94 g_195 g_205 g_93 g_218 g_226 g_10 g_371 g_373 g_375 g_389 g_43 g_302 g_490 g_492
 */
static int64_t  func_87(int8_t  p_88, int32_t * p_89, int32_t  p_90)
{ /* block id: 44 */
    int32_t **l_95[2];
    uint8_t l_129[2];
    const uint8_t l_130[3][1] = {{255UL},{255UL},{255UL}};
    int32_t l_147 = 0x1BD848F3L;
    const uint32_t l_152 = 1UL;
    int32_t **l_213 = &g_206;
    int32_t l_221 = 1L;
    int64_t l_233 = 8L;
    uint8_t l_235 = 0x0AL;
    uint64_t l_344 = 0UL;
    uint16_t *l_378 = &g_55;
    uint32_t l_381[5] = {0x8FCCC502L,0x8FCCC502L,0x8FCCC502L,0x8FCCC502L,0x8FCCC502L};
    int8_t **l_411 = &g_389[2];
    int i, j;
    for (i = 0; i < 2; i++)
        l_95[i] = &g_94;
    for (i = 0; i < 2; i++)
        l_129[i] = 0x95L;
    for (p_90 = 0; (p_90 == 1); ++p_90)
    { /* block id: 47 */
        uint8_t *l_98 = (void*)0;
        uint8_t *l_99[1];
        uint8_t **l_107 = &l_99[0];
        int32_t l_118 = 0xC0376B33L;
        int i;
        for (i = 0; i < 1; i++)
            l_99[i] = &g_9;
        (*g_94) &= (g_93[0][0][2] != l_95[0]);
        (*g_94) = ((safe_mul_func_uint8_t_u_u((--g_9), (((safe_sub_func_int32_t_s_s((safe_lshift_func_int8_t_s_u((((g_48 , l_98) == ((*l_107) = g_106)) , (safe_add_func_int8_t_s_s((safe_mul_func_int16_t_s_s((safe_add_func_int16_t_s_s(((p_88 > ((((p_88 || g_2) != (safe_lshift_func_uint16_t_u_s((safe_sub_func_int64_t_s_s(l_118, (((safe_add_func_uint32_t_u_u((safe_mod_func_int32_t_s_s((0x91L ^ ((safe_mul_func_int8_t_s_s(((safe_div_func_uint32_t_u_u((safe_lshift_func_uint8_t_u_u((((void*)0 == &g_94) ^ (*p_89)), 4)), (-9L))) & 1UL), p_90)) == 0x57L)), p_88)), 0x80AA79CBL)) & g_10) & 0xBFBDL))), 8))) != p_90) | g_42)) < l_129[1]), l_130[0][0])), 0x09C6L)), g_44))), g_68[2][1])), 0xAB16F840L)) == l_118) == p_88))) <= 0UL);
    }
    if ((*p_89))
    { /* block id: 53 */
        const uint32_t l_145[5] = {4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL};
        uint8_t *l_146 = (void*)0;
        uint16_t *l_148 = &g_149;
        int32_t l_150 = 0xC59BD728L;
        int32_t *l_151 = &g_54;
        int32_t l_153 = 0x8D3076AEL;
        int i;
        l_153 |= ((safe_add_func_uint32_t_u_u(((((*g_94) &= ((safe_lshift_func_int16_t_s_s((((*l_151) = ((0x10B6L || (safe_mul_func_uint8_t_u_u((l_150 |= ((safe_mul_func_uint16_t_u_u(((*l_148) &= (((safe_unary_minus_func_int16_t_s((safe_mul_func_uint32_t_u_u(g_55, ((~p_90) == ((&g_94 != ((safe_rshift_func_uint8_t_u_s(l_145[0], (l_145[0] | ((l_146 == (p_88 , (void*)0)) != p_90)))) , &g_94)) & l_147)))))) & g_10) < p_88)), 0xB35EL)) ^ 1L)), l_145[0]))) <= l_145[0])) , g_149), 8)) < 18446744073709551615UL)) > g_55) & l_152), (*p_89))) || 0xEC222182L);
    }
    else
    { /* block id: 59 */
        uint64_t l_156[2][2][5] = {{{0x66DC25B180E96879LL,0x6A0D05BA9ED696CBLL,0x66DC25B180E96879LL,0x6A0D05BA9ED696CBLL,0x66DC25B180E96879LL},{18446744073709551608UL,0x1D4D89940A8543E8LL,0x1D4D89940A8543E8LL,18446744073709551608UL,18446744073709551608UL}},{{0UL,0x6A0D05BA9ED696CBLL,0UL,0x6A0D05BA9ED696CBLL,0UL},{18446744073709551608UL,18446744073709551608UL,0x1D4D89940A8543E8LL,0x1D4D89940A8543E8LL,18446744073709551608UL}}};
        uint64_t *l_165 = (void*)0;
        uint64_t *l_166 = (void*)0;
        int32_t l_167 = 0x41292671L;
        uint16_t *l_168 = &g_55;
        int16_t *l_169 = &g_42;
        uint32_t *l_170 = &g_171;
        int8_t l_172 = (-8L);
        int32_t l_175 = 0x9DE1B36AL;
        int32_t l_176 = 0x8ADB6E06L;
        uint16_t l_177 = 0UL;
        int32_t *l_203[2];
        int32_t **l_202 = &l_203[1];
        int32_t **l_215 = &g_94;
        int32_t l_217 = 0x56C5408EL;
        int32_t l_281 = 0x1925C745L;
        int32_t l_283 = (-1L);
        int32_t l_285 = 2L;
        int32_t l_286[5] = {0x332E96C8L,0x332E96C8L,0x332E96C8L,0x332E96C8L,0x332E96C8L};
        int8_t l_338[2];
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_203[i] = &g_43;
        for (i = 0; i < 2; i++)
            l_338[i] = 0x47L;
        (*g_94) = (l_172 = ((p_90 , 0x53C716A1L) , ((((*l_170) = (((safe_add_func_uint32_t_u_u(l_156[1][0][0], (-1L))) != ((safe_lshift_func_uint8_t_u_s((safe_lshift_func_uint16_t_u_u(g_149, ((*l_168) = (safe_sub_func_uint64_t_u_u((l_167 = (0x31L < (safe_lshift_func_uint8_t_u_u(0x38L, 2)))), 2L))))), 2)) , (((*l_169) = p_88) , p_90))) , g_43)) , g_9) <= l_156[0][1][2])));
        (*g_94) = (safe_div_func_int32_t_s_s((*g_94), l_167));
        for (l_147 = 1; (l_147 >= 0); l_147 -= 1)
        { /* block id: 69 */
            int8_t l_196[5][3] = {{0L,0x7AL,0L},{0L,0x34L,0L},{0L,0L,(-7L)},{0xDBL,0L,0xDBL},{(-7L),0L,(-7L)}};
            int8_t l_198 = (-1L);
            int32_t l_201 = 0x6DB2C2C7L;
            int32_t * const *l_230 = &g_94;
            int32_t * const **l_229 = &l_230;
            int32_t * const ***l_228 = &l_229;
            int32_t l_234 = 1L;
            int32_t l_277 = 0xBB8BD90CL;
            int i, j;
            for (g_44 = 0; (g_44 <= 1); g_44 += 1)
            { /* block id: 72 */
                uint64_t *l_191 = &l_156[1][0][0];
                const int32_t l_197 = (-1L);
                int32_t ***l_200 = &g_93[0][0][2];
                int32_t ****l_199 = &l_200;
                for (g_171 = 0; (g_171 <= 1); g_171 += 1)
                { /* block id: 75 */
                    int32_t * const l_180[2][2][1] = {{{&l_176},{&l_176}},{{&l_176},{&l_176}}};
                    int32_t **l_181 = &g_94;
                    uint8_t **l_186 = (void*)0;
                    int64_t *l_194 = &g_195;
                    int i, j, k;
                    ++l_177;
                    (*l_181) = l_180[0][0][0];
                    l_198 = ((safe_lshift_func_uint16_t_u_s((p_88 <= (safe_div_func_int64_t_s_s(((l_186 != &g_106) ^ (safe_rshift_func_int16_t_s_s((g_42 < ((safe_sub_func_uint64_t_u_u(((void*)0 == l_191), ((*l_194) = (safe_mul_func_int16_t_s_s(p_88, (-8L)))))) >= ((((((*l_168) = l_196[1][1]) == p_88) , 0x814B8F76L) >= 0L) > 0x64322194L))), 8))), l_197))), l_156[1][0][0])) == g_54);
                    if ((*p_89))
                        continue;
                }
                (*l_199) = &g_93[0][0][1];
                for (l_172 = 1; (l_172 >= 0); l_172 -= 1)
                { /* block id: 86 */
                }
            }
            for (g_9 = 0; (g_9 <= 1); g_9 += 1)
            { /* block id: 94 */
                uint32_t l_214 = 1UL;
                int32_t * const *l_219 = (void*)0;
                int32_t ***l_225 = &g_93[0][0][2];
                int32_t ****l_224 = &l_225;
                int32_t l_276 = 3L;
                int32_t l_280 = 0L;
                int32_t l_282 = (-1L);
                int32_t l_284 = (-4L);
                int32_t l_287 = 0x19B1B65EL;
                int32_t l_288 = 0x05C94974L;
                int32_t l_289 = 0x920C041AL;
                int32_t l_290 = 1L;
                uint16_t l_291 = 0xE737L;
                for (l_198 = 1; (l_198 >= 0); l_198 -= 1)
                { /* block id: 97 */
                    int32_t ***l_204[2][2] = {{&l_202,&l_202},{&l_202,&l_202}};
                    int32_t ***l_216 = &g_93[0][0][2];
                    int32_t * const **l_220 = &l_219;
                    int i, j;
                    l_201 = (*g_94);
                    g_205[1] = l_202;
                    g_218 |= ((*p_89) < (safe_mul_func_int8_t_s_s((safe_mod_func_uint8_t_u_u(((safe_mod_func_int16_t_s_s(((void*)0 != l_213), (l_214 || ((((1L < ((*g_94) |= (-7L))) || (l_215 == ((*l_216) = &g_94))) < (((l_177 , g_48) , 255UL) < 9L)) < l_217)))) , p_88), 7UL)), p_90)));
                    (*l_220) = l_219;
                }
                if ((1UL | ((g_195 , l_221) <= (safe_add_func_uint16_t_u_u(1UL, (((g_226 = l_224) == l_228) != (***g_227)))))))
                { /* block id: 106 */
                    int32_t l_231 = 1L;
                    int32_t l_232[2];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_232[i] = 0xD6B82226L;
                    l_235--;
                    l_234 ^= (((((safe_lshift_func_uint16_t_u_s((8UL < g_5), 8)) == (**l_215)) > (safe_mul_func_int16_t_s_s((g_195 && p_88), ((safe_mod_func_uint32_t_u_u(((((((safe_div_func_uint32_t_u_u((safe_sub_func_uint16_t_u_u(p_88, (safe_lshift_func_int8_t_s_u(((safe_mod_func_uint8_t_u_u((safe_div_func_int32_t_s_s((safe_div_func_uint16_t_u_u((~((((**l_230) < ((safe_div_func_uint8_t_u_u((((*l_169) &= 0xD824L) , (1UL != 7UL)), 250UL)) >= (**l_230))) , p_90) == (*g_94))), g_218)), (***g_227))), (***l_225))) , p_88), p_88)))), (***l_229))) , 0x1FDFL) <= g_149) | g_44) || g_10) , 0xBB7738A4L), (*g_94))) , p_90)))) < 0x2E1FL) & 0UL);
                    if ((**l_215))
                        continue;
                }
                else
                { /* block id: 111 */
                    uint8_t *l_263 = &l_129[1];
                    int32_t **l_270 = &g_94;
                    int32_t l_272 = (-3L);
                    l_272 &= (safe_div_func_uint8_t_u_u((++(*l_263)), (safe_mul_func_int16_t_s_s(((safe_add_func_int8_t_s_s(0x0EL, (&p_89 != (l_270 = (*g_227))))) >= (p_90 <= (safe_unary_minus_func_int8_t_s(g_48)))), ((****l_224) <= 0x2A9C7A83L)))));
                    return g_2;
                }
                for (l_214 = 0; (l_214 <= 1); l_214 += 1)
                { /* block id: 119 */
                    int32_t l_273 = 0x45FBA784L;
                    int32_t l_274 = 0x3E715459L;
                    int32_t l_275 = 0x3102DFB2L;
                    int32_t l_278 = 1L;
                    int32_t l_279[4][1] = {{1L},{0x09E302E1L},{1L},{0x09E302E1L}};
                    int i, j;
                    l_291--;
                }
            }
        }
        if (((safe_add_func_uint32_t_u_u(g_55, p_90)) != (safe_mul_func_int16_t_s_s(((*l_169) |= 0L), (safe_div_func_uint8_t_u_u(((safe_add_func_uint16_t_u_u(((g_302 != (void*)0) != ((*g_227) == &p_89)), (safe_mul_func_int16_t_s_s(((safe_sub_func_uint16_t_u_u(p_90, (((*p_89) >= (*p_89)) | 0L))) & 5L), 4L)))) | p_90), 1L))))))
        { /* block id: 125 */
            int32_t *l_310 = &l_176;
            int32_t l_335 = (-5L);
            int32_t l_337 = 0xBEABCBB6L;
            int32_t l_339 = 4L;
            int32_t l_340 = 0x118E6898L;
            int32_t l_341 = 1L;
            int32_t l_342[5];
            int64_t l_343 = 0x2C35B8B97E3683ACLL;
            int64_t *l_365 = &l_343;
            uint32_t *l_370[2];
            int16_t *l_372 = &g_373;
            int8_t *l_374[3][4];
            int i, j;
            for (i = 0; i < 5; i++)
                l_342[i] = 0L;
            for (i = 0; i < 2; i++)
                l_370[i] = &g_371;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 4; j++)
                    l_374[i][j] = &l_338[1];
            }
            (**l_215) = 1L;
            if ((*p_89))
            { /* block id: 127 */
                for (l_235 = 7; (l_235 != 7); l_235 = safe_add_func_int64_t_s_s(l_235, 9))
                { /* block id: 130 */
                    (**g_227) = (**g_227);
                    if ((*p_89))
                        continue;
                    (*l_215) = l_310;
                }
            }
            else
            { /* block id: 135 */
                const uint8_t l_311 = 0x7FL;
                int8_t l_332 = 0x22L;
                int32_t l_336[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_336[i] = 0xAA9D4D81L;
                if (l_311)
                { /* block id: 136 */
                    (*l_310) ^= (*p_89);
                }
                else
                { /* block id: 138 */
                    uint16_t l_329 = 65528UL;
                    uint8_t *l_333[3][3] = {{&g_9,&g_9,&g_9},{&l_235,&l_235,&l_235},{&g_9,&g_9,&g_9}};
                    int32_t l_334 = 0x8120332DL;
                    int i, j;
                    l_286[0] ^= ((safe_sub_func_uint32_t_u_u(((p_90 >= (*p_89)) , (((safe_mul_func_uint8_t_u_u((l_334 = (((safe_rshift_func_uint8_t_u_u(p_88, (safe_unary_minus_func_int16_t_s((*g_302))))) | g_43) == ((((safe_mul_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s((safe_rshift_func_int16_t_s_s((((safe_mod_func_uint64_t_u_u(((p_90 < ((safe_lshift_func_uint16_t_u_u(l_329, (safe_lshift_func_uint16_t_u_u((((((((*p_89) <= (***g_227)) , 0UL) == g_2) >= 3UL) , l_311) == 0x07L), 10)))) , p_90)) >= p_88), 0x6C0A4DB7B8B21F73LL)) != p_90) >= l_311), 2)), 1)), l_332)) && 0xC5L) < (-1L)) , p_90))), p_88)) >= p_90) != g_171)), 1UL)) >= g_149);
                }
                --l_344;
            }
            (*l_310) = ((g_375 = (safe_rshift_func_int16_t_s_u(((safe_div_func_uint32_t_u_u(((**l_215) > ((&g_68[0][1] != ((safe_mod_func_int32_t_s_s((((((safe_div_func_int16_t_s_s((((*l_202) = l_310) != l_310), ((*l_372) ^= ((*l_169) = ((safe_rshift_func_uint8_t_u_s((safe_lshift_func_int16_t_s_s((((((g_371 = (safe_add_func_int64_t_s_s(g_303, (g_10 = (safe_lshift_func_int8_t_s_u((((*l_170) ^= ((safe_mul_func_int16_t_s_s(((0xB582A47882F886A3LL >= ((*l_365) = (**l_215))) > ((((safe_sub_func_uint64_t_u_u((((g_10 & 0L) <= g_10) | g_68[2][1]), p_88)) || g_303) || 0x24D505C9C2B50DF7LL) && (*l_310))), 0xCED9L)) | g_68[2][1])) < (**l_215)), p_88)))))) < g_68[1][0]) || p_88) && (*p_89)) && (*g_94)), 0)), 1)) & p_90))))) != (**l_215)) != (*p_89)) > 0xB218L) && (*l_310)), (**l_215))) , (void*)0)) , (*l_310))), 8UL)) <= g_55), 15))) , (*p_89));
        }
        else
        { /* block id: 153 */
            p_89 = p_89;
            for (g_44 = (-4); (g_44 > 24); g_44 = safe_add_func_int8_t_s_s(g_44, 9))
            { /* block id: 157 */
                (***g_227) = 0xCD047A3CL;
            }
            (**g_227) = p_89;
            l_281 = (***g_227);
        }
    }
    l_381[2] = ((++(*l_378)) && p_88);
    for (g_54 = (-15); (g_54 < (-25)); g_54--)
    { /* block id: 168 */
        int8_t l_393 = 0x7BL;
        int32_t l_397 = 0xEAADF8A9L;
        int32_t l_398 = 0x6C801020L;
        int32_t l_401 = 0x4035D067L;
        int32_t l_404 = 0L;
        int32_t l_406 = 0x11A08FE1L;
        int32_t l_407[3];
        uint16_t l_408 = 0x38D1L;
        int32_t l_418[1][2][2] = {{{0x7049C35AL,0x7049C35AL},{0x7049C35AL,0x7049C35AL}}};
        uint64_t l_430 = 0x1CA73F811DCE77FBLL;
        int64_t l_440 = 1L;
        uint64_t l_484[5] = {1UL,1UL,1UL,1UL,1UL};
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_407[i] = 0x48C4E740L;
        for (l_221 = 0; (l_221 <= 1); l_221 += 1)
        { /* block id: 171 */
            uint32_t l_386 = 0UL;
            int32_t l_399 = 0xC638B5E7L;
            int32_t l_400 = 1L;
            int32_t l_402[5] = {0xFAC8844CL,0xFAC8844CL,0xFAC8844CL,0xFAC8844CL,0xFAC8844CL};
            int8_t l_403 = 0x97L;
            int8_t l_405 = 0L;
            int32_t l_470[5][3] = {{0L,2L,0x324D81D2L},{0L,2L,0L},{0x3B1EBAE3L,0L,0x324D81D2L},{0x3B1EBAE3L,0x3B1EBAE3L,0L},{0L,0L,0L}};
            int32_t l_474 = 0x20950AADL;
            uint8_t l_476 = 1UL;
            int32_t l_508 = 0x31A09C98L;
            int i, j;
            if ((*p_89))
            { /* block id: 172 */
                int16_t l_384 = 0x9E8AL;
                int64_t *l_385 = &g_218;
                int8_t *l_388 = &g_68[0][1];
                int8_t **l_387[3];
                int32_t l_394 = (-1L);
                int i;
                for (i = 0; i < 3; i++)
                    l_387[i] = &l_388;
                for (g_2 = 0; (g_2 >= 0); g_2 -= 1)
                { /* block id: 175 */
                    int i, j, k;
                    l_384 ^= l_129[l_221];
                }
                (**g_227) = (p_90 , p_89);
                l_394 = (((((*l_385) = ((*p_89) > (&g_195 == (void*)0))) != g_2) & (((((l_386 > (&g_68[2][2] == (g_389[2] = (p_90 , (void*)0)))) < (safe_mod_func_uint8_t_u_u(1UL, p_88))) , (*p_89)) || g_68[2][1]) > l_384)) & l_393);
            }
            else
            { /* block id: 182 */
                int32_t l_395 = 5L;
                int32_t l_396[3][4] = {{1L,0xD0ED0B7EL,1L,0xD0ED0B7EL},{1L,0xD0ED0B7EL,1L,0xD0ED0B7EL},{1L,0xD0ED0B7EL,1L,0xD0ED0B7EL}};
                int i, j;
                --l_408;
                return p_88;
            }
            if (((void*)0 == l_411))
            { /* block id: 186 */
                int8_t l_413 = 1L;
                int32_t l_414 = 0x7E49756DL;
                int32_t l_415 = 0x11842243L;
                int32_t l_420 = 0xE508942AL;
                int32_t l_421 = 0x615E9B7FL;
                int32_t l_425 = 1L;
                int32_t l_428 = 0xD788C188L;
                int32_t l_429[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_429[i][j] = (-1L);
                }
                if ((*p_89))
                { /* block id: 187 */
                    int8_t l_416 = 1L;
                    int32_t l_417 = (-1L);
                    int32_t l_419 = (-3L);
                    int32_t l_422 = 1L;
                    int32_t l_423 = 0x7560C192L;
                    int32_t l_424 = (-8L);
                    int32_t l_426 = 1L;
                    int32_t l_427[5];
                    uint64_t *l_437 = &g_10;
                    int i;
                    for (i = 0; i < 5; i++)
                        l_427[i] = 2L;
                    if (l_397)
                        break;
                    --l_430;
                    l_427[1] &= (safe_sub_func_uint64_t_u_u(18446744073709551610UL, (safe_mod_func_int64_t_s_s(((((*p_89) | 0x4D41BEAEL) , (l_420 = (((void*)0 == &g_68[0][1]) > ((*l_437) = (&l_423 != ((**g_227) = p_89)))))) == (((**l_213) = (-1L)) , (safe_sub_func_uint16_t_u_u((((g_303 , (void*)0) != &g_9) || 0x5B1D7AA783BB0D35LL), 1UL)))), g_375))));
                }
                else
                { /* block id: 195 */
                    uint8_t l_441 = 0UL;
                    int16_t *l_454[2];
                    int16_t **l_455[2];
                    uint8_t l_468 = 255UL;
                    int64_t *l_469 = &g_218;
                    int i;
                    for (i = 0; i < 2; i++)
                        l_454[i] = &g_303;
                    for (i = 0; i < 2; i++)
                        l_455[i] = &g_302;
                    l_441++;
                    l_406 ^= ((0x0C9991CAE95D6E18LL < (safe_sub_func_uint16_t_u_u(65526UL, ((g_68[2][1] && (safe_div_func_uint8_t_u_u((safe_mod_func_uint32_t_u_u(((*g_94) <= p_88), (safe_mul_func_uint8_t_u_u((safe_sub_func_uint8_t_u_u((l_454[1] == (g_302 = l_378)), (((((*l_469) = (safe_lshift_func_uint16_t_u_s((safe_sub_func_uint64_t_u_u((safe_mod_func_uint64_t_u_u((safe_div_func_uint8_t_u_u((safe_add_func_uint16_t_u_u(p_90, (l_468 |= (safe_mul_func_int8_t_s_s(p_88, 1UL))))), l_407[0])), g_303)), (-1L))), p_88))) == 0x4968207F79F79414LL) & p_90) >= g_390))), 0x6DL)))), 0x07L))) || 0x60L)))) , l_470[0][0]);
                }
                for (l_408 = 0; (l_408 <= 0); l_408 += 1)
                { /* block id: 204 */
                    int32_t l_471 = 1L;
                    int32_t l_472 = 1L;
                    int32_t l_473[5][4] = {{0x91F4FE87L,0x2F09A68EL,0x91F4FE87L,0x2F09A68EL},{0x91F4FE87L,0x2F09A68EL,0x91F4FE87L,0x2F09A68EL},{0x91F4FE87L,0x2F09A68EL,0x91F4FE87L,0x2F09A68EL},{0x91F4FE87L,0x2F09A68EL,0x91F4FE87L,0x2F09A68EL},{0x91F4FE87L,0x2F09A68EL,0x91F4FE87L,0x2F09A68EL}};
                    int64_t l_475[5][3][4] = {{{0x035481249655C5CALL,0x035481249655C5CALL,(-1L),0x035481249655C5CALL},{0x035481249655C5CALL,0L,0L,0x035481249655C5CALL},{0L,0x035481249655C5CALL,0L,0L}},{{0x035481249655C5CALL,0x035481249655C5CALL,(-1L),0x035481249655C5CALL},{0x035481249655C5CALL,0L,0L,0x035481249655C5CALL},{0L,0x035481249655C5CALL,0L,0L}},{{0x035481249655C5CALL,0x035481249655C5CALL,(-1L),0x035481249655C5CALL},{0x035481249655C5CALL,0L,0L,0x035481249655C5CALL},{0L,0x035481249655C5CALL,0L,0L}},{{0x035481249655C5CALL,0x035481249655C5CALL,(-1L),0x035481249655C5CALL},{0x035481249655C5CALL,0L,0L,0x035481249655C5CALL},{0L,0x035481249655C5CALL,0L,0L}},{{0x035481249655C5CALL,0x035481249655C5CALL,(-1L),0x035481249655C5CALL},{0x035481249655C5CALL,0L,0L,0x035481249655C5CALL},{0L,0x035481249655C5CALL,0L,0L}}};
                    int i, j, k;
                    l_476--;
                }
                for (g_10 = 0; (g_10 <= 1); g_10 += 1)
                { /* block id: 209 */
                    int32_t l_482[5];
                    int8_t *l_483 = &l_413;
                    int i, j;
                    for (i = 0; i < 5; i++)
                        l_482[i] = 0xB135823CL;
                    l_484[3] |= (l_470[(l_221 + 3)][(l_221 + 1)] ^= (!(safe_lshift_func_int8_t_s_s(((*l_483) = l_482[3]), 1))));
                }
                if (l_402[0])
                    break;
            }
            else
            { /* block id: 215 */
                if ((*p_89))
                    break;
            }
            for (l_430 = 0; (l_430 <= 0); l_430 += 1)
            { /* block id: 220 */
                uint8_t l_501 = 0x54L;
                for (l_147 = 0; (l_147 >= 0); l_147 -= 1)
                { /* block id: 223 */
                    uint8_t l_485 = 0x8CL;
                    int8_t ***l_491[4][4][2] = {{{&l_411,&l_411},{(void*)0,&l_411},{(void*)0,&l_411},{&l_411,&l_411}},{{&l_411,(void*)0},{&l_411,(void*)0},{&l_411,&l_411},{&l_411,&l_411}},{{(void*)0,&l_411},{(void*)0,&l_411},{&l_411,&l_411},{&l_411,(void*)0}},{{&l_411,(void*)0},{&l_411,&l_411},{&l_411,&l_411},{(void*)0,&l_411}}};
                    uint64_t *l_493 = &g_10;
                    uint8_t *l_509 = &l_476;
                    int32_t l_511 = (-1L);
                    int i, j, k;
                    l_485++;
                    l_402[4] = ((safe_mul_func_int8_t_s_s((p_88 = ((((g_492 = (g_490 = (void*)0)) == (g_5 , (void*)0)) || ((((*l_493) = g_68[2][0]) > (safe_mul_func_uint16_t_u_u(((((*l_378) = g_5) <= (safe_mod_func_int8_t_s_s(p_90, ((*l_509) = (safe_unary_minus_func_int8_t_s((((safe_div_func_uint8_t_u_u(l_501, (((safe_mul_func_uint16_t_u_u((safe_add_func_uint64_t_u_u(((safe_add_func_int8_t_s_s((0x7266L <= 0x09D4L), (-3L))) & l_508), l_485)), l_485)) || g_5) || l_485))) , p_90) || p_90))))))) <= g_390), g_43))) & p_88)) < l_407[0])), 0x85L)) >= p_90);
                    l_511 ^= ((!l_485) & 0xEDE2L);
                }
            }
        }
        if ((*p_89))
            continue;
        if (l_401)
            continue;
    }
    return p_90;
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
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    transparent_crc(g_55, "g_55", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_68[i][j], "g_68[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_149, "g_149", print_hash_value);
    transparent_crc(g_171, "g_171", print_hash_value);
    transparent_crc(g_195, "g_195", print_hash_value);
    transparent_crc(g_218, "g_218", print_hash_value);
    transparent_crc(g_303, "g_303", print_hash_value);
    transparent_crc(g_371, "g_371", print_hash_value);
    transparent_crc(g_373, "g_373", print_hash_value);
    transparent_crc(g_375, "g_375", print_hash_value);
    transparent_crc(g_390, "g_390", print_hash_value);
    transparent_crc(g_412, "g_412", print_hash_value);
    transparent_crc(g_512, "g_512", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_542[i], "g_542[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_946, "g_946", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_1046[i][j], "g_1046[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_1053[i][j], "g_1053[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1153, "g_1153", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_1224[i][j], "g_1224[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1252, "g_1252", print_hash_value);
    transparent_crc(g_1296, "g_1296", print_hash_value);
    transparent_crc(g_1319, "g_1319", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 439
XXX total union variables: 0

XXX max expression depth: 45
breakdown:
   depth: 1, occurrence: 176
   depth: 2, occurrence: 49
   depth: 3, occurrence: 4
   depth: 4, occurrence: 4
   depth: 5, occurrence: 1
   depth: 6, occurrence: 1
   depth: 8, occurrence: 1
   depth: 9, occurrence: 1
   depth: 10, occurrence: 1
   depth: 16, occurrence: 2
   depth: 17, occurrence: 1
   depth: 18, occurrence: 3
   depth: 19, occurrence: 1
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 22, occurrence: 1
   depth: 24, occurrence: 1
   depth: 28, occurrence: 2
   depth: 29, occurrence: 2
   depth: 31, occurrence: 2
   depth: 32, occurrence: 2
   depth: 33, occurrence: 1
   depth: 35, occurrence: 1
   depth: 37, occurrence: 1
   depth: 45, occurrence: 1

XXX total number of pointers: 244

XXX times a variable address is taken: 335
XXX times a pointer is dereferenced on RHS: 181
breakdown:
   depth: 1, occurrence: 140
   depth: 2, occurrence: 21
   depth: 3, occurrence: 12
   depth: 4, occurrence: 7
   depth: 5, occurrence: 1
XXX times a pointer is dereferenced on LHS: 183
breakdown:
   depth: 1, occurrence: 147
   depth: 2, occurrence: 21
   depth: 3, occurrence: 12
   depth: 4, occurrence: 3
XXX times a pointer is compared with null: 39
XXX times a pointer is compared with address of another variable: 6
XXX times a pointer is compared with another pointer: 6
XXX times a pointer is qualified to be dereferenced: 6622

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 648
   level: 2, occurrence: 110
   level: 3, occurrence: 120
   level: 4, occurrence: 43
   level: 5, occurrence: 20
XXX number of pointers point to pointers: 98
XXX number of pointers point to scalars: 146
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 24.6
XXX average alias set size: 1.32

XXX times a non-volatile is read: 1195
XXX times a non-volatile is write: 634
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 9

XXX stmts: 175
XXX max block depth: 4
breakdown:
   depth: 0, occurrence: 29
   depth: 1, occurrence: 26
   depth: 2, occurrence: 21
   depth: 3, occurrence: 36
   depth: 4, occurrence: 63

XXX percentage a fresh-made variable is used: 17
XXX percentage an existing variable is used: 83
********************* end of statistics **********************/

