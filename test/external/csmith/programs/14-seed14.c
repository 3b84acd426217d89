/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 14 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      14
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
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
static int8_t safe_div_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint32_t safe_div_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_4 = 0x6F9B2CFBL;
static uint8_t g_5[4] = {0x21L,0x21L,0x21L,0x21L};
static int32_t g_66 = 0L;
static int16_t g_85[2] = {0x46DFL,0x46DFL};
static int16_t g_87 = 0x37D7L;
static int16_t g_96[5] = {3L,3L,3L,3L,3L};
static int16_t *g_95 = &g_96[3];
static uint16_t g_101 = 0xF373L;
static int32_t g_104 = 8L;
static int16_t g_105 = 0x6BBBL;
static int64_t g_106 = 0xA093EA4B5445D8D6LL;
static int8_t g_108 = 0xC9L;
static int8_t g_110 = (-10L);
static uint64_t g_111 = 0xAAA13A23B15C07A2LL;
static uint32_t g_128 = 18446744073709551610UL;
static uint32_t g_166 = 0xFCCF996EL;
static int32_t g_172 = (-2L);
static uint32_t g_175[3] = {4294967287UL,4294967287UL,4294967287UL};
static uint16_t g_183 = 3UL;
static uint32_t g_207 = 5UL;
static int16_t g_208 = (-1L);
static uint32_t g_214[5] = {18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL};
static const int32_t g_239[3][1] = {{0x7B1761CDL},{0x7B1761CDL},{0x7B1761CDL}};
static uint8_t g_260 = 255UL;
static uint16_t g_261 = 1UL;
static int64_t g_262 = (-1L);
static int32_t g_265 = 0x544C11F1L;
static uint32_t g_269 = 0xDFD0E00CL;
static int8_t *g_285 = &g_108;
static const int16_t *g_291 = (void*)0;
static const int16_t **g_290 = &g_291;
static const int16_t ***g_289 = &g_290;
static uint64_t g_304 = 1UL;
static uint32_t * const g_322[1] = {&g_175[0]};
static uint32_t * const *g_321 = &g_322[0];
static int8_t g_367[3][1][3] = {{{0x41L,0x41L,0x41L}},{{0x50L,0x50L,0x50L}},{{0x41L,0x41L,0x41L}}};
static int16_t ***g_413 = (void*)0;
static int16_t ****g_412 = &g_413;
static uint8_t g_420[1][4] = {{1UL,1UL,1UL,1UL}};
static int32_t *g_425 = &g_104;
static int32_t g_443 = 0x022B2DF4L;
static uint32_t g_446 = 0x7408FA73L;
static uint16_t g_489 = 6UL;
static const int32_t *g_540 = &g_265;


/* --- FORWARD DECLARATIONS --- */
static int64_t  func_1(void);
static const int16_t  func_13(uint32_t  p_14, int32_t * p_15, int32_t * p_16, const int64_t  p_17, const int16_t  p_18);
static int64_t  func_28(int32_t  p_29, const int32_t * p_30);
static const int32_t * func_31(uint16_t  p_32, uint64_t  p_33, int32_t * p_34, int32_t * p_35);
static uint64_t  func_44(uint8_t  p_45);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_4 g_5 g_66 g_175 g_214 g_128 g_96 g_265 g_269 g_85 g_260 g_239 g_110 g_208 g_106 g_262 g_289 g_104 g_304 g_285 g_108 g_290 g_291 g_321 g_95 g_166 g_101 g_172 g_367 g_446 g_443 g_489 g_207
 * writes: g_4 g_111 g_260 g_261 g_262 g_166 g_265 g_269 g_285 g_175 g_304 g_108 g_321 g_106 g_367 g_172 g_66 g_207 g_446 g_208 g_489 g_420 g_540
 */
