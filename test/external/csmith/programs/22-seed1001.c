/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1001 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1001
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static int8_t safe_add_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_add_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a + (uint32_t)b); }
static uint32_t safe_add_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a + (uint32_t)b); }
static uint8_t safe_add_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a + (uint32_t)b); }
static int16_t safe_div_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a / b); }
static int32_t safe_div_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a / b); }
static int8_t safe_div_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint32_t safe_div_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint64_t safe_mod_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static uint16_t safe_unary_minus_func_uint16_t_u(uint16_t a) { return (uint16_t)(0u - (uint32_t)a); }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   int64_t  f0;
   int32_t  f1;
   int32_t  f2;
   int8_t  f3;
};

struct S1 {
   int16_t  f0;
   int32_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 1L;
static int32_t g_20 = (-4L);
static uint8_t g_29 = 0x18L;
static int8_t g_42 = 7L;
static int16_t g_49 = (-7L);
static int32_t g_59 = 0x9E98C534L;
static uint8_t g_65 = 2UL;
static struct S1 g_75 = {0x2B80L,-1L};
static struct S0 *g_77[1][3][1] = {{{(void*)0},{(void*)0},{(void*)0}}};
static int32_t g_80 = 0xB4C2A732L;
static uint16_t g_82 = 0x687FL;
static int32_t g_162 = 4L;
static int32_t g_165 = (-1L);
static uint32_t g_166 = 0x59BD7285L;
static uint32_t g_184[1] = {0xD1AE7548L};
static int32_t *g_221 = &g_20;
static int16_t *g_246[4][1][3] = {{{&g_49,&g_49,&g_49}},{{&g_49,&g_49,&g_49}},{{&g_49,&g_49,&g_49}},{{&g_49,&g_49,&g_49}}};
static int16_t **g_245 = &g_246[0][0][0];
static int16_t g_260 = 7L;
static uint32_t g_265 = 4294967287UL;
static uint32_t g_273[5][2][4] = {{{18446744073709551614UL,18446744073709551608UL,0x20C684A5L,18446744073709551608UL},{18446744073709551608UL,18446744073709551606UL,0x20C684A5L,0x20C684A5L}},{{18446744073709551614UL,18446744073709551614UL,18446744073709551608UL,0x20C684A5L},{0x109C7D5BL,18446744073709551606UL,0x109C7D5BL,18446744073709551608UL}},{{0x109C7D5BL,18446744073709551608UL,18446744073709551608UL,0x109C7D5BL},{18446744073709551614UL,18446744073709551608UL,0x20C684A5L,18446744073709551608UL}},{{18446744073709551608UL,18446744073709551606UL,0x20C684A5L,0x20C684A5L},{18446744073709551614UL,18446744073709551614UL,0x109C7D5BL,18446744073709551606UL}},{{0x20C684A5L,18446744073709551614UL,0x20C684A5L,0x109C7D5BL},{0x20C684A5L,0x109C7D5BL,0x109C7D5BL,0x20C684A5L}}};
static int32_t ***g_283 = (void*)0;
static int64_t g_296 = 0xD36F4B36ECFF39B0LL;
static int64_t **g_298 = (void*)0;
static uint16_t g_323 = 0UL;
static uint16_t g_349[5][4] = {{9UL,0x36B1L,65535UL,9UL},{65535UL,9UL,0xDD3EL,0xDD3EL},{0x187EL,0x187EL,7UL,65533UL},{0x187EL,0x36B1L,0xDD3EL,0x187EL},{65535UL,65533UL,65535UL,0xDD3EL}};
static uint64_t g_380[4] = {0xDF65D306CF536BA4LL,0xDF65D306CF536BA4LL,0xDF65D306CF536BA4LL,0xDF65D306CF536BA4LL};
static uint64_t g_388 = 0xEDA3FD96416AAD62LL;
static uint16_t g_416 = 2UL;
static int32_t g_439 = 0x296AF753L;
static uint16_t g_440 = 65535UL;
static int32_t *g_450[1] = {&g_2};
static int32_t ** const g_449[4] = {&g_450[0],&g_450[0],&g_450[0],&g_450[0]};
static int32_t ** const *g_448 = &g_449[1];
static int32_t ** const **g_447 = &g_448;
static int32_t ** const ***g_446 = &g_447;
static int32_t ** const ***g_451 = &g_447;


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static struct S0  func_11(int16_t  p_12, struct S0  p_13, int64_t  p_14);
static struct S0  func_15(uint16_t  p_16);
static int32_t  func_21(int32_t * const  p_22, uint32_t  p_23, uint32_t  p_24);
static int32_t * func_25(int32_t * p_26);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_20 g_29 g_42 g_65 g_75 g_77 g_82 g_49 g_59 g_166 g_184 g_221 g_80 g_245 g_265 g_273 g_283 g_298 g_296 g_246 g_323 g_349 g_165 g_380 g_260 g_388 g_416 g_440 g_446 g_447 g_448 g_449 g_450
 * writes: g_2 g_20 g_29 g_49 g_65 g_59 g_75 g_77 g_82 g_166 g_184 g_221 g_265 g_273 g_260 g_298 g_323 g_349 g_380 g_388 g_416 g_440 g_446 g_451 g_450 g_165
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    int32_t l_8 = 0L;
    uint8_t l_17 = 255UL;
    int8_t l_230 = 0x4EL;
    int32_t l_235 = (-5L);
    struct S1 l_242 = {1L,-9L};
    int16_t *l_244[1];
    int16_t **l_243 = &l_244[0];
    int32_t ** const l_282 = &g_221;
    int32_t ** const * const l_281 = &l_282;
    struct S0 l_326 = {0L,0x3FC01860L,0xF5D17239L,0x0CL};
    int32_t ****l_330 = &g_283;
    int16_t l_359 = 0x5239L;
    uint64_t l_415 = 2UL;
    int8_t l_421[1];
    int32_t l_452[5][2][2] = {{{(-9L),0xA883CFACL},{0x489F1CA3L,(-9L)}},{{0L,0L},{0L,(-9L)}},{{0x489F1CA3L,0xA883CFACL},{(-9L),0xA883CFACL}},{{0x489F1CA3L,(-9L)},{0L,0L}},{{0L,(-9L)},{0x489F1CA3L,0xA883CFACL}}};
    uint8_t l_488 = 248UL;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_244[i] = &g_49;
    for (i = 0; i < 1; i++)
        l_421[i] = 0xF8L;
    for (g_2 = 0; (g_2 > (-17)); g_2 = safe_sub_func_int64_t_s_s(g_2, 3))
    { /* block id: 3 */
        int8_t *l_234 = &l_230;
        int32_t l_241 = 0xC033148EL;
        uint32_t *l_287 = &g_265;
        uint16_t *l_288 = &g_82;
        int32_t *l_289 = (void*)0;
        if ((~((l_235 |= ((*l_234) = (safe_add_func_int16_t_s_s(l_8, (safe_mod_func_int32_t_s_s((((func_11(g_2, func_15(l_17), l_230) , g_75.f0) , g_80) & l_8), (-4L))))))) > 1L)))
        { /* block id: 126 */
            int32_t **l_237[3][2][2];
            int32_t ***l_236 = &l_237[1][1][1];
            int32_t ****l_238 = &l_236;
            int i, j, k;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 2; j++)
                {
                    for (k = 0; k < 2; k++)
                        l_237[i][j][k] = &g_221;
                }
            }
            (*l_238) = l_236;
            (***l_236) = (*g_221);
            (*g_221) &= (safe_add_func_uint8_t_u_u(l_241, ((l_242 , l_243) == g_245)));
        }
        else
        { /* block id: 130 */
            int16_t l_268 = (-1L);
            int32_t l_276 = 0L;
            for (g_29 = (-30); (g_29 > 42); ++g_29)
            { /* block id: 133 */
                int32_t *l_249 = &g_20;
                int32_t *l_250 = &g_59;
                int32_t *l_251 = &g_75.f1;
                int32_t *l_252 = &g_75.f1;
                int32_t *l_253 = &l_235;
                int32_t *l_254 = &g_75.f1;
                int32_t *l_255 = &l_241;
                int32_t *l_256 = &g_20;
                int32_t *l_257 = &g_59;
                int32_t *l_258 = &l_242.f1;
                int32_t *l_259 = &g_75.f1;
                int32_t *l_261 = &g_20;
                int32_t *l_262 = &l_235;
                int32_t *l_263 = &g_20;
                int32_t *l_264 = (void*)0;
                int32_t *l_269 = &l_235;
                int32_t *l_270 = &g_20;
                int32_t *l_271 = &g_20;
                int32_t *l_272 = (void*)0;
                g_265++;
                ++g_273[0][1][1];
                (*l_259) &= (l_276 = (*g_221));
            }
        }
        g_20 &= ((*g_221) = ((safe_add_func_int32_t_s_s(l_241, (l_241 , (((l_281 == g_283) < (!((*l_288) = (safe_add_func_uint32_t_u_u(((*l_287) |= g_2), (**l_282)))))) & 4UL)))) , (*g_221)));
        for (g_260 = 0; (g_260 == (-17)); g_260 = safe_sub_func_uint8_t_u_u(g_260, 9))
        { /* block id: 146 */
            int32_t *l_292 = &g_75.f1;
            int32_t *l_293 = &l_242.f1;
            int64_t *l_295 = &g_296;
            int64_t **l_294 = &l_295;
            l_292 = (*l_282);
            (*l_293) |= (*g_221);
            for (g_59 = 0; (g_59 <= 0); g_59 += 1)
            { /* block id: 151 */
                int64_t ***l_297[2][4];
                int32_t *l_311[3];
                int16_t l_312 = (-7L);
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_297[i][j] = &l_294;
                }
                for (i = 0; i < 3; i++)
                    l_311[i] = &l_242.f1;
                g_298 = l_294;
                g_75.f1 |= ((!(((*l_293) = ((safe_lshift_func_uint16_t_u_s(g_49, 14)) == (safe_sub_func_uint64_t_u_u((safe_div_func_uint16_t_u_u(((((**g_298) > (0x06D5C7E7E5BDE789LL < (4294967295UL == 0x8DCBE901L))) == 0x2288B616L) <= 0xA5AFL), (***l_281))), (***l_281))))) || 0UL)) <= g_75.f0);
                g_75.f1 &= ((((**g_245) , ((safe_sub_func_uint8_t_u_u((safe_unary_minus_func_uint32_t_u((safe_mul_func_int16_t_s_s((-1L), (*l_293))))), (&g_2 == (l_292 = l_311[0])))) < g_2)) , (**l_282)) && l_312);
            }
        }
        (*g_221) = (l_241 == 0x1925C745169D787DLL);
    }
    if (((*l_243) == (void*)0))
    { /* block id: 161 */
        struct S1 *l_315 = &l_242;
        int16_t **l_316 = &l_244[0];
        int32_t l_320 = 0L;
        int32_t l_321 = 0L;
        int32_t l_322 = (-10L);
        if ((*g_221))
        { /* block id: 162 */
            int32_t l_317[4];
            int32_t l_318 = (-10L);
            int16_t l_327 = 9L;
            int i;
            for (i = 0; i < 4; i++)
                l_317[i] = 1L;
            if ((((safe_mod_func_int64_t_s_s(((void*)0 != l_315), g_29)) , l_316) != (void*)0))
            { /* block id: 163 */
                return l_317[3];
            }
            else
            { /* block id: 165 */
                int32_t *l_319[5][4] = {{&g_59,(void*)0,&g_59,(void*)0},{&g_59,(void*)0,&g_59,(void*)0},{&g_59,(void*)0,&g_59,(void*)0},{&g_59,(void*)0,&g_59,(void*)0},{&g_59,(void*)0,&g_59,(void*)0}};
                int i, j;
                ++g_323;
                l_322 |= (((g_20 ^ ((((((*l_282) = func_25(&l_320)) == &l_322) | ((l_326 , 18446744073709551611UL) , l_327)) ^ (-3L)) || 65529UL)) , 0UL) ^ l_317[2]);
                (*g_221) = 0L;
                return g_184[0];
            }
        }
        else
        { /* block id: 172 */
            for (g_323 = (-3); (g_323 <= 21); g_323 = safe_add_func_int16_t_s_s(g_323, 2))
            { /* block id: 175 */
                int32_t ****l_332 = &g_283;
                int32_t *****l_331 = &l_332;
                (*l_331) = (l_330 = &g_283);
                g_77[0][1][0] = g_77[0][1][0];
                return g_265;
            }
            return (***l_281);
        }
    }
    else
    { /* block id: 183 */
        uint32_t l_342 = 1UL;
        int32_t l_343 = 4L;
        int32_t l_347 = (-9L);
        int32_t l_348 = (-1L);
        int32_t **l_361 = &g_221;
        int16_t l_362 = 4L;
        int8_t l_385 = 0xB2L;
        int32_t l_386[2];
        struct S0 **l_397[1][4];
        int8_t *l_428 = &l_230;
        int8_t *l_433 = (void*)0;
        int8_t *l_434 = (void*)0;
        int8_t *l_435[2];
        int32_t l_436 = 0xF9DD74E9L;
        int32_t l_453 = 0xE045F4A4L;
        int32_t *l_481 = &l_436;
        int32_t *l_482 = &l_436;
        int32_t *l_483 = &l_436;
        int32_t *l_484 = (void*)0;
        int32_t *l_485 = &l_348;
        int32_t *l_486 = &g_75.f1;
        int32_t *l_487[3];
        int i, j;
        for (i = 0; i < 2; i++)
            l_386[i] = (-1L);
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_397[i][j] = &g_77[0][1][0];
        }
        for (i = 0; i < 2; i++)
            l_435[i] = &l_385;
        for (i = 0; i < 3; i++)
            l_487[i] = &g_59;
        if ((g_75 , (((((((**g_245) = ((**l_282) & (safe_add_func_uint32_t_u_u((safe_sub_func_uint16_t_u_u(((safe_rshift_func_int8_t_s_u((((*g_221) || (l_343 = (((((g_75.f1 != (safe_unary_minus_func_uint16_t_u(((safe_mul_func_int8_t_s_s(0x09L, g_20)) || 0x672DL)))) , 0x1AL) | 1UL) > l_342) || g_49))) , 0x8CL), (***l_281))) && g_42), (**g_245))), (*g_221))))) | 0xE032L) | (**l_282)) == 1UL) != 0x61L) && 0L)))
        { /* block id: 186 */
            return l_343;
        }
        else
        { /* block id: 188 */
            int32_t *l_344 = &g_2;
            int32_t *l_345 = &g_2;
            int32_t *l_346[4];
            int8_t l_360[4][4] = {{1L,0x69L,0L,0L},{0x22L,0x22L,1L,0L},{0x5AL,0x69L,0x5AL,1L},{0x5AL,1L,1L,0x5AL}};
            int64_t ** const *l_366[1][5][3] = {{{(void*)0,&g_298,(void*)0},{(void*)0,&g_298,&g_298},{&g_298,(void*)0,(void*)0},{&g_298,(void*)0,&g_298},{&g_298,&g_298,&g_298}}};
            int64_t ***l_367[2][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
            struct S0 l_368 = {0x4068C83916848BA5LL,1L,0L,0x16L};
            int i, j, k;
            for (i = 0; i < 4; i++)
                l_346[i] = &l_343;
            --g_349[2][1];
            if ((((((+(safe_lshift_func_uint8_t_u_u((((((*l_345) && (safe_add_func_int16_t_s_s((***l_281), l_342))) < ((((((((g_166 != (g_166 && l_359)) & l_360[0][0]) , g_42) | 0xAC3AE3C2AE3B8C46LL) , l_361) != &g_221) , (***l_281)) <= g_75.f1)) || 0x39L) || g_165), 5))) > (***l_281)) , 0xA0ECB53A35A2B233LL) == (*l_345)) < (***l_281)))
            { /* block id: 190 */
                struct S0 l_363 = {0x17C2733499AA9D4DLL,-1L,-7L,1L};
                uint32_t *l_373 = &g_265;
                uint64_t *l_378 = (void*)0;
                uint64_t *l_379 = &g_380[3];
                uint64_t *l_387 = &g_388;
                uint16_t *l_389 = &g_323;
                l_368 = func_11(l_362, l_363, (safe_add_func_int8_t_s_s(((l_366[0][1][2] == (l_367[1][0] = &g_298)) <= ((**l_361) , (-9L))), 1L)));
                l_348 ^= (safe_div_func_int16_t_s_s(0x399DL, (safe_mul_func_uint16_t_u_u(((*l_389) = (((*l_373) = 7UL) > (((*l_387) = (((safe_sub_func_uint8_t_u_u((l_363.f0 ^ (((-1L) ^ (safe_div_func_int8_t_s_s((((++(*l_379)) && (safe_lshift_func_uint16_t_u_u((((l_385 = (*l_344)) | l_386[1]) & (**g_245)), (**l_361)))) >= l_363.f1), l_363.f3))) > l_363.f0)), 0xFAL)) | (*l_345)) < g_349[3][3])) > 1L))), g_273[1][1][1]))));
            }
            else
            { /* block id: 199 */
                int32_t l_392 = 0x4BD164CBL;
                uint16_t *l_413 = &g_323;
                uint16_t *l_414[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_414[i] = &g_349[2][1];
                (*l_344) |= (((l_392 > ((safe_sub_func_int8_t_s_s(g_260, (safe_add_func_int64_t_s_s((g_166 >= (&g_77[0][1][0] == l_397[0][2])), 0L)))) <= 4294967293UL)) != 0x30EAA1C2L) < (**l_361));
                g_416 |= (((~(safe_div_func_uint32_t_u_u((safe_add_func_uint16_t_u_u((safe_div_func_int8_t_s_s(g_29, (safe_lshift_func_uint16_t_u_s(((((-4L) | ((*g_221) = ((g_349[0][0] = ((*l_413) = ((((*l_344) = (safe_add_func_int32_t_s_s((safe_add_func_uint16_t_u_u((((safe_mod_func_uint16_t_u_u(((((l_326 = l_368) , ((g_184[0] , (0x597B6866L >= g_42)) || 0x34EC3051L)) < 0x9EE28E7BL) , g_82), 0xB45DL)) == g_388) & (*l_344)), (**l_361))), 0xB718FB74L))) , (**l_361)) & (**l_361)))) != l_415))) < g_75.f1) || (**l_361)), 9)))), g_184[0])), l_392))) != 0xBF0FL) && 0x2CL);
            }
            l_368 = l_368;
            (***l_281) = (safe_lshift_func_int8_t_s_u((safe_div_func_int8_t_s_s((*l_344), (((*l_344) , (1L & (l_421[0] & (g_184[0] && (**l_361))))) | (**l_361)))), 4));
        }
        if (((*g_221) = (((safe_mul_func_uint16_t_u_u((safe_div_func_uint32_t_u_u((g_296 != ((*g_221) & ((l_436 = (safe_div_func_uint64_t_u_u(((**g_245) <= (((*l_428) |= g_80) , (safe_mul_func_int8_t_s_s((safe_lshift_func_uint8_t_u_u((***l_281), 5)), g_49)))), (***l_281)))) ^ g_184[0]))), g_166)), 1UL)) > g_184[0]) < g_265)))
        { /* block id: 214 */
            int32_t *l_437 = &g_75.f1;
            int32_t *l_438[1][5];
            int32_t ** const *l_445 = &l_282;
            int32_t ** const **l_444 = &l_445;
            int32_t ** const ***l_443 = &l_444;
            uint16_t l_454[2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 5; j++)
                    l_438[i][j] = &l_386[0];
            }
            for (i = 0; i < 2; i++)
                l_454[i] = 6UL;
            g_440++;
            g_451 = (g_446 = l_443);
            --l_454[0];
        }
        else
        { /* block id: 219 */
            int32_t *l_459 = &g_75.f1;
            uint16_t *l_467 = &g_440;
            uint16_t **l_466 = &l_467;
            (*****g_446) &= (safe_rshift_func_int16_t_s_u(((**l_361) && (**l_361)), 0));
            for (l_242.f1 = 0; (l_242.f1 <= 3); l_242.f1 += 1)
            { /* block id: 223 */
                (**g_448) = func_25(l_459);
                if ((**l_361))
                    break;
                return g_349[2][1];
            }
            (*****g_446) = (safe_rshift_func_uint16_t_u_u(((safe_mod_func_uint32_t_u_u((*l_459), (safe_mod_func_int32_t_s_s(((((l_242 , (*l_459)) , &g_349[2][2]) != ((*l_466) = (void*)0)) , (***g_448)), 0x6A1C0FA9L)))) == (***l_281)), g_416));
            for (l_415 = 0; (l_415 == 10); l_415 = safe_add_func_int8_t_s_s(l_415, 1))
            { /* block id: 232 */
                (**l_361) |= (*l_459);
                if ((****g_447))
                    break;
            }
        }
        for (g_165 = (-26); (g_165 < 4); g_165 = safe_add_func_int32_t_s_s(g_165, 7))
        { /* block id: 239 */
            int32_t *l_477 = (void*)0;
        }
        l_488--;
    }
    return g_49;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes: g_221
 */
