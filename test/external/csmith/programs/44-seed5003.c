/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 5003 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3 --max-funcs 8 --max-block-depth 4 --max-expr-complexity 10
 * Seed:      5003
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
static uint16_t safe_unary_minus_func_uint16_t_u(uint16_t a) { return (uint16_t)(0u - (uint32_t)a); }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int64_t  f0;
};

union U1 {
   const int16_t  f0;
   uint8_t  f1;
};

union U2 {
   uint32_t  f0;
   int8_t * f1;
   int8_t * f2;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = (-1L);
static int32_t g_8 = 1L;
static int8_t g_24 = 0L;
static int8_t **g_47 = (void*)0;
static int16_t g_52 = (-1L);
static int32_t g_55 = 0x8A167649L;
static uint16_t g_57 = 0x39FCL;
static uint64_t g_60[2] = {0UL,0UL};
static union U0 g_94 = {0x43D007C168B3AD7DLL};
static union U1 g_101 = {0L};
static uint16_t g_106 = 0UL;
static uint16_t g_109 = 1UL;
static uint64_t g_114 = 0xCE469C6BC52267D0LL;
static uint8_t g_117 = 246UL;
static uint8_t g_124[1][3] = {{255UL,255UL,255UL}};
static int16_t *g_132 = &g_52;
static int16_t *g_134 = &g_52;
static int8_t g_149 = 0x09L;
static uint32_t g_173 = 4294967289UL;
static union U2 g_181 = {0UL};
static int32_t g_194 = 1L;
static int64_t g_207 = 0L;
static uint32_t g_208 = 0x4D7BC638L;
static uint64_t g_212 = 0x8EA141B2B8B1DA9ALL;
static uint8_t g_218 = 1UL;
static int8_t g_221 = 0xE1L;
static int32_t g_223 = 0x99080DE7L;
static uint64_t g_230[5] = {0UL,0UL,0UL,0UL,0UL};
static uint16_t g_233 = 0xB796L;
static int32_t g_256 = 0x99E84722L;
static const union U2 g_292 = {0xE818F363L};
static uint8_t g_298 = 0x31L;
static uint64_t g_343[5] = {18446744073709551609UL,18446744073709551609UL,18446744073709551609UL,18446744073709551609UL,18446744073709551609UL};
static uint16_t *g_354 = &g_109;
static uint16_t **g_353 = &g_354;
static int16_t g_375 = (-1L);
static int32_t g_387[3][2][5] = {{{0L,1L,0L,1L,0L},{(-1L),(-1L),(-1L),(-1L),(-1L)}},{{0x535F0EF4L,1L,0x535F0EF4L,1L,0x535F0EF4L},{(-1L),(-1L),(-1L),(-1L),(-1L)}},{{0L,1L,0L,1L,0L},{(-1L),(-1L),(-1L),(-1L),(-1L)}}};
static uint64_t g_388[2][4][1] = {{{0xB6063B8ECFAE09BDLL},{0xB6063B8ECFAE09BDLL},{0xB6063B8ECFAE09BDLL},{0xB6063B8ECFAE09BDLL}},{{0xB6063B8ECFAE09BDLL},{0xB6063B8ECFAE09BDLL},{0xB6063B8ECFAE09BDLL},{0xB6063B8ECFAE09BDLL}}};
static int32_t *g_397 = &g_2;
static int32_t **g_396 = &g_397;
static int32_t ***g_395[1] = {&g_396};
static union U0 *g_434 = &g_94;
static union U0 ** const g_433 = &g_434;
static int64_t *g_456 = (void*)0;
static int8_t g_499 = 1L;
static int64_t g_767 = 0x6B89401D9857D7A4LL;
static int64_t **g_781 = &g_456;
static int64_t ***g_780[3][2][5] = {{{&g_781,(void*)0,&g_781,&g_781,(void*)0},{&g_781,&g_781,&g_781,(void*)0,&g_781}},{{(void*)0,(void*)0,&g_781,(void*)0,(void*)0},{&g_781,(void*)0,&g_781,&g_781,&g_781}},{{(void*)0,&g_781,&g_781,(void*)0,&g_781},{&g_781,(void*)0,&g_781,(void*)0,&g_781}}};
static uint64_t g_851 = 0x9825578D0F41BA38LL;
static const int8_t g_892 = 0xEAL;
static uint8_t *g_957[3][5] = {{&g_218,&g_101.f1,&g_218,&g_218,&g_101.f1},{&g_101.f1,&g_218,&g_218,&g_101.f1,&g_218},{&g_101.f1,&g_101.f1,&g_298,&g_101.f1,&g_101.f1}};
static uint8_t **g_956 = &g_957[0][4];
static int16_t g_967[1] = {1L};
static int64_t g_969 = 1L;
static uint32_t g_970[3][2][2] = {{{0x4B237EEAL,0x4B237EEAL},{0UL,0x4B237EEAL}},{{0x4B237EEAL,0UL},{0x4B237EEAL,0x4B237EEAL}},{{0UL,0x4B237EEAL},{0x4B237EEAL,0UL}}};
static const uint16_t g_1018 = 0UL;
static int16_t * const *g_1038 = &g_132;
static int16_t * const **g_1037 = &g_1038;
static union U2 *g_1142 = &g_181;
static union U2 **g_1141 = &g_1142;
static int32_t *g_1157 = &g_387[2][0][1];
static int32_t g_1166 = (-1L);
static uint64_t *g_1268 = &g_343[1];
static union U1 g_1285 = {-4L};
static int8_t g_1290 = 0xC4L;
static union U0 **g_1357[3][1] = {{&g_434},{&g_434},{&g_434}};
static union U0 ***g_1356 = &g_1357[0][0];
static union U0 ****g_1355 = &g_1356;
static int8_t g_1361[5] = {0xE0L,0xE0L,0xE0L,0xE0L,0xE0L};
static int8_t g_1490 = 0xC2L;
static const uint16_t * const g_1567 = &g_1018;
static const uint16_t * const *g_1566 = &g_1567;
static uint16_t g_1658[3] = {0xC0EAL,0xC0EAL,0xC0EAL};
static union U1 g_1715 = {0xB965L};
static uint32_t g_1764 = 0x48D92394L;
static union U1 g_1796 = {0x451FL};
static const uint64_t g_1821 = 18446744073709551613UL;
static const uint64_t g_1823 = 0xE91C3D47DD472B9ELL;
static uint32_t g_1914[2] = {0xA1E626E5L,0xA1E626E5L};
static int8_t ***g_1923[2][3][3] = {{{&g_47,&g_47,&g_47},{&g_47,&g_47,&g_47},{&g_47,&g_47,&g_47}},{{&g_47,&g_47,&g_47},{&g_47,&g_47,&g_47},{&g_47,&g_47,&g_47}}};
static int8_t ****g_1922[3][1] = {{&g_1923[1][2][1]},{&g_1923[1][2][1]},{&g_1923[1][2][1]}};
static int8_t *****g_1921[4][2][2] = {{{&g_1922[2][0],&g_1922[2][0]},{&g_1922[2][0],(void*)0}},{{&g_1922[2][0],&g_1922[2][0]},{&g_1922[2][0],(void*)0}},{{&g_1922[2][0],&g_1922[2][0]},{&g_1922[2][0],(void*)0}},{{&g_1922[2][0],&g_1922[2][0]},{&g_1922[2][0],(void*)0}}};
static int32_t g_2041 = 4L;
static uint32_t g_2070 = 0xDF1F8DA8L;
static uint32_t **g_2079 = (void*)0;
static int16_t **g_2107 = &g_132;
static int16_t ***g_2106 = &g_2107;
static union U1 ** const g_2347 = (void*)0;
static uint32_t g_2585 = 0xC2DEC06CL;
static union U1 *g_2610 = (void*)0;
static union U1 g_2612 = {0xD6C2L};
static union U1 *g_2611 = &g_2612;
static union U1 g_2614 = {0x8427L};


/* --- FORWARD DECLARATIONS --- */
static int64_t  func_1(void);
static int16_t  func_17(int8_t * p_18, uint32_t  p_19, int8_t * p_20, union U0  p_21, int8_t * p_22);
static int8_t * func_27(uint8_t  p_28, union U2  p_29, int8_t ** p_30);
static uint8_t  func_31(int32_t  p_32, uint64_t  p_33, int8_t * p_34, union U2  p_35, uint32_t  p_36);
static int32_t  func_37(int8_t ** p_38, uint8_t  p_39, int32_t  p_40);
static int8_t ** func_41(int64_t  p_42, int8_t ** p_43, uint64_t  p_44, int8_t ** p_45, uint32_t  p_46);
static uint16_t  func_58(int32_t * p_59);
static int32_t * func_61(int32_t  p_62, int8_t * p_63, uint8_t  p_64);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_8 g_969 g_396 g_397 g_1268 g_343 g_1037 g_1038 g_132 g_52 g_24 g_2585 g_1361 g_1355 g_1356 g_1357 g_434 g_94 g_101.f1 g_218 g_1567 g_1018
 * writes: g_2 g_8 g_969 g_397 g_208 g_2585 g_343 g_230 g_94 g_2610 g_2611 g_101.f1 g_218
 */
static int64_t  func_1(void)
{ /* block id: 0 */
    int16_t l_16 = 0x1AE9L;
    union U0 l_2504 = {0x5D0D1794D5D57F93LL};
    int32_t l_2531 = 0L;
    union U1 *l_2546[5];
    union U1 **l_2545[1];
    int32_t l_2547[2][3];
    union U2 **l_2565[3];
    int8_t *l_2568 = &g_499;
    int32_t l_2581 = 0xE89C65E4L;
    int32_t l_2583 = (-1L);
    int32_t l_2605 = 0L;
    int32_t l_2606[1];
    union U1 *l_2609 = &g_1796;
    int8_t l_2623 = 0x77L;
    int i, j;
    for (i = 0; i < 5; i++)
        l_2546[i] = (void*)0;
    for (i = 0; i < 1; i++)
        l_2545[i] = &l_2546[1];
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
            l_2547[i][j] = (-1L);
    }
    for (i = 0; i < 3; i++)
        l_2565[i] = &g_1142;
    for (i = 0; i < 1; i++)
        l_2606[i] = 0x32D06496L;
    for (g_2 = 0; (g_2 > (-30)); --g_2)
    { /* block id: 3 */
        uint32_t l_5 = 0xF7A73D2DL;
        int8_t *l_2180 = &g_221;
        int32_t l_2558 = (-10L);
        int8_t l_2579 = (-3L);
        int32_t l_2582[5] = {0xE96963E2L,0xE96963E2L,0xE96963E2L,0xE96963E2L,0xE96963E2L};
        int16_t l_2603 = 0x2295L;
        int32_t *l_2608 = &l_2531;
        union U1 *l_2613 = &g_2614;
        int i;
        if (l_5)
        { /* block id: 4 */
            uint64_t l_2528 = 0UL;
            int32_t l_2567 = 0xA43773C3L;
            uint64_t *l_2600 = (void*)0;
            uint64_t *l_2601 = (void*)0;
            uint64_t *l_2602 = &g_230[3];
            int32_t *l_2604[4][5][5] = {{{&g_1166,&l_2582[2],(void*)0,&l_2567,&l_2531},{&g_2,&l_2582[2],(void*)0,&g_1166,(void*)0},{&g_8,(void*)0,(void*)0,&g_1166,(void*)0},{&l_2567,&l_2531,&l_2531,&l_2567,(void*)0},{&l_2567,&g_223,&l_2558,&l_2558,&l_2531}},{{&g_8,&l_2531,&l_2558,&g_55,&l_2582[2]},{&g_2,(void*)0,&l_2531,&l_2558,&l_2582[2]},{&g_1166,&l_2582[2],(void*)0,&l_2567,&l_2531},{&g_2,&l_2582[2],(void*)0,&g_1166,(void*)0},{&g_8,(void*)0,(void*)0,&g_1166,(void*)0}},{{&l_2567,&l_2531,&l_2531,&l_2567,(void*)0},{&l_2567,&g_223,&l_2558,&l_2558,&l_2531},{&g_8,&l_2531,&l_2558,&g_55,&l_2582[2]},{&g_2,(void*)0,&l_2531,&l_2558,&l_2582[2]},{(void*)0,&g_2,&g_8,&g_2,&l_2582[2]}},{{&l_2558,&g_2,&l_2558,(void*)0,(void*)0},{&l_2558,&l_2558,&g_8,(void*)0,&g_8},{&g_2,&g_1166,&g_1166,&g_2,(void*)0},{&g_2,&l_2558,&g_55,&g_1166,&l_2582[2]},{&l_2558,&g_1166,&g_55,(void*)0,(void*)0}}};
            int i, j, k;
            for (l_5 = 0; (l_5 == 11); l_5 = safe_add_func_int64_t_s_s(l_5, 9))
            { /* block id: 7 */
                int8_t *l_23 = &g_24;
                int32_t l_26 = (-9L);
                int32_t l_2559 = 0L;
                int16_t l_2560 = 1L;
                for (g_8 = 0; (g_8 < 2); g_8 = safe_add_func_int16_t_s_s(g_8, 1))
                { /* block id: 10 */
                    int8_t **l_25[1];
                    uint32_t *l_2529 = &g_173;
                    int32_t *l_2530[4][2][3] = {{{&g_8,&g_223,&g_8},{&g_8,&g_8,&g_1166}},{{&g_223,&g_223,&g_223},{&g_8,&g_1166,&g_1166}},{{&g_8,&g_223,&g_8},{&g_8,&g_8,&g_1166}},{{&g_223,&g_223,&g_223},{&g_8,&g_1166,&g_1166}}};
                    int16_t l_2535[1];
                    union U2 l_2544[5][5] = {{{1UL},{0UL},{6UL},{5UL},{0UL}},{{7UL},{6UL},{6UL},{7UL},{5UL}},{{2UL},{7UL},{0xD965E722L},{0UL},{0UL}},{{1UL},{7UL},{1UL},{5UL},{7UL}},{{0UL},{6UL},{5UL},{0UL},{5UL}}};
                    uint64_t *l_2557[1];
                    int i, j, k;
                    for (i = 0; i < 1; i++)
                        l_25[i] = &l_23;
                    for (i = 0; i < 1; i++)
                        l_2535[i] = (-1L);
                    for (i = 0; i < 1; i++)
                        l_2557[i] = &g_343[1];
                }
                for (g_969 = (-20); (g_969 > (-4)); g_969 = safe_add_func_uint32_t_u_u(g_969, 3))
                { /* block id: 1175 */
                    (*g_396) = (*g_396);
                    return l_16;
                }
            }
            for (l_2504.f0 = 0; (l_2504.f0 < 4); l_2504.f0 = safe_add_func_uint8_t_u_u(l_2504.f0, 2))
            { /* block id: 1182 */
                int32_t *l_2566[1][5][1];
                uint32_t *l_2580[2];
                int8_t l_2584 = 7L;
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 5; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_2566[i][j][k] = (void*)0;
                    }
                }
                for (i = 0; i < 2; i++)
                    l_2580[i] = (void*)0;
                l_2567 ^= (l_2528 != ((((void*)0 == l_2565[2]) , &g_1268) != &g_1268));
                (*g_396) = func_61(l_2547[0][0], l_2568, (safe_add_func_uint32_t_u_u(((*g_1268) || (safe_add_func_uint8_t_u_u(((l_16 && (***g_1037)) == (g_208 = (safe_mod_func_int8_t_s_s((safe_add_func_uint16_t_u_u((g_24 || ((0x517F6B34L != (*g_397)) == ((safe_add_func_uint64_t_u_u((*g_1268), l_5)) , l_2579))), 0L)), l_2504.f0)))), 0xFCL))), l_2567)));
                g_2585++;
            }
            l_2606[0] |= (l_2605 = (l_2531 = (safe_sub_func_int8_t_s_s((((((0x7CF498C6L || (l_2528 ^ (~(+g_1361[0])))) && 0x7E6B401B501A06F5LL) < (l_2581 = (safe_sub_func_uint32_t_u_u(l_2531, (safe_mul_func_int16_t_s_s(0x1D8EL, l_2558)))))) != (safe_mod_func_uint64_t_u_u((l_2567 , ((*l_2602) = (--(*g_1268)))), 0xDD8CB413FA4764F9LL))) ^ (-9L)), l_2603))));
        }
        else
        { /* block id: 1194 */
            int32_t *l_2607 = (void*)0;
            l_2608 = (((***g_1356) = (****g_1355)) , l_2607);
            (*g_396) = &l_2606[0];
            l_2613 = (g_2611 = (g_2610 = l_2609));
            for (g_101.f1 = 27; (g_101.f1 < 26); g_101.f1--)
            { /* block id: 1203 */
                uint32_t l_2620 = 4294967286UL;
                for (g_218 = 0; (g_218 == 19); ++g_218)
                { /* block id: 1206 */
                    int32_t *l_2619[2];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_2619[i] = &l_2582[0];
                    --l_2620;
                }
            }
        }
        return l_16;
    }
    l_2623 = l_2606[0];
    (**g_396) = (safe_unary_minus_func_uint16_t_u((*g_1567)));
    return l_2547[1][1];
}


