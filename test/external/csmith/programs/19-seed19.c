/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 19 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      19
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
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint32_t safe_div_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
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
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = (-8L);
static int32_t g_4 = (-1L);
static int32_t g_5 = 0x4543BEB7L;
static uint64_t g_32 = 0x43AF7806AA1C33C0LL;
static uint64_t g_38 = 18446744073709551613UL;
static uint64_t *g_37 = &g_38;
static int32_t g_42[4][4] = {{8L,8L,8L,8L},{8L,8L,8L,8L},{8L,8L,8L,8L},{8L,8L,8L,8L}};
static int64_t g_65 = 0x9DEAB2DD2C990B51LL;
static int32_t g_69 = 0x6C6C9A4AL;
static int32_t *g_70[2] = {(void*)0,(void*)0};
static uint16_t g_77 = 65529UL;
static int32_t g_79 = 6L;
static uint8_t g_84 = 0xBDL;
static uint8_t g_93[5] = {0x1CL,0x1CL,0x1CL,0x1CL,0x1CL};
static int8_t g_94 = 0xEDL;
static int16_t g_151 = 0L;
static int8_t g_323 = 0xBCL;
static uint32_t g_355[5][3] = {{4294967294UL,4294967294UL,4294967294UL},{4294967294UL,4294967294UL,4294967294UL},{4294967294UL,4294967294UL,4294967294UL},{4294967294UL,4294967294UL,4294967294UL},{4294967294UL,4294967294UL,4294967294UL}};
static int32_t g_359[2][1][2] = {{{0x8041FFF5L,0x8041FFF5L}},{{0x8041FFF5L,0x8041FFF5L}}};
static uint32_t g_429 = 0x1C0EB1E7L;
static int8_t *g_459 = &g_94;
static int8_t **g_458[5] = {&g_459,&g_459,&g_459,&g_459,&g_459};
static uint8_t *g_469[5] = {&g_93[1],&g_93[1],&g_93[1],&g_93[1],&g_93[1]};
static uint8_t **g_468 = &g_469[2];
static uint8_t ***g_467 = &g_468;
static int8_t g_492 = 0x8EL;
static int32_t g_498[3] = {0x2ABAAE6DL,0x2ABAAE6DL,0x2ABAAE6DL};
static int32_t g_500[4][3] = {{7L,7L,7L},{7L,7L,7L},{7L,7L,7L},{7L,7L,7L}};


/* --- FORWARD DECLARATIONS --- */
static int16_t  func_1(void);
static int8_t  func_23(int32_t  p_24, uint8_t  p_25, int32_t  p_26);
static int64_t  func_33(const int32_t  p_34, int16_t  p_35, uint64_t * p_36);
static uint16_t  func_47(int8_t  p_48, int8_t  p_49);
static int16_t  func_50(uint16_t  p_51);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_5 g_32 g_37 g_4 g_38 g_42 g_65 g_69 g_77 g_79 g_84 g_93 g_94 g_151 g_355 g_359 g_323 g_429 g_459 g_467 g_498 g_492
 * writes: g_3 g_4 g_5 g_32 g_42 g_38 g_65 g_69 g_70 g_77 g_79 g_84 g_93 g_94 g_151 g_323 g_355 g_359 g_429 g_458 g_467 g_498
 */
