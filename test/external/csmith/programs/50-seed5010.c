/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 5010 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3 --max-funcs 8 --max-block-depth 4 --max-expr-complexity 10
 * Seed:      5010
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
static int16_t safe_unary_minus_func_int16_t_s(int16_t a) { return (a == (-32767 - 1)) ? a : (int16_t)-a; }
static int32_t safe_unary_minus_func_int32_t_s(int32_t a) { return (a == (-2147483647 - 1)) ? a : (int32_t)-a; }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint16_t  f0;
};

union U1 {
   uint64_t  f0;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2[2][4] = {{0x66FE7D8AL,0x66FE7D8AL,0x66FE7D8AL,0x66FE7D8AL},{0x66FE7D8AL,0x66FE7D8AL,0x66FE7D8AL,0x66FE7D8AL}};
static int32_t g_5[2][2] = {{6L,6L},{6L,6L}};
static uint32_t g_28 = 18446744073709551611UL;
static struct S0 g_52 = {65535UL};
static int32_t g_55 = 1L;
static int32_t *g_54 = &g_55;
static uint64_t g_57 = 1UL;
static union U1 g_58 = {0UL};
static int8_t g_61 = 1L;
static uint32_t g_64 = 1UL;
static uint32_t g_86 = 7UL;
static int64_t g_111 = (-1L);
static uint8_t g_112 = 0xE2L;
static int16_t g_140 = 0x42CAL;
static int8_t g_142 = 1L;
static int32_t g_153 = 0x99F0A174L;
static const int32_t **g_166 = (void*)0;
static const int32_t *g_168 = &g_5[0][1];
static const int32_t **g_167 = &g_168;
static uint64_t g_183 = 0x4991CB9547BAECA1LL;
static uint16_t g_190 = 0xB260L;
static union U1 *g_200 = &g_58;
static uint16_t *g_214 = &g_190;
static uint32_t g_219 = 0UL;
static struct S0 g_271[3] = {{65533UL},{65533UL},{65533UL}};
static uint32_t g_322[2] = {0x4D04E999L,0x4D04E999L};
static int8_t **g_340 = (void*)0;
static int8_t *g_342 = &g_61;
static int8_t **g_341[2] = {&g_342,&g_342};
static int64_t g_346 = 0xF107A54B7A8BAA42LL;
static uint32_t g_377 = 3UL;
static uint32_t g_398 = 0x9F2272EFL;
static uint8_t *g_423 = &g_112;
static uint8_t **g_422 = &g_423;
static int64_t *g_495 = (void*)0;
static int64_t **g_494[5] = {&g_495,&g_495,&g_495,&g_495,&g_495};
static int64_t ***g_493 = &g_494[0];
static int32_t g_498 = 1L;
static int32_t g_573 = 0L;
static uint32_t g_620[4] = {18446744073709551606UL,18446744073709551606UL,18446744073709551606UL,18446744073709551606UL};
static struct S0 **g_677 = (void*)0;
static int16_t g_699 = 0xF877L;
static int16_t *g_698 = &g_699;
static struct S0 g_711 = {65535UL};
static struct S0 *g_740 = &g_271[2];
static struct S0 **g_739 = &g_740;
static uint32_t g_790 = 0xB71D9B61L;
static uint8_t g_835 = 251UL;
static uint32_t *g_868 = (void*)0;
static uint32_t *g_875 = &g_322[1];
static uint32_t **g_874 = &g_875;
static uint32_t ***g_873 = &g_874;
static int32_t **g_898 = &g_54;
static int32_t ***g_897 = &g_898;
static uint8_t ****g_906 = (void*)0;
static uint8_t g_987[5] = {0xD2L,0xD2L,0xD2L,0xD2L,0xD2L};


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static int32_t * func_8(int32_t * p_9);
static int32_t * func_10(int32_t * p_11, int8_t  p_12);
static int32_t * func_13(uint32_t  p_14, int32_t * const  p_15);
static int32_t * const  func_16(union U1  p_17, union U1  p_18);
static union U1  func_19(int32_t * p_20);
static const int64_t  func_39(uint64_t  p_40, int32_t * p_41);
static int32_t * func_42(int32_t * p_43);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_5 g_86 g_377 g_52.f0 g_422 g_423 g_112 g_835 g_342 g_61 g_167 g_168 g_214 g_190 g_54 g_55 g_740 g_698 g_699 g_58.f0 g_64 g_711.f0 g_271 g_873 g_739 g_142 g_897 g_874 g_875 g_322 g_898 g_906 g_183 g_790 g_493 g_494 g_28 g_111 g_495 g_346 g_57 g_153 g_620 g_987 g_498
 * writes: g_2 g_5 g_86 g_377 g_52.f0 g_112 g_835 g_64 g_55 g_271 g_168 g_140 g_57 g_868 g_142 g_61 g_698 g_699 g_711.f0 g_54 g_790 g_495 g_493 g_153 g_620 g_111 g_346 g_573 g_498 g_987 g_200 g_190
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    uint32_t l_151[2][4] = {{0xD31C8896L,0xB1F57036L,0xD31C8896L,0xB1F57036L},{0xD31C8896L,0xB1F57036L,0xD31C8896L,0xB1F57036L}};
    int32_t * const l_424[4][1][5] = {{{(void*)0,&g_5[0][1],(void*)0,&g_5[0][1],(void*)0}},{{(void*)0,(void*)0,&g_5[0][1],&g_5[0][1],(void*)0}},{{&g_5[0][1],&g_5[0][1],&g_5[0][1],&g_5[0][1],&g_5[0][1]}},{{(void*)0,&g_5[0][1],&g_5[0][1],(void*)0,(void*)0}}};
    uint32_t *l_812 = (void*)0;
    uint32_t **l_811[1];
    const uint8_t *l_841[2];
    int64_t l_845 = 0x18378F94FED4E281LL;
    int16_t *l_886 = &g_699;
    int16_t l_928 = 1L;
    struct S0 l_939 = {0UL};
    int16_t l_950[4][1][2] = {{{(-9L),0xF9F9L}},{{(-9L),0xF9F9L}},{{(-9L),0xF9F9L}},{{(-9L),0xF9F9L}}};
    int32_t l_968 = 0x55CA7A31L;
    int32_t *l_972 = &g_5[0][0];
    int64_t * const *l_975 = (void*)0;
    int64_t * const **l_974 = &l_975;
    int32_t l_1019 = (-4L);
    uint8_t l_1040 = 0xA8L;
    struct S0 *l_1069[3];
    uint8_t l_1083 = 1UL;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_811[i] = &l_812;
    for (i = 0; i < 2; i++)
        l_841[i] = &g_112;
    for (i = 0; i < 3; i++)
        l_1069[i] = &g_711;
    for (g_2[0][3] = (-4); (g_2[0][3] < 13); ++g_2[0][3])
    { /* block id: 3 */
        int16_t l_593 = 1L;
        uint32_t *l_809 = &l_151[0][0];
        uint32_t **l_808[4] = {&l_809,&l_809,&l_809,&l_809};
        uint32_t ***l_810[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        int32_t l_916 = (-1L);
        uint8_t * const ** const *l_922 = (void*)0;
        int32_t l_936[4][1] = {{0xE95D836FL},{1L},{0xE95D836FL},{1L}};
        int i, j;
        for (g_5[0][1] = (-26); (g_5[0][1] <= (-4)); g_5[0][1] = safe_add_func_uint16_t_u_u(g_5[0][1], 6))
        { /* block id: 6 */
            int32_t *l_149[3];
            uint64_t *l_152[3][3][3] = {{{&g_58.f0,&g_58.f0,(void*)0},{&g_58.f0,&g_58.f0,(void*)0},{&g_58.f0,&g_58.f0,(void*)0}},{{&g_58.f0,&g_58.f0,(void*)0},{&g_58.f0,&g_58.f0,(void*)0},{&g_58.f0,&g_58.f0,(void*)0}},{{&g_58.f0,&g_58.f0,(void*)0},{&g_58.f0,&g_58.f0,(void*)0},{&g_58.f0,&g_58.f0,(void*)0}}};
            int32_t **l_807 = &g_54;
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_149[i] = &g_2[1][0];
        }
        if (((l_811[0] = l_808[0]) != &l_812))
        { /* block id: 398 */
            uint16_t l_827 = 6UL;
            struct S0 l_847 = {8UL};
            for (g_86 = 3; (g_86 != 19); ++g_86)
            { /* block id: 401 */
                union U1 *l_815 = &g_58;
                for (g_377 = 0; (g_377 <= 1); g_377 += 1)
                { /* block id: 404 */
                    union U1 **l_816[4][5][1];
                    int i, j, k;
                    for (i = 0; i < 4; i++)
                    {
                        for (j = 0; j < 5; j++)
                        {
                            for (k = 0; k < 1; k++)
                                l_816[i][j][k] = &g_200;
                        }
                    }
                    l_815 = l_815;
                }
            }
            for (g_52.f0 = 0; (g_52.f0 == 10); ++g_52.f0)
            { /* block id: 410 */
                uint8_t *l_834 = &g_835;
                int32_t l_836[3];
                const uint8_t **l_842 = (void*)0;
                const uint8_t **l_843 = &l_841[0];
                int32_t l_844 = 0x36E5E029L;
                uint32_t *l_846 = &g_64;
                int i;
                for (i = 0; i < 3; i++)
                    l_836[i] = 0L;
                (*g_54) ^= (safe_div_func_uint8_t_u_u((((*l_846) = ((safe_add_func_int64_t_s_s((l_844 = ((((safe_sub_func_int8_t_s_s(((safe_lshift_func_uint16_t_u_s(l_827, 2)) ^ 0x1B4B37FD45FC4218LL), (safe_rshift_func_uint8_t_u_s(l_593, 3)))) & (((safe_mod_func_int32_t_s_s((((l_593 || ((*l_834) |= (--(**g_422)))) , (l_836[2] , ((safe_div_func_int16_t_s_s((safe_sub_func_int16_t_s_s((g_52.f0 || ((((*g_342) <= (((*l_843) = l_841[0]) != (*g_422))) && (**g_167)) > l_827)), l_593)), l_836[2])) ^ g_2[0][3]))) ^ l_593), l_836[2])) , l_844) >= (*g_342))) ^ (*g_214)) <= l_593)), 0UL)) == l_845)) != l_836[0]), l_593));
                (*g_740) = l_847;
            }
            (*g_167) = l_809;
        }
        else
        { /* block id: 420 */
            int16_t *l_857 = &g_140;
            uint32_t *l_862[2][5];
            int32_t l_863 = 0xCE19B71EL;
            int32_t l_864[5][4][3] = {{{0x79ED2561L,0x0C2B27EEL,0x517DEB67L},{(-9L),(-9L),0xDB570181L},{0x79ED2561L,0x0C2B27EEL,0x517DEB67L},{(-9L),(-9L),0xDB570181L}},{{0x79ED2561L,0x0C2B27EEL,0x517DEB67L},{(-9L),(-9L),0xDB570181L},{0x79ED2561L,0x0C2B27EEL,0x517DEB67L},{(-9L),(-9L),0xDB570181L}},{{0x79ED2561L,0x0C2B27EEL,0x517DEB67L},{(-9L),(-9L),0xDB570181L},{0x79ED2561L,0x0C2B27EEL,0x517DEB67L},{(-9L),(-9L),0xDB570181L}},{{0x79ED2561L,0x0C2B27EEL,0x517DEB67L},{(-9L),(-9L),0xDB570181L},{0x79ED2561L,0x0C2B27EEL,0x517DEB67L},{(-9L),(-9L),0xDB570181L}},{{0x79ED2561L,0x0C2B27EEL,0x517DEB67L},{(-9L),(-9L),0xDB570181L},{0x79ED2561L,0x0C2B27EEL,0x517DEB67L},{(-9L),(-9L),0xDB570181L}}};
            uint64_t *l_865 = &g_57;
            uint32_t *l_866 = &g_64;
            uint64_t l_881 = 0xE902B777E0E077F8LL;
            struct S0 **l_895 = (void*)0;
            int i, j, k;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 5; j++)
                    l_862[i][j] = &g_219;
            }
            if (((((*l_865) = (safe_div_func_int8_t_s_s((safe_sub_func_int16_t_s_s((*g_698), (+((l_864[0][0][1] ^= (l_863 = ((*g_168) | (safe_mul_func_int16_t_s_s(((*l_857) = (((((*g_214) && (*g_698)) , &g_573) == &g_498) == ((safe_unary_minus_func_uint8_t_u((**g_422))) | (safe_unary_minus_func_uint64_t_u(g_58.f0))))), (safe_sub_func_uint64_t_u_u((safe_sub_func_uint64_t_u_u(((-10L) == (*g_168)), g_64)), 0UL))))))) ^ g_711.f0)))), (-1L)))) | g_112) || l_593))
            { /* block id: 425 */
                uint32_t **l_867[4][4] = {{(void*)0,(void*)0,&l_866,&l_862[0][4]},{&l_862[0][0],&l_862[0][0],&l_862[0][0],&l_866},{&l_862[0][0],&l_866,&l_866,&l_862[0][0]},{(void*)0,&l_866,&l_862[0][4],&l_866}};
                int8_t *l_880 = &g_142;
                int32_t l_882[3][2];
                int16_t *l_885 = &g_699;
                int16_t **l_887 = &g_698;
                uint16_t *l_896 = &g_711.f0;
                int32_t l_914 = 0x22178087L;
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_882[i][j] = 6L;
                }
                (*g_740) = (*g_740);
                (*g_54) = ((((((l_593 && ((g_868 = l_866) == (void*)0)) < ((((l_593 || ((((*g_698) < (((safe_mod_func_int8_t_s_s(((safe_sub_func_uint32_t_u_u(((void*)0 == g_873), (safe_mod_func_int16_t_s_s(((*l_857) = (safe_rshift_func_int8_t_s_s((g_2[0][0] , ((*g_342) = ((*l_880) &= ((**g_739) , (*g_342))))), 0))), l_881)))) && 4294967292UL), (*g_423))) | l_864[4][1][1]) , l_593)) , l_864[3][3][2]) , 255UL)) < 0xB97BL) || l_881) >= l_882[1][1])) ^ (*g_698)) && 0xD2E4L) ^ l_593) || l_882[2][0]);
                if ((l_881 | (((safe_mod_func_int8_t_s_s(((g_699 = ((l_885 = (void*)0) == ((*l_887) = l_886))) ^ ((safe_add_func_uint32_t_u_u(((((((safe_div_func_int8_t_s_s((safe_lshift_func_int16_t_s_u((((*l_896) ^= (((((*l_857) = (l_882[1][1] > 8L)) , (*g_214)) , (!((l_895 != &g_740) , l_863))) != (*g_54))) <= l_882[1][1]), (*g_214))), l_882[1][1])) && (**g_422)) , g_897) == (void*)0) >= (**g_422)) <= 9L), l_882[1][1])) == (*g_214))), l_593)) , (***g_873)) , l_863)))
                { /* block id: 437 */
                    if ((*g_54))
                        break;
                    (***g_897) = (l_841[1] != (*g_422));
                }
                else
                { /* block id: 440 */
                    int64_t l_915 = 0xD8D45560FB4FF552LL;
                    (*g_54) &= (safe_lshift_func_int8_t_s_s(((+(((*g_423) & ((0x84FA2EB5DB887EBDLL && ((*l_865) = (safe_div_func_int16_t_s_s((((safe_add_func_uint16_t_u_u((((((g_906 == (void*)0) ^ ((~(*g_342)) && (safe_sub_func_int16_t_s_s(l_882[2][0], (safe_div_func_int16_t_s_s((((7L == (safe_div_func_int16_t_s_s((l_914 &= ((**g_739) , (0x4E72912EF00CD2AELL > 0xBD744C1EC9D48013LL))), l_593))) <= l_915) < (*g_423)), (*g_214))))))) || l_863) || 8UL) & l_593), (*g_214))) , l_593) <= l_882[1][1]), 0xDBA2L)))) != l_915)) || 0xFE6FL)) | 0xEF91L), 2));
                    return g_61;
                }
            }
            else
            { /* block id: 446 */
                (*g_167) = (*g_167);
                return g_183;
            }
            if ((*g_54))
            { /* block id: 450 */
                uint32_t l_917 = 0x17699D21L;
                int32_t **l_920 = &g_54;
                l_917--;
                (*l_920) = l_424[0][0][1];
            }
            else
            { /* block id: 453 */
                return l_881;
            }
            if ((**g_167))
            { /* block id: 456 */
                int32_t *l_921 = (void*)0;
                (**g_897) = l_921;
                l_863 ^= (g_906 != l_922);
            }
            else
            { /* block id: 459 */
                uint32_t l_935[5] = {0x0184E787L,0x0184E787L,0x0184E787L,0x0184E787L,0x0184E787L};
                int i;
                (*g_167) = func_42((**g_897));
                l_864[0][0][1] |= (safe_mod_func_uint16_t_u_u((safe_unary_minus_func_int16_t_s((-6L))), 1L));
                l_936[3][0] = (safe_mod_func_int64_t_s_s((((((0x992804B8D6D6C96DLL & (l_928 && 0xAAA3L)) > ((safe_add_func_int8_t_s_s((0UL ^ (safe_add_func_int64_t_s_s((safe_add_func_int16_t_s_s(0x03C3L, l_864[4][2][2])), g_699))), l_935[0])) < (l_916 ^= (l_424[2][0][0] != (*g_167))))) <= 1UL) , 0x5E0627F23A64DA5CLL) <= l_864[0][0][1]), l_935[1]));
                for (g_699 = 0; (g_699 > (-24)); g_699--)
                { /* block id: 466 */
                    (*g_740) = l_939;
                }
            }
            (**g_897) = (l_936[0][0] , (**g_897));
        }
        return l_936[2][0];
    }
    for (g_790 = 0; (g_790 <= 36); ++g_790)
    { /* block id: 476 */
        uint8_t l_949 = 0x88L;
        int64_t *l_951 = &g_346;
        int64_t **l_952 = &l_951;
        uint32_t *l_956[1];
        int32_t l_957 = (-10L);
        int32_t l_958 = 0x65B6D0BCL;
        int16_t *l_959 = (void*)0;
        int16_t *l_960 = &g_140;
        int32_t l_961 = 0xAA8A0A29L;
        struct S0 l_965 = {0x0F4CL};
        int i;
        for (i = 0; i < 1; i++)
            l_956[i] = (void*)0;
        l_961 ^= (safe_add_func_uint8_t_u_u((~(((*g_698) , (-1L)) == (safe_div_func_uint32_t_u_u(((safe_sub_func_uint8_t_u_u((0x71F62BD1L ^ (l_949 > l_950[2][0][0])), ((((((*l_952) = ((**g_493) = l_951)) == &l_845) < ((((((*l_960) = ((((l_958 = (((*g_342) = ((safe_rshift_func_uint8_t_u_u((*g_423), 1)) & (!((l_957 ^= g_142) >= g_28)))) & (*g_423))) & l_949) , 0xFEL) || l_949)) == 0xDDC2L) & 6UL) || l_949) & l_949)) > 7L) == 0UL))) | g_2[1][0]), l_949)))), (*g_423)));
        l_961 = ((((g_64 ^= (safe_mul_func_int16_t_s_s((!l_949), l_958))) | (((((((l_965 , ((**g_167) , g_377)) != ((void*)0 != &g_739)) & 0xC106880223AEA4A7LL) & (((***g_897) |= (safe_mod_func_int64_t_s_s((0L & g_111), (***g_493)))) == (**g_167))) & (*g_214)) , (-9L)) != 0xB1B8L)) & l_949) <= (*g_423));
    }
    if ((*g_54))
    { /* block id: 488 */
        uint64_t l_969 = 6UL;
        int64_t ****l_973[3][5] = {{&g_493,&g_493,&g_493,&g_493,&g_493},{&g_493,&g_493,&g_493,&g_493,&g_493},{&g_493,&g_493,&g_493,&g_493,&g_493}};
        int i, j;
        --l_969;
        (*g_167) = ((*g_898) = func_10(l_972, ((g_493 = &g_494[0]) == l_974)));
    }
    else
    { /* block id: 493 */
        int32_t l_980[5];
        struct S0 **l_996 = &g_740;
        int32_t *l_1033 = &g_498;
        int i;
        for (i = 0; i < 5; i++)
            l_980[i] = (-7L);
lbl_1050:
        (***g_897) = ((*g_214) != 0UL);
        for (l_928 = 1; (l_928 >= 0); l_928 -= 1)
        { /* block id: 497 */
            uint64_t l_976 = 1UL;
            int32_t l_994 = 0x993FB6E4L;
            struct S0 **l_995 = (void*)0;
            int64_t l_997 = 0xEF4ADC2F53C582C0LL;
            int32_t l_1020 = (-1L);
            uint32_t l_1021 = 5UL;
            int32_t **l_1055 = &l_1033;
            uint64_t l_1086[4][1];
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 1; j++)
                    l_1086[i][j] = 0x3CBFA5CFE3726948LL;
            }
            if ((l_976 > ((l_939 , ((((**g_422) = (~((g_2[0][3] > (safe_sub_func_uint8_t_u_u((**g_422), (l_980[3] , (safe_add_func_uint16_t_u_u((safe_sub_func_int32_t_s_s(((((((safe_mod_func_int32_t_s_s(((**g_898) = ((--g_987[0]) > ((safe_div_func_int64_t_s_s((((((safe_rshift_func_uint16_t_u_u((l_980[3] || (g_153 , 0x75L)), 8)) == 1L) > (*l_972)) | l_976) == l_994), 0x5E0358EF5B3D7D06LL)) && 0x085CL))), l_994)) >= l_980[3]) , 7L) ^ l_994) , l_976) < l_994), 0x9B527351L)), (*g_698))))))) ^ 0UL))) > l_976) , l_995)) == l_996)))
            { /* block id: 501 */
                uint8_t l_1005 = 0UL;
                int32_t l_1018 = (-1L);
                union U1 *l_1043[4];
                union U1 **l_1049 = &l_1043[2];
                int i;
                for (i = 0; i < 4; i++)
                    l_1043[i] = (void*)0;
                if ((l_997 > (((*l_886) = (safe_lshift_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u((+0L), (*l_972))), ((((void*)0 != &g_190) <= (((*g_54) <= (safe_mul_func_uint8_t_u_u((l_1005 = 246UL), (((*g_214) ^ (safe_sub_func_uint16_t_u_u(((safe_div_func_int8_t_s_s((((safe_div_func_int32_t_s_s(((safe_div_func_int32_t_s_s((safe_lshift_func_int16_t_s_s((safe_rshift_func_int8_t_s_u(l_1018, (*g_423))), 7)), l_1019)) , (***g_897)), l_1020)) ^ 0UL) == 0xF6AE10E2955BB1FFLL), (*g_423))) >= 1UL), l_1021))) == 0UL)))) < (*l_972))) != l_1018)))) , (*g_698))))
                { /* block id: 504 */
                    uint16_t **l_1023[3][3];
                    uint16_t ***l_1022 = &l_1023[0][2];
                    int64_t *l_1030 = &l_845;
                    int32_t *l_1032 = &g_573;
                    int32_t **l_1031 = &l_1032;
                    uint8_t *l_1034 = &g_987[0];
                    int32_t l_1035 = 8L;
                    int32_t l_1036 = 0x9F1ED344L;
                    int32_t l_1037 = 0x70F230A8L;
                    int32_t l_1038 = 1L;
                    int32_t l_1039 = 0xB6FA7DF3L;
                    int i, j;
                    for (i = 0; i < 3; i++)
                    {
                        for (j = 0; j < 3; j++)
                            l_1023[i][j] = &g_214;
                    }
                    (*l_1022) = &g_214;
                    (*g_54) = (0x56EB2554B46FDF36LL == ((safe_lshift_func_uint16_t_u_u(65535UL, 0)) & (safe_mod_func_int8_t_s_s((safe_mod_func_uint8_t_u_u(((((void*)0 == l_1030) && ((**g_422) & (0UL == (((*l_1031) = &g_498) == l_1033)))) > ((*l_1034) &= (((*g_423) , 6UL) >= 18446744073709551607UL))), (**g_422))), 0xCFL))));
                    --l_1040;
                }
                else
                { /* block id: 510 */
                    union U1 **l_1044[2];
                    uint64_t *l_1046 = &g_57;
                    uint64_t ** const l_1045 = &l_1046;
                    uint64_t **l_1048 = &l_1046;
                    uint64_t ***l_1047 = &l_1048;
                    int i;
                    for (i = 0; i < 2; i++)
                        l_1044[i] = &g_200;
                    g_200 = l_1043[3];
                    (*l_1047) = l_1045;
                }
                (*l_1049) = &g_58;
                if (g_790)
                    goto lbl_1050;
                if ((***g_897))
                    continue;
            }
            else
            { /* block id: 517 */
                int64_t l_1056 = 0x592EBEC6F1CEE446LL;
                uint32_t l_1064 = 2UL;
                uint32_t *l_1070 = &l_1021;
                int32_t l_1073 = 0x658151B4L;
                int32_t l_1077 = (-4L);
                int32_t l_1078 = (-8L);
                int32_t l_1079 = 0xEA4E0DB6L;
                int32_t l_1080 = 1L;
                int32_t l_1081 = 0L;
                int32_t l_1082 = 0x2C49F694L;
                (*g_898) = (**g_897);
                (***g_897) ^= (safe_lshift_func_uint8_t_u_u(l_980[3], (safe_lshift_func_int8_t_s_s((l_1055 != ((l_1056 , (249UL ^ (safe_add_func_int8_t_s_s((safe_lshift_func_uint8_t_u_s(((**g_422) &= (safe_add_func_uint8_t_u_u((*l_972), ((248UL ^ l_1056) > 0x23D5L)))), 7)), ((((*g_214) = (!(l_1064 > 0UL))) < g_498) <= 0x4A29311DL))))) , (void*)0)), 0))));
                if ((safe_rshift_func_uint8_t_u_s(((safe_lshift_func_int16_t_s_u((0x1AE2EA8ED61F1CFFLL ^ (l_1069[2] != (*g_739))), 3)) && ((*l_1070)--)), 6)))
                { /* block id: 523 */
                    int16_t l_1074 = 0x76ACL;
                    int32_t l_1075 = 0xD86B435FL;
                    int32_t l_1076[5];
                    int i;
                    for (i = 0; i < 5; i++)
                        l_1076[i] = (-8L);
                    --l_1083;
                    return g_86;
                }
                else
                { /* block id: 526 */
                    return l_1086[3][0];
                }
            }
            return l_994;
        }
    }
    return g_2[0][3];
}


