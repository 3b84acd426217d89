/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1006 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1006
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
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint64_t safe_mod_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a % b); }
static uint8_t safe_mod_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int16_t safe_unary_minus_func_int16_t_s(int16_t a) { return (a == (-32767 - 1)) ? a : (int16_t)-a; }
static uint16_t safe_unary_minus_func_uint16_t_u(uint16_t a) { return (uint16_t)(0u - (uint32_t)a); }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int8_t * f0;
   int8_t * f1;
};

union U1 {
   int16_t  f0;
};

/* --- GLOBAL VARIABLES --- */
static uint32_t g_2[1][2] = {{1UL,1UL}};
static int32_t g_3[3][3][5] = {{{3L,1L,1L,3L,1L},{0xAE5A60D0L,(-1L),(-4L),(-1L),0xAE5A60D0L},{1L,3L,1L,1L,3L}},{{0xAE5A60D0L,9L,(-1L),(-1L),(-1L)},{3L,3L,(-10L),3L,3L},{(-1L),(-1L),(-1L),9L,0xAE5A60D0L}},{{3L,1L,1L,3L,1L},{0xAE5A60D0L,(-1L),(-4L),(-1L),0xAE5A60D0L},{1L,3L,1L,1L,1L}}};
static int8_t g_9 = 0x29L;
static int8_t *g_8 = &g_9;
static int32_t g_13 = 1L;
static uint8_t g_14 = 248UL;
static int64_t g_30 = 0xD6A9B03BE46552DELL;
static int16_t g_33 = 0xD69BL;
static int32_t g_38 = 0xC8F43836L;
static int32_t g_67 = 2L;
static uint16_t g_70 = 0xE23DL;
static uint64_t g_88 = 18446744073709551607UL;
static int32_t g_89 = 0xEE3387E9L;
static int8_t g_172 = 0xC6L;
static union U1 g_175 = {0xA2B1L};
static int32_t *g_179 = &g_89;
static int32_t g_244 = 0xD1984899L;
static int8_t g_246 = 0x98L;
static uint16_t g_248[2] = {0x450CL,0x450CL};
static uint16_t g_341 = 65533UL;
static const union U0 g_365 = {0};
static const int32_t *g_368 = &g_244;


/* --- FORWARD DECLARATIONS --- */
static union U1  func_1(void);
static const int32_t  func_4(int32_t  p_5, int8_t * p_6, int8_t * p_7);
static const int32_t * const  func_15(int8_t * p_16);
static int64_t  func_47(int16_t * p_48, uint8_t  p_49, int32_t * p_50, int32_t  p_51, int16_t  p_52);
static int8_t * func_53(const int32_t  p_54, uint64_t  p_55, int32_t * p_56, const int64_t * p_57, int64_t * p_58);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_8 g_9
 * writes: g_3 g_9 g_13 g_14
 */
