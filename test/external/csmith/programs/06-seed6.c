/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 6 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      6
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
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
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
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int32_t safe_unary_minus_func_int32_t_s(int32_t a) { return (a == (-2147483647 - 1)) ? a : (int32_t)-a; }
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
static int8_t safe_unary_minus_func_int8_t_s(int8_t a) { return (a == (-127 - 1)) ? a : (int8_t)-a; }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_8 = 1L;
static int64_t g_20 = 0x75A592C6EED1E12ALL;
static int8_t g_37 = 0x01L;
static uint32_t g_39[4][1][4] = {{{0xAE50714BL,0xAE50714BL,0xAE50714BL,0xAE50714BL}},{{0xAE50714BL,0xAE50714BL,0xAE50714BL,0xAE50714BL}},{{0xAE50714BL,0xAE50714BL,0xAE50714BL,0xAE50714BL}},{{0xAE50714BL,0xAE50714BL,0xAE50714BL,0xAE50714BL}}};
static int32_t g_51 = 3L;
static uint16_t g_60[2][5] = {{9UL,9UL,9UL,9UL,9UL},{65535UL,65535UL,65535UL,65535UL,65535UL}};
static uint16_t g_73 = 0xD326L;
static uint16_t *g_84 = &g_73;
static uint16_t **g_83 = &g_84;
static int64_t g_87 = (-1L);
static int8_t g_95 = 0xA7L;
static int8_t *g_94 = &g_95;
static int8_t g_98 = 0x77L;
static const int32_t *g_111 = &g_51;
static int32_t *g_138[3] = {(void*)0,(void*)0,(void*)0};
static int32_t **g_137 = &g_138[2];
static int32_t ***g_136[1] = {&g_137};
static uint32_t g_140 = 0xE2759977L;
static uint32_t g_177[1][4] = {{1UL,1UL,1UL,1UL}};
static int8_t g_180 = 1L;
static int16_t g_201[1] = {0x416FL};
static uint8_t g_209 = 0x03L;
static int16_t g_236 = (-1L);
static uint64_t g_284 = 0xE85BE0A6FDCA66A5LL;
static uint64_t g_410 = 0x1D8D4A9802F6E727LL;
static uint32_t g_429 = 0x8681D0E4L;
static uint16_t ****g_468 = (void*)0;
static int16_t g_524[1] = {5L};
static int16_t g_527 = 0x8FA2L;
static int64_t *g_538 = &g_87;
static uint16_t * const *g_592 = &g_84;
static uint16_t * const **g_591[1][5] = {{&g_592,&g_592,&g_592,&g_592,&g_592}};
static uint16_t * const ***g_590 = &g_591[0][4];
static const int16_t g_687 = (-3L);
static int32_t *g_697 = &g_8;
static uint16_t ***g_882 = &g_83;
static int8_t ***g_893 = (void*)0;
static uint16_t g_917 = 1UL;
static int16_t *g_923 = &g_527;
static int16_t **g_922 = &g_923;
static uint32_t g_950 = 3UL;


/* --- FORWARD DECLARATIONS --- */
static uint8_t  func_1(void);
static int8_t  func_10(int32_t * p_11, int32_t * p_12, int32_t  p_13, int32_t * p_14, uint8_t  p_15);
static uint64_t  func_23(uint64_t  p_24, uint16_t  p_25, uint32_t  p_26, int32_t * p_27);
static uint64_t  func_40(int32_t * p_41, const int8_t * const  p_42, int8_t  p_43);
static int32_t * func_44(const uint8_t  p_45, int8_t  p_46);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_8 g_180
 * writes: g_8
 */
static uint8_t  func_1(void)
{ /* block id: 0 */
    uint8_t l_2 = 250UL;
    int32_t l_7[3];
    uint64_t l_932[1];
    uint32_t l_953 = 4294967287UL;
    int32_t **l_956 = &g_138[1];
    int32_t *l_971 = &l_7[1];
    int i;
    for (i = 0; i < 3; i++)
        l_7[i] = 1L;
    for (i = 0; i < 1; i++)
        l_932[i] = 3UL;
    l_2++;
    for (l_2 = 27; (l_2 != 33); l_2++)
    { /* block id: 4 */
        int32_t *l_9 = &l_7[0];
        int64_t *l_19 = &g_20;
        int16_t ** const l_925[2][4] = {{&g_923,&g_923,&g_923,&g_923},{&g_923,&g_923,&g_923,&g_923}};
        int8_t l_931 = 1L;
        uint16_t *****l_968[1];
        int i, j;
        for (i = 0; i < 1; i++)
            l_968[i] = &g_468;
        for (g_8 = 0; g_8 < 3; g_8 += 1)
        {
            l_7[g_8] = (-3L);
        }
        (*l_9) = (g_8 | l_2);
    }
    return g_180;
}


/* ------------------------------------------ */
/* 
 * reads : g_73 g_201 g_94 g_95 g_60 g_39 g_410 g_177 g_98 g_697 g_8 g_137
 * writes: g_73 g_284 g_177 g_882 g_8 g_138
 */