/* ------------------------------------------ */
/* 
 * reads : g_140 g_342 g_61 g_214 g_190 g_55 g_271 g_153 g_54 g_5 g_64 g_698 g_699 g_398 g_677 g_86 g_498 g_739 g_423 g_112 g_219 g_111 g_28 g_711.f0 g_790 g_142 g_2
 * writes: g_140 g_677 g_54 g_219 g_61 g_698 g_142 g_55 g_423 g_711 g_153 g_86 g_377 g_190 g_346 g_28 g_790
 */
static int32_t * func_8(int32_t * p_9)
{ /* block id: 319 */
    uint16_t l_674[1][3];
    int16_t *l_700 = (void*)0;
    uint8_t *l_708 = &g_112;
    struct S0 *l_738 = &g_52;
    struct S0 **l_737 = &l_738;
    int32_t *l_754 = &g_55;
    uint32_t l_787 = 18446744073709551615UL;
    uint64_t *l_803 = &g_57;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_674[i][j] = 1UL;
    }
    for (g_140 = 7; (g_140 == (-13)); g_140 = safe_sub_func_uint16_t_u_u(g_140, 1))
    { /* block id: 322 */
        struct S0 *l_676 = &g_271[2];
        struct S0 **l_675 = &l_676;
        int32_t l_678 = 0L;
        union U1 l_679[5] = {{0x14705D08170C5434LL},{0x14705D08170C5434LL},{0x14705D08170C5434LL},{0x14705D08170C5434LL},{0x14705D08170C5434LL}};
        int32_t *l_684 = &l_678;
        int32_t **l_685 = &g_54;
        int16_t *l_697 = &g_140;
        int16_t l_701 = 0L;
        int32_t *l_795[2][2][1] = {{{(void*)0},{&g_5[0][0]}},{{(void*)0},{&g_5[0][0]}}};
        int i, j, k;
        (*l_684) = (((safe_mul_func_int16_t_s_s(((safe_sub_func_uint16_t_u_u(l_674[0][1], (((((l_675 != (g_677 = (void*)0)) < l_678) <= l_678) , ((l_678 > ((l_679[3] , (safe_div_func_int8_t_s_s((*g_342), ((safe_add_func_uint64_t_u_u(0x9B4FE453BFCFD2FALL, l_674[0][1])) , l_678)))) == 0L)) | 255UL)) || l_674[0][1]))) ^ 248UL), (*g_214))) , (void*)0) == (void*)0);
        (*l_685) = p_9;
        for (g_219 = 0; (g_219 <= 0); g_219 += 1)
        { /* block id: 328 */
            int16_t l_686 = 0xF498L;
            struct S0 * const l_696 = &g_271[2];
            int8_t *l_702 = &g_142;
            (*l_684) = ((*l_684) || (l_686 == (safe_rshift_func_uint16_t_u_u((safe_sub_func_int16_t_s_s(1L, (l_686 || (l_674[0][1] ^ (safe_lshift_func_uint16_t_u_u((+((*l_702) = ((safe_sub_func_int16_t_s_s((((*g_342) = (l_696 != (void*)0)) >= (l_674[0][1] && ((((g_698 = l_697) == l_700) ^ (*g_214)) <= l_686))), l_701)) | l_686))), 0)))))), l_686))));
            (*l_684) |= l_674[0][1];
        }
        for (g_55 = 28; (g_55 != (-28)); g_55--)
        { /* block id: 337 */
            uint8_t *l_709 = &g_112;
            uint8_t **l_710 = &g_423;
            uint16_t **l_712 = &g_214;
            int32_t l_713 = (-1L);
            struct S0 l_719 = {1UL};
            union U1 **l_722 = &g_200;
            struct S0 **l_741 = &g_740;
            int64_t *l_759 = &g_346;
            uint32_t *l_760 = &g_377;
            uint32_t *l_761 = (void*)0;
            uint32_t *l_762[2];
            uint32_t l_781 = 0xCCEA3C16L;
            int i;
            for (i = 0; i < 2; i++)
                l_762[i] = &g_64;
            if (((~(safe_mul_func_uint16_t_u_u(((*l_684) > (0L | l_674[0][2])), ((l_708 != ((*l_710) = l_709)) < l_674[0][2])))) >= (((((&g_214 != ((g_711 = (*l_676)) , l_712)) & l_674[0][0]) && l_713) && (*l_684)) <= 0x40555607L)))
            { /* block id: 340 */
                uint32_t l_723 = 1UL;
                for (g_153 = 0; (g_153 < (-6)); --g_153)
                { /* block id: 343 */
                    int32_t l_716[3];
                    int i;
                    for (i = 0; i < 3; i++)
                        l_716[i] = 0L;
                    (*l_685) = (l_716[2] , func_42(func_42(func_42(p_9))));
                    (*l_684) = ((**l_685) | (g_64 && (safe_mod_func_int32_t_s_s((l_719 , ((safe_div_func_uint32_t_u_u(((*g_698) ^ ((g_398 , (((l_716[2] , &g_200) == l_722) < (g_140 == (**l_685)))) || 0x98L)), (*g_54))) & l_716[2])), 0x797DD768L))));
                    (*l_684) |= l_713;
                    if ((*l_684))
                        break;
                }
                (*l_684) |= ((l_723 = ((void*)0 == g_677)) >= l_674[0][1]);
            }
            else
            { /* block id: 351 */
                uint8_t l_742 = 1UL;
                for (g_86 = (-8); (g_86 == 28); g_86 = safe_add_func_int8_t_s_s(g_86, 5))
                { /* block id: 354 */
                    uint32_t *l_732 = &g_377;
                    struct S0 ***l_735 = &g_677;
                    struct S0 ***l_736[2][3] = {{&l_675,&l_675,&l_675},{&l_675,&l_675,&l_675}};
                    int32_t l_753 = 0xACEB0D73L;
                    int i, j;
                    l_753 = (((*l_684) >= ((((safe_rshift_func_uint8_t_u_s((safe_rshift_func_int8_t_s_u((safe_div_func_uint16_t_u_u(((*g_214) = (((((((*l_732) = g_498) & (safe_lshift_func_uint16_t_u_s((l_674[0][1] | (((l_737 = ((*l_735) = (void*)0)) != (l_741 = g_739)) & l_742)), 13))) <= (safe_div_func_uint16_t_u_u((((safe_lshift_func_uint16_t_u_u((((void*)0 == &g_740) != (safe_rshift_func_int8_t_s_u((safe_div_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((*g_214) <= (*g_698)), l_719.f0)), l_742)), l_674[0][2]))), 5)) , l_742) != (-1L)), (*g_214)))) > (*g_423)) <= (-4L)) < (*l_684))), 0x1FE6L)), 3)), 0)) < 0x22416BF5DBD6B5F4LL) || 1UL) && l_674[0][1])) , l_674[0][1]);
                }
                return l_754;
            }
            if ((((safe_mul_func_uint16_t_u_u(((safe_sub_func_int64_t_s_s(((void*)0 != &g_423), (-1L))) >= ((0L || (((*l_759) = l_713) != 0x633D5E6A82CC0347LL)) <= (((g_219 ^= ((*l_760) = 5UL)) | (safe_div_func_uint64_t_u_u(g_111, 0x96240475B19B664ELL))) > (*l_754)))), l_713)) && 0x0C7E112AFEF8A76CLL) | (-1L)))
            { /* block id: 367 */
                uint8_t l_784[1][5][3] = {{{4UL,0UL,0x87L},{0xFDL,249UL,0x5DL},{4UL,4UL,0x5DL},{249UL,0xFDL,0x87L},{0UL,4UL,0UL}}};
                int32_t l_785[1];
                int32_t *l_788 = (void*)0;
                int32_t *l_789[5] = {&g_5[0][1],&g_5[0][1],&g_5[0][1],&g_5[0][1],&g_5[0][1]};
                int i, j, k;
                for (i = 0; i < 1; i++)
                    l_785[i] = 0x0E39FE4CL;
                for (g_28 = 0; (g_28 >= 32); g_28 = safe_add_func_int32_t_s_s(g_28, 8))
                { /* block id: 370 */
                    int16_t l_786 = 0xE3DEL;
                    g_153 ^= (g_190 == (l_713 , (safe_sub_func_uint16_t_u_u((((safe_div_func_uint16_t_u_u(((((*l_684) < 8L) | (!((~((*l_754) > (*l_754))) >= ((safe_add_func_int32_t_s_s((((safe_mod_func_uint64_t_u_u((safe_div_func_int64_t_s_s((safe_add_func_uint64_t_u_u(((l_781 && (*l_754)) <= (safe_mul_func_int8_t_s_s(l_719.f0, (*l_754)))), g_28)), g_5[0][1])), l_784[0][4][2])) != g_711.f0) != l_719.f0), l_785[0])) & 4294967292UL)))) , 0xDF17L), 65531UL)) && l_786) > 2UL), l_787))));
                }
                --g_790;
                if ((*l_754))
                    continue;
                for (g_142 = 19; (g_142 != (-21)); --g_142)
                { /* block id: 377 */
                    (*l_685) = p_9;
                    (*l_685) = l_795[1][1][0];
                }
            }
            else
            { /* block id: 381 */
                int8_t l_800 = 0L;
                int32_t *l_806 = &g_2[0][2];
                if ((((*l_754) != (safe_lshift_func_int16_t_s_u(((l_800 | ((*g_342) = ((safe_lshift_func_int8_t_s_s(((&g_183 != l_803) > 3L), 1)) | l_713))) & ((l_800 || (((*g_214) , (0x3DL ^ l_719.f0)) == 0xC037L)) == 0x43L)), 11))) == (-1L)))
                { /* block id: 383 */
                    (*l_685) = l_806;
                }
                else
                { /* block id: 385 */
                    if (l_781)
                        break;
                    if ((*l_806))
                        break;
                }
            }
        }
    }
    return l_754;
}