static int64_t  func_1(void)
{ /* block id: 0 */
    uint32_t l_2 = 0xBCD8C45CL;
    int32_t *l_3 = &g_4;
    int32_t *l_36 = (void*)0;
    const int16_t **l_534[1][3];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_534[i][j] = &g_291;
    }
    (*l_3) = l_2;
    for (g_4 = 0; (g_4 <= 3); g_4 += 1)
    { /* block id: 4 */
        uint16_t l_6 = 65532UL;
        int32_t *l_426 = &g_4;
        int8_t *l_521 = &g_367[2][0][2];
        int i;
        for (l_2 = 0; (l_2 <= 3); l_2 += 1)
        { /* block id: 7 */
            l_6--;
        }
        if ((safe_mul_func_int8_t_s_s(((*l_521) = (safe_mul_func_int16_t_s_s(func_13((((((safe_sub_func_int8_t_s_s((+(safe_div_func_uint16_t_u_u((((safe_div_func_uint64_t_u_u(((safe_add_func_uint64_t_u_u(g_5[g_4], (*l_3))) || func_28(g_5[0], func_31(g_4, l_6, l_36, &g_4))), g_101)) > g_101) || g_239[0][0]), g_5[g_4]))), l_6)) , 0x942E82D893DD203BLL) == 1UL) != (*g_95)) , g_5[g_4]), l_426, l_426, (*l_426), (*g_95)), (*l_426)))), 3L)))
        { /* block id: 303 */
            int64_t *l_523 = (void*)0;
            int64_t *l_524 = &g_106;
            const int32_t l_530 = 1L;
            int32_t l_533 = 1L;
            int32_t **l_535 = (void*)0;
            int32_t **l_536 = (void*)0;
            int32_t **l_537 = &l_426;
            (*l_537) = ((g_175[0] || (0x4DL == ((~(((*l_524) = g_85[1]) || (safe_rshift_func_uint8_t_u_u((((((+((safe_sub_func_int32_t_s_s(((((l_530 > (safe_mul_func_uint8_t_u_u((0xB86CL > l_533), 0x33L))) | (*g_285)) <= 8UL) == l_533), (-10L))) , g_207)) > (-8L)) != (*l_3)) , l_534[0][0]) == (*g_289)), (*l_3))))) , g_262))) , l_426);
        }
        else
        { /* block id: 306 */
            const int32_t *l_539 = &g_265;
            const int32_t **l_538[1];
            int i;
            for (i = 0; i < 1; i++)
                l_538[i] = &l_539;
            g_540 = &g_239[0][0];
        }
    }
    return g_104;
}


/* ------------------------------------------ */
/* 
 * reads : g_172 g_175 g_265 g_66 g_367 g_108 g_207 g_446 g_262 g_208 g_4 g_304 g_443 g_285 g_128 g_489
 * writes: g_172 g_265 g_66 g_108 g_207 g_446 g_262 g_208 g_304 g_489 g_420 g_261
 */