static int16_t  func_1(void)
{ /* block id: 0 */
    int32_t l_2[2];
    int32_t l_501 = 0xAE131149L;
    uint32_t l_511[2][3][4] = {{{0xC6A399E1L,0xA68172D9L,0xB4C52F12L,4294967291UL},{0xA68172D9L,4294967287UL,4294967287UL,0xA68172D9L},{0xC8C3EE07L,4294967291UL,4294967287UL,0x2B3E53CAL}},{{0xA68172D9L,0xC6A399E1L,0xB4C52F12L,0xC6A399E1L},{0xC6A399E1L,4294967287UL,0xC8C3EE07L,0xC6A399E1L},{0xC8C3EE07L,0xC6A399E1L,0x2B3E53CAL,0x2B3E53CAL}}};
    uint32_t l_517[3];
    int8_t l_523 = 0x63L;
    int32_t *l_547 = &g_42[1][3];
    int64_t *l_551 = &g_65;
    uint16_t *l_562 = &g_77;
    uint8_t ***l_564 = &g_468;
    int32_t l_571 = 0x26FEAED0L;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_2[i] = 0x99FF6065L;
    for (i = 0; i < 3; i++)
        l_517[i] = 0x7FD38ACDL;
    for (g_3 = 1; (g_3 >= 0); g_3 -= 1)
    { /* block id: 3 */
        int32_t l_30[3];
        int16_t l_520 = (-3L);
        int32_t **l_548 = &l_547;
        uint64_t l_555 = 0UL;
        int i;
        for (i = 0; i < 3; i++)
            l_30[i] = 1L;
        for (g_4 = 1; (g_4 >= 0); g_4 -= 1)
        { /* block id: 6 */
            int32_t l_22 = 0xD82C32B9L;
            int32_t **l_507 = (void*)0;
            int32_t l_510 = 0xA626CA44L;
            int32_t l_521 = 0x99583215L;
            int32_t l_522 = 0x47681407L;
            int32_t l_524 = 0x93C9AFCDL;
            uint32_t l_525 = 0UL;
            for (g_5 = 1; (g_5 >= 0); g_5 -= 1)
            { /* block id: 9 */
                uint64_t *l_31 = &g_32;
                int32_t *l_497 = &g_498[1];
                int32_t *l_499[3][2][5] = {{{&l_2[g_5],&l_2[g_5],&l_2[0],&l_2[g_5],&l_2[g_5]},{(void*)0,&l_22,(void*)0,(void*)0,&l_22}},{{&l_2[g_5],&l_30[1],&l_30[1],&l_2[g_5],&l_30[1]},{&l_22,&l_22,&g_500[1][1],&l_22,&l_22}},{{&l_30[1],&l_2[g_5],&l_30[1],&l_30[1],&l_2[g_5]},{&l_22,(void*)0,(void*)0,&l_22,(void*)0}}};
                int i, j, k;
                l_501 |= ((((((*l_497) &= (safe_rshift_func_uint8_t_u_s(l_2[g_5], (safe_add_func_int8_t_s_s(((*g_459) = (safe_add_func_int32_t_s_s((safe_rshift_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u((safe_mod_func_int64_t_s_s((safe_lshift_func_int16_t_s_u((safe_mul_func_int8_t_s_s(l_22, func_23(g_5, (~(safe_sub_func_uint64_t_u_u(((*l_31) &= l_30[1]), func_33(((g_5 || l_30[1]) , l_22), l_2[0], g_37)))), g_4))), g_5)), g_4)), l_2[1])), g_5)), 4294967289UL))), 0x18L))))) != g_492) , l_2[0]) , g_65) , l_30[1]);
            }
            if (l_22)
            { /* block id: 230 */
                int16_t l_502 = (-1L);
                int32_t l_503[5][2] = {{1L,1L},{1L,1L},{1L,1L},{1L,1L},{1L,1L}};
                int32_t **l_504 = (void*)0;
                int32_t **l_505 = (void*)0;
                int32_t **l_506 = &g_70[0];
                int32_t *l_508[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                int8_t l_509 = 0xF3L;
                int i, j;
                l_503[3][0] ^= l_502;
                (*l_506) = &g_5;
                l_30[0] |= (l_507 != &g_70[0]);
                l_511[1][0][1]--;
            }
            else
            { /* block id: 235 */
                int32_t *l_514 = &g_5;
                int32_t *l_515 = &l_510;
                int32_t *l_516[4] = {&g_359[1][0][1],&g_359[1][0][1],&g_359[1][0][1],&g_359[1][0][1]};
                int64_t *l_538 = &g_65;
                int i;
                l_517[2]++;
                ++l_525;
                l_521 ^= (safe_add_func_int8_t_s_s((((((safe_div_func_int32_t_s_s(((+((safe_sub_func_uint32_t_u_u((*l_515), ((((-1L) | (((((0x7AF0L && (safe_mul_func_uint16_t_u_u(((!((void*)0 != l_538)) >= l_30[1]), g_69))) | 4L) && l_520) , 0x53C8L) & g_65)) ^ l_511[1][0][1]) , g_492))) | l_517[0])) , l_517[1]), g_32)) > 8L) , 1UL) , (*g_37)) > 0x7066E9B5EE03BD35LL), 0x74L));
            }
        }
        if ((l_30[1] < (safe_add_func_int16_t_s_s((-10L), ((safe_mod_func_uint16_t_u_u(((safe_div_func_int16_t_s_s(((safe_rshift_func_uint8_t_u_s((0xB7DCL == (((*l_548) = l_547) != &g_498[1])), l_501)) > 8UL), l_2[0])) <= (-1L)), g_93[1])) & l_511[1][0][1])))))
        { /* block id: 242 */
            int64_t *l_549 = &g_65;
            int8_t ***l_550 = &g_458[4];
            int64_t **l_552 = &l_551;
            uint32_t l_556 = 8UL;
            uint16_t *l_557 = &g_77;
            int32_t *l_560[4];
            int i;
            for (i = 0; i < 4; i++)
                l_560[i] = &g_42[0][3];
            (*l_550) = ((((*l_549) &= g_42[2][1]) < 0x2C0A078D2CCD3851LL) , &g_459);
            if (((((*l_552) = l_551) != ((((*l_557) = ((&g_468 == &g_468) > (safe_rshift_func_uint8_t_u_s(((l_555 != (g_359[1][0][1] , 5UL)) >= l_556), 7)))) | 0xF049L) , (void*)0)) , (**l_548)))
            { /* block id: 247 */
                int32_t *l_561 = &g_69;
                (**l_548) = (safe_div_func_uint32_t_u_u(((l_561 = l_560[0]) != (void*)0), 0xBA44568AL));
            }
            else
            { /* block id: 250 */
                uint16_t *l_563 = &g_77;
                int32_t l_569 = 6L;
                int32_t *l_570 = &g_359[1][0][1];
                l_564 = ((65531UL && ((**l_548) == (l_562 != l_563))) , &g_468);
                l_30[1] = (safe_lshift_func_int8_t_s_s(((void*)0 == &g_65), (safe_div_func_uint8_t_u_u((((l_569 , ((l_570 = &l_501) != ((*l_548) = &g_500[1][1]))) >= l_569) & g_38), l_569))));
                return g_94;
            }
        }
        else
        { /* block id: 257 */
            if ((**l_548))
                break;
            return (**l_548);
        }
    }
    return l_571;
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_84 g_93 g_94 g_77 g_151 g_355 g_42 g_69 g_79 g_37 g_359 g_3 g_5 g_323 g_38 g_429 g_32 g_459 g_467 g_65
 * writes: g_94 g_323 g_84 g_77 g_151 g_355 g_38 g_359 g_429 g_93 g_458 g_467 g_70
 */