static union U1  func_1(void)
{ /* block id: 0 */
    int32_t *l_364 = &g_244;
    int8_t *l_369 = &g_172;
    union U0 *l_375 = (void*)0;
    union U1 l_378 = {0x9DDDL};
    for (g_3[1][1][0] = 0; (g_3[1][1][0] >= 0); g_3[1][1][0] -= 1)
    { /* block id: 3 */
        int8_t *l_10 = &g_9;
        int32_t *l_11 = (void*)0;
        int32_t l_12[3][3][1] = {{{(-1L)},{(-1L)},{0xEB9E9D60L}},{{(-1L)},{(-1L)},{0xEB9E9D60L}},{{(-1L)},{(-1L)},{0xEB9E9D60L}}};
        int16_t *l_353 = (void*)0;
        union U0 *l_377 = (void*)0;
        int i, j, k;
        l_12[0][1][0] ^= func_4(g_3[1][1][0], g_8, l_10);
        for (g_9 = 0; (g_9 <= 0); g_9 += 1)
        { /* block id: 9 */
            int8_t l_349 = 0x86L;
            uint64_t l_350[5][4] = {{0xBE43E4FF47D78C67LL,0xBE43E4FF47D78C67LL,0xBE43E4FF47D78C67LL,0xBE43E4FF47D78C67LL},{0xBE43E4FF47D78C67LL,0xBE43E4FF47D78C67LL,0xBE43E4FF47D78C67LL,0xBE43E4FF47D78C67LL},{0xBE43E4FF47D78C67LL,0xBE43E4FF47D78C67LL,0xBE43E4FF47D78C67LL,0xBE43E4FF47D78C67LL},{0xBE43E4FF47D78C67LL,0xBE43E4FF47D78C67LL,0xBE43E4FF47D78C67LL,0xBE43E4FF47D78C67LL},{0xBE43E4FF47D78C67LL,0xBE43E4FF47D78C67LL,0xBE43E4FF47D78C67LL,0xBE43E4FF47D78C67LL}};
            int32_t l_351 = 2L;
            int8_t l_366 = 0xCFL;
            int8_t *l_372[5] = {&l_366,&l_366,&l_366,&l_366,&l_366};
            int i, j;
            for (g_13 = 0; (g_13 >= 0); g_13 -= 1)
            { /* block id: 12 */
                int8_t *l_17 = (void*)0;
                const int32_t *l_335 = &g_244;
                const int32_t **l_334[1][1];
                const int32_t **l_336 = (void*)0;
                const int32_t **l_337 = &l_335;
                int32_t *l_338 = &g_244;
                int32_t *l_339 = &g_89;
                int32_t *l_340[5][1][4] = {{{(void*)0,&l_12[0][1][0],(void*)0,&l_12[0][1][0]}},{{(void*)0,&l_12[0][1][0],(void*)0,&l_12[0][1][0]}},{{(void*)0,&l_12[0][1][0],(void*)0,&l_12[0][1][0]}},{{(void*)0,&l_12[0][1][0],(void*)0,&l_12[0][1][0]}},{{(void*)0,&l_12[0][1][0],(void*)0,&l_12[0][1][0]}}};
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_334[i][j] = &l_335;
                }
                g_14 = 0x6A7609FAL;
            }
        }
    }
    return l_378;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static const int32_t  func_4(int32_t  p_5, int8_t * p_6, int8_t * p_7)
{ /* block id: 4 */
    return p_5;
}


/* ------------------------------------------ */
/* 
 * reads : g_2 g_9 g_14 g_13 g_33 g_3 g_38 g_70 g_67 g_30 g_89 g_8 g_175 g_172 g_179 g_175.f0 g_244 g_246 g_248 g_88
 * writes: g_30 g_38 g_33 g_70 g_88 g_89 g_67 g_172 g_179 g_175.f0 g_8 g_244 g_248 g_14
 */