/* ------------------------------------------ */
/* 
 * reads : g_2107 g_132 g_52
 * writes: g_207 g_969
 */
static int16_t  func_17(int8_t * p_18, uint32_t  p_19, int8_t * p_20, union U0  p_21, int8_t * p_22)
{ /* block id: 1155 */
    uint8_t l_2505 = 0x48L;
    uint32_t ****l_2508 = (void*)0;
    uint32_t ***l_2510 = &g_2079;
    uint32_t ****l_2509 = &l_2510;
    int64_t *l_2511 = &g_207;
    int64_t *l_2512 = &g_969;
    int32_t l_2513 = 0L;
    union U1 * const l_2514 = &g_1285;
    union U1 *l_2516 = (void*)0;
    union U1 **l_2515 = &l_2516;
    int32_t *l_2518 = &g_223;
    int32_t *l_2519 = &g_223;
    int32_t *l_2520 = &g_55;
    int32_t *l_2521 = &g_55;
    int32_t *l_2522[2];
    int64_t l_2523 = 0x8A152843587B82D6LL;
    int16_t l_2524 = 0x290FL;
    uint32_t l_2525 = 0x296113ADL;
    int i;
    for (i = 0; i < 2; i++)
        l_2522[i] = &g_223;
    l_2505++;
    if (l_2505)
        goto lbl_2517;
lbl_2517:
    (*l_2515) = ((((((*l_2509) = &g_2079) != &g_2079) < (l_2513 |= ((*l_2512) = ((*l_2511) = l_2505)))) > l_2505) , l_2514);
    --l_2525;
    return (**g_2107);
}


/* ------------------------------------------ */
/* 
 * reads : g_223 g_57 g_124 g_354 g_1567 g_1018 g_55 g_956 g_957 g_1037 g_1038 g_132 g_353 g_109 g_2079 g_892 g_134 g_52 g_1566 g_1166
 * writes: g_223 g_57 g_109 g_101.f1 g_218 g_298 g_52 g_375 g_230 g_55 g_1166
 */
static int8_t * func_27(uint8_t  p_28, union U2  p_29, int8_t ** p_30)
{ /* block id: 1132 */
    int32_t l_2445 = 0x10B18ADAL;
    uint64_t l_2447 = 0x7301D2B11E068EC7LL;
    union U1 l_2471 = {8L};
    uint16_t l_2482[1];
    int16_t l_2483 = 9L;
    int8_t *l_2503 = (void*)0;
    int i;
    for (i = 0; i < 1; i++)
        l_2482[i] = 6UL;
    for (g_223 = 0; (g_223 >= 0); g_223 -= 1)
    { /* block id: 1135 */
        uint32_t l_2439 = 0xC134BDB9L;
        int32_t *l_2440 = &g_55;
        int32_t *l_2441 = &g_55;
        int32_t *l_2442 = (void*)0;
        int32_t *l_2443 = &g_55;
        int32_t *l_2444 = (void*)0;
        int32_t *l_2446[5];
        int32_t l_2469 = 0L;
        int16_t l_2484 = (-10L);
        int i;
        for (i = 0; i < 5; i++)
            l_2446[i] = &g_1166;
        if (l_2439)
            break;
        l_2447--;
        for (g_57 = 0; (g_57 <= 0); g_57 += 1)
        { /* block id: 1140 */
            int32_t **l_2456 = &g_397;
            int32_t **l_2457[2];
            union U1 l_2462 = {0xE1FBL};
            int16_t *l_2470 = &g_375;
            const uint32_t *l_2481[1][1][2];
            const uint32_t **l_2480 = &l_2481[0][0][0];
            int32_t ** const l_2485 = &g_1157;
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_2457[i] = &l_2443;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 2; k++)
                        l_2481[i][j][k] = &l_2439;
                }
            }
            (*l_2440) = ((safe_mod_func_uint64_t_u_u(((g_230[(g_57 + 2)] = (((*l_2470) = (safe_mod_func_int8_t_s_s((((***g_1037) = (((((l_2456 = &l_2446[3]) != l_2457[1]) > (safe_sub_func_uint32_t_u_u(g_124[g_57][(g_57 + 2)], ((safe_mod_func_uint8_t_u_u(((l_2462 , ((((safe_mul_func_uint16_t_u_u(l_2445, ((*g_354) = p_29.f0))) >= (l_2445 | (((safe_mod_func_uint8_t_u_u(((*g_1567) , ((**g_956) = (safe_mul_func_uint8_t_u_u((p_28 |= 248UL), (*l_2440))))), 2UL)) & 0x9E80L) , (*l_2441)))) == 0x88DCC881L) >= 0x67B4F66CL)) ^ 0x48EC597BL), p_29.f0)) , l_2469)))) != 0xE0F3L) , p_29.f0)) > 7L), (*l_2441)))) && p_28)) && 0xBA088607F98C77ABLL), p_29.f0)) < 0L);
            (**l_2456) = (((((l_2471 , (safe_mul_func_uint16_t_u_u((**g_353), ((p_28 ^ ((((((safe_mul_func_uint16_t_u_u(((((safe_mod_func_int64_t_s_s(p_28, (((void*)0 == &g_780[1][0][0]) , (safe_rshift_func_uint8_t_u_u(0xD2L, ((l_2480 == g_2079) | 0x57L)))))) >= 65535UL) != l_2471.f1) > p_29.f0), p_29.f0)) >= l_2482[0]) >= l_2483) < 0x957BF9E56529D9DCLL) , l_2484) > (*l_2440))) <= g_892)))) , l_2485) != l_2485) < 0xDF443716130E4FD3LL) < p_28);
            (*l_2440) &= (((**g_353) = ((((safe_div_func_uint32_t_u_u((safe_sub_func_int16_t_s_s(((safe_sub_func_uint64_t_u_u((safe_sub_func_int8_t_s_s((p_28 > (*g_134)), (-3L))), l_2445)) <= p_28), (safe_div_func_int32_t_s_s((safe_sub_func_int32_t_s_s((l_2471.f1 | (((safe_mod_func_int8_t_s_s(((65535UL && ((!8UL) >= l_2471.f0)) >= 18446744073709551608UL), p_29.f0)) > (**g_1566)) , 8UL)), 0xC025E0DAL)), p_29.f0)))), 0x45ABC60EL)) || (**l_2456)) > l_2471.f0) | (**g_1566))) > p_28);
        }
    }
    return l_2503;
}