/* ------------------------------------------ */
/* 
 * reads : g_57 g_54 g_55 g_2 g_5 g_64 g_271.f0 g_214 g_190 g_153 g_620 g_61 g_52.f0 g_111 g_346 g_423 g_112 g_86 g_573
 * writes: g_64 g_153 g_620 g_377 g_52.f0 g_111 g_346 g_112 g_86 g_573 g_498
 */
static int32_t * func_10(int32_t * p_11, int8_t  p_12)
{ /* block id: 275 */
    int32_t l_600 = (-1L);
    uint32_t *l_609 = &g_64;
    int32_t *l_619[5][5][5] = {{{&g_153,&g_2[0][3],&l_600,&l_600,&g_55},{&g_2[1][2],&g_2[0][3],&g_2[0][3],&g_55,&g_153},{&g_2[0][3],&g_5[0][1],&g_2[0][3],&g_2[0][3],&g_55},{&g_5[1][0],&g_55,&g_55,(void*)0,&g_55},{&g_55,&g_5[0][1],&g_2[0][3],(void*)0,&g_2[1][2]}},{{&g_5[0][1],(void*)0,&g_2[0][2],&g_55,(void*)0},{&g_2[0][3],&g_5[1][0],&g_2[0][3],&g_153,(void*)0},{(void*)0,&g_153,&g_153,&l_600,&g_153},{&g_55,(void*)0,&g_153,(void*)0,&g_5[0][0]},{&g_5[0][1],&g_2[0][3],&g_2[0][3],&g_55,(void*)0}},{{&g_2[0][3],&g_2[1][2],&g_2[0][2],&g_2[0][3],&g_55},{&g_153,&g_2[0][3],&g_2[0][3],&g_2[0][3],&g_2[0][3]},{&g_2[0][3],&g_2[0][3],&g_55,&g_5[0][1],(void*)0},{&g_5[0][1],&g_55,&g_2[0][3],&g_5[0][1],&g_5[1][0]},{(void*)0,(void*)0,&g_2[0][3],&g_5[1][0],&g_5[1][0]}},{{&g_5[0][1],&g_5[0][1],&l_600,&g_153,&g_153},{&g_2[0][3],&g_153,(void*)0,&g_153,&g_2[0][3]},{&g_153,&g_55,(void*)0,&g_5[1][1],&g_2[0][3]},{&g_2[0][3],&g_153,&g_5[0][0],(void*)0,&g_2[0][3]},{&g_5[0][1],&g_2[0][3],&g_2[0][3],&g_55,(void*)0}},{{&g_55,&g_2[0][3],&g_153,&g_55,&l_600},{(void*)0,&g_5[1][0],(void*)0,(void*)0,&g_153},{&g_2[0][3],&g_153,&g_2[0][3],&g_5[1][1],&g_153},{&g_5[0][1],&g_2[0][2],&g_5[0][1],&g_153,&g_5[0][1]},{&g_55,&g_55,&g_55,&g_153,&g_153}}};
    uint16_t *l_628 = (void*)0;
    int64_t l_640[4][5] = {{6L,0xCB0911154BF5F5D1LL,1L,1L,0xCB0911154BF5F5D1LL},{9L,0x0C667D8F853E965ELL,0xFBDE6B57360E75E4LL,0xFBDE6B57360E75E4LL,0x0C667D8F853E965ELL},{6L,0xCB0911154BF5F5D1LL,1L,1L,0xCB0911154BF5F5D1LL},{9L,0x0C667D8F853E965ELL,0xFBDE6B57360E75E4LL,0xFBDE6B57360E75E4LL,0x0C667D8F853E965ELL}};
    int64_t l_666 = (-10L);
    int i, j, k;
    g_153 &= (safe_rshift_func_uint16_t_u_u((safe_add_func_int64_t_s_s((safe_mod_func_int64_t_s_s(l_600, g_57)), (((safe_sub_func_int32_t_s_s((*g_54), l_600)) < (safe_lshift_func_uint8_t_u_s((((-1L) & (safe_add_func_uint32_t_u_u((--(*l_609)), (-7L)))) < (((safe_sub_func_int16_t_s_s((safe_mod_func_int16_t_s_s(((safe_sub_func_uint16_t_u_u((safe_unary_minus_func_uint64_t_u(g_57)), p_12)) > p_12), g_5[1][0])), 0L)) != 0xE5A7L) == g_271[2].f0)), l_600))) , (-2L)))), (*g_214)));
    g_620[3]--;
    for (g_64 = 0; (g_64 <= 2); g_64 += 1)
    { /* block id: 281 */
        uint16_t l_627 = 0UL;
        const int8_t *l_638 = &g_61;
        const int8_t **l_637 = &l_638;
        const int8_t ***l_636 = &l_637;
        uint32_t *l_639 = (void*)0;
        const uint32_t * const l_643 = &g_322[0];
        const uint32_t * const *l_642 = &l_643;
        int32_t l_645[1][5][5] = {{{(-3L),(-3L),(-3L),(-3L),(-3L)},{0x28BAF5F5L,0x28BAF5F5L,0x28BAF5F5L,0x28BAF5F5L,0x28BAF5F5L},{(-3L),(-3L),(-3L),(-3L),(-3L)},{0x28BAF5F5L,0x28BAF5F5L,0x28BAF5F5L,0x28BAF5F5L,0x28BAF5F5L},{(-3L),(-3L),(-3L),(-3L),(-3L)}}};
        int32_t l_646 = 0x36105BC8L;
        struct S0 l_665 = {65535UL};
        int i, j, k;
        if ((safe_sub_func_uint32_t_u_u((safe_div_func_int32_t_s_s(l_627, (((&g_190 != ((0xA4L <= ((void*)0 == &g_377)) , l_628)) < ((0x568F124D897ECA9CLL == (safe_unary_minus_func_uint32_t_u((g_377 = (safe_rshift_func_uint8_t_u_u(((safe_div_func_int8_t_s_s((p_12 < (((void*)0 != l_636) , 0L)), l_627)) > g_61), p_12)))))) ^ l_627)) , p_12))), l_640[2][0])))
        { /* block id: 283 */
            int32_t *l_641 = &l_600;
            return &g_5[0][1];
        }
        else
        { /* block id: 285 */
            for (g_52.f0 = 1; (g_52.f0 <= 4); g_52.f0 += 1)
            { /* block id: 288 */
                for (g_111 = 0; (g_111 <= 2); g_111 += 1)
                { /* block id: 291 */
                    const uint32_t * const **l_644 = &l_642;
                    int i, j, k;
                    (*l_644) = l_642;
                    l_645[0][0][2] ^= 7L;
                    if (p_12)
                        continue;
                }
            }
        }
        for (g_111 = 0; (g_111 <= 0); g_111 += 1)
        { /* block id: 300 */
            const struct S0 l_656[3][4][5] = {{{{65534UL},{0x7A2CL},{1UL},{0UL},{1UL}},{{0UL},{0UL},{6UL},{0UL},{1UL}},{{0x7A2CL},{65534UL},{0UL},{0x7A2CL},{0UL}},{{0x06F5L},{0x559AL},{6UL},{0x600CL},{65527UL}}},{{{0xC7A2L},{0x559AL},{65532UL},{1UL},{1UL}},{{0x3AA6L},{0xC7A2L},{0x3AA6L},{6UL},{1UL}},{{0x8BDAL},{1UL},{65535UL},{0UL},{65527UL}},{{0x559AL},{0UL},{1UL},{0x8BDAL},{0xC7A2L}}},{{{65528UL},{0xC7A2L},{65535UL},{65527UL},{0x7A2CL}},{{0UL},{0x3AA6L},{0x3AA6L},{0UL},{65528UL}},{{0UL},{0x8BDAL},{65532UL},{0x600CL},{0x8BDAL}},{{65528UL},{0x559AL},{6UL},{65535UL},{1UL}}}};
            int64_t *l_660 = &g_346;
            int32_t l_667 = 0xD1AD1E78L;
            int i, j, k;
            l_646 &= 1L;
            l_667 = ((+((safe_add_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_s(((*g_423) = (safe_mod_func_uint8_t_u_u((l_640[(g_111 + 1)][(g_64 + 2)] != (safe_sub_func_int16_t_s_s(l_640[g_64][(g_64 + 1)], ((l_656[0][2][1] , (((safe_rshift_func_int16_t_s_u((+((*l_660) &= l_640[g_64][(g_111 + 2)])), (safe_mul_func_uint8_t_u_u(((safe_mul_func_int8_t_s_s((((l_665 , &g_54) != &l_619[4][2][1]) <= 0x6E9FL), ((void*)0 != &g_190))) , (*g_423)), p_12)))) & p_12) <= (*g_214))) | 0xC3F6B30E7C98DB7ELL)))), p_12))), l_645[0][0][2])), p_12)) | l_666)) & g_2[1][2]);
            for (g_86 = 0; (g_86 <= 0); g_86 += 1)
            { /* block id: 307 */
                return p_11;
            }
            for (g_573 = 0; (g_573 <= 3); g_573 += 1)
            { /* block id: 312 */
                for (g_498 = 0; g_498 < 4; g_498 += 1)
                {
                    for (p_12 = 0; p_12 < 5; p_12 += 1)
                    {
                        l_640[g_498][p_12] = 2L;
                    }
                }
                return &g_5[0][1];
            }
        }
    }
    return &g_2[0][3];
}


