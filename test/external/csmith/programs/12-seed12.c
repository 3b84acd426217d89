/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 12 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      12
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static int8_t safe_add_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint32_t safe_add_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a + (uint32_t)b); }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static uint8_t safe_add_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a + (uint32_t)b); }
static int32_t safe_div_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a / b); }
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
static int8_t safe_div_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a / b); }
static uint32_t safe_div_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
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
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int8_t * f0;
   int16_t  f1;
   const uint16_t  f2;
};

/* --- GLOBAL VARIABLES --- */
static uint8_t g_15 = 0xECL;
static int16_t g_18 = 0xF82BL;
static int32_t g_24[3] = {0x93BD5DE1L,0x93BD5DE1L,0x93BD5DE1L};
static int32_t g_27 = 0xC0223DECL;
static int8_t *g_34 = (void*)0;
static int32_t g_36[2] = {1L,1L};
static uint64_t g_50 = 0xC42121A659E808E2LL;
static int32_t *g_55 = &g_24[1];
static int16_t g_66[1] = {6L};
static int64_t g_68 = 8L;
static uint16_t g_82 = 0xDE13L;
static union U0 g_88[5][2][1] = {{{{0}},{{0}}},{{{0}},{{0}}},{{{0}},{{0}}},{{{0}},{{0}}},{{{0}},{{0}}}};
static uint16_t g_183 = 0xED65L;
static int32_t g_255 = 0x6DCEA92AL;
static int8_t g_271 = (-8L);
static int16_t g_295 = 0xF4FAL;
static int8_t g_297 = 0x74L;
static int64_t g_312 = 4L;
static uint8_t *g_342 = &g_15;
static uint8_t **g_341 = &g_342;
static int8_t g_428 = 0xB2L;
static uint32_t g_432 = 0x5E76F519L;
static int16_t *g_470[3] = {&g_66[0],&g_66[0],&g_66[0]};
static int16_t **g_469 = &g_470[2];
static int16_t ***g_468 = &g_469;
static const uint16_t g_509 = 0x2468L;
static union U0 g_526[2][3] = {{{0},{0},{0}},{{0},{0},{0}}};
static int32_t *g_529 = &g_36[0];


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static uint16_t  func_2(union U0  p_3, const uint64_t  p_4);
static union U0  func_5(int8_t * p_6);
static int8_t * func_7(uint64_t  p_8, int64_t  p_9);
static int16_t * func_19(const uint32_t  p_20, int16_t * p_21, uint32_t  p_22);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_15 g_18 g_24 g_82 g_68 g_66 g_36 g_88 g_50 g_55 g_183 g_255 g_27 g_271 g_297 g_312 g_342 g_295 g_432 g_34 g_428 g_509 g_469 g_470 g_526
 * writes: g_18 g_24 g_82 g_68 g_36 g_50 g_55 g_255 g_27 g_271 g_295 g_297 g_66 g_183 g_341 g_312 g_428 g_432 g_34 g_15 g_468 g_529
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    int64_t l_10[1][4][2] = {{{1L,1L},{1L,1L},{1L,1L},{1L,1L}}};
    int16_t *l_16 = (void*)0;
    int16_t *l_17 = &g_18;
    int16_t **l_337 = &l_16;
    int8_t **l_435 = &g_34;
    int32_t *l_530 = &g_27;
    int i, j, k;
    (*l_530) = ((func_2(func_5(((*l_435) = func_7(l_10[0][0][0], ((safe_div_func_uint8_t_u_u((safe_sub_func_int32_t_s_s((l_10[0][1][0] & ((*l_17) ^= g_15)), ((((*l_337) = func_19(g_15, l_17, g_15)) != (void*)0) <= g_312))), 0xBFL)) | l_10[0][3][0])))), l_10[0][2][1]) , 18446744073709551615UL) , l_10[0][0][0]);
    return g_66[0];
}


/* ------------------------------------------ */
/* 
 * reads : g_295
 * writes: g_55 g_529
 */
