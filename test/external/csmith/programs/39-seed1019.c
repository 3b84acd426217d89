/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1019 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1019
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
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
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int32_t safe_unary_minus_func_int32_t_s(int32_t a) { return (a == (-2147483647 - 1)) ? a : (int32_t)-a; }
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0xA76AABECL;
static int8_t g_20 = (-10L);
static uint8_t g_30 = 251UL;
static int16_t g_32[4] = {(-10L),(-10L),(-10L),(-10L)};
static uint32_t g_33 = 0xBA928F0BL;
static int32_t g_34 = 1L;
static int64_t g_57 = 0xFD0416CBB4D05C44LL;
static int32_t g_59 = 6L;
static int16_t g_69 = 0x66A4L;
static const int8_t g_77 = 0xC9L;
static const int8_t *g_76[2] = {&g_77,&g_77};
static const int8_t **g_75[2] = {&g_76[1],&g_76[1]};
static const int8_t **g_78 = &g_76[0];
static int16_t g_93[1] = {0x1AFAL};
static int64_t g_94 = (-1L);
static uint64_t g_95 = 0xD89D7571D7598019LL;
static int8_t g_115 = 0xF6L;
static uint16_t g_116 = 0UL;
static uint64_t g_146 = 18446744073709551611UL;
static int16_t *g_169 = &g_69;
static uint32_t g_192 = 4294967293UL;
static int32_t *g_199[2] = {&g_59,&g_59};
static uint8_t *g_209[5] = {&g_30,&g_30,&g_30,&g_30,&g_30};
static int16_t g_243 = 0x7DE9L;
static uint8_t g_277 = 1UL;
static uint32_t g_301[4] = {1UL,1UL,1UL,1UL};
static int16_t *g_305 = &g_93[0];
static uint16_t g_393 = 0x49F4L;
static uint16_t g_395[3][3][2] = {{{0xFCDDL,0x1946L},{0xFCDDL,0xFCDDL},{0x1946L,0xFCDDL}},{{0xFCDDL,0x1946L},{0xFCDDL,0xFCDDL},{0x1946L,0xFCDDL}},{{0xFCDDL,0x1946L},{0xFCDDL,0xFCDDL},{0x1946L,0xFCDDL}}};
static uint64_t g_484[5] = {0xD17ACAC6C27343D5LL,0xD17ACAC6C27343D5LL,0xD17ACAC6C27343D5LL,0xD17ACAC6C27343D5LL,0xD17ACAC6C27343D5LL};
static int32_t g_520 = 0xD376469DL;
static int32_t *g_521 = &g_2;
static uint32_t g_524 = 18446744073709551613UL;
static uint32_t *g_523 = &g_524;
static uint32_t **g_522 = &g_523;
static int64_t g_536 = 1L;
static uint64_t g_538 = 0UL;
static uint8_t ** const g_632 = &g_209[3];
static uint8_t ** const *g_631 = &g_632;
static uint8_t ** const * const *g_630 = &g_631;
static int16_t **g_688 = &g_169;
static int64_t **g_727 = (void*)0;
static int32_t g_782 = 0xC649A757L;
static int32_t **g_790[5] = {&g_521,&g_521,&g_521,&g_521,&g_521};
static int32_t *** const g_789 = &g_790[0];
static int32_t *** const * const g_788 = &g_789;
static int32_t g_839 = 0L;


/* --- FORWARD DECLARATIONS --- */
static int8_t  func_1(void);
static uint32_t  func_8(int32_t  p_9, int32_t  p_10, uint64_t  p_11, uint16_t  p_12, uint32_t  p_13);
static int32_t  func_14(int32_t  p_15);
static uint32_t  func_35(int32_t * p_36, uint32_t  p_37, uint64_t  p_38);
static int32_t  func_48(const uint32_t  p_49, int32_t  p_50);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_20 g_30 g_32 g_33 g_57 g_59 g_34 g_95 g_116 g_93 g_146 g_192 g_169 g_115 g_77 g_76 g_243 g_209 g_69 g_199 g_301 g_94 g_520 g_521 g_522 g_538 g_536 g_630 g_632 g_631 g_393 g_524 g_395 g_727 g_782 g_523 g_788 g_789 g_790 g_277 g_484 g_839
 * writes: g_20 g_30 g_32 g_34 g_57 g_59 g_69 g_75 g_78 g_95 g_116 g_33 g_146 g_94 g_169 g_199 g_209 g_301 g_305 g_115 g_192 g_522 g_538 g_277 g_393 g_484 g_688 g_395 g_520 g_782 g_243 g_521 g_536 g_93 g_524
 */
static int8_t  func_1(void)
{ /* block id: 0 */
    int8_t l_7 = 0x0FL;
    int32_t *l_29[5];
    int16_t *l_31 = &g_32[3];
    int32_t l_988 = 0xB9A9CCE0L;
    uint16_t l_989 = 0x6009L;
    int i;
    for (i = 0; i < 5; i++)
        l_29[i] = (void*)0;
    l_988 ^= (g_2 > (safe_div_func_int16_t_s_s((safe_mod_func_uint8_t_u_u((l_7 , ((func_8((g_782 |= func_14((g_34 = ((safe_mod_func_int16_t_s_s((((((*l_31) &= (((safe_div_func_int64_t_s_s((g_20 |= (-1L)), (safe_add_func_uint8_t_u_u((safe_mul_func_int16_t_s_s((((g_30 = (safe_sub_func_int64_t_s_s((safe_div_func_uint32_t_u_u(l_7, 1UL)), 0x105A83D87E3BC4AELL))) < 0L) > g_2), 0L)), 0L)))) || g_30) != 1L)) ^ g_2) < 18446744073709551610UL) & g_33), g_33)) < g_2)))), g_524, g_77, g_2, (*g_523)) , 0UL) <= g_2)), 0x2FL)), g_839)));
    return l_989;
}


/* ------------------------------------------ */
/* 
 * reads : g_521 g_2 g_788 g_782 g_789 g_790 g_199 g_59 g_30 g_630 g_631 g_632 g_209 g_169 g_69 g_32 g_524 g_57 g_536 g_20 g_538 g_115 g_277 g_94 g_484 g_95 g_522 g_523 g_395 g_116 g_301 g_393 g_243
 * writes: g_782 g_243 g_521 g_199 g_57 g_395 g_30 g_536 g_69 g_32 g_93 g_20 g_524
 */
static uint32_t  func_8(int32_t  p_9, int32_t  p_10, uint64_t  p_11, uint16_t  p_12, uint32_t  p_13)
{ /* block id: 353 */
    uint32_t l_808 = 0xBADFA66AL;
    int32_t l_826 = 1L;
    int32_t l_836 = 1L;
    int32_t l_837 = (-6L);
    int32_t l_838[3];
    uint64_t l_872 = 1UL;
    uint8_t l_888 = 0x88L;
    int32_t ***l_937 = &g_790[4];
    int32_t ****l_936 = &l_937;
    int32_t *****l_935[5] = {&l_936,&l_936,&l_936,&l_936,&l_936};
    int64_t l_940 = 3L;
    int64_t l_953 = 0xDA92723A9E0638D4LL;
    int32_t l_960 = 0x3E261264L;
    uint32_t *l_987 = &g_524;
    int i;
    for (i = 0; i < 3; i++)
        l_838[i] = 0xBA6BC50FL;
    if ((safe_add_func_int32_t_s_s((safe_sub_func_uint32_t_u_u(((&g_34 != &p_10) || p_12), p_9)), (*g_521))))
    { /* block id: 354 */
        uint32_t l_787 = 0x1648701EL;
        int32_t *** const *l_792 = &g_789;
        int32_t *** const **l_791 = &l_792;
        int32_t l_810 = 3L;
        int16_t *l_823 = (void*)0;
        uint16_t l_827[2];
        int32_t l_834 = 0xD3725D03L;
        int32_t l_835[1];
        uint16_t l_840 = 0x3C49L;
        int i;
        for (i = 0; i < 2; i++)
            l_827[i] = 1UL;
        for (i = 0; i < 1; i++)
            l_835[i] = 0xB5BD5FBAL;
        (*l_791) = ((l_787 = 3L) , g_788);
        for (g_782 = 0; (g_782 <= 1); g_782 += 1)
        { /* block id: 359 */
            return p_12;
        }
        if (p_12)
        { /* block id: 362 */
            uint32_t l_807[4][4][3] = {{{4294967287UL,0UL,0UL},{0x343637BAL,0UL,0x5DE562BFL},{1UL,0UL,4294967295UL},{4294967287UL,0UL,0UL}},{{0x343637BAL,0UL,0x5DE562BFL},{1UL,0UL,4294967295UL},{4294967287UL,0UL,0UL},{0x343637BAL,0UL,0x5DE562BFL}},{{1UL,0UL,4294967295UL},{4294967287UL,0UL,0UL},{0x343637BAL,0UL,0x5DE562BFL},{1UL,0UL,4294967295UL}},{{4294967287UL,0UL,0UL},{0x343637BAL,0UL,0x5DE562BFL},{1UL,0UL,4294967295UL},{4294967287UL,0UL,0UL}}};
            int32_t *l_809[2];
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_809[i] = &g_59;
            l_810 = (safe_div_func_int64_t_s_s((safe_div_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u((safe_mod_func_int16_t_s_s((safe_mod_func_int32_t_s_s(((****g_788) >= (((0x151533DBB91E0F9DLL > g_30) & ((safe_lshift_func_uint8_t_u_u(0x0CL, (safe_mul_func_uint8_t_u_u((****g_630), p_9)))) && l_807[0][3][1])) || 0xF3EBD5A5BEE580E7LL)), (****g_788))), 65529UL)), (*g_169))) <= g_59), l_808)), p_11));
        }
        else
        { /* block id: 364 */
            int16_t l_824 = 0x9CDEL;
            uint8_t **l_825 = (void*)0;
            int32_t *l_828 = &l_826;
            int32_t *l_829 = &g_59;
            int32_t *l_830 = &l_810;
            int32_t *l_831 = &g_59;
            int32_t *l_832 = &g_520;
            int32_t *l_833[1];
            int i;
            for (i = 0; i < 1; i++)
                l_833[i] = &g_520;
            l_826 ^= ((((safe_div_func_uint16_t_u_u((safe_div_func_int16_t_s_s((((**g_632) || (safe_lshift_func_uint16_t_u_s((+((!3L) || (*****l_791))), ((safe_rshift_func_int8_t_s_u((((((((safe_div_func_uint8_t_u_u((***g_631), (0xF6B9L & 0xE853L))) , (void*)0) != l_823) || p_12) || g_2) < (*g_521)) <= l_808), 6)) , l_824)))) ^ 0UL), l_808)), p_13)) && 0x4CL) , l_825) != (void*)0);
            l_827[0] = 0xC2588066L;
            l_840++;
        }
    }
    else
    { /* block id: 369 */
        uint64_t l_847 = 3UL;
        int32_t l_859 = 1L;
        uint8_t l_869 = 0xD9L;
        int32_t l_885[2][5][2];
        int32_t l_967 = (-1L);
        int i, j, k;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 5; j++)
            {
                for (k = 0; k < 2; k++)
                    l_885[i][j][k] = 7L;
            }
        }
