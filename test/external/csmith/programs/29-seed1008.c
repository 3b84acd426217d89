/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1008 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1008
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static uint16_t safe_add_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a + (uint32_t)b); }
static uint32_t safe_add_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a + (uint32_t)b); }
static uint8_t safe_add_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a + (uint32_t)b); }
static int16_t safe_div_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a / b); }
static int32_t safe_div_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint32_t safe_div_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
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
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_4[5] = {0x252CB136L,0x252CB136L,0x252CB136L,0x252CB136L,0x252CB136L};
static int16_t g_12 = (-8L);
static uint16_t g_14[3][4] = {{0x906CL,0x16A2L,0x906CL,0x16A2L},{0x906CL,0x16A2L,0x906CL,0x16A2L},{0x906CL,0x16A2L,0x906CL,0x16A2L}};
static uint16_t g_21 = 1UL;
static uint16_t *g_20 = &g_21;
static int32_t g_36 = 0xA7209C39L;
static uint32_t g_52 = 0xD1D9D65FL;
static uint32_t g_69 = 1UL;
static int64_t g_90 = (-8L);
static int32_t g_95 = 0x84746BA8L;
static uint64_t g_120 = 0UL;
static int16_t g_121 = (-1L);
static int8_t g_130 = 0x04L;
static int16_t g_138 = 0L;
static int32_t g_139 = 0xCFF13109L;
static uint16_t g_140 = 6UL;
static int32_t *g_153 = &g_95;
static uint64_t g_156 = 2UL;
static int32_t g_181 = 0x3726BA76L;
static uint8_t g_224 = 0UL;
static uint16_t g_241 = 0x2F29L;
static int64_t *g_246[4] = {&g_90,&g_90,&g_90,&g_90};
static int8_t g_247 = 0x55L;
static int8_t g_249 = 8L;
static uint64_t g_250 = 0x992809C4DB89876BLL;
static uint16_t g_280[2] = {0UL,0UL};
static int8_t g_310 = (-1L);
static const int32_t *g_311 = &g_4[0];
static int8_t g_382 = 3L;
static uint32_t g_431 = 3UL;


/* --- FORWARD DECLARATIONS --- */
static uint64_t  func_1(void);
static int16_t  func_7(const int32_t  p_8);
static const int16_t  func_17(const uint64_t  p_18, uint16_t * p_19);
static uint8_t  func_25(uint32_t  p_26, int16_t  p_27, int32_t * p_28);
static int16_t  func_29(int32_t  p_30, uint32_t  p_31, uint16_t * p_32);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_4 g_14 g_20 g_36 g_21 g_140 g_52 g_69 g_90 g_121 g_156 g_139 g_95 g_181 g_130 g_224 g_241 g_250 g_249 g_12 g_247 g_280 g_310 g_120 g_382 g_431
 * writes: g_12 g_14 g_36 g_21 g_52 g_69 g_90 g_95 g_120 g_130 g_140 g_153 g_156 g_20 g_121 g_181 g_139 g_224 g_241 g_246 g_250 g_4 g_310 g_311 g_249
 */
static uint64_t  func_1(void)
{ /* block id: 0 */
    int32_t *l_3 = &g_4[1];
    int32_t **l_2 = &l_3;
    int16_t *l_11 = &g_12;
    uint16_t *l_13[2];
    uint16_t *l_22 = &g_21;
    int32_t l_338[1][3];
    uint8_t l_339 = 0x7AL;
    uint16_t l_356[3];
    const uint8_t l_359 = 1UL;
    int8_t l_360 = 0xD3L;
    int32_t l_368 = 1L;
    int64_t *l_387 = &g_90;
    int8_t l_391 = 0xC5L;
    uint32_t *l_428 = &g_52;
    uint32_t l_484 = 0x5373F0FCL;
    const uint32_t *l_491 = (void*)0;
    int32_t *l_492 = &g_181;
    int32_t *l_493[5][4][5] = {{{&g_4[2],(void*)0,(void*)0,&g_4[2],(void*)0},{&g_4[1],&g_4[1],&g_139,&g_4[1],&g_4[1]},{(void*)0,&g_4[2],(void*)0,(void*)0,&g_4[2]},{&g_4[1],(void*)0,(void*)0,&g_4[1],(void*)0}},{{&g_4[2],&g_4[2],&l_338[0][2],(void*)0,(void*)0},{&g_139,(void*)0,&g_139,&g_139,(void*)0},{(void*)0,&l_338[0][2],&l_338[0][2],(void*)0,&l_338[0][2]},{(void*)0,(void*)0,&g_4[1],(void*)0,(void*)0}},{{&l_338[0][2],(void*)0,&l_338[0][2],&l_338[0][2],(void*)0},{(void*)0,&g_139,&g_139,(void*)0,&g_139},{(void*)0,(void*)0,&g_4[2],(void*)0,(void*)0},{&g_139,(void*)0,&g_139,&g_139,(void*)0}},{{(void*)0,&l_338[0][2],&l_338[0][2],(void*)0,&l_338[0][2]},{(void*)0,(void*)0,&g_4[1],(void*)0,(void*)0},{&l_338[0][2],(void*)0,&l_338[0][2],&l_338[0][2],(void*)0},{(void*)0,&g_139,&g_139,(void*)0,&g_139}},{{(void*)0,(void*)0,&g_4[2],(void*)0,(void*)0},{&g_139,(void*)0,&g_139,&g_139,(void*)0},{(void*)0,&l_338[0][2],&l_338[0][2],(void*)0,&l_338[0][2]},{(void*)0,(void*)0,&g_4[1],(void*)0,(void*)0}}};
    int32_t l_494 = 0xFD662FCBL;
    int32_t l_495 = (-1L);
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_13[i] = &g_14[2][0];
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_338[i][j] = 0x1AE00048L;
    }
    for (i = 0; i < 3; i++)
        l_356[i] = 0xA385L;