static const int32_t * const  func_15(int8_t * p_16)
{ /* block id: 14 */
    uint64_t l_22 = 0x4F32B7B88CDF8ABFLL;
    int64_t *l_29 = &g_30;
    int32_t l_31[3][3][1] = {{{0x6E82A74DL},{0x6E82A74DL},{0L}},{{0x6E82A74DL},{0x6E82A74DL},{0L}},{{0x6E82A74DL},{0x6E82A74DL},{0L}}};
    int16_t *l_32[2];
    int32_t l_34[4][2][1] = {{{1L},{1L}},{{(-1L)},{1L}},{{1L},{(-1L)}},{{1L},{1L}}};
    int32_t *l_35 = (void*)0;
    int32_t l_36[5];
    int32_t *l_37 = &g_38;
    int8_t *l_39 = (void*)0;
    int8_t *l_40 = &g_9;
    uint32_t l_41 = 4UL;
    uint16_t *l_305[2];
    union U1 l_312 = {0L};
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_32[i] = &g_33;
    for (i = 0; i < 5; i++)
        l_36[i] = 0L;
    for (i = 0; i < 2; i++)
        l_305[i] = (void*)0;
    if ((safe_lshift_func_uint16_t_u_u((((((safe_mod_func_int64_t_s_s((l_22 || g_2[0][0]), func_4(func_4(((*l_37) = (safe_mul_func_int16_t_s_s((g_2[0][1] < ((l_36[2] ^= (safe_rshift_func_uint16_t_u_u((safe_lshift_func_int16_t_s_s((((*l_29) = g_9) , (l_34[3][0][0] = (l_31[2][2][0] = l_22))), 15)), 10))) | 1L)), 0x4D89L))), &g_9, l_39), l_40, &g_9))) == l_41) > g_14) <= l_22) , l_34[3][0][0]), g_13)))
    { /* block id: 20 */
        const uint16_t l_44 = 0xDED6L;
        uint16_t *l_247 = &g_248[0];
        int32_t *l_249 = &l_31[2][2][0];
        union U0 l_251 = {0};
        int16_t l_259 = 1L;
        int32_t *l_260 = &g_89;
        int32_t *l_261[1][4][3] = {{{&g_3[1][1][0],&g_13,&g_89},{(void*)0,&g_13,(void*)0},{&l_34[1][0][0],&g_3[1][1][0],&g_89},{&l_34[1][0][0],&l_34[1][0][0],&g_3[1][1][0]}}};
        uint16_t l_262 = 65535UL;
        int i, j, k;
        for (g_33 = 0; (g_33 >= 5); g_33 = safe_add_func_uint16_t_u_u(g_33, 4))
        { /* block id: 23 */
            if (l_44)
                break;
            l_35 = (void*)0;
        }
        if (g_9)
            goto lbl_250;
lbl_250:
        (*l_249) ^= (0x47CF2842L || (g_3[0][2][3] & (0xDA78404D08383038LL != ((g_14 <= (((*l_247) &= (func_47((l_36[2] , l_32[1]), g_14, &g_38, l_44, l_44) , g_246)) > g_2[0][1])) > l_44))));
        (*l_249) = (((*l_249) | ((l_251 , (((safe_lshift_func_uint16_t_u_s(g_3[1][1][0], (g_175.f0 |= (g_33 |= (-6L))))) , ((((safe_rshift_func_uint8_t_u_s((~((safe_add_func_uint8_t_u_u((l_41 > (-6L)), l_36[1])) != g_248[0])), (*l_249))) & g_30) != 248UL) == g_67)) <= 0UL)) || g_38)) , l_259);
        l_262--;
    }
    else
    { /* block id: 107 */
        uint32_t l_275[2];
        int32_t l_295 = 0x3A9D8E90L;
        int32_t **l_311 = &g_179;
        int32_t l_317 = 0xFEDC4550L;
        int i;
        for (i = 0; i < 2; i++)
            l_275[i] = 0x03AC011FL;
        for (g_244 = 0; (g_244 >= 0); g_244 -= 1)
        { /* block id: 110 */
            const int16_t l_292 = 0x73ABL;
            uint32_t *l_293 = (void*)0;
            uint32_t *l_294 = &l_41;
            int32_t *l_296 = &l_295;
            int32_t **l_297 = &l_296;
            union U1 l_300[5] = {{0xB848L},{0xB848L},{0xB848L},{0xB848L},{0xB848L}};
            uint32_t l_310 = 8UL;
            int i;
            l_295 ^= (safe_mod_func_int8_t_s_s(0x6CL, ((safe_lshift_func_int16_t_s_u((safe_mod_func_uint32_t_u_u(((*l_294) |= (safe_lshift_func_uint16_t_u_s(((safe_mul_func_int16_t_s_s(l_275[0], (l_275[1] == (safe_mod_func_uint64_t_u_u((safe_div_func_uint64_t_u_u(((safe_lshift_func_int8_t_s_s(0xBCL, (safe_lshift_func_int8_t_s_u(((safe_sub_func_uint32_t_u_u((safe_add_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s(((safe_div_func_int32_t_s_s(4L, 4UL)) , l_292), 9)), 0xD7L)), (*g_179))) , l_292), 6)))) > (*g_8)), 18446744073709551610UL)), 18446744073709551615UL))))) || l_292), l_275[0]))), (*g_179))), 7)) ^ g_3[2][0][2])));
            (*l_297) = l_296;
            for (l_41 = 0; (l_41 <= 0); l_41 += 1)
            { /* block id: 116 */
                (*g_179) = 1L;
                (*g_179) = (safe_add_func_uint8_t_u_u(g_244, (((*l_296) | ((l_300[1] , (safe_sub_func_int32_t_s_s((*g_179), (0xC8D9L | l_36[2])))) || (*g_8))) , (*g_8))));
            }
            (*g_179) &= (((safe_div_func_uint64_t_u_u(((((((void*)0 != g_179) == (l_305[1] != (void*)0)) || ((safe_sub_func_uint16_t_u_u((safe_sub_func_uint16_t_u_u((g_175.f0 , 0x9127L), 65526UL)), (**l_297))) & (*l_296))) ^ 0L) ^ 0x6432L), g_14)) <= 0xDF46E708L) , l_310);
            for (g_14 = 0; (g_14 <= 0); g_14 += 1)
            { /* block id: 123 */
                return &g_3[1][1][0];
            }
        }
        (*l_311) = &l_31[0][2][0];
        (*l_311) = (l_312 , &l_31[2][0][0]);
        for (l_41 = 0; (l_41 == 31); l_41++)
        { /* block id: 131 */
            uint64_t *l_322 = &g_88;
            (*g_179) = (g_3[1][1][0] | (0x8EE980A02F6F4518LL || (safe_lshift_func_int8_t_s_u(l_317, ((safe_rshift_func_int8_t_s_u((((*g_8) <= (((((*l_322) = (safe_sub_func_uint8_t_u_u(0x22L, (*g_8)))) ^ (**l_311)) ^ l_22) , 0x8BL)) || (**l_311)), g_14)) > (**l_311))))));
        }
    }
    l_35 = &l_34[3][0][0];
    for (l_312.f0 = (-28); (l_312.f0 >= 10); l_312.f0 = safe_add_func_uint32_t_u_u(l_312.f0, 9))
    { /* block id: 139 */
        int32_t *l_330 = &g_38;
        int32_t l_331[1][3][2] = {{{0x89002F36L,4L},{0x89002F36L,0x89002F36L},{4L,0x89002F36L}}};
        uint64_t l_333[4][2] = {{18446744073709551615UL,18446744073709551615UL},{18446744073709551615UL,18446744073709551615UL},{18446744073709551615UL,18446744073709551615UL},{18446744073709551615UL,18446744073709551615UL}};
        int i, j, k;
        for (g_175.f0 = 0; (g_175.f0 != 11); g_175.f0++)
        { /* block id: 142 */
            int32_t *l_329 = &g_38;
            int32_t l_332 = 0x2DD2EF52L;
            (*l_35) = ((g_88 | (((g_3[1][1][0] && ((((l_312 , (safe_unary_minus_func_uint32_t_u((!(g_248[0] = (((l_329 == l_330) ^ l_331[0][1][1]) == l_332)))))) && l_333[3][0]) ^ l_332) < 0x95L)) && l_331[0][1][1]) , l_332)) ^ (*l_35));
            return &g_3[1][1][0];
        }
    }
    (*l_35) = 7L;
    return &g_3[1][0][1];
}