lbl_918:
        for (g_243 = 12; (g_243 <= (-22)); g_243--)
        { /* block id: 372 */
            int32_t *l_852 = (void*)0;
            uint32_t l_870 = 0x9FA19BB1L;
            int32_t l_871 = 0x469CB813L;
            int32_t *l_875 = &l_871;
            int32_t l_883 = (-1L);
            int64_t l_884 = 0xA14ACC42B70646B4LL;
            int32_t l_886 = 0x40B3BB7BL;
            int32_t l_887 = 1L;
            for (l_808 = 0; (l_808 <= 11); l_808++)
            { /* block id: 375 */
                int32_t l_850[1][5];
                int32_t *l_851[2][3][4] = {{{&g_782,&g_782,&g_782,&g_782},{&g_782,&g_782,&g_782,&g_782},{&g_782,&g_782,&g_782,&g_782}},{{&g_782,&g_782,&g_782,&g_782},{&g_782,&g_782,&g_782,&g_782},{&g_782,&g_782,&g_782,&g_782}}};
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 5; j++)
                        l_850[i][j] = 0x6F9E415CL;
                }
                p_9 = ((l_847 & (((safe_lshift_func_uint16_t_u_u(0UL, l_847)) || (((g_782 <= l_850[0][2]) & 4294967293UL) <= p_10)) != p_10)) == p_10);
                if (l_836)
                    break;
                (**g_789) = l_852;
                l_859 &= ((((safe_sub_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((((((((safe_sub_func_int64_t_s_s(1L, (g_524 , 0xB00FA33188A18ED4LL))) == (0UL ^ p_9)) || g_32[3]) , 1L) <= 0UL) & 0x3B567C114F376A65LL) && l_847), (***g_631))), p_9)) , 2UL) , (-1L)) == p_11);
            }
            for (g_57 = 3; (g_57 >= 0); g_57 -= 1)
            { /* block id: 383 */
                int32_t *l_860[4] = {&g_2,&g_2,&g_2,&g_2};
                uint16_t *l_866[3][2];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_866[i][j] = &g_395[2][0][1];
                }
                l_837 = (g_32[g_57] | 0x7E075FBDD460B0DELL);
                (**g_789) = (void*)0;
                p_9 = (safe_div_func_int8_t_s_s(((safe_mod_func_int64_t_s_s((((!(g_395[2][1][1] = g_32[g_57])) , (safe_mod_func_int8_t_s_s(0xF4L, p_10))) >= (l_838[1] , ((p_11 & (-10L)) , l_869))), l_869)) , 0L), l_870));
                l_872++;
            }
            if (((*l_875) = p_10))
            { /* block id: 391 */
                int32_t *l_876 = &l_836;
                int32_t *l_877 = &g_839;
                int32_t *l_878 = &l_838[2];
                int32_t *l_879 = &g_520;
                int32_t *l_880 = &l_859;
                int32_t *l_881[1][4][2] = {{{&l_837,&l_837},{&l_837,&l_837},{&l_837,&l_837},{&l_837,&l_837}}};
                int64_t l_882 = 0x836645EB3C61290CLL;
                int i, j, k;
                --l_888;
                if (p_11)
                    continue;
            }
            else
            { /* block id: 394 */
                uint8_t l_893 = 0x74L;
                int64_t *l_900 = &g_536;
                uint32_t l_901 = 0x65B66395L;
                int32_t *l_902 = &l_826;
                (***g_788) = &l_883;
                (*l_902) = (safe_sub_func_uint64_t_u_u(((((*l_875) = 1L) , l_893) | ((((((p_12 != ((((**g_632) = 249UL) , (safe_rshift_func_int16_t_s_s((safe_add_func_int32_t_s_s((safe_div_func_int64_t_s_s(((*l_900) = l_838[1]), p_12)), 0UL)), l_893))) || 0L)) == (-1L)) != 4UL) <= p_11) >= 0x02567C03L) && l_901)), p_13));
            }
            (***g_788) = &p_9;
        }
        for (g_536 = (-12); (g_536 >= (-5)); g_536 = safe_add_func_uint32_t_u_u(g_536, 6))
        { /* block id: 405 */
            int8_t l_905 = 0L;
            int32_t l_938 = 6L;
            int32_t l_941 = 0x968A1030L;
            uint32_t l_945 = 0x79DCB945L;
            int32_t l_948 = 0x78D78017L;
            int32_t l_950 = 0x41B48F0DL;
            int32_t l_951 = (-8L);
            int32_t l_954 = (-9L);
            int32_t l_955[3][1][1];
            int i, j, k;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 1; k++)
                        l_955[i][j][k] = (-1L);
                }
            }
            (**g_789) = (void*)0;
            if ((l_905 , ((safe_add_func_int16_t_s_s(((*g_169) = (safe_mod_func_uint64_t_u_u(((safe_lshift_func_uint8_t_u_s(p_12, l_836)) < (((safe_mod_func_int64_t_s_s((((((safe_div_func_uint16_t_u_u(g_32[0], (safe_mod_func_uint8_t_u_u((&g_788 == &g_788), 0xE3L)))) , g_20) & l_836) < 0L) ^ g_538), l_905)) <= l_826) > l_872)), g_115))), l_836)) && p_11)))
            { /* block id: 408 */
                uint16_t *l_933 = &g_395[0][2][0];
                int32_t *l_934[1][4];
                int8_t *l_939 = &g_20;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_934[i][j] = &l_859;
                }
                if (l_836)
                    goto lbl_918;
                l_941 = (((((((safe_lshift_func_int8_t_s_u(((*l_939) = (safe_div_func_int16_t_s_s((g_93[0] = ((((safe_mod_func_int32_t_s_s((p_9 , (l_938 = (((((*g_169) = ((((safe_div_func_uint64_t_u_u((safe_add_func_uint64_t_u_u((safe_add_func_uint8_t_u_u((0x75C1L > (((l_859 = (((safe_sub_func_uint16_t_u_u(((*l_933) = l_905), ((l_885[0][0][0] &= p_12) >= ((((*g_169) , l_905) , l_808) <= l_847)))) , l_935[0]) != &l_936)) < g_277) >= (*g_169))), p_10)), g_69)), p_11)) | 0xA66DL) , g_94) & g_484[2])) && (*g_169)) < g_95) , p_10))), p_13)) < 0xC601L) <= p_11) >= p_12)), 0x5C4BL))), p_11)) & 1UL) , (void*)0) == l_934[0][0]) | 0x36B7EA09F4BBF0C0LL) & 0xE4AD9259L) , l_940);
            }
            else
            { /* block id: 418 */
                uint8_t ***l_943 = (void*)0;
                uint8_t ****l_942 = &l_943;
                int32_t *l_944 = &l_938;
                int32_t l_946 = 0x586ECCC0L;
                int32_t l_947 = 1L;
                int32_t l_949 = 0xC8CED80EL;
                int32_t l_952 = (-1L);
                int32_t l_956 = (-7L);
                int32_t l_957 = 0xE8A9AE92L;
                int64_t l_958 = 0x23A0241C7B020E2FLL;
                int32_t l_959 = 0x4A5C9880L;
                int32_t l_961 = 0x7E8F7AA3L;
                int32_t l_962 = 1L;
                int32_t l_963 = (-1L);
                int32_t l_964 = 0x34E87A29L;
                int32_t l_965 = 9L;
                int32_t l_966[5];
                uint32_t l_968[2][3][5] = {{{0x5ED01C4AL,0x26F47349L,1UL,0x931F4EF9L,1UL},{0x8584D196L,0x8584D196L,18446744073709551614UL,18446744073709551608UL,1UL},{0x26F47349L,0x5ED01C4AL,0x5ED01C4AL,0x26F47349L,1UL}},{{0x1C25AD64L,18446744073709551608UL,8UL,8UL,18446744073709551608UL},{1UL,0x5ED01C4AL,4UL,0xAA1BAFA5L,0xAA1BAFA5L},{0xCA1FFA89L,0x8584D196L,0xCA1FFA89L,8UL,18446744073709551614UL}}};
                int i, j, k;
                for (i = 0; i < 5; i++)
                    l_966[i] = 0xEAB7F87DL;
                l_945 ^= (0xE9E13754318C572DLL < ((((void*)0 != l_942) , (l_944 = &l_938)) == (void*)0));
                --l_968[1][0][2];
                return g_32[1];
            }
        }
    }
    for (p_11 = 0; (p_11 > 19); p_11++)
    { /* block id: 428 */
        int16_t ***l_979[3];
        int32_t l_982[4] = {0xBDD4F4E5L,0xBDD4F4E5L,0xBDD4F4E5L,0xBDD4F4E5L};
        int i;
        for (i = 0; i < 3; i++)
            l_979[i] = (void*)0;
        p_9 &= (((((*g_522) != ((safe_add_func_int32_t_s_s((safe_rshift_func_uint16_t_u_u(((((**g_522) = ((safe_mul_func_int16_t_s_s(p_12, (l_979[2] == ((0x926D8EC9A7A44CC6LL || (safe_div_func_uint16_t_u_u((((0xAB5F221DFCE629A2LL <= p_13) & (**g_632)) & l_982[3]), 1UL))) , (void*)0)))) <= g_395[0][0][0])) , 0x53L) > p_10), 4)), p_13)) , &p_13)) < 0x2929L) && 0xC8BBE700BB50D068LL) , l_982[2]);
        p_9 = 0xCBD6B129L;
    }
    p_9 = ((((p_13 , g_116) != ((((safe_lshift_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u(((*g_169) & ((((*g_522) != (l_987 = l_987)) > g_301[0]) || p_10)), g_536)), 0)) == 1UL) > (-1L)) && p_11)) && p_10) == 0UL);
    (**l_937) = &p_9;
    return g_393;
}


