/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 7 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      7
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static uint16_t safe_add_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a + (uint32_t)b); }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static uint8_t safe_add_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a + (uint32_t)b); }
static int16_t safe_div_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a / b); }
static int8_t safe_div_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint64_t safe_mod_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a % b); }
static uint8_t safe_mod_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int16_t safe_unary_minus_func_int16_t_s(int16_t a) { return (a == (-32767 - 1)) ? a : (int16_t)-a; }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int32_t  f0;
   int32_t  f1;
};

union U1 {
   const int16_t  f0;
};

/* --- GLOBAL VARIABLES --- */
static int64_t g_4 = 0L;
static const union U0 g_17 = {0xBF33880EL};
static int64_t g_23 = 0xBEC0351A93826A05LL;
static int32_t g_41 = 0x0FC35327L;
static uint16_t g_54[4][5] = {{0UL,1UL,0UL,0UL,1UL},{0UL,1UL,0UL,0UL,1UL},{0UL,1UL,0UL,0UL,1UL},{0UL,1UL,0UL,0UL,1UL}};
static int16_t g_80[2][4][5] = {{{8L,8L,8L,8L,8L},{8L,8L,8L,8L,8L},{8L,8L,8L,8L,8L},{8L,8L,8L,8L,8L}},{{8L,8L,8L,8L,8L},{8L,8L,8L,8L,8L},{8L,8L,8L,8L,8L},{8L,8L,8L,8L,8L}}};
static uint64_t g_81 = 18446744073709551612UL;
static uint64_t g_83 = 0xDF491560F218D362LL;
static int8_t g_113 = 0x86L;
static int16_t g_114 = 0xBF0DL;
static int32_t g_115[4][2] = {{0x17136C1AL,0x17136C1AL},{0x17136C1AL,0x17136C1AL},{0x17136C1AL,0x17136C1AL},{0x17136C1AL,0x17136C1AL}};
static int8_t g_116 = 0x54L;
static int32_t g_119 = 0x93315705L;
static uint32_t g_125 = 9UL;
static int32_t *g_140 = (void*)0;
static uint16_t g_145 = 0x3A23L;
static union U1 g_186 = {0xACE3L};
static int32_t **g_220 = &g_140;
static uint64_t *g_226 = &g_83;
static uint64_t **g_225 = &g_226;
static uint64_t ***g_224 = &g_225;
static int64_t * const g_243 = &g_23;
static uint32_t g_252 = 1UL;
static int16_t *g_256 = &g_114;
static int16_t ** const g_255 = &g_256;
static uint8_t g_271 = 0UL;
static int32_t g_287[4] = {0x790765E2L,0x790765E2L,0x790765E2L,0x790765E2L};
static int64_t g_288 = 0xA743F5AAB50A4E89LL;
static int64_t g_289 = 0x8997CAADE3318A37LL;
static uint32_t g_290[4] = {1UL,1UL,1UL,1UL};
static union U0 g_324 = {-1L};
static int32_t *g_341 = &g_41;
static uint32_t g_345 = 0x093D23DAL;
static int32_t g_349 = (-4L);
static uint32_t g_371 = 18446744073709551613UL;
static uint32_t g_375[4][5][3] = {{{2UL,6UL,0xE23C8D7FL},{4294967289UL,4294967294UL,0xCE3384BBL},{0xE23C8D7FL,2UL,0xE23C8D7FL},{4294967287UL,0xE67E9CEAL,0x31A35445L},{1UL,2UL,4294967295UL}},{{4294967294UL,1UL,4294967291UL},{0UL,1UL,1UL},{4294967294UL,4294967292UL,4294967289UL},{1UL,9UL,0x0DF12352L},{4294967287UL,4294967289UL,4294967294UL}},{{0xE23C8D7FL,4294967295UL,1UL},{4294967289UL,4294967289UL,0x856EC744L},{2UL,9UL,4294967295UL},{1UL,4294967292UL,0x4C1271EEL},{0x0DF12352L,1UL,9UL}},{{0x4C1271EEL,1UL,0x4C1271EEL},{0x1727D57AL,2UL,4294967295UL},{1UL,0xE67E9CEAL,0x856EC744L},{1UL,2UL,1UL},{4294967295UL,4294967294UL,4294967294UL}}};
static union U1 g_384[1][5][3] = {{{{1L},{1L},{1L}},{{1L},{1L},{1L}},{{1L},{1L},{1L}},{{1L},{1L},{1L}},{{1L},{1L},{1L}}}};
static union U1 g_386 = {0x04CCL};
static union U1 *g_385 = &g_386;
static uint16_t g_390[3][3] = {{0x9F12L,0x9F12L,0x054FL},{0x9F12L,0x9F12L,0x054FL},{0x9F12L,0x9F12L,0x054FL}};


