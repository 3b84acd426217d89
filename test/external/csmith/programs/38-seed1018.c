/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1018 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1018
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
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
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
static int32_t safe_unary_minus_func_int32_t_s(int32_t a) { return (a == (-2147483647 - 1)) ? a : (int32_t)-a; }
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint16_t  f0;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2[4] = {0xBEAA32B1L,0xBEAA32B1L,0xBEAA32B1L,0xBEAA32B1L};
static uint64_t g_7 = 18446744073709551611UL;
static int32_t g_11 = (-1L);
static uint64_t g_13 = 0x4392F20920A6FF60LL;
static uint8_t g_45 = 0xFAL;
static int16_t g_55[1][1][4] = {{{0xEA98L,0xEA98L,0xEA98L,0xEA98L}}};
static int64_t g_66[2] = {(-7L),(-7L)};
static int32_t g_68 = 0xA9823142L;
static const struct S0 g_82 = {65535UL};
static const struct S0 *g_104 = (void*)0;
static struct S0 g_117 = {0x0B7DL};
static struct S0 g_120[5] = {{0x18C8L},{0x18C8L},{0x18C8L},{0x18C8L},{0x18C8L}};
static uint8_t g_136 = 0x27L;
static int64_t g_140 = 0x3FACB5C8199CC8C3LL;
static int32_t g_143 = 0x7B1210CAL;
static int32_t g_144 = 0L;
static int32_t g_147[2][2] = {{1L,1L},{1L,1L}};
static int32_t g_153 = 5L;
static int16_t *g_221 = &g_55[0][0][2];
static int16_t ** const g_220[3][1][1] = {{{&g_221}},{{&g_221}},{{&g_221}}};
static int16_t ** const *g_219 = &g_220[0][0][0];
static uint8_t **g_230 = (void*)0;
static uint8_t ***g_229 = &g_230;
static uint32_t g_254 = 1UL;
static int32_t *g_311 = (void*)0;
static int32_t **g_310[5][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
static int32_t **g_315 = &g_311;
static const int8_t * const g_419 = (void*)0;
static int8_t g_433 = 0x25L;
static uint64_t g_460 = 0x694168BD10AD33CDLL;
static int32_t g_493 = 0x6742B50EL;
static int16_t g_500 = 0x6843L;


/* --- FORWARD DECLARATIONS --- */
static struct S0  func_1(void);
static const uint64_t  func_8(uint64_t * p_9);
static int32_t * func_23(int64_t  p_24, uint64_t * p_25, uint32_t  p_26, int32_t  p_27);
static int16_t  func_34(int32_t * p_35, const int16_t  p_36, uint64_t * p_37);
static const struct S0 * func_58(int32_t  p_59, int16_t * p_60, uint64_t * p_61, int32_t * p_62, int16_t * p_63);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_7 g_13 g_11 g_45 g_68 g_66 g_104 g_82 g_136 g_120.f0 g_144 g_147 g_219 g_140 g_229 g_153 g_143 g_220 g_221 g_55 g_117.f0 g_254 g_120 g_310 g_419 g_460 g_493 g_500
 * writes: g_2 g_7 g_13 g_11 g_45 g_66 g_68 g_104 g_117 g_120 g_136 g_147 g_143 g_144 g_153 g_254 g_310 g_315 g_140 g_55 g_433 g_460 g_493 g_500
 */
static struct S0  func_1(void)
{ /* block id: 0 */
    uint16_t l_5[2][2] = {{0UL,0UL},{0UL,0UL}};
    int32_t l_456[3][5] = {{(-1L),(-1L),(-1L),(-1L),(-1L)},{0xA02A07A7L,0xA02A07A7L,0xA02A07A7L,0xA02A07A7L,0xA02A07A7L},{(-1L),(-1L),(-1L),(-1L),(-1L)}};
    struct S0 l_516 = {0x9DD2L};
    int i, j;
    for (g_2[3] = 0; (g_2[3] != 7); g_2[3]++)
    { /* block id: 3 */
        uint64_t *l_6 = &g_7;
        int32_t l_444 = 9L;
        int32_t l_445 = 0xB938308AL;
        int32_t l_458[4][5][1] = {{{1L},{1L},{0L},{1L},{1L}},{{1L},{0L},{1L},{1L},{1L}},{{0L},{1L},{1L},{1L},{0L}},{{1L},{1L},{1L},{0L},{1L}}};
        int32_t l_470 = 1L;
        uint16_t l_477 = 65530UL;
        uint16_t l_488[1][4];
        int64_t *l_490 = (void*)0;
        int64_t **l_489 = &l_490;
        int32_t *l_491 = (void*)0;
        int32_t *l_492[3];
        int32_t *l_494[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
        struct S0 *l_502 = &g_120[2];
        struct S0 **l_501 = &l_502;
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_488[i][j] = 0xF23EL;
        }
        for (i = 0; i < 3; i++)
            l_492[i] = &g_493;
        if (((((*l_6) |= (l_5[0][0] && (-1L))) && func_8(&g_7)) , (safe_sub_func_uint64_t_u_u(((!(l_444 |= 5L)) > l_445), g_55[0][0][2]))))
        { /* block id: 260 */
            int8_t l_452 = 0xBFL;
            int32_t *l_453 = &g_153;
            int32_t *l_454 = &l_445;
            int32_t *l_455[3];
            int32_t l_457 = (-1L);
            int8_t l_459 = 0x40L;
            uint8_t *l_463 = (void*)0;
            uint8_t *l_464 = (void*)0;
            uint8_t *l_465[5][2];
            int i, j;
            for (i = 0; i < 3; i++)
                l_455[i] = &g_143;
            for (i = 0; i < 5; i++)
            {
                for (j = 0; j < 2; j++)
                    l_465[i][j] = &g_136;
            }
            (*l_453) &= (l_445 , (safe_div_func_uint32_t_u_u((safe_sub_func_int8_t_s_s((safe_div_func_uint8_t_u_u((((g_117.f0 ^ 2UL) != 0x550092BA3B6F3492LL) && (l_444 != 6L)), (-1L))), l_5[0][0])), l_452)));
            --g_460;
            (*l_453) |= (((g_45--) ^ 0xF0L) , (l_445 >= 0UL));
        }
        else
        { /* block id: 265 */
            struct S0 l_471 = {7UL};
            int32_t l_487 = 0x50A41C22L;
            for (g_7 = 28; (g_7 < 47); g_7 = safe_add_func_uint16_t_u_u(g_7, 1))
            { /* block id: 268 */
                if (l_470)
                    break;
                return l_471;
            }
            for (g_45 = 0; (g_45 <= 1); g_45 += 1)
            { /* block id: 274 */
                int32_t *l_472 = &g_147[0][0];
                int32_t *l_473 = &g_143;
                int32_t *l_474 = &g_147[g_45][g_45];
                int32_t *l_475 = (void*)0;
                int32_t *l_476[5][3] = {{&l_445,&l_456[(g_45 + 1)][g_45],&l_445},{(void*)0,(void*)0,(void*)0},{&l_445,&l_456[(g_45 + 1)][g_45],&l_445},{(void*)0,(void*)0,(void*)0},{&l_445,&l_456[(g_45 + 1)][g_45],&l_445}};
                uint32_t *l_484 = &g_254;
                int i, j;
                l_477--;
                if (g_66[g_45])
                    break;
                if (g_147[g_45][g_45])
                    break;
                (*l_472) = (l_456[(g_45 + 1)][(g_45 + 1)] && (((safe_mul_func_int8_t_s_s((18446744073709551609UL || ((safe_add_func_int16_t_s_s((-1L), ((((((*l_484) = g_55[0][0][3]) && (safe_add_func_uint32_t_u_u(l_471.f0, l_5[0][0]))) ^ 0xE8DBB4F67FC84AFALL) , 0x31C97152L) >= l_487))) ^ (*l_473))), 0xEDL)) >= 18446744073709551606UL) >= l_488[0][3]));
            }
        }
        l_494[0] = func_23(g_68, &g_13, g_66[0], (g_493 &= ((((*l_6) ^= (((*l_489) = &g_66[0]) != (void*)0)) == g_147[0][0]) , g_147[0][0])));
        for (l_470 = 0; (l_470 < (-18)); l_470 = safe_sub_func_int16_t_s_s(l_470, 3))
        { /* block id: 288 */
            uint32_t l_497 = 0UL;
            ++l_497;
            g_500 &= l_497;
            if (l_497)
                continue;
        }
        g_104 = ((*l_501) = &g_117);
    }
    for (g_143 = 25; (g_143 > (-18)); g_143 = safe_sub_func_int64_t_s_s(g_143, 1))
    { /* block id: 298 */
        uint16_t *l_510 = &l_5[1][1];
        const int32_t l_514 = (-1L);
        int32_t *l_515 = &g_144;
        (*l_515) |= (safe_rshift_func_uint8_t_u_u(1UL, (((safe_sub_func_uint16_t_u_u((l_456[1][4] > (((+(g_66[0] | (--(*l_510)))) || (((((!g_143) != 0xE89AL) == (***g_219)) == l_5[0][0]) == l_514)) <= l_514)), l_514)) <= 0L) && l_514)));
    }
    return l_516;
}


/* ------------------------------------------ */
/* 
 * reads : g_13 g_7 g_2 g_11 g_45 g_68 g_66 g_104 g_82 g_136 g_120.f0 g_144 g_147 g_117.f0 g_219 g_140 g_229 g_143 g_153 g_220 g_221 g_55 g_254 g_120 g_310 g_419
 * writes: g_13 g_11 g_45 g_66 g_68 g_104 g_117 g_120 g_136 g_147 g_143 g_144 g_153 g_254 g_310 g_315 g_140 g_7 g_55 g_433
 */
static const uint64_t  func_8(uint64_t * p_9)
{ /* block id: 5 */
    int32_t *l_10 = &g_11;
    int32_t *l_12[1][3];
    uint64_t *l_28 = &g_13;
    int32_t **l_328 = &l_12[0][2];
    int32_t l_329 = 3L;
    int32_t *l_330 = (void*)0;
    int32_t *l_331 = &l_329;
    uint32_t l_341 = 0UL;
    int16_t **l_361 = &g_221;
    int16_t ***l_360 = &l_361;
    struct S0 l_377 = {0UL};
    const int32_t l_440 = (-10L);
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_12[i][j] = &g_11;
    }
    g_13--;
    (*l_331) = ((*l_10) = (+(~((safe_sub_func_uint64_t_u_u((*p_9), (safe_mul_func_uint8_t_u_u((g_2[3] ^ ((safe_unary_minus_func_uint32_t_u((l_10 == ((*l_328) = func_23((((((*l_28) = 4UL) > ((l_12[0][0] == l_10) , (*l_10))) >= 0x538770CEL) , g_2[1]), l_28, (*l_10), g_11))))) & 1L)), l_329)))) || g_143))));
    if ((((&g_120[0] != &g_120[3]) && ((safe_sub_func_int32_t_s_s(0xE4177E30L, (safe_add_func_int32_t_s_s(((!(safe_div_func_int8_t_s_s((((safe_sub_func_int32_t_s_s((g_66[0] , (*l_10)), l_341)) & (*l_331)) && (*l_331)), (*l_331)))) ^ g_136), 1UL)))) & (*l_10))) >= (*l_10)))
    { /* block id: 183 */
        uint8_t *l_342 = (void*)0;
        uint8_t *l_343 = &g_45;
        int32_t l_356 = 0L;
        if (((*l_10) = (g_55[0][0][2] >= ((*l_343) &= 0x8BL))))
        { /* block id: 186 */
            struct S0 l_346 = {65528UL};
            int16_t **l_359 = &g_221;
            int16_t ***l_358 = &l_359;
            int16_t ****l_357[5][3][3] = {{{(void*)0,&l_358,(void*)0},{&l_358,&l_358,&l_358},{&l_358,(void*)0,(void*)0}},{{(void*)0,&l_358,&l_358},{&l_358,(void*)0,(void*)0},{&l_358,&l_358,&l_358}},{{&l_358,&l_358,&l_358},{(void*)0,&l_358,&l_358},{&l_358,&l_358,(void*)0}},{{&l_358,&l_358,&l_358},{(void*)0,&l_358,(void*)0},{&l_358,&l_358,&l_358}},{{&l_358,(void*)0,(void*)0},{(void*)0,&l_358,&l_358},{&l_358,(void*)0,(void*)0}}};
            int i, j, k;
            for (g_140 = 0; (g_140 > (-27)); g_140--)
            { /* block id: 189 */
                uint8_t l_347 = 0xA5L;
                int32_t l_355 = (-1L);
                g_120[0] = l_346;
                l_347++;
                (*l_328) = func_23(g_55[0][0][0], p_9, ((((safe_unary_minus_func_uint64_t_u((safe_sub_func_uint16_t_u_u(g_147[1][0], (safe_div_func_uint64_t_u_u(0xCAD0A982E34CCA1ALL, ((l_355 = ((*p_9) || (*p_9))) && g_13))))))) , 0x0C2CFD82L) < l_347) , l_356), l_356);
                (*l_10) |= ((*l_331) = 2L);
            }
            l_360 = (((*l_328) == &l_356) , (void*)0);
            (*l_328) = &l_356;
        }
        else
        { /* block id: 199 */
            int64_t *l_364 = (void*)0;
            int64_t *l_365 = (void*)0;
            int64_t *l_366 = &g_66[1];
            (*l_331) = (l_356 , (safe_rshift_func_int8_t_s_s((((*l_366) |= l_356) & 0L), 0)));
        }
        for (g_254 = 0; (g_254 > 58); g_254 = safe_add_func_int8_t_s_s(g_254, 2))
        { /* block id: 205 */
            int16_t l_381 = 0xD15DL;
            int32_t l_382 = 0xBDF8E17AL;
            for (l_356 = 1; (l_356 < 21); l_356++)
            { /* block id: 208 */
                uint64_t l_378[5][5] = {{0xEDC83CE190164ACFLL,0x94FBD02CD53D466ALL,0xEDC83CE190164ACFLL,0x94FBD02CD53D466ALL,0xEDC83CE190164ACFLL},{6UL,6UL,5UL,5UL,6UL},{8UL,0x94FBD02CD53D466ALL,8UL,0x94FBD02CD53D466ALL,8UL},{6UL,5UL,5UL,6UL,6UL},{0xEDC83CE190164ACFLL,0x94FBD02CD53D466ALL,0xEDC83CE190164ACFLL,0x94FBD02CD53D466ALL,0xEDC83CE190164ACFLL}};
                int i, j;
                (*l_328) = (*l_328);
                l_382 &= (safe_mul_func_int16_t_s_s(((safe_mod_func_int32_t_s_s((safe_sub_func_int64_t_s_s(((*l_331) > (l_377 , l_378[0][3])), (++(*p_9)))), l_356)) & l_381), g_66[0]));
            }
        }
    }
    else
    { /* block id: 214 */
        uint32_t l_383 = 18446744073709551609UL;
        const struct S0 l_394 = {65532UL};
        uint8_t *l_430 = &g_45;
        uint8_t **l_429 = &l_430;
        l_383--;
        for (l_383 = 10; (l_383 <= 55); l_383++)
        { /* block id: 218 */
            int32_t l_390 = 0L;
            struct S0 *l_395 = &g_120[3];
            for (g_117.f0 = 0; (g_117.f0 >= 50); ++g_117.f0)
            { /* block id: 221 */
                uint32_t l_391 = 2UL;
                --l_391;
                return (*p_9);
            }
            (*l_395) = l_394;
            if (l_383)
                break;
            (*l_331) |= (safe_mul_func_int16_t_s_s(((***g_219) |= 0xE4B0L), (safe_add_func_int16_t_s_s((*l_10), ((l_390 >= (l_390 || 0x15C263F2L)) & 1L)))));
        }
        if ((~(*p_9)))
        { /* block id: 230 */
            const struct S0 **l_403 = &g_104;
            (*l_10) &= (safe_mul_func_uint8_t_u_u((1UL > (65535UL ^ 1UL)), ((void*)0 == p_9)));
            (*l_403) = &l_394;
        }
        else
        { /* block id: 233 */
            struct S0 *l_406[3];
            struct S0 **l_405 = &l_406[2];
            struct S0 ***l_404[3];
            const uint8_t *l_427 = &g_136;
            const uint8_t **l_426 = &l_427;
            const uint8_t ***l_428 = &l_426;
            int32_t l_431[4][5][1];
            int8_t *l_432 = &g_433;
            uint16_t l_434[4] = {0x4D2BL,0x4D2BL,0x4D2BL,0x4D2BL};
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_406[i] = &g_120[0];
            for (i = 0; i < 3; i++)
                l_404[i] = &l_405;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 5; j++)
                {
                    for (k = 0; k < 1; k++)
                        l_431[i][j][k] = 7L;
                }
            }
lbl_435:
            l_404[0] = (void*)0;
            (*l_331) = (((safe_rshift_func_uint8_t_u_s(((g_82.f0 < (safe_mod_func_uint32_t_u_u((safe_add_func_int8_t_s_s(((*l_432) = ((safe_mod_func_int16_t_s_s((safe_mod_func_uint32_t_u_u((((void*)0 != g_221) != ((safe_mul_func_int8_t_s_s((g_419 == ((safe_lshift_func_uint16_t_u_s(((safe_rshift_func_int8_t_s_u(((safe_mul_func_uint8_t_u_u((((*l_428) = l_426) != l_429), g_13)) <= (*l_10)), 1)) ^ l_394.f0), l_431[0][1][0])) , (void*)0)), 0xDDL)) < g_147[0][1])), g_117.f0)), (-2L))) , 0xFDL)), l_383)), 0xE20E82DDL))) <= g_55[0][0][1]), 5)) != (-1L)) > l_431[0][1][0]);
            for (l_377.f0 = 0; (l_377.f0 <= 1); l_377.f0 += 1)
            { /* block id: 240 */
                int i;
                l_434[3] |= (0x95L | ((*l_432) = g_66[l_377.f0]));
                if (g_153)
                    goto lbl_435;
            }
        }
    }
    for (l_377.f0 = 0; (l_377.f0 < 43); l_377.f0 = safe_add_func_uint16_t_u_u(l_377.f0, 2))
    { /* block id: 249 */
        int32_t *l_439 = &g_11;
        for (g_144 = 3; (g_144 >= 0); g_144 -= 1)
        { /* block id: 252 */
            int32_t *l_438 = (void*)0;
            l_438 = (l_439 = l_438);
            (*l_328) = l_439;
        }
    }
    return l_440;
}