/* ------------------------------------------ */
/* 
 * reads : g_38 g_33 g_70 g_67 g_3 g_14 g_30 g_9 g_89 g_2 g_8 g_13 g_175 g_172 g_179 g_175.f0 g_244
 * writes: g_70 g_30 g_88 g_89 g_33 g_67 g_172 g_179 g_175.f0 g_8 g_244
 */
static int64_t  func_47(int16_t * p_48, uint8_t  p_49, int32_t * p_50, int32_t  p_51, int16_t  p_52)
{ /* block id: 27 */
    int16_t l_59[1][5][2];
    int8_t *l_62[4] = {&g_9,&g_9,&g_9,&g_9};
    int32_t l_63 = (-1L);
    uint64_t l_64[3][3];
    int64_t *l_65 = (void*)0;
    int8_t **l_242[4];
    int32_t *l_243 = &g_244;
    int32_t **l_245 = &g_179;
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 2; k++)
                l_59[i][j][k] = 0xE990L;
        }
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_64[i][j] = 0x78C4B1E4F37316A3LL;
    }
    for (i = 0; i < 4; i++)
        l_242[i] = (void*)0;
    (*l_243) |= ((g_8 = func_53((l_59[0][2][0] = (g_38 | (-7L))), ((((((void*)0 == p_50) ^ (safe_rshift_func_int8_t_s_s(((((g_38 , l_62[3]) != l_62[3]) == l_63) > 1L), l_64[0][1]))) , (*p_48)) & 1L) , 0UL), &l_63, &g_30, l_65)) == &g_9);
    (*l_245) = &p_51;
    (*l_243) |= 0x750D66DCL;
    return (*l_243);
}


/* ------------------------------------------ */
/* 
 * reads : g_70 g_38 g_67 g_3 g_14 g_30 g_9 g_89 g_2 g_8 g_33 g_13 g_175 g_172 g_179 g_175.f0
 * writes: g_70 g_30 g_88 g_89 g_33 g_67 g_172 g_179 g_175.f0
 */
