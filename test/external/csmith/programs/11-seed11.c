/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 11 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      11
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
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
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
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint8_t safe_mod_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
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
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_6 = 0L;
static int8_t g_21 = 1L;
static int32_t g_38 = (-7L);
static int32_t g_42 = 0x8CB5C746L;
static int64_t g_44 = (-1L);
static uint64_t g_47 = 1UL;
static int16_t g_56 = 9L;
static int16_t g_66 = (-7L);
static int32_t g_67 = 0x071ECC2DL;
static uint64_t g_68 = 0x612A8C3F75B29072LL;
static int64_t *g_76 = &g_44;
static int64_t **g_75 = &g_76;
static int16_t *g_97 = (void*)0;
static int16_t * const *g_96 = &g_97;
static const int8_t g_127 = 0x4AL;
static uint8_t g_167 = 0xD5L;
static uint8_t *g_166[1][1][3] = {{{&g_167,&g_167,&g_167}}};
static uint8_t *g_168 = &g_167;
static uint32_t g_210 = 1UL;
static uint64_t *g_214 = &g_47;
static uint32_t g_239 = 0x1A778464L;
static int32_t g_252 = (-1L);
static uint16_t g_311 = 65535UL;
static uint64_t g_333 = 1UL;
static uint32_t g_346 = 0UL;
static int64_t ***g_355 = &g_75;
static int64_t ****g_354 = &g_355;
static uint16_t g_375 = 0x3005L;
static int64_t g_379 = 0xDE3531944FE84DE2LL;
static uint32_t g_381[4][2] = {{0x16663C9BL,6UL},{0x16663C9BL,6UL},{0x16663C9BL,6UL},{0x16663C9BL,6UL}};
static uint32_t g_385 = 4294967289UL;
static int32_t *g_395 = &g_38;
static int64_t g_462 = 1L;
static uint64_t g_500 = 18446744073709551615UL;
static uint8_t g_504 = 0xACL;
static int16_t g_517 = 0x84DAL;
static int32_t g_518[2] = {3L,3L};
static uint8_t g_521 = 254UL;
static uint8_t g_528 = 1UL;


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static int32_t  func_2(uint16_t  p_3, uint16_t  p_4, int8_t  p_5);
static int32_t  func_7(int32_t  p_8, int32_t  p_9, uint16_t  p_10);
static int32_t  func_12(int8_t  p_13, int8_t  p_14, uint64_t  p_15, int16_t  p_16);
static int64_t  func_33(uint64_t  p_34);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_6 g_21 g_38 g_47 g_44 g_56 g_42 g_68 g_75 g_76 g_96 g_127 g_66 g_166 g_168 g_167 g_210 g_67 g_214 g_239 g_252 g_333 g_346 g_354 g_375 g_311 g_381 g_385 g_355 g_395 g_97 g_379 g_462 g_500 g_504 g_521 g_528
 * writes: g_21 g_38 g_47 g_56 g_68 g_67 g_75 g_44 g_42 g_168 g_166 g_210 g_214 g_167 g_252 g_311 g_333 g_346 g_354 g_381 g_385 g_395 g_379 g_6 g_500 g_504 g_517 g_518 g_521 g_528
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    uint8_t l_11 = 0xD2L;
    int32_t l_22[3][4][4] = {{{(-3L),0xF609B2B5L,0x753F3AC9L,0x842F88D9L},{1L,0xD8EA5F34L,0L,0x885EA6EDL},{0x753F3AC9L,0xD20B50F6L,(-1L),0x885EA6EDL},{0x34C266D8L,0xD8EA5F34L,(-1L),0x842F88D9L}},{{0x28ACE4B0L,0xF609B2B5L,1L,0xD3BED162L},{0xE34AAFBEL,0x885EA6EDL,0xE34AAFBEL,(-3L)},{(-2L),0x753F3AC9L,0xF51AE9A0L,1L},{0xF609B2B5L,0L,1L,0x753F3AC9L}},{{(-1L),1L,0x842F88D9L,(-2L)},{0x885EA6EDL,0xF51AE9A0L,(-1L),0xD8EA5F34L},{0xE34AAFBEL,0xD20B50F6L,0xF0A0CD95L,0xF0A0CD95L},{0xF0A0CD95L,0xF0A0CD95L,0xD20B50F6L,0xE34AAFBEL}}};
    int32_t *l_250 = (void*)0;
    int32_t *l_251 = &g_252;
    uint8_t l_466 = 0x78L;
    uint16_t l_519 = 0UL;
    int32_t **l_527 = &g_395;
    int i, j, k;
    if ((l_22[1][3][1] = func_2(g_6, (((func_7(l_11, ((*l_251) = (func_12(l_11, ((safe_rshift_func_uint8_t_u_u((l_11 ^ ((l_22[1][3][1] = (safe_mul_func_int16_t_s_s(g_21, 1L))) , g_21)), 3)) , g_21), g_6, l_11) , l_22[1][3][1])), l_11) , 0xD85AB170662817E9LL) ^ l_11) , g_67), l_11)))
    { /* block id: 230 */
        int32_t *l_455 = &g_38;
        int32_t l_465 = (-4L);
        int32_t **l_469 = &l_455;
        (*l_455) = 0x5A7B4FA1L;
        if (((((safe_mul_func_uint8_t_u_u(((((l_22[0][3][1] = (safe_sub_func_uint32_t_u_u(((-9L) <= (safe_add_func_int64_t_s_s((((((g_6 , g_462) , (*l_455)) , (((+(-1L)) , 6UL) ^ 0x0D08L)) , 0x83L) || l_11), (*l_455)))), (*l_455)))) , l_22[1][3][1]) && 0L) & 0x5A7B03AEDEE25096LL), l_11)) < g_210) ^ (*l_455)) && 4294967288UL))
        { /* block id: 233 */
            int32_t *l_464[5] = {&l_22[1][2][1],&l_22[1][2][1],&l_22[1][2][1],&l_22[1][2][1],&l_22[1][2][1]};
            int i;
            g_395 = (void*)0;
            ++l_466;
            (*l_455) = ((&g_167 == &g_167) < g_210);
        }
        else
        { /* block id: 237 */
            return g_47;
        }
        (*l_469) = &l_22[1][3][1];
    }
    else
    { /* block id: 241 */
        uint32_t l_475 = 0x3C135AEFL;
        int32_t l_479 = (-1L);
        int32_t *l_489 = &l_22[1][0][1];
        int32_t *l_490 = &l_22[2][1][2];
        int32_t *l_491 = &l_22[1][3][1];
        int32_t *l_492 = &g_38;
        int32_t *l_493 = &l_479;
        int32_t *l_494 = &l_22[1][0][3];
        int32_t l_495[5] = {0xFC87DFD1L,0xFC87DFD1L,0xFC87DFD1L,0xFC87DFD1L,0xFC87DFD1L};
        int32_t *l_496 = &g_42;
        int32_t *l_497 = &g_67;
        int32_t *l_498 = &l_479;
        int32_t *l_499[3][4];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 4; j++)
                l_499[i][j] = &l_479;
        }
        for (g_38 = (-17); (g_38 > (-28)); g_38 = safe_sub_func_int32_t_s_s(g_38, 4))
        { /* block id: 244 */
            int64_t **l_480[2];
            int32_t l_482 = 0x1F597F79L;
            int32_t *l_488 = (void*)0;
            int i;
            for (i = 0; i < 2; i++)
                l_480[i] = &g_76;
            for (g_42 = 0; (g_42 >= 0); g_42 -= 1)
            { /* block id: 247 */
                int32_t **l_473 = &g_395;
                int32_t ***l_472 = &l_473;
                int8_t *l_474 = &g_21;
                int32_t *l_478[3][1];
                int64_t **l_481 = &g_76;
                int32_t **l_484 = &l_478[0][0];
                int32_t **l_485 = (void*)0;
                int32_t **l_486 = &g_395;
                int32_t **l_487[1][2];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_478[i][j] = &l_22[1][3][1];
                }
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_487[i][j] = &g_395;
                }
                l_479 ^= ((((*l_474) = (&g_395 != ((*l_472) = &g_395))) & (-1L)) & (--l_475));
                g_6 = g_381[2][0];
                g_6 |= ((l_480[1] == l_481) , (l_482 ^ (255UL | (safe_unary_minus_func_uint8_t_u((((l_488 = ((*l_484) = &l_482)) != &l_482) ^ 18446744073709551606UL))))));
            }
        }
        g_500++;
        if (g_167)
        { /* block id: 259 */
            int32_t **l_503[3];
            int16_t *l_520 = &g_56;
            int i;
            for (i = 0; i < 3; i++)
                l_503[i] = &l_497;
            g_395 = &g_6;
            --g_504;
            (*l_493) = ((((l_11 , ((((~(safe_rshift_func_uint8_t_u_u(((((((0x8BL && (g_21 &= (!(safe_lshift_func_int16_t_s_u(0x488BL, 15))))) >= (g_518[0] = ((safe_add_func_uint64_t_u_u(((g_42 && (g_517 = ((((l_22[1][3][1] <= l_466) , &l_495[2]) != (void*)0) == (*l_491)))) <= 7L), (**g_75))) >= (*l_489)))) > 7UL) , l_22[1][2][3]) & l_519) || 0UL), l_466))) , (void*)0) != (void*)0) == l_466)) ^ g_346) , l_520) != (void*)0);
        }
        else
        { /* block id: 266 */
            uint32_t l_524 = 0xDC46A7BAL;
            ++g_521;
            ++l_524;
            (*l_494) &= ((void*)0 != l_527);
            (*l_527) = &g_67;
        }
        ++g_528;
    }
    return g_66;
}