/* ------------------------------------------ */
/* 
 * reads : g_1764 g_223 g_969 g_173 g_1285.f1 g_970 g_233 g_55
 * writes: g_1764 g_1285.f1 g_223 g_969 g_173 g_233 g_55
 */
static uint8_t  func_31(int32_t  p_32, uint64_t  p_33, int8_t * p_34, union U2  p_35, uint32_t  p_36)
{ /* block id: 1008 */
    uint32_t l_2181 = 0x03B47FC8L;
    uint16_t l_2183 = 0x4915L;
    int32_t l_2204 = 0x5516B95FL;
    union U1 l_2210 = {-6L};
    int32_t l_2217 = 0xAC5FADB9L;
    int32_t *l_2224 = &l_2217;
    int64_t ***l_2238 = &g_781;
    int8_t *l_2240 = &g_499;
    int8_t ***l_2245 = (void*)0;
    int64_t * const *l_2283 = &g_456;
    int64_t * const **l_2282 = &l_2283;
    int64_t * const ***l_2281 = &l_2282;
    uint32_t l_2290 = 0x3CE67C05L;
    int16_t ***l_2293 = &g_2107;
    union U0 * const *l_2341 = &g_434;
    union U0 * const **l_2340 = &l_2341;
    uint64_t *l_2377 = &g_388[1][1][0];
    uint64_t l_2379 = 18446744073709551607UL;
    uint8_t l_2398 = 0UL;
    int8_t l_2420 = 1L;
    int8_t *l_2436 = &g_499;
    int32_t *l_2437 = &g_1166;
    int64_t l_2438 = 0x117551B625347EE4LL;
    for (g_1764 = 0; (g_1764 <= 0); g_1764 += 1)
    { /* block id: 1011 */
        uint16_t l_2184[3][2][2] = {{{0xDB43L,0xDB43L},{0xDB43L,0xDB43L}},{{0xDB43L,0xDB43L},{0xDB43L,0xDB43L}},{{0xDB43L,0xDB43L},{0xDB43L,0xDB43L}}};
        union U0 l_2195 = {0xE1997BD6D72D1AE7LL};
        int64_t **l_2207 = &g_456;
        uint16_t l_2218 = 9UL;
        const int8_t * const l_2250 = (void*)0;
        const int8_t * const *l_2249 = &l_2250;
        const int8_t * const **l_2248 = &l_2249;
        union U0 ***l_2268 = &g_1357[0][0];
        uint32_t ** const * const l_2305 = &g_2079;
        int32_t *l_2326 = &g_387[2][1][3];
        int32_t l_2327 = (-8L);
        union U1 *l_2346 = &g_1285;
        union U1 * const * const l_2345 = &l_2346;
        int32_t l_2356 = 0x3995447FL;
        int32_t l_2358[1][2];
        uint8_t **l_2413 = &g_957[0][4];
        int8_t l_2434 = (-1L);
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_2358[i][j] = 1L;
        }
        for (g_1285.f1 = 0; (g_1285.f1 <= 0); g_1285.f1 += 1)
        { /* block id: 1014 */
            int32_t *l_2182 = &g_223;
            (*l_2182) &= l_2181;
            if (p_33)
            { /* block id: 1016 */
                for (g_969 = 0; (g_969 <= 0); g_969 += 1)
                { /* block id: 1019 */
                    l_2183 = 0L;
                }
                l_2184[2][0][1] |= (*l_2182);
            }
            else
            { /* block id: 1023 */
                for (g_173 = 0; (g_173 <= 0); g_173 += 1)
                { /* block id: 1026 */
                    int i, j, k;
                    return g_970[(g_1285.f1 + 1)][(g_1764 + 1)][(g_1764 + 1)];
                }
            }
        }
        for (g_233 = 0; (g_233 <= 0); g_233 += 1)
        { /* block id: 1033 */
            return p_32;
        }
        for (g_55 = 0; (g_55 >= 0); g_55 -= 1)
        { /* block id: 1038 */
            uint32_t l_2202 = 0xC4391174L;
            union U0 *l_2203[1];
            int64_t **l_2208[4] = {&g_456,&g_456,&g_456,&g_456};
            const int64_t *l_2220 = &g_94.f0;
            const int64_t **l_2219[4] = {&l_2220,&l_2220,&l_2220,&l_2220};
            const union U0 ***l_2267 = (void*)0;
            int64_t * const ****l_2284 = &l_2281;
            int32_t l_2289 = 0x730205D3L;
            uint32_t *l_2291 = &l_2181;
            int32_t l_2300[5];
            int32_t **l_2325 = (void*)0;
            int8_t l_2328[4];
            int64_t l_2399 = 0xE6DF44F759F00750LL;
            int i, j;
            for (i = 0; i < 1; i++)
                l_2203[i] = &g_94;
            for (i = 0; i < 5; i++)
                l_2300[i] = (-3L);
            for (i = 0; i < 4; i++)
                l_2328[i] = 2L;
        }
    }
    l_2437 = l_2437;
    p_32 = 0x9139829FL;
    return l_2438;
}


/* ------------------------------------------ */
/* 
 * reads : g_1921 g_1037 g_1038 g_132 g_52 g_353 g_354 g_1268 g_343 g_396 g_851 g_109 g_1356 g_1357 g_434 g_94 g_1285 g_2 g_956 g_957 g_124 g_1566 g_1567 g_1018 g_375 g_134 g_1764 g_1796.f0 g_106 g_298 g_1914 g_233 g_1290 g_388 g_387 g_55 g_970 g_1141 g_1142
 * writes: g_109 g_1268 g_397 g_851 g_101.f1 g_218 g_298 g_208 g_52 g_1764 g_1922 g_106 g_2070 g_233 g_2079 g_1290 g_55
 */