static int8_t  func_10(int32_t * p_11, int32_t * p_12, int32_t  p_13, int32_t * p_14, uint8_t  p_15)
{ /* block id: 362 */
    uint32_t l_832 = 0x43A03484L;
    int32_t l_849[5][2][5] = {{{(-10L),(-10L),0x945CCFD0L,0xF119757DL,0xFA3EC83AL},{0x9B866DC3L,(-10L),9L,0xC8664FF6L,0xFA3EC83AL}},{{(-10L),0x9B866DC3L,9L,0xF119757DL,9L},{(-10L),(-10L),0x945CCFD0L,0xF119757DL,0xFA3EC83AL}},{{0x9B866DC3L,(-10L),9L,0xC8664FF6L,0xFA3EC83AL},{(-10L),0x9B866DC3L,9L,0xF119757DL,9L}},{{(-10L),(-10L),0x945CCFD0L,0xF119757DL,0xFA3EC83AL},{0x9B866DC3L,(-10L),9L,0xC8664FF6L,0xFA3EC83AL}},{{(-10L),0x9B866DC3L,9L,0xF119757DL,9L},{(-10L),(-10L),0x945CCFD0L,0xF119757DL,0xFA3EC83AL}}};
    uint16_t ** const *l_883 = &g_83;
    int8_t * const *l_889 = &g_94;
    int8_t * const **l_888 = &l_889;
    int8_t **l_891 = &g_94;
    int8_t ***l_890 = &l_891;
    int8_t ****l_892[2];
    uint8_t *l_894 = (void*)0;
    uint8_t *l_895 = (void*)0;
    uint8_t *l_896[4];
    uint8_t *l_897[3];
    uint8_t *l_898 = &g_209;
    int32_t *l_901[2][2] = {{&g_8,&g_8},{&g_8,&g_8}};
    uint32_t *l_903 = &g_177[0][0];
    uint32_t **l_902 = &l_903;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_892[i] = &l_890;
    for (i = 0; i < 4; i++)
        l_896[i] = &g_209;
    for (i = 0; i < 3; i++)
        l_897[i] = &g_209;
    for (g_73 = 0; (g_73 <= 0); g_73 += 1)
    { /* block id: 365 */
        uint16_t *****l_840[5] = {&g_468,&g_468,&g_468,&g_468,&g_468};
        int32_t l_850 = 0x3E206454L;
        int32_t l_851 = 0L;
        int32_t l_852 = 0x8FDE29B0L;
        int32_t l_853 = 0L;
        int16_t l_854[2];
        int32_t l_855 = (-7L);
        int32_t l_856 = 0x5D15AA98L;
        int32_t l_857 = 0x97680620L;
        int32_t l_858 = 0xDCA7075FL;
        int32_t l_859[1];
        uint32_t l_860[2];
        uint32_t l_871 = 0xED2E1887L;
        int i;
        for (i = 0; i < 2; i++)
            l_854[i] = (-3L);
        for (i = 0; i < 1; i++)
            l_859[i] = 0L;
        for (i = 0; i < 2; i++)
            l_860[i] = 0x5FB12E80L;
        if (((safe_unary_minus_func_uint8_t_u((~g_201[g_73]))) <= (0x2DL || (*g_94))))
        { /* block id: 366 */
            int8_t **l_836[2][4][4] = {{{&g_94,&g_94,&g_94,&g_94},{&g_94,&g_94,&g_94,&g_94},{&g_94,&g_94,&g_94,&g_94},{&g_94,&g_94,&g_94,&g_94}},{{&g_94,&g_94,&g_94,&g_94},{&g_94,&g_94,&g_94,&g_94},{&g_94,&g_94,&g_94,&g_94},{&g_94,&g_94,&g_94,&g_94}}};
            int8_t ***l_835 = &l_836[0][0][3];
            int32_t l_839 = 0x8AC3C3A9L;
            int32_t *l_841 = &g_8;
            int32_t *l_842 = &g_8;
            int32_t *l_843 = &g_8;
            int32_t *l_844 = &l_839;
            int32_t *l_845 = &g_8;
            int32_t *l_846 = (void*)0;
            int32_t *l_847 = (void*)0;
            int32_t *l_848[2];
            int32_t l_872 = 0x18DC71AAL;
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_848[i] = &g_8;
            for (p_13 = 0; (p_13 >= 0); p_13 -= 1)
            { /* block id: 369 */
                (*p_14) |= ((safe_rshift_func_int8_t_s_u(((((7L <= (safe_sub_func_uint32_t_u_u(l_832, (safe_mul_func_int8_t_s_s((l_835 != (void*)0), (safe_div_func_uint64_t_u_u((l_832 , g_201[g_73]), l_839))))))) , 0xE29B160AL) & p_15) >= 0x5BED4870L), 7)) >= p_15);
                (*p_12) = ((void*)0 == l_840[1]);
            }
            ++l_860[1];
            if ((((safe_add_func_int64_t_s_s((safe_sub_func_int64_t_s_s(p_13, ((((((((void*)0 == &p_12) != (safe_rshift_func_int8_t_s_u((*g_94), 6))) ^ (g_284 = ((safe_add_func_uint64_t_u_u((((void*)0 != p_14) == p_15), p_13)) == l_871))) || l_860[0]) & p_13) , g_60[0][3]) > (-7L)))), 18446744073709551615UL)) != p_13) & l_872))
            { /* block id: 375 */
                uint32_t *l_881 = &g_177[0][3];
                int32_t l_884[3][2][4] = {{{9L,(-1L),(-1L),9L},{(-1L),9L,(-1L),(-1L)}},{{9L,9L,0xCFE90093L,9L},{9L,(-1L),(-1L),9L}},{{(-1L),9L,(-1L),(-1L)},{9L,9L,0xCFE90093L,9L}}};
                int i, j, k;
                (*l_841) = (((safe_sub_func_uint32_t_u_u(((g_73 >= ((safe_add_func_int16_t_s_s((l_856 & ((g_39[1][0][2] ^ (((safe_mod_func_uint32_t_u_u((safe_add_func_uint32_t_u_u(((*l_881) &= g_410), ((((g_882 = ((((void*)0 == &g_410) | g_60[0][1]) , (void*)0)) != l_883) > (-1L)) <= g_95))), g_98)) || 0xE646AAE3L) , 0L)) && (*g_697))), g_410)) & 0xDF40L)) & l_884[1][1][2]), (-5L))) ^ 0x0D6CL) < p_13);
                (*l_844) &= (safe_sub_func_uint8_t_u_u((p_13 ^ (*g_94)), (p_13 , 0x85L)));
            }
            else
            { /* block id: 380 */
                int32_t *l_887 = &l_858;
                if (l_854[1])
                    break;
                (*l_842) &= 0x14F99528L;
                (*g_137) = l_887;
            }
        }
        else
        { /* block id: 385 */
            if ((*p_14))
                break;
        }
        (*g_137) = &p_13;
    }
    l_901[0][0] = &p_13;
    l_902 = l_902;
    return (*g_94);
}


/* ------------------------------------------ */
/* 
 * reads : g_8 g_137 g_138 g_111 g_51 g_98 g_209 g_180 g_60 g_95 g_236 g_94 g_140 g_73 g_177 g_201 g_83 g_84 g_284 g_410 g_87 g_429 g_468 g_590 g_591 g_592 g_524 g_37 g_39 g_527 g_697
 * writes: g_37 g_39 g_209 g_138 g_95 g_51 g_177 g_94 g_201 g_137 g_180 g_84 g_98 g_236 g_410 g_87 g_429 g_538 g_284 g_60 g_73 g_527
 */
