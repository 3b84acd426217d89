/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1007 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1007
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static uint16_t safe_add_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a + (uint32_t)b); }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static uint8_t safe_add_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a + (uint32_t)b); }
static int16_t safe_div_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a / b); }
static int32_t safe_div_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a / b); }
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint32_t safe_div_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
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
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint64_t safe_mod_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a % b); }
static uint8_t safe_mod_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int8_t safe_rshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
static int8_t safe_unary_minus_func_int8_t_s(int8_t a) { return (a == (-127 - 1)) ? a : (int8_t)-a; }
static uint16_t safe_unary_minus_func_uint16_t_u(uint16_t a) { return (uint16_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint16_t  f0;
   uint16_t  f1;
   uint64_t  f2;
   int16_t  f3;
   int32_t  f4;
};

struct S1 {
   int32_t  f0;
   int8_t  f1;
   const int8_t  f2;
   uint32_t  f3;
};

struct S2 {
   int32_t  f0;
   uint32_t  f1;
};

union U3 {
   int16_t  f0;
   int16_t  f1;
   int32_t  f2;
};

union U4 {
   const struct S2  f0;
   const int64_t  f1;
   int32_t  f2;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = 0x44D1878AL;
static uint64_t g_5 = 3UL;
static union U4 g_16[3] = {{{0x660D64C9L,0x8D92426FL}},{{0x660D64C9L,0x8D92426FL}},{{0x660D64C9L,0x8D92426FL}}};
static int32_t g_17[3] = {(-8L),(-8L),(-8L)};
static const union U3 g_22 = {0x6689L};
static uint8_t g_35 = 255UL;
static int16_t g_40 = (-4L);
static int32_t g_41[4][1][2] = {{{0x89B64D43L,0x89B64D43L}},{{0x89B64D43L,0x89B64D43L}},{{0x89B64D43L,0x89B64D43L}},{{0x89B64D43L,0x89B64D43L}}};
static int64_t g_48 = (-1L);
static uint16_t g_59 = 0x9EA6L;
static const uint32_t g_62 = 0xC5CC1C00L;
static uint16_t *g_111 = &g_59;
static struct S0 g_112[1][1] = {{{0x66EBL,65535UL,0x4632091C42CB54C8LL,1L,0x0DACC5E6L}}};
static int32_t *g_120 = &g_17[2];
static int32_t **g_119 = &g_120;
static uint64_t g_155 = 18446744073709551615UL;
static uint64_t g_179 = 0UL;
static int32_t * const *** const *g_232 = (void*)0;
static uint32_t g_251 = 0UL;
static struct S2 g_262 = {-1L,0x2C08AB6BL};
static struct S1 g_351 = {2L,-1L,-1L,0x2A3EEAB9L};
static uint8_t g_410 = 0x0EL;
static uint32_t *g_464[4][5] = {{(void*)0,&g_251,(void*)0,&g_251,(void*)0},{&g_251,&g_251,&g_251,&g_251,&g_251},{(void*)0,&g_251,(void*)0,&g_251,(void*)0},{&g_251,&g_251,&g_251,&g_251,&g_251}};
static uint32_t **g_463 = &g_464[1][2];
static int32_t g_468 = 6L;
static int8_t * const g_475 = (void*)0;
static int8_t * const *g_474 = &g_475;
static int8_t * const **g_473[2][2] = {{&g_474,&g_474},{&g_474,&g_474}};
static int64_t *g_490[2] = {&g_48,&g_48};
static int64_t ** const g_489[5] = {&g_490[1],&g_490[1],&g_490[1],&g_490[1],&g_490[1]};
static struct S1 * const *g_511 = (void*)0;
static int8_t g_554 = 2L;
static struct S0 *g_638 = &g_112[0][0];
static struct S0 **g_652 = &g_638;
static union U3 **g_672 = (void*)0;
static int64_t g_705[5] = {0L,0L,0L,0L,0L};
static uint16_t g_714 = 0x967AL;
static int8_t *g_720 = &g_351.f1;


/* --- FORWARD DECLARATIONS --- */
static struct S1  func_1(void);
static int8_t  func_8(const uint64_t  p_9, int32_t * const  p_10, int32_t * p_11, int32_t * p_12);
static const uint16_t  func_13(union U4  p_14, int32_t * p_15);
static int32_t  func_18(const int64_t  p_19, const union U3  p_20, struct S0  p_21);
static union U3  func_23(int32_t * p_24, struct S2  p_25, uint8_t  p_26, union U4  p_27, int32_t * p_28);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_5 g_16 g_3 g_17 g_22 g_35 g_22.f1 g_41 g_16.f0.f1 g_48 g_351.f1 g_119 g_120 g_351 g_112.f0 g_111 g_59 g_40 g_112.f4 g_22.f0 g_16.f0.f0 g_251 g_112 g_463 g_468 g_262.f1 g_473 g_489 g_511 g_410 g_262.f0 g_554 g_262 g_672 g_705 g_714 g_232 g_720
 * writes: g_5 g_3 g_35 g_48 g_351.f1 g_17 g_120 g_410 g_59 g_251 g_112.f2 g_112 g_463 g_473 g_41 g_351.f0 g_511 g_262.f0 g_262 g_40 g_638 g_652 g_554 g_16.f2 g_468 g_705 g_714 g_720
 */
static struct S1  func_1(void)
{ /* block id: 0 */
    int32_t *l_2[3][3];
    int32_t l_4 = 0x98AB5457L;
    union U3 *l_674 = (void*)0;
    union U3 **l_673 = &l_674;
    union U3 **l_675[1][5] = {{&l_674,&l_674,&l_674,&l_674,&l_674}};
    struct S2 *l_727[1][4][3] = {{{&g_262,&g_262,(void*)0},{&g_262,&g_262,&g_262},{&g_262,&g_262,&g_262},{&g_262,&g_262,(void*)0}}};
    uint32_t l_756 = 9UL;
    struct S1 l_757 = {-2L,0xFCL,4L,18446744073709551608UL};
    int i, j, k;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_2[i][j] = &g_3;
    }
    --g_5;
    if ((func_8(((func_13(g_16[0], &l_4) || ((*g_111) = ((((0x44L < g_35) >= (*g_120)) ^ (*g_120)) & g_22.f0))) , 0x271646CE190F516ELL), &g_41[2][0][1], l_2[0][2], &g_41[2][0][1]) | (-2L)))
    { /* block id: 394 */
        int32_t l_680 = 0xF6BB9DBCL;
        int8_t *l_686 = (void*)0;
        int8_t ** const l_685 = &l_686;
        struct S2 l_688[4] = {{0xF0759FAAL,0UL},{0xF0759FAAL,0UL},{0xF0759FAAL,0UL},{0xF0759FAAL,0UL}};
        struct S1 l_691[2][4][4] = {{{{0xE840F34BL,0xCBL,-5L,0x3C59669BL},{-2L,0x44L,0x64L,18446744073709551615UL},{0x29F981BFL,0x54L,1L,0UL},{-1L,0x54L,-1L,0xF36A1FABL}},{{-10L,-1L,1L,1UL},{0L,3L,3L,4UL},{-1L,0x54L,-1L,0xF36A1FABL},{1L,0L,-1L,18446744073709551615UL}},{{-1L,0x54L,-1L,0xF36A1FABL},{1L,0L,-1L,18446744073709551615UL},{0x9B7F3BC2L,0xCAL,-6L,0xC70B68E2L},{1L,0L,-1L,18446744073709551615UL}},{{0x16990D1CL,0xA0L,0x09L,0UL},{0L,3L,3L,4UL},{0x3B75E06CL,0xF1L,0xDBL,0x8A490B1AL},{-1L,0x54L,-1L,0xF36A1FABL}}},{{{0xCC9E12E6L,0xFCL,5L,0xB6CD2D82L},{-2L,0x44L,0x64L,18446744073709551615UL},{1L,0L,-1L,18446744073709551615UL},{0x1DE64543L,0x6BL,0L,18446744073709551615UL}},{{0x3B75E06CL,0xF1L,0xDBL,0x8A490B1AL},{0x16990D1CL,0xA0L,0x09L,0UL},{0x26793EF5L,0xB4L,0L,0x7C21E2B8L},{0x26793EF5L,0xB4L,0L,0x7C21E2B8L}},{{0x3B75E06CL,0xF1L,0xDBL,0x8A490B1AL},{0x3B75E06CL,0xF1L,0xDBL,0x8A490B1AL},{1L,0L,-1L,18446744073709551615UL},{0xE840F34BL,0xCBL,-5L,0x3C59669BL}},{{0xCC9E12E6L,0xFCL,5L,0xB6CD2D82L},{0x26793EF5L,0xB4L,0L,0x7C21E2B8L},{0x3B75E06CL,0xF1L,0xDBL,0x8A490B1AL},{-2L,0x44L,0x64L,18446744073709551615UL}}}};
        uint8_t l_692 = 0xB0L;
        const uint8_t l_716 = 0xD4L;
        int32_t l_717 = 4L;
        int i, j, k;
        for (g_554 = 0; (g_554 <= 3); g_554 += 1)
        { /* block id: 397 */
            struct S2 l_667 = {-1L,0x230FFE8AL};
            uint32_t l_676 = 1UL;
            int32_t l_687 = 0x56F326D4L;
            struct S2 *l_689 = &l_667;
            for (g_351.f0 = 0; (g_351.f0 >= 0); g_351.f0 -= 1)
            { /* block id: 400 */
                const int32_t l_677 = 0x58A0921CL;
                g_41[2][0][1] = (g_16[0].f2 = ((((safe_mod_func_int64_t_s_s((l_667 , (safe_mul_func_uint8_t_u_u((safe_div_func_int32_t_s_s((((0x0259L && ((l_673 = g_672) != l_675[0][0])) == (g_35 | g_468)) , g_5), 0x7A09CE08L)), l_667.f1))), g_351.f3)) , l_667.f1) < l_676) == l_677));
                (*g_119) = &l_4;
                (**g_119) &= (safe_mul_func_uint16_t_u_u(l_680, (0x3AL > (safe_mul_func_int8_t_s_s(l_667.f1, l_677)))));
            }
            l_687 = (safe_mul_func_uint16_t_u_u((l_667.f0 < ((void*)0 != l_685)), 0xC0A6L));
            (*l_689) = l_688[3];
            for (g_262.f0 = 1; (g_262.f0 >= 0); g_262.f0 -= 1)
            { /* block id: 411 */
                struct S1 l_690 = {0x3C3E7DD1L,0x58L,0L,0UL};
                return l_690;
            }
            for (g_468 = 0; (g_468 <= 1); g_468 += 1)
            { /* block id: 416 */
                return l_691[0][3][2];
            }
        }
        if (l_692)
        { /* block id: 420 */
            uint32_t l_693 = 0UL;
            union U3 l_712 = {0x41E7L};
            int32_t *l_726[1][4];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                    l_726[i][j] = &l_4;
            }
            ++l_693;
            for (g_410 = 0; (g_410 <= 1); g_410 += 1)
            { /* block id: 424 */
                int64_t *l_703 = &g_48;
                int64_t *l_704 = &g_705[0];
                struct S0 **l_713 = &g_638;
                uint8_t l_715[4][5] = {{255UL,0x95L,0xAEL,255UL,0xAEL},{255UL,255UL,0x0FL,250UL,8UL},{0x7FL,8UL,0xAEL,0xAEL,8UL},{8UL,0x95L,0x7FL,8UL,0xAEL}};
                int32_t l_718 = 0x857BD317L;
                int8_t *l_719 = &g_351.f1;
                int i, j;
                l_718 = ((l_717 = (safe_div_func_int64_t_s_s((safe_lshift_func_uint8_t_u_s(((((safe_div_func_int64_t_s_s(((*l_704) &= ((*l_703) = (~l_692))), (safe_lshift_func_int16_t_s_u((safe_mod_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u((l_680 |= ((g_112[0][0].f0 || g_351.f0) | (((g_714 ^= ((l_712 = g_22) , (l_713 != (void*)0))) > l_691[0][3][2].f2) < 0x1BA8EBCDDD437D0DLL))), l_715[1][0])), 0xEAA57A0B4E7D5D55LL)), (*g_111))))) < l_716) == 0x5ADBL) & g_262.f0), l_693)), l_688[3].f0))) , l_691[0][3][2].f1);
                (*g_119) = ((l_712.f2 = (((g_720 = l_719) != (((safe_sub_func_uint8_t_u_u((g_112[0][0].f3 && (safe_mod_func_int16_t_s_s((((1L && 255UL) < (!l_718)) == l_718), l_712.f1))), l_716)) >= l_718) , l_719)) != g_351.f0)) , (void*)0);
                (*g_119) = l_726[0][1];
            }
        }
        else
        { /* block id: 437 */
            struct S2 **l_728[5] = {&l_727[0][3][2],&l_727[0][3][2],&l_727[0][3][2],&l_727[0][3][2],&l_727[0][3][2]};
            struct S1 l_738 = {-3L,-1L,1L,1UL};
            int i;
            l_727[0][3][2] = l_727[0][3][2];
            for (g_554 = 0; (g_554 != (-19)); g_554--)
            { /* block id: 441 */
                g_3 ^= (((safe_sub_func_uint8_t_u_u((+(*g_111)), (g_351 , g_251))) > 0x056CEC13L) <= (((safe_lshift_func_uint8_t_u_u((0xD452L & 1UL), 5)) || 0x9DFA039DL) , 65530UL));
            }
            for (g_410 = 7; (g_410 <= 47); ++g_410)
            { /* block id: 446 */
                return l_738;
            }
        }
    }
    else
    { /* block id: 450 */
        int32_t *l_739 = &g_3;
        uint16_t **l_741[5][1][2];
        uint16_t ***l_740[4] = {&l_741[4][0][1],&l_741[4][0][1],&l_741[4][0][1],&l_741[4][0][1]};
        uint16_t ****l_742 = &l_740[0];
        int32_t ***l_751 = &g_119;
        int32_t ****l_750 = &l_751;
        int32_t *****l_749 = &l_750;
        const int64_t *l_753[3];
        const int64_t **l_752 = &l_753[0];
        uint8_t l_754 = 0xBAL;
        uint16_t l_755 = 65533UL;
        int i, j, k;
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 1; j++)
            {
                for (k = 0; k < 2; k++)
                    l_741[i][j][k] = &g_111;
            }
        }
        for (i = 0; i < 3; i++)
            l_753[i] = &g_705[0];
        (*g_119) = l_739;
        (*l_742) = l_740[0];
        l_756 = ((safe_mod_func_int8_t_s_s((((safe_sub_func_uint16_t_u_u(((*g_111) = (safe_add_func_int32_t_s_s((g_232 != l_749), ((*****l_749) = (l_752 == ((****l_750) , &l_753[1])))))), 0UL)) <= 0x25CFL) <= l_754), (*g_720))) >= l_755);
        return l_757;
    }
    return l_757;
}