static int32_t  func_37(int8_t ** p_38, uint8_t  p_39, int32_t  p_40)
{ /* block id: 843 */
    uint8_t l_1918[5][1][1] = {{{255UL}},{{248UL}},{{255UL}},{{248UL}},{{255UL}}};
    int8_t *****l_1924 = &g_1922[0][0];
    int8_t *****l_1925 = &g_1922[2][0];
    int32_t *l_1928[2][4] = {{(void*)0,&g_223,&g_223,(void*)0},{&g_223,(void*)0,&g_223,&g_223}};
    union U0 l_1997[2] = {{0L},{0L}};
    int32_t l_2027 = 0x72720A53L;
    int32_t l_2057[1];
    int32_t l_2073 = 0L;
    uint32_t **l_2077 = (void*)0;
    int8_t ***l_2088[2][1][1];
    const int32_t l_2135 = 0xABA44B58L;
    uint8_t *l_2165 = &g_1796.f1;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_2057[i] = 0L;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 1; k++)
                l_2088[i][j][k] = &g_47;
        }
    }
    if ((safe_add_func_int8_t_s_s(l_1918[0][0][0], (((safe_lshift_func_uint8_t_u_u(((l_1924 = g_1921[0][0][1]) != (l_1925 = &g_1922[2][0])), 4)) & (***g_1037)) != ((safe_sub_func_int32_t_s_s((p_40 = p_39), (safe_mod_func_int64_t_s_s((((**g_353) = (p_39 || 5UL)) >= (safe_add_func_uint64_t_u_u((*g_1268), (p_39 , p_39)))), p_39)))) | 0UL)))))
    { /* block id: 848 */
        uint16_t l_1935 = 1UL;
        int64_t ***l_1941 = &g_781;
        int16_t **l_1942 = &g_132;
        uint64_t *l_1945 = (void*)0;
        int32_t l_1951[5];
        const uint32_t l_1998 = 0x2E9FE783L;
        uint64_t l_2049 = 18446744073709551607UL;
        int8_t *****l_2058 = &g_1922[1][0];
        int32_t l_2067 = 1L;
        int i;
        for (i = 0; i < 5; i++)
            l_1951[i] = 0xFA763FD2L;
        l_1935 ^= (safe_lshift_func_int8_t_s_s(p_40, 4));
        if (l_1935)
        { /* block id: 850 */
            int16_t l_1947 = 0x4B99L;
            int32_t l_1954 = (-1L);
            int32_t l_1955 = (-1L);
            int8_t l_1958 = 0x7DL;
            int32_t l_1960[2][2][2] = {{{(-5L),(-5L)},{(-5L),(-5L)}},{{(-5L),(-5L)},{(-5L),(-5L)}}};
            int64_t l_1999 = 0L;
            int8_t ****l_2030[3][1];
            int8_t l_2042 = (-1L);
            int i, j, k;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_2030[i][j] = &g_1923[1][0][2];
            }
            if (p_40)
            { /* block id: 851 */
                union U0 l_1938 = {-9L};
                int64_t * const *l_1940[4][1] = {{(void*)0},{&g_456},{(void*)0},{&g_456}};
                int64_t * const **l_1939 = &l_1940[0][0];
                int32_t l_1946 = (-1L);
                int32_t l_1949 = 0xEC7EEA68L;
                int32_t l_1950 = 0x2611C6C0L;
                int32_t l_1953 = 0x51CC58A7L;
                int16_t l_1956 = (-1L);
                int32_t l_1962[1][5][3] = {{{(-1L),7L,4L},{1L,1L,4L},{7L,(-1L),0x43792C35L},{(-6L),1L,(-6L)},{(-6L),7L,1L}}};
                uint32_t l_1970 = 18446744073709551615UL;
                uint64_t *l_1973 = (void*)0;
                int i, j, k;
                if (((safe_div_func_int64_t_s_s(((((l_1938 , l_1939) != l_1941) , (l_1942 = l_1942)) != (*g_1037)), 1UL)) ^ (((safe_rshift_func_int8_t_s_u(0x72L, 5)) != (p_40 = ((l_1945 == &g_388[0][3][0]) & (*g_1268)))) && p_40)))
                { /* block id: 854 */
                    int16_t l_1948 = 1L;
                    int32_t l_1952 = (-3L);
                    int32_t l_1957 = 0x234B0B28L;
                    int32_t l_1959 = (-1L);
                    int32_t l_1961 = 1L;
                    int32_t l_1963 = (-10L);
                    int32_t l_1964 = (-10L);
                    int32_t l_1965 = 0x84A3AD53L;
                    int32_t l_1966 = 0L;
                    int32_t l_1967 = 0x130C21B6L;
                    int32_t l_1968 = 1L;
                    int32_t l_1969 = 0x7F25AE65L;
                    uint64_t **l_1974[2];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_1974[i] = &g_1268;
                    l_1970--;
                    l_1954 |= (p_40 = (l_1973 != (g_1268 = l_1973)));
                    (*g_396) = (void*)0;
                    p_40 = p_40;
                }
                else
                { /* block id: 861 */
                    uint16_t l_1975 = 0x04FFL;
                    p_40 ^= l_1960[1][1][1];
                    (*g_396) = &l_1951[2];
                    l_1975--;
                }
                for (g_851 = 0; (g_851 <= 0); g_851 += 1)
                { /* block id: 868 */
                    int8_t *l_1993[1][3];
                    int32_t l_1994 = 0L;
                    int i, j;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 3; j++)
                            l_1993[i][j] = &g_1290;
                    }
                }
            }
            else
            { /* block id: 876 */
                union U0 l_2002[4] = {{0xD50FB0188174414FLL},{0xD50FB0188174414FLL},{0xD50FB0188174414FLL},{0xD50FB0188174414FLL}};
                int i;
                p_40 |= l_1951[2];
                for (g_109 = 0; (g_109 != 16); g_109 = safe_add_func_int8_t_s_s(g_109, 1))
                { /* block id: 880 */
                    int16_t l_2011 = 0xAEBFL;
                    uint32_t *l_2012 = &g_208;
                    l_1951[2] = ((***g_1356) , (g_1285 , (l_2002[3] , (p_40 = (safe_mod_func_int32_t_s_s((safe_rshift_func_uint8_t_u_u((0xDADB1986B1D61914LL != (g_2 != ((*l_2012) = (((0xAAL <= ((**g_956) = 0UL)) , (safe_add_func_int16_t_s_s((-1L), (((safe_sub_func_uint32_t_u_u(4294967295UL, l_1951[3])) != g_124[0][0]) | p_39)))) || l_2011)))), 1)), g_343[0]))))));
                    p_40 = (safe_add_func_int8_t_s_s(((p_39 || (((l_1997[0] , ((safe_rshift_func_uint16_t_u_u((**g_1566), 9)) <= (l_1951[2] &= (safe_mod_func_uint8_t_u_u((safe_div_func_int32_t_s_s(((safe_mod_func_int32_t_s_s(0L, 4294967287UL)) <= l_2011), ((safe_lshift_func_uint8_t_u_u(((g_375 , ((safe_mul_func_uint16_t_u_u(l_1960[1][0][0], ((*g_134) &= ((void*)0 != &g_1038)))) >= p_40)) || p_39), 3)) , (-1L)))), p_39))))) == p_39) >= l_2002[3].f0)) > 0x334CE2C0L), 0x74L));
                }
            }
            for (g_1764 = 0; (g_1764 <= 0); g_1764 += 1)
            { /* block id: 892 */
                int8_t *l_2032[3];
                int8_t **l_2031 = &l_2032[0];
                int64_t l_2034[4] = {0x896032EE274247DDLL,0x896032EE274247DDLL,0x896032EE274247DDLL,0x896032EE274247DDLL};
                int8_t ****l_2035 = &g_1923[1][2][1];
                int i;
                for (i = 0; i < 3; i++)
                    l_2032[i] = &g_221;
                l_1960[1][0][0] |= ((0xD84B9D8BL >= l_2027) && ((safe_div_func_uint32_t_u_u((((l_2030[2][0] != ((((l_2031 == (void*)0) ^ p_39) && (+l_2034[1])) , ((*l_1925) = l_2035))) , (0UL ^ p_40)) == 1L), g_1796.f0)) < p_40));
            }
            for (g_106 = 0; (g_106 <= 1); g_106 += 1)
            { /* block id: 898 */
                uint16_t l_2036 = 2UL;
                int32_t l_2039[5][3] = {{(-9L),0xBAB84CB3L,0xBAB84CB3L},{1L,0xD9DCB63CL,0xD9DCB63CL},{(-9L),0xBAB84CB3L,0xBAB84CB3L},{1L,0xD9DCB63CL,0xD9DCB63CL},{(-9L),0xBAB84CB3L,0xBAB84CB3L}};
                int i, j;
                if (l_1960[1][1][0])
                    break;
                for (g_109 = 0; (g_109 <= 1); g_109 += 1)
                { /* block id: 902 */
                    int16_t l_2040 = (-10L);
                    int32_t l_2043 = 8L;
                    int32_t l_2044 = 0xAC9B5090L;
                    int32_t l_2045 = 2L;
                    int8_t l_2046 = 1L;
                    int32_t l_2047 = 0xEB9C579EL;
                    int32_t l_2048[1][2][3];
                    int i, j, k;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 2; j++)
                        {
                            for (k = 0; k < 3; k++)
                                l_2048[i][j][k] = 0xF6479A6AL;
                        }
                    }
                    ++l_2036;
                    l_2049++;
                }
            }
        }
        else
        { /* block id: 907 */
            int64_t l_2054 = 1L;
            for (g_298 = 0; (g_298 <= 45); g_298 = safe_add_func_int8_t_s_s(g_298, 3))
            { /* block id: 910 */
                (*g_396) = &p_40;
            }
            l_2054 = (4294967295UL >= l_2049);
        }
        l_2067 |= ((((safe_mod_func_int64_t_s_s(((l_2057[0] = p_40) || ((&g_1922[0][0] != l_2058) , 0x4CCAL)), (safe_rshift_func_int16_t_s_s(l_2049, 15)))) > (((l_1998 != (((safe_mod_func_uint8_t_u_u(((safe_add_func_uint16_t_u_u(0UL, (safe_sub_func_uint16_t_u_u(p_39, ((l_1951[4] = ((void*)0 == &p_40)) >= 0xF688ABFBL))))) && g_1914[0]), p_39)) & 2UL) <= p_39)) > 1UL) , p_39)) | l_1998) < g_52);
    }
    else
    { /* block id: 918 */
        uint8_t l_2074 = 1UL;
        const union U2 *l_2093 = &g_181;
        int32_t l_2099 = (-1L);
        int16_t **l_2104 = &g_132;
        int16_t ***l_2103 = &l_2104;
        int32_t l_2133 = 0x1EE06648L;
        const uint32_t l_2156[3] = {0UL,0UL,0UL};
        int64_t l_2158 = 0xC6548AAB56411D7FLL;
        int32_t l_2169[3][2][5] = {{{(-9L),(-4L),0xBDB817BBL,0x0D4A498AL,6L},{(-9L),0xBDB817BBL,3L,0xBDB817BBL,(-9L)}},{{(-4L),1L,(-1L),0x0D4A498AL,1L},{(-1L),1L,(-4L),(-4L),1L}},{{3L,0xBDB817BBL,(-9L),(-4L),0L},{4L,1L,(-1L),0xBDB817BBL,(-1L)}}};
        int i, j, k;
        g_2070 = (p_39 & ((**g_353)--));
        for (p_39 = 0; (p_39 > 15); p_39++)
        { /* block id: 923 */
            l_2074++;
        }
        for (g_233 = 0; (g_233 <= 0); g_233 += 1)
        { /* block id: 928 */
            uint32_t ***l_2078[2];
            uint8_t l_2097 = 255UL;
            union U0 l_2105 = {0x76EE5D75BAD883A9LL};
            int16_t ***l_2108 = &l_2104;
            int32_t l_2167 = (-6L);
            int32_t l_2168 = (-2L);
            int32_t l_2170 = 0xCC21D2CFL;
            uint64_t **l_2174 = &g_1268;
            int i;
            for (i = 0; i < 2; i++)
                l_2078[i] = (void*)0;
            g_2079 = l_2077;
            for (g_851 = 0; (g_851 <= 1); g_851 += 1)
            { /* block id: 932 */
                uint64_t l_2098 = 18446744073709551613UL;
                for (g_1290 = 0; (g_1290 >= 0); g_1290 -= 1)
                { /* block id: 935 */
                    int i, j, k;
                    return g_388[(g_1290 + 1)][(g_851 + 2)][g_233];
                }
                for (g_55 = 0; (g_55 <= 0); g_55 += 1)
                { /* block id: 940 */
                    const union U2 **l_2094 = &l_2093;
                    const union U2 *l_2096 = &g_292;
                    const union U2 **l_2095 = &l_2096;
                    int32_t l_2100 = 0x50640196L;
                    int i, j, k;
                    l_2099 ^= (safe_mul_func_uint16_t_u_u((safe_add_func_uint8_t_u_u(((((***g_1037) = 1L) & ((g_387[(g_233 + 1)][g_851][(g_233 + 3)] == (safe_lshift_func_int16_t_s_u(((((void*)0 != &g_1157) | ((void*)0 != l_2088[1][0][0])) & (p_40 = ((safe_lshift_func_int8_t_s_u((((l_2097 = ((safe_sub_func_uint64_t_u_u(g_970[(g_55 + 1)][g_851][g_55], (((*l_2094) = l_2093) != ((*l_2095) = (*g_1141))))) || l_2074)) & 3UL) , l_2098), 1)) != p_39))), 4))) > p_39)) > l_2074), p_39)), p_39));
                    if (p_40)
                        break;
                    l_2100 = 0L;
                }
            }
        }
        return l_2169[2][1][4];
    }
    return p_40;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes: g_55
 */