static const int16_t  func_13(uint32_t  p_14, int32_t * p_15, int32_t * p_16, const int64_t  p_17, const int16_t  p_18)
{ /* block id: 237 */
    int32_t l_445[3][2] = {{0x02DA3BD2L,0x02DA3BD2L},{0x02DA3BD2L,0x02DA3BD2L},{0x02DA3BD2L,0x02DA3BD2L}};
    int32_t l_461 = 0x9287674DL;
    int i, j;
    for (g_172 = 0; (g_172 >= 0); g_172 -= 1)
    { /* block id: 240 */
        uint64_t ****l_430[3];
        int32_t l_437 = (-1L);
        int32_t l_460 = 0xC9231ABDL;
        int32_t *l_511 = &l_445[0][1];
        int i;
        for (i = 0; i < 3; i++)
            l_430[i] = (void*)0;
        for (p_14 = 0; (p_14 <= 0); p_14 += 1)
        { /* block id: 243 */
            int32_t *l_429 = &g_265;
            int i;
            (*l_429) |= (safe_sub_func_int32_t_s_s(g_175[p_14], g_175[p_14]));
            for (g_66 = 0; (g_66 <= 0); g_66 += 1)
            { /* block id: 247 */
                int i, j, k;
                return g_367[p_14][p_14][(g_172 + 1)];
            }
        }
        for (g_108 = 0; (g_108 <= 0); g_108 += 1)
        { /* block id: 253 */
            uint64_t *****l_431 = &l_430[2];
            int32_t l_444 = 0L;
            (*l_431) = l_430[0];
            for (g_207 = 0; (g_207 <= 0); g_207 += 1)
            { /* block id: 257 */
                int32_t *l_432 = &g_265;
                int32_t *l_433 = &g_265;
                int32_t *l_434 = &g_265;
                int32_t *l_435 = (void*)0;
                int32_t l_436[3];
                int32_t *l_438 = &l_437;
                int32_t *l_439 = &g_265;
                int32_t *l_440 = &l_437;
                int32_t *l_441 = (void*)0;
                int32_t *l_442[4][1][4] = {{{(void*)0,&g_265,&g_265,(void*)0}},{{&g_4,&g_265,&l_436[0],&l_436[2]}},{{&g_4,&l_436[0],&g_4,&l_436[1]}},{{&g_265,&l_436[2],&l_436[1],&l_436[1]}}};
                int i, j, k;
                for (i = 0; i < 3; i++)
                    l_436[i] = 1L;
                ++g_446;
            }
        }
        for (g_262 = 0; (g_262 <= 0); g_262 += 1)
        { /* block id: 263 */
            return p_18;
        }
        for (g_208 = 0; (g_208 <= 0); g_208 += 1)
        { /* block id: 268 */
            int32_t *l_449 = &l_437;
            int32_t *l_467 = &l_460;
            int8_t *l_468[2][2][2] = {{{&g_110,&g_110},{&g_367[1][0][0],&g_110}},{{&g_110,&g_367[1][0][0]},{&g_110,&g_110}}};
            int i, j, k;
            (*l_449) = (*p_15);
            (*l_449) = (safe_rshift_func_int8_t_s_s(p_14, ((*p_16) | ((((safe_sub_func_uint32_t_u_u(((safe_add_func_int8_t_s_s((l_461 = (p_17 , ((*g_285) = (safe_mod_func_uint16_t_u_u((((g_304++) && (*l_449)) > ((safe_div_func_int8_t_s_s((+(((*l_467) ^= (*p_16)) ^ p_17)), g_443)) > l_461)), p_14))))), l_445[1][0])) != l_437), 0UL)) <= g_128) > p_18) >= 0xE36BL))));
            if ((((l_461 = (((l_460 == p_18) && (l_437 || (safe_lshift_func_int8_t_s_u(l_437, 6)))) || ((safe_add_func_int16_t_s_s((safe_div_func_int64_t_s_s((safe_rshift_func_uint8_t_u_u(((!(safe_sub_func_uint16_t_u_u(((safe_div_func_uint32_t_u_u(l_437, p_17)) < l_445[1][0]), 0xBA00L))) >= 0L), 2)), p_17)), 0x3402L)) <= l_445[1][0]))) , l_460) < p_17))
            { /* block id: 276 */
                uint32_t l_484 = 0x53D0740EL;
                --l_484;
                if ((*l_449))
                    break;
            }
            else
            { /* block id: 279 */
                int32_t *l_487 = (void*)0;
                int32_t *l_488[5][5][5] = {{{&g_265,&g_265,&l_437,&l_437,&g_265},{&g_265,(void*)0,&g_4,&g_265,&l_460},{&l_460,&l_437,&g_265,&l_460,&g_4},{&l_460,&g_265,&g_265,&l_460,&g_265},{&l_460,&l_437,&l_460,&l_461,&l_460}},{{&g_265,&g_4,&l_460,(void*)0,&l_460},{&g_265,&g_265,&l_460,&l_461,&l_460},{&l_461,&g_4,&g_265,&l_460,&g_265},{&g_265,&l_460,&g_4,&l_460,&g_265},{(void*)0,&g_4,&l_460,&g_265,&g_4}},{{&l_461,&g_265,&g_265,&l_437,&l_437},{&g_4,&g_4,&g_4,&g_4,&g_4},{&l_460,&l_437,&g_265,&l_460,&g_265},{&g_4,&g_265,&g_4,(void*)0,&g_265},{&g_265,&l_437,&g_265,&g_265,&l_460}},{{(void*)0,(void*)0,&g_4,&g_265,&l_460},{(void*)0,&g_265,&g_265,(void*)0,&l_460},{(void*)0,(void*)0,&l_460,&l_461,&g_265},{&g_265,&l_460,&g_4,&g_265,&g_4},{&g_4,(void*)0,&g_265,&l_461,&l_460}},{{&l_460,&l_460,&l_460,(void*)0,&g_265},{&g_4,&g_265,&l_460,&g_265,&g_4},{&l_461,&l_460,&l_460,&g_265,&g_265},{(void*)0,(void*)0,&g_265,(void*)0,&g_4},{&g_265,&l_460,&g_265,&l_460,&g_265}}};
                int i, j, k;
                --g_489;
            }
            if ((0x328635BDAD22CCE8LL & p_17))
            { /* block id: 282 */
                return p_17;
            }
            else
            { /* block id: 284 */
                uint16_t l_499 = 0xDD01L;
                uint8_t *l_500 = (void*)0;
                uint8_t *l_501 = (void*)0;
                uint8_t *l_502 = &g_420[0][1];
                int32_t l_503 = 0x9D9B008DL;
                uint8_t *l_504[3];
                int32_t l_505 = 1L;
                int i;
                for (i = 0; i < 3; i++)
                    l_504[i] = &g_260;
                g_265 ^= ((safe_mul_func_uint16_t_u_u(((!((safe_mod_func_int64_t_s_s((((l_461 = l_499) != (0x3CL <= (l_460 = (l_503 ^= ((*l_502) = 0x20L))))) && p_18), l_505)) != (*p_15))) != 1L), 0L)) , (*p_16));
                if ((*p_15))
                    break;
                if ((*p_15))
                    break;
            }
            for (l_437 = 0; (l_437 <= 0); l_437 += 1)
            { /* block id: 295 */
                int32_t ** const l_519[4][4][1] = {{{&l_511},{&l_511},{&g_425},{&l_511}},{{&l_511},{&l_511},{&g_425},{&l_511}},{{&l_511},{&l_511},{&g_425},{&l_511}},{{&l_511},{&l_511},{&g_425},{&l_511}}};
                uint16_t *l_520 = &g_261;
                int i, j, k;
                (*l_467) |= (safe_lshift_func_uint16_t_u_s(((((+((*l_520) = (safe_add_func_int8_t_s_s((l_511 != (void*)0), ((~(safe_sub_func_uint16_t_u_u(g_367[(l_437 + 2)][g_172][(g_172 + 2)], (safe_mod_func_int16_t_s_s(((g_367[g_208][g_208][(l_437 + 2)] , ((safe_mul_func_int16_t_s_s(0L, 0xE5BDL)) , l_519[3][3][0])) == (void*)0), 0xCBFBL))))) , 0x8FL))))) <= p_14) >= 0x321EL) >= g_367[(l_437 + 2)][g_172][(g_172 + 2)]), p_18));
            }
        }
    }
    return l_445[1][0];
}