/* ------------------------------------------ */
/* 
 * reads : g_32 g_20 g_2 g_33 g_57 g_30 g_59 g_34 g_95 g_116 g_93 g_146 g_192 g_169 g_115 g_77 g_76 g_243 g_209 g_69 g_199 g_301 g_94 g_520 g_521 g_522 g_538 g_536 g_630 g_632 g_631 g_393 g_524 g_395 g_727
 * writes: g_20 g_57 g_59 g_30 g_69 g_75 g_78 g_95 g_34 g_116 g_33 g_32 g_146 g_94 g_169 g_199 g_209 g_301 g_305 g_115 g_192 g_522 g_538 g_277 g_393 g_484 g_688 g_395 g_520
 */
static int32_t  func_14(int32_t  p_15)
{ /* block id: 5 */
    int32_t *l_39 = &g_2;
    int32_t **l_40 = &l_39;
    int8_t *l_41[2][2][5] = {{{&g_20,&g_20,&g_20,&g_20,&g_20},{&g_20,&g_20,&g_20,&g_20,&g_20}},{{&g_20,&g_20,&g_20,&g_20,&g_20},{&g_20,&g_20,&g_20,&g_20,&g_20}}};
    int32_t l_321 = 0x69C38FB7L;
    int32_t l_323 = 0x14778DF3L;
    uint32_t l_348 = 4294967295UL;
    int32_t l_373 = 0xAF03DFCCL;
    uint32_t l_398 = 0xC3648E16L;
    int64_t *l_415 = (void*)0;
    int32_t l_437 = (-1L);
    int32_t l_455 = 0xCF6C32B9L;
    int32_t l_456 = 0x43AB0933L;
    int32_t l_457 = 3L;
    int32_t l_458 = (-8L);
    int32_t l_459 = (-1L);
    int32_t l_460 = 0x0FC8EBF6L;
    int32_t l_461 = 0x7E116C16L;
    int32_t l_462 = 0xB4D471C1L;
    int32_t l_463 = 0x08FCFB92L;
    int32_t l_464 = 0xA4F596C5L;
    int32_t l_465 = (-1L);
    int32_t l_466[2];
    int16_t l_483 = 0xE7B5L;
    int32_t *l_488 = &l_461;
    uint32_t l_499 = 1UL;
    uint32_t l_586 = 0UL;
    int8_t **l_614 = &l_41[0][0][2];
    int8_t ***l_613 = &l_614;
    uint8_t **l_639[5] = {&g_209[0],&g_209[0],&g_209[0],&g_209[0],&g_209[0]};
    int16_t **l_695[3][3][3] = {{{&g_305,&g_169,&g_305},{&g_305,&g_169,&g_305},{&g_169,&g_169,&g_169}},{{&g_169,&g_169,&g_305},{&g_169,&g_169,(void*)0},{&g_305,&g_169,&g_169}},{{&g_169,&g_305,&g_305},{&g_169,&g_305,&g_305},{&g_169,&g_305,&g_169}}};
    uint32_t l_736 = 4294967295UL;
    int32_t l_769 = 0x645DB2CCL;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_466[i] = 0x8B659B93L;
    if ((func_35(((*l_40) = l_39), p_15, ((((g_20 = 0x22L) ^ (safe_div_func_uint8_t_u_u(0xBEL, g_32[1]))) , p_15) | 1UL)) , p_15))
    { /* block id: 164 */
        uint64_t l_319[3];
        int16_t *l_320[3][3][5] = {{{(void*)0,(void*)0,&g_93[0],(void*)0,&g_32[3]},{&g_69,&g_69,&g_93[0],&g_69,(void*)0},{&g_32[3],&g_69,(void*)0,&g_32[1],&g_243}},{{&g_69,&g_69,&g_69,&g_69,&g_69},{&g_93[0],&g_32[3],(void*)0,&g_69,&g_32[3]},{(void*)0,&g_32[3],&g_93[0],&g_69,&g_93[0]}},{{&g_69,&g_32[1],&g_243,&g_93[0],&g_93[0]},{(void*)0,&g_69,&g_93[0],&g_69,(void*)0},{&g_93[0],&g_93[0],&g_93[0],&g_243,&g_32[3]}}};
        int8_t l_322 = 0x52L;
        int32_t l_324 = 0x261A66E3L;
        int32_t l_338[4][5] = {{0x0C01ED3CL,0x0C01ED3CL,2L,0x0C01ED3CL,0x0C01ED3CL},{2L,0xABABBD7AL,2L,2L,0xABABBD7AL},{0x0C01ED3CL,4L,4L,0x0C01ED3CL,4L},{0xABABBD7AL,0xABABBD7AL,0x86F7CE8DL,0xABABBD7AL,0xABABBD7AL}};
        int64_t * const l_360 = &g_94;
        int64_t * const *l_359[1][3];
        int64_t * const **l_358 = &l_359[0][0];
        int32_t *l_377 = &l_324;
        uint8_t * const l_380 = (void*)0;
        const int32_t l_434 = 3L;
        uint64_t l_435 = 0UL;
        int8_t **l_473 = &l_41[0][0][3];
        int32_t l_494 = 5L;
        int64_t **l_513[5][2][3] = {{{&l_415,&l_415,&l_415},{&l_415,(void*)0,&l_415}},{{&l_415,&l_415,&l_415},{&l_415,(void*)0,&l_415}},{{&l_415,&l_415,&l_415},{&l_415,(void*)0,&l_415}},{{&l_415,&l_415,&l_415},{&l_415,(void*)0,&l_415}},{{&l_415,&l_415,&l_415},{&l_415,(void*)0,&l_415}}};
        int64_t ***l_512 = &l_513[3][1][0];
        int64_t l_537 = 0xCA6832FB2497426BLL;
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_319[i] = 1UL;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_359[i][j] = &l_360;
        }
        if ((p_15 || ((*g_169) >= (safe_lshift_func_int8_t_s_u((((((((safe_sub_func_int16_t_s_s((l_324 = ((((((safe_rshift_func_int8_t_s_s((((**l_40) | (((safe_sub_func_uint16_t_u_u(l_319[2], (l_321 = p_15))) || l_322) , (*g_169))) ^ l_323), 4)) || p_15) , 18446744073709551608UL) <= p_15) , g_77) != 0x16FAC930L)), (-1L))) , (*l_39)) && p_15) , 0UL) == p_15) ^ 0xC8424261L) , 0x67L), 0)))))
        { /* block id: 167 */
            int16_t l_344 = 1L;
            int32_t l_345 = 0L;
            int32_t l_347 = 0x9437D5B3L;
            for (l_321 = 0; (l_321 >= 9); l_321 = safe_add_func_int8_t_s_s(l_321, 1))
            { /* block id: 170 */
                int64_t l_335 = (-2L);
                int32_t *l_339 = &g_59;
                l_323 = (safe_sub_func_uint16_t_u_u(0xEC4DL, (safe_rshift_func_int16_t_s_u((((l_335 |= (safe_add_func_int32_t_s_s(0x14656819L, (((((5L & ((safe_rshift_func_uint16_t_u_s(((void*)0 == &g_33), (*g_169))) == 0x0A677032L)) , p_15) , p_15) || g_301[0]) >= g_94)))) <= g_20) >= (**l_40)), 0))));
                (*l_339) = (g_192 , (((safe_mod_func_uint16_t_u_u(g_146, 9UL)) , 1L) , l_338[3][4]));
            }
            for (g_115 = 0; (g_115 != (-24)); --g_115)
            { /* block id: 177 */
                int8_t l_342[1][5][4];
                int32_t *l_343[3];
                int32_t l_346[2][5] = {{1L,(-4L),1L,1L,(-4L)},{(-4L),1L,1L,(-4L),1L}};
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 5; j++)
                    {
                        for (k = 0; k < 4; k++)
                            l_342[i][j][k] = 0xBCL;
                    }
                }
                for (i = 0; i < 3; i++)
                    l_343[i] = &g_59;
                ++l_348;
                if (g_77)
                    goto lbl_487;
                (*l_40) = (*l_40);
            }
            return l_338[2][1];
        }
        else
        { /* block id: 182 */
            uint32_t *l_351 = &g_192;
            int32_t l_372 = 0x90526F34L;
            if (((-8L) != ((--(*l_351)) == (safe_mul_func_uint16_t_u_u((((safe_add_func_uint8_t_u_u(((&g_277 != (void*)0) <= (p_15 | (&g_209[1] != &g_209[2]))), p_15)) , l_358) == (void*)0), (-1L))))))
            { /* block id: 184 */
                int32_t *l_361 = &l_324;
                const uint8_t ***l_374 = (void*)0;
                const uint8_t ****l_375 = &l_374;
                (*l_361) = p_15;
                l_324 |= (((0x21L < ((p_15 == p_15) , (safe_lshift_func_int8_t_s_u((l_373 ^= ((++(*l_351)) > (safe_mod_func_uint32_t_u_u((4294967287UL < (safe_mod_func_uint32_t_u_u((safe_mod_func_int8_t_s_s((((((((g_199[0] == l_361) , l_338[3][4]) , (void*)0) != (void*)0) > l_319[2]) | l_372) != 0x2B9CL), 4UL)), l_372))), 4294967295UL)))), 3)))) > 3UL) , (**l_40));
                (*l_375) = l_374;
            }
            else
            { /* block id: 190 */
                uint16_t l_376 = 0UL;
                l_376 &= 1L;
            }
        }
        (*l_377) = (**l_40);