/* ------------------------------------------ */
/* 
 * reads : g_379
 * writes: g_379
 */
static int32_t  func_2(uint16_t  p_3, uint16_t  p_4, int8_t  p_5)
{ /* block id: 222 */
    int64_t l_454 = 0x43024CE6B5562628LL;
    for (g_379 = 0; (g_379 <= 6); g_379 = safe_add_func_int64_t_s_s(g_379, 5))
    { /* block id: 225 */
        return p_3;
    }
    return l_454;
}


/* ------------------------------------------ */
/* 
 * reads : g_38 g_214 g_47 g_167 g_21 g_42 g_239 g_252 g_6 g_66 g_67 g_333 g_127 g_346 g_354 g_210 g_56 g_375 g_311 g_381 g_385 g_75 g_76 g_355 g_395 g_96 g_97 g_44 g_379
 * writes: g_38 g_167 g_42 g_67 g_210 g_47 g_311 g_333 g_346 g_354 g_56 g_381 g_385 g_395 g_44
 */
static int32_t  func_7(int32_t  p_8, int32_t  p_9, uint16_t  p_10)
{ /* block id: 115 */
    int32_t l_253 = (-9L);
    int32_t l_308 = (-5L);
    uint8_t l_321 = 246UL;
    int32_t l_331 = 0xADF81FD8L;
    int32_t l_332 = (-1L);
    const int8_t l_371 = (-10L);
    int32_t l_380 = 0xC5F4EC5DL;
    int64_t *l_388[3][5][3] = {{{&g_44,&g_44,&g_44},{&g_379,&g_379,&g_379},{&g_44,&g_44,&g_44},{&g_379,&g_379,&g_379},{&g_44,&g_44,&g_44}},{{&g_379,&g_379,&g_379},{&g_44,&g_44,&g_44},{&g_379,&g_379,&g_379},{&g_44,&g_44,&g_44},{&g_379,&g_379,&g_379}},{{&g_44,&g_44,&g_44},{&g_379,&g_379,&g_379},{&g_44,&g_44,&g_44},{&g_379,&g_379,&g_379},{&g_44,&g_44,&g_44}}};
    const int16_t *l_408 = &g_56;
    const int16_t **l_407 = &l_408;
    uint16_t l_424[1][2][3];
    int16_t *l_447 = &g_56;
    int16_t *l_448 = (void*)0;
    int16_t *l_449 = (void*)0;
    int16_t *l_450[5] = {&g_66,&g_66,&g_66,&g_66,&g_66};
    int32_t *l_451 = &g_42;
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 3; k++)
                l_424[i][j][k] = 65531UL;
        }
    }
    if ((((l_253 & (safe_lshift_func_uint16_t_u_s((p_10 , (l_253 >= p_9)), 15))) != l_253) && l_253))
    { /* block id: 116 */
        uint32_t l_278[4];
        int32_t l_280 = 0x93FB84F7L;
        const int32_t *l_284 = (void*)0;
        const int32_t **l_285 = &l_284;
        uint32_t *l_288 = (void*)0;
        int32_t *l_295 = &l_280;
        int i;
        for (i = 0; i < 4; i++)
            l_278[i] = 0UL;
        for (g_38 = 0; (g_38 != (-21)); --g_38)
        { /* block id: 119 */
            uint8_t *l_279 = &g_167;
            int32_t l_281[5][1] = {{2L},{0x5C0450BFL},{2L},{0x5C0450BFL},{2L}};
            int32_t *l_282 = &g_42;
            int32_t *l_283 = &g_67;
            int i, j;
            (*l_283) = ((*l_282) ^= (p_9 <= (safe_sub_func_int32_t_s_s(((((safe_lshift_func_int16_t_s_u((safe_mul_func_uint16_t_u_u((safe_add_func_uint8_t_u_u((((*g_214) || (((safe_lshift_func_uint16_t_u_s((safe_div_func_int64_t_s_s(0L, (safe_sub_func_uint8_t_u_u((safe_mod_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_u(((((safe_rshift_func_int16_t_s_u((l_253 , (l_280 = (((*l_279) ^= (g_38 | l_278[1])) , p_8))), 7)) > 1L) > p_10) > l_281[1][0]), l_281[1][0])), 1UL)), p_8)))), 3)) == g_21) || l_281[1][0])) >= p_9), p_10)), l_278[1])), p_10)) , (void*)0) != (void*)0) , 1L), p_8))));
            if (p_10)
                continue;
        }
        (*l_285) = l_284;
        (*l_295) = (safe_add_func_uint32_t_u_u((g_210 = (1UL & g_239)), ((safe_lshift_func_uint16_t_u_s(g_239, 14)) , (0xE02B9B188DA37289LL <= (safe_mod_func_int8_t_s_s((safe_rshift_func_int8_t_s_u(0x1DL, p_10)), p_9))))));
    }
    else
    { /* block id: 129 */
        uint16_t l_313 = 65530UL;
        int32_t l_327 = 0x6BE3EF9CL;
        int32_t l_328 = 0L;
        int32_t l_329 = (-1L);
        int32_t l_330 = 0x7958DF51L;
        int32_t l_378[3][1];
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_378[i][j] = 1L;
        }