/* ------------------------------------------ */
/* 
 * reads : g_104 g_239 g_285 g_108 g_265 g_166 g_175 g_4
 * writes: g_265 g_166 g_106 g_262 g_367
 */
static int64_t  func_28(int32_t  p_29, const int32_t * p_30)
{ /* block id: 178 */
    uint32_t l_346 = 0xD53795DCL;
    uint16_t *l_351 = &g_101;
    uint8_t *l_352 = &g_5[1];
    uint16_t l_353 = 0x2F36L;
    int32_t *l_354[2];
    int32_t **l_355 = &l_354[1];
    int32_t *l_356 = &g_265;
    int16_t ****l_411 = (void*)0;
    int i;
    for (i = 0; i < 2; i++)
        l_354[i] = &g_265;
lbl_359:
    g_265 |= (((safe_rshift_func_int8_t_s_u((((safe_div_func_int8_t_s_s((l_346 > (safe_mul_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u(((l_351 == l_351) == ((l_352 != &g_260) , g_104)), g_239[0][0])), 7UL))), 2L)) , p_29) , l_346), l_346)) ^ (*g_285)) , l_353);
    l_356 = ((*l_355) = l_354[0]);
    for (g_166 = (-28); (g_166 < 33); g_166 = safe_add_func_int64_t_s_s(g_166, 6))
    { /* block id: 184 */
        uint32_t l_362 = 0x34BDD627L;
        int64_t *l_365 = (void*)0;
        int64_t *l_366 = &g_262;
        int32_t l_368 = (-1L);
        int8_t l_389 = 0x0EL;
        int16_t ****l_415 = &g_413;
        int32_t l_419[3];
        int i;
        for (i = 0; i < 3; i++)
            l_419[i] = 0xF03E3E7EL;
        if (g_166)
            goto lbl_359;
        l_368 = (g_367[1][0][0] = (((*l_366) = (((safe_sub_func_int64_t_s_s((g_106 = p_29), 0UL)) & (((*l_356) &= l_362) < 0x580B7B11L)) , (safe_mul_func_int8_t_s_s((0x9F491A40L || 0x7B5E04BFL), 0x6BL)))) & g_175[0]));
        if ((*p_30))
            break;
    }
    return g_175[0];
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_5 g_66 g_175 g_214 g_128 g_96 g_166 g_265 g_269 g_85 g_260 g_239 g_110 g_208 g_106 g_262 g_289 g_104 g_304 g_285 g_108 g_290 g_291 g_321 g_95
 * writes: g_111 g_260 g_261 g_262 g_166 g_265 g_269 g_285 g_175 g_304 g_108 g_321
 */