static int8_t  func_23(int32_t  p_24, uint8_t  p_25, int32_t  p_26)
{ /* block id: 155 */
    int8_t *l_317 = &g_94;
    int16_t l_321[2];
    int8_t *l_322 = &g_323;
    uint32_t l_324 = 0UL;
    int32_t l_360 = 1L;
    int32_t l_365 = (-5L);
    int32_t l_366 = 7L;
    int32_t l_368 = 0x1DB953C4L;
    int32_t l_372 = 0x5438D0A8L;
    int32_t l_373 = (-9L);
    int32_t l_377 = 3L;
    int32_t l_378 = 0x3FE656A2L;
    int32_t l_382[3];
    int32_t l_386 = 0xADAF30EEL;
    uint32_t l_420[1][2];
    uint16_t *l_444 = &g_77;
    int32_t **l_464 = &g_70[1];
    int32_t *l_491[2][1][1];
    int16_t l_493 = 0xF203L;
    uint32_t l_494 = 4294967294UL;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_321[i] = 0x5A80L;
    for (i = 0; i < 3; i++)
        l_382[i] = (-7L);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_420[i][j] = 1UL;
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 1; k++)
                l_491[i][j][k] = &l_382[2];
        }
    }
    if ((+(safe_rshift_func_uint8_t_u_u((safe_unary_minus_func_int64_t_s(((((*l_317) = (&g_38 != &g_38)) & (safe_rshift_func_uint16_t_u_u((((*l_322) = ((((&g_65 == ((~g_4) , (void*)0)) != l_321[1]) <= (-1L)) < g_84)) <= l_324), 1))) && l_321[1]))), g_93[2]))))
    { /* block id: 158 */
        int32_t l_367 = 0xA9B06D64L;
        int32_t l_369 = 0x3357CCE1L;
        int32_t l_371 = 1L;
        int32_t l_374 = 0xDBF96A99L;
        int32_t l_375 = 0xB90ED740L;
        int32_t l_376[5][3] = {{2L,2L,2L},{(-4L),0x25AFF38DL,(-4L)},{2L,2L,2L},{(-4L),0x25AFF38DL,(-4L)},{2L,2L,2L}};
        uint64_t l_388[3];
        uint32_t l_432 = 18446744073709551606UL;
        uint8_t *l_453 = &g_93[2];
        int32_t *l_454 = &l_365;
        int32_t *l_455[1];
        int8_t ** const l_456[5][5] = {{&l_317,&l_317,&l_317,&l_317,&l_317},{&l_317,(void*)0,(void*)0,&l_317,&l_317},{&l_317,&l_317,&l_317,&l_317,&l_317},{&l_317,&l_317,(void*)0,(void*)0,&l_317},{&l_317,&l_317,&l_317,&l_317,&l_317}};
        uint8_t ****l_470 = &g_467;
        int i, j;
        for (i = 0; i < 3; i++)
            l_388[i] = 18446744073709551608UL;
        for (i = 0; i < 1; i++)
            l_455[i] = (void*)0;
        for (g_84 = 0; (g_84 >= 27); g_84 = safe_add_func_int32_t_s_s(g_84, 9))
        { /* block id: 161 */
            const uint8_t * const l_333 = &g_93[2];
            const uint8_t * const *l_332[5] = {&l_333,&l_333,&l_333,&l_333,&l_333};
            uint8_t ***l_345 = (void*)0;
            int32_t l_356 = (-1L);
            int32_t l_370 = 1L;
            int32_t l_379 = 0xC7A33482L;
            int32_t l_380 = 0x85E1A5E2L;
            int32_t l_381 = (-4L);
            int32_t l_383 = 7L;
            int32_t l_384 = 0xD6DE320AL;
            int32_t l_385 = (-1L);
            int32_t *l_400 = (void*)0;
            int16_t *l_419[1];
            int i;
            for (i = 0; i < 1; i++)
                l_419[i] = &l_321[1];
            for (g_94 = 18; (g_94 == 17); g_94--)
            { /* block id: 164 */
                int32_t l_331 = (-3L);
                uint8_t **l_336 = (void*)0;
                p_26 = (safe_div_func_uint8_t_u_u(((l_324 ^ l_331) >= ((p_24 , (l_332[1] == ((++g_77) , l_336))) < 0x8DL)), 0xCEL));
            }
            for (p_24 = 0; (p_24 <= 11); p_24 = safe_add_func_uint32_t_u_u(p_24, 2))
            { /* block id: 170 */
                int32_t l_352 = 0x77E1A47DL;
                int16_t *l_353 = &g_151;
                int16_t *l_354[2][5];
                uint16_t l_357 = 0x98BBL;
                int32_t *l_358 = &g_359[1][0][1];
                int32_t *l_361 = &g_42[0][0];
                int32_t *l_362 = &l_352;
                int32_t *l_363 = (void*)0;
                int32_t *l_364[2][2][5] = {{{&g_359[1][0][1],&g_359[1][0][1],&g_359[1][0][1],&g_359[1][0][1],&g_359[1][0][1]},{&g_5,&g_5,(void*)0,&g_5,&g_5}},{{&g_359[1][0][1],&g_359[1][0][1],&g_359[1][0][1],&g_359[1][0][1],&g_359[1][0][1]},{&g_5,&g_359[0][0][0],&g_359[0][0][0],&g_5,&g_359[0][0][0]}}};
                int64_t l_387[2];
                uint32_t l_391 = 0x8D3DC821L;
                int i, j, k;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 5; j++)
                        l_354[i][j] = &l_321[1];
                }
                for (i = 0; i < 2; i++)
                    l_387[i] = 6L;
                (*l_358) ^= (safe_rshift_func_uint8_t_u_s((((*g_37) = ((safe_sub_func_uint64_t_u_u((((((((void*)0 != l_345) >= (((safe_mul_func_uint8_t_u_u((safe_mul_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s(g_77, l_352)), (g_355[1][0] ^= ((*l_353) ^= (((l_352 >= g_84) , p_26) , 0x5CFBL))))), 9UL)) | g_42[1][0]) < 0x42L)) >= 0xFA380A2B5EFFBAF7LL) || g_69) != l_352) != l_356), g_79)) <= (-5L))) <= l_357), 2));
                ++l_388[1];
                l_391++;
            }
            l_374 = (g_3 , (safe_rshift_func_uint16_t_u_u((safe_mod_func_int32_t_s_s(l_372, (((!0x442CCE95E549F260LL) <= (g_151 = 0x1E27L)) || (((safe_unary_minus_func_int16_t_s(g_5)) , (-8L)) ^ g_359[1][0][1])))), 10)));
            if ((((((safe_rshift_func_uint16_t_u_s((((safe_mul_func_uint8_t_u_u((((~((((*l_322) |= (safe_rshift_func_int16_t_s_u(((((safe_lshift_func_uint8_t_u_u((safe_mul_func_int16_t_s_s((safe_div_func_uint8_t_u_u(0UL, 0xAEL)), (g_355[2][1] , (safe_mod_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s(((l_374 = (l_373 ^ (safe_unary_minus_func_uint16_t_u(((((l_376[1][1] > l_377) ^ 1L) & l_376[3][2]) && p_25))))) | p_25), 1)), l_420[0][0]))))), p_25)) , 1L) <= g_359[0][0][0]) >= 0x89B29326L), l_366))) && g_38) || p_24)) , 1UL) , 0xFBL), 0x9CL)) && (*g_37)) > 0x9A317148CAC0E5EDLL), 8)) , p_24) > p_26) , (*g_37)) && p_25))
            { /* block id: 182 */
                return l_378;
            }
            else
            { /* block id: 184 */
                int32_t *l_421 = &l_378;
                int32_t *l_422 = &l_377;
                int32_t *l_423 = &l_383;
                int32_t *l_424 = &l_384;
                int32_t *l_425 = &l_376[4][1];
                int32_t *l_426 = &l_380;
                int32_t *l_427 = (void*)0;
                int32_t *l_428[3][5] = {{&g_359[1][0][1],&l_369,(void*)0,(void*)0,&l_369},{&g_359[1][0][1],&l_369,(void*)0,(void*)0,&l_369},{&g_359[1][0][1],&l_369,(void*)0,(void*)0,&l_369}};
                int i, j;
                --g_429;
                l_432--;
                (*l_426) |= (p_26 , ((safe_rshift_func_int16_t_s_u((((g_93[2] = p_26) , (((safe_sub_func_int8_t_s_s(((*l_322) = p_24), 2UL)) != ((l_360 ^= ((g_151 = (safe_add_func_int16_t_s_s((0x70FE4D396F74B00ELL && g_4), 2L))) <= p_26)) >= l_382[1])) < g_42[2][0])) & 1UL), p_26)) != 1L));
            }
        }
        if ((!((safe_add_func_uint8_t_u_u((l_444 == (void*)0), (safe_div_func_int32_t_s_s((p_26 |= ((*l_454) = ((safe_lshift_func_int8_t_s_u((safe_sub_func_uint16_t_u_u(g_32, l_321[1])), ((*l_453) = (((safe_rshift_func_uint16_t_u_u((((g_94 = (((*l_322) = 1L) , 0x8BL)) || 254UL) != 0L), 11)) | p_24) <= l_375)))) , 1L))), p_25)))) > 0xE32DL)))
        { /* block id: 199 */
            (*l_454) = p_26;
        }
        else
        { /* block id: 201 */
            int8_t ***l_457 = (void*)0;
            int8_t *l_462 = &g_94;
            int32_t l_463 = 1L;
            g_458[1] = l_456[3][0];
            (*l_454) ^= (l_463 = (safe_rshift_func_int8_t_s_s(((p_25 , l_322) == ((*g_37) , l_462)), 1)));
        }
        (*l_454) = ((p_24 , l_464) == ((((safe_sub_func_uint64_t_u_u(((*g_459) , (*g_37)), (((*l_470) = g_467) != &g_468))) | p_26) , g_65) , &g_70[0]));
    }
    else
    { /* block id: 208 */
        int16_t *l_471 = (void*)0;
        int32_t l_483 = 1L;
        int32_t l_484 = 0L;
        int32_t l_486[4] = {0x9F6CAF69L,0x9F6CAF69L,0x9F6CAF69L,0x9F6CAF69L};
        int i;
        if ((l_471 == &l_321[1]))
        { /* block id: 209 */
            int32_t l_475 = 1L;
            int32_t l_482 = 6L;
            int32_t l_485[4];
            int i;
            for (i = 0; i < 4; i++)
                l_485[i] = 2L;
lbl_490:
            for (g_323 = (-20); (g_323 < 5); ++g_323)
            { /* block id: 212 */
                int32_t *l_474 = &l_382[1];
                int32_t *l_476 = &g_359[1][0][0];
                int32_t *l_477 = (void*)0;
                int32_t *l_478 = (void*)0;
                int32_t *l_479 = &l_365;
                int32_t *l_480 = &l_377;
                int32_t *l_481[1][5] = {{&l_377,&l_377,&l_377,&l_377,&l_377}};
                uint8_t l_487 = 0x32L;
                int i, j;
                l_487++;
                g_70[0] = &l_485[3];
                if (g_94)
                    goto lbl_490;
            }
            return p_25;
        }
        else
        { /* block id: 218 */
            return p_24;
        }
    }
    p_26 = (-1L);
    l_494--;
    (*l_464) = &p_26;
    return p_26;
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_38 g_42 g_5 g_65 g_69 g_3 g_77 g_79 g_37 g_84 g_93 g_94 g_151
 * writes: g_42 g_38 g_65 g_69 g_70 g_77 g_79 g_84 g_93 g_94 g_151
 */