lbl_376:
        for (g_47 = 0; (g_47 <= 0); g_47 += 1)
        { /* block id: 132 */
            uint16_t *l_309 = (void*)0;
            uint16_t *l_310 = &g_311;
            int32_t l_312 = (-1L);
            int8_t l_349[1][3];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_349[i][j] = 0xD6L;
            }
            if (((((*g_214) < (((safe_sub_func_uint16_t_u_u(((~(safe_add_func_int32_t_s_s((safe_rshift_func_int8_t_s_u((((safe_div_func_int16_t_s_s((((safe_mul_func_uint16_t_u_u(l_253, ((*l_310) = (0x47116D0E17F5D895LL | (((l_308 = (+0xAD3B70B4B0661EEFLL)) | l_253) > p_10))))) , 0x01L) >= p_10), g_47)) == g_252) | l_253), p_8)), 0x33CB234EL))) > l_312), p_10)) <= l_313) < (*g_214))) == 0x54E4649DD7CA57BELL) > 0x1918L))
            { /* block id: 135 */
                int16_t l_314 = 1L;
                int32_t *l_322 = &l_312;
                int32_t *l_323 = &g_42;
                int32_t *l_324 = &g_67;
                (*l_324) &= ((*l_323) = ((l_314 && (g_38 > (g_6 & ((l_314 ^ (((((*l_322) = (safe_sub_func_int8_t_s_s((safe_sub_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(l_321, 0xD6L)), g_66)), 255UL))) , 0xE2769096EFEE41CELL) == p_8) , l_313)) < (-7L))))) == 1L));
            }
            else
            { /* block id: 139 */
                int32_t *l_325 = &l_312;
                int32_t *l_326[5];
                int i;
                for (i = 0; i < 5; i++)
                    l_326[i] = &l_308;
                --g_333;
                return g_127;
            }
            for (p_9 = 0; (p_9 <= 0); p_9 += 1)
            { /* block id: 145 */
                int32_t *l_337 = (void*)0;
                int32_t **l_336 = &l_337;
                int32_t *l_338 = &l_308;
                int32_t *l_339 = &g_38;
                int32_t *l_340 = &l_330;
                int32_t *l_341 = &l_331;
                int32_t *l_342 = &l_328;
                int32_t *l_343 = &l_328;
                int32_t *l_344 = &l_330;
                int32_t *l_345[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                int i;
                (*l_336) = &p_8;
                g_346--;
                (*l_340) |= (-1L);
            }
            if (l_349[0][2])
                continue;
            for (p_9 = 0; (p_9 >= 0); p_9 -= 1)
            { /* block id: 153 */
                int64_t **l_350 = &g_76;
                int64_t ***l_351 = &l_350;
                int64_t *****l_356 = (void*)0;
                int64_t *****l_357 = &g_354;
                uint32_t *l_358[3];
                int32_t l_359[5] = {0x733CB2E2L,0x733CB2E2L,0x733CB2E2L,0x733CB2E2L,0x733CB2E2L};
                int16_t *l_360 = &g_56;
                int32_t *l_361 = &g_38;
                int i;
                for (i = 0; i < 3; i++)
                    l_358[i] = &g_210;
                l_332 = (((*l_351) = l_350) != (void*)0);
                (*l_361) ^= (p_8 = (0L >= ((*l_360) ^= (((safe_sub_func_uint32_t_u_u((g_210 ^= (l_359[2] ^= (((*l_357) = g_354) == (void*)0))), g_21)) < ((g_47 >= p_8) <= l_308)) <= p_8))));
            }
        }
        for (l_327 = 0; (l_327 >= 0); l_327 -= 1)
        { /* block id: 166 */
            int32_t *l_363 = &l_331;
            int32_t **l_362 = &l_363;
            int64_t ****l_372[1];
            int64_t *****l_373 = &l_372[0];
            int32_t *l_377[5][4][1] = {{{(void*)0},{&l_327},{(void*)0},{&l_327}},{{(void*)0},{(void*)0},{&g_38},{&g_38}},{{(void*)0},{(void*)0},{&l_327},{(void*)0}},{{&l_327},{(void*)0},{(void*)0},{&g_38}},{{&g_38},{(void*)0},{(void*)0},{&l_327}}};
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_372[i] = (void*)0;
            (*l_362) = &p_8;
            if (((safe_add_func_uint32_t_u_u((((safe_unary_minus_func_uint64_t_u(((((*l_373) = ((safe_mul_func_int8_t_s_s((l_329 && p_10), (safe_rshift_func_int8_t_s_u(l_371, 7)))) , l_372[0])) == ((!1L) , (void*)0)) || 8L))) , l_371) <= g_375), g_311)) , p_9))
            { /* block id: 169 */
                (*l_362) = &g_42;
            }
            else
            { /* block id: 171 */
                if (l_313)
                    goto lbl_376;
            }
            g_381[0][0]--;
            for (l_308 = 0; (l_308 <= 0); l_308 += 1)
            { /* block id: 177 */
                int32_t l_384 = 3L;
                int64_t *l_389 = &g_44;
                int32_t **l_390 = &l_377[1][3][0];
                ++g_385;
                (*l_363) &= (l_388[1][3][1] != l_389);
                if (p_9)
                    break;
                (*l_390) = ((*l_362) = &g_38);
            }
        }
        if ((p_9 >= l_378[1][0]))
        { /* block id: 185 */
            int16_t l_393 = 0x1848L;
            if ((safe_rshift_func_uint16_t_u_s(l_321, 3)))
            { /* block id: 186 */
                int32_t *l_394 = &l_328;
lbl_396:
                (*l_394) &= l_393;
                g_395 = &p_8;
                if (g_56)
                    goto lbl_396;
            }
            else
            { /* block id: 190 */
                uint8_t *l_402[3][3] = {{&g_167,&g_167,&g_167},{&g_167,&g_167,&g_167},{&g_167,&g_167,&g_167}};
                uint64_t l_403 = 0x45477DEFB562337DLL;
                int i, j;
                (*g_395) ^= (((((l_388[0][3][0] == (((((g_42 >= 0xAC54L) == ((**g_75) = (p_10 == (safe_mul_func_uint8_t_u_u((l_378[1][0] = ((~p_8) || 0x25B331EFC90063F5LL)), l_393))))) > 0x7A12L) < p_9) , (**g_355))) , l_403) , p_10) , p_10) || 0x5DL);
                return p_8;
            }
        }
        else
        { /* block id: 196 */
            int16_t *l_406 = &g_56;
            int32_t l_409 = 0x7D97B32BL;
            int64_t **l_410 = &l_388[0][4][2];
            int32_t **l_412 = &g_395;
            const int8_t l_420 = 0xF8L;
            const uint32_t l_421 = 0xDC9F9C56L;
            int32_t *l_422 = &l_380;
            (*g_395) = (l_328 > 1UL);
            if (g_167)
                goto lbl_411;
            if (((safe_lshift_func_int16_t_s_s((p_9 & ((*g_96) == l_406)), 4)) == (l_407 != &l_408)))
            { /* block id: 198 */
lbl_411:
                (*g_395) ^= ((l_409 &= (**g_75)) && ((((1UL | l_332) != ((l_409 , l_410) != (void*)0)) ^ p_9) > 0xC9CE54CF52BC6B43LL));
                (*l_412) = &p_8;
                (*g_395) &= ((l_313 && ((safe_rshift_func_int16_t_s_u(0x2920L, 8)) || (safe_mul_func_uint16_t_u_u(((safe_add_func_uint32_t_u_u(((!l_420) <= (p_10 == ((*l_406) = p_9))), l_421)) != 0x123FF1388ADDA7E1LL), 1L)))) , 0xCCAAA314L);
                (*l_412) = l_422;
            }
            else
            { /* block id: 206 */
                int32_t **l_423 = &l_422;
                (**l_412) = ((*l_422) , ((void*)0 != l_423));
                return l_424[0][0][1];
            }
        }
        for (l_327 = 29; (l_327 >= (-16)); l_327 = safe_sub_func_int8_t_s_s(l_327, 2))
        { /* block id: 213 */
            int8_t l_432 = 1L;
            uint32_t *l_435 = (void*)0;
            uint32_t *l_436 = &g_346;
            (*g_395) ^= (safe_rshift_func_uint8_t_u_s((((safe_div_func_int64_t_s_s(((~(((void*)0 == &g_311) < l_330)) != l_432), (((safe_rshift_func_uint16_t_u_u((((((*l_436) &= (l_330 , 3UL)) , g_67) >= p_9) > l_328), 10)) > p_9) && g_311))) , 0x1A4FC54CL) | 0x60269586L), 2));
        }
    }
    (*l_451) &= (g_333 > (l_380 = ((*l_447) = ((safe_sub_func_int32_t_s_s(((6UL > ((***g_355) || p_8)) != (((safe_div_func_int64_t_s_s((safe_div_func_uint64_t_u_u((safe_sub_func_uint16_t_u_u(p_9, 65532UL)), (*g_214))), 18446744073709551615UL)) < 0xC2A805C9L) && p_9)), g_381[1][0])) <= g_379))));
    return g_346;
}