/* --- FORWARD DECLARATIONS --- */
static int64_t  func_1(void);
static const int32_t  func_2(uint8_t  p_3);
static uint32_t  func_12(const uint8_t  p_13, int8_t  p_14, const union U0  p_15);
static int32_t * func_28(uint64_t  p_29, int8_t  p_30, int8_t  p_31);
static union U1  func_32(int32_t  p_33, uint64_t  p_34, union U0  p_35, uint64_t  p_36);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_4 g_17 g_17.f1 g_23 g_41 g_54 g_80 g_81 g_83 g_125 g_116 g_115 g_119 g_145 g_140 g_186 g_186.f0 g_243 g_114 g_252 g_255 g_256 g_225 g_226 g_290 g_288 g_113 g_220 g_345 g_349 g_371 g_375 g_287 g_390
 * writes: g_4 g_23 g_54 g_41 g_80 g_81 g_83 g_125 g_119 g_113 g_140 g_145 g_115 g_220 g_224 g_252 g_271 g_290 g_288 g_324 g_341 g_345 g_349 g_371 g_375 g_289 g_385 g_390
 */
static int64_t  func_1(void)
{ /* block id: 0 */
    int32_t *l_348 = &g_349;
    int32_t l_352 = 0xD6A5F113L;
    int32_t l_368 = (-8L);
    int32_t l_369 = 0x49F2D250L;
    int32_t l_370[5];
    int32_t l_374 = 0xCE3C2340L;
    union U1 *l_383 = &g_384[0][3][0];
    int i;
    for (i = 0; i < 5; i++)
        l_370[i] = 0x9F691A5FL;
    (*l_348) ^= func_2(g_4);
    for (g_83 = 0; (g_83 != 40); g_83 = safe_add_func_uint8_t_u_u(g_83, 8))
    { /* block id: 191 */
        int32_t *l_353 = &g_349;
        int32_t l_354 = 0x2DE78825L;
        int32_t *l_355 = &g_119;
        int32_t *l_356 = (void*)0;
        int32_t *l_357 = &g_119;
        int32_t *l_358 = &g_349;
        int32_t l_359 = 1L;
        int32_t l_360 = 0x6C84EBD3L;
        int32_t l_361 = 0x0A16C710L;
        int32_t *l_362 = (void*)0;
        int32_t *l_363 = &l_352;
        int32_t *l_364 = &l_360;
        int32_t *l_365 = &l_352;
        int32_t *l_366 = &l_359;
        int32_t *l_367[2];
        union U1 *l_382 = &g_186;
        int i;
        for (i = 0; i < 2; i++)
            l_367[i] = &g_324.f1;
        --g_371;
        g_375[1][3][1]--;
        for (g_81 = (-6); (g_81 != 7); g_81++)
        { /* block id: 196 */
            int8_t l_387 = 0xA9L;
            int32_t l_388 = (-1L);
            int32_t l_389 = 0x55F93EE1L;
            for (g_289 = 0; (g_289 != 13); g_289 = safe_add_func_uint16_t_u_u(g_289, 1))
            { /* block id: 199 */
                (*l_353) &= 0xF67431AAL;
                l_383 = l_382;
            }
            for (g_119 = 3; (g_119 >= 0); g_119 -= 1)
            { /* block id: 205 */
                int i;
                (*l_353) = g_287[g_119];
                g_385 = &g_384[0][3][0];
                ++g_390[2][2];
                return (*l_348);
            }
        }
    }
    return (*g_243);
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_17 g_17.f1 g_23 g_41 g_54 g_80 g_81 g_83 g_125 g_116 g_115 g_119 g_145 g_140 g_186 g_186.f0 g_243 g_114 g_252 g_255 g_256 g_225 g_226 g_290 g_288 g_113 g_220 g_345
 * writes: g_4 g_23 g_54 g_41 g_80 g_81 g_83 g_125 g_119 g_113 g_140 g_145 g_115 g_220 g_224 g_252 g_271 g_290 g_288 g_324 g_341 g_345
 */
static const int32_t  func_2(uint8_t  p_3)
{ /* block id: 1 */
    const uint16_t l_21 = 1UL;
    int32_t *l_40 = &g_41;
    union U0 l_56 = {0x196DB353L};
    int32_t l_144 = (-1L);
    int16_t l_182 = 0x22FCL;
    union U1 *l_184 = (void*)0;
    int32_t **l_203[1];
    int32_t ***l_202[3][3][5] = {{{&l_203[0],&l_203[0],&l_203[0],&l_203[0],&l_203[0]},{(void*)0,&l_203[0],(void*)0,(void*)0,(void*)0},{&l_203[0],&l_203[0],&l_203[0],&l_203[0],&l_203[0]}},{{&l_203[0],(void*)0,(void*)0,&l_203[0],(void*)0},{&l_203[0],&l_203[0],&l_203[0],&l_203[0],&l_203[0]},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&l_203[0],&l_203[0],&l_203[0],&l_203[0],&l_203[0]},{(void*)0,&l_203[0],(void*)0,&l_203[0],(void*)0},{&l_203[0],&l_203[0],&l_203[0],&l_203[0],&l_203[0]}}};
    uint16_t l_274 = 0xB2C1L;
    uint64_t * const ** const l_325 = (void*)0;
    int32_t l_338 = 0x6D7AF98BL;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_203[i] = &l_40;
    for (g_4 = 0; (g_4 > (-7)); g_4 = safe_sub_func_int32_t_s_s(g_4, 4))
    { /* block id: 4 */
        const uint64_t l_16 = 0UL;
        int32_t *l_22[2];
        int i;
        for (i = 0; i < 2; i++)
            l_22[i] = (void*)0;
        g_23 &= (2L ^ ((safe_rshift_func_uint16_t_u_u(g_4, (!p_3))) , (safe_add_func_int16_t_s_s(g_4, (func_12(l_16, p_3, g_17) , l_21)))));
        if (p_3)
            break;
    }
    for (p_3 = 0; (p_3 >= 58); ++p_3)
    { /* block id: 13 */
        uint64_t l_129 = 0x8F01ADD9D0C5B634LL;
        const int32_t * const l_148[1] = {&l_144};
        int32_t l_165 = (-4L);
        union U1 *l_185 = &g_186;
        uint64_t *l_192[5][4] = {{&g_83,&l_129,(void*)0,&g_81},{&l_129,&l_129,&l_129,&l_129},{&l_129,&l_129,&g_83,&g_81},{&l_129,&g_83,&l_129,(void*)0},{&l_129,&g_81,(void*)0,(void*)0}};
        int32_t l_195[1];
        const int32_t *l_213 = &g_41;
        const int32_t **l_212 = &l_213;
        int32_t **l_219 = &g_140;
        uint64_t **l_223 = &l_192[1][1];
        uint64_t ***l_222 = &l_223;
        int64_t *l_242 = (void*)0;
        int16_t *l_254 = &l_182;
        int16_t **l_253[1];
        uint8_t *l_270 = &g_271;
        int i, j;
        for (i = 0; i < 1; i++)
            l_195[i] = 5L;
        for (i = 0; i < 1; i++)
            l_253[i] = &l_254;
        for (g_23 = (-23); (g_23 < (-26)); g_23--)
        { /* block id: 16 */
            uint64_t *l_52 = (void*)0;
            int32_t l_53 = 0L;
            int32_t *l_55 = &l_53;
            int32_t **l_132 = &l_40;
            const int32_t *l_150[4][5] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_41,&g_119,&g_41,&g_119,&g_41},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_41,&g_119,&g_41,&g_119,&g_41}};
            const int32_t **l_149 = &l_150[2][4];
            int i, j;
            (*l_132) = func_28(((func_32(((~(safe_mul_func_int16_t_s_s((((void*)0 == l_40) || ((safe_mod_func_uint32_t_u_u((safe_lshift_func_int16_t_s_u((((g_54[2][1] = (safe_mod_func_int16_t_s_s(p_3, (safe_mod_func_uint64_t_u_u(0x0B91300D3B51AD5BLL, (l_53 = (safe_lshift_func_uint16_t_u_u((((((void*)0 == &g_41) != 0L) , p_3) >= 0xD070FEEAL), 8)))))))) , l_55) != l_55), g_23)), g_41)) > (*l_40))), g_4))) && g_41), g_41, l_56, (*l_40)) , (void*)0) != &g_119), l_129, g_23);
            for (g_119 = 0; (g_119 > (-25)); g_119--)
            { /* block id: 70 */
                int32_t *l_135 = (void*)0;
                int8_t *l_139 = &g_113;
                int32_t *l_141 = &g_41;
                int32_t l_142 = 3L;
                int32_t *l_143[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_143[i] = &g_41;
                (*l_55) = (&g_119 != ((*l_132) = l_135));
                g_140 = ((*l_132) = func_28(p_3, ((*l_139) = (+(safe_mul_func_int16_t_s_s(g_116, g_115[0][0])))), g_119));
                ++g_145;
            }
            (*l_149) = l_148[0];
        }
        if ((safe_mul_func_int16_t_s_s((((safe_mul_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_s(g_54[3][4], 2)) == (*l_40)), (safe_add_func_int64_t_s_s(((((safe_mul_func_uint16_t_u_u(((void*)0 != &l_40), ((safe_sub_func_uint16_t_u_u(p_3, g_80[0][2][3])) , 65535UL))) <= 0x13B7DAF6EE45795ALL) == 4UL) ^ 0x2B935C2CL), l_165)))) , p_3) & 0UL), p_3)))
        { /* block id: 80 */
            int32_t **l_201[4][4][4] = {{{&l_40,(void*)0,&g_140,&l_40},{&l_40,&g_140,&g_140,&l_40},{&l_40,&l_40,(void*)0,&l_40},{&g_140,&l_40,&l_40,&l_40}},{{&l_40,&l_40,&g_140,&l_40},{&g_140,&l_40,(void*)0,&l_40},{&g_140,&l_40,&l_40,&l_40},{(void*)0,&g_140,&l_40,&l_40}},{{(void*)0,(void*)0,&l_40,&l_40},{&g_140,&l_40,(void*)0,&l_40},{&g_140,&g_140,&g_140,(void*)0},{&l_40,&g_140,&l_40,&l_40}},{{&g_140,&l_40,(void*)0,&l_40},{&l_40,(void*)0,&g_140,&l_40},{&l_40,&g_140,&g_140,&l_40},{&l_40,&l_40,(void*)0,&l_40}}};
            int32_t ***l_200 = &l_201[0][3][2];
            int16_t *l_209 = &g_114;
            int16_t **l_208 = &l_209;
            int i, j, k;
            for (l_56.f0 = 0; (l_56.f0 <= 1); l_56.f0 += 1)
            { /* block id: 83 */
                int32_t **l_170 = &g_140;
                int32_t *l_172 = &l_165;
                int32_t *l_173 = &g_115[2][0];
                uint64_t *l_183 = &l_129;
                int64_t *l_190 = &g_4;
                int64_t *l_191 = &g_23;
                uint64_t **l_193 = &l_183;
                uint64_t *l_194 = (void*)0;
                (*l_170) = func_28(((((safe_mul_func_uint8_t_u_u((*l_40), 0xC0L)) , ((safe_div_func_int8_t_s_s(1L, (-2L))) >= (*l_40))) || p_3) , p_3), g_80[1][2][4], p_3);
                (*l_170) = func_28((!(1L || 0x7CL)), (**l_170), (((*l_173) = ((*l_172) = 0x4E788166L)) , (safe_sub_func_int32_t_s_s((((((safe_lshift_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((((safe_sub_func_uint8_t_u_u(p_3, g_115[0][0])) != p_3) , l_182), 3)), p_3)) & 0L) >= p_3) , l_183) == &l_129), 0xDC5A684DL))));
                l_185 = l_184;
                l_195[0] = ((*g_140) = (((*l_193) = ((((((safe_mod_func_int16_t_s_s((*l_40), 0x78FCL)) & (g_186 , ((((*l_191) |= ((*l_190) = (+(&l_144 != (void*)0)))) || p_3) <= g_186.f0))) , 0x48L) , 0x9A790D78L) == (*g_140)) , l_192[0][3])) == l_194));
            }
            if ((safe_mul_func_uint8_t_u_u((((safe_add_func_uint64_t_u_u((g_83 = (l_40 == (void*)0)), p_3)) > ((*l_40) = 0x331347A9L)) , ((l_202[1][2][1] = l_200) == &l_203[0])), 0xC1L)))
            { /* block id: 98 */
                if (p_3)
                    break;
            }
            else
            { /* block id: 100 */
                return p_3;
            }
            (*l_40) = (safe_add_func_int32_t_s_s((((safe_lshift_func_uint8_t_u_s((0x7AL ^ 0x01L), (((*l_208) = (void*)0) != &g_80[1][2][3]))) && (((safe_div_func_uint8_t_u_u(g_41, g_83)) | g_54[2][3]) <= p_3)) & p_3), g_41));
            for (l_56.f1 = 3; (l_56.f1 >= 0); l_56.f1 -= 1)
            { /* block id: 107 */
                g_140 = &l_195[0];
                if ((*g_140))
                    break;
            }
        }
        else
        { /* block id: 111 */
            const int32_t ***l_214 = &l_212;
            int32_t l_221 = 1L;
            int32_t l_246[5][5] = {{0xD96CCF5CL,0xD96CCF5CL,0x8F789EDAL,0xD96CCF5CL,0xD96CCF5CL},{1L,4L,1L,1L,4L},{0xD96CCF5CL,(-3L),(-3L),0xD96CCF5CL,(-3L)},{4L,4L,1L,4L,4L},{(-3L),0xD96CCF5CL,(-3L),(-3L),0xD96CCF5CL}};
            int i, j;
            l_221 = ((((*l_214) = l_212) != (g_220 = (((g_41 = (g_119 >= p_3)) , ((((safe_mod_func_uint16_t_u_u(((safe_mod_func_uint16_t_u_u((g_145 , (p_3 > 0x3F382317CB7726CCLL)), p_3)) && g_54[2][1]), p_3)) || (*l_213)) >= g_17.f1) , p_3)) , l_219))) && g_115[0][0]);
            if (((*l_40) = (***l_214)))
            { /* block id: 117 */
                uint32_t *l_244 = &g_125;
                int32_t l_245 = 0xA1D12C22L;
                g_224 = l_222;
                l_246[1][0] ^= ((safe_mul_func_uint8_t_u_u((***l_214), (safe_rshift_func_int8_t_s_u(g_54[2][1], (safe_rshift_func_uint16_t_u_u(((safe_sub_func_int32_t_s_s((((safe_unary_minus_func_uint64_t_u((l_245 = (!((*g_243) = ((((safe_unary_minus_func_int16_t_s((((safe_mul_func_uint16_t_u_u(((l_221 = ((*l_244) = (safe_mod_func_uint16_t_u_u((g_145 = (((void*)0 != &g_220) <= ((((((***l_214) , l_242) == g_243) , g_4) ^ 0xC915F4F1L) >= p_3))), g_41)))) , 65535UL), g_80[0][3][3])) >= p_3) != 0x24E2F90C535739DCLL))) <= (**l_212)) , (-5L)) ^ (*g_243))))))) | 2L) == g_41), (**l_212))) , p_3), 1)))))) != p_3);
                if (p_3)
                    continue;
                (*l_40) |= (-10L);
            }
            else
            { /* block id: 127 */
                const union U1 *l_248 = &g_186;
                const union U1 **l_247 = &l_248;
                uint32_t *l_251 = &g_252;
                int32_t l_257 = (-6L);
                (*l_247) = (void*)0;
                (*l_247) = l_184;
                (*l_40) = ((safe_mul_func_uint16_t_u_u(((((*l_251) |= (p_3 == (g_114 , 0UL))) , l_253[0]) != g_255), l_257)) | 1UL);
                (*l_247) = (*l_247);
            }
        }
        if ((((safe_mod_func_uint8_t_u_u(((*l_270) = (p_3 <= (safe_rshift_func_int16_t_s_s((((safe_div_func_uint8_t_u_u(g_23, (((safe_lshift_func_int8_t_s_u(g_83, 0)) <= (**g_255)) && (safe_rshift_func_uint8_t_u_s(((safe_sub_func_uint32_t_u_u(((((0x2751E0D0E8938900LL || (**g_225)) , p_3) ^ p_3) | p_3), p_3)) != 1UL), p_3))))) , 0x6FL) , (-8L)), (**g_255))))), g_41)) >= g_115[0][0]) | (**g_225)))
        { /* block id: 136 */
            int64_t l_282 = (-1L);
            int32_t l_283 = (-1L);
            int32_t l_284 = 0x31955D0BL;
            int32_t l_285 = 0x151B2E94L;
            int32_t l_286[1][1];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_286[i][j] = 0xF7B4FAC3L;
            }
            (*l_40) = (2L ^ (safe_sub_func_uint64_t_u_u((l_195[0] = (l_274 != (safe_sub_func_uint64_t_u_u(((*g_226) ^= (~0L)), (safe_sub_func_int32_t_s_s(((safe_sub_func_uint64_t_u_u(18446744073709551607UL, (*l_40))) && g_81), l_282)))))), p_3)));
            g_119 |= (l_270 != &g_113);
            ++g_290[2];
            for (l_165 = 0; (l_165 >= (-28)); l_165--)
            { /* block id: 144 */
                l_283 |= p_3;
                (*l_40) = p_3;
            }
        }
        else
        { /* block id: 148 */
            uint64_t ****l_303 = &l_222;
            int32_t l_304 = 0xAC16E798L;
            uint32_t *l_305 = &g_290[0];
            int32_t l_306 = (-1L);
            l_306 ^= (safe_rshift_func_uint8_t_u_u(g_119, (safe_mod_func_uint32_t_u_u((g_186 , (((*l_305) = (((safe_mul_func_uint8_t_u_u(1UL, (((safe_lshift_func_int8_t_s_u((((*l_303) = &l_223) != &g_225), 6)) >= (*g_256)) | p_3))) , l_304) , 0xA96F940BL)) == p_3)), (**l_212)))));
            return p_3;
        }
        if ((*l_40))
            break;
    }
    for (g_288 = 0; (g_288 <= 2); g_288 += 1)
    { /* block id: 158 */
        int64_t l_311 = 0xAEEB242C2FB3528BLL;
        int32_t l_316 = 0x7DD47830L;
        int32_t l_317 = 0xAF9C4B72L;
        uint8_t *l_318 = &g_271;
        int32_t l_319 = 0xBCB58D82L;
        union U0 l_321 = {8L};
        l_319 &= ((*g_243) , (safe_lshift_func_int8_t_s_s((safe_mod_func_int64_t_s_s(l_311, (safe_lshift_func_uint8_t_u_u(l_311, ((*l_318) = ((((safe_sub_func_int32_t_s_s((l_317 ^= l_316), l_311)) > p_3) < l_316) == g_81)))))), 4)));
        for (g_83 = 0; (g_83 <= 2); g_83 += 1)
        { /* block id: 164 */
            int8_t *l_320 = &g_113;
            union U0 *l_322 = &l_56;
            union U0 *l_323[1][5];
            const union U1 l_326[2][1] = {{{0L}},{{0L}}};
            int32_t *l_340 = &l_317;
            int32_t l_342 = 0x80E9ECBAL;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 5; j++)
                    l_323[i][j] = (void*)0;
            }
            if ((((*l_320) ^= (-1L)) <= (((g_324 = ((*l_322) = l_321)) , (l_325 != (l_326[0][0] , &g_225))) ^ g_23)))
            { /* block id: 168 */
                return p_3;
            }
            else
            { /* block id: 170 */
                const uint16_t l_329 = 0x84B9L;
                int32_t l_339 = 0x7EFA30DCL;
                l_339 ^= ((*l_40) ^= (((safe_add_func_int32_t_s_s(l_329, ((l_338 = (safe_div_func_uint64_t_u_u((0x0B567D36L < 0x61836B9FL), (safe_add_func_int64_t_s_s(p_3, ((safe_sub_func_int32_t_s_s(((safe_div_func_int16_t_s_s(0L, l_329)) | p_3), p_3)) && l_329)))))) <= 0x727A9A3F3E99A6F2LL))) <= p_3) < l_319));
                (*g_220) = &l_319;
            }
            l_340 = (*g_220);
            for (g_119 = 2; (g_119 >= 0); g_119 -= 1)
            { /* block id: 179 */
                int32_t l_343 = 1L;
                int32_t l_344 = 0x589242FCL;
                int i, j, k;
                g_341 = ((*g_220) = (void*)0);
                g_324.f1 = g_125;
                --g_345;
            }
        }
    }
    return p_3;
}