static int8_t ** func_41(int64_t  p_42, int8_t ** p_43, uint64_t  p_44, int8_t ** p_45, uint32_t  p_46)
{ /* block id: 12 */
    uint8_t l_49 = 0UL;
    int16_t *l_50 = (void*)0;
    int16_t *l_51[4][5] = {{(void*)0,(void*)0,&g_52,&g_52,(void*)0},{&g_52,&g_52,&g_52,&g_52,&g_52},{(void*)0,&g_52,&g_52,(void*)0,(void*)0},{&g_52,&g_52,&g_52,&g_52,&g_52}};
    int32_t l_53 = 6L;
    int32_t *l_54[5][1] = {{&g_55},{&g_55},{&g_55},{&g_55},{&g_55}};
    uint16_t *l_56 = &g_57;
    union U0 l_1002[1] = {{0x3E82FCF57646FC9DLL}};
    uint16_t *l_1015 = (void*)0;
    int32_t l_1040 = 0xDD183DD4L;
    int64_t ****l_1079[5] = {&g_780[1][1][1],&g_780[1][1][1],&g_780[1][1][1],&g_780[1][1][1],&g_780[1][1][1]};
    uint8_t l_1093[2];
    int32_t *l_1096[5][5][1] = {{{&g_8},{&g_55},{&g_55},{&g_8},{&g_55}},{{&g_55},{&g_8},{&g_55},{&g_55},{&g_8}},{{&g_55},{&g_55},{&g_8},{&g_55},{&g_55}},{{&g_8},{&g_55},{&g_55},{&g_8},{&g_55}},{{&g_55},{&g_8},{&g_55},{&g_55},{&g_8}}};
    union U0 l_1205 = {0L};
    int8_t *l_1270 = &g_499;
    int8_t **l_1269[2][5] = {{&l_1270,&l_1270,&l_1270,&l_1270,&l_1270},{&l_1270,(void*)0,&l_1270,(void*)0,&l_1270}};
    uint32_t l_1288 = 18446744073709551610UL;
    const int64_t *l_1319 = (void*)0;
    const int64_t **l_1318 = &l_1319;
    const int64_t ***l_1317 = &l_1318;
    const int64_t ****l_1316[3];
    uint8_t l_1338 = 255UL;
    uint32_t l_1371[1][4] = {{0x43F7600DL,0x43F7600DL,0x43F7600DL,0x43F7600DL}};
    uint8_t l_1374 = 248UL;
    union U2 l_1386 = {0x27CBD4B4L};
    uint8_t l_1451 = 0xCDL;
    int8_t *l_1454 = &g_1361[3];
    const union U2 *l_1541[3][5][5] = {{{(void*)0,&g_292,&g_181,&g_181,(void*)0},{&l_1386,&g_292,(void*)0,&g_292,&l_1386},{(void*)0,&g_292,&g_292,&g_292,(void*)0},{&l_1386,&l_1386,&g_292,(void*)0,(void*)0},{&g_292,&l_1386,&g_292,&g_292,(void*)0}},{{&l_1386,(void*)0,&l_1386,&g_181,&l_1386},{(void*)0,(void*)0,&g_181,&g_181,(void*)0},{&g_292,&g_181,&l_1386,&l_1386,&g_181},{&l_1386,&l_1386,&g_292,&g_181,&g_292},{(void*)0,&g_292,&g_292,(void*)0,&g_292}},{{&l_1386,&g_181,&g_292,(void*)0,&g_181},{&g_292,(void*)0,(void*)0,&l_1386,(void*)0},{(void*)0,(void*)0,&g_181,(void*)0,&g_292},{&l_1386,&g_181,&g_292,(void*)0,&g_292},{&g_292,&g_181,&g_292,&g_181,&g_292}}};
    const union U2 **l_1540 = &l_1541[2][3][2];
    uint64_t **l_1594 = &g_1268;
    int8_t *l_1595 = &g_1290;
    uint32_t *l_1735 = (void*)0;
    union U1 *l_1795 = &g_1796;
    uint8_t * const *l_1829 = (void*)0;
    int8_t * const *l_1855[3];
    int8_t * const **l_1854 = &l_1855[1];
    int8_t * const ***l_1853 = &l_1854;
    int8_t * const ****l_1852 = &l_1853;
    int32_t l_1856 = (-1L);
    uint32_t l_1878 = 0x8BA8B7F7L;
    uint16_t l_1880[4];
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_1093[i] = 0x67L;
    for (i = 0; i < 3; i++)
        l_1316[i] = &l_1317;
    for (i = 0; i < 3; i++)
        l_1855[i] = &l_1595;
    for (i = 0; i < 4; i++)
        l_1880[i] = 0UL;
    g_55 = (+(l_53 = l_49));
    return p_45;
}


/* ------------------------------------------ */
/* 
 * reads : g_55 g_8 g_60 g_2 g_52 g_396 g_397 g_353 g_354 g_109 g_433 g_134 g_101.f1 g_343 g_208 g_101 g_114 g_132 g_499 g_387 g_223 g_106 g_388 g_434 g_117 g_230 g_780 g_221 g_181.f0 g_851 g_292 g_892 g_94.f0
 * writes: g_55 g_397 g_60 g_434 g_343 g_94.f0 g_124 g_221 g_456 g_223 g_52 g_106 g_388 g_218 g_173 g_499 g_94 g_851 g_375 g_114 g_117
 */