static const int32_t * func_31(uint16_t  p_32, uint64_t  p_33, int32_t * p_34, int32_t * p_35)
{ /* block id: 10 */
    int64_t l_64[2];
    int32_t *l_65[3];
    int32_t l_67 = 0L;
    uint64_t l_320 = 0x29A290CDD90FAD0ALL;
    const int32_t *l_341 = &g_239[0][0];
    int i;
    for (i = 0; i < 2; i++)
        l_64[i] = (-1L);
    for (i = 0; i < 3; i++)
        l_65[i] = &g_66;
    for (p_33 = 19; (p_33 <= 22); p_33++)
    { /* block id: 13 */
        return p_35;
    }
    if ((safe_mod_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(p_33, (~func_44(((g_4 < (((safe_mod_func_int8_t_s_s((((l_67 = ((((safe_div_func_uint64_t_u_u((g_5[2] , ((safe_mod_func_int16_t_s_s((safe_sub_func_int32_t_s_s((safe_add_func_uint32_t_u_u((safe_add_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((safe_div_func_int16_t_s_s((safe_mul_func_int16_t_s_s(0xCE22L, 0x5D48L)), 0x0E74L)), g_5[0])), g_5[0])), g_4)), 0L)), p_33)) | g_4)), l_64[1])) < 0x1CD5L) & g_5[1]) && p_33)) , l_64[1]) || l_64[1]), l_64[1])) && 0x9140DE19L) ^ 1UL)) , 1UL))))), p_33)))
    { /* block id: 158 */
        int32_t *l_307 = &l_67;
        int32_t *l_308[5] = {&g_4,&g_4,&g_4,&g_4,&g_4};
        uint32_t l_309 = 0x6B099175L;
        int i;
        l_309--;
    }
    else
    { /* block id: 160 */
        int16_t l_314 = 0xD062L;
        uint32_t *l_319 = &g_175[1];
        int16_t **l_338[1][2][2];
        int16_t ***l_337 = &l_338[0][0][1];
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
            {
                for (k = 0; k < 2; k++)
                    l_338[i][j][k] = (void*)0;
            }
        }
        l_314 |= (safe_sub_func_int8_t_s_s(((*g_285) &= 2L), l_67));
        if ((safe_add_func_int8_t_s_s(((*g_285) = (safe_add_func_int32_t_s_s(((**g_289) != (void*)0), p_32))), (((*l_319) ^= p_33) != l_320))))
        { /* block id: 165 */
            uint32_t * const **l_323[2];
            int i;
            for (i = 0; i < 2; i++)
                l_323[i] = (void*)0;
            g_321 = g_321;
            for (g_108 = 1; (g_108 >= 0); g_108 -= 1)
            { /* block id: 169 */
                return p_35;
            }
        }
        else
        { /* block id: 172 */
            uint8_t *l_330 = &g_260;
            int16_t **l_336 = (void*)0;
            int16_t ***l_335[5] = {&l_336,&l_336,&l_336,&l_336,&l_336};
            const int32_t l_339[4][3][3] = {{{(-1L),0L,(-1L)},{0xF64FB653L,0xEAAE32F3L,0xEAAE32F3L},{0x07D2E316L,0L,0x4550EEFCL}},{{0x89C4C44AL,0xF64FB653L,0xEAAE32F3L},{(-1L),(-10L),(-1L)},{0x89C4C44AL,0xEAAE32F3L,0x1A16B9ACL}},{{0x07D2E316L,(-10L),0x4550EEFCL},{0xF64FB653L,0xF64FB653L,0x1A16B9ACL},{(-1L),0L,(-1L)}},{{0xF64FB653L,0xEAAE32F3L,0xEAAE32F3L},{0x07D2E316L,0L,0x4550EEFCL},{0x89C4C44AL,0xF64FB653L,0xEAAE32F3L}}};
            int32_t *l_340 = &g_265;
            int i, j, k;
            (*l_340) = ((safe_rshift_func_int8_t_s_u((((*g_285) != (safe_mul_func_uint8_t_u_u((((safe_add_func_uint8_t_u_u(((*l_330)++), ((safe_div_func_int16_t_s_s(((((*p_35) & p_32) , l_335[3]) != l_337), (*g_95))) | l_339[0][0][2]))) , 0xB856220542C85434LL) != g_4), 0xE0L))) || 65534UL), l_339[0][0][2])) >= 0x55E8L);
        }
    }
    return l_341;
}