lbl_487:
        for (g_116 = (-1); (g_116 > 60); g_116 = safe_add_func_uint8_t_u_u(g_116, 8))
        { /* block id: 197 */
            uint16_t l_397[1][2][3] = {{{0x2291L,0x2291L,0x2291L},{0x4018L,0x4018L,0x4018L}}};
            uint8_t l_418 = 255UL;
            uint16_t *l_424 = &g_395[2][1][1];
            uint16_t *l_433 = &l_397[0][0][1];
            const int8_t *l_436[1];
            int32_t l_440[2];
            int64_t l_468 = 0x8AB1AB9C30B06ACFLL;
            int64_t l_469 = 0xE54534A34A1B9A29LL;
            uint16_t l_470 = 0xD684L;
            int32_t *l_478 = (void*)0;
            int32_t *l_479 = (void*)0;
            int32_t *l_480 = &l_455;
            int32_t *l_481 = &l_323;
            int32_t *l_482[5];
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_436[i] = &g_20;
            for (i = 0; i < 2; i++)
                l_440[i] = 0xD1F7F17DL;
            for (i = 0; i < 5; i++)
                l_482[i] = (void*)0;
        }
        if (((*l_377) = 0L))
        { /* block id: 236 */
            int32_t *l_489 = &l_460;
            int32_t *l_490 = &l_458;
            int32_t *l_491 = &l_460;
            int32_t *l_492 = &l_338[3][0];
            int32_t *l_493 = &l_457;
            int32_t *l_495 = (void*)0;
            int32_t *l_496 = &l_464;
            int32_t *l_497 = &l_466[1];
            int32_t *l_498[1][3][4] = {{{&l_455,&l_455,&l_455,&l_455},{&l_455,&l_455,&l_455,&l_455},{&l_455,&l_455,&l_455,&l_455}}};
            int i, j, k;
            (*l_40) = l_488;
            --l_499;
            for (g_69 = 0; (g_69 == 18); ++g_69)
            { /* block id: 241 */
                (*l_490) &= p_15;
            }
            for (l_494 = 0; (l_494 <= 0); l_494 += 1)
            { /* block id: 246 */
                int i;
                (*l_488) ^= g_93[l_494];
                (*l_491) |= (-9L);
            }
        }
        else
        { /* block id: 250 */
            uint8_t l_509[3];
            int32_t l_529 = 0xAE7DD257L;
            int32_t l_530 = 0x4127D366L;
            int32_t l_531 = 1L;
            int32_t l_532 = 0x5A04162BL;
            int32_t l_533 = 0x0A14D250L;
            int32_t l_534 = 0xBCA6DDDCL;
            int32_t l_535[5][3][1] = {{{0x7301725CL},{(-10L)},{0x7FD1A1F2L}},{{(-10L)},{0x7301725CL},{(-10L)}},{{0x7301725CL},{(-10L)},{0x7FD1A1F2L}},{{(-10L)},{0x7301725CL},{(-10L)}},{{0x7301725CL},{(-10L)},{0x7FD1A1F2L}}};
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_509[i] = 0UL;
            if (((safe_mul_func_int8_t_s_s((safe_mul_func_int16_t_s_s((safe_unary_minus_func_int64_t_s(l_509[2])), (safe_lshift_func_uint16_t_u_s((&l_359[0][0] == l_512), (safe_lshift_func_uint16_t_u_s(((safe_mul_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u(g_520, ((void*)0 == &g_209[3]))), 0x9229L)) != (*l_39)), 7)))))), p_15)) >= p_15))
            { /* block id: 251 */
                (*l_40) = g_521;
                g_522 = g_522;
                (*l_40) = (void*)0;
            }
            else
            { /* block id: 255 */
                uint8_t *l_527[2];
                int32_t l_528[1][3][3] = {{{(-1L),(-1L),(-1L)},{0L,0L,0L},{(-1L),(-1L),(-1L)}}};
                uint64_t *l_555 = &l_319[2];
                int i, j, k;
                for (i = 0; i < 2; i++)
                    l_527[i] = &l_509[2];
                (*l_488) = ((*l_377) = ((0x5CB390D5A09655BBLL || ((*l_555) = ((0x2363EA6AL && (((safe_rshift_func_uint8_t_u_u(0x33L, (--g_538))) <= (l_528[0][1][2] >= (safe_mul_func_int16_t_s_s(((safe_div_func_uint32_t_u_u((((safe_mul_func_uint8_t_u_u((!(((safe_mul_func_int8_t_s_s(((((safe_rshift_func_uint16_t_u_u((safe_add_func_uint16_t_u_u((!0xB56530B152A2166CLL), l_509[2])), g_57)) <= p_15) || p_15) , 0x19L), 0x2AL)) , g_115) <= 0x157FL)), (*l_377))) >= p_15) , g_536), 0x09239303L)) , p_15), 1UL)))) & p_15)) > l_528[0][2][1]))) , l_533));
            }
        }
    }
    else
    { /* block id: 262 */
        int32_t *l_556 = &g_520;
        int32_t *l_557 = &g_520;
        int32_t *l_558 = (void*)0;
        int32_t *l_559 = (void*)0;
        int32_t *l_560 = &g_59;
        int32_t *l_561 = (void*)0;
        int32_t *l_562 = &l_455;
        int32_t *l_563 = &l_458;
        int32_t *l_564 = &l_321;
        int32_t *l_565 = &g_59;
        int32_t l_566 = 0xBC94BA48L;
        int32_t *l_567 = &l_466[1];
        int32_t *l_568 = &l_456;
        int32_t *l_569[1];
        int8_t l_570 = 2L;
        uint64_t l_571 = 0x5661D17D30603639LL;
        int8_t *l_584 = &g_115;
        int64_t *l_589 = &g_94;
        int8_t **l_605 = &l_41[0][0][2];
        int8_t ***l_604[2][4][3] = {{{&l_605,&l_605,&l_605},{&l_605,&l_605,&l_605},{&l_605,&l_605,&l_605},{&l_605,&l_605,&l_605}},{{&l_605,&l_605,&l_605},{&l_605,&l_605,&l_605},{&l_605,&l_605,&l_605},{&l_605,&l_605,&l_605}}};
        int16_t **l_615 = &g_305;
        uint32_t l_638 = 0x9A17F630L;
        uint16_t l_647 = 65535UL;
        uint32_t *l_648[4][2] = {{&g_301[0],&g_301[0]},{&g_301[0],&g_301[0]},{&g_301[0],&g_301[0]},{&g_301[0],&g_301[0]}};
        uint32_t l_669 = 0x5969041EL;
        int64_t l_708[4][1] = {{8L},{0x7CDA4B1CABC7A7C2LL},{8L},{0x7CDA4B1CABC7A7C2LL}};
        int16_t l_732 = (-8L);
        uint32_t l_779 = 0xAA25902DL;
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_569[i] = &l_458;
lbl_620:
        l_571++;
        if ((safe_sub_func_int8_t_s_s(((*l_584) |= (((safe_lshift_func_int16_t_s_u((safe_lshift_func_uint8_t_u_s((&g_57 == &g_57), ((safe_div_func_uint64_t_u_u((safe_mod_func_uint8_t_u_u((&l_570 != (l_41[0][0][2] = &l_570)), p_15)), g_146)) == (*g_169)))), 13)) == (*l_39)) , (*l_556))), (*l_563))))
        { /* block id: 266 */
            int64_t l_585 = 0x7AAA71A2E7B18C37LL;
            int64_t *l_590 = &l_585;
            int64_t **l_591 = &l_415;
            --l_586;
            (*l_563) = ((l_590 = l_589) != ((*l_591) = l_589));
        }
        else
        { /* block id: 271 */
            uint64_t *l_603[4][3][2] = {{{(void*)0,&l_571},{&g_484[4],(void*)0},{&g_484[1],&g_484[2]}},{{&g_484[2],&g_484[2]},{&g_484[1],(void*)0},{&g_484[4],&l_571}},{{(void*)0,&g_484[1]},{&g_484[2],(void*)0},{&l_571,&g_146}},{{&l_571,(void*)0},{&g_484[2],&g_484[2]},{&g_146,&g_484[2]}}};
            uint32_t l_612 = 0UL;
            uint8_t l_616[3];
            uint8_t *l_617 = (void*)0;
            uint8_t *l_618 = &g_277;
            int8_t l_619 = 7L;
            uint8_t l_636[1][5][3] = {{{0x7BL,5UL,248UL},{1UL,0xAEL,255UL},{0x7BL,0x7BL,255UL},{0xAEL,1UL,248UL},{5UL,0x7BL,5UL}}};
            uint32_t l_637 = 4294967291UL;
            uint8_t ***l_640 = &l_639[2];
            uint64_t **l_642 = &l_603[2][0][0];
            uint64_t ***l_641 = &l_642;
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_616[i] = 1UL;
            if ((safe_div_func_uint8_t_u_u(((safe_div_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(((*l_584) |= ((((safe_unary_minus_func_uint8_t_u(((safe_add_func_uint32_t_u_u((safe_lshift_func_int8_t_s_u((((g_146 = g_301[0]) , ((((void*)0 != l_604[0][1][0]) != (safe_div_func_uint8_t_u_u((((safe_mul_func_uint8_t_u_u(((*l_618) = ((((&g_169 != ((((((0xFFL == 246UL) , l_612) || (*g_169)) , l_613) == &g_75[0]) , l_615)) , p_15) <= 0x54577E0DL) & l_616[1])), (**l_40))) , 1UL) != 0UL), l_612))) || 0x5DF67037L)) ^ 0x9FL), 2)), p_15)) , p_15))) != 1L) , p_15) || 1UL)), l_619)), p_15)) & 2L), 0xD6L)))
            { /* block id: 275 */
                (*l_564) = (*g_521);
                if (l_321)
                    goto lbl_620;
                (*l_40) = &l_566;
                (*l_40) = &g_2;
            }
            else
            { /* block id: 280 */
                uint8_t ***l_634 = (void*)0;
                uint8_t ****l_633 = &l_634;
                const int32_t l_635[4] = {(-10L),(-10L),(-10L),(-10L)};
                int i;
                (*l_567) = ((((((safe_mod_func_int8_t_s_s((safe_mod_func_uint64_t_u_u(p_15, l_616[1])), (((l_637 |= (safe_lshift_func_int16_t_s_s((0x788A2EF8FD13F53ALL >= ((safe_rshift_func_uint8_t_u_s(((~(((p_15 , g_630) != l_633) < l_635[3])) || p_15), p_15)) > g_301[0])), l_636[0][2][1]))) , l_616[1]) , p_15))) , 0L) == p_15) , (**g_632)) >= l_635[3]) , p_15);
            }
            (*l_641) = ((l_638 , ((g_393 &= ((*g_632) == ((((p_15 ^ (((*g_631) == ((*l_640) = l_639[2])) >= (*l_563))) ^ p_15) <= g_69) , l_584))) >= 1UL)) , (void*)0);
        }
        if (((****g_630) , (((*l_565) != (safe_div_func_uint8_t_u_u(((g_33 ^= (((safe_lshift_func_uint8_t_u_s(((g_115 >= 0xE0EBL) | (-5L)), (*l_557))) , g_69) , l_647)) < (-9L)), (**l_40)))) , 1L)))
        { /* block id: 289 */
            uint32_t l_656 = 4294967294UL;
            const int32_t *l_663 = &l_458;
            const int32_t * const *l_662 = &l_663;
            const int32_t * const **l_661 = &l_662;
            for (l_321 = (-28); (l_321 == (-16)); l_321 = safe_add_func_uint32_t_u_u(l_321, 4))
            { /* block id: 292 */
                if ((*l_39))
                    break;
            }
            for (l_456 = 0; (l_456 <= (-2)); l_456 = safe_sub_func_int64_t_s_s(l_456, 9))
            { /* block id: 297 */
                const int64_t l_653 = 1L;
                (*l_564) |= (l_653 , (*g_521));
            }
            for (l_464 = (-14); (l_464 <= 15); ++l_464)
            { /* block id: 302 */
                const int32_t * const **l_659 = (void*)0;
                const int32_t * const ***l_660 = &l_659;
                l_656--;
                l_661 = ((*l_660) = l_659);
            }
            for (l_460 = 0; (l_460 <= 1); l_460 += 1)
            { /* block id: 309 */
                int8_t *l_664 = (void*)0;
                uint64_t *l_676 = &g_484[2];
                uint16_t *l_677[5];
                int32_t l_678[3][1];
                int16_t ***l_687[1][1][2];
                int8_t l_694 = 0x41L;
                int32_t *l_696 = &l_373;
                int i, j, k;
                for (i = 0; i < 5; i++)
                    l_677[i] = &g_395[2][1][1];
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_678[i][j] = (-1L);
                }
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                    {
                        for (k = 0; k < 2; k++)
                            l_687[i][j][k] = (void*)0;
                    }
                }
                (*l_565) &= ((*l_563) = ((((g_76[l_460] != (l_664 = &g_20)) , (safe_mul_func_uint16_t_u_u((g_32[(l_460 + 1)] , (p_15 > p_15)), g_243))) & (*g_521)) || p_15));
                (*l_40) = (*l_40);
                (*l_567) &= ((safe_rshift_func_uint8_t_u_s((l_669 < (safe_sub_func_int8_t_s_s((**l_662), p_15))), 5)) > (safe_sub_func_uint16_t_u_u(g_32[(l_460 + 1)], (l_678[2][0] ^= ((((((*l_676) = (safe_rshift_func_int8_t_s_u(p_15, 0))) == g_94) | 0xD3L) , p_15) | 0L)))));
                (*l_567) ^= ((*l_563) = (((safe_lshift_func_uint8_t_u_u(((g_524 >= (((safe_lshift_func_int8_t_s_s((safe_lshift_func_int16_t_s_u(((0x9D5BEB8F6DF52A77LL ^ (((safe_lshift_func_uint16_t_u_u((((*l_696) = ((((g_688 = l_615) != ((safe_mul_func_int16_t_s_s(((g_395[2][1][1] &= (g_32[(l_460 + 1)] , ((safe_sub_func_uint8_t_u_u(((~((**g_632) = 5UL)) , 0x12L), 255UL)) , g_32[2]))) > l_694), 0x7BC6L)) , l_695[1][2][1])) && p_15) & (*g_169))) , g_20), (*l_663))) ^ g_69) >= (-7L))) , p_15), 11)), 6)) && p_15) , g_69)) ^ 0xFAL), p_15)) & p_15) , p_15));
            }
        }
        else
        { /* block id: 324 */
            int64_t l_697 = 0xD602FE1F04365A6ALL;
            int64_t **l_712 = &l_589;
            int64_t ***l_711 = &l_712;
            int64_t **l_714 = &l_415;
            int64_t ***l_713 = &l_714;
            uint8_t ***l_737 = &l_639[3];
            int32_t l_738 = 0x6DC62E37L;
            uint32_t l_757 = 4294967291UL;
            int32_t **l_768 = &l_556;
            int32_t l_771 = 6L;
            int32_t l_772 = 3L;
            int32_t l_773 = (-1L);
            int32_t l_777[1];
            int i;
            for (i = 0; i < 1; i++)
                l_777[i] = (-5L);
            (*l_563) = (l_697 & ((safe_add_func_uint32_t_u_u(p_15, 0x8757EF1DL)) <= (((*g_169) = (safe_mul_func_int8_t_s_s(((safe_add_func_uint64_t_u_u((**l_40), (safe_lshift_func_int16_t_s_s((safe_sub_func_uint32_t_u_u(g_520, g_524)), p_15)))) < p_15), p_15))) & l_708[2][0])));
            if ((safe_rshift_func_uint16_t_u_s(p_15, ((1L != ((p_15 , ((*l_711) = &l_415)) != ((*l_713) = (void*)0))) < (*g_169)))))
            { /* block id: 329 */
                uint32_t l_715 = 0x078418E1L;
                int32_t l_733 = (-4L);
                int32_t l_734 = 1L;
                l_715 = (**l_40);
                (*l_562) ^= (safe_add_func_int16_t_s_s((!((safe_rshift_func_uint16_t_u_u(((l_715 | (safe_div_func_uint8_t_u_u(((((safe_mul_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_u(1UL, (((void*)0 != g_727) && (((safe_mod_func_int64_t_s_s((safe_mul_func_uint8_t_u_u(((*l_556) &= (**g_632)), p_15)), g_57)) & 1L) || (-1L))))) > p_15), l_732)) ^ l_697) <= p_15) | l_733), l_734))) || p_15), g_32[2])) , (-3L))), g_301[0]));
                (*l_562) &= ((void*)0 == l_415);
                l_736 |= (!2L);
            }
            else
            { /* block id: 335 */
                l_738 = (l_737 == (void*)0);
            }
            for (l_321 = 2; (l_321 < (-28)); l_321 = safe_sub_func_uint32_t_u_u(l_321, 5))
            { /* block id: 340 */
                int8_t l_756 = 1L;
                uint32_t **l_762 = &g_523;
                uint32_t ***l_763 = (void*)0;
                uint32_t ***l_764 = (void*)0;
                uint32_t ***l_765[5] = {&l_762,&l_762,&l_762,&l_762,&l_762};
                int32_t l_770 = (-6L);
                int32_t l_774 = 0L;
                int32_t l_775 = 0xA0EE58F3L;
                int32_t l_776 = 0xBED6B001L;
                int32_t l_778 = 0xD8CD4744L;
                int i;
                (*l_557) ^= (safe_sub_func_uint16_t_u_u(p_15, (safe_sub_func_uint8_t_u_u(((****g_630) = (safe_add_func_uint32_t_u_u((+(safe_mul_func_uint16_t_u_u(((safe_sub_func_int64_t_s_s(((safe_div_func_uint64_t_u_u((safe_mul_func_uint8_t_u_u(p_15, 0x77L)), g_34)) >= ((l_738 = ((g_95 , l_756) > g_93[0])) >= 1L)), l_757)) < 0x0FB8L), p_15))), 0x170CB0B2L))), l_756))));
                l_769 = (safe_mod_func_uint32_t_u_u(((safe_rshift_func_uint8_t_u_s(255UL, (l_762 == (g_522 = &g_523)))) <= ((-1L) && (((safe_mod_func_int16_t_s_s(((((void*)0 == l_768) < p_15) > 246UL), (*l_560))) ^ 0x1B315FEFB5861FBDLL) , p_15))), 4294967295UL));
                --l_779;
            }
            (*l_40) = (*l_768);
        }
    }
    return p_15;
}