static int64_t  func_33(const int32_t  p_34, int16_t  p_35, uint64_t * p_36)
{ /* block id: 11 */
    uint32_t l_95 = 0x83239552L;
    int32_t l_97 = 0xB5200615L;
    uint16_t l_101 = 65526UL;
    uint64_t *l_112[4][4] = {{(void*)0,(void*)0,&g_38,(void*)0},{(void*)0,&g_38,&g_38,(void*)0},{&g_38,&g_38,&g_38,&g_38},{&g_38,&g_38,(void*)0,&g_38}};
    int32_t l_147 = 0xCAD771BCL;
    int32_t *l_148 = &l_97;
    int16_t *l_149 = (void*)0;
    int16_t *l_150[3];
    int32_t *l_152 = &g_79;
    uint8_t *l_157 = &g_93[2];
    uint8_t *l_158 = &g_84;
    int32_t l_171[1][3][5];
    int64_t l_218 = 0L;
    int16_t l_221 = 0L;
    const int32_t l_229 = 0x393D1FB2L;
    uint8_t **l_250 = &l_158;
    uint8_t ** const *l_249 = &l_250;
    int32_t l_274 = (-3L);
    uint64_t l_275[5][3][4] = {{{0xCDF532A4FE7404C7LL,0x3D9BACAF2723D0D2LL,0x3D9BACAF2723D0D2LL,0xCDF532A4FE7404C7LL},{0xCDF532A4FE7404C7LL,2UL,1UL,0xC1D8A302A7C8BD03LL},{18446744073709551608UL,0xCDF532A4FE7404C7LL,0x4D629F77C5E9372ALL,18446744073709551615UL}},{{0x6241C926BB56A9FDLL,5UL,0x6241C926BB56A9FDLL,18446744073709551615UL},{0x4D629F77C5E9372ALL,0xCDF532A4FE7404C7LL,18446744073709551608UL,0xC1D8A302A7C8BD03LL},{1UL,2UL,0xCDF532A4FE7404C7LL,0xCDF532A4FE7404C7LL}},{{0x3D9BACAF2723D0D2LL,0x3D9BACAF2723D0D2LL,0xCDF532A4FE7404C7LL,0x6241C926BB56A9FDLL},{1UL,4UL,18446744073709551608UL,2UL},{0x4D629F77C5E9372ALL,18446744073709551608UL,0x6241C926BB56A9FDLL,18446744073709551608UL}},{{0x6241C926BB56A9FDLL,18446744073709551608UL,0x4D629F77C5E9372ALL,2UL},{18446744073709551608UL,4UL,1UL,0x6241C926BB56A9FDLL},{0xCDF532A4FE7404C7LL,0x3D9BACAF2723D0D2LL,0x3D9BACAF2723D0D2LL,0xCDF532A4FE7404C7LL}},{{0xCDF532A4FE7404C7LL,2UL,1UL,0xC1D8A302A7C8BD03LL},{18446744073709551608UL,0xCDF532A4FE7404C7LL,0x4D629F77C5E9372ALL,18446744073709551615UL},{0x6241C926BB56A9FDLL,5UL,0x6241C926BB56A9FDLL,18446744073709551615UL}}};
    uint64_t l_302 = 8UL;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_150[i] = &g_151;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 5; k++)
                l_171[i][j][k] = 0xBBB315D7L;
        }
    }
    for (p_35 = 24; (p_35 > 5); p_35 = safe_sub_func_uint8_t_u_u(p_35, 2))
    { /* block id: 14 */
        int32_t *l_41 = &g_42[1][3];
        uint64_t l_98[2];
        uint32_t l_113 = 0xE7D4E858L;
        uint16_t *l_120[5][2][3] = {{{(void*)0,&g_77,&g_77},{&l_101,&l_101,&l_101}},{{(void*)0,(void*)0,&g_77},{&l_101,&l_101,&g_77}},{{&l_101,(void*)0,(void*)0},{&g_77,&l_101,(void*)0}},{{&l_101,&g_77,&l_101},{&l_101,&g_77,(void*)0}},{{(void*)0,(void*)0,(void*)0},{&l_101,&g_77,&g_77}}};
        uint16_t l_126[3];
        uint8_t *l_127 = (void*)0;
        uint8_t *l_128 = &g_84;
        int32_t *l_129[1][5];
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_98[i] = 0xB686F2FD6C9D3DA5LL;
        for (i = 0; i < 3; i++)
            l_126[i] = 0x8F88L;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 5; j++)
                l_129[i][j] = &g_79;
        }
        (*l_41) = g_4;
        for (g_38 = 0; (g_38 <= 3); g_38 += 1)
        { /* block id: 18 */
            int32_t l_89 = 0x905AFB09L;
            int8_t *l_90 = (void*)0;
            int8_t *l_91 = (void*)0;
            uint8_t *l_92 = &g_93[2];
            int i, j;
            if ((safe_mul_func_uint8_t_u_u((safe_mul_func_int8_t_s_s((0UL | func_47(g_42[g_38][g_38], p_35)), (g_94 = ((*l_92) = (safe_rshift_func_int8_t_s_s((l_89 = l_89), 6)))))), l_95)))
            { /* block id: 58 */
                return p_35;
            }
            else
            { /* block id: 60 */
                int32_t *l_96[4] = {&g_42[1][2],&g_42[1][2],&g_42[1][2],&g_42[1][2]};
                int i, j;
                ++l_98[0];
            }
            if (l_95)
                break;
            if (l_101)
                continue;
            if (l_95)
                break;
        }
        (*l_41) = ((-5L) | (((safe_div_func_uint16_t_u_u(((&l_101 != (void*)0) ^ (safe_lshift_func_uint16_t_u_s((((((safe_sub_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u(((safe_mul_func_uint16_t_u_u(((((void*)0 == l_112[2][2]) & (*g_37)) || g_3), g_84)) > 254UL), (-1L))), g_38)) , l_95) != 0x50L) == g_42[0][1]) ^ (*l_41)), p_35))), l_113)) || l_95) == (*g_37)));
        l_97 |= ((((((safe_mod_func_uint8_t_u_u((((safe_rshift_func_uint8_t_u_u((((safe_rshift_func_int8_t_s_u(0L, g_42[2][2])) , (((*l_41) = 0x9EACL) , ((*l_128) &= (safe_div_func_int16_t_s_s(g_3, (safe_mul_func_int8_t_s_s((~((((p_34 != (*l_41)) || (-7L)) | 0x3EL) , l_126[0])), g_93[2]))))))) == p_34), p_34)) || 65534UL) == g_93[2]), l_95)) >= 0x474FL) > 1UL) & l_126[0]) || 65535UL) ^ 0x5C08L);
    }