/* ------------------------------------------ */
/* 
 * reads : g_142 g_342 g_61 g_423 g_112 g_271.f0 g_52.f0 g_183 g_214 g_190 g_57 g_398 g_153 g_55 g_377 g_54 g_2 g_5 g_58 g_28 g_52 g_64 g_86 g_168 g_573 g_322
 * writes: g_142 g_61 g_183 g_52 g_271 g_190 g_398 g_493 g_111 g_346 g_153 g_498 g_112 g_55 g_168 g_28 g_54 g_57 g_64 g_86 g_140 g_573
 */
static int32_t * func_13(uint32_t  p_14, int32_t * const  p_15)
{ /* block id: 192 */
    int8_t l_428 = (-4L);
    const union U1 *l_440 = &g_58;
    const union U1 **l_439 = &l_440;
    const union U1 ** const *l_438[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int32_t l_442[3][2][3] = {{{3L,3L,0x1F99BEEAL},{3L,3L,0x1F99BEEAL}},{{3L,3L,0x1F99BEEAL},{3L,3L,0x1F99BEEAL}},{{3L,3L,0x1F99BEEAL},{3L,3L,0x1F99BEEAL}}};
    union U1 **l_443 = &g_200;
    int32_t l_471 = (-1L);
    uint8_t *l_481 = &g_112;
    int64_t *l_492[3][5] = {{&g_111,&g_346,&g_346,&g_111,&g_111},{&g_346,&g_111,&g_346,&g_346,&g_111},{&g_346,&g_111,&g_111,&g_111,&g_346}};
    int64_t **l_491 = &l_492[1][2];
    int64_t ***l_490 = &l_491;
    int32_t *l_500 = &l_471;
    int32_t *l_545 = (void*)0;
    int16_t *l_558 = &g_140;
    int i, j, k;
    for (g_142 = (-7); (g_142 == (-28)); g_142--)
    { /* block id: 195 */
        int32_t l_427 = 1L;
        if (l_427)
            break;
        return &g_2[0][3];
    }
    if (l_428)
    { /* block id: 199 */
        int32_t *l_429 = &g_5[0][1];
        return l_429;
    }
    else
    { /* block id: 201 */
        uint16_t l_430 = 65535UL;
        const union U1 ***l_441 = &l_439;
        int32_t l_445[2];
        int32_t *l_453[2][3][4] = {{{&l_445[0],&l_445[0],&g_2[0][0],&l_445[0]},{&l_445[0],&g_55,&g_55,&l_445[0]},{&g_55,&l_445[0],&g_55,&g_55}},{{&l_445[0],&l_445[0],&g_2[0][0],&l_445[0]},{&l_445[0],&g_55,&g_55,&l_445[0]},{&g_55,&l_445[0],&g_55,&g_55}}};
        struct S0 l_501[1][3] = {{{9UL},{9UL},{9UL}}};
        int16_t *l_557 = &g_140;
        int8_t l_574[1][1];
        struct S0 *l_579 = &l_501[0][2];
        struct S0 **l_578 = &l_579;
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_445[i] = 0x65165B1FL;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_574[i][j] = 1L;
        }
        if (((l_430 = p_14) && (((+l_428) != 0xB3D2489EL) > (safe_sub_func_int8_t_s_s((((((*g_342) = (*g_342)) , (safe_sub_func_uint8_t_u_u(((safe_mul_func_uint8_t_u_u((*g_423), (((*g_342) ^= (l_428 || (l_442[2][0][0] = (((l_438[1] != l_441) >= l_428) || l_428)))) , l_442[1][0][1]))) <= p_14), 0x48L))) , g_271[2].f0) & g_52.f0), l_430)))))
        { /* block id: 206 */
            union U1 **l_444 = &g_200;
            int32_t *l_451 = &g_153;
            uint16_t *l_469[5][3][4] = {{{&g_52.f0,&l_430,&l_430,&g_271[2].f0},{&l_430,&g_271[2].f0,&g_271[2].f0,&l_430},{&g_52.f0,&g_271[2].f0,&g_271[2].f0,&g_271[2].f0}},{{&l_430,&g_52.f0,&l_430,&g_52.f0},{&g_52.f0,&g_271[2].f0,&g_52.f0,&g_52.f0},{&g_52.f0,&g_52.f0,&g_271[2].f0,&g_271[2].f0}},{{&g_271[2].f0,&g_271[2].f0,&l_430,&l_430},{&g_271[2].f0,&g_271[2].f0,&g_271[2].f0,&g_271[2].f0},{&g_52.f0,&l_430,&g_52.f0,&g_271[2].f0}},{{&g_52.f0,&l_430,&l_430,&g_271[2].f0},{&l_430,&g_271[2].f0,&g_271[2].f0,&l_430},{&g_52.f0,&g_271[2].f0,&g_271[2].f0,&g_271[2].f0}},{{&l_430,&g_52.f0,&l_430,&g_52.f0},{&g_52.f0,&g_271[2].f0,&g_52.f0,&g_52.f0},{&g_52.f0,&g_52.f0,&g_271[2].f0,&g_271[2].f0}}};
            uint16_t *l_470 = (void*)0;
            int i, j, k;
            if ((0xD1L || p_14))
            { /* block id: 207 */
                int16_t l_454 = 0xC95EL;
                l_442[0][1][2] &= (l_445[0] = (l_443 != l_444));
                for (g_183 = (-27); (g_183 <= 5); ++g_183)
                { /* block id: 212 */
                    struct S0 l_448 = {8UL};
                    struct S0 *l_449 = &g_52;
                    struct S0 *l_450 = &g_271[1];
                    int32_t **l_452 = (void*)0;
                    (*l_450) = ((*l_449) = l_448);
                    l_453[0][0][1] = l_451;
                    if (l_454)
                        continue;
                    l_471 ^= (safe_mul_func_int8_t_s_s(((g_183 , 0x6DA5584C7EC100D9LL) , (safe_rshift_func_int8_t_s_s(l_442[2][0][0], (0x36C0247AL <= (((++(*g_214)) >= (safe_add_func_int16_t_s_s((safe_lshift_func_int8_t_s_u(((safe_div_func_uint32_t_u_u(2UL, (safe_add_func_int16_t_s_s(((void*)0 == &g_423), (l_469[0][0][0] != (l_470 = (void*)0)))))) && g_57), p_14)), g_142))) && l_454))))), l_454));
                }
            }
            else
            { /* block id: 221 */
                uint16_t *l_478[2][1][4] = {{{&g_271[2].f0,&g_271[2].f0,&g_271[2].f0,&g_271[2].f0}},{{&g_271[2].f0,&g_271[2].f0,&g_271[2].f0,&g_271[2].f0}}};
                int32_t l_512 = 0x724DE4B2L;
                uint8_t ***l_515[1];
                int i, j, k;
                for (i = 0; i < 1; i++)
                    l_515[i] = &g_422;
                for (g_398 = 4; (g_398 < 26); g_398++)
                { /* block id: 224 */
                    const uint16_t *l_477[4] = {&g_271[2].f0,&g_271[2].f0,&g_271[2].f0,&g_271[2].f0};
                    int32_t *l_496 = (void*)0;
                    int32_t *l_497 = &g_498;
                    int32_t l_499[2];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_499[i] = 0x8350BCA1L;
                    l_442[2][0][0] ^= ((*l_451) = (!((safe_div_func_uint32_t_u_u((((((l_477[2] != l_478[0][0][1]) >= (p_14 || 0xDDL)) <= (l_471 > ((void*)0 == l_481))) , (safe_mod_func_uint8_t_u_u(((~(((safe_mod_func_uint64_t_u_u(4UL, ((**l_491) = ((!(safe_mod_func_uint64_t_u_u((((g_493 = l_490) == &g_494[0]) < p_14), (*l_451)))) , p_14)))) > (*l_451)) , p_14)) ^ l_428), 0x2AL))) | p_14), 7UL)) >= p_14)));
                    g_153 = (((*l_497) = 8L) , p_14);
                    if (l_499[1])
                        continue;
                    l_500 = p_15;
                }
                if (p_14)
                { /* block id: 234 */
                    struct S0 *l_502 = &l_501[0][1];
                    uint64_t l_503 = 0x9B265C909B225CABLL;
                    uint8_t ***l_514 = &g_422;
                    uint8_t ****l_513 = &l_514;
                    (*l_502) = l_501[0][2];
                    --l_503;
                    g_55 ^= (safe_sub_func_int8_t_s_s((p_14 & (&g_322[0] != &p_14)), ((*l_481) &= (safe_rshift_func_int8_t_s_s((((l_503 == (*l_451)) > (l_512 = g_142)) & (((*l_513) = &g_422) == ((18446744073709551615UL & 0x88FE78D9450399C9LL) , l_515[0]))), 2)))));
                }
                else
                { /* block id: 241 */
                    int16_t *l_532 = (void*)0;
                    int16_t *l_533 = (void*)0;
                    int32_t l_534 = 0x44EB88B9L;
                    int32_t l_535 = 0xA70BE18EL;
                    l_535 = (~((((safe_lshift_func_int16_t_s_s(0x9E28L, ((~(safe_add_func_int32_t_s_s(((*l_451) = ((((**l_491) = ((safe_add_func_uint8_t_u_u((1UL <= (g_377 , (l_534 = (g_153 <= (safe_rshift_func_int8_t_s_s((((*g_214)++) == p_14), (safe_rshift_func_uint8_t_u_u(((*g_54) < ((safe_lshift_func_int16_t_s_s(0x0A03L, l_512)) || 0xF3D70697DDFD428DLL)), 5)))))))), l_471)) , p_14)) && p_14) > (*l_451))), 0xF935E8AAL))) || l_534))) , 0x76F72BF0L) > l_535) | 9UL));
                    l_535 |= ((safe_mod_func_int8_t_s_s(((safe_mul_func_int16_t_s_s((&g_498 == (void*)0), (safe_add_func_int64_t_s_s(((safe_rshift_func_uint8_t_u_s((*l_451), (~l_534))) != ((((void*)0 != &g_54) != 0xC3L) != (((((g_58 , l_500) == &g_498) && p_14) < g_5[0][1]) < p_14))), l_534)))) == 0L), (-1L))) > p_14);
                }
                return l_545;
            }
        }
        else
        { /* block id: 251 */
            int32_t **l_546[3][3] = {{(void*)0,(void*)0,&l_500},{(void*)0,(void*)0,&l_500},{(void*)0,(void*)0,&l_500}};
            int16_t **l_559[5][3][4] = {{{(void*)0,&l_558,&l_558,(void*)0},{(void*)0,&l_558,&l_558,(void*)0},{(void*)0,&l_558,&l_558,(void*)0}},{{(void*)0,&l_558,&l_558,(void*)0},{(void*)0,&l_558,&l_558,(void*)0},{(void*)0,&l_558,&l_558,(void*)0}},{{(void*)0,&l_558,&l_558,(void*)0},{(void*)0,&l_558,&l_558,(void*)0},{(void*)0,&l_558,&l_558,(void*)0}},{{(void*)0,&l_558,&l_558,(void*)0},{(void*)0,&l_558,&l_558,(void*)0},{(void*)0,&l_558,&l_558,(void*)0}},{{(void*)0,&l_558,&l_558,(void*)0},{(void*)0,&l_558,&l_558,(void*)0},{(void*)0,&l_558,&l_558,(void*)0}}};
            int8_t ***l_562[4] = {&g_341[0],&g_341[0],&g_341[0],&g_341[0]};
            int8_t **l_563 = &g_342;
            uint32_t l_564 = 0xBA701C12L;
            int i, j, k;
            g_168 = func_42(&l_445[0]);
            l_564 |= ((safe_sub_func_int16_t_s_s((safe_div_func_int64_t_s_s(((((safe_rshift_func_uint16_t_u_u((safe_unary_minus_func_int32_t_s((safe_sub_func_uint32_t_u_u(((((*g_54) != ((249UL < (~p_14)) , (*l_500))) , l_557) != (l_558 = l_558)), (1UL >= (++(*g_214))))))), 3)) <= ((l_563 = &g_342) == &g_342)) ^ (-2L)) > 7L), (-4L))), 0xEA34L)) >= p_14);
            l_574[0][0] &= (safe_mod_func_int64_t_s_s(((g_573 ^= ((*l_500) = ((*l_557) = (+(func_19(func_42(&g_153)) , ((-9L) & (safe_lshift_func_int8_t_s_u(((safe_mul_func_int16_t_s_s(p_14, (!((*g_214) == (0x5235FB3322A08778LL == p_14))))) != ((g_153 >= 0UL) == (*g_168))), 1)))))))) < 0x37F6L), g_322[0]));
            for (g_573 = 9; (g_573 == 1); --g_573)
            { /* block id: 263 */
                union U1 *l_577 = &g_58;
                (**l_441) = l_577;
            }
        }
        (*l_578) = &l_501[0][0];
    }
    for (p_14 = 0; (p_14 != 20); ++p_14)
    { /* block id: 271 */
        uint16_t l_590 = 0x0147L;
        int64_t *l_591[4];
        int32_t *l_592 = &g_55;
        int i;
        for (i = 0; i < 4; i++)
            l_591[i] = &g_111;
        (*l_592) &= ((safe_div_func_uint16_t_u_u(((safe_add_func_uint16_t_u_u(8UL, ((((((5UL == (safe_lshift_func_uint8_t_u_u((safe_mod_func_uint32_t_u_u(0xD004C0B0L, 0x8E57F7A5L)), l_590))) == ((*g_214) , ((l_591[0] == l_591[0]) >= g_5[0][1]))) || 0L) & 9L) ^ (*l_500)) != p_14))) >= 7L), 1L)) ^ 65535UL);
    }
    return &g_153;
}