/* ------------------------------------------ */
/* 
 * reads : g_20 g_32 g_2 g_33 g_57 g_30 g_59 g_34 g_95 g_116 g_93 g_146 g_192 g_169 g_115 g_77 g_76 g_243 g_209 g_69 g_199 g_301
 * writes: g_20 g_57 g_59 g_30 g_69 g_75 g_78 g_95 g_34 g_116 g_33 g_32 g_146 g_94 g_169 g_199 g_209 g_301 g_305
 */
static uint32_t  func_35(int32_t * p_36, uint32_t  p_37, uint64_t  p_38)
{ /* block id: 8 */
    uint8_t l_79 = 0x31L;
    int32_t l_90[2];
    int32_t l_109 = 0x6FCA15F1L;
    int8_t *l_136 = &g_20;
    const int32_t *l_143[5] = {&l_90[1],&l_90[1],&l_90[1],&l_90[1],&l_90[1]};
    const int32_t **l_142 = &l_143[3];
    int16_t *l_168 = &g_69;
    int64_t *l_172 = (void*)0;
    int64_t **l_171 = &l_172;
    uint8_t *l_208 = &g_30;
    int16_t l_228[2];
    int32_t l_244 = 0x9E98DDEFL;
    int16_t l_309 = 0x9DF2L;
    int i;
    for (i = 0; i < 2; i++)
        l_90[i] = 0x8626FBE5L;
    for (i = 0; i < 2; i++)
        l_228[i] = 0xF247L;
    if ((safe_rshift_func_int8_t_s_u((-1L), 6)))
    { /* block id: 9 */
        const int8_t l_63 = (-1L);
        int32_t l_65 = 0L;
        int32_t *l_80 = (void*)0;
        int32_t *l_81 = (void*)0;
        int32_t *l_82 = &l_65;
        int32_t l_92[2];
        int64_t *l_106 = (void*)0;
        int16_t *l_132 = &g_93[0];
        int16_t *l_134 = &g_32[2];
        int i;
        for (i = 0; i < 2; i++)
            l_92[i] = 9L;
        for (p_37 = 0; (p_37 != 36); ++p_37)
        { /* block id: 12 */
            uint16_t l_60 = 65532UL;
            uint8_t *l_64 = &g_30;
            uint8_t l_66 = 0x7EL;
            int32_t *l_71 = &g_59;
            for (g_20 = 3; (g_20 >= 0); g_20 -= 1)
            { /* block id: 15 */
                int32_t *l_58 = &g_59;
                int i;
                (*l_58) |= func_48(g_32[g_20], (*p_36));
                if (g_32[3])
                    break;
                return l_60;
            }
            if ((((0UL < p_38) , (g_34 & ((l_65 = ((*l_64) = (+(!(((((g_33 <= 0x16AAL) , 0xA4C96F5CA2083815LL) & g_57) >= 18446744073709551608UL) >= l_63))))) && l_66))) , 7L))
            { /* block id: 26 */
                uint8_t *l_67 = &l_66;
                int16_t *l_68 = &g_69;
                int32_t *l_70[3][2];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_70[i][j] = &g_59;
                }
                g_59 = (g_32[0] & ((*l_68) = (&g_30 != ((g_2 , 3L) , l_67))));
            }
            else
            { /* block id: 29 */
                const int8_t **l_72 = (void*)0;
                const int8_t ***l_73 = (void*)0;
                const int8_t ***l_74[4] = {&l_72,&l_72,&l_72,&l_72};
                int i;
                l_71 = &g_2;
                g_78 = (g_75[0] = l_72);
            }
        }
        if (((*l_82) = (g_59 &= l_79)))
        { /* block id: 37 */
            int32_t l_88 = 0x134511E0L;
            int16_t l_89[2];
            int32_t l_91[3][5][3] = {{{0x24176C37L,0x24176C37L,0x24176C37L},{0x8BF77F61L,0x8BF77F61L,0x8BF77F61L},{0x24176C37L,0x24176C37L,0x24176C37L},{0x8BF77F61L,0x8BF77F61L,0x8BF77F61L},{0x24176C37L,0x24176C37L,0x24176C37L}},{{0x8BF77F61L,0x8BF77F61L,0x8BF77F61L},{0x24176C37L,0x24176C37L,0x24176C37L},{0x8BF77F61L,0x8BF77F61L,0x8BF77F61L},{0x24176C37L,0x24176C37L,0x24176C37L},{0x8BF77F61L,0x8BF77F61L,0x8BF77F61L}},{{0x24176C37L,0x24176C37L,0x24176C37L},{0x8BF77F61L,0x8BF77F61L,0x8BF77F61L},{0x24176C37L,0x24176C37L,0x24176C37L},{0x8BF77F61L,0x8BF77F61L,0x8BF77F61L},{0x24176C37L,0x24176C37L,0x24176C37L}}};
            uint8_t *l_107 = &l_79;
            int8_t *l_108 = &g_20;
            int16_t **l_133 = &l_132;
            int8_t **l_135 = &l_108;
            uint32_t *l_137 = &g_33;
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_89[i] = 0x4480L;
            for (p_38 = 0; (p_38 <= 1); p_38 += 1)
            { /* block id: 40 */
                int64_t *l_84 = (void*)0;
                int64_t **l_83[2][1];
                int64_t ***l_85 = (void*)0;
                int64_t ***l_86 = &l_83[0][0];
                int32_t *l_87[3];
                int32_t **l_98 = (void*)0;
                int32_t **l_99 = &l_81;
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_83[i][j] = &l_84;
                }
                for (i = 0; i < 3; i++)
                    l_87[i] = &l_65;
                (*l_86) = l_83[0][0];
                if (g_57)
                    break;
                g_95--;
                (*l_99) = (p_37 , p_36);
            }
            l_109 ^= (((safe_lshift_func_int8_t_s_u((p_37 , ((*l_108) = (p_38 ^ (safe_mul_func_uint8_t_u_u(((*l_107) = ((l_106 != (void*)0) != g_57)), 0L))))), l_90[0])) ^ l_90[1]) , 0xE765C773L);
            for (g_34 = 0; (g_34 > 13); ++g_34)
            { /* block id: 51 */
                int32_t *l_112 = &l_92[1];
                int32_t *l_113 = &l_92[1];
                int32_t *l_114[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_114[i] = &l_92[1];
                ++g_116;
            }
            (*l_82) |= ((safe_lshift_func_int8_t_s_u((safe_mod_func_int32_t_s_s(((safe_div_func_uint8_t_u_u(255UL, (safe_lshift_func_int16_t_s_s((!((*l_137) = ((((*l_135) = ((safe_add_func_uint32_t_u_u((0x35C36BF40340A1BDLL && ((((*l_133) = l_132) == l_134) <= 65528UL)), g_30)) , l_107)) == l_136) , g_116))), 13)))) , g_93[0]), 0x96F98B6AL)), 2)) ^ (-1L));
        }
        else
        { /* block id: 58 */
            uint8_t l_144 = 248UL;
            int64_t **l_150 = &l_106;
            int64_t ***l_149 = &l_150;
            uint32_t *l_156 = &g_33;
            int32_t *l_173 = &l_92[1];
            for (g_116 = 0; (g_116 <= 1); g_116 += 1)
            { /* block id: 61 */
                int32_t *l_145[3][5][2] = {{{&l_90[0],&l_90[0]},{&l_90[0],&l_90[0]},{&l_90[0],&l_90[0]},{&l_90[0],&l_90[0]},{&l_90[0],&l_90[0]}},{{&l_90[0],&l_90[0]},{&l_90[0],&l_90[0]},{&l_90[0],&l_90[0]},{&l_90[0],&l_90[0]},{&l_90[0],&l_90[0]}},{{&l_90[0],&l_90[0]},{&l_90[0],&l_90[0]},{&l_90[0],&l_90[0]},{&l_90[0],&l_90[0]},{&l_90[0],&l_90[0]}}};
                int i, j, k;
                l_144 &= (l_92[g_116] = (safe_mul_func_int16_t_s_s(((*l_134) = (safe_mul_func_int16_t_s_s(l_92[g_116], (((l_90[g_116] & l_79) , l_142) != (void*)0)))), 0x8E1CL)));
                g_146++;
                (*l_82) = ((*l_82) <= (**l_142));
            }
            (*l_149) = &l_106;
            if (((**l_142) | ((!((g_94 = ((safe_mod_func_int16_t_s_s(((safe_sub_func_uint32_t_u_u((++(*l_156)), p_38)) || g_2), g_34)) != ((**l_142) || p_38))) != g_34)) ^ l_144)))
            { /* block id: 71 */
                (*l_82) |= ((0x9CL | (safe_rshift_func_uint8_t_u_s((g_93[0] & p_37), 3))) >= g_93[0]);
            }
            else
            { /* block id: 73 */
                uint16_t l_165 = 65535UL;
                int16_t *l_170 = &g_32[3];
                l_109 &= (safe_mul_func_uint16_t_u_u((safe_sub_func_int8_t_s_s(l_165, (safe_div_func_uint32_t_u_u((((g_169 = l_168) == l_170) | ((void*)0 != l_171)), l_165)))), l_165));
            }
            (*l_173) = (g_59 |= ((*l_82) = l_144));
        }
    }
    else
    { /* block id: 81 */
        uint8_t *l_186 = (void*)0;
        uint8_t *l_187 = &g_30;
        int32_t l_198 = 1L;
        g_59 = (safe_div_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((((safe_add_func_uint64_t_u_u((((-9L) >= (safe_rshift_func_int8_t_s_u(((*l_136) |= (((*l_187) = g_93[0]) ^ ((((((((safe_rshift_func_uint16_t_u_s(g_93[0], ((*g_169) = (safe_lshift_func_int16_t_s_s(g_192, 5))))) & (safe_lshift_func_int8_t_s_u(((safe_mul_func_uint8_t_u_u(((safe_unary_minus_func_uint64_t_u(l_198)) , p_37), p_37)) || g_115), 7))) != 4294967295UL) | p_37) || 2UL) < g_77) | g_32[2]) == p_38))), g_192))) , l_198), 0xEDE0B67276F1C910LL)) <= g_93[0]) == g_146), p_37)), p_37)), 255UL));
        g_199[0] = &g_2;
    }
    for (p_38 = 0; (p_38 > 5); p_38 = safe_add_func_int32_t_s_s(p_38, 9))
    { /* block id: 90 */
        uint8_t *l_207 = &g_30;
        uint8_t **l_206[4][1][5] = {{{&l_207,&l_207,&l_207,&l_207,&l_207}},{{&l_207,&l_207,&l_207,&l_207,&l_207}},{{&l_207,&l_207,&l_207,&l_207,&l_207}},{{&l_207,&l_207,&l_207,&l_207,&l_207}}};
        int32_t *l_210[4];
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_210[i] = &g_59;
        l_90[1] = ((safe_mod_func_uint32_t_u_u(0x25A8890BL, (safe_mul_func_uint8_t_u_u((4294967289UL <= (((l_208 = &l_79) == (g_209[3] = &g_30)) | g_30)), 0x8EL)))) && p_38);
        if ((*p_36))
            break;
    }
    for (g_95 = 0; (g_95 <= 1); g_95 += 1)
    { /* block id: 98 */
        uint32_t l_211 = 4294967289UL;
        uint32_t l_227 = 18446744073709551615UL;
        int32_t *l_229 = (void*)0;
        int32_t *l_230 = &l_90[1];
        int32_t *l_231 = &l_109;
        int16_t * const l_254 = &g_93[0];
        int32_t l_261 = 3L;
        int32_t l_262[1][1][2];
        int32_t l_289 = 0xD96D8BCEL;
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
            {
                for (k = 0; k < 2; k++)
                    l_262[i][j][k] = 1L;
            }
        }
        if ((l_211 > ((safe_rshift_func_int16_t_s_u((((((void*)0 == &l_168) > ((((*l_168) = ((safe_lshift_func_int16_t_s_s(p_37, 1)) , (safe_rshift_func_int16_t_s_u((safe_unary_minus_func_int32_t_s(((*l_231) = ((*l_230) = (safe_mod_func_uint16_t_u_u(((safe_rshift_func_int8_t_s_s((safe_rshift_func_int8_t_s_u(((safe_div_func_int16_t_s_s(0L, l_227)) | 0xBFBDCEB8L), p_37)), 0)) > 0x6FCC0EDDC4DC97BALL), l_228[0])))))), 5)))) != p_37) < p_38)) && 0xD8L) ^ p_38), p_37)) > p_37)))
        { /* block id: 102 */
            int64_t *l_245 = (void*)0;
            int64_t *l_246 = (void*)0;
            int64_t *l_247 = &g_57;
            const int32_t l_248 = 0x2CD0738BL;
            int i;
            if ((((*l_168) = ((safe_rshift_func_uint16_t_u_s(((safe_lshift_func_int8_t_s_u(((*l_136) = (safe_sub_func_int64_t_s_s(((*l_247) ^= (((p_38 != p_38) , ((safe_rshift_func_int8_t_s_u((+(safe_rshift_func_uint8_t_u_s((l_244 = ((((**l_142) != (g_76[g_95] == &g_30)) , g_59) , g_243)), 4))), p_38)) <= 0x839EC283L)) | (*p_36))), p_38))), 2)) ^ l_248), 8)) , 6L)) ^ p_37))
            { /* block id: 107 */
                uint32_t l_249 = 5UL;
                (*l_230) |= 0x1F6309FAL;
                return l_249;
            }
            else
            { /* block id: 110 */
                (*l_230) ^= (*p_36);
            }
        }
        else
        { /* block id: 113 */
            uint32_t l_252 = 0xD81C09BDL;
            uint32_t *l_253 = &l_227;
            int16_t *l_255 = &g_32[0];
            int32_t l_259[4][2][2] = {{{0x543FF4C4L,0x543FF4C4L},{0x543FF4C4L,0x543FF4C4L}},{{0x543FF4C4L,0x543FF4C4L},{0x543FF4C4L,0x543FF4C4L}},{{0x543FF4C4L,0x543FF4C4L},{0x543FF4C4L,0x543FF4C4L}},{{0x543FF4C4L,0x543FF4C4L},{0x543FF4C4L,0x543FF4C4L}}};
            int i, j, k;
            (*l_231) = (((p_37 == (((safe_sub_func_int32_t_s_s(((*l_230) = l_252), (((*l_231) > (g_243 < (((*l_253) = ((l_252 <= p_37) <= 0xC1L)) , 0xB7E6810FC3985818LL))) <= p_38))) , l_254) != l_255)) & (*l_231)) & 0x9BL);
            (*l_231) ^= (**l_142);
            for (g_34 = 1; (g_34 >= 0); g_34 -= 1)
            { /* block id: 120 */
                int64_t l_256 = (-3L);
                int32_t *l_257 = (void*)0;
                int32_t *l_258 = &g_59;
                int32_t *l_260[5];
                uint32_t l_263[3];
                int i;
                for (i = 0; i < 5; i++)
                    l_260[i] = &l_90[0];
                for (i = 0; i < 3; i++)
                    l_263[i] = 0x9719984EL;
                (*l_231) = ((*l_230) = l_256);
                if ((*p_36))
                    break;
                if ((*p_36))
                    continue;
                --l_263[0];
            }
            if ((*p_36))
                break;
        }
        (*l_230) = (**l_142);
        for (l_244 = 1; (l_244 >= 0); l_244 -= 1)
        { /* block id: 132 */
            int8_t **l_268[2][4] = {{&l_136,&l_136,&l_136,&l_136},{&l_136,&l_136,&l_136,&l_136}};
            int32_t l_283 = 0x01CEF08BL;
            int32_t l_285 = 0xBA1F70C1L;
            int32_t l_291 = 4L;
            int64_t l_292 = 0x51F9C94B45958B3CLL;
            int32_t l_293 = 0xB685A5A9L;
            int32_t l_294 = 0x84501794L;
            int32_t l_295 = 1L;
            int32_t l_296 = 0L;
            int32_t l_298 = 8L;
            int32_t l_299 = 0xABDFC57CL;
            int i, j;
            for (g_146 = 0; (g_146 <= 1); g_146 += 1)
            { /* block id: 135 */
                int i;
                l_109 = ((((l_90[0] |= (l_228[g_95] == l_228[g_95])) == (g_209[(l_244 + 1)] != (void*)0)) ^ (safe_rshift_func_int16_t_s_s(0x59B7L, (*g_169)))) && 0x82DA5E5B53FD60A1LL);
                g_199[g_95] = g_199[g_95];
            }
            if (((void*)0 == l_268[1][0]))
            { /* block id: 140 */
                uint32_t *l_271 = (void*)0;
                uint32_t *l_272 = (void*)0;
                uint32_t *l_273 = &l_227;
                uint8_t *l_276[3][2][5] = {{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_277,&g_277,&g_277,&g_277,&g_277}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_277,&g_277,&g_277,&g_277,&g_277}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_277,&g_277,&g_277,&g_277,&g_277}}};
                int32_t l_278 = 0x569C656FL;
                int32_t l_279 = 1L;
                int32_t l_280 = (-1L);
                int32_t l_281 = 0x489A9837L;
                int32_t l_282 = 0xBDD371AFL;
                int32_t l_284 = 0x0E33C989L;
                int32_t l_286 = 1L;
                int32_t l_287 = 3L;
                int32_t l_288 = 0L;
                int32_t l_290 = (-1L);
                int32_t l_297 = 0xF12F4B51L;
                int32_t l_300 = (-1L);
                int16_t **l_304 = &g_169;
                int64_t *l_308 = &l_292;
                int i, j, k;
                (*l_231) = (safe_add_func_int8_t_s_s(((((*l_273) &= 0x9ADCCFBDL) , (safe_div_func_uint8_t_u_u(((*l_208) = 0x80L), (((++g_301[0]) | ((((*l_304) = &g_32[3]) != (g_305 = &l_228[0])) , ((safe_rshift_func_uint8_t_u_s((l_90[0] |= ((((*l_308) = p_37) & g_32[3]) >= g_93[0])), 2)) == p_38))) & p_38)))) || l_278), p_38));
            }
            else
            { /* block id: 149 */
                (*l_230) = l_292;
            }
            (*l_231) &= ((-2L) < g_301[0]);
            if (l_309)
                break;
        }
        if ((*p_36))
            continue;
        for (l_227 = 0; (l_227 <= 4); l_227 += 1)
        { /* block id: 158 */
            uint16_t l_310 = 0xE251L;
            (*l_231) = (0xE9C75F3BL | l_310);
        }
    }
    l_109 ^= (**l_142);
    return g_20;
}