static uint16_t  func_2(union U0  p_3, const uint64_t  p_4)
{ /* block id: 236 */
    int32_t *l_527 = &g_36[0];
    int32_t **l_528[3][5][4] = {{{&l_527,&g_55,&l_527,&l_527},{&g_55,(void*)0,&g_55,&l_527},{(void*)0,&l_527,&l_527,(void*)0},{(void*)0,&g_55,&g_55,&g_55},{&g_55,&g_55,&l_527,(void*)0}},{{&l_527,&g_55,&l_527,&l_527},{&l_527,&l_527,&g_55,&l_527},{(void*)0,&l_527,&g_55,&g_55},{&g_55,&g_55,&g_55,&g_55},{&l_527,&g_55,&g_55,&g_55}},{{&g_55,&l_527,&l_527,&l_527},{(void*)0,&l_527,&l_527,&l_527},{&l_527,&g_55,&g_55,(void*)0},{(void*)0,&g_55,&l_527,&g_55},{&l_527,&g_55,(void*)0,&l_527}}};
    int i, j, k;
    g_529 = (g_55 = l_527);
    return g_295;
}


/* ------------------------------------------ */
/* 
 * reads : g_55 g_36 g_27 g_24 g_34 g_297 g_15 g_312 g_183 g_271 g_18 g_342 g_255 g_66 g_428 g_50 g_509 g_432 g_469 g_470 g_526
 * writes: g_432 g_271 g_15 g_36 g_27 g_24 g_468 g_255 g_68 g_50 g_183 g_297 g_82 g_66 g_55 g_428
 */