/* ------------------------------------------ */
/* 
 * reads : g_21 g_38 g_47 g_44 g_56 g_42 g_6 g_68 g_75 g_76 g_96 g_127 g_66 g_166 g_168 g_167 g_210 g_67 g_214 g_239
 * writes: g_21 g_38 g_47 g_56 g_68 g_67 g_75 g_44 g_42 g_168 g_166 g_210 g_214 g_167
 */
static int32_t  func_12(int8_t  p_13, int8_t  p_14, uint64_t  p_15, int16_t  p_16)
{ /* block id: 2 */
    int32_t l_45 = 0x468E576DL;
    int32_t l_58 = 0xAF36EAF0L;
    int64_t *l_59 = (void*)0;
    int32_t l_62 = 0xEC448071L;
    int32_t l_63 = 1L;
    int32_t l_64 = 0xC8CEAAF2L;
    int32_t l_65[3][3][4] = {{{0L,0L,(-8L),0xC888BC06L},{0L,8L,9L,8L},{8L,(-8L),0L,8L}},{{0L,8L,0xC888BC06L,0xC888BC06L},{0L,0L,9L,0L},{0L,(-8L),0xC888BC06L,0L}},{{0L,0L,0L,0xC888BC06L},{8L,0L,9L,0L},{0L,(-8L),(-8L),0L}}};
    int64_t **l_74 = &l_59;
    int64_t ***l_73 = &l_74;
    int64_t ***l_77 = &g_75;
    int32_t l_82 = (-1L);
    uint64_t *l_111 = &g_47;
    uint16_t l_158 = 0x9BB5L;
    int i, j, k;
    for (p_13 = 0; (p_13 > (-10)); p_13 = safe_sub_func_uint64_t_u_u(p_13, 3))
    { /* block id: 5 */
        int64_t *l_43[3];
        uint64_t *l_46 = &g_47;
        int64_t **l_50 = &l_43[1];
        int16_t *l_55 = &g_56;
        uint8_t *l_57[2];
        int32_t l_60 = 0xE3176A90L;
        int32_t *l_61[3];
        int i;
        for (i = 0; i < 3; i++)
            l_43[i] = &g_44;
        for (i = 0; i < 2; i++)
            l_57[i] = (void*)0;
        for (i = 0; i < 3; i++)
            l_61[i] = &g_38;
        l_60 ^= (safe_sub_func_uint8_t_u_u(((safe_sub_func_uint64_t_u_u((safe_rshift_func_uint8_t_u_u((((((((safe_add_func_int16_t_s_s((((l_45 = func_33(g_21)) != (++(*l_46))) < ((((((*l_50) = l_46) == ((l_58 |= (safe_div_func_uint8_t_u_u(1UL, (((*l_55) |= (safe_mod_func_int8_t_s_s(g_44, p_14))) | 0L)))) , l_59)) && g_42) , &l_58) == (void*)0)), g_42)) && 0UL) | 0xE7C4BD4AC961F9DALL) | p_14) != g_42) || g_56) < 0L), g_6)), g_42)) ^ g_42), p_15));
        --g_68;
        for (l_45 = 1; (l_45 >= 0); l_45 -= 1)
        { /* block id: 27 */
            g_67 = 0x00DC0F60L;
        }
    }
    if (((safe_rshift_func_int8_t_s_u(((((*l_73) = &l_59) == ((*l_77) = g_75)) || ((safe_lshift_func_int8_t_s_s(l_63, 4)) , (safe_lshift_func_uint8_t_u_u((l_82 | (((&g_66 != &p_16) < p_16) >= 0x953CL)), l_58)))), g_68)) != g_38))
    { /* block id: 33 */
        int16_t *l_83 = (void*)0;
        int16_t **l_84 = &l_83;
        int16_t *l_86[3][5][5] = {{{&g_56,&g_56,&g_56,&g_56,&g_56},{(void*)0,&g_56,&g_56,&g_56,&g_66},{(void*)0,&g_56,&g_56,&g_56,(void*)0},{&g_56,&g_56,(void*)0,&g_56,&g_56},{(void*)0,&g_56,&g_56,&g_56,&g_56}},{{&g_56,&g_56,(void*)0,&g_56,&g_56},{&g_56,&g_56,(void*)0,&g_66,(void*)0},{&g_56,&g_66,&g_56,&g_56,(void*)0},{&g_66,(void*)0,&g_56,&g_56,&g_56},{&g_56,&g_56,&g_56,&g_56,&g_66}},{{&g_56,(void*)0,&g_66,&g_56,&g_66},{&g_56,&g_66,&g_66,&g_56,&g_56},{(void*)0,&g_56,&g_66,&g_66,(void*)0},{(void*)0,&g_66,&g_56,&g_66,(void*)0},{&g_56,&g_56,&g_56,&g_66,&g_66}}};
        int16_t **l_85 = &l_86[1][1][2];
        int16_t *l_88 = &g_56;
        int16_t **l_87 = &l_88;
        int32_t l_93 = 2L;
        int i, j, k;
        if (((((((*l_84) = l_83) == ((*l_87) = ((*l_85) = &p_16))) && (safe_add_func_int16_t_s_s(((safe_div_func_uint64_t_u_u(l_63, (l_93 = ((**g_75) = (*g_76))))) != (safe_lshift_func_uint8_t_u_u((((((l_62 , p_16) , g_96) != &l_88) && 0xFD108918L) <= g_38), g_68))), 0UL))) < g_42) , 1L))
        { /* block id: 39 */
            int32_t *l_99 = &l_62;
            int32_t **l_98 = &l_99;
            uint32_t l_137 = 0x10027467L;
            int8_t *l_149 = &g_21;
            (*l_98) = &g_67;
            (*l_98) = &g_42;
            if ((((safe_mod_func_int16_t_s_s((safe_mul_func_int8_t_s_s(((((void*)0 != &l_83) , &g_47) == ((!(safe_mul_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u((((((safe_sub_func_uint16_t_u_u(g_68, g_44)) && g_56) == 1UL) & (*g_76)) == 65533UL), g_56)), 1UL))) , l_111)), 0x8EL)), l_93)) > p_14) , g_6))
            { /* block id: 42 */
                uint16_t l_117[4][4][4] = {{{0xAF38L,0x1112L,0x4261L,0x3291L},{0x2EA9L,0x1112L,0x78BCL,0x2EA9L},{0x1112L,0xA947L,0xAF38L,0x6933L},{0x7103L,0x060BL,0x7103L,0x4261L}},{{0x2EA9L,0x6933L,0UL,65535UL},{0x060BL,0xAF38L,0x3291L,0x6933L},{0xEC92L,0x2EA9L,0x3291L,0xA947L},{0x060BL,0x1112L,0UL,65535UL}},{{0x2EA9L,0x7103L,0x7103L,0x2EA9L},{0x7103L,0x2EA9L,0xAF38L,0xEC92L},{0x1112L,0x060BL,0x78BCL,65535UL},{0x2EA9L,0xEC92L,0x4261L,65535UL}},{{0xAF38L,0x060BL,0x3291L,0xEC92L},{0x6933L,0x2EA9L,8UL,0x2EA9L},{0x060BL,0x7103L,0x4261L,65535UL},{0xA947L,0x1112L,0x7103L,0xA947L}}};
                int32_t *l_118 = (void*)0;
                int32_t *l_119 = &l_63;
                int i, j, k;
                (*l_119) = ((safe_add_func_uint64_t_u_u(0xE983FE56077E5926LL, ((((0xC3FE914D0EF1DBD4LL | 0x37C8BC82935591E8LL) , (safe_mod_func_int32_t_s_s(((*l_99) = (((!0xEDFCD61A19B6E0F7LL) , l_117[2][0][3]) , g_42)), p_14))) != l_65[1][0][0]) != l_93))) & g_21);
                if (p_15)
                    goto lbl_121;
                return p_14;
            }
            else
            { /* block id: 46 */
lbl_121:
                (*l_99) = (~l_65[1][0][0]);
                (**l_98) = (~(safe_sub_func_int64_t_s_s((safe_mul_func_int8_t_s_s(g_127, (((1L > ((safe_lshift_func_int16_t_s_s(((*g_76) , (safe_add_func_uint64_t_u_u(((safe_div_func_uint16_t_u_u(((((g_56 , (((safe_add_func_int64_t_s_s((!p_16), (**g_75))) >= 0xE931907EL) && p_13)) <= p_14) ^ (*g_76)) ^ 4294967295UL), p_14)) >= g_44), 4UL))), l_137)) != g_47)) , p_13) | 4L))), (*g_76))));
            }
            (*l_99) = (safe_add_func_uint32_t_u_u((((safe_rshift_func_uint16_t_u_u((1L ^ ((safe_mul_func_int8_t_s_s(l_58, g_38)) != (safe_mod_func_int32_t_s_s((~(safe_sub_func_uint16_t_u_u((((*l_149) = (0x03L < 0xC2L)) == p_14), p_15))), p_13)))), g_68)) == g_127) , 0x3FA0232FL), g_66));
        }
        else
        { /* block id: 53 */
            uint32_t l_159[3][1][1];
            int32_t l_186 = 0x4F80C1E2L;
            int32_t l_188 = (-1L);
            uint64_t l_195 = 6UL;
            int32_t *l_199 = (void*)0;
            int32_t **l_198 = &l_199;
            int32_t *l_200 = &l_93;
            int i, j, k;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 1; k++)
                        l_159[i][j][k] = 18446744073709551613UL;
                }
            }
            if (((safe_rshift_func_int16_t_s_u(0x9AB3L, 13)) & (((((safe_lshift_func_int8_t_s_s((p_13 || (((void*)0 != &g_6) >= (((((safe_add_func_int64_t_s_s(((*g_76) = (safe_mod_func_int16_t_s_s(l_93, l_158))), 0x004275F2EE7B83AFLL)) , 4294967292UL) ^ 9L) != g_38) , 0x836AFDF5218FA24BLL))), g_21)) == (-1L)) < l_159[0][0][0]) ^ p_16) && p_13)))
            { /* block id: 55 */
                int32_t *l_169 = &l_62;
                (*l_169) |= ((safe_lshift_func_uint8_t_u_s((safe_lshift_func_uint16_t_u_u(0UL, 14)), (g_21 , p_13))) , ((safe_sub_func_uint16_t_u_u(((g_166[0][0][1] == (g_168 = (void*)0)) > p_13), p_15)) , l_93));
            }
            else
            { /* block id: 58 */
                uint8_t *l_183 = &g_167;
                int32_t *l_184 = &g_67;
                int32_t l_185 = (-1L);
                int32_t *l_187 = &l_185;
                int32_t *l_189 = &g_67;
                int32_t *l_190 = &l_63;
                int32_t *l_191 = &l_93;
                int32_t *l_192 = &l_62;
                int32_t *l_193 = &l_65[0][2][0];
                int32_t *l_194[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_194[i] = &l_58;
                (*l_184) = (safe_lshift_func_int8_t_s_u((safe_rshift_func_uint8_t_u_u(((l_159[0][0][0] >= (safe_rshift_func_uint16_t_u_u(((safe_add_func_uint16_t_u_u((((~(safe_mul_func_int8_t_s_s((((-1L) != ((g_166[0][0][0] = l_183) != (void*)0)) < l_93), l_159[0][0][0]))) || p_15) >= (**g_75)), l_82)) < (-6L)), 0))) <= 1UL), 6)), (*g_168)));
                l_195--;
            }
            (*l_198) = (void*)0;
            (*l_200) = g_47;
            (*l_198) = &g_67;
        }
    }
    else
    { /* block id: 67 */
        uint8_t l_201 = 252UL;
        int32_t l_204 = 2L;
        int32_t l_205 = 0xAB018868L;
        int32_t l_206 = 0L;
        int32_t l_207 = (-1L);
        int32_t l_208 = 0x2C455D1EL;
        int32_t l_209 = 0x78700D4BL;
        int64_t *l_223 = &g_44;
        int32_t *l_224 = &l_63;
        if (l_201)
        { /* block id: 68 */
            int32_t *l_202 = &l_58;
            int32_t *l_203[5][2][4] = {{{&l_62,&l_65[1][0][0],&l_65[1][0][0],&l_65[1][0][0]},{&l_64,&g_67,&g_38,&l_63}},{{(void*)0,(void*)0,&l_62,&l_65[2][2][3]},{(void*)0,&l_64,&l_65[2][2][3],(void*)0}},{{(void*)0,&l_65[1][0][2],&l_62,&l_62},{(void*)0,(void*)0,&g_38,&g_67}},{{&l_64,&g_38,&l_65[1][0][0],&g_67},{&l_62,&l_62,(void*)0,&l_65[1][0][0]}},{{&l_65[1][0][0],&l_62,(void*)0,&g_67},{&l_62,&g_38,&l_62,&g_67}}};
            int i, j, k;
            g_210++;
            for (g_38 = 0; (g_38 >= 0); g_38 -= 1)
            { /* block id: 72 */
                (*l_202) |= g_67;
            }
        }
        else
        { /* block id: 75 */
            int32_t l_213 = 0xBE8B1390L;
            return l_213;
        }
        (*l_224) = ((g_214 = l_111) == ((1L == ((((safe_rshift_func_uint16_t_u_u((safe_add_func_uint16_t_u_u(((((((*l_77) = &g_76) == (void*)0) | ((safe_sub_func_uint8_t_u_u((((void*)0 != l_223) , p_14), (-2L))) || 0x4373L)) , l_58) & l_65[2][1][0]), p_16)), 12)) > l_206) > p_14) < 0xA0L)) , &p_15));
    }
    for (l_82 = 0; (l_82 >= 0); l_82 -= 1)
    { /* block id: 84 */
        int64_t ***l_225 = &g_75;
        int32_t l_236 = 1L;
        const int16_t *l_246[5][2][1] = {{{&g_66},{&g_66}},{{(void*)0},{(void*)0}},{{&g_66},{&g_66}},{{&g_66},{(void*)0}},{{(void*)0},{&g_66}}};
        int32_t *l_248[3];
        int32_t **l_247 = &l_248[2];
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_248[i] = &g_42;
        for (g_21 = 0; (g_21 <= 0); g_21 += 1)
        { /* block id: 87 */
            int64_t ****l_226 = &l_225;
            uint16_t *l_237 = &l_158;
            uint32_t *l_238[4] = {&g_239,&g_239,&g_239,&g_239};
            int16_t *l_240 = &g_56;
            int32_t *l_241 = (void*)0;
            int i;
            g_38 = (((&g_75 != ((*l_226) = l_225)) < ((*l_240) |= (safe_mod_func_int8_t_s_s(((safe_lshift_func_uint16_t_u_u(g_167, 12)) >= (safe_unary_minus_func_uint8_t_u((&p_15 == ((l_58 = (((*l_237) |= (((safe_sub_func_uint8_t_u_u(((safe_lshift_func_uint8_t_u_u(p_16, 4)) >= (*g_214)), l_236)) , l_45) && 0x16365C24DFED307DLL)) > 1L)) , &p_15))))), g_239)))) < 1L);
            for (g_167 = 0; (g_167 <= 0); g_167 += 1)
            { /* block id: 95 */
                int i, j, k;
                if (p_14)
                    break;
                if (l_236)
                    break;
                l_236 |= ((0x7EC9DE8AL & (safe_sub_func_uint8_t_u_u(1UL, (p_15 , ((safe_sub_func_int16_t_s_s((((void*)0 == l_246[3][1][0]) , 0xDA32L), 0x1598L)) , l_158))))) , l_64);
            }
        }
        (*l_247) = (p_13 , &g_42);
        for (l_64 = 0; (l_64 <= 0); l_64 += 1)
        { /* block id: 104 */
            (*l_247) = &l_58;
            for (p_15 = 0; (p_15 <= 0); p_15 += 1)
            { /* block id: 108 */
                uint16_t l_249[2][1];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_249[i][j] = 0UL;
                }
                return l_249[1][0];
            }
        }
    }
    return p_14;
}