/* ------------------------------------------ */
/* 
 * reads : g_16.f0.f0 g_251 g_5 g_59 g_41 g_112 g_463 g_16 g_468 g_262.f1 g_16.f0.f1 g_473 g_119 g_120 g_17 g_111 g_489 g_351 g_3 g_511 g_410 g_262.f0 g_554 g_35 g_22.f0 g_262
 * writes: g_251 g_112.f2 g_48 g_112 g_463 g_473 g_120 g_41 g_3 g_59 g_17 g_351.f0 g_511 g_410 g_262.f0 g_35 g_262 g_5 g_40 g_638 g_652
 */
static int8_t  func_8(const uint64_t  p_9, int32_t * const  p_10, int32_t * p_11, int32_t * p_12)
{ /* block id: 257 */
    uint32_t l_434 = 4294967295UL;
    uint64_t *l_443 = &g_112[0][0].f2;
    uint32_t l_444 = 0x60CDAF2BL;
    int64_t *l_445 = &g_48;
    int32_t *l_480 = &g_41[2][0][1];
    int32_t l_603[4][1][5];
    uint64_t l_609 = 0xAB372BC951E94199LL;
    struct S0 *l_637 = (void*)0;
    uint32_t l_664 = 18446744073709551615UL;
    int i, j, k;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 5; k++)
                l_603[i][j][k] = 0L;
        }
    }
    if (((p_9 || (+(((1UL > g_16[0].f0.f0) >= ((*l_445) = (((g_251++) | l_434) | (safe_mul_func_uint16_t_u_u((((safe_div_func_int32_t_s_s((safe_div_func_uint16_t_u_u(((safe_div_func_uint64_t_u_u(((((*l_443) = g_5) > g_59) || 1UL), 0x9703E764E9B1D507LL)) && 2UL), 0xFAA6L)), g_41[2][0][1])) && l_444) <= 4L), l_444))))) & 18446744073709551614UL))) && 1L))
    { /* block id: 261 */
        struct S0 *l_446[5] = {&g_112[0][0],&g_112[0][0],&g_112[0][0],&g_112[0][0],&g_112[0][0]};
        int16_t *l_449 = &g_40;
        int16_t **l_448[3][2] = {{(void*)0,&l_449},{&l_449,(void*)0},{&l_449,&l_449}};
        int16_t ***l_447 = &l_448[1][0];
        int32_t l_469[1];
        int32_t *l_477 = &l_469[0];
        int i, j;
        for (i = 0; i < 1; i++)
            l_469[i] = 0x6D679383L;
        g_112[0][0] = g_112[0][0];
        (*l_447) = (void*)0;
        if ((safe_rshift_func_uint8_t_u_u(1UL, ((~(((&g_48 != l_443) && ((void*)0 != &g_111)) == 65528UL)) < p_9))))
        { /* block id: 264 */
            uint32_t ***l_465 = &g_463;
            int8_t *l_470[1];
            int32_t l_471 = 0xC7D1F471L;
            int32_t l_472[2];
            int i;
            for (i = 0; i < 1; i++)
                l_470[i] = (void*)0;
            for (i = 0; i < 2; i++)
                l_472[i] = 0x02EBAB67L;
            if ((safe_sub_func_int8_t_s_s((safe_add_func_uint16_t_u_u((safe_mod_func_int8_t_s_s((l_472[1] = (safe_add_func_int16_t_s_s((safe_sub_func_int32_t_s_s((((*l_465) = g_463) == &g_464[1][2]), ((l_471 = ((((p_9 | ((safe_div_func_uint8_t_u_u(((g_16[0] , g_468) && l_469[0]), g_262.f1)) , l_469[0])) || 0x376C3671L) || l_469[0]) ^ 5L)) > g_16[0].f0.f1))), g_112[0][0].f4))), (-7L))), p_9)), l_469[0])))
            { /* block id: 268 */
                int8_t * const ***l_476 = &g_473[0][0];
                int32_t **l_478 = &l_477;
                int32_t **l_479 = (void*)0;
                (*l_476) = g_473[0][1];
                l_480 = ((*l_478) = ((*g_119) = l_477));
                if (g_59)
                    goto lbl_481;
lbl_481:
                (*l_478) = p_11;
                (**g_119) &= 1L;
            }
            else
            { /* block id: 276 */
                return p_9;
            }
        }
        else
        { /* block id: 279 */
            struct S1 *l_488 = (void*)0;
            int64_t **l_492 = &l_445;
            int64_t ***l_491 = &l_492;
            (*p_12) = (((*l_480) || 0L) && (safe_mul_func_int8_t_s_s(((g_17[0] | (safe_div_func_uint8_t_u_u((*l_477), (safe_div_func_int16_t_s_s((l_488 == (void*)0), (*g_111)))))) < p_9), p_9)));
            if (g_5)
                goto lbl_493;
lbl_493:
            (*l_491) = g_489[1];
            (*p_11) = (*p_12);
        }
        (*g_120) = (((*g_111) = ((safe_mod_func_uint16_t_u_u((safe_sub_func_int16_t_s_s(g_112[0][0].f1, (((safe_rshift_func_uint8_t_u_s((!(-3L)), 3)) ^ (safe_lshift_func_int8_t_s_u(((safe_mod_func_int32_t_s_s(((g_351 , (*l_477)) || p_9), (*l_477))) ^ (*l_480)), g_112[0][0].f0))) , 65535UL))), 0x4899L)) , (*l_477))) <= 65534UL);
    }
    else
    { /* block id: 287 */
        struct S1 * const **l_512 = &g_511;
        struct S1 *l_514 = &g_351;
        struct S1 **l_513 = &l_514;
        int32_t l_528 = 9L;
        uint8_t *l_557 = (void*)0;
        uint8_t *l_558 = &g_410;
        int32_t l_589 = 0x9FC544BFL;
        int32_t l_605 = 0x87431CEFL;
        int32_t l_606 = 0x959C337CL;
        int32_t l_607[2][5] = {{1L,1L,1L,1L,1L},{(-2L),8L,(-2L),8L,(-2L)}};
        int32_t l_608 = 8L;
        int32_t l_612 = 1L;
        int i, j;
        for (g_351.f0 = 21; (g_351.f0 != (-27)); --g_351.f0)
        { /* block id: 290 */
            return (*l_480);
        }
        if (((safe_mul_func_uint8_t_u_u((((++(*l_443)) >= (((*l_512) = g_511) != l_513)) & ((safe_sub_func_uint64_t_u_u(((safe_sub_func_uint16_t_u_u((((*l_480) | ((*p_11) = ((**g_119) = ((safe_unary_minus_func_uint16_t_u(1UL)) < (safe_sub_func_uint64_t_u_u(((**g_119) | 0x1F4DBA6DL), p_9)))))) , (*g_111)), (*l_480))) & 1L), p_9)) > (*p_12))), (*l_480))) < 0x3EFCL))
        { /* block id: 297 */
            int64_t ***l_523 = (void*)0;
            int64_t **** const l_522 = &l_523;
            int64_t ****l_525 = &l_523;
            int64_t *****l_524 = &l_525;
            int32_t l_531[1][1];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_531[i][j] = 0x1CCA99FBL;
            }
            (*l_524) = l_522;
            for (g_410 = (-25); (g_410 != 43); ++g_410)
            { /* block id: 301 */
                (**g_119) &= l_528;
            }
            for (l_444 = 15; (l_444 >= 50); ++l_444)
            { /* block id: 306 */
                if ((**g_119))
                    break;
                return l_531[0][0];
            }
            for (g_262.f0 = (-16); (g_262.f0 != 20); g_262.f0 = safe_add_func_uint16_t_u_u(g_262.f0, 9))
            { /* block id: 312 */
                uint32_t l_542 = 0x3A67B036L;
                (*p_11) &= ((safe_sub_func_int64_t_s_s((safe_add_func_int64_t_s_s(0L, (l_528 != l_531[0][0]))), ((safe_rshift_func_int8_t_s_u((safe_div_func_int16_t_s_s((((l_542 ^ (p_9 & (-2L))) & l_528) && (*l_480)), l_531[0][0])), 4)) , l_528))) || 5UL);
                if ((*g_120))
                    continue;
            }
        }
        else
        { /* block id: 316 */
            int32_t **l_543 = &l_480;
            (*l_543) = ((*g_119) = (*g_119));
            (**g_119) = (safe_mod_func_uint16_t_u_u((*g_111), (safe_mul_func_int8_t_s_s((((*l_543) = p_11) == &l_528), ((0L < (safe_mod_func_uint32_t_u_u((g_112[0][0] , l_444), 4294967295UL))) < l_528)))));
        }
        (*g_119) = l_480;
        if (((safe_div_func_int16_t_s_s((safe_add_func_uint8_t_u_u(g_554, ((*l_558) = (g_35 = (safe_mul_func_int8_t_s_s((*l_480), 0xB2L)))))), (*l_480))) , ((void*)0 == (*l_512))))
        { /* block id: 325 */
            struct S2 l_563 = {0xDBF3E101L,0x1BC4BA5CL};
            for (g_35 = (-19); (g_35 > 49); g_35++)
            { /* block id: 328 */
                struct S2 *l_562[4];
                struct S2 **l_561 = &l_562[1];
                int i;
                for (i = 0; i < 4; i++)
                    l_562[i] = &g_262;
                (*l_561) = &g_262;
                (**l_561) = l_563;
            }
            for (g_251 = 21; (g_251 >= 24); g_251++)
            { /* block id: 334 */
                uint64_t l_566 = 0xD7FA4DE3BB2C14FBLL;
                (*g_119) = (*g_119);
                if (l_566)
                    break;
            }
        }
        else
        { /* block id: 338 */
            uint32_t l_573 = 18446744073709551615UL;
            uint16_t l_586 = 0x2E26L;
            int32_t l_588 = 7L;
            int32_t l_604[4][4];
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 4; j++)
                    l_604[i][j] = 0xF9041D3EL;
            }
            for (g_5 = (-29); (g_5 != 7); g_5++)
            { /* block id: 341 */
                int32_t *l_569 = &g_41[2][0][1];
                int32_t *l_570 = (void*)0;
                int32_t *l_571 = &g_41[2][0][1];
                int32_t *l_572[3][1];
                int64_t **l_583 = &g_490[1];
                int64_t ***l_582 = &l_583;
                uint32_t *l_584 = &l_434;
                int16_t *l_585 = &g_112[0][0].f3;
                uint32_t *l_587[3][2] = {{&g_251,&g_251},{&g_251,&g_251},{&g_251,&g_251}};
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_572[i][j] = &l_528;
                }
                l_573++;
                l_589 ^= ((safe_div_func_uint32_t_u_u(p_9, ((*l_480) = (l_588 ^= ((safe_rshift_func_uint16_t_u_s((safe_mul_func_int16_t_s_s(((*l_585) = ((((-2L) | ((*l_584) = (l_528 <= (((*l_582) = &l_445) == (void*)0)))) == g_22.f0) , 0x42ECL)), l_586)), 7)) || l_528))))) == p_9);
            }
            if (((safe_rshift_func_uint16_t_u_s(((safe_lshift_func_uint16_t_u_s(((p_9 >= (safe_mul_func_uint8_t_u_u(l_588, (l_589 == (safe_sub_func_int32_t_s_s((safe_mul_func_uint8_t_u_u((safe_add_func_int64_t_s_s(p_9, p_9)), p_9)), (*p_11))))))) | g_262.f1), p_9)) <= 0xFBL), l_588)) && 0x4621L))
            { /* block id: 350 */
                int32_t *l_602[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_602[i] = &g_17[2];
                (*g_119) = p_12;
                (*l_513) = &g_351;
                ++l_609;
            }
            else
            { /* block id: 354 */
                l_612 |= 0xBEF64749L;
                return l_604[1][1];
            }
            return (*l_480);
        }
    }
    for (l_609 = 0; (l_609 >= 55); ++l_609)
    { /* block id: 363 */
        uint16_t l_625 = 0x506BL;
        uint8_t l_656 = 0xEFL;
        struct S2 * const l_663 = &g_262;
        for (l_434 = 18; (l_434 != 14); l_434--)
        { /* block id: 366 */
            int32_t l_624 = 5L;
            int32_t l_645[5][5] = {{0x193D8A02L,1L,(-7L),1L,0x193D8A02L},{0L,7L,0xA830AE89L,0L,7L},{0x193D8A02L,0xA830AE89L,0xA830AE89L,0x193D8A02L,0L},{1L,0x193D8A02L,(-7L),7L,7L},{0L,0x193D8A02L,0L,0L,0x193D8A02L}};
            int8_t *l_647[1][4] = {{&g_351.f1,&g_351.f1,&g_351.f1,&g_351.f1}};
            int32_t l_648 = (-7L);
            int32_t *l_653 = &l_603[3][0][3];
            int i, j;
            for (g_40 = (-1); (g_40 == (-2)); g_40 = safe_sub_func_uint16_t_u_u(g_40, 5))
            { /* block id: 369 */
                int32_t *l_619 = &g_3;
                int32_t *l_620 = &l_603[3][0][3];
                int32_t *l_621 = &g_41[0][0][1];
                int32_t *l_622 = (void*)0;
                int32_t *l_623[3][2];
                int16_t l_634 = 0xB36BL;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_623[i][j] = &g_3;
                }
                ++l_625;
                (*l_619) = ((p_9 == g_16[0].f0.f0) >= (((safe_lshift_func_int16_t_s_s(p_9, ((((safe_mod_func_uint8_t_u_u(((safe_mul_func_int8_t_s_s(l_625, (((g_112[0][0].f2 == p_9) , l_625) == (*l_620)))) > l_624), p_9)) == (*l_620)) ^ 4294967295UL) > l_624))) , p_9) & l_634));
            }
            for (g_351.f0 = 0; (g_351.f0 <= (-18)); g_351.f0 = safe_sub_func_int64_t_s_s(g_351.f0, 9))
            { /* block id: 375 */
                return p_9;
            }
            g_638 = l_637;
            if ((((*p_10) = ((l_648 = (safe_mod_func_int8_t_s_s(((l_624 || (g_112[0][0].f1 & (safe_div_func_uint64_t_u_u((l_645[0][0] ^= ((*l_443)++)), (~(p_9 , (g_262 , ((1UL | 0xF9L) >= (*g_111))))))))) , (-9L)), l_625))) && 0UL)) > l_624))
            { /* block id: 383 */
                uint32_t l_650[2][4][5] = {{{1UL,0x009B2262L,0x15CA763FL,5UL,4294967295UL},{0x009B2262L,1UL,0x15CA763FL,0xD6DB0659L,0x15CA763FL},{0x009B2262L,0x009B2262L,4294967295UL,0xD6DB0659L,4294967295UL},{1UL,0x009B2262L,0x15CA763FL,5UL,4294967295UL}},{{0x009B2262L,1UL,0x15CA763FL,0xD6DB0659L,0x15CA763FL},{0x009B2262L,0x009B2262L,4294967295UL,0xD6DB0659L,4294967295UL},{1UL,0x009B2262L,0x15CA763FL,5UL,4294967295UL},{0x009B2262L,1UL,0x15CA763FL,0xD6DB0659L,0x15CA763FL}}};
                struct S0 **l_651[4][2][3];
                int i, j, k;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 2; j++)
                    {
                        for (k = 0; k < 3; k++)
                            l_651[i][j][k] = &l_637;
                    }
                }
                g_652 = ((p_9 & (safe_unary_minus_func_int64_t_s((l_650[0][3][0] , 0L)))) , (l_651[3][0][2] = &l_637));
            }
            else
            { /* block id: 386 */
                int8_t l_657[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_657[i] = 0x2AL;
                l_653 = &l_603[0][0][1];
                (*p_12) = ((*g_111) && ((safe_div_func_int64_t_s_s(((l_656 != l_657[0]) < ((safe_lshift_func_int16_t_s_u((!((safe_add_func_uint64_t_u_u((l_663 == (void*)0), 0x67810506841AF4BALL)) , 0x1DC9469AL)), 10)) < (*l_653))), l_656)) | (*l_653)));
            }
        }
        if (l_625)
            break;
    }
    return l_664;
}