lbl_188:
    (*l_152) = ((safe_rshift_func_int8_t_s_u(g_42[0][3], (((safe_sub_func_int32_t_s_s((((g_151 = (((p_35 = (safe_sub_func_uint32_t_u_u(p_35, (((safe_rshift_func_uint8_t_u_u((+((*l_148) = (safe_mod_func_uint16_t_u_u(l_97, (safe_lshift_func_int16_t_s_s((safe_lshift_func_int16_t_s_u(0x1A5EL, 13)), (safe_sub_func_int64_t_s_s((g_42[1][3] , l_147), (*g_37))))))))), p_35)) , &g_38) == p_36)))) || g_42[2][1]) < p_34)) | 0xB834L) & 0L), l_101)) , p_35) , 0xE6L))) ^ p_34);
    if ((safe_mod_func_uint8_t_u_u(g_42[1][3], (safe_div_func_uint8_t_u_u(((*l_157) = g_93[1]), ((*l_158)--))))))
    { /* block id: 78 */
        int16_t l_164 = (-5L);
        int32_t l_165 = 0x75D4B2AFL;
        int8_t l_166[5] = {1L,1L,1L,1L,1L};
        int32_t l_170[4][2] = {{0x96934F3FL,0xF32A4288L},{0x96934F3FL,0x96934F3FL},{0xF32A4288L,0x96934F3FL},{0x96934F3FL,0xF32A4288L}};
        int32_t l_172 = 0xB405AA70L;
        uint8_t *l_182 = (void*)0;
        int32_t **l_189 = &g_70[1];
        int i, j;
        for (g_79 = (-22); (g_79 >= 4); g_79 = safe_add_func_uint64_t_u_u(g_79, 9))
        { /* block id: 81 */
            uint32_t l_163[2][5][4] = {{{1UL,0xD96B05D7L,0xAF8641BEL,0xAF8641BEL},{0UL,0UL,18446744073709551615UL,0xDF9A620EL},{18446744073709551615UL,0xDF9A620EL,0xFB7EED95L,0x1538544CL},{0x1538544CL,1UL,0UL,0xFB7EED95L},{0UL,1UL,18446744073709551611UL,0x1538544CL}},{{1UL,0xDF9A620EL,0x7C0E051DL,0xDF9A620EL},{18446744073709551609UL,0UL,18446744073709551606UL,0xAF8641BEL},{0x7C0E051DL,0xD96B05D7L,1UL,0x08EF4738L},{0xAF8641BEL,1UL,1UL,18446744073709551606UL},{0xAF8641BEL,18446744073709551615UL,1UL,0x87705A97L}}};
            int32_t *l_167 = &g_42[1][3];
            int32_t *l_168 = &g_42[0][2];
            int32_t *l_169[5] = {&l_97,&l_97,&l_97,&l_97,&l_97};
            uint32_t l_173 = 0xDB462DF2L;
            int i, j, k;
            if (l_163[0][4][1])
                break;
            (*l_148) = p_35;
            ++l_173;
        }
        for (g_65 = 1; (g_65 >= 0); g_65 -= 1)
        { /* block id: 88 */
            int32_t **l_186 = (void*)0;
            int32_t **l_187 = &g_70[0];
            int i;
            if (((safe_sub_func_uint16_t_u_u(0x1642L, (((0x86818F9BL >= ((*l_152) = (safe_mul_func_uint8_t_u_u((g_93[(g_65 + 3)] &= (safe_div_func_uint16_t_u_u(((void*)0 == l_182), 0xE81BL))), 6L)))) >= 0x4F8910C71A7AFFC2LL) && p_35))) != (*p_36)))
            { /* block id: 91 */
                int32_t l_183[5][5] = {{0x3A5B1905L,0x3A5B1905L,8L,0x3A5B1905L,0x3A5B1905L},{(-10L),0xAD9A83C4L,(-10L),(-10L),0xAD9A83C4L},{0x3A5B1905L,0x6FCD8936L,0x6FCD8936L,0x3A5B1905L,0x6FCD8936L},{0xAD9A83C4L,0xAD9A83C4L,0x5DA96190L,0xAD9A83C4L,0xAD9A83C4L},{0x6FCD8936L,0x3A5B1905L,0x6FCD8936L,0x6FCD8936L,0x3A5B1905L}};
                uint8_t **l_185 = &l_157;
                uint8_t ***l_184 = &l_185;
                int i, j;
                (*l_152) = l_183[4][3];
                (*l_184) = &l_158;
            }
            else
            { /* block id: 94 */
                if (g_93[(g_65 + 3)])
                    break;
                (*l_148) = p_34;
            }
            (*l_187) = &l_170[2][0];
            if (g_38)
                goto lbl_188;
            (*l_148) |= (-4L);
        }
        (*l_189) = &l_171[0][1][1];
        for (g_38 = 0; (g_38 == 41); g_38++)
        { /* block id: 105 */
            return g_4;
        }
    }
    else
    { /* block id: 108 */
        int32_t l_209 = (-7L);
        int32_t l_210 = 1L;
        int32_t **l_226 = &g_70[1];
        int64_t *l_263 = &l_218;
        int32_t l_265[5] = {0x171FB92CL,0x171FB92CL,0x171FB92CL,0x171FB92CL,0x171FB92CL};
        uint8_t **l_288 = (void*)0;
        int16_t l_312 = 0L;
        int i;
        (*l_152) = ((safe_mul_func_int16_t_s_s((safe_lshift_func_int8_t_s_u((5L == (safe_unary_minus_func_uint64_t_u(((safe_mul_func_int8_t_s_s((safe_unary_minus_func_uint64_t_u((((~(safe_rshift_func_int16_t_s_u((255UL & (((safe_rshift_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_s(((((safe_rshift_func_int8_t_s_u(((((0x29D5L > (p_34 < (l_209 , 0x9853766640BCF07BLL))) == g_65) , g_94) || p_35), l_209)) <= l_209) | g_79) >= (-1L)), 7)) & p_35), l_210)) , g_3) && 0xCBB6L)), 8))) > p_35) , (*g_37)))), g_5)) , 0xFAE531C9E70181F4LL)))), g_38)), 65530UL)) || p_34);
        if ((safe_mul_func_uint16_t_u_u((safe_sub_func_int8_t_s_s(((((safe_lshift_func_uint8_t_u_s(((~(++(*l_157))) && l_221), 5)) , ((safe_div_func_int16_t_s_s((p_35 = ((((safe_mul_func_uint16_t_u_u((((*l_226) = &g_5) != &g_42[1][3]), l_209)) , (safe_mod_func_uint32_t_u_u((((*p_36) , (*l_148)) , p_35), (*l_152)))) != (*l_152)) && g_93[1])), 0xB83BL)) || 1L)) | l_229) , 0x30L), p_34)), 0x3F64L)))
        { /* block id: 113 */
            int32_t l_247 = 0x5960C23EL;
            int8_t *l_248 = &g_94;
            int32_t l_266 = 0L;
            int32_t l_267 = 0xB7B602D2L;
            int32_t l_268 = 0xFEF35BE7L;
            int16_t l_269 = 3L;
            int32_t l_270[5];
            int i;
            for (i = 0; i < 5; i++)
                l_270[i] = 0xB9A4E51DL;
            if ((safe_add_func_uint32_t_u_u(((((safe_rshift_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_u(((safe_rshift_func_uint8_t_u_u((((((0x02L <= ((*l_248) = ((g_151 , ((p_34 < (((p_34 != (~(safe_lshift_func_uint8_t_u_s(((safe_lshift_func_int8_t_s_s((safe_add_func_uint16_t_u_u((safe_div_func_int16_t_s_s(g_84, (*l_152))), l_247)), 2)) ^ 18446744073709551615UL), l_247)))) , (void*)0) != &g_94)) != g_42[1][3])) || g_69))) , l_249) == (void*)0) , g_65) || 0L), p_35)) , 0L), 13)) != g_151), 7)) != 0x174B1CADDAF615AELL) >= l_247) != p_34), p_34)))
            { /* block id: 115 */
                uint32_t l_256 = 0x5F10DCD9L;
                (*l_152) = ((+(((safe_mod_func_int16_t_s_s((((((l_247 > (((p_35 , ((safe_add_func_int64_t_s_s(l_256, (l_248 == (void*)0))) > (*g_37))) < 0xBFL) ^ 0x3E46F1E7L)) , p_34) != p_35) , &g_93[2]) != (void*)0), p_35)) < 1UL) , p_34)) || g_93[0]);
                (*l_148) = (-1L);
                (*l_148) ^= (safe_div_func_int64_t_s_s((safe_mod_func_int32_t_s_s(((g_151 = 0x6CBAL) <= (((safe_rshift_func_uint8_t_u_s((((void*)0 != l_263) , 255UL), 0)) <= (g_79 >= p_34)) || 0L)), g_69)), 18446744073709551615UL));
            }
            else
            { /* block id: 120 */
                int32_t *l_264[5][2];
                uint8_t l_271 = 5UL;
                int i, j;
                for (i = 0; i < 5; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_264[i][j] = &g_79;
                }
                l_271++;
                (*l_226) = (void*)0;
                ++l_275[2][2][2];
                (*l_226) = &g_4;
            }
            for (l_209 = 22; (l_209 < 13); l_209 = safe_sub_func_uint8_t_u_u(l_209, 9))
            { /* block id: 128 */
                const uint64_t l_280[4] = {18446744073709551614UL,18446744073709551614UL,18446744073709551614UL,18446744073709551614UL};
                int i;
                (*l_148) |= 1L;
                if (l_280[1])
                    continue;
            }
        }
        else
        { /* block id: 132 */
            uint8_t l_283 = 253UL;
            const uint64_t l_287 = 0x165AB94F59CC5FA3LL;
            int16_t l_298 = 0x135EL;
            int32_t l_301[5][2] = {{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)}};
            int i, j;
            for (l_274 = 0; (l_274 == 15); l_274++)
            { /* block id: 135 */
                int32_t *l_284 = &g_79;
                if (l_283)
                    break;
                (*l_226) = &g_69;
                (*l_226) = l_284;
                return p_35;
            }
            for (g_38 = 0; (g_38 <= 2); g_38 += 1)
            { /* block id: 143 */
                int32_t l_291 = (-1L);
                int32_t l_299 = 1L;
                int32_t *l_300[3][4][1] = {{{&g_42[0][2]},{&l_299},{&g_3},{&l_171[0][1][1]}},{{&g_3},{&l_299},{&g_42[0][2]},{&l_299}},{{&g_3},{&l_171[0][1][1]},{&g_3},{&l_299}}};
                int i, j, k;
                (*l_152) = (safe_div_func_uint8_t_u_u((((l_287 , (*l_249)) != l_288) && g_65), (safe_mul_func_uint16_t_u_u(((p_34 || p_35) & g_69), l_291))));
                (*l_148) |= (((((safe_div_func_uint32_t_u_u(p_34, g_4)) , g_69) > p_34) , g_69) > g_42[2][3]);
                (*l_152) = ((((*p_36) , g_93[2]) > l_283) != (((safe_mod_func_uint64_t_u_u((*g_37), (safe_mod_func_uint8_t_u_u(0x03L, l_298)))) != 0L) == g_94));
                --l_302;
            }
            (*l_148) = ((((p_34 ^ (safe_rshift_func_int16_t_s_s(((*l_152) = (safe_mod_func_uint32_t_u_u(l_301[4][1], (safe_add_func_uint8_t_u_u((((g_3 > (0x1DL || (safe_unary_minus_func_int64_t_s(((*l_263) = l_312))))) & (*p_36)) & 0x8986B258F4B73A11LL), 0x16L))))), 15))) ^ p_35) != 1L) | g_5);
        }
    }
    return g_93[0];
}