/* ------------------------------------------ */
/* 
 * reads : g_2 g_183 g_55 g_5 g_64 g_153 g_57 g_111 g_142 g_52.f0 g_190 g_28 g_54 g_219 g_168 g_86 g_271.f0 g_271 g_322 g_214 g_341 g_342 g_112 g_61 g_377 g_398 g_167 g_140
 * writes: g_55 g_166 g_167 g_52.f0 g_57 g_142 g_183 g_190 g_153 g_200 g_214 g_64 g_219 g_112 g_140 g_271 g_28 g_111 g_340 g_61 g_346 g_377 g_398 g_54 g_168 g_422
 */
static int32_t * const  func_16(union U1  p_17, union U1  p_18)
{ /* block id: 60 */
    const uint64_t l_154 = 0x88B34D06322BA3B5LL;
    int32_t l_155 = 0xE6F66A9EL;
    const int32_t *l_159 = &g_55;
    const int32_t **l_158 = &l_159;
    int32_t *l_171 = &g_5[0][1];
    struct S0 l_245 = {0x7550L};
    int32_t l_260 = 0xC7D5AEE7L;
    int32_t **l_284 = &l_171;
    int32_t ***l_283 = &l_284;
    int32_t l_293[3][1];
    uint16_t l_294 = 0xB262L;
    int32_t *l_295 = &l_293[0][0];
    int8_t *l_339 = (void*)0;
    int8_t **l_338 = &l_339;
    union U1 * const *l_369[1][3];
    uint16_t l_373 = 0x0F8AL;
    int64_t *l_394 = &g_111;
    int64_t **l_393 = &l_394;
    int16_t *l_403 = &g_140;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_293[i][j] = 0x3A904A07L;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_369[i][j] = (void*)0;
    }