/* ------------------------------------------ */
/* 
 * reads : g_45 g_11 g_13 g_68 g_66 g_2 g_104 g_82 g_136 g_120.f0 g_144 g_7 g_147 g_117.f0 g_219 g_140 g_229 g_143 g_153 g_220 g_221 g_55 g_254 g_120 g_310
 * writes: g_11 g_45 g_66 g_68 g_104 g_13 g_117 g_120 g_136 g_147 g_143 g_144 g_153 g_254 g_310 g_315
 */
static int32_t * func_23(int64_t  p_24, uint64_t * p_25, uint32_t  p_26, int32_t  p_27)
{ /* block id: 8 */
    int32_t *l_192 = &g_147[0][0];
    int32_t l_207[4][2];
    int32_t *l_212 = &g_11;
    uint64_t *l_225 = &g_7;
    uint8_t * const l_228 = &g_45;
    uint8_t * const * const l_227[1] = {&l_228};
    uint8_t * const * const *l_226 = &l_227[0];
    uint8_t ***l_238[2][1][1];
    uint16_t l_244 = 0xB37AL;
    uint16_t l_263[3][5][5] = {{{0UL,1UL,1UL,1UL,1UL},{0UL,1UL,1UL,1UL,1UL},{0UL,1UL,1UL,1UL,1UL},{0UL,1UL,1UL,1UL,1UL},{0UL,1UL,1UL,1UL,1UL}},{{0UL,1UL,1UL,1UL,1UL},{0UL,1UL,1UL,1UL,1UL},{0UL,1UL,1UL,1UL,1UL},{0UL,1UL,1UL,1UL,1UL},{0UL,1UL,1UL,1UL,1UL}},{{0UL,1UL,1UL,1UL,1UL},{0UL,1UL,1UL,1UL,1UL},{0UL,1UL,1UL,1UL,0x850CL},{65535UL,0x850CL,1UL,1UL,0x850CL},{65535UL,0x850CL,1UL,1UL,0x850CL}}};
    struct S0 l_281[4][5] = {{{0xA7F0L},{0xA7F0L},{0xA7F0L},{0xA7F0L},{0xA7F0L}},{{0xA7F0L},{0xA7F0L},{0xA7F0L},{0xA7F0L},{0xA7F0L}},{{0xA7F0L},{0xA7F0L},{0xA7F0L},{0xA7F0L},{0xA7F0L}},{{0xA7F0L},{0xA7F0L},{0xA7F0L},{0xA7F0L},{0xA7F0L}}};
    int16_t l_284 = 0x6132L;
    int64_t l_294 = 2L;
    int32_t *l_326 = &l_207[1][1];
    int32_t *l_327 = (void*)0;
    int i, j, k;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_207[i][j] = 0x336B333FL;
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 1; k++)
                l_238[i][j][k] = &g_230;
        }
    }
    for (p_24 = 16; (p_24 > 26); ++p_24)
    { /* block id: 11 */
        int16_t *l_205 = &g_55[0][0][2];
        int32_t l_206 = 0xA9E49857L;
        uint8_t *l_210 = &g_136;
        uint8_t **l_209 = &l_210;
        for (p_26 = 0; (p_26 <= 58); p_26 = safe_add_func_uint8_t_u_u(p_26, 1))
        { /* block id: 14 */
            struct S0 *l_190 = &g_120[0];
            int32_t l_191 = 0x3381A398L;
            int32_t *l_196 = &l_191;
            int32_t **l_195 = &l_196;
            int16_t *l_204[4][5] = {{(void*)0,&g_55[0][0][2],&g_55[0][0][0],&g_55[0][0][2],&g_55[0][0][0]},{&g_55[0][0][0],&g_55[0][0][0],&g_55[0][0][2],&g_55[0][0][2],(void*)0},{&g_55[0][0][2],(void*)0,(void*)0,&g_55[0][0][2],&g_55[0][0][0]},{&g_55[0][0][2],&g_55[0][0][2],&g_55[0][0][3],&g_55[0][0][3],&g_55[0][0][2]}};
            int32_t *l_208 = &g_144;
            uint8_t ***l_211 = &l_209;
            int i, j;
            l_192 = ((!(func_34(&g_2[1], p_24, p_25) , ((l_190 == l_190) > l_191))) , &l_191);
            g_11 = (safe_add_func_uint64_t_u_u(((((*l_195) = (l_192 = (void*)0)) != &g_11) , g_68), (((safe_add_func_uint16_t_u_u((safe_add_func_int32_t_s_s((((safe_div_func_uint16_t_u_u((+(g_13 != (l_204[1][2] == l_205))), l_206)) , (void*)0) == l_204[1][2]), g_147[0][0])), p_26)) & l_207[1][1]) >= p_24)));
            (*l_208) = 0xDC75B22AL;
            (*l_211) = l_209;
        }
    }
    (*l_212) = g_136;
    if (((*l_212) = p_27))
    { /* block id: 112 */
        uint32_t l_232 = 0xA91DF0A7L;
        uint8_t ****l_239 = &l_238[0][0][0];
        for (g_117.f0 = 16; (g_117.f0 != 12); g_117.f0--)
        { /* block id: 115 */
            uint32_t l_231 = 0x6119E419L;
            (*l_212) |= ((((g_45 |= (safe_sub_func_uint32_t_u_u(4294967293UL, ((safe_mul_func_int16_t_s_s((p_24 > ((g_219 != (((4294967292UL & (safe_unary_minus_func_uint32_t_u((((safe_div_func_int64_t_s_s((0UL <= g_2[3]), g_136)) ^ 0xEDL) , p_26)))) >= g_82.f0) , &g_220[1][0][0])) != g_140)), 0x9A00L)) < g_147[0][1])))) , (void*)0) != l_225) , p_27);
            g_11 |= (&l_207[2][1] != &l_207[1][1]);
            l_232 ^= (l_231 = ((l_226 != g_229) & 0x79L));
            if (g_13)
                continue;
        }
        (*l_212) = 0x9EEEF5E0L;
        g_153 = (!(safe_mul_func_uint16_t_u_u(((g_136 |= ((safe_mod_func_int32_t_s_s(((((*l_212) &= p_27) == ((((*l_239) = l_238[1][0][0]) == (p_24 , &g_230)) != (l_232 , 2UL))) == 0x72028F88B38F8759LL), g_140)) < 18446744073709551612UL)) > l_232), p_24)));
    }
    else
    { /* block id: 128 */
        int32_t l_252[1][3][3] = {{{2L,2L,2L},{0x81DF60D0L,0x8C7C72AEL,0x81DF60D0L},{2L,2L,2L}}};
        int32_t l_276[5] = {(-10L),(-10L),(-10L),(-10L),(-10L)};
        uint8_t l_277 = 0xE1L;
        struct S0 l_285 = {5UL};
        const uint32_t l_304 = 18446744073709551612UL;
        uint32_t l_307[2][4][5] = {{{0xCF4CB1A8L,0xCF4CB1A8L,0x167F1DE0L,0xC91FD1CDL,0x167F1DE0L},{0xCF4CB1A8L,0xCF4CB1A8L,0x167F1DE0L,0xC91FD1CDL,0x167F1DE0L},{0xCF4CB1A8L,0xCF4CB1A8L,0x167F1DE0L,0xC91FD1CDL,0x167F1DE0L},{0xCF4CB1A8L,0xCF4CB1A8L,0x167F1DE0L,0xC91FD1CDL,0x167F1DE0L}},{{0xCF4CB1A8L,0xCF4CB1A8L,0x167F1DE0L,0xC91FD1CDL,0x167F1DE0L},{0xCF4CB1A8L,0xCF4CB1A8L,0x167F1DE0L,0xC91FD1CDL,0x167F1DE0L},{0xCF4CB1A8L,0xCF4CB1A8L,0x167F1DE0L,0xC91FD1CDL,0x167F1DE0L},{0xCF4CB1A8L,0xCF4CB1A8L,0x167F1DE0L,0xC91FD1CDL,0x167F1DE0L}}};
        int32_t ***l_312 = &g_310[0][0];
        int32_t **l_314 = &g_311;
        int32_t ***l_313[4][3] = {{&l_314,&l_314,&l_314},{&l_314,&l_314,&l_314},{&l_314,&l_314,&l_314},{&l_314,&l_314,&l_314}};
        uint16_t *l_323 = &g_120[0].f0;
        int i, j, k;
        for (g_143 = 0; (g_143 <= 0); g_143 += 1)
        { /* block id: 131 */
            for (g_153 = 1; (g_153 >= 0); g_153 -= 1)
            { /* block id: 134 */
                int32_t **l_245 = &l_192;
                uint32_t *l_253 = &g_254;
                int i, j;
                (*l_245) = (((&l_207[(g_143 + 2)][g_143] == &l_207[(g_143 + 1)][g_143]) < ((safe_div_func_uint64_t_u_u((l_207[(g_153 + 2)][(g_143 + 1)] , (safe_mod_func_int64_t_s_s((l_244 >= p_26), g_136))), (*p_25))) , g_144)) , &g_2[3]);
                g_144 ^= (((p_24 , (((*l_253) |= ((safe_mul_func_uint16_t_u_u((p_24 || (((*g_219) != (void*)0) ^ ((safe_mod_func_int32_t_s_s((((safe_sub_func_int16_t_s_s((***g_219), (*l_192))) | g_117.f0) ^ l_252[0][2][0]), g_11)) > p_26))), 0xCEA4L)) >= (**l_245))) , p_26)) < p_24) && g_254);
            }
            return &g_144;
        }
        for (g_153 = 7; (g_153 > 7); g_153++)
        { /* block id: 143 */
            uint8_t l_264 = 247UL;
            int32_t l_278 = (-1L);
            int64_t *l_279 = &g_66[0];
            struct S0 *l_282[2];
            uint8_t *l_286 = &l_277;
            uint32_t *l_287 = &g_254;
            int32_t l_298[3];
            int32_t *l_306[4] = {&l_276[3],&l_276[3],&l_276[3],&l_276[3]};
            int i;
            for (i = 0; i < 2; i++)
                l_282[i] = &g_120[0];
            for (i = 0; i < 3; i++)
                l_298[i] = 0x4E013F2BL;
            for (g_254 = (-8); (g_254 > 18); g_254++)
            { /* block id: 146 */
                g_143 |= 0x54BE98FBL;
            }
            if ((safe_rshift_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_s((((***l_226) = l_263[2][2][4]) == ((*l_212) &= p_27)), 11)) || ((l_264--) ^ (safe_mod_func_uint32_t_u_u(((safe_div_func_int16_t_s_s(((((***g_219) , g_120[0]) , (l_278 = ((safe_add_func_int64_t_s_s((((*l_279) = (((~((((((safe_mul_func_uint16_t_u_u((p_24 >= l_276[1]), (***g_219))) < l_252[0][1][0]) > g_13) , l_277) && l_278) >= (*l_212))) ^ (-10L)) <= 0x868B9053L)) ^ (*p_25)), g_55[0][0][0])) == (*l_212)))) != g_68), p_26)) & 0x0B43L), (*l_212))))), p_24)))
            { /* block id: 154 */
                uint32_t l_280 = 0xCDDC259CL;
                l_280 = 0xF6686054L;
            }
            else
            { /* block id: 156 */
                return &g_2[2];
            }
            g_120[0] = l_281[3][0];
            if ((((*l_287) = (((safe_unary_minus_func_int16_t_s((((l_284 , (l_285 , (l_286 = l_286))) != (((*g_221) < (6L && 0x9E71L)) , (void*)0)) , (***g_219)))) || p_27) < l_278)) > 0L))
            { /* block id: 162 */
                int32_t *l_288 = &g_147[0][0];
                uint16_t *l_295[5] = {&l_263[2][2][4],&l_263[2][2][4],&l_263[2][2][4],&l_263[2][2][4],&l_263[2][2][4]};
                int i;
                (*l_212) &= 0x293D5A49L;
                l_288 = &l_276[2];
                (*l_288) = (safe_div_func_uint8_t_u_u((safe_div_func_int32_t_s_s(((((!((*l_212) |= l_294)) <= (safe_add_func_int32_t_s_s((0UL || ((--g_117.f0) , (l_287 == ((p_24 ^ (safe_sub_func_int16_t_s_s((!(0x8135L != l_304)), (*g_221)))) , &g_254)))), g_66[0]))) <= p_24) <= 4294967295UL), g_143)), 247UL));
            }
            else
            { /* block id: 168 */
                int32_t *l_305 = (void*)0;
                l_306[1] = l_305;
                return l_305;
            }
        }
        ++l_307[1][3][4];
        (*l_212) = ((g_315 = ((*l_312) = g_310[3][0])) == (((safe_rshift_func_uint8_t_u_s((+(*l_212)), 1)) != (safe_lshift_func_int8_t_s_u((safe_mod_func_int16_t_s_s((*l_212), (++(*l_323)))), (g_82.f0 & (p_24 && p_24))))) , (void*)0));
    }
    return l_327;
}