/* ------------------------------------------ */
/* 
 * reads : g_17.f1
 * writes:
 */
static uint32_t  func_12(const uint8_t  p_13, int8_t  p_14, const union U0  p_15)
{ /* block id: 5 */
    uint32_t l_18 = 0x46710139L;
    l_18--;
    return g_17.f1;
}


/* ------------------------------------------ */
/* 
 * reads : g_41
 * writes: g_41
 */
static int32_t * func_28(uint64_t  p_29, int8_t  p_30, int8_t  p_31)
{ /* block id: 64 */
    const int64_t l_130 = 0xCF69D43CED543F0CLL;
    int32_t *l_131[1];
    int i;
    for (i = 0; i < 1; i++)
        l_131[i] = &g_41;
    g_41 &= l_130;
    return l_131[0];
}


/* ------------------------------------------ */
/* 
 * reads : g_17.f1 g_41 g_4 g_54 g_80 g_23 g_81 g_17 g_83 g_125
 * writes: g_41 g_4 g_80 g_81 g_83 g_125
 */
static union U1  func_32(int32_t  p_33, uint64_t  p_34, union U0  p_35, uint64_t  p_36)
{ /* block id: 19 */
    const int8_t l_57[5] = {0xBFL,0xBFL,0xBFL,0xBFL,0xBFL};
    int32_t *l_63 = &g_41;
    union U0 l_71[3][3] = {{{0L},{0L},{0L}},{{0xB99C015CL},{-1L},{0xB99C015CL}},{{0L},{0L},{0L}}};
    uint64_t l_86 = 0x13CFF85525C537F4LL;
    int32_t l_111 = 1L;
    int32_t l_112 = 0xFA99DB6AL;
    int32_t l_118 = 0x94E54854L;
    int32_t l_120 = 1L;
    int32_t l_121 = 0xD27E8BA1L;
    int32_t l_122 = (-7L);
    int32_t l_123 = 0x325D181DL;
    int32_t l_124 = 0x9E1E60B5L;
    union U1 l_128[2][2][1] = {{{{0x4102L}},{{1L}}},{{{0x4102L}},{{1L}}}};
    int i, j, k;
    for (p_33 = 3; (p_33 >= 0); p_33 -= 1)
    { /* block id: 22 */
        uint32_t l_62[1][3];
        int32_t **l_64 = (void*)0;
        int32_t **l_65[1];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_62[i][j] = 0x51CC0D68L;
        }
        for (i = 0; i < 1; i++)
            l_65[i] = &l_63;
        g_41 |= (((l_57[0] > l_57[0]) == ((safe_unary_minus_func_uint32_t_u(((safe_rshift_func_int8_t_s_s(((+l_62[0][2]) , 6L), ((l_63 = l_63) != &g_41))) > 0xB627L))) >= p_36)) <= g_17.f1);
        for (g_4 = 0; (g_4 <= 3); g_4 += 1)
        { /* block id: 27 */
            int32_t *l_66[4][4][5] = {{{&g_41,&g_41,&g_41,&g_41,&g_41},{(void*)0,(void*)0,(void*)0,&g_41,&g_41},{&g_41,&g_41,&g_41,&g_41,(void*)0},{(void*)0,&g_41,(void*)0,(void*)0,(void*)0}},{{&g_41,&g_41,&g_41,&g_41,&g_41},{&g_41,(void*)0,&g_41,&g_41,(void*)0},{&g_41,&g_41,(void*)0,&g_41,&g_41},{&g_41,&g_41,&g_41,&g_41,&g_41}},{{(void*)0,&g_41,&g_41,&g_41,&g_41},{&g_41,(void*)0,(void*)0,(void*)0,&g_41},{&g_41,(void*)0,&g_41,&g_41,&g_41},{&g_41,(void*)0,&g_41,&g_41,&g_41}},{{(void*)0,&g_41,&g_41,&g_41,&g_41},{&g_41,(void*)0,(void*)0,(void*)0,&g_41},{&g_41,&g_41,&g_41,&g_41,&g_41},{&g_41,(void*)0,&g_41,(void*)0,(void*)0}}};
            int i, j, k;
            for (p_35.f1 = 0; (p_35.f1 >= 0); p_35.f1 -= 1)
            { /* block id: 30 */
                int32_t ***l_69 = &l_64;
                int16_t *l_79 = &g_80[0][2][3];
                int i, j;
                l_66[2][1][0] = &g_41;
                g_41 &= (safe_lshift_func_int16_t_s_s((((*l_69) = (l_65[p_35.f1] = &l_63)) != (void*)0), (+(l_71[0][2] , (safe_mul_func_uint16_t_u_u(0UL, (safe_rshift_func_uint8_t_u_s((safe_add_func_int64_t_s_s((safe_unary_minus_func_int16_t_s(((*l_79) |= g_54[g_4][(p_33 + 1)]))), 1L)), 5))))))));
                g_81 &= (g_41 ^= g_23);
            }
            for (p_34 = 0; (p_34 <= 3); p_34 += 1)
            { /* block id: 41 */
                int32_t *l_82 = &g_41;
                l_82 = (g_17 , &g_41);
                --g_83;
            }
        }
    }
    if (l_86)
    { /* block id: 47 */
        int32_t **l_87[5][4][3] = {{{&l_63,(void*)0,(void*)0},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,(void*)0}},{{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63}},{{&l_63,&l_63,&l_63},{&l_63,(void*)0,(void*)0},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63}},{{&l_63,&l_63,(void*)0},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63}},{{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,(void*)0,(void*)0},{&l_63,&l_63,&l_63}}};
        int i, j, k;
        l_63 = l_63;
        for (p_35.f0 = (-1); (p_35.f0 > 3); ++p_35.f0)
        { /* block id: 51 */
            int64_t l_93 = 0xC1786B757CFBC2A5LL;
            for (g_83 = (-11); (g_83 == 47); g_83++)
            { /* block id: 54 */
                uint32_t l_92[1][3];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_92[i][j] = 0x2A5332CFL;
                }
                (*l_63) ^= l_92[0][0];
                if (l_93)
                    break;
            }
        }
    }
    else
    { /* block id: 59 */
        uint32_t l_94 = 0x3A6DCE4DL;
        int32_t *l_95 = (void*)0;
        int32_t *l_96 = &g_41;
        int32_t *l_97 = &g_41;
        int32_t *l_98 = &l_71[0][2].f1;
        int32_t *l_99 = &g_41;
        int32_t *l_100 = &g_41;
        int32_t *l_101 = (void*)0;
        int32_t *l_102 = &l_71[0][2].f1;
        int32_t *l_103 = &l_71[0][2].f1;
        int32_t *l_104 = &l_71[0][2].f1;
        int32_t *l_105 = &g_41;
        int32_t *l_106 = &l_71[0][2].f1;
        int32_t *l_107 = &l_71[0][2].f1;
        int32_t *l_108 = &l_71[0][2].f1;
        int32_t *l_109 = (void*)0;
        int32_t *l_110[2];
        int64_t l_117[1];
        int i;
        for (i = 0; i < 2; i++)
            l_110[i] = &g_41;
        for (i = 0; i < 1; i++)
            l_117[i] = (-1L);
        (*l_63) = l_94;
        ++g_125;
    }
    return l_128[1][0][0];
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
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_17.f0, "g_17.f0", print_hash_value);
    transparent_crc(g_17.f1, "g_17.f1", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_54[i][j], "g_54[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_80[i][j][k], "g_80[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_81, "g_81", print_hash_value);
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_113, "g_113", print_hash_value);
    transparent_crc(g_114, "g_114", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_115[i][j], "g_115[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_119, "g_119", print_hash_value);
    transparent_crc(g_125, "g_125", print_hash_value);
    transparent_crc(g_145, "g_145", print_hash_value);
    transparent_crc(g_186.f0, "g_186.f0", print_hash_value);
    transparent_crc(g_252, "g_252", print_hash_value);
    transparent_crc(g_271, "g_271", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_287[i], "g_287[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_288, "g_288", print_hash_value);
    transparent_crc(g_289, "g_289", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_290[i], "g_290[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_324.f0, "g_324.f0", print_hash_value);
    transparent_crc(g_324.f1, "g_324.f1", print_hash_value);
    transparent_crc(g_345, "g_345", print_hash_value);
    transparent_crc(g_349, "g_349", print_hash_value);
    transparent_crc(g_371, "g_371", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_375[i][j][k], "g_375[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_384[i][j][k].f0, "g_384[i][j][k].f0", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_386.f0, "g_386.f0", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_390[i][j], "g_390[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 117
XXX total union variables: 7

XXX max expression depth: 29
breakdown:
   depth: 1, occurrence: 100
   depth: 2, occurrence: 26
   depth: 3, occurrence: 1
   depth: 7, occurrence: 1
   depth: 8, occurrence: 1
   depth: 9, occurrence: 2
   depth: 10, occurrence: 5
   depth: 11, occurrence: 2
   depth: 14, occurrence: 2
   depth: 15, occurrence: 1
   depth: 16, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 20, occurrence: 1
   depth: 28, occurrence: 1
   depth: 29, occurrence: 1

XXX total number of pointers: 101

XXX times a variable address is taken: 185
XXX times a pointer is dereferenced on RHS: 29
breakdown:
   depth: 1, occurrence: 18
   depth: 2, occurrence: 8
   depth: 3, occurrence: 3
XXX times a pointer is dereferenced on LHS: 46
breakdown:
   depth: 1, occurrence: 46
XXX times a pointer is compared with null: 6
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 0
XXX times a pointer is qualified to be dereferenced: 817

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 189
   level: 2, occurrence: 41
   level: 3, occurrence: 10
XXX number of pointers point to pointers: 26
XXX number of pointers point to scalars: 67
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 26.7
XXX average alias set size: 1.3

XXX times a non-volatile is read: 259
XXX times a non-volatile is write: 162
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 94
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 14
   depth: 1, occurrence: 17
   depth: 2, occurrence: 23
   depth: 3, occurrence: 40

XXX percentage a fresh-made variable is used: 28.7
XXX percentage an existing variable is used: 71.3
********************* end of statistics **********************/