lbl_296:
    l_155 &= l_154;
    for (g_55 = 9; (g_55 > 14); ++g_55)
    { /* block id: 64 */
        const int32_t ***l_160 = (void*)0;
        const int32_t ***l_161 = (void*)0;
        const int32_t ***l_162 = (void*)0;
        const int32_t ***l_163 = &l_158;
        const int32_t **l_165 = &l_159;
        const int32_t ***l_164[2];
        uint64_t *l_180[1];
        struct S0 l_204 = {0xD896L};
        int8_t *l_205 = (void*)0;
        int32_t l_216 = 0xEC499DE0L;
        uint16_t *l_234 = &g_52.f0;
        int64_t *l_279 = (void*)0;
        int64_t **l_278 = &l_279;
        int i;
        for (i = 0; i < 2; i++)
            l_164[i] = &l_165;
        for (i = 0; i < 1; i++)
            l_180[i] = &g_58.f0;
        g_167 = (g_166 = ((*l_163) = l_158));
        for (g_52.f0 = 25; (g_52.f0 != 14); g_52.f0 = safe_sub_func_uint8_t_u_u(g_52.f0, 1))
        { /* block id: 70 */
            uint8_t l_193 = 0x61L;
            int8_t *l_207[3];
            union U1 l_210[1][3][5] = {{{{0xE35C8C60D7F46AD5LL},{18446744073709551615UL},{18446744073709551615UL},{0xE35C8C60D7F46AD5LL},{18446744073709551615UL}},{{0x132A9E99FB6E159CLL},{0x132A9E99FB6E159CLL},{0UL},{0x132A9E99FB6E159CLL},{0x132A9E99FB6E159CLL}},{{18446744073709551615UL},{0xE35C8C60D7F46AD5LL},{18446744073709551615UL},{18446744073709551615UL},{0xE35C8C60D7F46AD5LL}}}};
            int32_t *l_221 = &l_155;
            uint32_t *l_259[2];
            uint32_t l_261 = 0x7F17199EL;
            int64_t *l_270[1];
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_207[i] = &g_142;
            for (i = 0; i < 2; i++)
                l_259[i] = &g_219;
            for (i = 0; i < 1; i++)
                l_270[i] = (void*)0;
            (*l_158) = func_42(l_171);
            for (g_57 = 13; (g_57 <= 39); g_57++)
            { /* block id: 74 */
                struct S0 l_196 = {0x818BL};
                struct S0 *l_197 = &l_196;
                union U1 *l_199 = &g_58;
                union U1 **l_198 = &l_199;
                int32_t *l_201 = &g_153;
                uint16_t *l_211 = &g_190;
                int8_t *l_235 = &g_61;
                int32_t l_246[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_246[i] = 0x779CC835L;
                for (g_142 = 0; (g_142 >= (-9)); g_142 = safe_sub_func_uint64_t_u_u(g_142, 5))
                { /* block id: 77 */
                    uint16_t *l_188 = (void*)0;
                    uint16_t *l_189[4][3][1];
                    int16_t l_191[5][2] = {{0xE6E2L,0xB29AL},{0xE6E2L,0xB29AL},{0xE6E2L,0xB29AL},{0xE6E2L,0xB29AL},{0xE6E2L,0xB29AL}};
                    int32_t *l_192 = &g_153;
                    union U1 *l_195 = &g_58;
                    union U1 **l_194 = &l_195;
                    int i, j, k;
                    for (i = 0; i < 4; i++)
                    {
                        for (j = 0; j < 3; j++)
                        {
                            for (k = 0; k < 1; k++)
                                l_189[i][j][k] = &g_190;
                        }
                    }
                    (*l_192) = (((safe_mul_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(((&g_57 != l_180[0]) == (safe_add_func_int64_t_s_s(6L, g_2[0][2]))), ((((0x0A61F905L != (0x2793L || (g_183 ^= p_18.f0))) & 4L) != (safe_mod_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u(((g_190 = 65528UL) && g_55), p_17.f0)), 0xDE60598FL))) , l_191[0][1]))), p_18.f0)) , 0xB346915659CF5E37LL) <= g_5[0][1]);
                    (*l_194) = (l_193 , &p_18);
                }
                (*l_197) = l_196;
                if ((((g_200 = ((*l_198) = &p_18)) != (void*)0) , ((*l_201) = l_196.f0)))
                { /* block id: 87 */
                    int8_t **l_206 = &l_205;
                    uint16_t *l_212[4] = {&l_196.f0,&l_196.f0,&l_196.f0,&l_196.f0};
                    uint16_t **l_213 = (void*)0;
                    int64_t *l_215 = (void*)0;
                    uint32_t *l_217 = &g_64;
                    uint32_t *l_218 = &g_219;
                    uint8_t *l_220 = &g_112;
                    int32_t l_247 = 0x60FE60D9L;
                    int i;
                    (*l_158) = (((*l_220) = ((safe_div_func_uint16_t_u_u(((((l_204 , ((*l_206) = l_205)) == l_207[1]) , ((*l_218) = ((*l_217) ^= (safe_mod_func_uint32_t_u_u((1L | ((l_210[0][0][2] , &g_190) != (g_214 = (l_212[2] = l_211)))), ((l_216 = p_17.f0) ^ l_210[0][0][2].f0)))))) & (*l_201)), 0xAA74L)) && p_18.f0)) , l_221);
                    (*l_201) = ((((safe_rshift_func_int8_t_s_s(((safe_mod_func_int16_t_s_s((safe_add_func_int32_t_s_s(((g_5[1][0] & ((safe_sub_func_uint8_t_u_u(((*l_201) | ((safe_rshift_func_int16_t_s_s((((g_214 = &g_190) != l_234) == (g_140 = (l_235 != ((l_246[1] = (safe_div_func_int32_t_s_s((0x6F65L == (safe_mod_func_int64_t_s_s(g_57, (+(safe_lshift_func_uint8_t_u_u((safe_add_func_uint16_t_u_u((l_245 , (&p_17 == &g_58)), (*l_221))), (*l_201))))))), g_111))) , l_235)))), (*l_221))) != l_247)), (*l_159))) == 0x577EL)) & p_18.f0), g_64)), (-1L))) & (**l_165)), p_17.f0)) && p_17.f0) | (-1L)) && 1L);
                    (*l_201) ^= (*l_221);
                    if ((*l_159))
                        continue;
                }
                else
                { /* block id: 102 */
                    uint16_t l_248 = 0x845BL;
                    l_248++;
                    (*l_221) &= (((void*)0 == &l_165) | (++g_183));
                    if ((*l_201))
                        break;
                    if (p_17.f0)
                        continue;
                }
            }
            if (((g_219 |= ((0xC4L < (safe_sub_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u(p_18.f0, (((safe_lshift_func_uint8_t_u_u(g_142, 6)) | ((*l_221) = (g_52.f0 <= ((++l_261) , (((l_216 = ((g_190 < (*l_159)) != (((0UL != (safe_mod_func_int32_t_s_s((g_28 , ((safe_lshift_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u(g_64, 6)), 11)) & 1UL)), 4294967287UL))) ^ (*g_54)) >= p_18.f0))) , l_205) == &l_193))))) & 8L))), g_28))) != g_28)) | (*g_168)))
            { /* block id: 114 */
                int32_t l_272 = 0L;
                for (l_261 = 0; (l_261 <= 1); l_261 += 1)
                { /* block id: 117 */
                    g_271[2] = l_245;
                    g_153 = (l_272 = ((*l_221) = p_17.f0));
                }
                if (p_17.f0)
                    break;
            }
            else
            { /* block id: 124 */
                for (l_216 = 0; (l_216 != 9); l_216 = safe_add_func_int64_t_s_s(l_216, 9))
                { /* block id: 127 */
                    uint32_t l_275[4][4][2];
                    int i, j, k;
                    for (i = 0; i < 4; i++)
                    {
                        for (j = 0; j < 4; j++)
                        {
                            for (k = 0; k < 2; k++)
                                l_275[i][j][k] = 5UL;
                        }
                    }
                    if (l_275[0][1][1])
                        break;
                }
            }
        }
        for (g_28 = 0; (g_28 <= 58); g_28++)
        { /* block id: 134 */
            int64_t ***l_280 = &l_278;
            (*l_280) = l_278;
        }
    }
    if (((*l_295) = (((((safe_sub_func_uint8_t_u_u(((((*l_283) = &l_171) == (void*)0) | (safe_rshift_func_int8_t_s_s(0x8BL, 6))), ((&l_158 == (void*)0) , g_86))) , ((0x768CD56CL & g_183) , (safe_mul_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u((safe_div_func_uint64_t_u_u(g_271[2].f0, l_293[1][0])), g_190)), (*l_171))))) > 0xB656CCA3L) < l_294) > p_17.f0)))
    { /* block id: 140 */
        int8_t l_297[5][3] = {{0L,0L,1L},{(-9L),(-9L),1L},{0L,0L,1L},{(-9L),(-9L),1L},{0L,0L,1L}};
        int32_t l_310[2];
        uint32_t l_311 = 18446744073709551615UL;
        uint16_t l_372 = 65535UL;
        int64_t *l_392 = &g_346;
        int64_t **l_391 = &l_392;
        int16_t *l_402 = &g_140;
        int16_t **l_401[1];
        int64_t l_411 = (-9L);
        int i, j;
        for (i = 0; i < 2; i++)
            l_310[i] = 0xAADAC5A1L;
        for (i = 0; i < 1; i++)
            l_401[i] = &l_402;
        (*l_295) = p_18.f0;
        for (g_111 = 0; (g_111 >= 0); g_111 -= 1)
        { /* block id: 144 */
            uint32_t l_333 = 18446744073709551615UL;
            uint16_t *l_343 = (void*)0;
            uint16_t *l_344 = &l_245.f0;
            int64_t *l_345 = &g_346;
            int32_t l_374 = 0x63BCB85BL;
            if (g_183)
                goto lbl_296;
            for (l_260 = 0; (l_260 <= 2); l_260 += 1)
            { /* block id: 148 */
                uint32_t *l_298 = &g_219;
                int8_t *l_309[4][3] = {{(void*)0,(void*)0,&g_142},{&l_297[0][2],&l_297[0][2],(void*)0},{(void*)0,(void*)0,&g_142},{&l_297[0][2],&l_297[0][2],(void*)0}};
                int i, j;
                g_271[(g_111 + 2)] = g_271[2];
                l_293[(g_111 + 2)][g_111] = (((l_297[4][1] , 1L) && ((((*l_283) = &g_54) == &g_168) >= g_57)) || ((((*l_298)++) & 0x5D16FAE3L) <= (safe_rshift_func_uint8_t_u_s((l_311 ^= (safe_rshift_func_int16_t_s_u(l_297[4][1], ((l_310[1] = (safe_mul_func_int16_t_s_s((safe_add_func_uint32_t_u_u((g_64 = ((g_271[(g_111 + 2)].f0 <= (((*g_54) == g_2[1][3]) && 1UL)) ^ g_5[0][0])), l_297[1][1])), 0x8D9FL))) && g_271[2].f0)))), 2))));
            }
            if (((safe_mod_func_uint8_t_u_u(((safe_mod_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s((safe_sub_func_int64_t_s_s(p_17.f0, (((((safe_lshift_func_uint8_t_u_u((g_64 > (g_322[0] > (safe_div_func_int64_t_s_s(((*l_345) = (safe_sub_func_uint16_t_u_u((*g_214), (safe_mul_func_int16_t_s_s((((safe_mul_func_int8_t_s_s(g_153, (safe_rshift_func_int8_t_s_u(l_333, 1)))) == ((*l_344) &= (((safe_sub_func_int8_t_s_s(((*g_342) = ((**l_284) == ((safe_div_func_int16_t_s_s((((g_340 = l_338) == g_341[0]) & p_18.f0), p_17.f0)) <= g_142))), 0UL)) , p_17.f0) & p_18.f0))) == 0x99A488BF6269E7D4LL), g_112))))), p_18.f0)))), 7)) & 249UL) && p_17.f0) > g_5[1][0]) == l_310[1]))), 0)), p_18.f0)) != (*g_54)), (***l_283))) & p_17.f0))
            { /* block id: 161 */
                union U1 **l_371 = (void*)0;
                union U1 ***l_370 = &l_371;
                l_374 = ((((safe_div_func_int8_t_s_s(1L, ((safe_rshift_func_int16_t_s_s((safe_lshift_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s((((((safe_lshift_func_uint8_t_u_u((safe_add_func_int64_t_s_s((2UL || ((((l_333 , (safe_sub_func_uint32_t_u_u(l_333, 0x5BCD6136L))) < (safe_div_func_uint64_t_u_u((safe_div_func_uint32_t_u_u(((safe_sub_func_int64_t_s_s(((l_369[0][1] == ((*l_370) = &g_200)) | 0xDECE071E889AAD8ELL), 0x223B1705E1A6DCFELL)) <= l_372), 4294967295UL)), p_17.f0))) , l_311) <= 0xD4659EC04B4AF36FLL)), 18446744073709551615UL)), 7)) | 0UL) ^ l_373) || g_219) < l_297[3][2]), (*g_342))), 1)), 7)) , 0xCFL))) || 0UL) & (-9L)) , 0x6F07718FL);
            }
            else
            { /* block id: 164 */
                struct S0 *l_395[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_395[i] = &g_52;
                for (g_55 = 0; (g_55 <= 0); g_55 += 1)
                { /* block id: 167 */
                    int32_t *l_375 = &l_374;
                    int32_t *l_376[3][2] = {{&l_310[1],&l_310[1]},{&l_293[(g_111 + 2)][g_111],&l_310[1]},{&l_310[1],&l_293[(g_111 + 2)][g_111]}};
                    uint32_t *l_387 = &l_333;
                    uint32_t *l_396 = (void*)0;
                    uint32_t *l_397 = &g_377;
                    int i, j;
                    ++g_377;
                    (*l_295) |= (safe_div_func_int8_t_s_s(p_18.f0, (safe_div_func_uint16_t_u_u((((safe_mod_func_uint32_t_u_u((((*l_387) = (+l_374)) , ((*l_397) = ((((&g_52 != (((0x4219L || 4L) || (safe_div_func_uint32_t_u_u((safe_unary_minus_func_uint64_t_u((0x838E30AD3EC22CC2LL | (l_391 == l_393)))), l_310[1]))) , l_395[2])) & (*g_214)) , (*l_171)) > g_2[0][2]))), 1UL)) ^ g_111) ^ 0UL), g_111))));
                    ++g_398;
                    if ((*l_375))
                        continue;
                }
            }
        }
        (*l_284) = (*l_284);
        (*l_295) = (((l_403 = (void*)0) != &g_140) || ((*g_342) = (safe_mod_func_int32_t_s_s((l_310[1] |= (0x48L > ((g_140 &= (((safe_mod_func_uint64_t_u_u((~(l_297[2][1] >= ((((l_411 ^= 0x6094E3D0L) && (safe_mul_func_int8_t_s_s(0x30L, (safe_div_func_uint64_t_u_u(18446744073709551613UL, ((**l_284) ^ (safe_mul_func_uint16_t_u_u(0x5D11L, 0x99C4L)))))))) <= g_219) < g_190))), 18446744073709551607UL)) <= p_17.f0) | (**g_167))) & (*g_214)))), p_17.f0))));
    }
    else
    { /* block id: 184 */
        int8_t *l_418[4] = {&g_142,&g_142,&g_142,&g_142};
        uint8_t *l_420 = (void*)0;
        uint8_t **l_419 = &l_420;
        uint8_t ***l_421[5];
        int i;
        for (i = 0; i < 5; i++)
            l_421[i] = &l_419;
        (*l_295) ^= (((*l_338) = (void*)0) == l_418[2]);
        (*g_167) = (*l_158);
        g_422 = l_419;
        (*g_167) = (void*)0;
    }
    return &g_2[0][3];
}