static struct S0  func_11(int16_t  p_12, struct S0  p_13, int64_t  p_14)
{ /* block id: 120 */
    int32_t *l_231 = &g_59;
    int32_t **l_232 = &g_221;
    int32_t **l_233 = &l_231;
    (*l_233) = ((*l_232) = l_231);
    return p_13;
}


/* ------------------------------------------ */
/* 
 * reads : g_20 g_29 g_42 g_65 g_59 g_75 g_77 g_82 g_49 g_2 g_166 g_184 g_221
 * writes: g_20 g_29 g_49 g_65 g_59 g_75 g_77 g_82 g_166 g_184 g_221
 */
static struct S0  func_15(uint16_t  p_16)
{ /* block id: 4 */
    uint64_t l_18 = 0xACEE61780EEC299ELL;
    int32_t *l_19 = &g_20;
    uint32_t l_72 = 1UL;
    int32_t l_81 = 0x0922B85AL;
    struct S0 l_102 = {0L,-1L,0xAF27CECCL,-4L};
    int64_t *l_121[5] = {&l_102.f0,&l_102.f0,&l_102.f0,&l_102.f0,&l_102.f0};
    int32_t l_129 = 0xB4F3EC93L;
    int32_t l_160 = 8L;
    int32_t l_161 = 0x3AA939E1L;
    int32_t l_163 = 0x7973C544L;
    int32_t l_164[3][3][2] = {{{1L,1L},{0x5633C59AL,1L},{1L,0x5633C59AL}},{{1L,1L},{0x5633C59AL,1L},{1L,0x5633C59AL}},{{1L,1L},{0x5633C59AL,1L},{1L,0x5633C59AL}}};
    struct S1 l_208[2][4][2] = {{{{0xC3CEL,1L},{8L,0xF97D826FL}},{{0xC3CEL,1L},{8L,0xF97D826FL}},{{0xC3CEL,1L},{8L,0xF97D826FL}},{{0xC3CEL,1L},{8L,0xF97D826FL}}},{{{0xC3CEL,1L},{8L,0xF97D826FL}},{{0xC3CEL,1L},{8L,0xF97D826FL}},{{0xC3CEL,1L},{8L,0xF97D826FL}},{{0xC3CEL,1L},{8L,0xF97D826FL}}}};
    uint32_t l_213 = 7UL;
    int i, j, k;
lbl_105:
    (*l_19) &= l_18;
    if (func_21(func_25(&g_20), ((*l_19) < (*l_19)), (safe_lshift_func_int8_t_s_u((safe_sub_func_int8_t_s_s((*l_19), p_16)), (*l_19)))))
    { /* block id: 33 */
        uint16_t l_69[5][4] = {{65529UL,1UL,65529UL,1UL},{65529UL,1UL,65529UL,1UL},{65529UL,1UL,65529UL,1UL},{65529UL,1UL,65529UL,1UL},{65529UL,1UL,65529UL,1UL}};
        int32_t l_79 = 0x5D39A040L;
        int8_t l_98 = 0x46L;
        int i, j;
        for (l_18 = 0; (l_18 <= 3); l_18 += 1)
        { /* block id: 36 */
            int32_t *l_70 = &g_20;
            int32_t *l_71[5] = {&g_2,&g_2,&g_2,&g_2,&g_2};
            struct S0 l_85[5] = {{-5L,1L,0x96B3C833L,4L},{-5L,1L,0x96B3C833L,4L},{-5L,1L,0x96B3C833L,4L},{-5L,1L,0x96B3C833L,4L},{-5L,1L,0x96B3C833L,4L}};
            int i;
            (*l_19) = p_16;
            l_72--;
            for (g_59 = 3; (g_59 >= 0); g_59 -= 1)
            { /* block id: 41 */
                struct S1 *l_76 = &g_75;
                struct S0 **l_78 = &g_77[0][1][0];
                (*l_76) = g_75;
                (*l_78) = ((&g_2 == (void*)0) , g_77[0][1][0]);
                ++g_82;
            }
            for (g_49 = 0; (g_49 <= 3); g_49 += 1)
            { /* block id: 48 */
                return l_85[0];
            }
        }
        for (l_72 = 0; (l_72 < 5); ++l_72)
        { /* block id: 54 */
            uint16_t *l_92 = &l_69[0][2];
            int64_t *l_93 = (void*)0;
            int32_t l_99 = (-9L);
            uint16_t *l_100 = &g_82;
            int32_t l_101 = 0x45D781F8L;
            l_101 &= (safe_mul_func_int16_t_s_s((safe_sub_func_uint16_t_u_u((*l_19), ((*l_92) = (*l_19)))), ((*l_100) = ((0x796DE0D780A8980DLL || (l_79 = p_16)) ^ (safe_lshift_func_uint16_t_u_u(((safe_lshift_func_int16_t_s_s(((6L && l_98) , l_99), 4)) , g_20), 6))))));
        }
        return l_102;
    }
    else
    { /* block id: 61 */
        uint16_t l_111 = 65527UL;
        struct S0 l_115[4] = {{0x424A886803F40BDELL,0x6D3611A5L,0xCB379706L,0x82L},{0x424A886803F40BDELL,0x6D3611A5L,0xCB379706L,0x82L},{0x424A886803F40BDELL,0x6D3611A5L,0xCB379706L,0x82L},{0x424A886803F40BDELL,0x6D3611A5L,0xCB379706L,0x82L}};
        int32_t l_131[3];
        uint64_t l_134 = 0x376B33B0C632DA6ALL;
        int16_t *l_141 = &g_75.f0;
        int64_t l_159 = 0xA8FE63917519F662LL;
        const struct S0 ** const l_179 = (void*)0;
        int32_t l_188 = 0x232493ECL;
        int32_t l_192 = 0xBAF6B6E5L;
        int i;
        for (i = 0; i < 3; i++)
            l_131[i] = 0x86666F45L;
        for (g_82 = 0; (g_82 != 6); g_82 = safe_add_func_uint32_t_u_u(g_82, 6))
        { /* block id: 64 */
            uint16_t l_108 = 65529UL;
            int64_t *l_120[5] = {&l_102.f0,&l_102.f0,&l_102.f0,&l_102.f0,&l_102.f0};
            int32_t l_128 = 0x21A51722L;
            int32_t *l_132 = &l_128;
            int32_t *l_133[3][4] = {{&g_20,&l_128,&l_128,&g_20},{&l_128,&g_20,&l_128,&l_128},{&g_20,&g_20,&g_20,&g_20}};
            int i, j;
            for (g_59 = 0; (g_59 >= 0); g_59 -= 1)
            { /* block id: 67 */
                int32_t *l_106 = &g_20;
                int32_t *l_107[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_107[i] = &g_20;
                if (g_29)
                    goto lbl_105;
                if (g_20)
                    goto lbl_105;
                l_108++;
                l_111--;
            }
            for (l_102.f2 = 0; (l_102.f2 >= 0); l_102.f2 -= 1)
            { /* block id: 75 */
                struct S1 *l_114 = &g_75;
                (*l_114) = g_75;
                return l_115[2];
            }
            if ((*l_19))
            { /* block id: 79 */
                struct S0 l_116 = {4L,3L,4L,0xCFL};
                return l_116;
            }
            else
            { /* block id: 81 */
                int32_t *l_130[5][1] = {{&g_75.f1},{(void*)0},{&g_75.f1},{(void*)0},{&g_75.f1}};
                int i, j;
                if (l_102.f0)
                    goto lbl_105;
                g_75.f1 ^= ((((l_131[1] &= ((*l_19) = (((safe_mod_func_uint16_t_u_u((~(((((l_120[4] == (l_102 , l_121[3])) , ((((safe_mod_func_uint16_t_u_u(((safe_add_func_int32_t_s_s(((safe_mul_func_uint16_t_u_u(((0x91L < p_16) >= g_49), l_128)) > p_16), g_20)) , p_16), g_42)) >= l_129) && 0x71L) ^ p_16)) <= (*l_19)) && 3L) != (-9L))), 65528UL)) ^ p_16) < g_59))) & g_2) < 0x92A3DF0C45E9BC94LL) && l_108);
            }
            --l_134;
        }
        if (((l_131[2] <= ((safe_lshift_func_int8_t_s_s((g_65 != (safe_mul_func_int16_t_s_s((*l_19), ((*l_141) = g_42)))), ((*l_19) | g_49))) ^ g_65)) < (-3L)))
        { /* block id: 90 */
            int32_t *l_142 = &g_59;
            int32_t l_143 = 0x45E70CA4L;
            int32_t *l_144 = &l_143;
            int32_t *l_145 = &g_75.f1;
            int32_t *l_146 = &l_143;
            int32_t *l_147 = (void*)0;
            int32_t *l_148 = &l_81;
            int32_t *l_149 = (void*)0;
            int32_t *l_150 = &l_81;
            int32_t *l_151 = &l_81;
            int32_t l_152 = (-10L);
            int32_t *l_153 = (void*)0;
            int32_t *l_154 = &g_75.f1;
            int32_t *l_155 = (void*)0;
            int32_t *l_156 = &l_81;
            int32_t *l_157 = &l_81;
            int32_t *l_158[4][5] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_59,&g_59,&g_59,&g_59,&g_59},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_59,&g_59,&g_59,&g_59,&g_59}};
            uint64_t *l_180 = (void*)0;
            uint64_t *l_181 = (void*)0;
            uint64_t *l_182 = &l_134;
            uint64_t *l_183 = &l_18;
            uint32_t l_194 = 0xADEB26E6L;
            int i, j;
            g_166--;
            if (((((!(0UL >= (safe_sub_func_uint32_t_u_u((p_16 < (!((g_184[0] |= ((p_16 , (safe_rshift_func_uint16_t_u_u((((((safe_sub_func_uint64_t_u_u(((*l_183) ^= (safe_mul_func_uint8_t_u_u((((*l_182) ^= ((void*)0 == l_179)) , 0xB2L), l_159))), 0x543E80CA6B36A0D0LL)) < 0x9ED6L) & g_29) && (-4L)) , 65531UL), g_82))) != p_16)) <= p_16))), g_75.f1)))) && g_184[0]) ^ (*l_19)) && p_16))
            { /* block id: 95 */
                int16_t *l_185 = &g_49;
                int16_t **l_186 = &l_141;
                int32_t l_187 = (-1L);
                int32_t l_189 = 0xC7D868F3L;
                int32_t l_190 = (-1L);
                int32_t l_191 = 0x8483FBC1L;
                int32_t l_193 = 0xAC706118L;
                g_75.f1 &= (0xCD0575CF62B27B7FLL < ((l_185 == ((*l_186) = l_141)) <= ((0xCB4BFE13DD6524C0LL <= p_16) <= (*l_157))));
                (*l_148) |= l_187;
                l_194--;
            }
            else
            { /* block id: 100 */
                int32_t **l_197 = (void*)0;
                int32_t **l_198 = (void*)0;
                int32_t **l_199 = &l_154;
                (*l_199) = &l_143;
                return l_102;
            }
            (*l_19) = (((((safe_div_func_int32_t_s_s((g_59 = (safe_div_func_int8_t_s_s((((safe_mod_func_uint32_t_u_u((safe_mul_func_int16_t_s_s(((l_208[1][1][1] , (void*)0) != (void*)0), (safe_sub_func_uint8_t_u_u(((*l_156) > (0x06BE4A546A7A22F5LL > l_115[2].f2)), g_166)))), 5L)) | p_16) >= 0x0E2BL), 7UL))), l_213)) > p_16) == l_188) , g_59) >= (*l_19));
            for (l_111 = 0; (l_111 == 44); l_111 = safe_add_func_int32_t_s_s(l_111, 8))
            { /* block id: 108 */
                int32_t *l_216 = &l_164[1][2][1];
                int32_t **l_217[1][1][2];
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                    {
                        for (k = 0; k < 2; k++)
                            l_217[i][j][k] = &l_145;
                    }
                }
                l_19 = func_25(l_216);
                if (p_16)
                    break;
            }
        }
        else
        { /* block id: 112 */
            int32_t *l_218 = &l_161;
            int32_t **l_219 = (void*)0;
            int32_t **l_220[5][1][4] = {{{&l_218,&l_218,&l_218,&l_218}},{{&l_218,&l_218,&l_218,&l_218}},{{&l_218,&l_218,&l_218,&l_218}},{{&l_218,&l_218,&l_218,&l_218}},{{&l_218,&l_218,&l_218,&l_218}}};
            uint64_t *l_228 = &l_134;
            int i, j, k;
            g_221 = l_218;
            if (l_159)
                goto lbl_229;
lbl_229:
            (*l_19) |= (!((!(safe_rshift_func_uint16_t_u_s(p_16, 8))) <= ((p_16 | l_188) <= ((safe_mod_func_int16_t_s_s(((l_228 == ((l_188 & (*g_221)) , &l_18)) && p_16), g_184[0])) <= (*g_221)))));
            g_221 = (void*)0;
        }
    }
    return l_102;
}