/* ------------------------------------------ */
/* 
 * reads : g_3 g_17 g_22 g_35 g_22.f1 g_41 g_16.f0.f1 g_48 g_351.f1 g_119 g_120 g_351 g_112.f0 g_111 g_59 g_40 g_112.f4
 * writes: g_3 g_35 g_48 g_351.f1 g_17 g_120 g_410 g_59
 */
static const uint16_t  func_13(union U4  p_14, int32_t * p_15)
{ /* block id: 2 */
    struct S0 l_29 = {0x14C2L,0x9DBAL,0xC124380D33B947E2LL,-2L,0x2D14B432L};
    struct S2 l_30 = {0x5769E8A2L,1UL};
    int32_t *l_31 = &g_3;
    int32_t l_393[4] = {0x84F1C4C7L,0x84F1C4C7L,0x84F1C4C7L,0x84F1C4C7L};
    int64_t l_401 = 0L;
    int32_t ***l_426 = &g_119;
    int16_t l_430 = 9L;
    int i;
    for (g_3 = 0; (g_3 <= 2); g_3 += 1)
    { /* block id: 5 */
        int32_t l_394 = 0x4767FBA4L;
        int32_t l_395 = 6L;
        int32_t l_396[3][5][4] = {{{(-3L),0xB0C2991BL,0x4614F699L,0x7949E619L},{0L,0L,0xD6C700A1L,1L},{0x21D70DFBL,(-2L),(-8L),0xB0C2991BL},{0L,3L,3L,0L},{3L,0L,0xB83F6ED6L,0L}},{{(-2L),0x21D70DFBL,0x7949E619L,0x4614F699L},{0L,0L,(-2L),0x4614F699L},{0xB83F6ED6L,0x21D70DFBL,0xD6C700A1L,0L},{7L,0L,(-3L),0L},{0x21D70DFBL,3L,(-2L),0xB0C2991BL}},{{1L,(-2L),3L,1L},{(-2L),0L,0x2C0D9697L,7L},{(-2L),0xB83F6ED6L,3L,0x4614F699L},{1L,7L,(-2L),(-2L)},{0x21D70DFBL,0x21D70DFBL,(-3L),7L}}};
        const int32_t ***l_425 = (void*)0;
        uint8_t *l_429 = &g_35;
        int i, j, k;
        if (func_18(g_17[g_3], g_22, (func_23(&g_17[g_3], (l_29 , l_30), p_14.f0.f1, p_14, l_31) , l_29)))
        { /* block id: 235 */
            int32_t l_389 = (-3L);
            for (g_351.f1 = 0; (g_351.f1 <= 2); g_351.f1 += 1)
            { /* block id: 238 */
                int i;
                g_17[g_3] &= l_389;
            }
            (**g_119) = (*p_15);
        }
        else
        { /* block id: 242 */
            int32_t *l_390 = &g_16[0].f2;
            int32_t *l_391 = (void*)0;
            int32_t *l_392[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
            uint32_t l_397 = 0x3CE2C917L;
            uint8_t *l_403 = &g_35;
            uint8_t *l_409 = &g_410;
            int i;
            (*g_119) = &g_17[g_3];
            l_397--;
            l_393[0] |= (+(((*l_403) = (l_401 > ((safe_unary_minus_func_int8_t_s((g_351 , 0x36L))) && p_14.f0.f0))) == (safe_add_func_int32_t_s_s(((((*l_409) = ((+(((safe_mul_func_int16_t_s_s(g_112[0][0].f0, p_14.f0.f1)) >= l_395) , 0xADD7EC4FL)) | 0x85FBFEE2L)) == 247UL) && 0UL), (*p_15)))));
            if ((*g_120))
                break;
        }
        (*g_120) ^= (safe_rshift_func_int8_t_s_s(((-9L) && (((((safe_mod_func_uint8_t_u_u((safe_div_func_int32_t_s_s((g_351.f3 <= ((*g_111) &= (safe_add_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((safe_lshift_func_int8_t_s_s(((((*p_15) = (((l_396[0][2][0] &= (l_425 != l_426)) < (safe_mul_func_uint8_t_u_u((&g_410 == l_429), p_14.f0.f1))) <= 0x90L)) | 0xA53FB92EL) <= g_48), 4)), g_3)), l_395)))), l_430)), 0x38L)) < p_14.f0.f0) == g_40) , g_112[0][0].f4) < 0xB9464B78L)), 0));
    }
    return (*g_111);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t  func_18(const int64_t  p_19, const union U3  p_20, struct S0  p_21)
{ /* block id: 11 */
    int32_t *l_54[5];
    int64_t l_99 = 7L;
    uint16_t *l_109 = &g_59;
    int16_t l_117 = 0L;
    int32_t l_124 = 9L;
    int16_t l_125 = 3L;
    int8_t l_126 = (-10L);
    uint64_t l_128 = 18446744073709551607UL;
    struct S2 l_133[2] = {{0xB96118A3L,18446744073709551612UL},{0xB96118A3L,18446744073709551612UL}};
    int8_t l_145 = 0xDDL;
    uint8_t *l_173 = &g_35;
    uint64_t l_174 = 0x8FB6B238936EF0B1LL;
    uint64_t l_186[2][2];
    uint32_t l_200 = 0xF9E9DA0CL;
    const int32_t *l_215 = (void*)0;
    const int32_t **l_214[4][3] = {{&l_215,&l_215,&l_215},{(void*)0,(void*)0,(void*)0},{&l_215,&l_215,&l_215},{(void*)0,(void*)0,(void*)0}};
    const int32_t *** const l_213 = &l_214[2][0];
    const int32_t *** const *l_212 = &l_213;
    int32_t *l_263 = &g_41[3][0][0];
    struct S1 l_282 = {0L,0xD9L,0x4EL,18446744073709551615UL};
    uint64_t l_295 = 0x0ACFC79905F58DAFLL;
    int8_t l_314 = 0L;
    struct S0 *l_316[3][1];
    struct S0 * const l_317 = &g_112[0][0];
    uint32_t l_332 = 0xBA6C3AA1L;
    union U4 l_338 = {{0x295ACDAAL,0x809C7F39L}};
    int i, j;
    for (i = 0; i < 5; i++)
        l_54[i] = &g_41[1][0][1];
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_186[i][j] = 0xB1E60F4A2C53EA8ALL;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_316[i][j] = &g_112[0][0];
    }
    return p_20.f1;
}