static uint16_t  func_58(int32_t * p_59)
{ /* block id: 16 */
    uint32_t l_83 = 4294967292UL;
    int8_t *l_561[1][5] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
    union U0 *l_570 = (void*)0;
    uint16_t * const l_575 = &g_233;
    int32_t l_595 = 1L;
    union U0 l_610[5][1][5] = {{{{0xC09FC89A1FAA541CLL},{0xC09FC89A1FAA541CLL},{0xC09FC89A1FAA541CLL},{0xC09FC89A1FAA541CLL},{0xC09FC89A1FAA541CLL}}},{{{0x1CABDCCE7D3FB5A2LL},{0xCB3C9EB313F73EAELL},{0x1CABDCCE7D3FB5A2LL},{0xCB3C9EB313F73EAELL},{0x1CABDCCE7D3FB5A2LL}}},{{{0xC09FC89A1FAA541CLL},{0xC09FC89A1FAA541CLL},{0xC09FC89A1FAA541CLL},{0xC09FC89A1FAA541CLL},{0xC09FC89A1FAA541CLL}}},{{{0x1CABDCCE7D3FB5A2LL},{0xCB3C9EB313F73EAELL},{0x1CABDCCE7D3FB5A2LL},{0xCB3C9EB313F73EAELL},{0x1CABDCCE7D3FB5A2LL}}},{{{0xC09FC89A1FAA541CLL},{0xC09FC89A1FAA541CLL},{0xC09FC89A1FAA541CLL},{0xC09FC89A1FAA541CLL},{0xC09FC89A1FAA541CLL}}}};
    uint32_t l_611[5];
    int32_t l_612 = 6L;
    union U1 l_643 = {-8L};
    int64_t *l_648[1][4][5] = {{{&l_610[4][0][0].f0,&l_610[4][0][0].f0,&g_207,(void*)0,&g_207},{&l_610[4][0][0].f0,&l_610[4][0][0].f0,&g_207,(void*)0,&l_610[4][0][0].f0},{&g_207,&g_207,&l_610[4][0][0].f0,&g_207,&l_610[4][0][0].f0},{&g_207,&g_207,&l_610[4][0][0].f0,&g_207,&l_610[4][0][0].f0}}};
    uint16_t l_659[4] = {0xA06FL,0xA06FL,0xA06FL,0xA06FL};
    uint32_t l_698 = 4294967290UL;
    int16_t * const *l_702 = &g_134;
    int32_t l_759[5];
    int8_t l_773 = 0L;
    union U0 l_784 = {-7L};
    uint64_t *l_785 = &g_388[1][3][0];
    union U0 *l_796 = &l_610[4][0][0];
    union U0 *l_797 = &g_94;
    int32_t *l_800[2];
    uint32_t l_801 = 4UL;
    uint64_t l_802 = 1UL;
    uint8_t l_854 = 0UL;
    uint32_t l_866 = 6UL;
    uint16_t **l_880 = (void*)0;
    const uint8_t l_942[2] = {0x81L,0x81L};
    const int64_t l_983 = 0xCD50BF2A74DDBB64LL;
    int16_t l_990 = 0x25D7L;
    int i, j, k;
    for (i = 0; i < 5; i++)
        l_611[i] = 0x928ACAD7L;
    for (i = 0; i < 5; i++)
        l_759[i] = 1L;
    for (i = 0; i < 2; i++)
        l_800[i] = (void*)0;
    for (g_55 = 0; (g_55 <= 1); g_55 += 1)
    { /* block id: 19 */
        int32_t *l_66[3][3][3] = {{{&g_8,(void*)0,&g_8},{(void*)0,(void*)0,(void*)0},{&g_8,(void*)0,&g_8}},{{(void*)0,(void*)0,(void*)0},{&g_8,(void*)0,&g_8},{(void*)0,(void*)0,(void*)0}},{{&g_8,(void*)0,&g_8},{(void*)0,(void*)0,(void*)0},{&g_8,(void*)0,&g_8}}};
        int32_t **l_65[5][5][4] = {{{&l_66[2][1][0],&l_66[2][2][0],&l_66[0][2][1],&l_66[2][2][0]},{&l_66[2][2][0],&l_66[0][2][1],&l_66[0][2][1],&l_66[2][2][0]},{&l_66[2][1][0],&l_66[2][2][0],&l_66[0][0][1],&l_66[2][2][0]},{&l_66[2][2][0],&l_66[1][1][0],&l_66[2][2][0],&l_66[2][2][0]},{&l_66[2][2][0],&l_66[2][2][0],&l_66[2][2][0],&l_66[2][2][0]}},{{&l_66[0][2][1],&l_66[1][1][0],&l_66[2][2][0],&l_66[2][2][0]},{(void*)0,&l_66[2][2][0],&l_66[2][2][0],&l_66[2][2][0]},{&l_66[2][2][0],&l_66[0][2][1],&l_66[2][2][0],&l_66[2][2][0]},{&l_66[2][2][0],&l_66[2][2][0],&l_66[2][2][0],&l_66[2][1][0]},{(void*)0,&l_66[2][2][0],&l_66[2][2][0],&l_66[2][2][0]}},{{&l_66[0][2][1],&l_66[2][2][0],&l_66[2][2][0],&l_66[2][2][0]},{&l_66[2][2][0],&l_66[2][2][0],&l_66[2][2][0],&l_66[2][2][0]},{&l_66[2][2][0],&l_66[2][2][0],&l_66[0][0][1],&l_66[2][1][0]},{&l_66[2][1][0],&l_66[2][2][0],&l_66[0][2][1],&l_66[2][2][0]},{&l_66[2][2][0],&l_66[0][2][1],&l_66[0][2][1],&l_66[2][2][0]}},{{&l_66[2][1][0],&l_66[2][2][0],&l_66[0][0][1],&l_66[2][2][0]},{&l_66[2][2][0],&l_66[1][1][0],&l_66[2][2][0],&l_66[2][2][0]},{&l_66[2][2][0],&l_66[2][2][0],&l_66[2][2][0],&l_66[2][2][0]},{&l_66[0][2][1],&l_66[1][1][0],&l_66[2][2][0],&l_66[2][2][0]},{(void*)0,&l_66[2][2][0],&l_66[2][2][0],&l_66[2][2][0]}},{{&l_66[2][2][0],&l_66[0][2][1],&l_66[2][2][0],&l_66[2][2][0]},{&l_66[2][2][0],&l_66[2][2][0],&l_66[2][2][0],&l_66[2][1][0]},{(void*)0,&l_66[2][2][0],&l_66[2][2][0],&l_66[2][2][0]},{&l_66[0][2][1],&l_66[2][2][0],&l_66[2][2][0],&l_66[2][2][0]},{&l_66[2][2][0],&l_66[2][2][0],&l_66[2][2][0],&l_66[2][2][0]}}};
        int16_t *l_88 = (void*)0;
        int8_t *l_89 = &g_24;
        union U2 l_562 = {18446744073709551615UL};
        uint64_t *l_571 = (void*)0;
        uint64_t *l_572 = &g_343[4];
        int64_t *l_573 = &g_94.f0;
        int16_t l_593 = (-1L);
        int i, j, k;
        (*g_396) = func_61((((p_59 = &g_2) == &g_2) , ((!(0xFD97811D020A50D0LL < ((safe_mul_func_int8_t_s_s(((safe_rshift_func_uint8_t_u_u((safe_mod_func_int64_t_s_s((safe_add_func_int64_t_s_s((safe_mod_func_int64_t_s_s((safe_add_func_int64_t_s_s(0x54D9846C248BDD0CLL, (safe_div_func_int64_t_s_s((safe_unary_minus_func_uint8_t_u(((l_83 >= (((g_8 & (safe_mul_func_int8_t_s_s(((l_83 & ((safe_mod_func_uint32_t_u_u(((void*)0 != l_88), 0x1451CEE0L)) != l_83)) && g_60[1]), l_83))) < (*p_59)) & l_83)) , 0xA4L))), 0x9C297E1152F54C42LL)))), 18446744073709551608UL)), g_52)), g_2)), 1)) , 0xB4L), 0UL)) , 0x54DF9633F8A1C32FLL))) != 2UL)), l_89, g_52);
        if ((safe_lshift_func_int16_t_s_u(l_83, ((safe_rshift_func_int16_t_s_u((-10L), (**g_353))) ^ ((safe_lshift_func_int8_t_s_u(((l_561[0][3] != l_561[0][2]) < (((*l_573) = (l_562 , (((safe_sub_func_uint64_t_u_u((++g_60[g_55]), (&g_124[0][0] == l_561[0][3]))) != (safe_div_func_int16_t_s_s((((+((*l_572) = (((*g_433) = l_570) == (void*)0))) == l_83) != l_83), 0x95DAL))) < 0xA8L))) > l_83)), 3)) >= 0xE376L)))))
        { /* block id: 284 */
            int16_t l_576[2][5][3] = {{{4L,4L,8L},{0x468FL,(-6L),0x468FL},{4L,8L,8L},{9L,(-6L),9L},{4L,4L,8L}},{{0x468FL,(-6L),0x468FL},{4L,8L,8L},{9L,(-6L),9L},{4L,4L,8L},{0x468FL,(-6L),0x468FL}}};
            int32_t l_583 = 0x74C575B2L;
            int8_t ***l_587 = &g_47;
            int8_t ****l_586 = &l_587;
            uint8_t *l_591 = &g_124[0][1];
            uint64_t l_592 = 0x7210A90C2D0CDF8DLL;
            int i, j, k;
            (*g_396) = func_61((!l_83), l_561[0][3], (((*l_573) = ((void*)0 != l_575)) , (l_576[1][4][1] < (l_576[0][4][1] & (safe_lshift_func_int8_t_s_s(((l_576[1][4][1] | l_83) < (safe_mod_func_int16_t_s_s((l_583 |= (safe_rshift_func_uint8_t_u_u(2UL, l_576[0][3][1]))), (*g_134)))), 3))))));
            p_59 = func_61((((safe_mod_func_int64_t_s_s(((((((((void*)0 != l_586) , (+(g_101.f1 && g_109))) != (safe_mul_func_uint8_t_u_u(((*l_591) = l_83), l_83))) > ((*p_59) <= l_576[0][3][2])) ^ (*p_59)) < l_576[0][2][0]) & l_576[0][0][0]), 6UL)) & g_343[4]) != l_592), l_89, l_593);
        }
        else
        { /* block id: 290 */
            if ((*p_59))
                break;
            return (**g_353);
        }
    }
lbl_777:
    l_612 &= (+((((l_595 = (-9L)) , l_83) <= (safe_rshift_func_int8_t_s_s(((safe_mod_func_int16_t_s_s((safe_div_func_int16_t_s_s((l_83 ^ (((((safe_rshift_func_int16_t_s_u((safe_add_func_uint8_t_u_u(((l_83 <= l_83) | 0xECCED3FCL), (safe_mul_func_uint16_t_u_u(l_83, l_83)))), (safe_div_func_int64_t_s_s((((l_610[4][0][0] , g_208) || l_610[4][0][0].f0) || l_83), 6L)))) & l_611[2]) == (*g_354)) && l_611[0]) , l_610[4][0][0].f0)), (*g_354))), 65533UL)) && 18446744073709551615UL), l_83))) & l_611[3]));
    if ((safe_lshift_func_int16_t_s_s(((safe_add_func_int8_t_s_s((l_595 , (safe_lshift_func_uint16_t_u_s((l_610[4][0][1] , (safe_add_func_uint32_t_u_u(4294967295UL, (safe_sub_func_int32_t_s_s((((((safe_sub_func_uint16_t_u_u(((*p_59) | ((g_101 , l_611[3]) <= 0xB1L)), ((g_101 , 0L) == 65535UL))) <= 0L) >= l_611[4]) && l_612) >= l_612), g_114))))), l_612))), l_83)) < 0xB616L), (*g_132))))
    { /* block id: 297 */
        uint8_t l_639 = 251UL;
        int64_t l_642 = (-1L);
        int8_t *l_663 = &g_221;
        uint64_t *l_692 = (void*)0;
        uint64_t **l_691[5][1];
        const uint32_t l_705 = 0x9341EFFAL;
        int32_t l_706 = 1L;
        int16_t ***l_722[3][1];
        int8_t l_757 = 1L;
        int32_t l_758 = 0x0631D7E4L;
        int32_t l_761[3][2];
        uint32_t l_774 = 18446744073709551607UL;
        int i, j;
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 1; j++)
                l_691[i][j] = &l_692;
        }
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_722[i][j] = (void*)0;
        }
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
                l_761[i][j] = 0xCB516D88L;
        }
        for (g_221 = (-8); (g_221 <= (-21)); g_221 = safe_sub_func_uint16_t_u_u(g_221, 1))
        { /* block id: 300 */
            uint16_t **l_637 = &g_354;
            int32_t l_638 = (-1L);
            int64_t *l_646 = &l_642;
            int64_t **l_647 = &l_646;
            union U0 l_661 = {0xD2CA097306432531LL};
            int32_t *l_682 = &g_387[1][1][3];
            int32_t l_710 = 0x3819832AL;
            int32_t l_711 = 0x4AB3125CL;
            int32_t l_760[3][3] = {{(-2L),(-2L),(-2L)},{(-8L),(-8L),(-8L)},{(-2L),(-2L),(-2L)}};
            int32_t *l_771 = (void*)0;
            int32_t *l_772[2];
            int i, j;
            for (i = 0; i < 2; i++)
                l_772[i] = &l_761[0][1];
            if ((safe_mod_func_uint32_t_u_u((~((safe_mul_func_uint8_t_u_u((safe_div_func_int16_t_s_s((+((void*)0 != l_637)), (l_638 , (l_639 | (safe_rshift_func_uint16_t_u_s(l_642, (l_643 , (safe_div_func_uint8_t_u_u(((((*l_647) = l_646) != (g_456 = l_648[0][0][0])) , 253UL), g_499))))))))), l_83)) ^ l_643.f0)), l_611[0])))
            { /* block id: 303 */
                int32_t l_660 = 0x7CFC120FL;
                int32_t l_672 = 0L;
                int32_t *l_683 = &g_194;
                int16_t l_693 = 0x782DL;
                uint8_t *l_694 = &g_218;
                uint32_t *l_695 = &g_173;
                if ((*p_59))
                { /* block id: 304 */
                    int32_t *l_649 = &g_223;
                    (*l_649) = ((g_387[1][1][3] , &l_642) == &g_207);
                    (*l_649) = (safe_div_func_uint8_t_u_u(l_638, (l_672 &= (((safe_sub_func_int32_t_s_s((**g_396), ((g_60[0] = (l_642 , ((((!(safe_div_func_int32_t_s_s((safe_div_func_uint16_t_u_u((l_659[3] <= l_660), (((l_661 , ((~(((void*)0 == l_663) && ((safe_mul_func_int16_t_s_s(((*g_132) &= ((safe_mod_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s((safe_mul_func_int8_t_s_s((&g_149 != l_663), l_83)), 5)), (*g_354))) , l_661.f0)), (-1L))) ^ l_639))) == 0x687B7EDB1FAE00D1LL)) & l_660) , 0x1A05L))), (*p_59)))) < g_499) | (*l_649)) < g_106))) || 0x7516C75C1A993241LL))) <= (*p_59)) < l_660))));
                }
                else
                { /* block id: 310 */
                    int8_t ****l_673 = (void*)0;
                    int8_t ****l_674 = (void*)0;
                    int8_t ***l_676 = (void*)0;
                    int8_t ****l_675 = &l_676;
                    (*l_675) = &g_47;
                }
                for (g_106 = 1; (g_106 >= 14); ++g_106)
                { /* block id: 315 */
                    uint32_t l_679 = 0x0F62CFADL;
                    return l_679;
                }
                (*g_396) = ((((safe_lshift_func_uint16_t_u_u((**g_353), 12)) & ((l_683 = l_682) == p_59)) ^ (((((*l_695) = ((safe_sub_func_uint16_t_u_u((((((safe_add_func_int64_t_s_s((+((1UL >= ((((l_661.f0 <= 1UL) > l_672) && (((*l_694) = (((g_388[1][1][0] = ((void*)0 != l_691[2][0])) <= l_638) , l_693)) >= 0xB8L)) && 0L)) , g_387[2][1][4])), l_661.f0)) , g_55) , (**g_353)) && (*g_354)) > 1UL), l_638)) , l_642)) , (-9L)) <= 0x5637L) ^ l_643.f0)) , (*g_396));
            }
            else
            { /* block id: 323 */
                int64_t l_707 = 3L;
                int32_t l_708 = (-3L);
                int32_t l_709 = 1L;
                int16_t **l_724 = (void*)0;
                int16_t *** const l_723 = &l_724;
                union U0 l_731 = {0L};
                int32_t l_762 = 2L;
                int32_t l_763 = 0xED19D1A7L;
                int32_t l_764 = 0xCB121088L;
                int32_t l_765 = 0x893D1C9AL;
                int32_t l_766 = 0L;
                uint32_t l_768 = 4UL;
                for (g_499 = 0; (g_499 >= 17); g_499++)
                { /* block id: 326 */
                    int32_t *l_699[5] = {&g_8,&g_8,&g_8,&g_8,&g_8};
                    int16_t ** const l_721 = &g_132;
                    union U2 **l_725 = (void*)0;
                    union U2 *l_727 = &g_181;
                    union U2 **l_726 = &l_727;
                    union U0 *l_732[2];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_732[i] = &l_610[4][0][0];
                    (*g_433) = ((((((l_638 = l_698) && (((((safe_lshift_func_int8_t_s_u((((l_702 == (((safe_mod_func_int32_t_s_s(((l_661.f0 != l_705) ^ ((++g_388[0][2][0]) , ((safe_rshift_func_int16_t_s_u((((l_83 , (safe_add_func_int32_t_s_s(l_661.f0, l_638))) >= ((+l_707) >= (safe_rshift_func_uint16_t_u_u(l_638, (**g_353))))) | 1L), 3)) <= (-10L)))), 0xBB4EC53DL)) & 1L) , l_721)) < 4294967295UL) < (*g_132)), 0)) , l_722[2][0]) == l_723) >= l_595) != 0xD4121B45632C491ELL)) ^ 0xD6L) , &g_52) == (void*)0) , (*g_433));
                    (*l_726) = (void*)0;
                    l_706 ^= (~((((l_698 <= g_117) && ((((safe_sub_func_uint64_t_u_u(((&g_47 == ((g_94 = l_731) , ((255UL != (((safe_mul_func_int8_t_s_s((safe_lshift_func_int16_t_s_u((((safe_sub_func_uint16_t_u_u(((safe_mul_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s(l_639, (safe_mul_func_int16_t_s_s((((safe_rshift_func_int8_t_s_s(l_707, (safe_div_func_int8_t_s_s((l_731.f0 && (safe_mod_func_uint16_t_u_u(0xFB87L, l_611[2]))), l_711)))) <= l_705) , (-4L)), l_698)))), 251UL)) == l_708), 0xECA6L)) | 0L) | 65535UL), 9)), 0xE0L)) , (void*)0) == p_59)) , (void*)0))) ^ l_595), 4L)) , l_639) ^ 249UL) || 1UL)) <= g_230[3]) , (*p_59)));
                }
                for (l_661.f0 = 0; (l_661.f0 > (-21)); l_661.f0--)
                { /* block id: 336 */
                    int32_t *l_755 = &g_55;
                    int32_t *l_756[2];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_756[i] = &l_708;
                    (*l_755) = (safe_lshift_func_uint16_t_u_s(l_638, 8));
                    if ((*g_397))
                        continue;
                    l_768++;
                }
            }
            ++l_774;
            l_758 = (l_761[1][1] |= (*p_59));
        }
    }
    else
    { /* block id: 346 */
        int64_t **l_779 = (void*)0;
        int64_t ***l_778 = &l_779;
        int64_t ****l_782 = (void*)0;
        int64_t ****l_783 = &l_778;
        if (l_643.f0)
            goto lbl_777;
        (*g_396) = (*g_396);
        (*l_778) = &l_648[0][0][0];
        (*l_783) = g_780[1][0][0];
    }
    if (((((l_801 = (((**g_396) < (l_784 , (((*l_785)--) , (safe_rshift_func_int16_t_s_s(0x0DEDL, l_659[3]))))) ^ (safe_rshift_func_int16_t_s_u((safe_lshift_func_uint16_t_u_s((safe_sub_func_int32_t_s_s(0x3799DC04L, (((*l_797) = ((*l_796) = l_610[4][0][0])) , (safe_div_func_uint64_t_u_u((g_101 , (0x34D0L && l_83)), l_595))))), l_759[2])), l_659[3])))) , 0x95D75A4D8BF136D5LL) , l_802) > 0x35L))
    { /* block id: 356 */
        uint64_t l_809 = 0x23D0DD8B50192CA7LL;
        int32_t l_810 = 0L;
        int8_t *l_817 = &g_149;
        int32_t l_821 = 0x5DE0A7F4L;
        int32_t l_826 = (-1L);
        int32_t l_829 = (-7L);
        int32_t l_833 = 0x6B92F347L;
        int32_t l_840 = 0x5B151E44L;
        int32_t l_841 = 0xE364B7E1L;
        int32_t l_845 = 3L;
        int32_t l_847 = 0xE7E3CFF0L;
        int32_t l_848[5] = {0xA8728D9AL,0xA8728D9AL,0xA8728D9AL,0xA8728D9AL,0xA8728D9AL};
        int64_t l_865 = (-1L);
        int i;
        for (g_221 = (-9); (g_221 != (-9)); g_221 = safe_add_func_uint16_t_u_u(g_221, 6))
        { /* block id: 359 */
            int8_t *l_819 = &g_149;
            int32_t l_820[5] = {0x1DC786BAL,0x1DC786BAL,0x1DC786BAL,0x1DC786BAL,0x1DC786BAL};
            int8_t l_837[5];
            int8_t l_855[1];
            int16_t *l_863 = &g_375;
            uint8_t l_864 = 0UL;
            int i;
            for (i = 0; i < 5; i++)
                l_837[i] = 0x64L;
            for (i = 0; i < 1; i++)
                l_855[i] = 0x85L;
            for (g_52 = 0; (g_52 <= 23); ++g_52)
            { /* block id: 362 */
                uint8_t l_811 = 255UL;
                int32_t l_822 = (-2L);
                int32_t l_823 = (-2L);
                int32_t l_824 = (-4L);
                int32_t l_825 = 0xEF2E63F5L;
                int16_t l_827 = 0xB5DAL;
                int32_t l_828 = 0L;
                int32_t l_830 = 6L;
                int32_t l_831 = 0xCD1EC6F3L;
                int32_t l_832 = 0x05E75DC2L;
                int32_t l_834 = 0x5E593262L;
                int32_t l_835 = 0x0BB6B368L;
                int32_t l_836 = (-8L);
                int32_t l_838 = 1L;
                int32_t l_839 = 0x85FC86E7L;
                int32_t l_842 = 0L;
                int32_t l_843 = 0L;
                int32_t l_844 = 2L;
                int32_t l_846[2][3] = {{0xF99D9A9CL,0x3E0B8606L,0xF99D9A9CL},{0xF99D9A9CL,0x3E0B8606L,0xF99D9A9CL}};
                int64_t l_849 = 0x86FED5CCC8F087A3LL;
                int8_t l_850 = 0xAAL;
                int i, j;
                l_810 = (safe_mul_func_int8_t_s_s(l_809, 0x48L));
                if (l_811)
                { /* block id: 364 */
                    const union U2 *l_813 = (void*)0;
                    const union U2 **l_812 = &l_813;
                    union U1 l_814 = {0xC9BEL};
                    int8_t **l_818[3][4] = {{(void*)0,&l_561[0][3],(void*)0,(void*)0},{&l_561[0][3],&l_561[0][3],&l_561[0][0],&l_561[0][3]},{&l_561[0][3],(void*)0,(void*)0,&l_561[0][3]}};
                    int i, j;
                    (*l_812) = &g_292;
                    (*g_396) = func_61(l_811, (l_819 = (l_817 = (l_814 , ((safe_sub_func_int64_t_s_s((l_810 & l_814.f1), 0xD283251003DCDFF6LL)) , l_817)))), g_181.f0);
                }
                else
                { /* block id: 369 */
                    return (*g_354);
                }
                --g_851;
            }
            l_810 = ((l_854 == l_855[0]) < ((**g_353) != ((l_820[0] = ((safe_div_func_uint8_t_u_u((((g_387[1][0][4] & ((((safe_mul_func_int16_t_s_s((*g_132), ((*l_863) = ((18446744073709551613UL == ((safe_lshift_func_uint16_t_u_u(0x6723L, (!(((void*)0 != (*g_353)) | l_810)))) , l_829)) < l_848[1])))) >= l_864) && l_840) ^ l_855[0])) > l_865) & 4294967287UL), l_810)) || l_866)) && l_855[0])));
        }
        (*g_396) = (*g_396);
        for (l_801 = 23; (l_801 == 34); l_801 = safe_add_func_int16_t_s_s(l_801, 2))
        { /* block id: 381 */
            int32_t l_869 = (-7L);
            union U2 *l_870[3][3];
            union U2 **l_871 = (void*)0;
            union U2 **l_872 = (void*)0;
            union U2 **l_873 = &l_870[2][2];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 3; j++)
                    l_870[i][j] = &g_181;
            }
            l_869 = (*p_59);
            (*l_873) = l_870[0][2];
            if (g_181.f0)
                goto lbl_777;
        }
    }
    else
    { /* block id: 386 */
        int8_t l_893 = 7L;
        union U2 l_905 = {18446744073709551615UL};
        int32_t l_919 = 7L;
        int32_t l_921 = 0x39270E43L;
        int32_t l_961 = 0x8CE6D2CBL;
        int32_t l_963 = 0x3CFD9338L;
        int32_t l_964 = 2L;
        int32_t l_965 = 0x5CB87CC4L;
        int32_t l_966 = 0L;
        int32_t l_968[1][4] = {{(-2L),(-2L),(-2L),(-2L)}};
        int8_t ***l_988 = &g_47;
        int8_t **** const l_987 = &l_988;
        int i, j;
        for (l_854 = 1; (l_854 <= 4); l_854 += 1)
        { /* block id: 389 */
            int32_t l_875 = 0xBEB0A7A5L;
            int i;
            if (l_759[l_854])
                break;
            for (l_698 = 0; (l_698 <= 0); l_698 += 1)
            { /* block id: 393 */
                int32_t l_874 = (-8L);
                uint16_t l_885 = 65531UL;
                int8_t ***l_908[2];
                int8_t ****l_909 = &l_908[0];
                int8_t ****l_910 = (void*)0;
                int8_t ***l_912[5];
                int8_t ****l_911 = &l_912[1];
                int8_t ***l_914[4];
                int8_t ****l_913 = &l_914[3];
                int32_t l_918 = 0x63B11B72L;
                union U1 l_920 = {1L};
                int i, j;
                for (i = 0; i < 2; i++)
                    l_908[i] = &g_47;
                for (i = 0; i < 5; i++)
                    l_912[i] = &g_47;
                for (i = 0; i < 4; i++)
                    l_914[i] = &g_47;
                l_875 |= (l_874 ^= l_759[l_854]);
                for (g_114 = 0; (g_114 <= 0); g_114 += 1)
                { /* block id: 398 */
                    uint16_t **l_881 = &g_354;
                    uint16_t **l_882 = &g_354;
                    int32_t l_894[1];
                    int i, j;
                    for (i = 0; i < 1; i++)
                        l_894[i] = 1L;
                    (*g_396) = &l_759[l_854];
                    l_894[0] &= ((*g_397) = (safe_sub_func_int8_t_s_s((safe_lshift_func_int16_t_s_s(((l_881 = l_880) == l_882), (l_759[(l_698 + 3)] , (safe_add_func_int16_t_s_s((g_292 , l_759[l_854]), (g_117 , ((l_885 ^ 5L) > (safe_mod_func_int8_t_s_s((g_499 = (safe_add_func_uint8_t_u_u((safe_div_func_uint64_t_u_u((((*g_397) | l_759[l_854]) == (*p_59)), g_892)), 255UL))), l_893))))))))), l_885)));
                }
                l_875 |= (safe_mul_func_uint16_t_u_u(l_759[(l_698 + 3)], (*g_354)));
                l_921 |= (((((safe_rshift_func_uint8_t_u_u(253UL, 4)) & (safe_add_func_int8_t_s_s(l_759[l_854], (((-1L) > ((((((g_94.f0 == ((((safe_mod_func_uint32_t_u_u((safe_rshift_func_uint16_t_u_s(((((l_905 , (((((l_919 &= (l_918 &= ((safe_mul_func_uint8_t_u_u((((*l_909) = l_908[0]) != ((*l_913) = ((*l_911) = (void*)0))), (+(safe_rshift_func_uint16_t_u_s((((l_874 ^= 1L) > ((*l_785) = l_893)) , l_875), l_875))))) <= l_759[l_854]))) || l_905.f0) <= 0x1D4DL) , 0x3E13D4276F4F1BACLL) < l_759[l_854])) >= l_759[l_854]) , l_920) , 0x927DL), l_885)), l_759[(l_698 + 3)])) ^ l_920.f1) > (-9L)) > l_875)) , &g_781) != (void*)0) <= l_875) == (*g_397)) , l_893)) && 1L)))) , l_920) , 0x532BB791F98E3D35LL) > l_905.f0);
            }
        }
        for (g_117 = 0; (g_117 == 38); ++g_117)
        { /* block id: 418 */
            int32_t l_934 = 0L;
            int64_t l_947 = 0x6392666B5113DB6FLL;
            int32_t l_959[4][1][2] = {{{(-1L),(-1L)}},{{(-1L),(-1L)}},{{(-1L),(-1L)}},{{(-1L),(-1L)}}};
            const int8_t * const * const l_985 = (void*)0;
            int32_t *l_986 = &l_959[1][0][0];
            union U2 l_989 = {6UL};
            int i, j, k;
        }
        return l_990;
    }
    return (**g_353);
}