/* ------------------------------------------ */
/* 
 * reads : g_20 g_42 g_65
 * writes: g_49 g_20 g_65
 */
static int32_t  func_21(int32_t * const  p_22, uint32_t  p_23, uint32_t  p_24)
{ /* block id: 9 */
    int32_t *l_37 = &g_20;
    int32_t **l_36 = &l_37;
    int8_t l_43 = 0x45L;
    int16_t *l_48[5] = {&g_49,&g_49,&g_49,&g_49,&g_49};
    int i;
    (*l_36) = &g_20;
    if ((safe_rshift_func_uint16_t_u_s((*l_37), (((safe_mod_func_uint64_t_u_u((**l_36), (g_42 ^ ((l_43 | (safe_add_func_int8_t_s_s(((g_49 = (((safe_mul_func_uint8_t_u_u(0xF3L, (**l_36))) | (*l_37)) & (-10L))) ^ p_23), 0x2CL))) < (*l_37))))) <= (*l_37)) & (-1L)))))
    { /* block id: 12 */
        uint8_t l_55 = 251UL;
        int32_t l_64 = 6L;
        (*l_36) = (void*)0;
        for (p_24 = 0; (p_24 <= 3); p_24 = safe_add_func_uint16_t_u_u(p_24, 7))
        { /* block id: 16 */
            int32_t l_52 = 0x5D2300B6L;
            return l_52;
        }
        for (g_20 = (-1); (g_20 < 6); g_20++)
        { /* block id: 21 */
            return l_55;
        }
        for (g_20 = 6; (g_20 == (-25)); g_20 = safe_sub_func_int8_t_s_s(g_20, 1))
        { /* block id: 26 */
            int32_t *l_58 = &g_59;
            int32_t *l_60 = &g_59;
            int32_t *l_61 = &g_59;
            int32_t *l_62 = &g_59;
            int32_t *l_63[3][4] = {{&g_2,&g_2,&g_2,&g_20},{(void*)0,(void*)0,(void*)0,&g_2},{(void*)0,&g_2,&g_2,(void*)0}};
            int i, j;
            g_65++;
        }
    }
    else
    { /* block id: 29 */
        int32_t **l_68 = &l_37;
        (*l_68) = p_22;
    }
    return g_42;
}