static uint64_t  func_23(uint64_t  p_24, uint16_t  p_25, uint32_t  p_26, int32_t * p_27)
{ /* block id: 8 */
    int64_t l_31 = 0xDDB74A71A6E483BBLL;
    uint32_t l_34 = 1UL;
    int32_t l_35 = 0xEAB3AE5DL;
    int8_t *l_36 = &g_37;
    int64_t *l_38[3];
    const int8_t * const l_239 = &g_98;
    uint64_t l_615 = 18446744073709551608UL;
    int32_t l_642 = (-1L);
    int32_t l_653 = 0xC63A82AAL;
    uint8_t l_664[3][1];
    const uint16_t *l_676 = (void*)0;
    const uint16_t **l_675 = &l_676;
    int32_t l_704 = 0L;
    int32_t l_705[3];
    uint16_t *****l_743[3][2] = {{&g_468,&g_468},{&g_468,&g_468},{&g_468,&g_468}};
    int32_t *l_759 = &l_705[1];
    int16_t l_821 = (-1L);
    int i, j;
    for (i = 0; i < 3; i++)
        l_38[i] = &l_31;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_664[i][j] = 0UL;
    }
    for (i = 0; i < 3; i++)
        l_705[i] = 1L;
    if ((((safe_div_func_int64_t_s_s((g_39[1][0][1] = (l_31 | (safe_sub_func_int8_t_s_s((l_34 || ((*l_36) = (l_35 ^= l_34))), g_8)))), func_40(func_44((safe_mod_func_uint32_t_u_u((((l_31 > g_8) , g_8) || 255UL), (*p_27))), l_31), l_239, l_34))) == l_615) , 0xB4A5712FL))
    { /* block id: 251 */
        int32_t l_624 = 0x9B1045FBL;
        uint8_t *l_625 = &g_209;
        int32_t *l_626 = (void*)0;
        int32_t *l_627 = (void*)0;
        int32_t *l_628 = (void*)0;
        int32_t *l_629 = &l_35;
        int64_t **l_644 = &l_38[2];
        int64_t ***l_643 = &l_644;
        int32_t l_649 = (-8L);
        int32_t l_651 = 0xC8E50863L;
        int32_t l_652 = 8L;
        const uint16_t *l_658 = &g_73;
        const uint16_t ** const l_657 = &l_658;
        int32_t l_708 = 1L;
        int32_t l_710 = 0x29FA9D76L;
        int32_t l_711 = 1L;
        int32_t l_712 = 0x78CDEB72L;
        int32_t l_714 = 5L;
        int32_t l_715 = 0L;
        int32_t l_716[5] = {(-4L),(-4L),(-4L),(-4L),(-4L)};
        int32_t l_717[3][4] = {{0x7D185BFBL,1L,0xA269E0F1L,0xA269E0F1L},{0x06C5008BL,0x06C5008BL,0x7D185BFBL,0xA269E0F1L},{(-8L),1L,(-8L),0x7D185BFBL}};
        int32_t l_718 = 0xC2CE7523L;
        uint8_t l_719 = 0x32L;
        uint32_t l_740 = 5UL;
        uint64_t l_747 = 18446744073709551615UL;
        int i, j;
        if (((*l_629) = (!(((*l_36) |= ((*g_94) = ((g_524[0] > (0UL == l_35)) | (((((safe_add_func_int64_t_s_s((safe_rshift_func_uint8_t_u_s((safe_mul_func_int8_t_s_s((safe_unary_minus_func_int64_t_s((((((*l_625) = l_624) , &g_136[0]) == &g_136[0]) < l_624))), l_31)), l_624)), 1L)) ^ p_25) || 0UL) ^ (-1L)) == 0x0A34L)))) | 0xFEL))))
        { /* block id: 256 */
            int16_t l_633 = 8L;
            int32_t l_650[4][5] = {{0x78E837CAL,0x78E837CAL,6L,0x78E837CAL,0x78E837CAL},{5L,0x78E837CAL,5L,5L,0x78E837CAL},{0x78E837CAL,5L,5L,0x78E837CAL,5L},{0x78E837CAL,0x78E837CAL,6L,0x78E837CAL,0x78E837CAL}};
            int i, j;
            if ((((!p_25) && (((*l_629) ^= ((((safe_mod_func_uint16_t_u_u(((l_633 ^ 18446744073709551607UL) , (p_26 > ((safe_lshift_func_uint8_t_u_s((safe_mod_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u((safe_rshift_func_uint8_t_u_u(l_31, l_633)), g_180)), l_642)), 3)) , p_24))), l_633)) & p_25) <= l_615) , (*g_94))) || p_24)) || p_24))
            { /* block id: 258 */
                int32_t *l_645 = &g_51;
                int32_t *l_646 = &g_51;
                int32_t *l_647 = (void*)0;
                int32_t *l_648[5][2] = {{&l_35,&l_35},{&l_35,&l_35},{&l_35,&l_35},{&l_35,&l_35},{&l_35,&l_35}};
                uint64_t l_654 = 0xF40EAAE731876A3ALL;
                int i, j;
                l_643 = l_643;
                l_654--;
            }
            else
            { /* block id: 261 */
                const uint16_t **l_660[5];
                const uint16_t ***l_659 = &l_660[2];
                int i;
                for (i = 0; i < 5; i++)
                    l_660[i] = &l_658;
                (*l_659) = l_657;
                return p_26;
            }
            if (l_35)
            { /* block id: 265 */
                int32_t *l_661 = &l_649;
                int32_t *l_662 = &l_653;
                int32_t *l_663[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_663[i] = &l_653;
                ++l_664[2][0];
                (*l_629) |= l_650[0][1];
                return g_95;
            }
            else
            { /* block id: 269 */
                const int16_t *l_686 = &g_687;
                const int16_t **l_685 = &l_686;
                uint64_t *l_692 = &g_284;
                uint64_t *l_693 = &g_410;
                (*g_137) = ((safe_div_func_uint64_t_u_u(((safe_sub_func_int8_t_s_s((safe_mul_func_uint16_t_u_u(((**g_592) = ((safe_rshift_func_uint8_t_u_s(((((void*)0 == l_675) || g_209) > ((safe_mul_func_uint8_t_u_u((safe_div_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s(((((*l_685) = l_658) == (((safe_sub_func_uint32_t_u_u((safe_add_func_uint64_t_u_u(((*l_693) = ((*l_692) = p_25)), g_209)), 0x2DC795F6L)) <= (*g_94)) , (void*)0)) > g_39[1][0][1]), (*g_94))), (*g_94))), l_664[0][0])), p_26)) && 0L)), 2)) >= l_650[0][1])), 0x876CL)), l_664[0][0])) , 1UL), 18446744073709551615UL)) , p_27);
                return g_527;
            }
        }
        else
        { /* block id: 277 */
            int32_t l_696 = 6L;
            int32_t l_706 = 0L;
            int32_t l_707 = (-5L);
            int32_t l_709[5];
            int i;
            for (i = 0; i < 5; i++)
                l_709[i] = 0x6E6C2D0AL;
            for (g_410 = 0; (g_410 <= 0); g_410 += 1)
            { /* block id: 280 */
                const uint16_t ***l_694 = (void*)0;
                const uint16_t ***l_695[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_695[i] = &l_675;
                l_675 = &l_676;
                (*g_137) = p_27;
            }
            if ((*p_27))
            { /* block id: 284 */
                int32_t **l_698 = &l_626;
                int32_t *l_699 = &g_51;
                int32_t *l_700 = (void*)0;
                int32_t *l_701 = &g_51;
                int32_t *l_702 = &l_649;
                int32_t *l_703[1][2];
                int16_t l_713 = 0x70CDL;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_703[i][j] = &l_652;
                }
                (*l_698) = ((*g_137) = g_697);
                ++l_719;
                (*l_701) &= l_706;
                (*l_699) |= ((((safe_lshift_func_int8_t_s_u((*g_94), ((safe_add_func_int64_t_s_s(g_201[0], (p_24 == 7L))) ^ (safe_add_func_int8_t_s_s(1L, 0x8FL))))) || 0x0A55C4CBB6F1E684LL) || p_26) , (*p_27));
            }
            else
            { /* block id: 290 */
                return g_87;
            }
        }
        for (g_209 = 8; (g_209 >= 29); g_209 = safe_add_func_int8_t_s_s(g_209, 4))
        { /* block id: 296 */
            uint32_t l_744 = 4294967291UL;
            int8_t l_748 = 0x91L;
            uint32_t l_751 = 0x3253D366L;
            int16_t *l_752 = &g_527;
            if (l_615)
                break;
            for (l_31 = 0; (l_31 >= 0); l_31 -= 1)
            { /* block id: 300 */
                int i, j;
            }
            (*l_629) |= (p_25 <= ((*l_752) = (g_60[0][3] >= (((safe_lshift_func_uint16_t_u_s((l_751 |= (p_26 > g_201[0])), 2)) ^ (p_25 || 0xEE78B180334CD7F2LL)) != g_527))));
            for (l_652 = (-15); (l_652 >= 4); ++l_652)
            { /* block id: 311 */
                return l_653;
            }
        }
        for (l_31 = 0; (l_31 <= 2); l_31 += 1)
        { /* block id: 317 */
            int32_t *l_757 = &l_653;
            int32_t **l_758[2];
            int i;
            for (i = 0; i < 2; i++)
                l_758[i] = (void*)0;
            (*l_757) = ((~(+(p_25 | ((****g_590) & (p_27 != (l_759 = l_757)))))) > (((safe_div_func_uint16_t_u_u(8UL, p_25)) & g_524[0]) || (****g_590)));
            for (l_35 = 0; (l_35 >= 0); l_35 -= 1)
            { /* block id: 322 */
                return (*l_626);
            }
            for (p_26 = 0; (p_26 <= 0); p_26 += 1)
            { /* block id: 327 */
                int32_t ** const ** const l_762 = (void*)0;
                int32_t ** const ***l_763 = (void*)0;
                int32_t ** const *l_766 = &l_758[1];
                int32_t ** const **l_765 = &l_766;
                int32_t ** const ***l_764[5];
                int32_t ** const ***l_767 = (void*)0;
                int32_t ** const ***l_768[5] = {&l_765,&l_765,&l_765,&l_765,&l_765};
                int32_t ** const ***l_769[2][4];
                int32_t ** const ***l_770 = (void*)0;
                int32_t ** const ***l_771 = &l_765;
                int i, j;
                for (i = 0; i < 5; i++)
                    l_764[i] = &l_765;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_769[i][j] = &l_765;
                }
                (*l_771) = l_762;
                if ((*p_27))
                    break;
            }
        }
        return g_201[0];
    }
    else
    { /* block id: 333 */
        int32_t l_792 = 0x500A0396L;
        int32_t l_794[4][1];
        int16_t l_805[3];
        uint16_t l_822 = 0UL;
        int32_t l_825 = 3L;
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_794[i][j] = 0xC3C5C9BDL;
        }
        for (i = 0; i < 3; i++)
            l_805[i] = (-1L);
        for (l_35 = 0; (l_35 == 28); ++l_35)
        { /* block id: 336 */
            int16_t l_774 = 4L;
            int16_t *l_810 = &g_527;
            int8_t **l_811 = &g_94;
            int8_t ***l_812 = &l_811;
            int32_t l_817 = 0x0C1D12DFL;
            int32_t l_818 = 3L;
            int32_t l_819 = 0xA64EF787L;
            int32_t l_820[3];
            int i;
            for (i = 0; i < 3; i++)
                l_820[i] = 0x050A81ECL;
            l_774 = 0xD0237C42L;
            for (l_704 = 0; (l_704 < (-30)); l_704 = safe_sub_func_int32_t_s_s(l_704, 5))
            { /* block id: 340 */
                uint32_t l_793 = 4294967295UL;
                uint64_t *l_803 = &g_410;
                int32_t l_804 = 9L;
                (*l_759) ^= (((safe_sub_func_uint64_t_u_u(g_429, (safe_lshift_func_uint8_t_u_s((safe_rshift_func_int16_t_s_u(0xDD21L, (safe_mul_func_int16_t_s_s((safe_mod_func_int64_t_s_s((l_792 &= (0x9AL ^ (safe_div_func_int8_t_s_s((0x2A76L | (safe_unary_minus_func_int8_t_s(((safe_mul_func_uint8_t_u_u(p_25, 0UL)) & p_24)))), 246UL)))), 0xD945D7A64F5B71A3LL)), g_8)))), l_774)))) != l_793) > l_794[0][0]);
                (*g_137) = p_27;
                l_804 = (safe_mod_func_int16_t_s_s((((g_87 = (*l_759)) ^ ((safe_mul_func_int16_t_s_s(g_180, (((*l_803) ^= (safe_add_func_uint16_t_u_u(p_25, 8L))) || 0x52ECF70293F15C79LL))) <= p_26)) , (-5L)), p_26));
                return l_805[1];
            }
            if ((((l_794[2][0] < (((*l_812) = ((((safe_add_func_int64_t_s_s((g_51 && (((0x3DL > ((*l_36) &= ((safe_rshift_func_int16_t_s_u(((*l_810) &= (-2L)), 15)) == (l_774 , (*l_759))))) , p_25) , p_24)), 0L)) , &g_524[0]) != &l_805[1]) , l_811)) == (void*)0)) <= p_24) < p_26))
            { /* block id: 352 */
                int32_t *l_813 = &l_794[0][0];
                int32_t *l_814 = &l_704;
                int32_t *l_815 = &l_705[1];
                int32_t *l_816[2][1][1];
                int i, j, k;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_816[i][j][k] = &l_794[0][0];
                    }
                }
                --l_822;
                if (l_825)
                    break;
            }
            else
            { /* block id: 355 */
                (*l_759) = (*p_27);
                (*g_137) = &l_705[2];
            }
        }
    }
    return p_24;
}