/* ------------------------------------------ */
/* 
 * reads : g_33 g_57 g_30
 * writes: g_57
 */
static int32_t  func_48(const uint32_t  p_49, int32_t  p_50)
{ /* block id: 16 */
    int8_t l_51 = 0xA6L;
    int64_t *l_56 = &g_57;
    p_50 = (((((l_51 > (((safe_mul_func_uint16_t_u_u(((safe_mul_func_int16_t_s_s((p_50 == (((*l_56) |= ((9UL ^ ((g_33 != (p_49 & 0x9258C0F86F4C35C2LL)) , 1L)) == l_51)) ^ l_51)), 0xA0DEL)) , g_30), l_51)) , p_49) >= 0x8BL)) > l_51) != l_51) , l_51) , l_51);
    return l_51;
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
    transparent_crc(g_30, "g_30", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_32[i], "g_32[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_77, "g_77", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_93[i], "g_93[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_94, "g_94", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_115, "g_115", print_hash_value);
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_146, "g_146", print_hash_value);
    transparent_crc(g_192, "g_192", print_hash_value);
    transparent_crc(g_243, "g_243", print_hash_value);
    transparent_crc(g_277, "g_277", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_301[i], "g_301[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_393, "g_393", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_395[i][j][k], "g_395[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_484[i], "g_484[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_520, "g_520", print_hash_value);
    transparent_crc(g_524, "g_524", print_hash_value);
    transparent_crc(g_536, "g_536", print_hash_value);
    transparent_crc(g_538, "g_538", print_hash_value);
    transparent_crc(g_782, "g_782", print_hash_value);
    transparent_crc(g_839, "g_839", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 289
XXX total union variables: 0

XXX max expression depth: 40
breakdown:
   depth: 1, occurrence: 180
   depth: 2, occurrence: 42
   depth: 3, occurrence: 4
   depth: 4, occurrence: 1
   depth: 5, occurrence: 3
   depth: 6, occurrence: 2
   depth: 8, occurrence: 4
   depth: 9, occurrence: 2
   depth: 10, occurrence: 1
   depth: 11, occurrence: 6
   depth: 12, occurrence: 2
   depth: 13, occurrence: 5
   depth: 14, occurrence: 1
   depth: 15, occurrence: 5
   depth: 17, occurrence: 1
   depth: 18, occurrence: 2
   depth: 19, occurrence: 2
   depth: 20, occurrence: 4
   depth: 21, occurrence: 2
   depth: 22, occurrence: 1
   depth: 24, occurrence: 1
   depth: 26, occurrence: 1
   depth: 27, occurrence: 1
   depth: 31, occurrence: 1
   depth: 32, occurrence: 1
   depth: 33, occurrence: 1
   depth: 40, occurrence: 1

XXX total number of pointers: 238

XXX times a variable address is taken: 313
XXX times a pointer is dereferenced on RHS: 86
breakdown:
   depth: 1, occurrence: 55
   depth: 2, occurrence: 24
   depth: 3, occurrence: 2
   depth: 4, occurrence: 4
   depth: 5, occurrence: 1
XXX times a pointer is dereferenced on LHS: 128
breakdown:
   depth: 1, occurrence: 116
   depth: 2, occurrence: 8
   depth: 3, occurrence: 3
   depth: 4, occurrence: 1
XXX times a pointer is compared with null: 15
XXX times a pointer is compared with address of another variable: 3
XXX times a pointer is compared with another pointer: 7
XXX times a pointer is qualified to be dereferenced: 4808

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 353
   level: 2, occurrence: 76
   level: 3, occurrence: 36
   level: 4, occurrence: 32
   level: 5, occurrence: 5
XXX number of pointers point to pointers: 77
XXX number of pointers point to scalars: 161
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 24.8
XXX average alias set size: 1.24

XXX times a non-volatile is read: 719
XXX times a non-volatile is write: 402
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 2

XXX stmts: 174
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 16
   depth: 1, occurrence: 25
   depth: 2, occurrence: 52
   depth: 3, occurrence: 81

XXX percentage a fresh-made variable is used: 17.2
XXX percentage an existing variable is used: 82.8
********************* end of statistics **********************/