static union U0  func_5(int8_t * p_6)
{ /* block id: 184 */
    uint8_t l_436 = 0x7EL;
    int32_t l_515 = 0x6CF045B6L;
    int32_t l_517 = (-9L);
lbl_472:
    l_436--;
    for (g_432 = (-12); (g_432 >= 8); ++g_432)
    { /* block id: 188 */
        int64_t l_443[1][3][1];
        int32_t l_457[3];
        int8_t **l_505 = &g_34;
        uint8_t * const l_508 = (void*)0;
        uint32_t l_510[5][5][1] = {{{18446744073709551607UL},{18446744073709551615UL},{18446744073709551607UL},{18446744073709551615UL},{18446744073709551607UL}},{{18446744073709551615UL},{18446744073709551607UL},{18446744073709551615UL},{18446744073709551607UL},{18446744073709551615UL}},{{18446744073709551607UL},{18446744073709551615UL},{18446744073709551607UL},{18446744073709551615UL},{18446744073709551607UL}},{{18446744073709551615UL},{18446744073709551607UL},{18446744073709551615UL},{18446744073709551607UL},{18446744073709551615UL}},{{18446744073709551607UL},{18446744073709551615UL},{18446744073709551607UL},{18446744073709551615UL},{18446744073709551607UL}}};
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
            {
                for (k = 0; k < 1; k++)
                    l_443[i][j][k] = 0L;
            }
        }
        for (i = 0; i < 3; i++)
            l_457[i] = 0x154FA8E3L;
        for (g_271 = 0; (g_271 == (-13)); g_271--)
        { /* block id: 191 */
            int64_t l_450 = (-1L);
            if (l_443[0][1][0])
                break;
            if ((safe_div_func_int64_t_s_s((safe_sub_func_uint32_t_u_u((safe_add_func_int64_t_s_s((l_450 >= ((((*g_55) != ((safe_mul_func_uint16_t_u_u(((*g_34) > (g_312 > (safe_mul_func_int16_t_s_s((safe_sub_func_int32_t_s_s(((l_457[1] &= (g_24[0] , l_436)) || 4UL), l_443[0][1][0])), 65529UL)))), l_436)) & 0x22B0D939L)) < g_183) , l_443[0][1][0])), l_436)), 0xDCF6FDD0L)), 0xC202DD89D61C1FCBLL)))
            { /* block id: 194 */
                int32_t l_463[2];
                int16_t *l_466 = &g_295;
                int16_t **l_465 = &l_466;
                int16_t ***l_464 = &l_465;
                int16_t ****l_467[2][4] = {{&l_464,&l_464,&l_464,&l_464},{&l_464,&l_464,&l_464,&l_464}};
                int i, j;
                for (i = 0; i < 2; i++)
                    l_463[i] = 1L;
                (*g_55) = (((!l_450) & (((g_271 == (((g_312 && (0x9FE74D23L > ((safe_rshift_func_uint8_t_u_s(((*g_342) ^= (safe_rshift_func_uint16_t_u_s(((l_436 , &g_68) == (void*)0), g_18))), g_36[0])) & 0xC19EL))) < g_297) ^ 4294967295UL)) , g_24[1]) > l_457[1])) >= l_463[0]);
                g_468 = l_464;
                if (l_450)
                    break;
            }
            else
            { /* block id: 199 */
                int32_t *l_471 = &g_255;
                (*l_471) ^= (*g_55);
                if ((*g_55))
                    break;
            }
            if (g_18)
                goto lbl_472;
            for (g_68 = 0; (g_68 <= 2); g_68 += 1)
            { /* block id: 206 */
                uint64_t *l_495 = &g_50;
                uint16_t *l_496 = &g_183;
                int32_t l_497 = 0x2B11D7EFL;
                int i;
                (*g_55) &= ((safe_add_func_uint32_t_u_u((safe_mod_func_uint64_t_u_u((((safe_mod_func_uint64_t_u_u((((((safe_rshift_func_int8_t_s_u((safe_add_func_int32_t_s_s((safe_mod_func_int16_t_s_s((safe_div_func_int64_t_s_s(((((((*l_496) = ((safe_rshift_func_uint8_t_u_u(((*g_342) = (l_436 | (l_436 <= ((((*l_495) = (255UL >= (safe_mul_func_int8_t_s_s((*g_34), 4UL)))) >= g_255) && 7UL)))), 3)) > l_450)) <= 0L) & l_457[1]) && l_450) && l_450), l_443[0][2][0])), g_66[0])), 0x8A524742L)), 0)) | g_428) , l_450) >= l_497) <= l_443[0][0][0]), 18446744073709551615UL)) && g_50) , l_497), 3L)), l_436)) > 0UL);
                if ((*g_55))
                    break;
            }
        }
        if ((*g_55))
            continue;
        for (g_297 = (-1); (g_297 <= 20); g_297 = safe_add_func_uint32_t_u_u(g_297, 4))
        { /* block id: 217 */
            uint16_t *l_504 = &g_82;
            int32_t **l_511 = &g_55;
            int32_t l_514 = 0xCE58E331L;
            int32_t l_518 = 0L;
            int32_t l_519 = 0x5166857AL;
            int32_t l_520[1];
            int i;
            for (i = 0; i < 1; i++)
                l_520[i] = 0L;
            (*l_511) = (((**g_469) = (((safe_mul_func_uint16_t_u_u((((safe_sub_func_int32_t_s_s(((((*l_504) = 0xC6D0L) , l_505) == (void*)0), (safe_mod_func_int8_t_s_s((l_457[1] = (*p_6)), ((l_508 != p_6) ^ 0x39DCL))))) , g_509) , l_510[2][2][0]), 0x985DL)) & g_432) < g_255)) , &g_36[1]);
            for (g_27 = 0; (g_27 <= 0); g_27 += 1)
            { /* block id: 224 */
                int32_t *l_512 = &g_24[0];
                int32_t *l_513 = &g_24[0];
                int32_t *l_516[1][3];
                uint32_t l_521 = 8UL;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_516[i][j] = &l_514;
                }
                --l_521;
            }
            for (g_428 = 0; (g_428 >= (-26)); g_428--)
            { /* block id: 229 */
                (**l_511) |= (-1L);
            }
            if ((*g_55))
                break;
        }
    }
    return g_526[1][1];
}


/* ------------------------------------------ */
/* 
 * reads : g_50 g_66 g_297 g_18 g_55 g_68 g_342 g_15 g_27 g_24 g_271 g_36 g_295 g_82 g_183 g_88 g_312
 * writes: g_341 g_50 g_27 g_24 g_68 g_297 g_271 g_18 g_312 g_428 g_432
 */