/* ------------------------------------------ */
/* 
 * reads : g_21 g_38
 * writes: g_21 g_38
 */
static int64_t  func_33(uint64_t  p_34)
{ /* block id: 6 */
    for (g_21 = 21; (g_21 > (-18)); --g_21)
    { /* block id: 9 */
        int32_t *l_37 = &g_38;
        (*l_37) |= p_34;
    }
    for (g_38 = 20; (g_38 > 4); g_38--)
    { /* block id: 14 */
        int32_t *l_41 = &g_42;
        l_41 = (void*)0;
    }
    return p_34;
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
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc(g_210, "g_210", print_hash_value);
    transparent_crc(g_239, "g_239", print_hash_value);
    transparent_crc(g_252, "g_252", print_hash_value);
    transparent_crc(g_311, "g_311", print_hash_value);
    transparent_crc(g_333, "g_333", print_hash_value);
    transparent_crc(g_346, "g_346", print_hash_value);
    transparent_crc(g_375, "g_375", print_hash_value);
    transparent_crc(g_379, "g_379", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_381[i][j], "g_381[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_385, "g_385", print_hash_value);
    transparent_crc(g_462, "g_462", print_hash_value);
    transparent_crc(g_500, "g_500", print_hash_value);
    transparent_crc(g_504, "g_504", print_hash_value);
    transparent_crc(g_517, "g_517", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_518[i], "g_518[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_521, "g_521", print_hash_value);
    transparent_crc(g_528, "g_528", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 116
XXX total union variables: 0

XXX max expression depth: 28
breakdown:
   depth: 1, occurrence: 131
   depth: 2, occurrence: 27
   depth: 3, occurrence: 3
   depth: 6, occurrence: 1
   depth: 7, occurrence: 2
   depth: 9, occurrence: 4
   depth: 10, occurrence: 1
   depth: 11, occurrence: 2
   depth: 13, occurrence: 3
   depth: 14, occurrence: 2
   depth: 15, occurrence: 2
   depth: 16, occurrence: 3
   depth: 18, occurrence: 1
   depth: 19, occurrence: 5
   depth: 21, occurrence: 1
   depth: 23, occurrence: 1
   depth: 27, occurrence: 1
   depth: 28, occurrence: 2

XXX total number of pointers: 144

XXX times a variable address is taken: 195
XXX times a pointer is dereferenced on RHS: 25
breakdown:
   depth: 1, occurrence: 19
   depth: 2, occurrence: 5
   depth: 3, occurrence: 1
XXX times a pointer is dereferenced on LHS: 77
breakdown:
   depth: 1, occurrence: 73
   depth: 2, occurrence: 4
XXX times a pointer is compared with null: 7
XXX times a pointer is compared with address of another variable: 2
XXX times a pointer is compared with another pointer: 4
XXX times a pointer is qualified to be dereferenced: 887

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 141
   level: 2, occurrence: 28
   level: 3, occurrence: 8
XXX number of pointers point to pointers: 41
XXX number of pointers point to scalars: 103
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 18.1
XXX average alias set size: 1.24

XXX times a non-volatile is read: 352
XXX times a non-volatile is write: 227
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 2
XXX backward jumps: 2

XXX stmts: 124
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 14
   depth: 1, occurrence: 26
   depth: 2, occurrence: 43
   depth: 3, occurrence: 41

XXX percentage a fresh-made variable is used: 21.2
XXX percentage an existing variable is used: 78.8
********************* end of statistics **********************/