/* ------------------------------------------ */
/* 
 * reads : g_11 g_45 g_13 g_68 g_66 g_2 g_104 g_82 g_136 g_120.f0 g_144 g_7
 * writes: g_11 g_45 g_66 g_68 g_104 g_13 g_117 g_120 g_136 g_147 g_143
 */
static int16_t  func_34(int32_t * p_35, const int16_t  p_36, uint64_t * p_37)
{ /* block id: 15 */
    int8_t l_46 = (-1L);
    int32_t l_56 = 0xFC401265L;
    int64_t *l_65[5][2][4] = {{{&g_66[0],(void*)0,&g_66[0],(void*)0},{&g_66[0],(void*)0,&g_66[0],(void*)0}},{{&g_66[0],(void*)0,&g_66[0],(void*)0},{&g_66[0],(void*)0,&g_66[0],(void*)0}},{{&g_66[0],(void*)0,&g_66[0],(void*)0},{&g_66[0],(void*)0,&g_66[0],(void*)0}},{{&g_66[0],(void*)0,&g_66[0],(void*)0},{&g_66[0],(void*)0,&g_66[0],(void*)0}},{{&g_66[0],(void*)0,&g_66[0],(void*)0},{&g_66[0],(void*)0,&g_66[0],(void*)0}}};
    int32_t *l_67 = &g_68;
    int16_t *l_69 = (void*)0;
    const struct S0 *l_103 = &g_82;
    const struct S0 **l_102[5] = {&l_103,&l_103,&l_103,&l_103,&l_103};
    int32_t l_146 = 0x7EA6E2EEL;
    int32_t l_150 = 0xC9DD34E5L;
    int32_t l_151 = 0x66F024E2L;
    int32_t l_152[2][1][1];
    uint16_t l_162 = 0x6C43L;
    int i, j, k;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 1; k++)
                l_152[i][j][k] = (-1L);
        }
    }
    for (g_11 = 20; (g_11 <= (-11)); g_11 = safe_sub_func_uint64_t_u_u(g_11, 6))
    { /* block id: 18 */
        uint8_t *l_44[3][2] = {{&g_45,&g_45},{&g_45,&g_45},{&g_45,&g_45}};
        int32_t l_47 = 1L;
        int32_t l_48 = 0x056E99FDL;
        uint64_t *l_53 = (void*)0;
        int16_t *l_54[1][4][5] = {{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_55[0][0][2],&g_55[0][0][2],&g_55[0][0][0],&g_55[0][0][2],&g_55[0][0][2]},{(void*)0,(void*)0,&g_55[0][0][2],&g_55[0][0][2],(void*)0},{&g_55[0][0][2],&g_55[0][0][0],&g_55[0][0][0],&g_55[0][0][2],&g_55[0][0][0]}}};
        int32_t *l_57 = &l_47;
        int i, j, k;
        (*l_57) &= (safe_rshift_func_int16_t_s_u((l_56 |= (safe_div_func_int8_t_s_s(((((g_45--) <= p_36) , l_46) != (l_46 != ((l_53 == (void*)0) >= g_11))), (-3L)))), 1));
    }
    g_104 = func_58(((*l_67) &= (((*p_37) && ((0x685266ADL || 4294967290UL) , ((+p_36) , (g_66[0] = 6L)))) , p_36)), l_69, &g_13, p_35, l_69);
    if ((safe_mul_func_int8_t_s_s(0xAFL, ((safe_mul_func_int8_t_s_s(((0x99DBF4B608A7AA08LL > 0L) <= ((&l_103 != &g_104) != 18446744073709551615UL)), g_66[0])) | 0xDBA83BDBL))))
    { /* block id: 46 */
        int32_t *l_111[1];
        uint16_t l_155 = 2UL;
        int i;
        for (i = 0; i < 1; i++)
            l_111[i] = &l_56;
        for (g_13 = (-4); (g_13 < 14); g_13 = safe_add_func_uint32_t_u_u(g_13, 3))
        { /* block id: 49 */
            int32_t **l_112 = (void*)0;
            int32_t *l_113 = &g_11;
            l_113 = l_111[0];
        }
        for (g_45 = 26; (g_45 < 8); --g_45)
        { /* block id: 54 */
            struct S0 *l_116 = &g_117;
            struct S0 *l_118 = (void*)0;
            struct S0 *l_119[5][4] = {{(void*)0,&g_120[0],&g_120[0],(void*)0},{(void*)0,&g_120[0],&g_120[0],(void*)0},{(void*)0,&g_120[0],&g_120[0],(void*)0},{(void*)0,&g_120[0],&g_120[0],(void*)0},{(void*)0,&g_120[0],&g_120[0],(void*)0}};
            int8_t *l_125 = &l_46;
            int32_t l_134 = 0x4670F823L;
            int32_t l_148 = 0x8A40D3F7L;
            int32_t l_149[2];
            int8_t l_154 = 0xE6L;
            int i, j;
            for (i = 0; i < 2; i++)
                l_149[i] = (-3L);
            g_120[0] = ((*l_116) = (*g_104));
            if ((safe_mod_func_int8_t_s_s((safe_div_func_int16_t_s_s((((((*l_125) = p_36) == p_36) != (18446744073709551615UL && (safe_div_func_uint64_t_u_u((safe_rshift_func_uint8_t_u_s((safe_div_func_int16_t_s_s((safe_sub_func_uint8_t_u_u(((0xB3CAL | ((*g_104) , 0xFBE8L)) == 0x2410L), p_36)), l_134)), 1)), p_36)))) | (*p_37)), p_36)), l_56)))
            { /* block id: 58 */
                int64_t l_135[5][3] = {{9L,9L,9L},{1L,1L,1L},{9L,9L,9L},{1L,1L,1L},{9L,9L,9L}};
                int i, j;
                if (l_135[1][1])
                    break;
                if (g_2[3])
                    break;
                g_136--;
            }
            else
            { /* block id: 62 */
                int32_t **l_139 = &l_111[0];
                int32_t l_141 = 4L;
                int32_t l_142 = (-1L);
                int32_t l_145[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_145[i] = 0xD747CD20L;
                (*l_139) = p_35;
                l_155--;
                g_11 |= g_66[0];
                l_149[1] = (**l_139);
            }
        }
        g_147[0][1] = (g_2[3] | (((18446744073709551615UL >= (safe_mod_func_int16_t_s_s((g_120[0].f0 || (g_11 <= (safe_unary_minus_func_int64_t_s(((l_56 = (+(g_144 >= l_56))) && l_162))))), p_36))) , 6L) == p_36));
        for (l_155 = 0; (l_155 > 41); l_155++)
        { /* block id: 73 */
            int32_t **l_168[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            int i;
            for (l_46 = (-24); (l_46 > (-14)); ++l_46)
            { /* block id: 76 */
                if (g_7)
                    break;
            }
            g_143 = (safe_unary_minus_func_int64_t_s(l_162));
            l_111[0] = &g_2[3];
        }
    }
    else
    { /* block id: 82 */
        int32_t l_178 = 0xC5D00A86L;
        int32_t l_179 = 0x259E9505L;
        int32_t l_180 = 1L;
        int32_t l_181[3];
        int16_t l_182[1][2][2];
        uint32_t l_183[4];
        int32_t *l_189 = &l_181[0];
        int32_t **l_188 = &l_189;
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_181[i] = 0x432A41DBL;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
            {
                for (k = 0; k < 2; k++)
                    l_182[i][j][k] = 0x8DCBL;
            }
        }
        for (i = 0; i < 4; i++)
            l_183[i] = 4294967286UL;
        for (l_146 = 1; (l_146 >= 0); l_146 -= 1)
        { /* block id: 85 */
            int64_t l_169 = 0xE345E967DCBB3C64LL;
            int32_t l_170[4][4][3] = {{{2L,0xB0C0423AL,0xB0C0423AL},{0x71B24F34L,0xB0C0423AL,0x6490B889L},{4L,0xB0C0423AL,0x5B32F8ACL},{2L,0xB0C0423AL,0xB0C0423AL}},{{0x71B24F34L,0xB0C0423AL,0x6490B889L},{4L,0xB0C0423AL,0x5B32F8ACL},{2L,0xB0C0423AL,0xB0C0423AL},{0x71B24F34L,0xB0C0423AL,0x6490B889L}},{{4L,0xB0C0423AL,0x5B32F8ACL},{2L,0xB0C0423AL,0xB0C0423AL},{0x71B24F34L,0xB0C0423AL,0x6490B889L},{4L,0xB0C0423AL,0x5B32F8ACL}},{{2L,0xB0C0423AL,0xB0C0423AL},{0x71B24F34L,0xB0C0423AL,0x6490B889L},{4L,0xB0C0423AL,0x5B32F8ACL},{2L,0xB0C0423AL,0xB0C0423AL}}};
            int32_t *l_171 = &l_151;
            int32_t *l_172 = (void*)0;
            int32_t *l_173 = &l_151;
            int32_t *l_174 = &g_147[0][1];
            int32_t *l_175 = &l_56;
            int32_t *l_176 = &g_11;
            int32_t *l_177[5][2] = {{&l_150,&l_150},{&l_150,&l_150},{&l_150,&l_150},{&l_150,&l_150},{&l_150,&l_150}};
            int i, j, k;
            l_183[0]--;
            for (l_151 = 0; (l_151 <= 1); l_151 += 1)
            { /* block id: 89 */
                int i;
                return g_66[l_151];
            }
            for (l_56 = 0; (l_56 <= 1); l_56 += 1)
            { /* block id: 94 */
                int32_t **l_186 = (void*)0;
                int32_t **l_187 = &l_175;
                (*l_187) = &g_144;
            }
        }
        (*l_188) = &l_150;
        (*l_188) = &g_143;
    }
    return p_36;
}