/* ------------------------------------------ */
/* 
 * reads : g_111 g_51 g_98 g_209 g_180 g_60 g_95 g_137 g_138 g_236 g_94 g_140 g_73 g_177 g_201 g_83 g_84 g_284 g_410 g_8 g_87 g_429 g_468 g_590 g_591 g_592
 * writes: g_209 g_138 g_95 g_51 g_177 g_94 g_201 g_137 g_180 g_84 g_98 g_236 g_410 g_87 g_429 g_538
 */
static uint64_t  func_40(int32_t * p_41, const int8_t * const  p_42, int8_t  p_43)
{ /* block id: 86 */
    const uint16_t ****l_240 = (void*)0;
    const uint16_t *l_244 = &g_73;
    const uint16_t **l_243 = &l_244;
    const uint16_t ***l_242 = &l_243;
    const uint16_t ****l_241 = &l_242;
    int32_t l_252[4] = {0x452B8B74L,0x452B8B74L,0x452B8B74L,0x452B8B74L};
    uint8_t l_270 = 0x25L;
    int32_t ***l_331 = &g_137;
    uint64_t l_373[1][4];
    uint16_t *l_393 = &g_60[0][4];
    uint64_t l_464 = 0x2E024503A75E27E8LL;
    int64_t l_516 = 1L;
    int32_t l_525 = (-1L);
    int8_t *l_543 = (void*)0;
    int32_t *l_545 = &l_252[3];
    int64_t l_561 = 0L;
    uint16_t ***l_588 = &g_83;
    uint16_t ****l_587 = &l_588;
    int32_t l_612 = 0xFB4913EBL;
    int32_t *l_613[5] = {&l_252[3],&l_252[3],&l_252[3],&l_252[3],&l_252[3]};
    uint32_t l_614 = 0x9E671E1EL;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_373[i][j] = 1UL;
    }
    if ((*g_111))
    { /* block id: 87 */
        uint32_t l_258 = 5UL;
        int32_t l_282 = 0L;
        const int8_t *l_349 = &g_180;
        int32_t l_351 = 6L;
        int32_t l_352 = 0xB6D1853BL;
        int32_t l_376 = 0xE4678E7FL;
        int32_t l_377 = 1L;
        int32_t l_378[4];
        uint32_t l_379[4][2][3] = {{{4294967295UL,0UL,0UL},{0xD14A2290L,0UL,0x4807318AL}},{{0x4807318AL,0UL,0xD14A2290L},{0x0ECFDE34L,0x0ECFDE34L,0xD14A2290L}},{{0UL,0x4807318AL,4294967295UL},{1UL,0x0ECFDE34L,1UL}},{{1UL,0UL,0x0ECFDE34L},{0UL,1UL,1UL}}};
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_378[i] = 0L;
        l_241 = l_240;
        if ((((safe_unary_minus_func_int32_t_s(((((safe_add_func_int32_t_s_s((18446744073709551610UL < ((safe_mul_func_int8_t_s_s((*p_42), (((safe_rshift_func_uint8_t_u_u((l_252[0] | (+((((safe_mod_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u(0xC7L, 3)), g_209)) , l_258) > l_258) | g_180))), 7)) < 0xC502046553A16C33LL) | 6UL))) , g_60[0][0])), (-8L))) , 0xFDL) & l_252[0]) , p_43))) & l_252[0]) , (*g_111)))
        { /* block id: 89 */
            uint8_t l_285[3][3];
            int32_t l_286 = 0x8572F0D8L;
            const int8_t *l_298 = &g_180;
            uint16_t l_313 = 0UL;
            uint32_t l_326 = 1UL;
            uint16_t **l_332 = &g_84;
            uint8_t *l_333 = (void*)0;
            int32_t *l_334[1][2];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 3; j++)
                    l_285[i][j] = 0x40L;
            }
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_334[i][j] = (void*)0;
            }
            for (p_43 = 23; (p_43 < 23); ++p_43)
            { /* block id: 92 */
                int64_t l_261 = 0x2B64A04281389A03LL;
                uint8_t *l_262 = &g_209;
                int32_t *l_265 = (void*)0;
                int32_t *l_266 = &l_252[2];
                if (l_261)
                    break;
                (*l_266) = (((*l_262) &= g_95) , (safe_rshift_func_uint16_t_u_u(l_252[0], 5)));
                (*g_137) = (*g_137);
            }
            if (((safe_unary_minus_func_int64_t_s((safe_sub_func_int64_t_s_s(l_258, 0x1B14C737DDA91CA6LL)))) , l_270))
            { /* block id: 98 */
                uint64_t *l_283[4] = {&g_284,&g_284,&g_284,&g_284};
                int32_t *l_287 = &g_51;
                uint8_t *l_294 = &l_285[2][0];
                uint64_t l_295 = 18446744073709551615UL;
                uint32_t *l_296 = (void*)0;
                uint32_t *l_297 = &g_177[0][1];
                int i;
                (*l_287) = ((safe_unary_minus_func_uint8_t_u(p_43)) > (p_43 & ((safe_add_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((1UL | 0x85C31C41L), ((*g_94) = ((l_285[2][0] ^= (l_282 = (((safe_lshift_func_uint16_t_u_u((safe_add_func_int32_t_s_s((((-1L) && g_236) <= l_252[0]), p_43)), p_43)) , p_43) , 1UL))) > l_286)))), 0xDFE0L)) < 0xC690L)));
                (*l_287) = ((safe_sub_func_uint64_t_u_u((safe_mul_func_uint8_t_u_u((((*g_94) = 0xB5L) , ((((*l_297) = ((((((*l_287) || ((!4UL) , (((~((*l_294) = 9UL)) && 0xD55AE62F8367F430LL) , l_295))) >= g_140) < (-9L)) && (*g_94)) & p_43)) , l_298) != &g_180)), 246UL)), g_60[0][3])) < l_270);
                (*g_137) = p_41;
                (*l_287) = (((void*)0 != &g_136[0]) | ((*l_297) = ((safe_lshift_func_int8_t_s_s((safe_div_func_uint8_t_u_u((((safe_div_func_int8_t_s_s(((*g_94) = ((safe_add_func_int64_t_s_s(((safe_div_func_uint64_t_u_u(((void*)0 == &g_137), ((safe_mod_func_int32_t_s_s(l_282, l_285[1][2])) , l_313))) , g_73), p_43)) < 4294967289UL)), 0x58L)) , g_98) ^ p_43), (-1L))), 1)) < (-1L))));
            }
            else
            { /* block id: 111 */
                int32_t *l_314 = &l_252[1];
                int32_t *l_315 = &l_286;
                int32_t *l_316 = &l_252[2];
                int32_t *l_317 = &l_252[0];
                int32_t *l_318 = &l_252[0];
                int32_t *l_319 = &l_252[3];
                int32_t *l_320 = (void*)0;
                int32_t *l_321 = &l_282;
                int32_t *l_322 = &l_282;
                int32_t l_323 = 8L;
                int32_t *l_324 = &l_282;
                int32_t *l_325 = &l_286;
                --l_326;
            }
            l_252[0] = ((safe_mod_func_int32_t_s_s(((*g_94) == g_180), (*g_111))) ^ (l_331 != (void*)0));
            l_282 = (l_252[0] &= (((l_332 != (((&g_209 != (l_333 = &l_270)) != 0x4FL) , &g_84)) < p_43) ^ g_177[0][3]));
        }
        else
        { /* block id: 118 */
            const int32_t l_344 = 1L;
            int8_t **l_348[1][3][2] = {{{&g_94,&g_94},{&g_94,&g_94},{&g_94,&g_94}}};
            int16_t *l_350 = &g_201[0];
            int32_t l_363[5] = {0x8FE323DCL,0x8FE323DCL,0x8FE323DCL,0x8FE323DCL,0x8FE323DCL};
            int i, j, k;
            (**l_331) = func_44(g_201[0], (*p_42));
            (*g_137) = func_44(p_43, (*g_94));
            (*g_137) = (p_43 , (*g_137));
            if ((l_352 |= (((l_351 ^= ((*l_350) = ((((safe_lshift_func_uint16_t_u_s(((safe_div_func_int64_t_s_s((safe_sub_func_int8_t_s_s((((g_201[0] & (~l_344)) , 5L) <= ((g_94 = ((g_209 , ((((safe_unary_minus_func_int64_t_s(((safe_mod_func_int8_t_s_s(((l_344 , p_41) == p_41), 0x94L)) > 0xD6CBL))) && 0x22A05F7048A7D496LL) , p_43) >= 65535UL)) , &g_95)) == l_349)), 1UL)), 0xD86212F06A94A030LL)) <= l_282), g_236)) >= (-4L)) <= p_43) ^ 0xA3209B4CL))) ^ p_43) , (*g_111))))
            { /* block id: 126 */
                int32_t **l_355 = &g_138[1];
                l_363[4] &= (65533UL <= (safe_rshift_func_int8_t_s_u(((((((((*l_331) = l_355) == (void*)0) , (safe_sub_func_uint32_t_u_u(l_258, (safe_lshift_func_int16_t_s_u((((*g_94) = (((safe_add_func_uint16_t_u_u((((!(((((*l_350) = p_43) | p_43) , (void*)0) != (void*)0)) , (void*)0) != &g_137), (**g_83))) , (void*)0) == &g_95)) & 0x2BL), 8))))) || p_43) <= 1L) , p_43) <= (*g_111)), 0)));
            }
            else
            { /* block id: 131 */
                int32_t *l_364 = &g_51;
                int32_t *l_365 = &g_51;
                int32_t *l_366 = &l_252[2];
                int32_t *l_367 = &l_363[4];
                int32_t *l_368 = (void*)0;
                int32_t *l_369 = &l_351;
                int32_t *l_370 = &l_282;
                int32_t *l_371[2];
                int32_t l_372[3];
                int i;
                for (i = 0; i < 2; i++)
                    l_371[i] = &l_252[1];
                for (i = 0; i < 3; i++)
                    l_372[i] = 1L;
                ++l_373[0][3];
                --l_379[3][1][0];
                return l_363[4];
            }
        }
    }
    else
    { /* block id: 137 */
        const uint32_t l_384 = 1UL;
        int32_t l_390 = 1L;
        int32_t *l_416 = &g_8;
        int32_t l_458 = 0xCE709775L;
        int32_t l_459 = 0L;
        int32_t l_460 = 1L;
        int32_t l_461 = 3L;
        int32_t l_462 = 4L;
        int32_t l_463 = 1L;
        uint16_t ****l_467 = (void*)0;
        uint32_t *l_471 = &g_177[0][3];
        uint32_t l_509 = 18446744073709551611UL;
        int32_t l_519 = 0x2C99553FL;
        int32_t l_520 = 0xF7D08D50L;
        uint32_t l_521 = 4294967288UL;
        int32_t l_528 = 0x10763F29L;
        int32_t l_529 = 0xFDAE10B3L;
        int32_t l_530 = 0x41B9751CL;
        uint32_t l_531 = 18446744073709551615UL;
        int8_t *l_542 = &g_95;
        if ((safe_add_func_int64_t_s_s((0UL < (&g_137 != (void*)0)), ((p_43 || ((((g_284 | 0x3795L) | (*g_94)) , 0xE96C52450ACB21D4LL) < l_384)) == l_384))))
        { /* block id: 138 */
            int16_t l_394[3];
            int i;
            for (i = 0; i < 3; i++)
                l_394[i] = 0xC909L;
            for (p_43 = 0; (p_43 == 21); p_43 = safe_add_func_uint64_t_u_u(p_43, 9))
            { /* block id: 141 */
                uint32_t l_387[4][4] = {{4294967295UL,4294967295UL,5UL,5UL},{4294967295UL,4294967295UL,5UL,5UL},{4294967295UL,4294967295UL,5UL,5UL},{4294967295UL,4294967295UL,5UL,5UL}};
                int i, j;
                l_387[1][2] = ((void*)0 != (**l_331));
                if (l_384)
                    break;
            }
            for (g_180 = 12; (g_180 == 12); g_180++)
            { /* block id: 147 */
                uint8_t *l_395 = (void*)0;
                uint8_t *l_396[3][2] = {{&l_270,&l_270},{&l_270,&l_270},{&l_270,&l_270}};
                int i, j;
                l_390 &= l_384;
                (*g_137) = func_44((l_390 = (safe_div_func_uint8_t_u_u((((*g_83) = l_393) == (*l_243)), l_394[1]))), ((safe_sub_func_uint32_t_u_u((((g_236 != p_43) , 4L) ^ g_60[0][3]), 0x83A2F60BL)) == p_43));
            }
        }
        else
        { /* block id: 153 */
            int32_t l_406 = 0x70687861L;
            int32_t l_409 = (-10L);
            int32_t l_411 = 0x0AF15DCCL;
            int32_t *l_413 = (void*)0;
            int32_t *l_414 = &l_390;
            int32_t *l_415 = &g_51;
lbl_417:
            for (g_98 = 0; (g_98 <= 8); g_98++)
            { /* block id: 156 */
                int16_t *l_403 = &g_236;
                int32_t *l_412[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
                int i;
                l_390 ^= (l_411 = ((safe_add_func_int16_t_s_s(((*l_403) = (-1L)), 0L)) <= (safe_rshift_func_uint16_t_u_s(l_406, ((safe_div_func_int16_t_s_s(l_409, (*g_84))) && g_410)))));
            }
            for (p_43 = 0; p_43 < 1; p_43 += 1)
            {
                for (g_410 = 0; g_410 < 4; g_410 += 1)
                {
                    l_373[p_43][g_410] = 3UL;
                }
            }
            (*l_415) = ((*l_414) = l_390);
            if (l_390)
            { /* block id: 164 */
                p_41 = ((*g_137) = l_416);
                (*l_415) |= (*l_416);
                (*l_415) = (-1L);
            }
            else
            { /* block id: 169 */
                (**l_331) = &l_411;
                if (g_98)
                    goto lbl_417;
            }
        }
        for (g_87 = 0; (g_87 <= 29); g_87 = safe_add_func_int8_t_s_s(g_87, 5))
        { /* block id: 176 */
            const uint32_t l_420 = 0UL;
            int32_t l_442 = 0x0D0F976BL;
            uint16_t l_449[2];
            int32_t *l_450 = &l_252[1];
            int32_t *l_451 = &l_390;
            int32_t *l_452 = &g_51;
            int32_t *l_453 = &l_442;
            int32_t *l_454 = &l_390;
            int32_t *l_455 = &l_390;
            int32_t *l_456 = &l_442;
            int32_t *l_457[1][1];
            int i, j;
            for (i = 0; i < 2; i++)
                l_449[i] = 0xD875L;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_457[i][j] = &l_252[3];
            }
            if (l_420)
                break;
            for (g_51 = 0; (g_51 >= 0); g_51 -= 1)
            { /* block id: 180 */
                int32_t ***l_422[4] = {&g_137,&g_137,&g_137,&g_137};
                uint32_t *l_428 = &g_429;
                int16_t **l_433 = (void*)0;
                int16_t *l_435 = &g_236;
                int16_t **l_434 = &l_435;
                int16_t **l_436 = (void*)0;
                int16_t *l_438 = &g_201[0];
                int16_t **l_437 = &l_438;
                int i;
                (*g_137) = p_41;
                l_252[0] = (0UL | (((!((void*)0 == l_422[1])) < (*p_42)) == (safe_mul_func_int16_t_s_s((safe_unary_minus_func_int32_t_s(0x460B1B89L)), p_43))));
                l_442 &= (((safe_sub_func_uint64_t_u_u(0xCD14D87F15121DDCLL, (((--(*l_428)) , (safe_unary_minus_func_uint8_t_u((((*l_437) = ((*l_434) = l_393)) == l_244)))) && (!(safe_add_func_uint8_t_u_u((g_429 ^ g_209), g_140)))))) & (*l_416)) && (*g_111));
                l_449[0] = ((0xFE0DBD608A87D936LL > ((safe_add_func_int16_t_s_s((7UL >= (0xBD085FA091380FC1LL > ((!((((+((((g_236 != ((safe_mod_func_uint16_t_u_u(0xB213L, 0x9AE4L)) ^ p_43)) == (*p_42)) < 0x89BE4ABED6D75B78LL) , g_410)) & 0x7417FCE8L) >= p_43) , p_43)) , g_51))), p_43)) < p_43)) , l_373[0][0]);
            }
            --l_464;
        }
        (**l_331) = p_41;
        if (((l_467 != g_468) | ((safe_sub_func_int16_t_s_s((((*l_471) = g_177[0][1]) > (safe_rshift_func_uint16_t_u_s((*g_84), 8))), (safe_sub_func_uint32_t_u_u((safe_add_func_int64_t_s_s((0x4C023EC2L <= 0x58258C44L), g_60[1][0])), p_43)))) && (*g_84))))
        { /* block id: 193 */
lbl_499:
            (*g_137) = p_41;
        }
        else
        { /* block id: 195 */
            uint32_t l_482 = 0x01681FC9L;
            int32_t ***l_491 = &g_137;
            int32_t l_498 = 8L;
            uint16_t * const *l_500 = &l_393;
            int32_t l_517[1];
            int64_t *l_539 = &g_87;
            int i;
            for (i = 0; i < 1; i++)
                l_517[i] = 1L;
            if (((*l_416) , (safe_rshift_func_uint16_t_u_s((safe_mod_func_int32_t_s_s((*l_416), ((l_482 >= (safe_mul_func_uint16_t_u_u(0xF309L, (safe_div_func_uint32_t_u_u(p_43, 2UL))))) | 0x77B2L))), 13))))
            { /* block id: 196 */
                uint16_t l_496[1];
                int32_t *l_497[2];
                int i;
                for (i = 0; i < 1; i++)
                    l_496[i] = 0x5742L;
                for (i = 0; i < 2; i++)
                    l_497[i] = &l_462;
                l_498 = ((--(*l_471)) , (1UL >= ((g_177[0][3] < (l_491 == ((safe_add_func_uint32_t_u_u(4294967286UL, ((safe_mul_func_uint16_t_u_u(p_43, (-7L))) , l_496[0]))) , (void*)0))) != p_43)));
                if (g_73)
                    goto lbl_499;
                l_498 = ((void*)0 != l_500);
            }
            else
            { /* block id: 201 */
                return (*l_416);
            }
            if ((safe_mod_func_int16_t_s_s((safe_mul_func_uint16_t_u_u((*g_84), p_43)), (safe_sub_func_int64_t_s_s(((((p_43 >= (safe_mul_func_int16_t_s_s((-1L), p_43))) >= (**g_83)) || l_509) <= g_60[0][3]), p_43)))))
            { /* block id: 204 */
                int32_t *l_510 = &l_462;
                int32_t *l_511 = &g_51;
                int32_t *l_512 = &l_498;
                int32_t *l_513 = &l_390;
                int32_t *l_514 = &l_461;
                int32_t *l_515[2];
                int16_t l_518 = (-10L);
                int8_t l_526 = 0L;
                int i;
                for (i = 0; i < 2; i++)
                    l_515[i] = &l_252[0];
                (*l_510) = p_43;
                (*l_510) ^= 0x543A18D5L;
                ++l_521;
                ++l_531;
            }
            else
            { /* block id: 209 */
                int64_t *l_537[5];
                int64_t **l_536[2][2][3] = {{{&l_537[3],(void*)0,(void*)0},{&l_537[3],(void*)0,&l_537[3]}},{{&l_537[3],&l_537[3],(void*)0},{&l_537[3],&l_537[3],&l_537[3]}}};
                int32_t l_540 = (-1L);
                uint8_t *l_541[1];
                int32_t *l_544 = &l_458;
                int i, j, k;
                for (i = 0; i < 5; i++)
                    l_537[i] = &l_516;
                for (i = 0; i < 1; i++)
                    l_541[i] = (void*)0;
                (*l_544) = (l_517[0] = (((g_209 = (((p_41 == (void*)0) , (g_201[0] != (((safe_add_func_int64_t_s_s(((g_538 = (void*)0) == (l_539 = l_539)), p_43)) & 65533UL) <= l_540))) != (-4L))) , l_542) != l_543));
                (*g_137) = p_41;
            }
        }
    }
    if (((*l_545) = p_43))
    { /* block id: 220 */
        int32_t l_549[1][5];
        int32_t l_550 = 0x7BB6DE4CL;
        int32_t l_551 = 0xA9D0716EL;
        int32_t l_552 = 0L;
        int32_t l_553 = (-1L);
        int32_t l_554[5][2];
        uint32_t l_558 = 18446744073709551611UL;
        uint64_t *l_575 = (void*)0;
        uint64_t *l_576 = &l_373[0][1];
        int16_t *l_577 = &g_236;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 5; j++)
                l_549[i][j] = 0x5EFF303FL;
        }
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 2; j++)
                l_554[i][j] = 1L;
        }
        for (g_410 = 0; (g_410 <= 0); g_410 += 1)
        { /* block id: 223 */
            int32_t l_546 = 0L;
            int32_t *l_547 = &l_546;
            int32_t *l_548[5][3][4] = {{{&l_252[2],&l_252[(g_410 + 2)],&l_252[(g_410 + 2)],&l_252[2]},{&l_252[2],&l_252[(g_410 + 2)],&l_252[(g_410 + 2)],&l_252[2]},{&l_252[2],&l_252[(g_410 + 2)],&l_252[(g_410 + 2)],&l_252[2]}},{{&l_252[2],&l_252[(g_410 + 2)],&l_252[(g_410 + 2)],&l_252[2]},{&l_252[2],&l_252[(g_410 + 2)],&l_252[(g_410 + 2)],&l_252[2]},{&l_252[2],&l_252[(g_410 + 2)],&l_252[(g_410 + 2)],&l_252[2]}},{{&l_252[2],&l_252[(g_410 + 2)],&l_252[(g_410 + 2)],&l_252[2]},{&l_252[2],&l_252[(g_410 + 2)],&l_252[(g_410 + 2)],&l_252[2]},{&l_252[2],&l_252[(g_410 + 2)],&l_252[(g_410 + 2)],&l_252[2]}},{{&l_252[2],&l_252[(g_410 + 2)],&l_252[(g_410 + 2)],&l_252[2]},{&l_252[2],&l_252[(g_410 + 2)],&l_252[(g_410 + 2)],&l_252[2]},{&l_252[2],&l_252[(g_410 + 2)],&l_252[(g_410 + 2)],&l_252[2]}},{{&l_252[2],&l_252[(g_410 + 2)],&l_252[(g_410 + 2)],&l_252[2]},{&l_252[2],&l_252[(g_410 + 2)],&l_252[(g_410 + 2)],&l_252[2]},{&l_252[2],&l_252[(g_410 + 2)],&l_252[(g_410 + 2)],&l_252[2]}}};
            uint64_t l_555 = 0x51A9BE18FE0CAB1BLL;
            uint8_t l_562 = 246UL;
            int i, j, k;
            ++l_555;
            --l_558;
            ++l_562;
        }
        (*g_137) = &l_553;
        (*l_545) = ((safe_add_func_int64_t_s_s(((safe_mul_func_int8_t_s_s((((safe_mul_func_uint8_t_u_u((((((*l_545) | (g_177[0][3] , (((safe_rshift_func_int16_t_s_u(((*l_577) = (((*l_576) &= (safe_div_func_uint32_t_u_u((((l_331 != (void*)0) < l_552) >= 0x3B2C689FL), 0x3B80B1B9L))) , l_550)), p_43)) <= 1L) , p_43))) || (*p_42)) >= 0x4B92L) <= 0xCAL), l_550)) > 0xF502L) || p_43), (*g_94))) , p_43), p_43)) == g_180);
    }
    else
    { /* block id: 232 */
        int32_t l_586 = 0x48423605L;
        uint16_t *****l_589 = (void*)0;
        int64_t *l_593 = &l_561;
        int32_t l_594[3];
        int32_t **l_595 = &l_545;
        int32_t *l_598[4];
        int i;
        for (i = 0; i < 3; i++)
            l_594[i] = (-1L);
        for (i = 0; i < 4; i++)
            l_598[i] = &g_51;
        p_41 = p_41;
        (*l_595) = ((*g_137) = &l_586);
        l_252[0] &= (safe_lshift_func_uint8_t_u_s((((*l_545) |= 0L) == (0x378BL != ((void*)0 != (**g_590)))), (*g_94)));
        for (l_516 = 0; (l_516 != 29); ++l_516)
        { /* block id: 242 */
            uint64_t *l_607 = &g_410;
            uint64_t *l_610 = &l_464;
            int32_t l_611 = 0x1A1BFAAFL;
            l_611 &= (((safe_add_func_uint64_t_u_u((safe_lshift_func_int16_t_s_s(p_43, 6)), ((safe_add_func_uint64_t_u_u(((((*l_607) = p_43) >= (**l_595)) || (--(*l_607))), ((*l_610) = g_60[0][0]))) != 18446744073709551613UL))) >= p_43) >= (****g_590));
        }
    }
    l_614 = l_612;
    return g_87;
}