static int8_t * func_53(const int32_t  p_54, uint64_t  p_55, int32_t * p_56, const int64_t * p_57, int64_t * p_58)
{ /* block id: 29 */
    int32_t *l_66 = &g_67;
    int32_t *l_68 = &g_67;
    int32_t *l_69[1][1][1];
    uint64_t *l_87 = &g_88;
    int64_t *l_96[1][5] = {{&g_30,&g_30,&g_30,&g_30,&g_30}};
    int32_t l_111 = 0x9A8B53E2L;
    int16_t *l_126 = &g_33;
    int8_t *l_147 = &g_9;
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 1; k++)
                l_69[i][j][k] = &g_67;
        }
    }
    g_70--;
lbl_234:
    g_89 ^= (0xCD7C0820L >= ((*p_56) ^= (safe_div_func_int64_t_s_s((safe_rshift_func_uint8_t_u_s(((safe_add_func_int64_t_s_s(g_38, ((*l_87) = (safe_lshift_func_uint8_t_u_s(((safe_mod_func_uint8_t_u_u((((g_30 |= (((p_56 != &g_38) < (((safe_rshift_func_int8_t_s_s(((safe_sub_func_uint64_t_u_u(((*l_68) , g_3[1][1][4]), g_67)) && p_55), 5)) != 0x03B3L) >= g_14)) | g_3[1][1][0])) & 0x658AA494CAA1C64ALL) >= 0xF4L), p_54)) > 0x2876L), p_54))))) | 0UL), 3)), g_9))));
    if (((*l_68) , ((*l_66) && (safe_sub_func_int16_t_s_s(0x08E2L, (safe_lshift_func_int16_t_s_s((safe_add_func_int8_t_s_s(((((((l_96[0][2] = &g_30) == (void*)0) , &p_55) == &g_88) > (*l_68)) && (*l_66)), p_55)), p_55)))))))
    { /* block id: 36 */
        int32_t l_102 = 0xED58CDB4L;
        int64_t *l_119[4] = {&g_30,&g_30,&g_30,&g_30};
        const int16_t *l_125 = &g_33;
        uint64_t l_129 = 0xB57B2B2917DE5E03LL;
        int16_t l_145 = 0xFFC9L;
        int32_t l_193 = 0L;
        int32_t l_194[5][2] = {{0xCC8EED5FL,0xCC8EED5FL},{0xCC8EED5FL,0x8DC3F510L},{0x3700449FL,(-9L)},{0x8DC3F510L,(-9L)},{0x3700449FL,0x8DC3F510L}};
        int8_t * const l_195 = &g_9;
        const union U0 l_198 = {0};
        union U1 l_201 = {-6L};
        int64_t *l_231 = &g_30;
        int i, j;
        for (g_30 = 0; (g_30 >= 0); g_30 -= 1)
        { /* block id: 39 */
            uint32_t l_109[1][5][2] = {{{0x52242021L,0x52242021L},{0x52242021L,0x52242021L},{0x52242021L,0x52242021L},{0x52242021L,0x52242021L},{0x52242021L,0x52242021L}}};
            int16_t *l_110 = &g_33;
            int8_t *l_114 = (void*)0;
            int i, j, k;
            g_89 |= (((((*l_68) ^= (safe_rshift_func_int8_t_s_u(((safe_unary_minus_func_int16_t_s(((*l_110) = ((g_2[0][0] >= (safe_add_func_int32_t_s_s((6L == (0UL & (l_102 >= ((((safe_mod_func_int64_t_s_s((safe_lshift_func_int16_t_s_s((safe_rshift_func_int8_t_s_u((*g_8), l_109[0][4][0])), p_55)), l_109[0][2][1])) && g_33) <= g_9) != (-1L))))), l_102))) | g_9)))) > g_30), p_54))) == l_111) && 0x1EL) , (*p_56));
            if (((safe_div_func_int64_t_s_s((((void*)0 != &p_54) > 1UL), g_2[0][0])) && (l_114 == l_114)))
            { /* block id: 43 */
                int8_t l_120[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_120[i] = 0xBBL;
                (*p_56) = (safe_rshift_func_int16_t_s_u((safe_div_func_uint32_t_u_u((((((0L || ((g_70 & g_14) & ((1L ^ (l_119[2] != l_96[0][4])) < l_109[0][4][0]))) < g_70) & l_120[0]) & 1UL) <= p_55), l_109[0][4][1])), 15));
                (*l_66) = (l_102 == 1L);
                return l_114;
            }
            else
            { /* block id: 47 */
                return &g_9;
            }
        }
        if ((safe_rshift_func_uint16_t_u_u(((safe_sub_func_int16_t_s_s(((l_125 = l_125) != l_126), (safe_mod_func_uint8_t_u_u((l_129 , (((((safe_mul_func_uint8_t_u_u((safe_rshift_func_int8_t_s_u((((void*)0 == &p_54) || (*g_8)), p_54)), 0x2FL)) , g_67) || 252UL) || g_3[1][1][0]) > 0xC9F68CF5L)), g_13)))) & p_54), g_14)))
        { /* block id: 52 */
            int16_t *l_142 = &g_33;
            int32_t l_146 = (-1L);
            int64_t l_170 = (-8L);
            int8_t *l_171 = &g_172;
            int32_t * const l_186 = &g_89;
            if (((safe_lshift_func_int16_t_s_s(((((safe_rshift_func_int8_t_s_s((((((l_96[0][2] == ((safe_sub_func_uint32_t_u_u((safe_add_func_int8_t_s_s((*g_8), ((l_142 == l_142) > (safe_rshift_func_uint16_t_u_u(0x179AL, 8))))), 0x0F87BC80L)) , &g_30)) || 0x9E57E6B11A4FFB4BLL) >= 0xBC953962L) <= 2L) , (*g_8)), l_145)) >= (*g_8)) && l_146) ^ l_146), 3)) > 1UL))
            { /* block id: 53 */
                return l_147;
            }
            else
            { /* block id: 55 */
                uint32_t l_166 = 1UL;
                (*p_56) = (safe_sub_func_int64_t_s_s(((safe_div_func_uint32_t_u_u(((safe_add_func_int16_t_s_s((safe_lshift_func_int8_t_s_s(((safe_add_func_int8_t_s_s((safe_div_func_uint16_t_u_u((safe_lshift_func_int16_t_s_s(p_54, 8)), p_55)), (((void*)0 != &g_33) < (safe_add_func_int32_t_s_s(((((((safe_mul_func_int8_t_s_s(p_55, l_146)) & 0x61D4BFA9L) , (void*)0) == (void*)0) | g_9) && (*p_57)), 0x80DD1ACCL))))) | l_166), 3)), p_54)) | g_33), g_13)) > l_102), 0x4AD52605C497654CLL));
                (*l_66) = (*p_56);
            }
            (*p_56) = ((+(safe_sub_func_int8_t_s_s(((*p_56) , ((*l_171) = (l_170 != (&l_129 != (void*)0)))), (-1L)))) , (*p_56));
            for (l_145 = 0; (l_145 < (-6)); l_145 = safe_sub_func_uint32_t_u_u(l_145, 5))
            { /* block id: 63 */
                int32_t * const l_176 = (void*)0;
                int32_t **l_177[2][4][3];
                int32_t **l_178 = &l_69[0][0][0];
                union U0 l_185 = {0};
                int i, j, k;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 4; j++)
                    {
                        for (k = 0; k < 3; k++)
                            l_177[i][j][k] = &l_66;
                    }
                }
                (*l_66) = (g_175 , l_146);
                (*l_178) = l_176;
                g_179 = &g_13;
                l_194[1][1] = (safe_unary_minus_func_uint16_t_u((safe_sub_func_uint64_t_u_u((safe_mul_func_int8_t_s_s((&g_89 == (l_185 , l_186)), p_54)), ((safe_rshift_func_int16_t_s_u((l_193 = (safe_lshift_func_int16_t_s_s((safe_sub_func_int8_t_s_s((p_54 , p_55), (-7L))), 7))), g_172)) ^ g_3[2][2][1])))));
            }
            for (g_33 = 0; (g_33 >= 0); g_33 -= 1)
            { /* block id: 72 */
                uint16_t *l_206 = &g_70;
                int32_t l_232 = 2L;
                int16_t *l_233 = &g_175.f0;
                g_67 &= ((l_195 == l_171) , ((safe_mod_func_uint32_t_u_u(((&l_145 != (void*)0) != ((*l_186) = (l_198 , (*g_179)))), 1UL)) , (*p_56)));
                (*p_56) = (safe_sub_func_int64_t_s_s((l_201 , 0x39D6D4906CFE17A9LL), ((l_193 = (l_194[1][0] &= (*l_66))) <= (safe_mul_func_int16_t_s_s(((*g_8) >= (((safe_mul_func_uint16_t_u_u(((*l_206) = ((((*l_87) = p_54) <= (*l_186)) & 3UL)), p_54)) , 0x46L) ^ p_55)), 0xED01L)))));
                (*p_56) ^= (safe_mul_func_int16_t_s_s((safe_sub_func_uint16_t_u_u((((((safe_div_func_int8_t_s_s(((((*l_233) ^= (l_232 &= (safe_unary_minus_func_uint32_t_u(((safe_div_func_int16_t_s_s((safe_unary_minus_func_uint8_t_u((safe_add_func_uint64_t_u_u((safe_add_func_uint8_t_u_u(0x55L, p_54)), ((safe_div_func_int64_t_s_s(((*l_231) = ((safe_mul_func_uint16_t_u_u((safe_mod_func_int8_t_s_s(0xD3L, (safe_lshift_func_uint16_t_u_u((((0x1AL <= ((((l_231 == (void*)0) | (*g_179)) , &p_54) != (void*)0)) > 1UL) && g_14), 7)))), 0xB863L)) || 0L)), 0xDD5D1929A791AA2DLL)) , 18446744073709551610UL))))), p_55)) || (*l_68)))))) , g_175) , (*l_186)), 248UL)) > g_3[0][1][1]) , &p_55) != &g_88) ^ g_67), 65533UL)), (*l_68)));
                if ((*g_179))
                    continue;
            }
        }
        else
        { /* block id: 86 */
            uint32_t l_235 = 4294967295UL;
            if (g_70)
                goto lbl_234;
            --l_235;
        }
    }
    else
    { /* block id: 90 */
        int32_t l_241 = (-7L);
        (*g_179) = (!(((((*p_56) = ((p_55 || 1UL) == (safe_mul_func_uint16_t_u_u(0x06A9L, ((void*)0 == &p_55))))) < l_241) , l_241) < g_67));
    }
    return &g_9;
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
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_2[i][j], "g_2[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_3[i][j][k], "g_3[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_70, "g_70", print_hash_value);
    transparent_crc(g_88, "g_88", print_hash_value);
    transparent_crc(g_89, "g_89", print_hash_value);
    transparent_crc(g_172, "g_172", print_hash_value);
    transparent_crc(g_175.f0, "g_175.f0", print_hash_value);
    transparent_crc(g_244, "g_244", print_hash_value);
    transparent_crc(g_246, "g_246", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_248[i], "g_248[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_341, "g_341", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 84
XXX total union variables: 9

XXX max expression depth: 30
breakdown:
   depth: 1, occurrence: 66
   depth: 2, occurrence: 16
   depth: 4, occurrence: 1
   depth: 6, occurrence: 1
   depth: 7, occurrence: 1
   depth: 8, occurrence: 1
   depth: 9, occurrence: 2
   depth: 11, occurrence: 1
   depth: 12, occurrence: 1
   depth: 13, occurrence: 2
   depth: 14, occurrence: 2
   depth: 15, occurrence: 2
   depth: 16, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 20, occurrence: 3
   depth: 21, occurrence: 1
   depth: 23, occurrence: 1
   depth: 25, occurrence: 1
   depth: 30, occurrence: 1

XXX total number of pointers: 85

XXX times a variable address is taken: 99
XXX times a pointer is dereferenced on RHS: 49
breakdown:
   depth: 1, occurrence: 45
   depth: 2, occurrence: 4
XXX times a pointer is dereferenced on LHS: 47
breakdown:
   depth: 1, occurrence: 47
XXX times a pointer is compared with null: 11
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 5
XXX times a pointer is qualified to be dereferenced: 375

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 250
   level: 2, occurrence: 9
XXX number of pointers point to pointers: 13
XXX number of pointers point to scalars: 70
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 35.3
XXX average alias set size: 1.25

XXX times a non-volatile is read: 306
XXX times a non-volatile is write: 143
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 1

XXX stmts: 69
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 16
   depth: 1, occurrence: 15
   depth: 2, occurrence: 19
   depth: 3, occurrence: 19

XXX percentage a fresh-made variable is used: 21.5
XXX percentage an existing variable is used: 78.5
********************* end of statistics **********************/