/* ------------------------------------------ */
/* 
 * reads : g_38 g_4 g_5 g_65 g_42 g_69 g_3 g_77 g_79
 * writes: g_42 g_65 g_69 g_70 g_77 g_79 g_84
 */
static uint16_t  func_47(int8_t  p_48, int8_t  p_49)
{ /* block id: 19 */
    uint32_t l_75 = 0x43AFF46AL;
    uint16_t *l_76 = &g_77;
    int32_t *l_78 = &g_79;
    int64_t *l_82 = &g_65;
    (*l_78) |= (func_50((safe_rshift_func_uint16_t_u_s(((&g_38 == (void*)0) >= p_48), 14))) <= ((*l_76) &= (safe_sub_func_uint32_t_u_u((((safe_sub_func_uint64_t_u_u(0x51464E9414028B02LL, (-2L))) >= g_3) | l_75), p_49))));
    for (g_79 = 0; (g_79 <= 3); g_79 += 1)
    { /* block id: 39 */
        uint8_t *l_83 = &g_84;
        int32_t l_85[3];
        int32_t *l_86 = &l_85[0];
        int i;
        for (i = 0; i < 3; i++)
            l_85[i] = 0x54AE8BCDL;
        for (g_77 = 0; (g_77 <= 1); g_77 += 1)
        { /* block id: 42 */
            int i;
            for (p_49 = 0; (p_49 <= 3); p_49 += 1)
            { /* block id: 45 */
                int i, j;
                return g_42[g_77][g_79];
            }
            if ((*l_78))
                break;
        }
        (*l_86) = ((p_49 & ((safe_rshift_func_uint8_t_u_u(((*l_83) = (((l_82 = &g_65) == (void*)0) != (p_49 || 1L))), 5)) == 0x8B70F734L)) <= l_85[2]);
    }
    return p_49;
}