lbl_335:
    (*l_2) = (void*)0;
    if ((safe_rshift_func_int16_t_s_s(func_7(((safe_add_func_uint16_t_u_u(((g_4[1] | ((*l_11) = g_4[1])) , (--g_14[1][0])), func_17((g_20 != l_13[1]), l_22))) , 0xED1CDC8FL)), g_249)))
    { /* block id: 152 */
        uint16_t **l_315 = (void*)0;
        int32_t l_316 = 0x98ABC2DAL;
        int64_t l_317 = 6L;
        uint32_t l_331 = 0xECB3B761L;
        int32_t *l_336 = (void*)0;
        int32_t *l_337[3][5][4] = {{{&g_4[3],&g_95,&g_95,&g_4[3]},{&g_4[0],&g_4[1],&g_4[1],&g_4[1]},{(void*)0,&g_4[1],&g_4[3],&g_139},{&g_139,&g_36,&g_4[1],&g_139},{&g_95,&g_4[1],&l_316,&g_4[1]}},{{&g_95,&g_4[1],&g_95,&g_4[3]},{&l_316,&g_95,&g_95,&g_4[3]},{&g_4[1],&g_4[1],&g_36,&g_4[1]},{&l_316,&g_139,&g_36,&g_36},{(void*)0,&g_139,&g_36,&g_95}},{{&g_4[3],&g_4[1],&g_139,&g_139},{&g_4[3],&g_139,&g_36,(void*)0},{(void*)0,&g_139,&g_36,&l_316},{&l_316,&g_4[1],&g_36,&g_4[1]},{&g_4[1],&g_36,&g_95,&g_95}}};
        uint32_t l_350 = 0xAD69F502L;
        int32_t *l_357[2];
        uint32_t *l_358 = &l_331;
        uint32_t l_373[4];
        int16_t l_392 = (-7L);
        int16_t l_396 = 0xC05AL;
        uint8_t l_430 = 0xF0L;
        int16_t l_478 = 1L;
        int64_t **l_481 = &g_246[3];
        int64_t ***l_480 = &l_481;
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_357[i] = &l_316;
        for (i = 0; i < 4; i++)
            l_373[i] = 0x766C397CL;
lbl_460:
        for (g_120 = (-3); (g_120 != 57); ++g_120)
        { /* block id: 155 */
            uint16_t **l_314 = (void*)0;
            int32_t l_318[2][3][4] = {{{0x0218DD0CL,0xCB34429FL,0xEB04213BL,(-1L)},{0xF938C1A7L,(-1L),0x894AB442L,(-1L)},{(-1L),0xEB04213BL,0x0218DD0CL,(-1L)}},{{0x0218DD0CL,(-1L),(-1L),(-1L)},{0xCB34429FL,0xCB34429FL,0x894AB442L,0xF938C1A7L},{0xCB34429FL,0xEB04213BL,(-1L),0xCB34429FL}}};
            int i, j, k;
            if ((g_139 = (((((l_314 != l_315) , (l_316 , (((l_317 , &g_12) != &g_121) == g_247))) , (void*)0) == &g_249) && l_318[1][0][1])))
            { /* block id: 157 */
                int32_t l_319 = 0x28E5AF4EL;
                if (g_224)
                    break;
                if (l_319)
                    continue;
                (*l_2) = &l_319;
                (**l_2) = (65531UL == 0xF90DL);
            }
            else
            { /* block id: 162 */
                int64_t *l_321 = &l_317;
                int32_t l_324 = 0x94CD03F4L;
                int32_t *l_327 = &g_95;
                int32_t *l_328 = &l_318[1][0][1];
                int32_t *l_329 = (void*)0;
                int32_t *l_330[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                int i;
                (*l_327) = (l_316 = (((+(((((*l_321) = ((g_14[2][0] == (*g_20)) != g_139)) || (safe_sub_func_uint32_t_u_u(l_324, (((((*g_20) |= (((((safe_div_func_int16_t_s_s((l_316 && 0x8199L), l_318[1][0][1])) , 8UL) | 0x26B157E5L) | l_324) & l_317)) ^ l_324) , (*g_20)) | g_156)))) ^ 0x3B6AD0AE36DBBD37LL) && 0xBE4DL)) , l_317) > g_181));
                l_331++;
                (*l_327) = ((*l_328) = (*l_327));
                (*l_327) ^= l_318[1][0][1];
            }
            for (g_52 = 0; (g_52 <= 1); g_52 += 1)
            { /* block id: 174 */
                int16_t l_334 = 1L;
                l_334 &= (-1L);
                return l_316;
            }
            if (g_52)
                goto lbl_335;
        }
        ++l_339;
        if (((((safe_add_func_uint8_t_u_u((safe_mod_func_uint32_t_u_u(((*l_358) ^= (safe_add_func_uint8_t_u_u((safe_add_func_int64_t_s_s(l_350, ((+(&g_36 != ((((safe_add_func_int32_t_s_s(l_339, ((0x6EL == ((g_181 > l_339) < 4294967292UL)) | l_356[2]))) == g_14[0][2]) & g_120) , l_357[1]))) || 0x6B1F67A6L))), g_247))), g_130)), g_139)) , g_139) || l_359) || l_360))
        { /* block id: 182 */
            uint64_t l_364 = 0x31B7860BB8B317F3LL;
            uint8_t *l_365 = &g_224;
            int32_t l_372 = 0xAFBABFCDL;
            g_95 = (((safe_div_func_uint8_t_u_u(((~(&g_153 != (void*)0)) || l_364), ((*l_365) = g_120))) , &g_246[1]) == (void*)0);
            g_36 = ((safe_rshift_func_uint16_t_u_s((g_4[1] == 0x37L), 4)) == (l_368 || (((g_140 ^ (safe_div_func_uint8_t_u_u(((l_372 ^= (safe_unary_minus_func_int64_t_s((((g_280[1] ^ l_364) && 0xD833FBF26F0562B5LL) , l_364)))) && l_364), 0xA1L))) >= l_373[3]) | g_280[1])));
            g_311 = &l_372;
        }
        else
        { /* block id: 188 */
            int64_t l_388 = 0x814F4F9EC15FA3F5LL;
            int32_t l_393 = (-9L);
            int32_t l_394 = 0x77425FA9L;
            int32_t l_398 = 0x442E5E93L;
            int32_t l_402 = 0xF2135F33L;
            int32_t l_403[1][3];
            uint32_t **l_427 = (void*)0;
            const uint32_t l_429 = 0xD2831A42L;
            uint64_t *l_432 = (void*)0;
            uint64_t *l_433 = &g_156;
            uint64_t *l_434 = &g_120;
            int16_t *l_471[2][1];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_403[i][j] = 0x9B00E601L;
            }
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_471[i][j] = &l_396;
            }
            for (g_95 = 0; (g_95 > 19); g_95++)
            { /* block id: 191 */
                uint32_t l_385 = 3UL;
                int32_t l_389 = 8L;
                int32_t l_390 = 0x37CED98FL;
                int32_t l_395 = 0x9E12FE5CL;
                int32_t l_397 = (-6L);
                int32_t l_399 = (-6L);
                int32_t l_400 = 0xF8EDB4FBL;
                int32_t l_401[4][1] = {{1L},{0xFEBD9CC5L},{1L},{0xFEBD9CC5L}};
                uint8_t l_404 = 3UL;
                int i, j;
                l_390 = (l_389 |= (safe_mul_func_int16_t_s_s(((*l_11) = (safe_mul_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u((((g_382 ^ ((safe_lshift_func_int8_t_s_s((((l_385 < (+(g_36 ^= (((l_387 != (void*)0) < g_280[1]) < l_385)))) == 0x6F072E33L) & g_120), g_139)) , g_130)) , &g_12) != (void*)0), l_385)), 0UL))), l_388)));
                l_391 = l_389;
                l_404--;
            }
            g_139 |= ((safe_mul_func_int8_t_s_s(0L, (safe_rshift_func_int8_t_s_s((g_249 ^= (((safe_mul_func_uint16_t_u_u((safe_mod_func_int8_t_s_s(g_130, ((safe_div_func_uint32_t_u_u((l_402 , (safe_mul_func_int8_t_s_s((~g_310), 0L))), 1L)) , g_4[2]))), 0UL)) && 9UL) , l_403[0][1])), 2)))) || 0xC35ACBBCL);
            if ((g_4[4] &= (safe_lshift_func_int16_t_s_s((((*l_434) = ((*l_433) = (((safe_rshift_func_uint16_t_u_s((((&g_4[1] == &g_36) & (safe_sub_func_int64_t_s_s((!((0x7BD63F95L <= ((l_428 = &l_350) == (void*)0)) , l_429)), l_430))) != (*g_20)), g_95)) > 18446744073709551615UL) && g_431))) , g_36), 13))))
            { /* block id: 205 */
                int32_t **l_439 = &l_336;
                uint8_t l_444[1][2][1];
                int32_t l_445 = (-5L);
                int32_t l_446 = 0x0C5A400FL;
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_444[i][j][k] = 0xDCL;
                    }
                }
                l_446 &= (g_95 |= (safe_lshift_func_uint16_t_u_s(((g_139 &= (!g_382)) | (((!(&g_311 == l_439)) != ((safe_add_func_uint16_t_u_u((((safe_sub_func_int64_t_s_s(l_403[0][0], (((&g_311 != &g_153) != l_444[0][1][0]) , g_90))) < l_403[0][1]) && l_445), g_241)) && 246UL)) == g_52)), g_241)));
            }
            else
            { /* block id: 209 */
                int32_t l_449 = 0xD1CBDA05L;
                g_95 = ((safe_lshift_func_uint16_t_u_u(l_403[0][2], 2)) && ((l_449 , 0xB0F1L) , 0xD1L));
                g_139 = (safe_div_func_uint16_t_u_u(l_402, ((safe_sub_func_uint16_t_u_u((safe_mod_func_int8_t_s_s((((safe_mod_func_int64_t_s_s((safe_mod_func_uint32_t_u_u(((void*)0 != l_427), g_280[1])), ((((*l_387) = 8L) || 0x85652763322F8BA2LL) && 0xC547EFB9L))) , l_449) < l_449), l_449)), 0xDB0AL)) && g_247)));
                if (g_247)
                    goto lbl_460;
            }
            if ((safe_rshift_func_uint8_t_u_u(g_280[1], (l_398 == ((safe_div_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(g_90, (safe_mul_func_int8_t_s_s((safe_sub_func_int16_t_s_s((g_121 ^= (l_393 = ((*l_11) = g_14[2][0]))), g_52)), l_388)))), g_120)) <= g_95)))))
            { /* block id: 218 */
                uint32_t l_473 = 4294967292UL;
                int32_t l_476 = 0x4916562DL;
                l_394 = (+((l_402 = g_14[0][0]) ^ 0UL));
                --l_473;
                l_398 |= (l_476 = 0xA4405A9FL);
            }
            else
            { /* block id: 224 */
                int64_t l_477 = 0xC5EDC73D433844ACLL;
                uint32_t l_479 = 3UL;
                l_478 &= l_477;
                return l_479;
            }
        }
        (*l_480) = &g_246[3];
    }
    else
    { /* block id: 230 */
        int32_t *l_482 = (void*)0;
        int32_t *l_483[3][2][3] = {{{&l_338[0][0],&g_4[3],&l_338[0][1]},{&l_338[0][0],&l_338[0][0],&g_4[3]}},{{&g_139,&g_4[3],&g_4[3]},{&g_4[3],&g_139,&l_338[0][1]}},{{&g_139,&g_139,&g_139},{&l_338[0][0],&g_4[3],&l_338[0][1]}}};
        int i, j, k;
        l_484--;
    }
    l_494 |= (g_4[2] = (g_95 = (safe_add_func_uint32_t_u_u(((g_280[1] , &l_3) == &g_311), (0x2CL >= (((*l_492) &= ((safe_mod_func_uint8_t_u_u(((void*)0 == l_491), 0x1CL)) == (*g_20))) , g_181))))));
    return l_495;
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_181 g_12 g_247 g_130 g_280 g_21 g_156 g_95 g_139 g_36 g_20 g_140 g_310
 * writes: g_4 g_12 g_130 g_156 g_95 g_139 g_90 g_310 g_311
 */