static int8_t * func_7(uint64_t  p_8, int64_t  p_9)
{ /* block id: 135 */
    uint8_t *l_339[3];
    uint8_t **l_338[3][5][5] = {{{&l_339[0],&l_339[2],&l_339[2],&l_339[0],&l_339[1]},{&l_339[1],(void*)0,(void*)0,(void*)0,(void*)0},{&l_339[1],&l_339[2],(void*)0,&l_339[0],&l_339[0]},{&l_339[0],&l_339[0],&l_339[0],(void*)0,&l_339[0]},{&l_339[0],&l_339[0],&l_339[0],&l_339[0],&l_339[0]}},{{&l_339[0],&l_339[1],&l_339[0],(void*)0,&l_339[0]},{&l_339[1],&l_339[1],&l_339[0],&l_339[0],&l_339[0]},{&l_339[1],&l_339[0],&l_339[0],&l_339[1],&l_339[0]},{&l_339[0],&l_339[0],(void*)0,(void*)0,&l_339[0]},{&l_339[0],&l_339[0],(void*)0,&l_339[0],&l_339[0]}},{{&l_339[2],&l_339[1],&l_339[2],(void*)0,&l_339[0]},{(void*)0,&l_339[1],&l_339[0],&l_339[1],(void*)0},{&l_339[2],&l_339[0],&l_339[1],&l_339[0],&l_339[1]},{&l_339[0],&l_339[0],&l_339[0],(void*)0,&l_339[0]},{&l_339[0],&l_339[2],&l_339[2],&l_339[0],&l_339[1]}}};
    uint8_t ***l_340[4];
    int32_t l_352 = 1L;
    int16_t l_353[5] = {0xBEC4L,0xBEC4L,0xBEC4L,0xBEC4L,0xBEC4L};
    int32_t **l_367 = &g_55;
    uint64_t *l_389 = &g_50;
    int8_t *l_390[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    uint8_t l_419[1];
    const int16_t l_429 = (-8L);
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_339[i] = &g_15;
    for (i = 0; i < 4; i++)
        l_340[i] = &l_338[2][0][1];
    for (i = 0; i < 1; i++)
        l_419[i] = 246UL;
    g_341 = l_338[2][0][1];
    for (g_50 = 16; (g_50 > 11); --g_50)
    { /* block id: 139 */
        uint16_t l_351 = 0UL;
        int32_t *l_354 = &l_352;
        int8_t l_358 = (-10L);
        (*l_354) = ((*g_55) = ((-1L) == (((safe_mod_func_int16_t_s_s(((((safe_rshift_func_uint8_t_u_u(252UL, 0)) & (g_66[0] < g_297)) , (safe_lshift_func_uint16_t_u_s(0x35B8L, l_351))) || l_352), g_18)) & l_352) && l_353[2])));
        for (l_351 = 0; (l_351 <= 4); l_351 += 1)
        { /* block id: 144 */
            uint32_t l_368 = 4294967290UL;
            int8_t *l_369 = (void*)0;
            int8_t *l_370 = &g_297;
            for (g_68 = 3; (g_68 >= 0); g_68 -= 1)
            { /* block id: 147 */
                int8_t *l_355[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_355[i] = &g_297;
                return l_355[0];
            }
            (*l_354) ^= ((safe_div_func_int32_t_s_s((l_358 | ((safe_lshift_func_uint8_t_u_s((*g_342), ((*l_370) = (((safe_mul_func_int8_t_s_s((p_9 <= (safe_mul_func_uint16_t_u_u((safe_add_func_int8_t_s_s(((&g_55 != (l_367 = l_367)) & p_8), 0xC6L)), l_368))), p_9)) , &l_338[2][0][1]) != (void*)0)))) | 1L)), (*g_55))) && 0x6D0D8682L);
        }
        if ((*g_55))
            continue;
    }
    if ((safe_sub_func_uint32_t_u_u((((**l_367) >= (safe_sub_func_int32_t_s_s((l_352 = (safe_mul_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u((((safe_rshift_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u(((((safe_div_func_int32_t_s_s(((safe_lshift_func_int8_t_s_s((g_271 = (((((-1L) & (((((*l_389) = p_8) , (p_8 ^ p_8)) <= 1UL) > (*g_55))) ^ 0L) && g_271) < g_36[0])), (**l_367))) <= (**l_367)), (*g_55))) , (void*)0) == (void*)0) || p_8), 8L)), p_9)) , 0x2B959469958DFC9ALL) >= g_295), (**l_367))), p_8))), p_9))) || g_18), g_82)))
    { /* block id: 159 */
        int8_t l_400 = 2L;
        uint64_t *l_414 = &g_50;
        uint8_t ****l_415 = &l_340[2];
        uint8_t ***l_416 = &l_338[2][2][4];
        int64_t *l_417 = &g_312;
        int32_t *l_418[1];
        int i;
        for (i = 0; i < 1; i++)
            l_418[i] = &l_352;
        for (g_18 = 0; (g_18 == 20); g_18 = safe_add_func_int8_t_s_s(g_18, 2))
        { /* block id: 162 */
            uint8_t l_401 = 4UL;
            int32_t *l_402 = &l_352;
            int32_t *l_403 = &g_36[1];
            (*l_402) |= (((0xABL <= (!(safe_sub_func_uint8_t_u_u((safe_add_func_int16_t_s_s((**l_367), g_15)), (((l_401 = (safe_mul_func_int16_t_s_s(8L, (l_400 || (-4L))))) <= l_400) || g_36[0]))))) < (*g_342)) != p_8);
            l_403 = l_402;
            if ((*g_55))
                continue;
        }
        l_352 |= (safe_mod_func_uint8_t_u_u((*g_342), (safe_mul_func_int16_t_s_s((safe_sub_func_int64_t_s_s(((*l_417) = ((((p_9 != ((safe_div_func_uint64_t_u_u((safe_sub_func_uint8_t_u_u(p_8, (((((*l_415) = (((((l_414 != l_389) , (-1L)) >= l_400) && 2UL) , (void*)0)) != l_416) ^ g_183) && (**l_367)))), (**l_367))) , (**l_367))) ^ (**l_367)) ^ (**l_367)) ^ 0xB010L)), l_400)), p_8))));
        l_419[0] ^= (*g_55);
    }
    else
    { /* block id: 172 */
        uint64_t l_420 = 6UL;
        uint32_t *l_427[3];
        int64_t *l_430 = &g_68;
        uint32_t *l_431 = &g_432;
        int16_t *l_433 = &l_353[2];
        int32_t *l_434 = &l_352;
        int i;
        for (i = 0; i < 3; i++)
            l_427[i] = (void*)0;
        (*l_434) = ((((g_88[4][0][0] , (**l_367)) != l_420) , ((*l_433) = (((*l_431) = (safe_unary_minus_func_uint64_t_u((((*l_430) &= (safe_mod_func_uint32_t_u_u((safe_div_func_int32_t_s_s(((g_428 = (+(-2L))) >= (((((**l_367) |= g_183) | l_429) , g_312) > p_9)), p_8)), 0xF94E310CL))) , 0x52DF5830393F36CBLL)))) , l_420))) , p_8);
        return l_339[0];
    }
    (**l_367) = 0xC3DFB063L;
    return l_339[0];
}