/* ------------------------------------------ */
/* 
 * reads : g_28 g_52 g_58 g_2 g_64 g_86 g_57 g_5 g_54 g_112 g_55
 * writes: g_28 g_54 g_57 g_64 g_86 g_61 g_52.f0 g_55 g_112 g_140 g_142 g_52
 */
static union U1  func_19(int32_t * p_20)
{ /* block id: 7 */
    int32_t l_21 = 0x5A945CB8L;
    union U1 l_22 = {18446744073709551606UL};
    int32_t l_148 = 1L;
    if (l_21)
    { /* block id: 8 */
        return l_22;
    }
    else
    { /* block id: 10 */
        int32_t *l_23 = &l_21;
        int32_t *l_24 = (void*)0;
        int32_t *l_25 = (void*)0;
        int32_t *l_26 = &l_21;
        int32_t *l_27[2];
        int8_t *l_37[2];
        int32_t l_38 = 1L;
        uint64_t *l_147 = &l_22.f0;
        int i;
        for (i = 0; i < 2; i++)
            l_27[i] = &l_21;
        for (i = 0; i < 2; i++)
            l_37[i] = (void*)0;
        --g_28;
        l_148 = (safe_mul_func_int8_t_s_s((0x95L ^ (safe_rshift_func_int16_t_s_u(((safe_rshift_func_int8_t_s_u((l_38 = ((*l_26) = l_22.f0)), ((l_25 != (void*)0) != func_39(g_28, func_42(p_20))))) , (safe_add_func_uint64_t_u_u(((*l_147) ^= 0x387E0A5EFA727D4FLL), l_21))), l_148))), 255UL));
    }
    return g_58;
}