static int16_t  func_7(const int32_t  p_8)
{ /* block id: 127 */
    int16_t *l_267 = &g_12;
    int32_t *l_274 = &g_4[1];
    uint32_t l_275 = 0x580E2C16L;
    uint32_t l_283 = 1UL;
    uint8_t l_289 = 1UL;
    int64_t *l_296 = (void*)0;
    if ((((safe_sub_func_int8_t_s_s((l_267 == (((safe_mul_func_int16_t_s_s(((*l_267) |= (safe_sub_func_int8_t_s_s((((p_8 , ((0xB73540898BEAC253LL & (((0xC9878C96L > ((*l_274) = p_8)) , 0x68L) < p_8)) != 255UL)) && (*l_274)) > 0x625BB58BL), g_181))), (-4L))) & l_275) , (void*)0)), 0xBCL)) == g_247) | g_130))
    { /* block id: 130 */
        int8_t l_284 = 0xE0L;
        int32_t l_285 = 0xDA68F4A9L;
        l_285 |= ((safe_rshift_func_uint8_t_u_u(((safe_mul_func_int16_t_s_s(g_280[1], ((safe_mul_func_int8_t_s_s(g_21, p_8)) == l_283))) < l_284), 5)) | l_284);
    }
    else
    { /* block id: 132 */
        uint16_t l_304 = 65531UL;
        for (g_130 = 0; (g_130 < (-1)); --g_130)
        { /* block id: 135 */
            int32_t *l_288[3][1][3] = {{{&g_139,&g_139,&g_139}},{{&g_4[1],&g_4[1],&g_4[1]}},{{&g_139,&g_139,&g_139}}};
            uint64_t l_301 = 0UL;
            int i, j, k;
            (*l_274) = 3L;
            l_289--;
            for (g_156 = 19; (g_156 < 15); g_156 = safe_sub_func_uint64_t_u_u(g_156, 5))
            { /* block id: 140 */
                int32_t **l_302 = &l_288[1][0][0];
                int64_t *l_309 = &g_90;
                (*l_274) |= ((((safe_add_func_uint32_t_u_u(((void*)0 == l_296), (safe_rshift_func_uint16_t_u_s(((-1L) && 7UL), (safe_sub_func_uint32_t_u_u(g_21, l_301)))))) == p_8) > p_8) | 0L);
                (*l_302) = &g_95;
                g_310 ^= ((0x5FF3L > ((+((l_304 = ((**l_302) &= 1L)) , (safe_add_func_int16_t_s_s(l_304, ((g_247 | (((*l_309) = (safe_div_func_int32_t_s_s(((void*)0 == l_267), 3L))) != g_36)) , (*g_20)))))) && l_304)) <= 2L);
            }
        }
    }
    g_311 = &p_8;
    return g_4[1];
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_36 g_21 g_20 g_52 g_69 g_90 g_121 g_140 g_156 g_139 g_95 g_181 g_130 g_224 g_241 g_250 g_249
 * writes: g_36 g_21 g_52 g_69 g_90 g_95 g_120 g_130 g_140 g_153 g_156 g_20 g_121 g_181 g_139 g_224 g_241 g_246 g_250
 */
static const int16_t  func_17(const uint64_t  p_18, uint16_t * p_19)
{ /* block id: 4 */
    int32_t *l_42 = (void*)0;
    int8_t l_146[5] = {(-2L),(-2L),(-2L),(-2L),(-2L)};
    int32_t l_155 = 0x79C7D366L;
    uint16_t *l_172 = &g_21;
    uint16_t **l_178 = (void*)0;
    int32_t l_223 = 1L;
    int32_t l_240 = 1L;
    uint8_t *l_258 = (void*)0;
    uint8_t *l_259 = &g_224;
    int32_t *l_262 = &l_155;
    int32_t **l_263 = &l_42;
    int32_t **l_264 = &g_153;
    int i;
    if (((safe_add_func_uint8_t_u_u(func_25((p_18 && p_18), func_29(p_18, p_18, &g_21), l_42), 0xE8L)) , g_4[4]))
    { /* block id: 26 */
        uint32_t *l_68[5][1];
        uint16_t l_76[3][4][3] = {{{0x3AC4L,0UL,0UL},{6UL,0x7135L,0x7135L},{65532UL,0UL,0x3564L},{0UL,0x7135L,0x251CL}},{{0x723FL,0UL,0UL},{0xE429L,0x7135L,65526UL},{0x3AC4L,0UL,0UL},{6UL,0x7135L,0x7135L}},{{65532UL,0UL,0x3564L},{0UL,0x7135L,0x251CL},{0x723FL,0UL,0UL},{0xE429L,0x7135L,65526UL}}};
        int32_t l_122 = 0x607BBC66L;
        int32_t **l_143 = &l_42;
        int i, j, k;
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 1; j++)
                l_68[i][j] = &g_69;
        }
        if ((safe_lshift_func_int8_t_s_u((safe_add_func_int32_t_s_s((safe_add_func_int32_t_s_s(1L, ((((safe_lshift_func_uint16_t_u_u((*g_20), (safe_mod_func_uint32_t_u_u((((safe_div_func_uint16_t_u_u((0xCDL != ((--g_69) && ((safe_mul_func_int8_t_s_s((safe_mul_func_uint8_t_u_u((g_69 , g_52), p_18)), p_18)) < p_18))), (*p_19))) , 1L) & 1L), 4294967286UL)))) , 0x73C04290L) , 0x03L) >= 0xF4L))), l_76[2][1][1])), g_52)))
        { /* block id: 28 */
            const int32_t *l_77 = &g_4[0];
            const int32_t **l_78 = &l_77;
            int64_t *l_89 = &g_90;
            int32_t *l_91 = &g_36;
            (*l_78) = l_77;
            (*l_91) = ((safe_rshift_func_int16_t_s_u((safe_mul_func_int16_t_s_s((((safe_mod_func_int64_t_s_s((safe_lshift_func_uint8_t_u_u(g_4[1], ((p_18 ^ (g_52 , ((safe_sub_func_uint64_t_u_u(0x2220C99D02BD444CLL, ((*l_89) |= 0xB2DC50754B492BB7LL))) , g_21))) & p_18))), g_4[0])) >= 0L) ^ g_4[1]), 0xE3C6L)), 11)) || 0UL);
        }
        else
        { /* block id: 32 */
            return g_21;
        }
        for (g_21 = 7; (g_21 > 46); g_21 = safe_add_func_int32_t_s_s(g_21, 7))
        { /* block id: 37 */
            int8_t *l_94 = (void*)0;
            uint16_t *l_102 = &l_76[2][1][1];
            uint32_t *l_103 = &g_52;
            int32_t *l_104 = &g_36;
            uint16_t **l_117 = (void*)0;
            uint16_t **l_118 = &l_102;
            uint64_t *l_119 = &g_120;
            int8_t *l_129 = &g_130;
            int16_t l_131[2];
            int32_t *l_132 = (void*)0;
            int32_t *l_133 = &l_122;
            int i;
            for (i = 0; i < 2; i++)
                l_131[i] = (-1L);
            (*l_104) = (((((*l_103) = ((g_90 , (g_95 = g_69)) == (safe_add_func_int16_t_s_s((((*l_102) = (((safe_mod_func_int32_t_s_s((safe_rshift_func_int8_t_s_u((((l_76[0][3][1] || (&g_21 != p_19)) , &g_69) == &g_69), g_4[1])), g_4[1])) && p_18) & g_90)) ^ g_36), (*g_20))))) , p_18) , &l_42) == (void*)0);
            l_122 = (safe_rshift_func_uint8_t_u_u(((safe_rshift_func_uint16_t_u_s((((((safe_rshift_func_int16_t_s_u(((((safe_sub_func_uint16_t_u_u((safe_sub_func_uint16_t_u_u((((safe_rshift_func_int16_t_s_u(l_76[2][1][1], (((((*l_119) = (p_19 != ((*l_118) = p_19))) && (((*g_20) | (g_69 >= 0xA541E781FF1C7326LL)) || l_76[2][1][1])) <= 0x46L) , (*l_104)))) || g_4[2]) , (*l_104)), (*p_19))), 65535UL)) , 18446744073709551610UL) , g_121) | (*l_104)), (*g_20))) == p_18) , (*g_20)) , 0x2CL) <= p_18), p_18)) & p_18), 3));
            if (((*l_133) ^= (safe_add_func_int64_t_s_s((((*l_129) = ((safe_lshift_func_uint16_t_u_u((((l_42 == &g_52) <= (((((*l_104) , 8L) > g_52) < 1L) >= 0xD442F441AF38FA35LL)) | p_18), (*p_19))) , 5L)) || l_131[1]), g_36))))
            { /* block id: 47 */
                int8_t *l_134 = &g_130;
                int32_t **l_135 = &l_42;
                (*l_135) = (((((g_90 , l_134) == &g_130) , (void*)0) == (((void*)0 != &g_20) , l_134)) , (void*)0);
            }
            else
            { /* block id: 49 */
                int32_t *l_136 = &g_95;
                int32_t *l_137[4][3] = {{&g_4[1],&g_4[1],(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}};
                int i, j;
                g_140--;
                return g_4[1];
            }
        }
        (*l_143) = &g_36;
        (*l_42) = ((safe_lshift_func_uint8_t_u_u(l_146[2], 7)) & (**l_143));
    }
    else
    { /* block id: 56 */
        int32_t *l_159 = (void*)0;
        uint32_t *l_168 = &g_69;
        uint16_t **l_171 = &g_20;
        uint16_t **l_173 = &l_172;
        int16_t *l_179 = (void*)0;
        int16_t *l_180[4][5] = {{&g_121,&g_138,&g_138,&g_121,&g_138},{&g_121,&g_121,&g_138,&g_121,&g_121},{&g_138,&g_121,&g_138,&g_138,&g_121},{&g_121,&g_138,&g_138,&g_121,&g_138}};
        int32_t l_182 = 0xE6F67040L;
        uint32_t l_227 = 3UL;
        int64_t *l_244 = &g_90;
        int32_t l_248 = 0L;
        int32_t **l_253 = &g_153;
        int i, j;
        for (g_52 = 0; (g_52 != 14); ++g_52)
        { /* block id: 59 */
            int32_t l_154 = 1L;
            int32_t *l_160[1];
            int i;
            for (i = 0; i < 1; i++)
                l_160[i] = &g_95;
            for (g_140 = 0; (g_140 >= 43); g_140 = safe_add_func_uint32_t_u_u(g_140, 4))
            { /* block id: 62 */
                return p_18;
            }
            for (g_36 = 0; (g_36 <= 4); g_36 += 1)
            { /* block id: 67 */
                int32_t *l_151 = &g_4[1];
                int32_t **l_152[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_152[i] = &l_42;
                g_153 = l_151;
                if (l_146[g_36])
                    break;
                g_156--;
                l_160[0] = l_159;
            }
            for (l_154 = 0; (l_154 <= (-16)); l_154--)
            { /* block id: 75 */
                uint32_t l_163 = 0x952D19C5L;
                ++l_163;
                if (p_18)
                    continue;
                return l_163;
            }
        }
        if ((l_182 = ((((safe_sub_func_uint32_t_u_u(((*l_168) &= g_140), ((safe_add_func_int16_t_s_s((((*l_171) = &g_140) == ((*l_173) = l_172)), (g_21 = g_139))) | ((safe_mod_func_uint16_t_u_u((g_181 = ((g_121 ^= (safe_rshift_func_int8_t_s_u((l_178 != l_178), p_18))) && p_18)), (-7L))) <= g_140)))) > p_18) < p_18) , 0xB4DDF18DL)))
        { /* block id: 88 */
            uint32_t *l_185 = &g_52;
            int32_t *l_186 = &g_95;
            int32_t *l_187 = (void*)0;
            int32_t *l_188 = &g_36;
            uint64_t l_203 = 0xDD3F16023438911BLL;
lbl_210:
            for (g_121 = (-8); (g_121 >= 19); g_121 = safe_add_func_uint16_t_u_u(g_121, 1))
            { /* block id: 91 */
                g_36 = (-1L);
            }
            (*l_188) = ((*l_186) ^= (l_185 != &g_52));
            if ((((0xB61AE0EBF16E3D7ELL <= (((safe_lshift_func_int16_t_s_u(((safe_mod_func_int8_t_s_s(g_181, (safe_mul_func_uint8_t_u_u((p_18 == ((l_182 = (safe_div_func_int16_t_s_s(((safe_div_func_uint16_t_u_u(0xD544L, (safe_div_func_uint32_t_u_u((safe_rshift_func_int8_t_s_u(((p_18 <= 0x9622FFCB4505FA69LL) , (-1L)), 4)), g_52)))) != 0x5EL), (*p_19)))) < g_130)), g_52)))) == (*l_188)), l_203)) , &p_18) == (void*)0)) & (*l_186)) ^ g_121))
            { /* block id: 97 */
                int32_t **l_204[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_204[i][j] = (void*)0;
                }
                l_159 = &l_182;
            }
            else
            { /* block id: 99 */
                g_139 = (((&g_120 != ((g_140 == ((*l_186) = (safe_add_func_uint8_t_u_u((+(safe_add_func_int64_t_s_s(0x0C61538398E1D098LL, (2UL | g_36)))), 0L)))) , &p_18)) , &l_159) != &g_153);
                if (g_95)
                    goto lbl_210;
            }
            for (l_203 = 0; (l_203 <= 4); l_203 += 1)
            { /* block id: 106 */
                int32_t *l_211 = &l_182;
                int32_t *l_212 = &g_139;
                int32_t *l_213 = &g_95;
                int32_t *l_214 = &g_95;
                int32_t *l_215 = &g_139;
                int32_t *l_216 = &g_139;
                int32_t *l_217 = (void*)0;
                int32_t *l_218 = &l_155;
                int32_t *l_219 = &l_155;
                int32_t *l_220 = &g_36;
                int32_t *l_221 = &g_36;
                int32_t *l_222[3];
                int64_t *l_232 = &g_90;
                int i;
                for (i = 0; i < 3; i++)
                    l_222[i] = (void*)0;
                g_224++;
                if (l_146[l_203])
                    continue;
                l_227 &= 1L;
                (*l_188) |= (l_42 != ((((*l_232) = (safe_mod_func_uint8_t_u_u((4294967290UL == ((*l_216) = ((l_146[l_203] , l_146[l_203]) != (p_18 <= g_4[1])))), 0x9CL))) != l_146[3]) , &g_69));
            }
        }
        else
        { /* block id: 114 */
            int32_t *l_233 = (void*)0;
            int32_t *l_234 = &g_95;
            int32_t *l_235 = &g_139;
            int32_t *l_236 = &g_95;
            int32_t *l_237 = &l_182;
            int32_t *l_238 = &l_223;
            int32_t *l_239[2];
            int64_t **l_245[4][3][5] = {{{&l_244,&l_244,&l_244,&l_244,&l_244},{&l_244,(void*)0,&l_244,(void*)0,&l_244},{&l_244,&l_244,&l_244,&l_244,&l_244}},{{&l_244,(void*)0,&l_244,(void*)0,&l_244},{&l_244,&l_244,&l_244,&l_244,&l_244},{&l_244,(void*)0,&l_244,(void*)0,&l_244}},{{&l_244,&l_244,&l_244,&l_244,&l_244},{&l_244,(void*)0,&l_244,(void*)0,&l_244},{&l_244,&l_244,&l_244,&l_244,&l_244}},{{&l_244,(void*)0,&l_244,(void*)0,&l_244},{&l_244,&l_244,&l_244,&l_244,&l_244},{&l_244,(void*)0,&l_244,(void*)0,&l_244}}};
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_239[i] = &g_95;
            --g_241;
            (*l_238) = ((g_246[3] = l_244) != &g_90);
            g_250--;
        }
        (*l_253) = (void*)0;
    }
    (*l_262) = (safe_rshift_func_uint8_t_u_s((g_249 != ((+(+g_181)) , (--(*l_259)))), 6));
    (*l_264) = ((*l_263) = &l_155);
    return p_18;
}


/* ------------------------------------------ */
/* 
 * reads : g_21 g_52 g_36 g_4
 * writes: g_21 g_52 g_36
 */
static uint8_t  func_25(uint32_t  p_26, int16_t  p_27, int32_t * p_28)
{ /* block id: 9 */
    uint32_t l_43[3];
    int32_t l_49 = 0x1BB30B13L;
    int i;
    for (i = 0; i < 3; i++)
        l_43[i] = 0x4E55B65AL;
    for (g_21 = 0; (g_21 <= 2); g_21 += 1)
    { /* block id: 12 */
        int32_t *l_44 = &g_36;
        int32_t *l_45 = &g_36;
        int32_t *l_46 = &g_36;
        int32_t l_47[2];
        int32_t *l_48 = &g_36;
        int32_t *l_50 = &l_47[1];
        int32_t *l_51[4][2] = {{&l_47[0],&l_47[0]},{&g_36,&l_47[0]},{&l_47[0],&g_36},{&l_47[0],&l_47[0]}};
        int i, j;
        for (i = 0; i < 2; i++)
            l_47[i] = 0xA7221EBCL;
        --g_52;
        for (g_36 = 0; (g_36 <= 2); g_36 += 1)
        { /* block id: 16 */
            for (l_49 = 2; (l_49 >= 0); l_49 -= 1)
            { /* block id: 19 */
                uint32_t l_55 = 1UL;
                if (g_4[0])
                    break;
                if (l_55)
                    break;
            }
        }
    }
    return l_43[0];
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_36 g_21 g_20 g_140
 * writes: g_36
 */
static int16_t  func_29(int32_t  p_30, uint32_t  p_31, uint16_t * p_32)
{ /* block id: 5 */
    int32_t *l_35 = &g_36;
    int32_t l_41 = 1L;
    (*l_35) = (safe_lshift_func_uint8_t_u_s(g_4[1], 1));
    l_41 &= (((((*l_35) != (+g_4[3])) , g_21) & (+(safe_mul_func_uint8_t_u_u((g_4[2] | (*g_20)), 0x34L)))) ^ (*l_35));
    return p_30;
}




/* ---------------------------------------- */
int main (int argc, char* argv[])
{
    int i, j;
    int print_hash_value = 0;
    if (argc == 2 && strcmp(argv[1], "1") == 0) print_hash_value = 1;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_4[i], "g_4[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_12, "g_12", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_14[i][j], "g_14[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_120, "g_120", print_hash_value);
    transparent_crc(g_121, "g_121", print_hash_value);
    transparent_crc(g_130, "g_130", print_hash_value);
    transparent_crc(g_138, "g_138", print_hash_value);
    transparent_crc(g_139, "g_139", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_156, "g_156", print_hash_value);
    transparent_crc(g_181, "g_181", print_hash_value);
    transparent_crc(g_224, "g_224", print_hash_value);
    transparent_crc(g_241, "g_241", print_hash_value);
    transparent_crc(g_247, "g_247", print_hash_value);
    transparent_crc(g_249, "g_249", print_hash_value);
    transparent_crc(g_250, "g_250", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_280[i], "g_280[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_310, "g_310", print_hash_value);
    transparent_crc(g_382, "g_382", print_hash_value);
    transparent_crc(g_431, "g_431", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 114
XXX total union variables: 0

XXX max expression depth: 26
breakdown:
   depth: 1, occurrence: 114
   depth: 2, occurrence: 20
   depth: 3, occurrence: 4
   depth: 5, occurrence: 2
   depth: 7, occurrence: 3
   depth: 8, occurrence: 1
   depth: 9, occurrence: 1
   depth: 10, occurrence: 2
   depth: 11, occurrence: 3
   depth: 12, occurrence: 2
   depth: 13, occurrence: 2
   depth: 14, occurrence: 4
   depth: 16, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 4
   depth: 20, occurrence: 2
   depth: 21, occurrence: 1
   depth: 26, occurrence: 1

XXX total number of pointers: 117

XXX times a variable address is taken: 173
XXX times a pointer is dereferenced on RHS: 26
breakdown:
   depth: 1, occurrence: 25
   depth: 2, occurrence: 1
XXX times a pointer is dereferenced on LHS: 55
breakdown:
   depth: 1, occurrence: 53
   depth: 2, occurrence: 2
XXX times a pointer is compared with null: 7
XXX times a pointer is compared with address of another variable: 4
XXX times a pointer is compared with another pointer: 5
XXX times a pointer is qualified to be dereferenced: 1264

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 238
   level: 2, occurrence: 39
XXX number of pointers point to pointers: 22
XXX number of pointers point to scalars: 95
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 26.5
XXX average alias set size: 1.29

XXX times a non-volatile is read: 301
XXX times a non-volatile is write: 191
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 3

XXX stmts: 108
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 16
   depth: 1, occurrence: 16
   depth: 2, occurrence: 30
   depth: 3, occurrence: 46

XXX percentage a fresh-made variable is used: 16.5
XXX percentage an existing variable is used: 83.5
********************* end of statistics **********************/