/* ------------------------------------------ */
/* 
 * reads : g_396 g_397
 * writes:
 */
static int32_t * func_61(int32_t  p_62, int8_t * p_63, uint8_t  p_64)
{ /* block id: 21 */
    union U0 l_91 = {0xEDC629925D9175C2LL};
    union U0 *l_92 = &l_91;
    union U0 *l_93 = (void*)0;
    int16_t *l_102[4][1][4] = {{{&g_52,&g_52,&g_52,&g_52}},{{&g_52,&g_52,&g_52,&g_52}},{{&g_52,&g_52,&g_52,&g_52}},{{&g_52,&g_52,&g_52,&g_52}}};
    int32_t l_103 = 0x5ECCFF84L;
    int32_t l_104 = 0x24F1CC41L;
    uint16_t *l_105 = &g_106;
    const int32_t l_107 = 0xB992811EL;
    int16_t **l_133[4] = {&l_102[3][0][3],&l_102[3][0][3],&l_102[3][0][3],&l_102[3][0][3]};
    uint32_t l_143 = 0xC2E131A9L;
    uint64_t *l_146 = &g_60[0];
    uint64_t l_147 = 7UL;
    int32_t *l_148[3][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
    int64_t l_152 = 0x5DB32916D73FB01ELL;
    int32_t l_166 = 0xBD7646EDL;
    uint32_t l_196 = 18446744073709551606UL;
    uint32_t l_224[4] = {0x45B4DF5BL,0x45B4DF5BL,0x45B4DF5BL,0x45B4DF5BL};
    uint32_t l_270 = 18446744073709551614UL;
    int64_t l_326 = 0x91B572109CD27E3ELL;
    const uint16_t l_368 = 0xFE2BL;
    union U2 *l_420[5][2] = {{&g_181,&g_181},{&g_181,&g_181},{&g_181,&g_181},{&g_181,&g_181},{&g_181,&g_181}};
    uint8_t l_422 = 0x4BL;
    int16_t l_423 = 0x9C4CL;
    union U1 l_553 = {0x1A80L};
    int i, j, k;
    return (*g_396);
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
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_24, "g_24", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_55, "g_55", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_60[i], "g_60[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_94.f0, "g_94.f0", print_hash_value);
    transparent_crc(g_101.f1, "g_101.f1", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    transparent_crc(g_114, "g_114", print_hash_value);
    transparent_crc(g_117, "g_117", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_124[i][j], "g_124[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_149, "g_149", print_hash_value);
    transparent_crc(g_173, "g_173", print_hash_value);
    transparent_crc(g_181.f0, "g_181.f0", print_hash_value);
    transparent_crc(g_194, "g_194", print_hash_value);
    transparent_crc(g_207, "g_207", print_hash_value);
    transparent_crc(g_208, "g_208", print_hash_value);
    transparent_crc(g_212, "g_212", print_hash_value);
    transparent_crc(g_218, "g_218", print_hash_value);
    transparent_crc(g_221, "g_221", print_hash_value);
    transparent_crc(g_223, "g_223", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_230[i], "g_230[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_233, "g_233", print_hash_value);
    transparent_crc(g_256, "g_256", print_hash_value);
    transparent_crc(g_292.f0, "g_292.f0", print_hash_value);
    transparent_crc(g_298, "g_298", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_343[i], "g_343[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_375, "g_375", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_387[i][j][k], "g_387[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_388[i][j][k], "g_388[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_499, "g_499", print_hash_value);
    transparent_crc(g_767, "g_767", print_hash_value);
    transparent_crc(g_851, "g_851", print_hash_value);
    transparent_crc(g_892, "g_892", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_967[i], "g_967[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_969, "g_969", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_970[i][j][k], "g_970[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1018, "g_1018", print_hash_value);
    transparent_crc(g_1166, "g_1166", print_hash_value);
    transparent_crc(g_1285.f0, "g_1285.f0", print_hash_value);
    transparent_crc(g_1285.f1, "g_1285.f1", print_hash_value);
    transparent_crc(g_1290, "g_1290", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_1361[i], "g_1361[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1490, "g_1490", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_1658[i], "g_1658[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1715.f0, "g_1715.f0", print_hash_value);
    transparent_crc(g_1715.f1, "g_1715.f1", print_hash_value);
    transparent_crc(g_1764, "g_1764", print_hash_value);
    transparent_crc(g_1796.f0, "g_1796.f0", print_hash_value);
    transparent_crc(g_1796.f1, "g_1796.f1", print_hash_value);
    transparent_crc(g_1821, "g_1821", print_hash_value);
    transparent_crc(g_1823, "g_1823", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_1914[i], "g_1914[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_2041, "g_2041", print_hash_value);
    transparent_crc(g_2070, "g_2070", print_hash_value);
    transparent_crc(g_2585, "g_2585", print_hash_value);
    transparent_crc(g_2612.f0, "g_2612.f0", print_hash_value);
    transparent_crc(g_2612.f1, "g_2612.f1", print_hash_value);
    transparent_crc(g_2614.f0, "g_2614.f0", print_hash_value);
    transparent_crc(g_2614.f1, "g_2614.f1", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 755
XXX total union variables: 45

XXX max expression depth: 41
breakdown:
   depth: 1, occurrence: 150
   depth: 2, occurrence: 46
   depth: 3, occurrence: 4
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
   depth: 9, occurrence: 1
   depth: 10, occurrence: 1
   depth: 14, occurrence: 2
   depth: 15, occurrence: 2
   depth: 17, occurrence: 3
   depth: 18, occurrence: 3
   depth: 19, occurrence: 1
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 22, occurrence: 4
   depth: 23, occurrence: 1
   depth: 24, occurrence: 2
   depth: 29, occurrence: 2
   depth: 30, occurrence: 2
   depth: 32, occurrence: 1
   depth: 33, occurrence: 1
   depth: 41, occurrence: 1

XXX total number of pointers: 501

XXX times a variable address is taken: 723
XXX times a pointer is dereferenced on RHS: 292
breakdown:
   depth: 1, occurrence: 204
   depth: 2, occurrence: 62
   depth: 3, occurrence: 24
   depth: 4, occurrence: 2
XXX times a pointer is dereferenced on LHS: 278
breakdown:
   depth: 1, occurrence: 241
   depth: 2, occurrence: 30
   depth: 3, occurrence: 6
   depth: 4, occurrence: 0
   depth: 5, occurrence: 1
XXX times a pointer is compared with null: 51
XXX times a pointer is compared with address of another variable: 16
XXX times a pointer is compared with another pointer: 16
XXX times a pointer is qualified to be dereferenced: 9004

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 845
   level: 2, occurrence: 375
   level: 3, occurrence: 55
   level: 4, occurrence: 4
   level: 5, occurrence: 6
XXX number of pointers point to pointers: 233
XXX number of pointers point to scalars: 226
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 27.9
XXX average alias set size: 1.35

XXX times a non-volatile is read: 2250
XXX times a non-volatile is write: 1031
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 4
XXX backward jumps: 11

XXX stmts: 154
XXX max block depth: 4
breakdown:
   depth: 0, occurrence: 25
   depth: 1, occurrence: 28
   depth: 2, occurrence: 35
   depth: 3, occurrence: 31
   depth: 4, occurrence: 35

XXX percentage a fresh-made variable is used: 17.1
XXX percentage an existing variable is used: 82.9
********************* end of statistics **********************/