/* ------------------------------------------ */
/* 
 * reads : g_28 g_52 g_58 g_2 g_64 g_86 g_57 g_5 g_54 g_112 g_55
 * writes: g_28 g_54 g_57 g_64 g_86 g_61 g_52.f0 g_55 g_112 g_140 g_142 g_52
 */
static const int64_t  func_39(uint64_t  p_40, int32_t * p_41)
{ /* block id: 16 */
    uint32_t l_59 = 0xF6D70783L;
    int32_t l_85 = 4L;
    int32_t l_104 = (-9L);
    int32_t l_106 = 0xF24C43DCL;
    int32_t l_107 = 0xD6B81C74L;
    int32_t l_108 = 0x46366C43L;
    int32_t l_109 = 0x84B09764L;
    const struct S0 l_143 = {1UL};
    for (p_40 = 0; (p_40 <= 27); ++p_40)
    { /* block id: 19 */
        const int8_t *l_60[1][1];
        int32_t l_78 = 0x1D4F00D1L;
        int32_t l_137 = 0L;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_60[i][j] = &g_61;
        }
        for (g_28 = (-27); (g_28 == 40); g_28 = safe_add_func_uint64_t_u_u(g_28, 4))
        { /* block id: 22 */
            int32_t *l_53 = &g_2[0][3];
            uint64_t *l_56 = &g_57;
            int16_t l_84 = 0x0891L;
            int32_t l_105 = 0xB3E5EB5CL;
            int32_t l_110 = 0x9581AD2EL;
            if ((((((safe_rshift_func_int8_t_s_s((safe_mod_func_int32_t_s_s((g_52 , (p_40 <= ((*l_56) = ((g_54 = l_53) == (void*)0)))), 4294967291UL)), (g_52.f0 != (((g_58 , (l_59 , l_60[0][0])) != &g_61) <= 0x6CL)))) && (*l_53)) || (-3L)) <= 0L) == g_28))
            { /* block id: 25 */
                int8_t l_73 = 0x1FL;
                int32_t l_83 = 1L;
                uint32_t l_101 = 0x9A233967L;
                int32_t *l_103[2][3] = {{(void*)0,(void*)0,(void*)0},{&g_5[1][0],&g_5[1][0],&g_5[1][0]}};
                int16_t *l_138 = &l_84;
                int16_t *l_139 = &g_140;
                int8_t *l_141 = &l_73;
                int i, j;
                if (((safe_unary_minus_func_int16_t_s(p_40)) , 0x5B5F732BL))
                { /* block id: 26 */
                    int32_t *l_63[5][2] = {{&g_55,&g_55},{&g_55,&g_55},{&g_55,&g_55},{&g_55,&g_55},{&g_55,&g_55}};
                    int i, j;
                    g_64++;
                }
                else
                { /* block id: 28 */
                    int32_t *l_67 = &g_55;
                    int32_t *l_68 = &g_55;
                    int32_t *l_69 = &g_55;
                    int32_t *l_70 = &g_55;
                    int32_t *l_71 = &g_55;
                    int32_t *l_72 = &g_55;
                    int32_t *l_74 = &g_55;
                    int32_t *l_75 = &g_55;
                    int32_t *l_76 = &g_55;
                    int32_t *l_77 = &g_55;
                    int32_t *l_79 = &g_55;
                    int32_t *l_80 = &g_55;
                    int32_t *l_81 = &l_78;
                    int32_t *l_82[3];
                    union U1 l_90 = {8UL};
                    int8_t * const l_102[3][2] = {{&g_61,&l_73},{&l_73,&g_61},{&l_73,&l_73}};
                    int i, j;
                    for (i = 0; i < 3; i++)
                        l_82[i] = &g_55;
                    g_86++;
                    l_83 = ((g_52.f0 = (!((0x8DL | g_64) < (l_90 , (safe_div_func_int32_t_s_s((safe_lshift_func_int8_t_s_u((g_61 = (((safe_sub_func_int16_t_s_s(((safe_add_func_int64_t_s_s(0L, l_59)) & (((safe_sub_func_uint64_t_u_u((l_101 , ((*l_56) &= (g_52 , (&g_61 != ((((((void*)0 == &g_61) & l_59) && p_40) & l_83) , l_102[0][0]))))), g_52.f0)) , p_40) | 0x88526770L)), 0L)) <= g_2[0][3]) && 18446744073709551613UL)), g_5[0][1])), (*g_54))))))) , (*g_54));
                    (*l_67) = (*p_41);
                }
                ++g_112;
                g_142 = (g_55 |= ((((*l_53) ^ (safe_lshift_func_int8_t_s_s(((*l_141) = ((safe_sub_func_int32_t_s_s((l_106 = (p_41 != (((*g_54) , (((safe_mul_func_uint16_t_u_u(65527UL, ((*l_139) = ((*l_138) |= (safe_mod_func_uint16_t_u_u(((((p_40 & (safe_add_func_int32_t_s_s((l_105 = (safe_sub_func_int64_t_s_s(0x3F02998B4E4A0A60LL, (((l_78 = ((*l_53) && (safe_lshift_func_uint16_t_u_s(p_40, ((safe_rshift_func_uint8_t_u_s((safe_div_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_s((((*l_56) = ((safe_lshift_func_int16_t_s_u((0x7F86L >= (*l_53)), 12)) > 0x89L)) | (*l_53)), p_40)), (*l_53))), 5)) | g_2[0][2]))))) <= (*g_54)) & 1UL)))), (*g_54)))) , (void*)0) == (void*)0) != l_137), 0xFF3AL)))))) , (*l_53)) , l_137)) , &l_78))), (*p_41))) >= (*g_54))), (*l_53)))) >= p_40) , (-2L)));
            }
            else
            { /* block id: 46 */
                struct S0 *l_144 = &g_52;
                (*l_144) = l_143;
                return p_40;
            }
            return g_5[0][1];
        }
    }
    g_54 = func_42(p_41);
    return l_104;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t * func_42(int32_t * p_43)
{ /* block id: 14 */
    return &g_5[0][1];
}




/* ---------------------------------------- */
int main (int argc, char* argv[])
{
    int i, j;
    int print_hash_value = 0;
    if (argc == 2 && strcmp(argv[1], "1") == 0) print_hash_value = 1;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_2[i][j], "g_2[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_5[i][j], "g_5[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_52.f0, "g_52.f0", print_hash_value);
    transparent_crc(g_55, "g_55", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_58.f0, "g_58.f0", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_111, "g_111", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_142, "g_142", print_hash_value);
    transparent_crc(g_153, "g_153", print_hash_value);
    transparent_crc(g_183, "g_183", print_hash_value);
    transparent_crc(g_190, "g_190", print_hash_value);
    transparent_crc(g_219, "g_219", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_271[i].f0, "g_271[i].f0", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_322[i], "g_322[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_346, "g_346", print_hash_value);
    transparent_crc(g_377, "g_377", print_hash_value);
    transparent_crc(g_398, "g_398", print_hash_value);
    transparent_crc(g_498, "g_498", print_hash_value);
    transparent_crc(g_573, "g_573", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_620[i], "g_620[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_699, "g_699", print_hash_value);
    transparent_crc(g_711.f0, "g_711.f0", print_hash_value);
    transparent_crc(g_790, "g_790", print_hash_value);
    transparent_crc(g_835, "g_835", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_987[i], "g_987[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 250
   depth: 1, occurrence: 15
XXX total union variables: 5

XXX max expression depth: 40
breakdown:
   depth: 1, occurrence: 211
   depth: 2, occurrence: 51
   depth: 3, occurrence: 6
   depth: 4, occurrence: 2
   depth: 5, occurrence: 1
   depth: 6, occurrence: 2
   depth: 7, occurrence: 1
   depth: 14, occurrence: 2
   depth: 15, occurrence: 3
   depth: 16, occurrence: 4
   depth: 17, occurrence: 5
   depth: 18, occurrence: 4
   depth: 19, occurrence: 5
   depth: 20, occurrence: 3
   depth: 22, occurrence: 4
   depth: 23, occurrence: 1
   depth: 24, occurrence: 1
   depth: 25, occurrence: 1
   depth: 26, occurrence: 1
   depth: 27, occurrence: 2
   depth: 28, occurrence: 2
   depth: 29, occurrence: 2
   depth: 30, occurrence: 1
   depth: 31, occurrence: 1
   depth: 32, occurrence: 1
   depth: 33, occurrence: 2
   depth: 40, occurrence: 1

XXX total number of pointers: 271

XXX times a variable address is taken: 384
XXX times a pointer is dereferenced on RHS: 157
breakdown:
   depth: 1, occurrence: 131
   depth: 2, occurrence: 21
   depth: 3, occurrence: 5
XXX times a pointer is dereferenced on LHS: 141
breakdown:
   depth: 1, occurrence: 127
   depth: 2, occurrence: 10
   depth: 3, occurrence: 4
XXX times a pointer is compared with null: 20
XXX times a pointer is compared with address of another variable: 6
XXX times a pointer is compared with another pointer: 8
XXX times a pointer is qualified to be dereferenced: 1639

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 667
   level: 2, occurrence: 68
   level: 3, occurrence: 35
   level: 4, occurrence: 1
XXX number of pointers point to pointers: 94
XXX number of pointers point to scalars: 158
XXX number of pointers point to structs: 12
XXX percent of pointers has null in alias set: 26.6
XXX average alias set size: 1.35

XXX times a non-volatile is read: 906
XXX times a non-volatile is write: 455
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 2

XXX stmts: 213
XXX max block depth: 4
breakdown:
   depth: 0, occurrence: 24
   depth: 1, occurrence: 36
   depth: 2, occurrence: 33
   depth: 3, occurrence: 58
   depth: 4, occurrence: 62

XXX percentage a fresh-made variable is used: 21.8
XXX percentage an existing variable is used: 78.2
********************* end of statistics **********************/