/* ------------------------------------------ */
/* 
 * reads : g_137 g_138
 * writes:
 */
static int32_t * func_44(const uint8_t  p_45, int8_t  p_46)
{ /* block id: 12 */
    int32_t *l_54 = &g_8;
    int32_t l_59[3][1];
    int32_t l_106 = 0xDECA365BL;
    int32_t **l_135 = (void*)0;
    int32_t ***l_134 = &l_135;
    int64_t l_183 = 0x73EB7B0691E2C180LL;
    uint8_t *l_208 = &g_209;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_59[i][j] = 0L;
    }
    for (p_46 = 0; (p_46 < 21); ++p_46)
    { /* block id: 15 */
        uint16_t l_56 = 0xF7F7L;
        const uint16_t *l_72 = &g_60[1][1];
        uint16_t ***l_85 = &g_83;
        int64_t *l_86 = &g_87;
        const int32_t *l_97[5][4] = {{&g_8,&g_8,&g_8,&g_8},{&g_8,&g_8,&l_59[1][0],&g_8},{&g_8,&g_8,&g_8,&g_8},{&g_8,&g_8,&g_8,&g_8},{&g_8,&g_8,&l_59[1][0],&g_8}};
        uint8_t l_101 = 3UL;
        int32_t **l_129 = &l_54;
        int32_t l_141 = 1L;
        int32_t l_142 = 0x72592CB3L;
        int32_t l_172 = (-1L);
        int32_t l_174 = 2L;
        int32_t l_176 = 1L;
        int32_t l_185 = 6L;
        int32_t l_186 = (-1L);
        int32_t l_187 = 0xFC518A76L;
        int32_t l_188 = 0x18FB5AA6L;
        int32_t l_189 = 4L;
        int32_t l_190 = (-8L);
        int32_t l_191 = (-9L);
        int32_t l_192 = 0x6E90E1A3L;
        int32_t l_193 = (-1L);
        int32_t l_194 = 0x652C7159L;
        int32_t l_195[1][5][2];
        uint64_t l_197 = 0x15AF54D6FE3569C1LL;
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 5; j++)
            {
                for (k = 0; k < 2; k++)
                    l_195[i][j][k] = 0x4D545308L;
            }
        }
    }
    return (*g_137);
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
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_39[i][j][k], "g_39[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_51, "g_51", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_60[i][j], "g_60[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_98, "g_98", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_177[i][j], "g_177[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_180, "g_180", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_201[i], "g_201[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_209, "g_209", print_hash_value);
    transparent_crc(g_236, "g_236", print_hash_value);
    transparent_crc(g_284, "g_284", print_hash_value);
    transparent_crc(g_410, "g_410", print_hash_value);
    transparent_crc(g_429, "g_429", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_524[i], "g_524[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_527, "g_527", print_hash_value);
    transparent_crc(g_687, "g_687", print_hash_value);
    transparent_crc(g_917, "g_917", print_hash_value);
    transparent_crc(g_950, "g_950", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 257
XXX total union variables: 0

XXX max expression depth: 27
breakdown:
   depth: 1, occurrence: 162
   depth: 2, occurrence: 31
   depth: 3, occurrence: 4
   depth: 4, occurrence: 2
   depth: 5, occurrence: 1
   depth: 6, occurrence: 2
   depth: 8, occurrence: 2
   depth: 9, occurrence: 4
   depth: 10, occurrence: 3
   depth: 11, occurrence: 2
   depth: 12, occurrence: 4
   depth: 14, occurrence: 1
   depth: 15, occurrence: 1
   depth: 17, occurrence: 3
   depth: 18, occurrence: 3
   depth: 19, occurrence: 4
   depth: 23, occurrence: 3
   depth: 26, occurrence: 1
   depth: 27, occurrence: 1

XXX total number of pointers: 261

XXX times a variable address is taken: 285
XXX times a pointer is dereferenced on RHS: 121
breakdown:
   depth: 1, occurrence: 103
   depth: 2, occurrence: 13
   depth: 3, occurrence: 0
   depth: 4, occurrence: 5
XXX times a pointer is dereferenced on LHS: 138
breakdown:
   depth: 1, occurrence: 132
   depth: 2, occurrence: 6
XXX times a pointer is compared with null: 25
XXX times a pointer is compared with address of another variable: 4
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 4870

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 388
   level: 2, occurrence: 83
   level: 3, occurrence: 48
   level: 4, occurrence: 13
XXX number of pointers point to pointers: 84
XXX number of pointers point to scalars: 177
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 23.8
XXX average alias set size: 1.17

XXX times a non-volatile is read: 753
XXX times a non-volatile is write: 387
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 2

XXX stmts: 150
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 15
   depth: 1, occurrence: 22
   depth: 2, occurrence: 42
   depth: 3, occurrence: 71

XXX percentage a fresh-made variable is used: 15.5
XXX percentage an existing variable is used: 84.5
********************* end of statistics **********************/