/* ------------------------------------------ */
/* 
 * reads : g_29
 * writes: g_29
 */
static int32_t * func_25(int32_t * p_26)
{ /* block id: 6 */
    int32_t *l_27 = &g_20;
    int32_t *l_28[3][3] = {{&g_20,&g_20,&g_20},{&g_2,&g_2,&g_2},{&g_20,&g_20,&g_20}};
    int i, j;
    g_29--;
    return p_26;
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
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_65, "g_65", print_hash_value);
    transparent_crc(g_75.f0, "g_75.f0", print_hash_value);
    transparent_crc(g_75.f1, "g_75.f1", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_162, "g_162", print_hash_value);
    transparent_crc(g_165, "g_165", print_hash_value);
    transparent_crc(g_166, "g_166", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_184[i], "g_184[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_260, "g_260", print_hash_value);
    transparent_crc(g_265, "g_265", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_273[i][j][k], "g_273[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_296, "g_296", print_hash_value);
    transparent_crc(g_323, "g_323", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_349[i][j], "g_349[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_380[i], "g_380[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_388, "g_388", print_hash_value);
    transparent_crc(g_416, "g_416", print_hash_value);
    transparent_crc(g_439, "g_439", print_hash_value);
    transparent_crc(g_440, "g_440", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 114
   depth: 1, occurrence: 10
XXX total union variables: 0

XXX max expression depth: 29
breakdown:
   depth: 1, occurrence: 124
   depth: 2, occurrence: 27
   depth: 3, occurrence: 2
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
   depth: 7, occurrence: 1
   depth: 8, occurrence: 2
   depth: 9, occurrence: 4
   depth: 10, occurrence: 1
   depth: 11, occurrence: 2
   depth: 12, occurrence: 1
   depth: 13, occurrence: 3
   depth: 14, occurrence: 1
   depth: 16, occurrence: 1
   depth: 17, occurrence: 1
   depth: 20, occurrence: 1
   depth: 22, occurrence: 2
   depth: 23, occurrence: 1
   depth: 25, occurrence: 1
   depth: 29, occurrence: 1

XXX total number of pointers: 153

XXX times a variable address is taken: 162
XXX times a pointer is dereferenced on RHS: 81
breakdown:
   depth: 1, occurrence: 42
   depth: 2, occurrence: 26
   depth: 3, occurrence: 12
   depth: 4, occurrence: 1
XXX times a pointer is dereferenced on LHS: 55
breakdown:
   depth: 1, occurrence: 46
   depth: 2, occurrence: 4
   depth: 3, occurrence: 3
   depth: 4, occurrence: 0
   depth: 5, occurrence: 2
XXX times a pointer is compared with null: 5
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 1
XXX times a pointer is qualified to be dereferenced: 1363

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 199
   level: 2, occurrence: 49
   level: 3, occurrence: 29
   level: 4, occurrence: 11
   level: 5, occurrence: 5
XXX number of pointers point to pointers: 41
XXX number of pointers point to scalars: 108
XXX number of pointers point to structs: 4
XXX percent of pointers has null in alias set: 22.9
XXX average alias set size: 1.26

XXX times a non-volatile is read: 421
XXX times a non-volatile is write: 199
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 3

XXX stmts: 117
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 13
   depth: 1, occurrence: 19
   depth: 2, occurrence: 42
   depth: 3, occurrence: 43

XXX percentage a fresh-made variable is used: 21.2
XXX percentage an existing variable is used: 78.8
********************* end of statistics **********************/