/* ------------------------------------------ */
/* 
 * reads : g_38 g_4 g_5 g_65 g_42 g_69
 * writes: g_42 g_65 g_69 g_70
 */
static int16_t  func_50(uint16_t  p_51)
{ /* block id: 20 */
    int32_t *l_58 = (void*)0;
    const uint64_t *l_62 = &g_38;
    uint64_t l_66 = 0x8E0DA53D1EDBCC77LL;
    for (p_51 = (-14); (p_51 < 22); p_51 = safe_add_func_uint64_t_u_u(p_51, 9))
    { /* block id: 23 */
        return p_51;
    }
    for (p_51 = 22; (p_51 >= 14); --p_51)
    { /* block id: 28 */
        const uint32_t l_59 = 0xB1996FCDL;
        int64_t *l_64 = &g_65;
        int32_t *l_67 = (void*)0;
        int32_t *l_68 = &g_69;
        g_42[1][3] = (((l_58 == (void*)0) & (&g_4 != (void*)0)) == ((g_38 || l_59) , 0x0D42L));
        (*l_68) &= ((safe_mul_func_uint16_t_u_u(((((void*)0 == l_62) > ((~((*l_64) ^= ((l_59 >= (g_4 < g_38)) && g_5))) | g_42[1][0])) ^ l_66), 0L)) > l_59);
        g_70[0] = l_58;
    }
    return g_5;
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
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_42[i][j], "g_42[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_65, "g_65", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_77, "g_77", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_93[i], "g_93[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_94, "g_94", print_hash_value);
    transparent_crc(g_151, "g_151", print_hash_value);
    transparent_crc(g_323, "g_323", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_355[i][j], "g_355[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_359[i][j][k], "g_359[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_429, "g_429", print_hash_value);
    transparent_crc(g_492, "g_492", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_498[i], "g_498[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_500[i][j], "g_500[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 144
XXX total union variables: 0

XXX max expression depth: 31
breakdown:
   depth: 1, occurrence: 126
   depth: 2, occurrence: 22
   depth: 4, occurrence: 2
   depth: 5, occurrence: 2
   depth: 6, occurrence: 2
   depth: 7, occurrence: 1
   depth: 8, occurrence: 2
   depth: 9, occurrence: 2
   depth: 10, occurrence: 4
   depth: 11, occurrence: 4
   depth: 12, occurrence: 1
   depth: 13, occurrence: 1
   depth: 14, occurrence: 2
   depth: 16, occurrence: 1
   depth: 17, occurrence: 1
   depth: 19, occurrence: 2
   depth: 21, occurrence: 2
   depth: 22, occurrence: 3
   depth: 25, occurrence: 1
   depth: 26, occurrence: 1
   depth: 28, occurrence: 1
   depth: 31, occurrence: 1

XXX total number of pointers: 118

XXX times a variable address is taken: 163
XXX times a pointer is dereferenced on RHS: 29
breakdown:
   depth: 1, occurrence: 25
   depth: 2, occurrence: 4
XXX times a pointer is dereferenced on LHS: 68
breakdown:
   depth: 1, occurrence: 67
   depth: 2, occurrence: 1
XXX times a pointer is compared with null: 13
XXX times a pointer is compared with address of another variable: 2
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 2057

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 290
   level: 2, occurrence: 20
XXX number of pointers point to pointers: 27
XXX number of pointers point to scalars: 91
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 28
XXX average alias set size: 1.33

XXX times a non-volatile is read: 358
XXX times a non-volatile is write: 205
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 1

XXX stmts: 121
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 17
   depth: 1, occurrence: 22
   depth: 2, occurrence: 35
   depth: 3, occurrence: 47

XXX percentage a fresh-made variable is used: 16
XXX percentage an existing variable is used: 84
********************* end of statistics **********************/