/* ------------------------------------------ */
/* 
 * reads : g_66 g_2 g_11
 * writes: g_45 g_11
 */
static const struct S0 * func_58(int32_t  p_59, int16_t * p_60, uint64_t * p_61, int32_t * p_62, int16_t * p_63)
{ /* block id: 25 */
    int32_t l_79 = 0L;
    int64_t l_80 = 4L;
    int16_t *l_98 = &g_55[0][0][3];
    int16_t **l_97 = &l_98;
    int32_t *l_100 = &g_11;
    int32_t **l_99 = &l_100;
    const struct S0 *l_101[2][3][2];
    int i, j, k;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 2; k++)
                l_101[i][j][k] = &g_82;
        }
    }
    if (((((safe_lshift_func_uint16_t_u_s((safe_add_func_int16_t_s_s((p_59 & ((((safe_unary_minus_func_int32_t_s((p_59 < (g_45 = g_66[0])))) , ((((safe_mod_func_uint16_t_u_u(p_59, (-1L))) > l_79) , 0xD4L) || 0x13L)) , (*p_62)) < 4294967295UL)), g_66[1])), 0)) == l_80) <= 0UL) , g_2[0]))
    { /* block id: 27 */
        const struct S0 *l_81 = &g_82;
        return l_81;
    }
    else
    { /* block id: 29 */
        const uint8_t l_93 = 0xFDL;
        for (g_11 = 0; (g_11 <= 0); g_11 += 1)
        { /* block id: 32 */
            uint8_t *l_87[2];
            int32_t l_94 = 0xE942A635L;
            int16_t **l_95 = (void*)0;
            int i;
            for (i = 0; i < 2; i++)
                l_87[i] = &g_45;
            for (p_59 = 1; (p_59 >= 0); p_59 -= 1)
            { /* block id: 35 */
                uint8_t **l_88 = &l_87[1];
                uint16_t l_92 = 0x6A9CL;
                int16_t ***l_96[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_96[i] = &l_95;
                l_97 = ((safe_lshift_func_uint16_t_u_s(((g_66[g_11] == (safe_add_func_uint32_t_u_u((((&g_45 == ((*l_88) = l_87[1])) || g_2[3]) , (safe_mod_func_int32_t_s_s((+(g_45 = p_59)), 0xF01DA63DL))), l_92))) , l_93), l_94)) , l_95);
            }
            return &g_82;
        }
    }
    (*l_99) = (void*)0;
    return l_101[0][1][0];
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
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_55[i][j][k], "g_55[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_66[i], "g_66[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_82.f0, "g_82.f0", print_hash_value);
    transparent_crc(g_117.f0, "g_117.f0", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_120[i].f0, "g_120[i].f0", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_136, "g_136", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_143, "g_143", print_hash_value);
    transparent_crc(g_144, "g_144", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_147[i][j], "g_147[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_153, "g_153", print_hash_value);
    transparent_crc(g_254, "g_254", print_hash_value);
    transparent_crc(g_433, "g_433", print_hash_value);
    transparent_crc(g_460, "g_460", print_hash_value);
    transparent_crc(g_493, "g_493", print_hash_value);
    transparent_crc(g_500, "g_500", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 122
   depth: 1, occurrence: 7
XXX total union variables: 0

XXX max expression depth: 29
breakdown:
   depth: 1, occurrence: 134
   depth: 2, occurrence: 36
   depth: 3, occurrence: 2
   depth: 4, occurrence: 2
   depth: 5, occurrence: 3
   depth: 7, occurrence: 1
   depth: 8, occurrence: 3
   depth: 9, occurrence: 3
   depth: 11, occurrence: 3
   depth: 12, occurrence: 2
   depth: 13, occurrence: 4
   depth: 14, occurrence: 3
   depth: 15, occurrence: 2
   depth: 16, occurrence: 3
   depth: 18, occurrence: 1
   depth: 19, occurrence: 1
   depth: 25, occurrence: 1
   depth: 29, occurrence: 1

XXX total number of pointers: 142

XXX times a variable address is taken: 180
XXX times a pointer is dereferenced on RHS: 42
breakdown:
   depth: 1, occurrence: 35
   depth: 2, occurrence: 2
   depth: 3, occurrence: 5
XXX times a pointer is dereferenced on LHS: 65
breakdown:
   depth: 1, occurrence: 63
   depth: 2, occurrence: 0
   depth: 3, occurrence: 2
XXX times a pointer is compared with null: 4
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 8
XXX times a pointer is qualified to be dereferenced: 1119

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 528
   level: 2, occurrence: 22
   level: 3, occurrence: 43
   level: 4, occurrence: 1
XXX number of pointers point to pointers: 43
XXX number of pointers point to scalars: 87
XXX number of pointers point to structs: 12
XXX percent of pointers has null in alias set: 31.7
XXX average alias set size: 1.32

XXX times a non-volatile is read: 366
XXX times a non-volatile is write: 224
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 134
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 19
   depth: 1, occurrence: 29
   depth: 2, occurrence: 49
   depth: 3, occurrence: 37

XXX percentage a fresh-made variable is used: 19.7
XXX percentage an existing variable is used: 80.3
********************* end of statistics **********************/