/* ------------------------------------------ */
/* 
 * reads : g_66 g_175 g_214 g_128 g_96 g_166 g_265 g_269 g_85 g_260 g_239 g_110 g_208 g_106 g_262 g_289 g_104 g_304
 * writes: g_111 g_260 g_261 g_262 g_166 g_265 g_269 g_285 g_175 g_304
 */
static uint64_t  func_44(uint8_t  p_45)
{ /* block id: 17 */
    const int32_t *l_77 = &g_66;
    int32_t l_78 = 0xAF6DDF93L;
    uint32_t l_79 = 0x88F3C25AL;
    int32_t l_107 = 0x85CB6E38L;
    int32_t l_109[4][1][4] = {{{0x270AEE99L,0x270AEE99L,3L,0x270AEE99L}},{{0x270AEE99L,0x1C1CA363L,0x1C1CA363L,0x270AEE99L}},{{0x1C1CA363L,0x270AEE99L,0x1C1CA363L,0x1C1CA363L}},{{0x270AEE99L,0x270AEE99L,3L,0x270AEE99L}}};
    int16_t *l_146[3];
    int16_t **l_222 = &l_146[1];
    int16_t ***l_221 = &l_222;
    const int32_t *l_238[4][4];
    int32_t *l_242[4] = {&l_109[3][0][2],&l_109[3][0][2],&l_109[3][0][2],&l_109[3][0][2]};
    int32_t **l_241 = &l_242[1];
    uint64_t *l_244 = &g_111;
    uint64_t **l_243 = &l_244;
    uint8_t *l_259[4][4][3] = {{{(void*)0,&g_5[0],(void*)0},{&g_260,&g_260,&g_5[1]},{&g_5[1],&g_5[2],&g_5[1]},{&g_5[1],&g_260,&g_260}},{{(void*)0,&g_5[0],(void*)0},{&g_260,&g_5[1],&g_5[0]},{&g_5[1],&g_5[1],(void*)0},{&g_260,&g_5[1],&g_5[1]}},{{(void*)0,(void*)0,(void*)0},{&g_5[1],(void*)0,(void*)0},{&g_5[1],(void*)0,(void*)0},{&g_260,&g_5[0],&g_5[1]}},{{(void*)0,&g_260,(void*)0},{&g_5[0],&g_260,&g_5[0]},{(void*)0,&g_260,(void*)0},{&g_5[1],&g_5[0],&g_260}}};
    int32_t l_303[2][2][1] = {{{(-1L)},{5L}},{{(-1L)},{5L}}};
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_146[i] = &g_96[4];
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
            l_238[i][j] = &g_239[0][0];
    }
    if ((g_66 , (+((((safe_div_func_uint64_t_u_u(p_45, (safe_mod_func_int32_t_s_s(((safe_sub_func_int16_t_s_s((-2L), (-1L))) & (safe_add_func_uint16_t_u_u(((l_77 != l_77) & l_78), p_45))), l_79)))) , l_77) == (void*)0) && 0xB3BD830BL))))
    { /* block id: 18 */
        int16_t *l_84 = &g_85[1];
        int16_t *l_86 = &g_87;
        const uint16_t l_94 = 0x464CL;
        int16_t **l_97 = &g_95;
        int16_t * const l_98 = &g_96[4];
        int32_t l_99 = 0L;
        uint16_t *l_100[5][2] = {{&g_101,&g_101},{&g_101,&g_101},{&g_101,&g_101},{&g_101,&g_101},{&g_101,&g_101}};
        int32_t l_102 = 0x5BD28040L;
        int16_t **l_145[5] = {&l_84,&l_84,&l_84,&l_84,&l_84};
        int32_t *l_211 = (void*)0;
        int32_t *l_212 = &l_99;
        int32_t *l_213[5] = {&l_109[3][0][2],&l_109[3][0][2],&l_109[3][0][2],&l_109[3][0][2],&l_109[3][0][2]};
        int i, j;
    }
    else
    { /* block id: 90 */
        uint32_t l_240 = 7UL;
        int32_t l_254 = 0xD4906CFEL;
        int32_t l_256 = 0x1C6CB6C5L;
lbl_255:
        for (p_45 = 0; (p_45 >= 31); ++p_45)
        { /* block id: 93 */
            int16_t **l_220 = &l_146[2];
            int16_t ***l_219 = &l_220;
            int32_t *l_226 = &l_109[3][0][2];
            int32_t **l_225 = &l_226;
            int16_t ***l_228 = (void*)0;
            int16_t ****l_227 = &l_228;
            int16_t ***l_230 = &l_220;
            int16_t ****l_229 = &l_230;
            int32_t l_249 = 0L;
            if ((((l_221 = l_219) != ((*l_229) = ((*l_227) = ((safe_add_func_uint16_t_u_u((g_175[0] > (g_214[3] < (8L && (l_225 != &l_226)))), p_45)) , &l_220)))) & (**l_225)))
            { /* block id: 97 */
                uint32_t l_233 = 4294967294UL;
                uint64_t *l_236 = &g_111;
                int32_t *l_237 = (void*)0;
                (*l_225) = (((*l_236) = (safe_mod_func_uint32_t_u_u((l_233 != (safe_mul_func_int16_t_s_s((**l_225), p_45))), g_175[1]))) , l_237);
            }
            else
            { /* block id: 100 */
                if (p_45)
                    break;
                if (g_128)
                    break;
                (**l_225) = (-10L);
            }
            for (l_107 = 0; (l_107 <= 4); l_107 += 1)
            { /* block id: 107 */
                uint64_t ***l_245 = &l_243;
                int32_t l_248 = 0x4062863DL;
                int i;
                if (g_96[l_107])
                    break;
                (*l_245) = (((l_238[2][0] = &g_4) == ((((l_240 , (&l_226 == (p_45 , l_241))) , (void*)0) != (void*)0) , (*l_241))) , l_243);
                l_248 = (safe_mul_func_uint8_t_u_u(p_45, p_45));
                l_249 ^= p_45;
            }
            for (l_79 = 0; (l_79 == 19); l_79++)
            { /* block id: 116 */
                if (p_45)
                    break;
                return p_45;
            }
        }
        l_254 = ((safe_rshift_func_int16_t_s_u(p_45, 1)) , (9UL <= p_45));
        if (l_107)
            goto lbl_255;
        l_256 |= 0x6D343403L;
    }
    g_262 = (g_261 = (safe_div_func_uint16_t_u_u(p_45, ((p_45 ^ ((g_260 = p_45) || p_45)) , 0x92DBL))));
    for (g_166 = (-13); (g_166 <= 51); ++g_166)
    { /* block id: 130 */
        int32_t l_287 = 0xF9C2CA9AL;
        int32_t l_288 = 0x1C75E046L;
        int16_t ***l_292 = &l_222;
        int32_t l_300 = 0xAF8ADF56L;
        g_265 ^= 0xD46EF550L;
        for (l_79 = 0; (l_79 == 33); l_79++)
        { /* block id: 134 */
            int64_t l_268 = 0xD05C0FEA6540C610LL;
            int16_t *** const l_282[1] = {&l_222};
            uint16_t *l_283 = &g_261;
            int8_t *l_284 = &g_108;
            int64_t *l_286[1];
            int i;
            for (i = 0; i < 1; i++)
                l_286[i] = &g_262;
            g_269--;
            l_288 &= (g_85[1] & ((l_287 |= ((safe_mod_func_int64_t_s_s((g_262 ^= (safe_mul_func_uint8_t_u_u((p_45 == ((g_285 = ((((5UL || (((~(((safe_rshift_func_int8_t_s_u(0xEDL, 5)) && ((((((((((*l_283) = ((!((safe_lshift_func_int16_t_s_s(((void*)0 != l_282[0]), 5)) != g_260)) , l_268)) == p_45) , p_45) & g_265) , g_239[0][0]) | p_45) <= g_110) != 0L) <= g_208)) > 0x432BL)) <= g_269) && g_106)) , 0xE523F6A8D8B0006CLL) <= 0x1BBB74584101848DLL) , l_284)) != l_259[1][0][2])), 3UL))), g_260)) > 2L)) & g_214[3]));
        }
        if (((((void*)0 == &l_242[1]) , g_289) == l_292))
        { /* block id: 142 */
            uint64_t l_298[3];
            int i;
            for (i = 0; i < 3; i++)
                l_298[i] = 7UL;
            for (g_269 = 0; (g_269 <= 2); g_269 += 1)
            { /* block id: 145 */
                uint32_t *l_297 = &g_175[0];
                int32_t l_299 = (-1L);
                l_300 = (safe_mul_func_int16_t_s_s((safe_rshift_func_int16_t_s_u(((((((*l_297) = 0UL) < l_298[0]) != (p_45 == (g_239[1][0] == ((l_299 >= 0x47F78DD2CD65A0D8LL) & l_288)))) , l_299) > p_45), p_45)), 3UL));
                l_299 = l_287;
            }
        }
        else
        { /* block id: 150 */
            int32_t *l_302 = &l_109[3][0][2];
            int32_t **l_301 = &l_302;
            (*l_301) = ((*l_241) = &g_265);
            if (g_104)
                continue;
        }
        g_304--;
    }
    return g_262;
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
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_5[i], "g_5[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_66, "g_66", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_85[i], "g_85[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_87, "g_87", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_96[i], "g_96[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_108, "g_108", print_hash_value);
    transparent_crc(g_110, "g_110", print_hash_value);
    transparent_crc(g_111, "g_111", print_hash_value);
    transparent_crc(g_128, "g_128", print_hash_value);
    transparent_crc(g_166, "g_166", print_hash_value);
    transparent_crc(g_172, "g_172", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_175[i], "g_175[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_183, "g_183", print_hash_value);
    transparent_crc(g_207, "g_207", print_hash_value);
    transparent_crc(g_208, "g_208", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_214[i], "g_214[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_239[i][j], "g_239[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_260, "g_260", print_hash_value);
    transparent_crc(g_261, "g_261", print_hash_value);
    transparent_crc(g_262, "g_262", print_hash_value);
    transparent_crc(g_265, "g_265", print_hash_value);
    transparent_crc(g_269, "g_269", print_hash_value);
    transparent_crc(g_304, "g_304", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_367[i][j][k], "g_367[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_420[i][j], "g_420[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_443, "g_443", print_hash_value);
    transparent_crc(g_446, "g_446", print_hash_value);
    transparent_crc(g_489, "g_489", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 121
XXX total union variables: 0

XXX max expression depth: 33
breakdown:
   depth: 1, occurrence: 74
   depth: 2, occurrence: 24
   depth: 3, occurrence: 1
   depth: 4, occurrence: 2
   depth: 6, occurrence: 1
   depth: 7, occurrence: 2
   depth: 10, occurrence: 1
   depth: 12, occurrence: 4
   depth: 13, occurrence: 1
   depth: 14, occurrence: 1
   depth: 15, occurrence: 2
   depth: 17, occurrence: 1
   depth: 20, occurrence: 2
   depth: 25, occurrence: 1
   depth: 26, occurrence: 1
   depth: 33, occurrence: 1

XXX total number of pointers: 139

XXX times a variable address is taken: 209
XXX times a pointer is dereferenced on RHS: 45
breakdown:
   depth: 1, occurrence: 39
   depth: 2, occurrence: 6
XXX times a pointer is dereferenced on LHS: 54
breakdown:
   depth: 1, occurrence: 47
   depth: 2, occurrence: 7
XXX times a pointer is compared with null: 5
XXX times a pointer is compared with address of another variable: 3
XXX times a pointer is compared with another pointer: 2
XXX times a pointer is qualified to be dereferenced: 501

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 232
   level: 2, occurrence: 43
   level: 3, occurrence: 2
   level: 4, occurrence: 1
XXX number of pointers point to pointers: 48
XXX number of pointers point to scalars: 91
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 23
XXX average alias set size: 1.24

XXX times a non-volatile is read: 406
XXX times a non-volatile is write: 212
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 5

XXX stmts: 84
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 16
   depth: 1, occurrence: 21
   depth: 2, occurrence: 24
   depth: 3, occurrence: 23

XXX percentage a fresh-made variable is used: 24.9
XXX percentage an existing variable is used: 75.1
********************* end of statistics **********************/