/* ------------------------------------------ */
/* 
 * reads : g_35 g_22.f1 g_41 g_16.f0.f1 g_3 g_17 g_48 g_22
 * writes: g_35 g_48
 */
static union U3  func_23(int32_t * p_24, struct S2  p_25, uint8_t  p_26, union U4  p_27, int32_t * p_28)
{ /* block id: 6 */
    int32_t *l_32 = (void*)0;
    int32_t *l_33 = &g_16[0].f2;
    int32_t *l_34 = &g_16[0].f2;
    int32_t *l_36 = &g_16[0].f2;
    int32_t *l_37 = &g_16[0].f2;
    int32_t *l_38 = &g_16[0].f2;
    int32_t *l_39[5] = {&g_3,&g_3,&g_3,&g_3,&g_3};
    int32_t l_42 = 7L;
    uint8_t l_43 = 255UL;
    int i;
    g_35 |= ((-1L) | p_25.f0);
    l_43++;
    g_48 ^= ((safe_lshift_func_uint16_t_u_s(p_26, 6)) && (((((g_22.f1 ^ (p_25.f1 & ((((p_27.f0.f0 || (g_41[2][0][1] < 0xA2EA94A57C395B56LL)) & g_16[0].f0.f1) ^ g_3) , p_26))) , 1UL) == 0x56L) & g_41[2][0][1]) == g_17[1]));
    return g_22;
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
    transparent_crc(g_5, "g_5", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_17[i], "g_17[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_22.f0, "g_22.f0", print_hash_value);
    transparent_crc(g_22.f1, "g_22.f1", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_41[i][j][k], "g_41[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_112[i][j].f0, "g_112[i][j].f0", print_hash_value);
            transparent_crc(g_112[i][j].f1, "g_112[i][j].f1", print_hash_value);
            transparent_crc(g_112[i][j].f2, "g_112[i][j].f2", print_hash_value);
            transparent_crc(g_112[i][j].f3, "g_112[i][j].f3", print_hash_value);
            transparent_crc(g_112[i][j].f4, "g_112[i][j].f4", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_155, "g_155", print_hash_value);
    transparent_crc(g_179, "g_179", print_hash_value);
    transparent_crc(g_251, "g_251", print_hash_value);
    transparent_crc(g_262.f0, "g_262.f0", print_hash_value);
    transparent_crc(g_262.f1, "g_262.f1", print_hash_value);
    transparent_crc(g_351.f0, "g_351.f0", print_hash_value);
    transparent_crc(g_351.f1, "g_351.f1", print_hash_value);
    transparent_crc(g_351.f2, "g_351.f2", print_hash_value);
    transparent_crc(g_351.f3, "g_351.f3", print_hash_value);
    transparent_crc(g_410, "g_410", print_hash_value);
    transparent_crc(g_468, "g_468", print_hash_value);
    transparent_crc(g_554, "g_554", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_705[i], "g_705[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_714, "g_714", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 200
   depth: 1, occurrence: 15
XXX total union variables: 4

XXX max expression depth: 23
breakdown:
   depth: 1, occurrence: 112
   depth: 2, occurrence: 22
   depth: 3, occurrence: 1
   depth: 4, occurrence: 2
   depth: 5, occurrence: 1
   depth: 7, occurrence: 1
   depth: 8, occurrence: 1
   depth: 9, occurrence: 3
   depth: 11, occurrence: 2
   depth: 12, occurrence: 3
   depth: 14, occurrence: 4
   depth: 15, occurrence: 3
   depth: 16, occurrence: 2
   depth: 19, occurrence: 2
   depth: 20, occurrence: 1
   depth: 23, occurrence: 2

XXX total number of pointers: 182

XXX times a variable address is taken: 206
XXX times a pointer is dereferenced on RHS: 63
breakdown:
   depth: 1, occurrence: 53
   depth: 2, occurrence: 6
   depth: 3, occurrence: 2
   depth: 4, occurrence: 2
XXX times a pointer is dereferenced on LHS: 112
breakdown:
   depth: 1, occurrence: 98
   depth: 2, occurrence: 11
   depth: 3, occurrence: 2
   depth: 4, occurrence: 0
   depth: 5, occurrence: 1
XXX times a pointer is compared with null: 12
XXX times a pointer is compared with address of another variable: 4
XXX times a pointer is compared with another pointer: 2
XXX times a pointer is qualified to be dereferenced: 3253

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 283
   level: 2, occurrence: 61
   level: 3, occurrence: 19
   level: 4, occurrence: 3
   level: 5, occurrence: 2
XXX number of pointers point to pointers: 69
XXX number of pointers point to scalars: 92
XXX number of pointers point to structs: 19
XXX percent of pointers has null in alias set: 23.1
XXX average alias set size: 1.22

XXX times a non-volatile is read: 579
XXX times a non-volatile is write: 369
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 4
XXX backward jumps: 2

XXX stmts: 107
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 13
   depth: 1, occurrence: 18
   depth: 2, occurrence: 37
   depth: 3, occurrence: 39

XXX percentage a fresh-made variable is used: 17.5
XXX percentage an existing variable is used: 82.5
********************* end of statistics **********************/