/* ------------------------------------------ */
/* 
 * reads : g_24 g_82 g_68 g_66 g_36 g_88 g_50 g_55 g_183 g_255 g_27 g_271 g_297
 * writes: g_24 g_82 g_68 g_36 g_50 g_55 g_255 g_27 g_271 g_295 g_297 g_66 g_183
 */
static int16_t * func_19(const uint32_t  p_20, int16_t * p_21, uint32_t  p_22)
{ /* block id: 2 */
    int32_t *l_23 = &g_24[0];
    int32_t l_40 = 0x7C1ABDF1L;
    int32_t l_44 = (-1L);
    int32_t l_49[2][3];
    uint64_t l_103 = 0x7C02C53580D671F3LL;
    uint8_t l_119 = 0x71L;
    uint16_t l_127 = 0UL;
    int32_t l_141 = 7L;
    uint32_t l_164 = 0UL;
    uint32_t l_203 = 0UL;
    int32_t l_204 = 0xF11AC0BCL;
    union U0 * const l_205 = &g_88[0][1][0];
    int32_t l_311 = 1L;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
            l_49[i][j] = 0x490A9DAEL;
    }
    l_23 = l_23;
    for (p_22 = 0; (p_22 <= 2); p_22 += 1)
    { /* block id: 6 */
        int32_t l_45[1][5];
        int32_t l_90[4][3] = {{0x5926F2DCL,0x44ED4C97L,(-1L)},{0x5926F2DCL,0x5926F2DCL,0x44ED4C97L},{0x6105BDF1L,0x44ED4C97L,0x44ED4C97L},{0x44ED4C97L,0L,(-1L)}};
        int8_t l_100 = 0L;
        int32_t * const *l_112 = &l_23;
        int8_t *l_116[4][1] = {{&l_100},{&l_100},{&l_100},{&l_100}};
        int64_t l_144 = 1L;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 5; j++)
                l_45[i][j] = 0x8E0EA626L;
        }
        g_24[p_22] = ((safe_add_func_int32_t_s_s((0x721FL || g_24[p_22]), g_24[p_22])) != p_22);
    }
    for (g_82 = 0; (g_82 != 15); ++g_82)
    { /* block id: 70 */
        union U0 **l_206 = (void*)0;
        union U0 *l_208 = (void*)0;
        union U0 **l_207 = &l_208;
        int64_t *l_209 = (void*)0;
        int64_t *l_210 = &g_68;
        uint16_t *l_225[1];
        int32_t l_226 = 0x4AB7DA0EL;
        int32_t *l_227 = (void*)0;
        int32_t *l_228[1];
        uint16_t l_251 = 7UL;
        uint64_t l_256[3][4][1] = {{{18446744073709551615UL},{0xD0AED94CEC3EFF14LL},{18446744073709551615UL},{18446744073709551606UL}},{{18446744073709551613UL},{18446744073709551606UL},{18446744073709551615UL},{0xD0AED94CEC3EFF14LL}},{{18446744073709551615UL},{18446744073709551606UL},{0x985D28358FC43C31LL},{0xD0AED94CEC3EFF14LL}}};
        uint8_t *l_313 = &l_119;
        uint32_t *l_318 = &l_203;
        int32_t *l_333 = &g_24[0];
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_225[i] = &g_183;
        for (i = 0; i < 1; i++)
            l_228[i] = &g_36[0];
        (*l_23) ^= (0UL && (safe_sub_func_int8_t_s_s((l_203 && l_204), ((0UL <= ((0x3EL ^ 0x17L) , p_22)) && g_82))));
        (*l_207) = l_205;
        if ((((*l_210) = 8L) || (((safe_mod_func_uint32_t_u_u((safe_rshift_func_int8_t_s_u((((((g_36[0] &= (safe_mul_func_int16_t_s_s(((l_226 = (safe_mul_func_int16_t_s_s(g_68, (safe_add_func_int32_t_s_s((((safe_mul_func_int16_t_s_s((safe_rshift_func_int8_t_s_u(p_20, ((l_209 == (void*)0) , g_24[1]))), (-1L))) | g_66[0]) | p_22), p_20))))) <= 0xEE21L), g_24[1]))) ^ 4294967288UL) != g_68) , (**l_207)) , p_20), 3)), p_22)) <= g_68) < 0x30967E6AL)))
        { /* block id: 76 */
            int32_t l_232 = 0x68F694B0L;
            int16_t *l_250 = &g_66[0];
            int16_t *l_252 = &g_88[0][1][0].f1;
            int16_t *l_253 = &g_88[0][1][0].f1;
            int16_t *l_254[3];
            const union U0 l_267 = {0};
            uint16_t l_273 = 0xC62DL;
            int i;
            for (i = 0; i < 3; i++)
                l_254[i] = (void*)0;
            for (g_50 = 0; (g_50 <= 5); g_50 = safe_add_func_int64_t_s_s(g_50, 9))
            { /* block id: 79 */
                int32_t **l_231 = &l_23;
                (*l_231) = &l_44;
                l_232 ^= (*g_55);
                return l_225[0];
            }
            for (l_119 = 0; (l_119 != 28); l_119 = safe_add_func_uint64_t_u_u(l_119, 7))
            { /* block id: 86 */
                int32_t **l_235[3][5] = {{&l_228[0],&l_228[0],&l_228[0],&l_228[0],&l_228[0]},{&l_228[0],&l_228[0],&l_227,&l_228[0],&l_228[0]},{&l_228[0],&l_228[0],&l_228[0],&l_228[0],&l_228[0]}};
                int i, j;
                g_55 = &g_27;
                return &g_66[0];
            }
            l_256[1][1][0] &= (g_88[0][1][0] , (((g_183 >= (safe_rshift_func_int16_t_s_s((safe_add_func_uint8_t_u_u((safe_mod_func_int64_t_s_s((safe_lshift_func_uint16_t_u_u((safe_add_func_int32_t_s_s(((g_255 ^= (safe_mul_func_int8_t_s_s((((l_251 ^= (g_66[0] <= (safe_mul_func_uint8_t_u_u(((void*)0 == l_250), p_20)))) , 6UL) > p_22), 0x35L))) & g_50), l_232)), p_22)), g_36[0])), p_20)), p_22))) != 8L) , p_20));
            for (g_27 = 0; (g_27 == (-10)); g_27 = safe_sub_func_uint16_t_u_u(g_27, 3))
            { /* block id: 95 */
                int8_t *l_270 = &g_271;
                int32_t l_272 = 0L;
                l_49[1][0] = (((*l_23) = (((*l_270) &= (safe_div_func_int32_t_s_s(((((&g_255 != ((safe_mul_func_uint16_t_u_u(g_27, (safe_rshift_func_uint8_t_u_s((safe_div_func_uint32_t_u_u((&g_66[0] == ((l_267 , (safe_div_func_int32_t_s_s(2L, g_36[0]))) , &g_66[0])), g_82)), 5)))) , (void*)0)) & g_82) , 0x356C6CD4D1F397B2LL) , p_22), (*g_55)))) < 0x2BL)) | l_272);
                if (l_273)
                    continue;
            }
        }
        else
        { /* block id: 101 */
            int16_t l_288 = 0xB5B7L;
            int64_t l_304[4][2][1];
            int i, j, k;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 2; j++)
                {
                    for (k = 0; k < 1; k++)
                        l_304[i][j][k] = (-1L);
                }
            }
            for (g_68 = 0; (g_68 <= 9); g_68 = safe_add_func_int16_t_s_s(g_68, 9))
            { /* block id: 104 */
                int32_t l_285[5] = {(-3L),(-3L),(-3L),(-3L),(-3L)};
                int8_t *l_293 = (void*)0;
                uint32_t *l_294[4];
                int8_t *l_296 = &g_297;
                int16_t *l_310 = &g_66[0];
                int i;
                for (i = 0; i < 4; i++)
                    l_294[i] = &l_203;
                (*l_23) = (((*l_296) = (safe_mul_func_uint16_t_u_u((safe_mul_func_int16_t_s_s((safe_rshift_func_int16_t_s_s((((g_295 = (~(safe_add_func_uint64_t_u_u((l_285[3] < ((safe_div_func_int8_t_s_s((g_271 = ((((l_288 ^ ((safe_div_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u((l_288 > g_66[0]), (g_271 | (-1L)))) < p_20), 0xBFL)) == 0xD4L)) || 8UL) != g_36[1]) >= p_20)), p_20)) >= 0xD725E3DAL)), l_288)))) < 4294967293UL) <= l_288), g_183)), 0x115FL)), g_255))) & p_22);
                (*l_23) = ((safe_lshift_func_uint16_t_u_u(((safe_mul_func_int16_t_s_s(((*l_23) ^ (safe_mod_func_uint8_t_u_u((l_304[2][0][0] , (l_285[3] >= g_68)), ((safe_div_func_int8_t_s_s((~(((((*l_310) &= (safe_mod_func_int16_t_s_s(l_304[0][1][0], (-1L)))) | 1UL) | 6UL) > p_22)), 0x36L)) , (-1L))))), l_285[2])) && g_36[1]), l_285[3])) ^ l_311);
                if (p_22)
                    continue;
            }
        }
        if (((g_66[0] , 1UL) <= ((*l_318) &= ((((*l_313)++) == g_36[0]) | (safe_add_func_int64_t_s_s(p_22, p_22))))))
        { /* block id: 116 */
            uint16_t l_319[2][5][3] = {{{65534UL,65534UL,1UL},{0xC737L,1UL,1UL},{1UL,0x6386L,65526UL},{0xC737L,0x6386L,0xC737L},{65534UL,1UL,65526UL}},{{65534UL,65534UL,1UL},{0xC737L,1UL,1UL},{1UL,0x6386L,65526UL},{0xC737L,0x6386L,0xC737L},{65534UL,1UL,65526UL}}};
            uint16_t l_328[4];
            int32_t *l_332 = &l_49[0][1];
            int i, j, k;
            for (i = 0; i < 4; i++)
                l_328[i] = 1UL;
            (*g_55) = l_319[0][1][1];
            if ((((!((safe_rshift_func_uint8_t_u_u(((g_183 ^= (!(((safe_rshift_func_int16_t_s_u((safe_rshift_func_int8_t_s_s(p_22, 5)), (*l_23))) != p_20) & (8L > p_22)))) ^ g_297), (*l_23))) & l_328[2])) < (*l_23)) || g_82))
            { /* block id: 119 */
                uint32_t l_329 = 18446744073709551613UL;
                --l_329;
                l_228[0] = l_332;
                (*l_23) = (*g_55);
            }
            else
            { /* block id: 123 */
                if (p_20)
                    break;
                (*l_23) = p_20;
                (*l_332) &= (*g_55);
            }
        }
        else
        { /* block id: 128 */
            int32_t **l_334 = &l_227;
            int32_t ***l_336 = &l_334;
            int32_t ****l_335 = &l_336;
            (*l_334) = l_333;
            (*l_335) = (void*)0;
        }
    }
    return &g_295;
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
    transparent_crc(g_15, "g_15", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_24[i], "g_24[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_27, "g_27", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_36[i], "g_36[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_50, "g_50", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_66[i], "g_66[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_183, "g_183", print_hash_value);
    transparent_crc(g_255, "g_255", print_hash_value);
    transparent_crc(g_271, "g_271", print_hash_value);
    transparent_crc(g_295, "g_295", print_hash_value);
    transparent_crc(g_297, "g_297", print_hash_value);
    transparent_crc(g_312, "g_312", print_hash_value);
    transparent_crc(g_428, "g_428", print_hash_value);
    transparent_crc(g_432, "g_432", print_hash_value);
    transparent_crc(g_509, "g_509", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 118
XXX total union variables: 3

XXX max expression depth: 30
breakdown:
   depth: 1, occurrence: 81
   depth: 2, occurrence: 17
   depth: 4, occurrence: 1
   depth: 8, occurrence: 2
   depth: 11, occurrence: 1
   depth: 12, occurrence: 2
   depth: 16, occurrence: 4
   depth: 17, occurrence: 1
   depth: 18, occurrence: 2
   depth: 19, occurrence: 1
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 23, occurrence: 1
   depth: 24, occurrence: 1
   depth: 28, occurrence: 1
   depth: 30, occurrence: 1

XXX total number of pointers: 112

XXX times a variable address is taken: 138
XXX times a pointer is dereferenced on RHS: 49
breakdown:
   depth: 1, occurrence: 35
   depth: 2, occurrence: 14
XXX times a pointer is dereferenced on LHS: 65
breakdown:
   depth: 1, occurrence: 58
   depth: 2, occurrence: 7
XXX times a pointer is compared with null: 6
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 4
XXX times a pointer is qualified to be dereferenced: 1573

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 205
   level: 2, occurrence: 43
XXX number of pointers point to pointers: 27
XXX number of pointers point to scalars: 83
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 22.3
XXX average alias set size: 1.26

XXX times a non-volatile is read: 393
XXX times a non-volatile is write: 198
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 3

XXX stmts: 80
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 16
   depth: 1, occurrence: 16
   depth: 2, occurrence: 22
   depth: 3, occurrence: 26

XXX percentage a fresh-made variable is used: 17
XXX percentage an existing variable is used: 83
********************* end of statistics **********************/

