/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 5006 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3 --max-funcs 8 --max-block-depth 4 --max-expr-complexity 10
 * Seed:      5006
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
static int16_t safe_unary_minus_func_int16_t_s(int16_t a) { return (a == (-32767 - 1)) ? a : (int16_t)-a; }
static int32_t safe_unary_minus_func_int32_t_s(int32_t a) { return (a == (-2147483647 - 1)) ? a : (int32_t)-a; }
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
static int8_t safe_unary_minus_func_int8_t_s(int8_t a) { return (a == (-127 - 1)) ? a : (int8_t)-a; }
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   uint32_t  f0;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0x0BCD8C45L;
static int32_t g_5[4][3][1] = {{{4L},{1L},{0x8D581621L}},{{1L},{0x8D581621L},{1L}},{{4L},{1L},{0x8D581621L}},{{1L},{0x8D581621L},{1L}}};
static int32_t g_11 = 0x94F934F5L;
static int32_t g_23[3][2][1] = {{{0x09FA85F8L},{0x07A329EFL}},{{0x07A329EFL},{0x09FA85F8L}},{{0x07A329EFL},{0x07A329EFL}}};
static int32_t g_24 = 1L;
static uint32_t g_35 = 1UL;
static int32_t g_38 = 0x2DED1456L;
static int32_t g_69 = 0L;
static uint32_t g_75 = 0x55A2C03FL;
static uint32_t g_84 = 4294967293UL;
static uint32_t *g_83[1] = {&g_84};
static union U0 g_103 = {4294967287UL};
static uint64_t g_115 = 5UL;
static int64_t g_146 = 0x55D73B7D9658AA49LL;
static uint8_t g_149 = 255UL;
static int8_t g_153 = (-1L);
static int8_t g_158 = 1L;
static uint16_t g_161[3][2] = {{0x010AL,0x010AL},{0xA281L,0x010AL},{0x010AL,0xA281L}};
static uint16_t g_163 = 65530UL;
static uint64_t g_184[3][1] = {{0x8FE829D697DB561CLL},{0x8FE829D697DB561CLL},{0x8FE829D697DB561CLL}};
static uint64_t g_205[2][2] = {{0x7C869DD9846AC962LL,0x7C869DD9846AC962LL},{0x7C869DD9846AC962LL,0x7C869DD9846AC962LL}};
static int32_t *g_215 = &g_69;
static uint64_t *g_228[5] = {&g_115,&g_115,&g_115,&g_115,&g_115};
static int32_t g_248 = 0xA309CDABL;
static int16_t g_249 = 1L;
static uint32_t *g_264 = &g_75;
static uint32_t **g_263 = &g_264;
static const uint8_t g_271 = 1UL;
static int64_t g_307 = 0x6EEA383889F105C9LL;
static int32_t g_329[3][2][3] = {{{0xA7E00CCFL,0xD32F5137L,0xA7E00CCFL},{(-8L),(-8L),(-8L)}},{{0xA7E00CCFL,0xD32F5137L,0xA7E00CCFL},{(-8L),(-8L),(-8L)}},{{0xA7E00CCFL,0xD32F5137L,0xA7E00CCFL},{(-8L),(-8L),(-8L)}}};
static int64_t g_392[3] = {0L,0L,0L};
static int16_t g_464 = 0xF3EAL;
static int32_t g_489 = 9L;
static int8_t * const g_491 = (void*)0;
static int8_t * const *g_490 = &g_491;
static uint32_t g_493 = 6UL;
static int8_t g_517 = 0L;
static int64_t g_531[4] = {0x15C31BCF7D7B6C39LL,0x15C31BCF7D7B6C39LL,0x15C31BCF7D7B6C39LL,0x15C31BCF7D7B6C39LL};
static const uint16_t g_552 = 0x35DBL;
static int32_t *g_657 = (void*)0;
static int32_t **g_656 = &g_657;
static uint8_t g_731 = 0x4DL;
static uint8_t g_735[1][3][5] = {{{7UL,0x37L,0x37L,7UL,0x37L},{0x57L,0x57L,255UL,0x57L,0x57L},{0x37L,7UL,0x37L,0x37L,7UL}}};
static int16_t g_737 = (-3L);
static uint32_t g_743 = 8UL;
static uint64_t **g_762 = &g_228[3];
static uint64_t ***g_761 = &g_762;
static int16_t *g_771 = (void*)0;
static int32_t g_832 = 0xA59BCB87L;
static const int8_t *g_839[1][5] = {{&g_517,&g_517,&g_517,&g_517,&g_517}};
static const int8_t **g_838 = &g_839[0][1];
static int8_t g_842 = 0x1BL;
static uint16_t **g_851 = (void*)0;
static uint64_t g_892[5][5] = {{0x123BA6BC76A94A29LL,18446744073709551615UL,18446744073709551615UL,0x123BA6BC76A94A29LL,0x766BB33F594A5AEBLL},{0x8671147770C975A3LL,1UL,1UL,0x8671147770C975A3LL,0x24575C3640157D0CLL},{0x123BA6BC76A94A29LL,18446744073709551615UL,18446744073709551615UL,0x123BA6BC76A94A29LL,0x766BB33F594A5AEBLL},{0x8671147770C975A3LL,1UL,1UL,0x8671147770C975A3LL,0x24575C3640157D0CLL},{0x123BA6BC76A94A29LL,18446744073709551615UL,18446744073709551615UL,0x123BA6BC76A94A29LL,0x766BB33F594A5AEBLL}};
static int32_t g_896 = 0L;
static int32_t ***g_907 = &g_656;
static int32_t **** const g_906 = &g_907;
static union U0 *g_1102 = &g_103;
static int64_t g_1112[1] = {(-1L)};
static int8_t *g_1238 = &g_158;
static union U0 **g_1249 = &g_1102;
static uint16_t g_1357 = 1UL;
static int32_t ****g_1394[3] = {&g_907,&g_907,&g_907};
static int8_t g_1407 = 0x0DL;
static uint32_t ***g_1490[1] = {&g_263};
static uint32_t ***g_1492 = &g_263;
static int16_t g_1493[1][4][5] = {{{0x11DDL,0x11DDL,0x11DDL,0x11DDL,0x11DDL},{0L,0L,0L,0L,0L},{0x11DDL,0x11DDL,0x11DDL,0x11DDL,0x11DDL},{0L,0L,0L,0L,0L}}};
static uint8_t g_1494 = 0UL;
static uint32_t g_1602 = 0UL;
static uint16_t *g_1608 = (void*)0;
static int64_t g_1628 = 0x97731F4D2690C312LL;
static uint8_t ** const g_1631 = (void*)0;
static const uint32_t ***g_1638 = (void*)0;
static uint16_t g_1675[5] = {0x974FL,0x974FL,0x974FL,0x974FL,0x974FL};
static uint32_t g_1693 = 0x90740248L;
static const int64_t *g_1761 = &g_1628;
static const int64_t **g_1760 = &g_1761;
static const int64_t ***g_1759 = &g_1760;
static int32_t *g_1816 = (void*)0;
static int32_t **g_1815 = &g_1816;
static int32_t ***g_1814 = &g_1815;
static int32_t g_1820 = 0L;
static int8_t g_1824 = 0x91L;
static uint8_t g_1830 = 255UL;
static int16_t **g_1841 = (void*)0;
static int64_t *g_1863 = (void*)0;
static const int32_t g_1873 = 0x809F7637L;
static int8_t **g_1893[4][1] = {{&g_1238},{&g_1238},{&g_1238},{&g_1238}};
static int8_t ***g_1892 = &g_1893[2][0];
static int8_t ****g_1891 = &g_1892;
static const uint8_t g_1894[1][3] = {{0xD5L,0xD5L,0xD5L}};


/* --- FORWARD DECLARATIONS --- */
static uint8_t  func_1(void);
static int32_t * const * func_14(int32_t ** p_15, uint8_t  p_16, int64_t  p_17);
static int32_t  func_20(const int32_t  p_21);
static int32_t * const  func_27(uint32_t  p_28, int32_t * p_29, int16_t  p_30, int32_t  p_31);
static uint16_t  func_47(uint32_t  p_48, int8_t  p_49, const int64_t  p_50, int32_t  p_51);
static uint32_t * func_62(const int32_t  p_63, uint32_t  p_64);
static int32_t  func_94(int32_t * p_95);
static int32_t * func_96(int32_t * p_97, int32_t ** p_98, uint32_t * p_99, union U0  p_100, uint32_t  p_101);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_307 g_762 g_228 g_115 g_1759 g_1760 g_1761 g_1628 g_11 g_329 g_1238 g_158 g_215 g_69 g_163 g_896 g_743 g_75 g_83 g_656 g_1112 g_907 g_657 g_906 g_1407 g_392 g_1814 g_23 g_249 g_5 g_263 g_264 g_1102 g_103 g_1820 g_1824 g_1830 g_1494 g_761 g_832 g_161 g_1873 g_1815 g_1891 g_1894 g_1249 g_838 g_839 g_517 g_153 g_1892 g_1893 g_1493
 * writes: g_2 g_5 g_11 g_329 g_84 g_249 g_69 g_163 g_896 g_743 g_75 g_657 g_149 g_1407 g_851 g_493 g_1841 g_161 g_832 g_1863 g_731 g_115 g_1815 g_1102 g_24 g_158
 */
static uint8_t  func_1(void)
{ /* block id: 0 */
    union U0 l_1106 = {0xD7F1C3B5L};
    uint16_t *l_1607[1];
    int32_t ***l_1615 = (void*)0;
    int32_t l_1621 = 0x527E6728L;
    const uint8_t **l_1629 = (void*)0;
    uint32_t ***l_1639 = &g_263;
    uint32_t l_1648 = 0x5DCE1CF2L;
    int32_t *l_1677 = &g_329[2][1][2];
    uint32_t l_1707 = 0x775C9A60L;
    uint32_t l_1713 = 18446744073709551609UL;
    int64_t l_1716[3][1][3];
    const int8_t l_1758 = 1L;
    uint16_t l_1770 = 0UL;
    uint64_t l_1779 = 18446744073709551607UL;
    uint32_t l_1819 = 1UL;
    const int8_t l_1822 = 0x74L;
    int8_t l_1834[3];
    int16_t **l_1839 = &g_771;
    uint32_t l_1842 = 1UL;
    int8_t **l_1871 = (void*)0;
    int32_t l_1964 = 1L;
    int64_t **l_1990 = &g_1863;
    int64_t ***l_1989 = &l_1990;
    int32_t l_2001 = 9L;
    union U0 **l_2006 = &g_1102;
    uint32_t l_2007 = 0x99C48AB3L;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_1607[i] = &g_161[1][1];
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 3; k++)
                l_1716[i][j][k] = 0x6D719090ECAC5497LL;
        }
    }
    for (i = 0; i < 3; i++)
        l_1834[i] = 0x70L;
    for (g_2 = (-21); (g_2 > (-19)); ++g_2)
    { /* block id: 3 */
        const int8_t l_1111 = (-1L);
        int32_t l_1569[3];
        int32_t *l_1614 = (void*)0;
        int16_t **l_1673 = &g_771;
        uint8_t l_1674[4][4] = {{0UL,0UL,0x75L,0xDEL},{0xA7L,1UL,0xA7L,0x75L},{0xA7L,0x75L,0x75L,0xA7L},{0UL,0x75L,0xDEL,0x75L}};
        uint32_t l_1678 = 18446744073709551615UL;
        uint32_t **l_1701 = (void*)0;
        union U0 *l_1717[3][2][4];
        uint64_t ** const *l_1749 = &g_762;
        uint64_t ** const **l_1748 = &l_1749;
        int32_t l_1782 = 1L;
        uint16_t l_1831 = 0x5E00L;
        int16_t ***l_1840[3];
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_1569[i] = 1L;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 2; j++)
            {
                for (k = 0; k < 4; k++)
                    l_1717[i][j][k] = &l_1106;
            }
        }
        for (i = 0; i < 3; i++)
            l_1840[i] = &l_1839;
        for (g_5[0][0][0] = 0; (g_5[0][0][0] <= (-29)); g_5[0][0][0] = safe_sub_func_int8_t_s_s(g_5[0][0][0], 9))
        { /* block id: 6 */
            int32_t *l_8 = &g_5[0][0][0];
            int32_t **l_9 = (void*)0;
            int32_t **l_10 = &l_8;
            uint32_t * const *l_1559[4];
            uint32_t * const **l_1558 = &l_1559[1];
            uint8_t l_1570[3][3][3] = {{{0xFAL,0x82L,253UL},{255UL,255UL,253UL},{0x82L,0xFAL,253UL}},{{0xFAL,0x82L,253UL},{255UL,255UL,253UL},{0x82L,0xFAL,253UL}},{{0xFAL,0x82L,253UL},{255UL,255UL,253UL},{0x82L,0xFAL,253UL}}};
            int32_t *l_1603 = &g_11;
            uint16_t *l_1609 = &g_1357;
            uint64_t **l_1610[3];
            int32_t l_1622 = 0xD295BB9FL;
            const uint8_t ***l_1630 = &l_1629;
            uint32_t l_1645[4];
            int16_t l_1646 = 0x5419L;
            uint32_t *l_1647 = &g_35;
            uint32_t l_1649[3];
            uint16_t l_1655 = 0xF73FL;
            uint32_t l_1676 = 0UL;
            uint32_t ** const l_1702 = &g_264;
            const int32_t l_1708 = 0x2C039567L;
            const uint32_t l_1718 = 1UL;
            int8_t **l_1756 = &g_1238;
            int i, j, k;
            for (i = 0; i < 4; i++)
                l_1559[i] = &g_264;
            for (i = 0; i < 3; i++)
                l_1610[i] = &g_228[4];
            for (i = 0; i < 4; i++)
                l_1645[i] = 0x03E13039L;
            for (i = 0; i < 3; i++)
                l_1649[i] = 0x1BD56484L;
            (*l_10) = l_8;
            for (g_11 = 0; (g_11 > 15); g_11 = safe_add_func_uint64_t_u_u(g_11, 1))
            { /* block id: 10 */
                int32_t l_1109 = 0L;
                const int8_t l_1592[2][5] = {{0x52L,(-10L),0x52L,(-10L),0x52L},{(-1L),(-1L),(-1L),(-1L),(-1L)}};
                int32_t **l_1600 = &l_8;
                int8_t **l_1606 = &g_1238;
                uint64_t ***l_1611 = &l_1610[0];
                uint32_t l_1623 = 0x6633410AL;
                int i, j;
            }
        }
        (*l_1677) = 0xFF914173L;
        for (g_84 = (-10); (g_84 >= 15); ++g_84)
        { /* block id: 790 */
            uint32_t l_1769 = 4294967286UL;
            int32_t l_1788[5][2][3] = {{{0L,0xA30CA4E1L,0xA30CA4E1L},{0xA30CA4E1L,(-1L),(-1L)}},{{0L,(-1L),0L},{7L,0xA30CA4E1L,(-1L)}},{{7L,7L,0xA30CA4E1L},{0L,0xA30CA4E1L,0xA30CA4E1L}},{{0xA30CA4E1L,(-1L),(-1L)},{0L,(-1L),0L}},{{7L,0xA30CA4E1L,(-1L)},{7L,7L,0xA30CA4E1L}}};
            int32_t ***l_1818[1];
            uint64_t l_1821 = 0xCB51B4F72796920ALL;
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_1818[i] = &g_1815;
            if ((safe_add_func_uint32_t_u_u((safe_rshift_func_uint16_t_u_u(g_307, 8)), (l_1769 <= l_1770))))
            { /* block id: 791 */
                int64_t l_1780 = 1L;
                int16_t *l_1781 = &g_249;
                (*g_215) |= (safe_mul_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u(((safe_lshift_func_int16_t_s_u(((*l_1781) = (safe_div_func_uint32_t_u_u((((((**g_762) <= (***g_1759)) ^ ((l_1779 < g_11) , ((((((*l_1677) != l_1769) | ((1UL && g_329[0][1][0]) > l_1769)) == 4L) != (*g_1238)) > (*l_1677)))) < l_1780) == 0xD6F4E48BL), 1L))), (*l_1677))) > l_1769), 12)), 0x2AL));
                return l_1782;
            }
            else
            { /* block id: 795 */
                int8_t l_1787 = 0xF8L;
                for (l_1678 = 0; (l_1678 != 20); l_1678 = safe_add_func_int64_t_s_s(l_1678, 5))
                { /* block id: 798 */
                    int32_t *l_1793 = &g_896;
                    uint32_t *l_1794 = &g_743;
                    (*g_656) = func_62(((*l_1793) ^= (safe_mod_func_uint8_t_u_u(l_1787, ((g_163--) & (safe_mod_func_int32_t_s_s(l_1787, 0x1305DAAEL)))))), ((*l_1794)--));
                    if (l_1787)
                        continue;
                    return g_1112[0];
                }
            }
            for (g_149 = 0; (g_149 != 15); g_149 = safe_add_func_uint32_t_u_u(g_149, 5))
            { /* block id: 809 */
                int32_t *l_1799[4][5][4] = {{{&g_23[2][1][0],&l_1788[2][0][0],(void*)0,&g_23[2][1][0]},{(void*)0,&g_23[2][1][0],(void*)0,(void*)0},{&l_1569[2],&l_1569[2],&l_1569[2],&l_1788[2][0][0]},{(void*)0,(void*)0,(void*)0,(void*)0},{&l_1569[2],&l_1788[2][0][0],&l_1569[2],(void*)0}},{{(void*)0,&l_1788[2][0][0],&l_1569[2],(void*)0},{&l_1788[2][0][0],(void*)0,(void*)0,&l_1788[2][0][0]},{&l_1569[2],(void*)0,(void*)0,(void*)0},{&l_1788[2][0][0],(void*)0,&l_1569[2],(void*)0},{(void*)0,(void*)0,&l_1569[2],(void*)0}},{{&l_1569[2],(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&l_1569[2],&l_1788[2][0][0]},{(void*)0,(void*)0,(void*)0,(void*)0},{&l_1569[2],&l_1788[2][0][0],&l_1569[2],(void*)0},{(void*)0,&l_1788[2][0][0],&l_1569[2],(void*)0}},{{&l_1788[2][0][0],(void*)0,(void*)0,&l_1788[2][0][0]},{&l_1569[2],(void*)0,(void*)0,(void*)0},{&l_1788[2][0][0],(void*)0,&l_1569[2],(void*)0},{(void*)0,(void*)0,&l_1569[2],(void*)0},{&l_1569[2],(void*)0,(void*)0,(void*)0}}};
                uint32_t l_1800 = 0x4603B22CL;
                int i, j, k;
                l_1800--;
                for (g_1407 = 0; (g_1407 <= 2); g_1407 += 1)
                { /* block id: 813 */
                    uint16_t **l_1808 = (void*)0;
                    uint32_t *l_1811 = &g_493;
                    int32_t ***l_1817 = &g_1815;
                    int i;
                    (**g_907) = func_96(((*g_656) = (**g_907)), (**g_906), ((((safe_mul_func_uint16_t_u_u((+(safe_div_func_int64_t_s_s(((((g_851 = l_1808) != (((l_1799[0][2][0] == ((0UL | (((*l_1811) = (safe_mul_func_int8_t_s_s((0x0E66L > g_392[g_1407]), 0x94L))) > ((*l_1677) = (safe_mul_func_uint16_t_u_u(((l_1817 = g_1814) == l_1818[0]), l_1819))))) , &g_493)) ^ l_1788[4][0][2]) , (void*)0)) == l_1788[0][0][1]) >= g_23[2][0][0]), 0x0390B825283BAD69LL))), g_249)) ^ 0xF8EFL) != g_5[0][0][0]) , (*g_263)), (*g_1102), g_1820);
                    (*g_656) = l_1811;
                    return l_1821;
                }
                (*l_1677) = l_1822;
            }
        }
        (*l_1677) = (!(g_1824 , (+(safe_sub_func_int32_t_s_s((*g_215), ((((safe_div_func_uint32_t_u_u(((g_1830 <= (((g_115 || (*l_1677)) || l_1831) == (safe_sub_func_uint8_t_u_u(0UL, l_1834[1])))) == (safe_lshift_func_uint16_t_u_u(((safe_add_func_int8_t_s_s((((g_161[2][1] = ((g_1841 = l_1839) == (void*)0)) , 7UL) , (*l_1677)), g_1494)) != 0x8B9B9F3D21EC0C3DLL), l_1842))), (*l_1677))) , 0x1D3E8890D240523FLL) > (***g_761)) || (*l_1677)))))));
    }
    for (l_1648 = 0; (l_1648 == 21); l_1648 = safe_add_func_uint8_t_u_u(l_1648, 9))
    { /* block id: 832 */
        int8_t **l_1867 = &g_1238;
        int8_t ***l_1866 = &l_1867;
        int32_t **l_1882 = &g_1816;
        int32_t l_1890 = (-8L);
        uint32_t *l_1896 = &g_75;
        int32_t l_1934 = 0xB4FE7BD7L;
        for (l_1779 = 0; (l_1779 == 34); ++l_1779)
        { /* block id: 835 */
            int32_t l_1847 = (-1L);
            int8_t **l_1869 = &g_1238;
            uint64_t l_1875[4] = {6UL,6UL,6UL,6UL};
            uint64_t l_1895[4][4][4] = {{{0xBAD65C0395467716LL,0xBD0529CD50BECF5BLL,0xB098C70DA53BB2B3LL,9UL},{1UL,0xB098C70DA53BB2B3LL,0xB098C70DA53BB2B3LL,1UL},{0xBAD65C0395467716LL,18446744073709551609UL,0x02854DEC8C31F886LL,0x3AB94FF15A825DCDLL},{18446744073709551608UL,0x85292B606A6B1779LL,0x3AB94FF15A825DCDLL,6UL}},{{0x3AB94FF15A825DCDLL,6UL,0x8D5C7F42F7BC55B0LL,6UL},{0xB098C70DA53BB2B3LL,0x85292B606A6B1779LL,0xBD0529CD50BECF5BLL,0x3AB94FF15A825DCDLL},{0x216CC7A328B43C5ALL,18446744073709551609UL,6UL,1UL},{0xBD0529CD50BECF5BLL,0xB098C70DA53BB2B3LL,9UL,9UL}},{{0xBD0529CD50BECF5BLL,0xBD0529CD50BECF5BLL,6UL,0xBAD65C0395467716LL},{0x216CC7A328B43C5ALL,9UL,0xBD0529CD50BECF5BLL,18446744073709551609UL},{0xB098C70DA53BB2B3LL,18446744073709551608UL,0x8D5C7F42F7BC55B0LL,0xBD0529CD50BECF5BLL},{0x3AB94FF15A825DCDLL,18446744073709551608UL,0x3AB94FF15A825DCDLL,18446744073709551609UL}},{{18446744073709551608UL,9UL,0x02854DEC8C31F886LL,0xBAD65C0395467716LL},{0xBAD65C0395467716LL,0xBD0529CD50BECF5BLL,0xB098C70DA53BB2B3LL,9UL},{1UL,0xB098C70DA53BB2B3LL,0xB098C70DA53BB2B3LL,1UL},{0xBAD65C0395467716LL,18446744073709551609UL,0x02854DEC8C31F886LL,0x3AB94FF15A825DCDLL}}};
            uint64_t **** const l_1914 = &g_761;
            uint8_t l_1937[1];
            int32_t l_1940 = 1L;
            uint16_t l_1953[5];
            uint16_t l_1965 = 0x5ADDL;
            int32_t *l_1994 = &g_23[2][0][0];
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_1937[i] = 1UL;
            for (i = 0; i < 5; i++)
                l_1953[i] = 0x0A74L;
            for (g_743 = 0; (g_743 <= 1); g_743 += 1)
            { /* block id: 838 */
                const int64_t l_1874 = 0xEBED2413F54211D7LL;
                for (g_832 = 1; (g_832 >= 0); g_832 -= 1)
                { /* block id: 841 */
                    int32_t l_1859 = 0x74EF73BFL;
                    int64_t *l_1860 = &g_531[3];
                    int64_t **l_1861 = (void*)0;
                    int64_t **l_1862 = &l_1860;
                    int8_t ****l_1868 = &l_1866;
                    int8_t ***l_1870[4][1];
                    uint8_t *l_1872 = &g_731;
                    int16_t l_1883 = 0x63A0L;
                    int i, j;
                    for (i = 0; i < 4; i++)
                    {
                        for (j = 0; j < 1; j++)
                            l_1870[i][j] = &l_1867;
                    }
                    (**g_907) = func_62(g_161[(g_832 + 1)][g_743], l_1847);
                    (***g_907) = (!(safe_mul_func_int16_t_s_s(((safe_div_func_int64_t_s_s((safe_add_func_uint64_t_u_u((((***g_761) = ((0UL == (safe_mul_func_int8_t_s_s((l_1859 = 0xF2L), ((((*l_1872) = (0x59L > (((((*l_1862) = l_1860) == (g_1863 = &g_531[1])) <= ((((((*l_1868) = l_1866) != (void*)0) < ((l_1871 = l_1869) != l_1869)) < 0UL) > 0x9921L)) || (*l_1677)))) ^ (*l_1677)) & l_1847)))) <= g_1873)) < 0UL), l_1847)), (*g_1761))) ^ l_1874), l_1875[3])));
                    (***g_906) = func_96((((0L >= (safe_sub_func_int64_t_s_s(((safe_mul_func_uint16_t_u_u(((safe_div_func_uint64_t_u_u((((((*g_1814) = (*g_1814)) == l_1882) <= l_1883) ^ l_1883), (safe_div_func_int8_t_s_s((~(g_161[(g_832 + 1)][g_743] && (safe_mod_func_uint8_t_u_u(((!((l_1890 > (((*g_1102) , g_1891) != &g_1892)) == 6L)) , l_1859), l_1874)))), l_1883)))) > g_1894[0][0]), l_1883)) <= l_1895[0][1][0]), l_1874))) >= (*l_1677)) , (void*)0), (*g_907), l_1896, (**g_1249), l_1874);
                }
                (*g_215) = 0x603A07B8L;
            }
            (*g_1249) = (*g_1249);
            for (g_75 = 0; (g_75 == 29); g_75 = safe_add_func_int64_t_s_s(g_75, 2))
            { /* block id: 859 */
                uint32_t l_1904 = 0xEF64D118L;
                int32_t l_1907 = (-3L);
                int32_t l_1908 = 0x3D912755L;
                int8_t ***l_1911 = &l_1869;
                uint8_t *l_1941[5][2] = {{&g_1494,&g_1494},{&g_1494,&g_1494},{&g_1494,&g_1494},{&g_1494,&g_1494},{&g_1494,&g_1494}};
                int8_t *l_1952[5] = {&g_158,&g_158,&g_158,&g_158,&g_158};
                int32_t *l_1968 = &g_1820;
                int64_t ** const **l_1974 = (void*)0;
                int64_t ***l_1977 = (void*)0;
                int64_t ****l_1976[5][5] = {{&l_1977,&l_1977,&l_1977,&l_1977,&l_1977},{&l_1977,&l_1977,&l_1977,&l_1977,&l_1977},{&l_1977,&l_1977,&l_1977,(void*)0,&l_1977},{&l_1977,&l_1977,&l_1977,(void*)0,&l_1977},{&l_1977,&l_1977,&l_1977,&l_1977,&l_1977}};
                uint32_t l_1992 = 4294967292UL;
                int32_t **l_1993[5] = {&g_215,&g_215,&g_215,&g_215,&g_215};
                int i, j;
                for (g_24 = 0; (g_24 == 13); g_24 = safe_add_func_uint16_t_u_u(g_24, 7))
                { /* block id: 862 */
                    int16_t l_1903 = 0x60D1L;
                    const union U0 l_1929 = {0UL};
                    uint32_t *l_1933 = &l_1819;
                    (*g_215) = (-1L);
                    (*g_215) &= ((l_1904 = (safe_mod_func_uint8_t_u_u(((**g_1759) != (void*)0), l_1903))) <= ((safe_div_func_uint16_t_u_u((l_1907 = l_1890), l_1908)) <= (safe_mul_func_uint16_t_u_u((l_1911 != (void*)0), (safe_add_func_int8_t_s_s((**g_838), 0xACL))))));
                    (*l_1677) = ((*g_1102) , ((*g_215) = (0x15E2L == ((l_1890 > ((void*)0 != l_1914)) > (safe_sub_func_uint32_t_u_u((safe_rshift_func_uint16_t_u_u((((safe_sub_func_uint8_t_u_u((((safe_sub_func_uint32_t_u_u((safe_add_func_int16_t_s_s(((safe_rshift_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u(((l_1929 , (((((((l_1934 = (((~((((****g_1891) &= l_1890) ^ ((((0L | (((((*l_1933) = ((*g_1761) <= (*g_1761))) , 7UL) || 4294967286UL) > l_1847)) ^ 0xAE162DC0A6114D33LL) , 0x1D195168L) == l_1875[3])) || l_1904)) < 0xB7L) , l_1890)) > 1L) > 18446744073709551615UL) && 0x3900A07975CB596ELL) | 65535UL) , 0xD51AL) | 0x997DL)) <= l_1890), 2)), 0)) , l_1904), l_1903)), l_1904)) < l_1895[0][1][0]) || l_1890), 2UL)) & l_1875[3]) ^ g_5[0][0][0]), 12)), l_1903))))));
                    if (l_1934)
                        continue;
                }
                l_1934 ^= ((0x38C0L >= g_1493[0][1][4]) >= 0x70CAAA88L);
            }
        }
    }
    (*g_215) = ((safe_div_func_uint16_t_u_u(0x0E58L, 65532UL)) > ((*l_1677) | ((((safe_lshift_func_uint16_t_u_u((((*g_1102) , (safe_lshift_func_uint8_t_u_u(l_2001, (safe_mod_func_uint16_t_u_u(((((((+(&l_1834[1] != (**g_1892))) != (((((!0x6EB7L) || (*l_1677)) | (*l_1677)) , 0xC8861C565076A5BALL) != (***g_761))) >= 1UL) , (void*)0) == l_2006) <= 1L), (*l_1677)))))) >= (*l_1677)), g_5[0][0][0])) > 0x000EL) == l_2007) >= (*g_1761))));
    return g_1820;
}


/* ------------------------------------------ */
/* 
 * reads : g_907 g_656 g_657 g_906 g_731 g_84 g_762 g_228 g_743 g_838 g_839 g_517 g_153 g_737 g_1112 g_103.f0 g_892 g_735 g_205 g_163 g_531 g_464 g_896 g_329 g_842 g_75 g_149 g_115 g_1102 g_103 g_249 g_1238 g_761 g_38 g_158 g_552
 * writes: g_657 g_832 g_115 g_103.f0 g_735 g_23 g_517 g_163 g_731 g_892 g_896 g_329 g_842 g_149 g_1249 g_161 g_158 g_75 g_153
 */
static int32_t * const * func_14(int32_t ** p_15, uint8_t  p_16, int64_t  p_17)
{ /* block id: 475 */
    const uint8_t l_1117 = 0UL;
    uint32_t **l_1118 = &g_264;
    int8_t *l_1125 = &g_153;
    int8_t **l_1124 = &l_1125;
    int32_t l_1141 = 0x9A84EF61L;
    uint32_t *l_1176[2];
    const uint64_t * const **l_1182 = (void*)0;
    int32_t l_1206[5];
    uint8_t l_1211[1][4][4] = {{{0x5AL,0x5AL,0x5AL,0x5AL},{0x5AL,0x5AL,0x5AL,0x5AL},{0x5AL,0x5AL,0x5AL,0x5AL},{0x5AL,0x5AL,0x5AL,0x5AL}}};
    union U0 l_1261 = {3UL};
    int32_t *l_1281 = &g_23[2][0][0];
    int32_t *l_1282 = &l_1206[2];
    int32_t *l_1283 = &g_329[0][1][1];
    int32_t *l_1284 = &g_329[0][1][0];
    int32_t *l_1285[2];
    uint64_t l_1286 = 0x007FA02B4DC14794LL;
    uint64_t l_1384 = 18446744073709551615UL;
    int32_t ****l_1393 = &g_907;
    int64_t * const l_1491 = &g_392[0];
    int64_t l_1550 = 9L;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_1176[i] = &g_743;
    for (i = 0; i < 5; i++)
        l_1206[i] = 0xA0B64BE1L;
    for (i = 0; i < 2; i++)
        l_1285[i] = &g_489;
    for (p_17 = 3; (p_17 >= 0); p_17 -= 1)
    { /* block id: 478 */
        int8_t *l_1115 = &g_517;
        int8_t **l_1114 = &l_1115;
        int8_t ***l_1113 = &l_1114;
        int32_t l_1116 = 0L;
        uint32_t ** const l_1119 = &g_264;
        int32_t *l_1120[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
        int8_t ***l_1126[3][5][1];
        union U0 **l_1150[5][4][3] = {{{&g_1102,(void*)0,&g_1102},{&g_1102,&g_1102,&g_1102},{&g_1102,&g_1102,&g_1102},{&g_1102,&g_1102,&g_1102}},{{&g_1102,&g_1102,(void*)0},{&g_1102,(void*)0,&g_1102},{&g_1102,&g_1102,&g_1102},{&g_1102,&g_1102,&g_1102}},{{&g_1102,&g_1102,&g_1102},{&g_1102,&g_1102,&g_1102},{&g_1102,(void*)0,&g_1102},{&g_1102,&g_1102,(void*)0}},{{&g_1102,&g_1102,&g_1102},{(void*)0,&g_1102,&g_1102},{&g_1102,&g_1102,&g_1102},{&g_1102,(void*)0,&g_1102}},{{&g_1102,&g_1102,&g_1102},{&g_1102,&g_1102,(void*)0},{&g_1102,&g_1102,&g_1102},{&g_1102,&g_1102,&g_1102}}};
        uint32_t l_1204[1];
        uint16_t l_1257 = 0x1F32L;
        int i, j, k;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 5; j++)
            {
                for (k = 0; k < 1; k++)
                    l_1126[i][j][k] = &l_1124;
            }
        }
        for (i = 0; i < 1; i++)
            l_1204[i] = 0xC9C7C57FL;
        (***g_906) = (**g_907);
        g_832 = (((((p_17 || (((((((l_1113 == ((g_731 & (l_1116 || 248UL)) , &g_490)) <= l_1117) , l_1118) != l_1119) && p_16) , p_16) , p_17)) ^ 0x24B550B9L) , 0L) == 0x1A55425DEFCC4BB9LL) | p_16);
        l_1120[3] = (void*)0;
        if (((~1UL) , ((g_84 != p_16) , (safe_mul_func_int16_t_s_s((((**g_762) = (((*l_1113) != (l_1124 = l_1124)) <= l_1117)) > ((0L || ((safe_sub_func_int16_t_s_s((safe_div_func_uint8_t_u_u((((safe_add_func_uint32_t_u_u(l_1117, l_1117)) == g_743) == p_16), 1L)), 65528UL)) >= p_17)) || l_1117)), p_17)))))
        { /* block id: 484 */
            int16_t l_1138 = 0x10B8L;
            int16_t *l_1139[1];
            int32_t l_1140 = 1L;
            int32_t l_1207[3][4] = {{0x482D0148L,0L,(-7L),(-7L)},{6L,6L,0x482D0148L,(-7L)},{(-1L),0L,(-1L),0x482D0148L}};
            int i, j;
            for (i = 0; i < 1; i++)
                l_1139[i] = (void*)0;
            if (((**g_838) ^ (safe_div_func_int16_t_s_s((+(safe_sub_func_int16_t_s_s((l_1140 &= ((0xF1BFBF4C2A9C8551LL >= p_16) != l_1138)), (((l_1141 |= p_16) <= 1L) , g_737)))), (safe_unary_minus_func_int64_t_s(g_1112[0]))))))
            { /* block id: 487 */
                for (g_103.f0 = 0; (g_103.f0 <= 0); g_103.f0 += 1)
                { /* block id: 490 */
                    uint8_t *l_1143 = &g_735[0][1][3];
                    int32_t l_1151 = 0L;
                    int i, j;
                    (*p_15) = (**g_907);
                    g_832 = (l_1151 = (((*l_1143) ^= g_892[(p_17 + 1)][(g_103.f0 + 3)]) < ((***l_1113) = (safe_div_func_uint16_t_u_u((safe_div_func_uint32_t_u_u(((void*)0 != &g_491), (((g_23[0][0][0] = (g_205[g_103.f0][(g_103.f0 + 1)] == ((safe_unary_minus_func_uint64_t_u((l_1141 &= (g_892[(p_17 + 1)][(g_103.f0 + 3)] == p_16)))) < (!7L)))) || 5UL) || ((void*)0 != l_1150[3][3][0])))), g_205[g_103.f0][(g_103.f0 + 1)])))));
                    return (**g_906);
                }
                for (p_16 = 0; (p_16 <= 0); p_16 += 1)
                { /* block id: 502 */
                    (*p_15) = (*g_656);
                }
            }
            else
            { /* block id: 505 */
                union U0 l_1172 = {6UL};
                uint32_t *l_1193 = &g_84;
                int32_t l_1202 = 0L;
                int32_t l_1205 = 0L;
                for (g_163 = 0; (g_163 <= 0); g_163 += 1)
                { /* block id: 508 */
                    uint8_t *l_1175 = &g_731;
                    int32_t l_1183[2][1][1];
                    int32_t *l_1184 = &g_896;
                    const int64_t *l_1187 = &g_1112[g_163];
                    const int64_t **l_1186 = &l_1187;
                    const int64_t ***l_1185 = &l_1186;
                    int i, j, k;
                    for (i = 0; i < 2; i++)
                    {
                        for (j = 0; j < 1; j++)
                        {
                            for (k = 0; k < 1; k++)
                                l_1183[i][j][k] = 0xC9F0AEF3L;
                        }
                    }
                    l_1141 = (((!(((+(safe_div_func_int8_t_s_s((0xE4L && (((***l_1113) |= g_892[(p_17 + 1)][(g_163 + 1)]) , (((g_205[g_163][g_163] == (g_205[g_163][g_163] == (safe_sub_func_uint64_t_u_u((safe_lshift_func_uint16_t_u_u(((safe_add_func_uint8_t_u_u(g_205[g_163][g_163], (-1L))) ^ ((safe_div_func_uint8_t_u_u(247UL, ((safe_lshift_func_uint16_t_u_u(((safe_mul_func_uint8_t_u_u(((safe_sub_func_uint8_t_u_u(((*l_1175) = (safe_lshift_func_uint16_t_u_s((l_1172 , (safe_lshift_func_int16_t_s_s(g_1112[g_163], g_531[p_17]))), 4))), g_517)) , 0x51L), p_16)) && 0xCEB9L), l_1172.f0)) || 0x80E104F2L))) , p_17)), 3)), l_1141)))) , (void*)0) != l_1176[0]))), 1L))) != l_1172.f0) , p_16)) | p_17) , l_1172.f0);
                    (*l_1185) = (((*l_1184) |= ((p_16 ^ (l_1183[1][0][0] &= (((0xDC54L | (+g_464)) || ((p_16 , (g_892[(g_163 + 3)][(p_17 + 1)]++)) && ((safe_add_func_uint8_t_u_u(((*g_907) != (**g_906)), 0x81L)) && ((void*)0 != l_1182)))) != 0xDCL))) & 0x9E0CDA2643683C20LL)) , (void*)0);
                }
                if (p_17)
                    continue;
                g_329[0][1][0] ^= 1L;
                for (g_842 = 1; (g_842 >= 0); g_842 -= 1)
                { /* block id: 521 */
                    int32_t l_1203 = (-1L);
                    int i, j;
                    l_1202 &= (l_1140 = (((safe_lshift_func_uint16_t_u_s(8UL, 12)) || ((+(safe_lshift_func_uint8_t_u_u((g_892[(g_842 + 3)][(g_842 + 3)] == g_892[p_17][(g_842 + 3)]), (l_1193 != (void*)0)))) > ((safe_mul_func_int8_t_s_s(((((void*)0 != &g_205[g_842][g_842]) & ((g_205[g_842][g_842] == (safe_mod_func_uint64_t_u_u((safe_sub_func_uint16_t_u_u((((safe_sub_func_uint64_t_u_u(((**g_762) = 0xA8E986FB9ADF1BAELL), g_75)) == 2L) == 0xCA770C59A05F8866LL), l_1172.f0)), l_1117))) , l_1117)) & 0x0C8359A8L), 1UL)) , p_16))) , 0xCD7600CBL));
                    l_1205 |= (l_1204[0] = (l_1203 = l_1202));
                }
            }
            for (g_149 = 0; (g_149 <= 0); g_149 += 1)
            { /* block id: 532 */
                uint32_t l_1208[3][5] = {{0x04B6C387L,0x14ECCCFFL,0x14ECCCFFL,0x04B6C387L,0x14ECCCFFL},{0x04B6C387L,0x04B6C387L,0UL,0x04B6C387L,0x04B6C387L},{0x14ECCCFFL,0x04B6C387L,0x14ECCCFFL,0x14ECCCFFL,0x04B6C387L}};
                int i, j;
                l_1208[0][0]++;
                for (g_115 = 0; (g_115 <= 0); g_115 += 1)
                { /* block id: 536 */
                    return (*g_907);
                }
            }
        }
        else
        { /* block id: 540 */
            uint64_t l_1216 = 0x509D84B503CDDE80LL;
            int8_t *l_1217 = &g_153;
            uint16_t l_1237 = 1UL;
            int8_t l_1256 = 0xB1L;
            int32_t l_1258 = 0x85F6CF97L;
            int8_t l_1273 = 0xFBL;
            if (p_16)
            { /* block id: 541 */
                int64_t l_1235 = (-6L);
                uint16_t *l_1275 = &g_163;
                uint16_t *l_1278 = &l_1237;
                uint16_t *l_1279[1];
                int32_t l_1280 = 0x5218310AL;
                int i;
                for (i = 0; i < 1; i++)
                    l_1279[i] = &g_161[0][1];
                if (l_1211[0][0][3])
                { /* block id: 542 */
                    int16_t l_1236 = 0xDFCCL;
                    g_23[2][0][0] = (safe_mul_func_uint16_t_u_u((((l_1216 < (l_1217 == l_1217)) == ((***g_761) = (248UL <= ((p_16 | (safe_rshift_func_int16_t_s_s(((safe_mul_func_int8_t_s_s(((((l_1211[0][0][3] != (safe_mul_func_uint8_t_u_u((((**l_1113) = &g_158) != ((~((safe_mul_func_uint8_t_u_u(((((((((*g_1102) , (safe_sub_func_int8_t_s_s(((safe_sub_func_int64_t_s_s((safe_add_func_int16_t_s_s((safe_div_func_int64_t_s_s(((void*)0 == &g_249), l_1235)), g_249)), l_1211[0][3][1])) & l_1216), l_1236))) ^ 1L) & p_17) || l_1216) , l_1235) != l_1236) >= l_1216), l_1237)) <= 0xBFDAL)) , g_1238)), l_1236))) && l_1237) | p_17) != 0x5D52058BL), l_1236)) ^ l_1206[2]), 0))) >= (-1L))))) <= l_1216), p_17));
                }
                else
                { /* block id: 546 */
                    l_1258 &= (safe_div_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u(p_16, (safe_mul_func_int16_t_s_s((p_17 , p_16), (safe_add_func_int16_t_s_s((((((safe_lshift_func_int8_t_s_s(((**l_1114) = ((g_1249 = &g_1102) == (void*)0)), l_1216)) != (safe_mod_func_int8_t_s_s(0x13L, (safe_rshift_func_uint8_t_u_u((l_1235 >= ((((safe_mod_func_int32_t_s_s((p_17 == l_1237), l_1256)) <= (-9L)) ^ p_17) < l_1256)), 6))))) == l_1237) , l_1257) == l_1211[0][1][0]), l_1216)))))), 6UL));
                    (**g_907) = (void*)0;
                    return p_15;
                }
                l_1280 = ((safe_div_func_uint8_t_u_u(p_16, ((***l_1113) &= (l_1261 , (((safe_div_func_uint64_t_u_u((safe_unary_minus_func_int16_t_s(((((g_161[1][0] = (safe_mul_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_s(p_17, (&g_771 != (void*)0))) < (safe_mod_func_int64_t_s_s((((((*l_1278) = ((safe_mod_func_uint16_t_u_u((l_1273 , 0UL), ((~((*l_1275) |= l_1256)) || (safe_mod_func_uint8_t_u_u(2UL, 0x71L))))) & l_1117)) & 0x474DL) || 0x64332BCCL) , p_16), l_1211[0][1][2]))), g_464))) >= p_16) , l_1258) >= 18446744073709551612UL))), 4UL)) >= g_38) || l_1273))))) & 9L);
                return (*g_907);
            }
            else
            { /* block id: 559 */
                return (**g_906);
            }
        }
    }
    ++l_1286;
    for (g_115 = (-15); (g_115 > 40); g_115++)
    { /* block id: 567 */
        uint16_t l_1293[2];
        int32_t l_1300 = 7L;
        uint8_t *l_1301 = &g_149;
        union U0 l_1316 = {0xAC4D4A25L};
        int8_t l_1318 = (-9L);
        uint32_t l_1328 = 0xBB09D2E4L;
        uint32_t l_1378[3];
        int32_t ****l_1391 = &g_907;
        const int32_t *l_1456 = &g_896;
        const int32_t **l_1455 = &l_1456;
        int32_t l_1465 = 0xB2E63742L;
        uint32_t l_1516[3][1][2] = {{{0x40307180L,0x40307180L}},{{0x40307180L,0x40307180L}},{{0x40307180L,0x40307180L}}};
        int32_t l_1533 = 0x6780DC15L;
        int32_t l_1534[5][1];
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_1293[i] = 1UL;
        for (i = 0; i < 3; i++)
            l_1378[i] = 9UL;
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 1; j++)
                l_1534[i][j] = (-2L);
        }
        (*l_1282) = (((safe_lshift_func_uint16_t_u_s((((void*)0 == (*g_761)) != (p_16 != l_1293[0])), 9)) == ((*l_1301) = (l_1293[1] ^ ((p_16 & ((-1L) && ((safe_add_func_int32_t_s_s((safe_sub_func_int64_t_s_s((safe_sub_func_int32_t_s_s((l_1300 < (g_552 != g_1112[0])), 0UL)), p_17)), p_17)) ^ p_16))) , p_17)))) >= 1L);
        for (p_17 = 0; (p_17 <= 0); p_17 += 1)
        { /* block id: 572 */
            int16_t **l_1309 = &g_771;
            const int32_t l_1327 = (-1L);
            int8_t l_1354 = 1L;
            uint64_t l_1355 = 18446744073709551615UL;
            int64_t *l_1356 = &g_531[3];
            int32_t l_1372 = 0xF0045359L;
            union U0 **l_1377 = &g_1102;
            int32_t * const * const **l_1414 = (void*)0;
            uint32_t l_1458 = 0x4CE252CDL;
            int32_t * const *l_1497 = &l_1285[1];
            uint64_t *l_1502 = &g_184[2][0];
            int16_t l_1505 = (-5L);
            int16_t l_1510 = 6L;
            uint64_t *l_1511 = &l_1384;
            int32_t l_1535[1][2][4] = {{{1L,0x33940897L,0x33940897L,1L},{0x33940897L,1L,0x33940897L,0x33940897L}}};
            int16_t l_1553 = (-8L);
            const int64_t l_1554 = 0L;
            int i, j, k;
            for (g_75 = 0; (g_75 <= 4); g_75 += 1)
            { /* block id: 575 */
                uint32_t *l_1302 = &g_75;
                int32_t *l_1304[5] = {&g_896,&g_896,&g_896,&g_896,&g_896};
                int32_t **l_1303 = &l_1304[0];
                int32_t l_1310 = 0x670F0EFEL;
                int32_t **l_1311 = &l_1284;
                uint64_t *l_1317[5][4][1] = {{{(void*)0},{&g_205[0][1]},{&g_205[0][1]},{(void*)0}},{{&g_205[0][1]},{&g_205[0][1]},{(void*)0},{&g_205[0][1]}},{{&g_205[0][1]},{(void*)0},{&g_205[0][1]},{&g_205[0][1]}},{{(void*)0},{&g_205[0][1]},{&g_205[0][1]},{(void*)0}},{{&g_205[0][1]},{&g_205[0][1]},{(void*)0},{&g_205[0][1]}}};
                int16_t l_1329[4] = {0xB8E7L,0xB8E7L,0xB8E7L,0xB8E7L};
                int i, j, k;
                (*l_1311) = ((**g_907) = func_96((***g_906), (**g_906), l_1302, (*g_1102), (l_1310 = (((&g_896 != ((*l_1303) = &g_896)) == (safe_lshift_func_uint16_t_u_u((((safe_div_func_int32_t_s_s(l_1211[p_17][(p_17 + 2)][(p_17 + 1)], 7UL)) , &g_771) == l_1309), l_1211[p_17][(p_17 + 3)][(p_17 + 3)]))) <= 1L))));
                (*l_1283) = (safe_sub_func_uint32_t_u_u((l_1329[3] = (safe_mod_func_uint8_t_u_u(l_1211[p_17][p_17][p_17], ((((((l_1316 , ((l_1318 |= l_1293[p_17]) & (safe_rshift_func_uint16_t_u_s(((safe_lshift_func_uint8_t_u_s((safe_unary_minus_func_uint64_t_u(l_1293[p_17])), g_531[p_17])) , ((!((l_1328 = ((((g_735[p_17][p_17][(p_17 + 1)] ^= (((*l_1125) ^= (p_16 ^ 0xE66FF0986121F0B0LL)) | 0x6FL)) || ((safe_rshift_func_uint16_t_u_u(0xB960L, p_17)) <= l_1327)) ^ p_16) || l_1300)) != p_17)) || 252UL)), l_1327)))) ^ l_1327) , 4L) >= g_517) , 0L) ^ (***g_761))))), l_1327));
                (*l_1283) = l_1327;
                for (l_1261.f0 = 0; (l_1261.f0 <= 4); l_1261.f0 += 1)
                { /* block id: 589 */
                    return p_15;
                }
            }
        }
    }
    return p_15;
}


/* ------------------------------------------ */
/* 
 * reads : g_23 g_24 g_11 g_5 g_35 g_38 g_75 g_83 g_84 g_69 g_103 g_115 g_149 g_2 g_153 g_163 g_184 g_161 g_205 g_215 g_249 g_263 g_248 g_271 g_103.f0 g_329 g_307 g_264 g_392 g_146 g_490 g_493 g_517 g_158 g_656 g_657 g_761 g_762 g_228 g_531
 * writes: g_23 g_24 g_35 g_38 g_75 g_115 g_146 g_149 g_69 g_153 g_158 g_161 g_163 g_205 g_215 g_228 g_248 g_264 g_84 g_103 g_307 g_464 g_489 g_493 g_329 g_392 g_249 g_531 g_657 g_743 g_771
 */
static int32_t  func_20(const int32_t  p_21)
{ /* block id: 12 */
    union U0 l_22[1] = {{5UL}};
    int32_t l_25 = (-1L);
    int32_t l_754 = 0xF2BD1D38L;
    int8_t l_765 = 0xE1L;
    int32_t ***l_789 = &g_656;
    int32_t l_794 = 0x3516F323L;
    int32_t l_795 = 0xBC215F8EL;
    int32_t l_796 = 0xB4C01818L;
    int32_t l_797 = 1L;
    int32_t l_798[3];
    int32_t l_820[4][5] = {{0x34FDD8EEL,(-1L),5L,(-1L),0x34FDD8EEL},{0x34FDD8EEL,(-1L),5L,(-1L),0x34FDD8EEL},{0x34FDD8EEL,(-1L),5L,(-1L),0x34FDD8EEL},{0x34FDD8EEL,(-1L),5L,(-1L),0x34FDD8EEL}};
    int32_t l_844[1][4] = {{1L,1L,1L,1L}};
    int8_t l_902 = 0x1BL;
    int16_t l_941 = 0x9B7CL;
    int8_t **l_943 = (void*)0;
    uint64_t l_944 = 0x0E235D56AEF06018LL;
    uint16_t l_1029[2];
    uint64_t ****l_1031 = &g_761;
    int8_t * const *l_1055 = &g_491;
    uint32_t *l_1091 = &g_75;
    int16_t l_1103 = 1L;
    int i, j;
    for (i = 0; i < 3; i++)
        l_798[i] = 1L;
    for (i = 0; i < 2; i++)
        l_1029[i] = 65534UL;
    for (g_23[2][0][0] = 0; (g_23[2][0][0] >= 0); g_23[2][0][0] -= 1)
    { /* block id: 15 */
        int32_t *l_26 = &g_24;
        int32_t l_748 = 0L;
        int32_t l_749 = 0x16DDAA5CL;
        int32_t l_753[1];
        uint16_t * const l_809 = (void*)0;
        int64_t *l_819 = &g_392[2];
        int i;
        for (i = 0; i < 1; i++)
            l_753[i] = 0x1F27F0CEL;
        for (g_24 = 0; (g_24 <= 0); g_24 += 1)
        { /* block id: 18 */
            return p_21;
        }
        (*l_26) |= l_25;
        for (g_24 = 0; (g_24 <= 0); g_24 += 1)
        { /* block id: 24 */
            int32_t l_746 = 1L;
            int32_t l_747 = (-7L);
            int32_t l_750 = 1L;
            int32_t l_751[3];
            uint16_t l_755[3][5] = {{65527UL,0x4D24L,0x4D24L,65527UL,0UL},{65527UL,65533UL,0x040FL,0x040FL,65533UL},{0UL,0x4D24L,0x040FL,0xAFE2L,0xAFE2L}};
            uint64_t *l_767 = &g_184[2][0];
            int16_t *l_768 = &g_464;
            int32_t ***l_790 = &g_656;
            uint16_t l_799 = 0x579AL;
            int i, j;
            for (i = 0; i < 3; i++)
                l_751[i] = 0xB1C20998L;
            if (g_11)
            { /* block id: 25 */
                int32_t l_581 = 0x233EEFA3L;
                int32_t l_752[2];
                int64_t *l_779 = (void*)0;
                int64_t *l_780 = &g_307;
                int64_t l_791 = 0x99426C31872D4719LL;
                int i;
                for (i = 0; i < 2; i++)
                    l_752[i] = (-1L);
                for (l_25 = 0; (l_25 <= 0); l_25 += 1)
                { /* block id: 28 */
                    uint32_t *l_34[5][2][1];
                    uint32_t *l_85 = &g_75;
                    const int32_t l_86 = 0xB46DFF61L;
                    int16_t *l_580 = &g_249;
                    int32_t **l_745[4] = {&l_26,&l_26,&l_26,&l_26};
                    int i, j, k;
                    for (i = 0; i < 5; i++)
                    {
                        for (j = 0; j < 2; j++)
                        {
                            for (k = 0; k < 1; k++)
                                l_34[i][j][k] = &g_35;
                        }
                    }
                    if (g_5[0][0][0])
                        break;
                    (*g_656) = func_27(((safe_add_func_uint32_t_u_u((g_38 &= (--g_35)), ((safe_sub_func_int32_t_s_s((safe_lshift_func_int8_t_s_u((((void*)0 == &g_2) || (safe_lshift_func_int16_t_s_u(((*l_580) = (safe_add_func_uint16_t_u_u(func_47(((*l_85) = (safe_sub_func_uint16_t_u_u((safe_div_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((g_11 <= (safe_sub_func_uint8_t_u_u((l_26 == (((l_22[g_23[2][0][0]] = l_22[g_24]) , 0xE8L) , func_62(g_5[2][1][0], (*l_26)))), g_11))), 0x4AL)), g_84)), p_21)), g_69))), g_69, l_86, g_23[0][1][0]), 1UL))), 7))), g_184[1][0])), 0x8CDE5882L)) , (*l_26)))) , l_581), l_26, p_21, p_21);
                    l_755[1][0]--;
                    return l_746;
                }
                for (l_25 = 0; (l_25 >= 0); l_25 -= 1)
                { /* block id: 337 */
                    int32_t l_760[1][1][3];
                    uint64_t *l_766 = &g_184[2][0];
                    int16_t *l_770 = &g_249;
                    int16_t **l_769[3][2][5] = {{{(void*)0,&l_768,&l_770,&l_770,&l_770},{&l_770,&l_770,&l_768,&l_768,&l_768}},{{&l_770,&l_770,&l_770,&l_770,&l_768},{&l_770,&l_770,&l_770,&l_768,&l_770}},{{&l_770,&l_770,&l_768,&l_768,&l_768},{&l_770,&l_770,&l_770,&l_770,&l_768}}};
                    int i, j, k;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 1; j++)
                        {
                            for (k = 0; k < 3; k++)
                                l_760[i][j][k] = 0x4B92A745L;
                        }
                    }
                    l_751[2] = (*g_215);
                    l_751[0] |= (safe_add_func_uint64_t_u_u(l_752[1], ((l_760[0][0][0] & ((((void*)0 == g_761) == ((0x6B6FL && 0L) == l_746)) || (safe_add_func_uint16_t_u_u(l_765, (l_754 = (l_766 != l_767)))))) | 0L)));
                    if (p_21)
                        break;
                    (*g_215) = (p_21 | (((p_21 , (l_768 == (g_771 = &g_249))) >= (((safe_mod_func_uint8_t_u_u(l_760[0][0][0], (safe_sub_func_int64_t_s_s((((safe_mod_func_uint16_t_u_u((safe_unary_minus_func_int8_t_s(l_752[1])), g_103.f0)) , (***g_761)) & ((l_22[l_25] , &g_762) != &g_762)), (***g_761))))) >= 1L) && 9L)) <= p_21));
                }
                l_752[1] = ((*g_215) |= (((((*l_780) = 0xBEDB3009DB8F203FLL) < (safe_rshift_func_int16_t_s_s(((*l_768) = (safe_sub_func_int8_t_s_s((l_22[g_23[2][0][0]] , ((safe_mul_func_uint16_t_u_u(((((!((~p_21) != (((l_790 = (((((*l_26) != 0xB7EBL) != l_751[0]) > (*l_26)) , l_789)) == (void*)0) != 0x00F17F3C556A71A9LL))) , l_752[1]) || p_21) , (*l_26)), 0xC8C0L)) >= (-1L))), p_21))), 5))) || l_791) == 0xA5932DFBEEC5342BLL));
            }
            else
            { /* block id: 350 */
                int32_t l_792 = (-1L);
                int32_t *l_793[2];
                const int32_t *l_805 = &l_792;
                int i;
                for (i = 0; i < 2; i++)
                    l_793[i] = &l_751[0];
                --l_799;
                (*g_215) = p_21;
                for (g_38 = 0; (g_38 <= 0); g_38 += 1)
                { /* block id: 355 */
                    uint64_t l_802 = 3UL;
                    l_802++;
                    l_805 = &p_21;
                    l_798[2] |= ((*g_215) = 0x57031742L);
                }
            }
            if (p_21)
                break;
        }
        l_753[0] |= (!(((safe_add_func_int64_t_s_s(((l_809 == l_809) , (g_531[3] |= 0L)), (((safe_unary_minus_func_int32_t_s(((safe_lshift_func_uint16_t_u_s(65535UL, 14)) <= (*l_26)))) & (((safe_div_func_int64_t_s_s(0x6B4C3B0486862A7BLL, p_21)) >= (safe_div_func_int64_t_s_s(((*l_819) = (((safe_div_func_int64_t_s_s((*l_26), (*l_26))) | 2L) >= p_21)), p_21))) , (*l_26))) | g_184[2][0]))) >= p_21) , (***g_761)));
    }
    for (g_75 = 0; (g_75 <= 0); g_75 += 1)
    { /* block id: 370 */
        return l_820[3][3];
    }
    for (g_158 = (-3); (g_158 < (-4)); g_158 = safe_sub_func_int64_t_s_s(g_158, 5))
    { /* block id: 375 */
        uint64_t * const *l_836[3];
        const int8_t ***l_840 = &g_838;
        uint16_t *l_841 = &g_161[1][0];
        int32_t l_843[1][2];
        uint16_t l_845 = 1UL;
        int32_t *l_846 = &g_24;
        uint16_t **l_850[5];
        uint16_t ***l_849 = &l_850[2];
        uint16_t ***l_852 = &g_851;
        uint8_t *l_857 = &g_735[0][1][3];
        int16_t *l_865 = &g_249;
        uint8_t l_903 = 0UL;
        uint64_t ***l_951 = (void*)0;
        uint32_t l_1028 = 4294967290UL;
        int64_t l_1045 = 0x86216A9D0B2EF40CLL;
        uint32_t l_1068[4][5][3] = {{{1UL,18446744073709551615UL,18446744073709551615UL},{0x9675E907L,0xF6DF22DEL,0xDB22B5B1L},{9UL,1UL,4UL},{0x9675E907L,0xD542FA51L,1UL},{1UL,9UL,9UL}},{{0x6C5F9C8EL,0xD542FA51L,0x6C5F9C8EL},{18446744073709551615UL,1UL,18446744073709551615UL},{0xF3D140B2L,0xF6DF22DEL,0x6C5F9C8EL},{18446744073709551615UL,18446744073709551615UL,9UL},{0xDA1FD1F9L,0x940D2F2BL,1UL}},{{18446744073709551615UL,18446744073709551615UL,4UL},{0xF3D140B2L,1UL,0xDB22B5B1L},{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL},{0x6C5F9C8EL,0x940D2F2BL,0x9675E907L},{1UL,18446744073709551615UL,18446744073709551615UL}},{{0x9675E907L,0xF6DF22DEL,0xDB22B5B1L},{9UL,1UL,4UL},{0x9675E907L,0xD542FA51L,1UL},{1UL,9UL,9UL},{0x6C5F9C8EL,0xD542FA51L,0x6C5F9C8EL}}};
        union U0 *l_1101 = &l_22[0];
        union U0 **l_1100[1];
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_836[i] = &g_228[4];
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_843[i][j] = 0x377EA4F9L;
        }
        for (i = 0; i < 5; i++)
            l_850[i] = &l_841;
        for (i = 0; i < 1; i++)
            l_1100[i] = &l_1101;
    }
    (*g_215) &= 0x00A52706L;
    return l_1103;
}


/* ------------------------------------------ */
/* 
 * reads : g_149 g_24 g_38 g_392 g_103 g_75 g_161 g_35 g_307 g_329 g_5 g_205 g_249 g_248 g_656 g_263 g_264 g_657
 * writes: g_149 g_35 g_38 g_161 g_531 g_248 g_215 g_657 g_743
 */
static int32_t * const  func_27(uint32_t  p_28, int32_t * p_29, int16_t  p_30, int32_t  p_31)
{ /* block id: 226 */
    uint64_t l_582 = 0xCC19016E25C307D4LL;
    int32_t l_583 = (-9L);
    int32_t l_587 = 0L;
    int32_t l_588[5][1];
    int32_t l_589 = (-3L);
    int64_t l_590 = 0x22D9CB7218A51B0ALL;
    uint64_t l_591 = 18446744073709551615UL;
    int32_t l_624 = (-9L);
    uint32_t *l_633 = (void*)0;
    int8_t l_659 = 0xC1L;
    uint16_t l_684 = 0xAF0DL;
    int32_t * const l_744 = (void*)0;
    int i, j;
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 1; j++)
            l_588[i][j] = 3L;
    }
    for (g_149 = 0; (g_149 <= 1); g_149 += 1)
    { /* block id: 229 */
        int32_t *l_584 = &g_38;
        int32_t *l_585 = &g_248;
        int32_t *l_586[1][5];
        union U0 *l_608[3][3] = {{(void*)0,(void*)0,(void*)0},{&g_103,&g_103,&g_103},{(void*)0,(void*)0,(void*)0}};
        int64_t l_661 = 1L;
        int8_t *l_670 = &g_153;
        int64_t l_697 = 0x50C5F6C13DA29361LL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 5; j++)
                l_586[i][j] = &g_69;
        }
        if (l_582)
            break;
        ++l_591;
        if ((*p_29))
        { /* block id: 232 */
            uint32_t l_594 = 0x27DDE50FL;
            for (l_589 = 4; (l_589 >= 0); l_589 -= 1)
            { /* block id: 235 */
                for (g_35 = 0; (g_35 <= 1); g_35 += 1)
                { /* block id: 238 */
                    l_594++;
                    (*l_584) &= (-1L);
                }
                return &g_69;
            }
        }
        else
        { /* block id: 244 */
            uint64_t **l_617 = &g_228[4];
            uint64_t ***l_616 = &l_617;
            uint32_t l_619 = 0x64FED14BL;
            int32_t l_620 = 0x000C0CB3L;
            uint16_t l_625 = 1UL;
            int32_t l_660[5][1];
            int32_t l_662 = 0x64DADF54L;
            uint64_t l_663 = 0UL;
            int i, j;
            for (i = 0; i < 5; i++)
            {
                for (j = 0; j < 1; j++)
                    l_660[i][j] = (-1L);
            }
            if (g_392[0])
            { /* block id: 245 */
                int64_t l_599 = 0x73495B26D6A9EB45LL;
                int32_t l_609 = 0x60E2454DL;
                int64_t *l_618 = &g_531[1];
                (*l_585) = (safe_mul_func_int8_t_s_s(l_599, (safe_lshift_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s((g_103 , ((((*l_618) = (safe_add_func_int32_t_s_s((safe_mul_func_int8_t_s_s((l_609 &= ((g_161[2][0] |= g_75) == ((void*)0 != l_608[1][0]))), ((safe_lshift_func_uint8_t_u_s((safe_rshift_func_uint16_t_u_s(p_30, 1)), 7)) < ((safe_mul_func_uint8_t_u_u((l_616 != (void*)0), g_35)) & 0x9AL)))), p_31))) , g_307) < l_599)), l_619)), p_31))));
            }
            else
            { /* block id: 250 */
                int64_t l_621 = 5L;
                int32_t l_622 = 0x1FB7B40AL;
                int32_t l_623[2];
                int16_t l_655 = 0xBFBFL;
                union U0 l_658 = {0x44448365L};
                int i;
                for (i = 0; i < 2; i++)
                    l_623[i] = 1L;
                --l_625;
                for (p_30 = 0; (p_30 <= 1); p_30 += 1)
                { /* block id: 254 */
                    uint32_t l_628 = 0x17CD302FL;
                    l_628--;
                }
                if ((safe_mod_func_uint32_t_u_u((l_633 == ((safe_mod_func_uint8_t_u_u((~(safe_add_func_int8_t_s_s((-10L), 1L))), (0x68127220L | (safe_lshift_func_int8_t_s_u(p_28, 1))))) , (void*)0)), l_622)))
                { /* block id: 257 */
                    int8_t l_654 = (-1L);
                    l_623[0] &= (((safe_lshift_func_int16_t_s_u(p_31, (((g_329[0][1][0] || (safe_sub_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(p_28, ((g_5[0][0][0] <= (((~(safe_add_func_int32_t_s_s(((*l_584) = 0xF7D38881L), ((safe_mod_func_int64_t_s_s(p_31, (safe_mul_func_uint8_t_u_u((p_30 >= g_205[0][1]), p_31)))) > 1UL)))) != 0xBE8D3308L) && g_249)) , g_161[1][0]))), 0xC51DL))) && l_621) == 0x3B326253L))) == 7L) | 0xE15C63A4L);
                    if (l_654)
                        continue;
                    return l_586[0][1];
                }
                else
                { /* block id: 262 */
                    int i;
                    l_588[1][0] = l_623[0];
                    if (l_655)
                        break;
                    (*l_585) ^= (p_28 | p_28);
                    (*g_656) = func_96((g_215 = &l_583), g_656, (*g_263), l_658, p_30);
                }
            }
            l_663++;
        }
    }
    g_743 = (safe_mod_func_uint16_t_u_u(0x171DL, l_588[1][0]));
    (*g_656) = &p_31;
    return l_744;
}


/* ------------------------------------------ */
/* 
 * reads : g_103 g_24 g_11 g_115 g_5 g_23 g_149 g_69 g_2 g_153 g_84 g_163 g_184 g_75 g_161 g_205 g_215 g_249 g_263 g_248 g_271 g_103.f0 g_329 g_307 g_264 g_392 g_146 g_490 g_493 g_517 g_489 g_158
 * writes: g_115 g_146 g_149 g_69 g_153 g_158 g_161 g_163 g_205 g_75 g_215 g_228 g_248 g_264 g_84 g_103 g_307 g_464 g_489 g_493 g_329 g_392
 */
static uint16_t  func_47(uint32_t  p_48, int8_t  p_49, const int64_t  p_50, int32_t  p_51)
{ /* block id: 47 */
    int32_t l_116 = 0L;
    union U0 l_136[4][2] = {{{0x2F0D9F09L},{0x94B84B6CL}},{{0x2F0D9F09L},{0x2F0D9F09L}},{{0x94B84B6CL},{0x2F0D9F09L}},{{0x2F0D9F09L},{0x94B84B6CL}}};
    uint32_t *l_144 = &l_136[3][1].f0;
    int32_t **l_216 = &g_215;
    uint64_t *l_229[3];
    int32_t l_230[2];
    int64_t *l_236[5][1][5] = {{{&g_146,&g_146,&g_146,&g_146,&g_146}},{{&g_146,&g_146,&g_146,&g_146,&g_146}},{{&g_146,(void*)0,(void*)0,&g_146,(void*)0}},{{&g_146,&g_146,&g_146,&g_146,&g_146}},{{(void*)0,&g_146,(void*)0,(void*)0,&g_146}}};
    int8_t *l_239[3];
    uint16_t *l_246 = &g_161[1][0];
    int32_t *l_247 = &g_248;
    uint64_t **l_255 = &g_228[3];
    uint64_t ***l_254 = &l_255;
    uint32_t l_256 = 0x5B360F52L;
    uint16_t *l_257 = &g_163;
    uint8_t *l_267 = &g_149;
    int16_t l_275 = 0x3095L;
    uint64_t l_330 = 18446744073709551608UL;
    int16_t l_340 = 0xF52DL;
    uint16_t l_403 = 6UL;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_229[i] = &g_205[0][1];
    for (i = 0; i < 2; i++)
        l_230[i] = (-1L);
    for (i = 0; i < 3; i++)
        l_239[i] = &g_153;
    for (p_49 = 0; (p_49 >= 3); p_49 = safe_add_func_int8_t_s_s(p_49, 1))
    { /* block id: 50 */
        uint32_t l_93 = 1UL;
        int32_t *l_102 = &g_11;
        uint32_t *l_111 = &g_75;
        uint32_t **l_110 = &l_111;
        uint64_t *l_114 = &g_115;
        uint64_t **l_222 = (void*)0;
        uint64_t **l_223 = (void*)0;
        uint64_t **l_224 = (void*)0;
        uint64_t **l_225 = &l_114;
        uint64_t *l_227 = &g_184[1][0];
        uint64_t **l_226[1][4] = {{(void*)0,(void*)0,(void*)0,(void*)0}};
        int32_t **l_231 = &g_215;
        int i, j;
        l_93 = (safe_mod_func_uint32_t_u_u((safe_mod_func_int32_t_s_s(p_49, p_48)), 0xCA00AF40L));
        if (func_94(func_96(l_102, &l_102, &p_48, g_103, (safe_add_func_uint32_t_u_u((g_24 ^ ((safe_rshift_func_int16_t_s_u((safe_div_func_int64_t_s_s((0xE45BD280L >= (&g_75 == ((*l_110) = &g_75))), (safe_mod_func_uint64_t_u_u((((*l_114) = 0UL) == p_50), l_116)))), 13)) != 2UL)), l_116)))))
        { /* block id: 59 */
            int64_t l_150[1][1][3];
            int32_t l_151[4][5][2] = {{{0x0B6AD74AL,0x49914032L},{(-2L),0x0B6AD74AL},{(-3L),(-3L)},{1L,1L},{(-2L),0x47C65310L}},{{1L,0x49914032L},{1L,1L},{(-3L),1L},{(-3L),1L},{1L,0x49914032L}},{{1L,0x47C65310L},{(-2L),1L},{1L,(-3L)},{(-3L),0x0B6AD74AL},{(-2L),0x49914032L}},{{0x0B6AD74AL,0x49914032L},{(-2L),0x0B6AD74AL},{(-3L),(-3L)},{1L,1L},{(-2L),0x47C65310L}}};
            uint16_t *l_185 = (void*)0;
            uint16_t *l_186 = &g_161[2][1];
            int32_t *l_187 = &g_69;
            int i, j, k;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 3; k++)
                        l_150[i][j][k] = 0xCDAFCE28766912E2LL;
                }
            }
            if ((!(--(*l_114))))
            { /* block id: 61 */
                uint32_t l_131[1][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_131[i][j] = 0x79BC9383L;
                }
                for (p_48 = 26; (p_48 <= 28); p_48++)
                { /* block id: 64 */
                    int32_t *l_127 = &g_69;
                    int32_t *l_128 = &g_69;
                    int32_t l_129 = (-10L);
                    int32_t *l_130[5] = {&l_129,&l_129,&l_129,&l_129,&l_129};
                    int64_t *l_145 = &g_146;
                    uint8_t *l_147 = (void*)0;
                    uint8_t *l_148 = &g_149;
                    int i;
                    l_131[0][1]++;
                    (*l_128) &= (((g_115 <= ((safe_sub_func_int32_t_s_s((((l_136[3][1] , ((l_150[0][0][0] &= ((*l_148) ^= ((p_51 ^ (safe_mul_func_int8_t_s_s(g_5[0][0][0], (safe_mul_func_uint8_t_u_u(g_23[1][0][0], g_5[0][0][0]))))) || (((*l_145) = (0x49BAL & (0L != (safe_rshift_func_int8_t_s_s((!(((void*)0 != l_144) != 0xC44AL)), 1))))) || (-10L))))) , p_49)) & (-1L)) != l_151[2][1][0]), (-1L))) , 0x51L)) , g_103) , p_49);
                }
                if (l_150[0][0][2])
                    break;
            }
            else
            { /* block id: 72 */
                int8_t *l_152 = &g_153;
                uint16_t *l_159 = (void*)0;
                uint16_t *l_160 = &g_161[1][0];
                uint16_t *l_162 = &g_163;
                int32_t **l_164 = (void*)0;
                int32_t **l_165 = (void*)0;
                int32_t **l_166 = &l_102;
                g_69 = ((g_2 < (((p_51 , ((((p_50 != (((*l_152) ^= (g_5[3][2][0] != l_151[2][1][0])) , (((((*l_152) = ((g_149 &= 0x5DL) & (((safe_mul_func_int16_t_s_s(((-7L) && g_153), ((*l_162) = (((((*l_160) = (g_158 = (safe_sub_func_int8_t_s_s(l_116, 0L)))) < p_49) , g_84) ^ 0x16C98A276184417FLL)))) | p_49) > p_48))) <= 0x4AL) != 0UL) < 0xD988L))) >= 65530UL) && (*l_102)) | 0x8AL)) , 0xD01AL) , 0x39F97B59L)) | 0UL);
                (*l_166) = l_111;
                for (p_51 = 0; (p_51 > (-10)); p_51 = safe_sub_func_int32_t_s_s(p_51, 3))
                { /* block id: 83 */
                    if (g_5[0][0][0])
                        break;
                }
            }
            (*l_187) |= (safe_add_func_uint32_t_u_u(0x47421FA5L, (safe_mul_func_int8_t_s_s((((void*)0 == &g_161[1][0]) & 8UL), (safe_rshift_func_uint16_t_u_u(((*l_186) = (246UL >= ((safe_mod_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_u((255UL || (((p_49 > ((safe_lshift_func_int16_t_s_u((!(safe_add_func_int32_t_s_s((l_151[2][1][0] & 0L), 4294967290UL))), g_115)) > g_163)) ^ 0UL) == g_184[2][0])), g_163)) | 0x41L), (*l_102))) , g_153))), p_50))))));
            for (p_51 = (-1); (p_51 != 13); p_51 = safe_add_func_uint8_t_u_u(p_51, 2))
            { /* block id: 91 */
                uint32_t l_199 = 4294967295UL;
                const int32_t *l_210 = &g_23[0][0][0];
                const int32_t * const *l_209 = &l_210;
                const int32_t * const ** const l_208 = &l_209;
                const int32_t * const **l_212 = &l_209;
                const int32_t * const ***l_211 = &l_212;
                for (l_116 = 0; (l_116 >= 0); l_116 -= 1)
                { /* block id: 94 */
                    int8_t *l_194 = &g_153;
                    int i, j;
                    (*l_187) = (safe_mul_func_uint16_t_u_u(g_184[(l_116 + 1)][l_116], ((g_184[(l_116 + 2)][l_116] != ((*l_194) = (safe_add_func_uint8_t_u_u(g_184[(l_116 + 2)][l_116], g_161[(l_116 + 2)][(l_116 + 1)])))) == (g_161[(l_116 + 1)][(l_116 + 1)] , (safe_add_func_uint64_t_u_u((*l_187), (-2L)))))));
                }
                if ((0x8AC1L && (((*l_114) ^= (safe_rshift_func_int8_t_s_u(((l_199 >= p_48) || (((*l_102) == (((7UL > ((((((safe_sub_func_uint64_t_u_u((((((!g_24) , ((safe_mul_func_uint8_t_u_u(((p_50 < 0x882AL) || p_50), g_23[2][0][0])) == p_51)) || (*l_187)) | p_48) && 0x68CFL), p_50)) == 0x7BL) && g_23[2][0][0]) & l_136[3][1].f0) , (*l_187)) != p_50)) < (*l_102)) & g_163)) , 1L)), l_116))) < (-10L))))
                { /* block id: 99 */
                    (*l_187) |= p_50;
                }
                else
                { /* block id: 101 */
                    --g_205[0][1];
                }
                (*l_211) = l_208;
            }
            for (g_75 = 0; (g_75 > 59); g_75 = safe_add_func_uint64_t_u_u(g_75, 7))
            { /* block id: 108 */
                g_215 = l_144;
            }
        }
        else
        { /* block id: 111 */
            if (l_116)
                break;
        }
        (*l_231) = func_96(func_96(&g_23[2][1][0], l_216, (*l_110), l_136[2][0], p_49), ((~((((((-2L) | (safe_lshift_func_uint16_t_u_s((l_230[1] = (((safe_rshift_func_int8_t_s_u(((g_228[4] = ((*l_225) = l_114)) == l_229[0]), 6)) == 65535UL) , (*l_102))), 15))) | g_184[2][0]) != 0xA6B5C2139280DD1ALL) , p_49) , g_161[0][1])) , l_231), &g_75, l_136[3][0], (**l_231));
    }
    if (((safe_mul_func_int16_t_s_s(((safe_div_func_int16_t_s_s((((**l_216) = 0xF3DA43311D11F0E8LL) , (255UL && p_49)), ((*l_257) ^= (safe_rshift_func_int8_t_s_u((l_230[0] = p_51), ((safe_lshift_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s(((safe_mul_func_int8_t_s_s((((*l_246) = p_51) <= (((*l_247) = p_51) , g_249)), (safe_div_func_uint64_t_u_u(0x24A0073B97F15FC2LL, (safe_rshift_func_uint16_t_u_u((((*l_254) = (void*)0) == &l_229[0]), p_49)))))) >= p_49), l_256)), 2)) || p_50)))))) >= g_84), (-5L))) | 6L))
    { /* block id: 125 */
        uint32_t l_260 = 0x9F6A1B49L;
        uint8_t *l_265 = (void*)0;
        uint8_t **l_266[3];
        const uint8_t **l_268 = (void*)0;
        const uint8_t *l_270 = &g_271;
        const uint8_t **l_269 = &l_270;
        uint32_t *l_274 = &g_75;
        int32_t l_285[4];
        int32_t l_302 = 0xBB7CF6DDL;
        int32_t l_303 = 0x150083EBL;
        int32_t l_306 = 0xDFA98FEAL;
        int32_t l_308 = 0x6E655126L;
        int32_t l_309 = 0L;
        int32_t l_310[4] = {0L,0L,0L,0L};
        uint64_t l_311 = 0x02E61DC0C745326BLL;
        int16_t l_339 = 0L;
        union U0 l_384 = {0x228E72DAL};
        uint64_t l_532[5] = {0xA53B9E6C42E87CEALL,0xA53B9E6C42E87CEALL,0xA53B9E6C42E87CEALL,0xA53B9E6C42E87CEALL,0xA53B9E6C42E87CEALL};
        uint16_t l_545 = 1UL;
        int i;
        for (i = 0; i < 3; i++)
            l_266[i] = &l_265;
        for (i = 0; i < 4; i++)
            l_285[i] = 0x5FDFF747L;
        if ((safe_mod_func_int64_t_s_s((l_260 >= (safe_mod_func_uint32_t_u_u((g_263 != (((l_267 = l_265) == ((*l_269) = l_239[0])) , (void*)0)), (safe_mul_func_int16_t_s_s((g_75 > ((p_50 != (((*g_263) = l_274) != &g_75)) || g_5[0][1][0])), l_275))))), p_50)))
        { /* block id: 129 */
            uint32_t *l_299[4] = {&g_84,&g_84,&g_84,&g_84};
            int32_t l_300 = 1L;
            int32_t l_301 = 0x5E4B7D50L;
            int32_t l_304 = (-1L);
            int32_t l_305[1][4][4] = {{{0x5C62BB42L,0x5C62BB42L,0x5C62BB42L,0x5C62BB42L},{0x5C62BB42L,0x5C62BB42L,0x5C62BB42L,0x5C62BB42L},{0x5C62BB42L,0x5C62BB42L,0x5C62BB42L,0x5C62BB42L},{0x5C62BB42L,0x5C62BB42L,0x5C62BB42L,0x5C62BB42L}}};
            uint32_t l_316[5];
            int32_t *l_317 = &g_248;
            int32_t *l_318 = &l_310[1];
            int32_t *l_319 = &l_301;
            int32_t *l_320 = &l_310[1];
            int32_t *l_321 = &l_308;
            int32_t *l_322 = &l_308;
            int8_t l_323 = 0xF7L;
            int32_t *l_324 = &l_305[0][1][1];
            int32_t *l_325 = &g_248;
            int32_t *l_326 = &l_308;
            int32_t *l_327 = &l_300;
            int32_t *l_328[1][1][5];
            int i, j, k;
            for (i = 0; i < 5; i++)
                l_316[i] = 0x86131417L;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 5; k++)
                        l_328[i][j][k] = &l_310[1];
                }
            }
            l_300 ^= (safe_mul_func_uint16_t_u_u(((((!((safe_add_func_uint32_t_u_u((*l_247), p_49)) == (g_149 & (p_49 ^ (safe_add_func_int64_t_s_s((-2L), (((safe_sub_func_uint8_t_u_u(l_285[3], g_205[1][1])) & ((safe_sub_func_uint16_t_u_u(((*l_246) = ((((((safe_rshift_func_int8_t_s_u(6L, 4)) < ((safe_mod_func_int64_t_s_s((safe_mod_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((~(++l_311)), ((&g_264 != &g_264) & 0UL))), l_316[0])), l_305[0][2][2])), 0x99175821054FCF9FLL)) & g_271)) , g_184[2][0]) ^ g_69) == p_51) < 0x628882CB2800C3B0LL)), 1L)) & 1UL)) && l_285[3]))))))) , 0x8EL) & g_84) , g_5[2][2][0]), p_50));
            l_330++;
            (*l_216) = &g_23[1][1][0];
        }
        else
        { /* block id: 135 */
            int32_t l_333 = 0x69199955L;
            int32_t l_337[1][1];
            int32_t l_338[1];
            uint32_t l_341 = 0x40275233L;
            uint64_t **l_346 = (void*)0;
            const union U0 l_362 = {0x4E25238DL};
            const int8_t *l_452[2][1];
            const int8_t **l_451 = &l_452[1][0];
            const int8_t **l_455 = &l_452[1][0];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_337[i][j] = (-9L);
            }
            for (i = 0; i < 1; i++)
                l_338[i] = 0xD3FAABD5L;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_452[i][j] = &g_158;
            }
            (**l_216) = l_333;
            if ((((!((*l_144) = ((safe_sub_func_uint64_t_u_u((--l_341), (safe_mod_func_int64_t_s_s((l_346 == (g_103.f0 , (void*)0)), 0x52D6ABD4214D1C14LL)))) , (*l_247)))) ^ p_49) > (safe_sub_func_int32_t_s_s((((p_51 , (safe_mul_func_uint16_t_u_u((safe_sub_func_int8_t_s_s((&p_48 == l_247), g_329[1][1][2])), 0L))) , l_285[3]) , p_50), p_51))))
            { /* block id: 139 */
                uint32_t l_367[4];
                int32_t *l_371 = &g_2;
                int i;
                for (i = 0; i < 4; i++)
                    l_367[i] = 0UL;
                for (g_84 = 0; (g_84 == 31); ++g_84)
                { /* block id: 142 */
                    int16_t *l_357 = (void*)0;
                    int16_t *l_358 = &l_339;
                    int32_t l_370 = 0L;
                    if (g_307)
                        break;
                    (*l_247) = ((safe_rshift_func_int8_t_s_u(p_48, 7)) || ((*l_246) &= ((((((*l_358) = g_329[0][1][0]) != (safe_unary_minus_func_int32_t_s(((((((safe_mul_func_int8_t_s_s((l_362 , ((*l_247) >= g_2)), ((safe_mod_func_uint8_t_u_u(g_248, (safe_add_func_uint8_t_u_u(((--l_367[2]) < ((((((*l_257) = p_49) , p_48) ^ 0xF7AD8642235E8A83LL) , p_51) | p_48)), g_248)))) == 0xDC0C72F8L))) , 0xAFL) >= g_24) == l_370) != p_50) == l_370)))) , &l_370) == l_371) || (-9L))));
                }
            }
            else
            { /* block id: 150 */
                int16_t *l_380 = &l_340;
                int16_t *l_381 = &l_275;
                union U0 *l_385 = &g_103;
                int32_t l_390 = 0xAE710A43L;
                int32_t l_391 = (-1L);
                int32_t l_400 = 0L;
                int32_t l_401 = 3L;
                int32_t l_402 = (-1L);
                int16_t l_429 = 0x038CL;
                l_337[0][0] = ((safe_lshift_func_uint16_t_u_s(((l_391 = ((**g_263) , ((((safe_mod_func_int16_t_s_s((safe_add_func_int8_t_s_s((((safe_sub_func_int64_t_s_s((((*l_247) , (((*l_381) |= ((*l_380) = 1L)) | (safe_mul_func_int8_t_s_s(((*l_247) > g_69), (((*l_385) = l_384) , (safe_mul_func_int16_t_s_s((safe_mul_func_int8_t_s_s((p_51 >= (l_390 = l_390)), (((-1L) || l_337[0][0]) , 0xC1L))), g_115))))))) && 1UL), l_391)) | p_50) <= g_392[0]), l_338[0])), g_5[1][2][0])) >= l_391) > p_51) && l_362.f0))) <= 0xAC9F77799A8B86CELL), 12)) != p_48);
                for (g_115 = 0; (g_115 != 44); g_115++)
                { /* block id: 159 */
                    int32_t *l_395 = (void*)0;
                    int32_t *l_396 = &l_230[1];
                    int32_t *l_397 = &l_230[1];
                    int32_t *l_398 = &g_329[0][1][0];
                    int32_t *l_399[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_399[i] = &l_390;
                    (*l_216) = &g_329[0][1][0];
                    l_403++;
                }
                (*l_247) ^= l_402;
                if (l_306)
                { /* block id: 164 */
                    int32_t l_432[2][4][1] = {{{(-1L)},{0xA8797D33L},{(-1L)},{0xA8797D33L}},{{(-1L)},{0xA8797D33L},{(-1L)},{0xA8797D33L}}};
                    int i, j, k;
                    (*l_247) &= ((+g_2) , (((safe_div_func_uint16_t_u_u((safe_unary_minus_func_uint8_t_u(((safe_rshift_func_int16_t_s_s((!((((safe_mul_func_int8_t_s_s(((0L & (safe_div_func_uint16_t_u_u(((((safe_sub_func_int32_t_s_s(((l_136[2][0] , &g_249) == &l_339), p_50)) >= (safe_mul_func_int16_t_s_s((safe_div_func_uint8_t_u_u(((safe_sub_func_int8_t_s_s((((safe_div_func_int8_t_s_s(g_161[1][0], (safe_rshift_func_int8_t_s_u(l_429, 3)))) && ((safe_div_func_uint16_t_u_u(0x5C63L, 1L)) & p_50)) > 0x4744210F982741C4LL), p_50)) || l_333), p_50)), 0xCDFFL))) | p_48) , p_48), l_432[1][3][0]))) < g_163), 1UL)) | l_308) & 0x12C8A975C77EC058LL) , 0L)), g_23[1][0][0])) >= g_23[2][0][0]))), p_49)) | 252UL) ^ 2L));
                }
                else
                { /* block id: 166 */
                    uint16_t **l_445[5];
                    const int32_t l_450 = 3L;
                    const int8_t ***l_453 = (void*)0;
                    const int8_t ***l_454 = &l_451;
                    int i;
                    for (i = 0; i < 5; i++)
                        l_445[i] = &l_246;
                    (*l_247) = ((g_329[0][1][0] != ((safe_lshift_func_int8_t_s_u(0x3EL, (~l_401))) == 1UL)) == (safe_add_func_uint16_t_u_u((l_337[0][0] = (safe_lshift_func_uint8_t_u_u((((safe_div_func_int16_t_s_s((safe_mul_func_int8_t_s_s((~p_49), (&g_163 == (l_246 = &g_161[1][1])))), 65534UL)) , (((((*l_274) = ((safe_mul_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u(l_450, 0)), 5UL)) , 18446744073709551615UL)) , l_285[3]) ^ p_48) <= g_271)) >= 1L), l_391))), p_48)));
                    l_455 = ((*l_454) = l_451);
                }
            }
        }
        for (g_307 = 9; (g_307 >= (-20)); g_307 = safe_sub_func_int16_t_s_s(g_307, 4))
        { /* block id: 178 */
            uint16_t l_476 = 1UL;
            int32_t l_518 = (-10L);
            int32_t l_520 = 0x8D0E2C79L;
            int32_t l_522 = 3L;
            int32_t l_524[1][1][1];
            int32_t l_530[1];
            int i, j, k;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 1; k++)
                        l_524[i][j][k] = (-1L);
                }
            }
            for (i = 0; i < 1; i++)
                l_530[i] = 0x4AB8086CL;
            for (l_340 = (-12); (l_340 == (-27)); l_340 = safe_sub_func_int16_t_s_s(l_340, 6))
            { /* block id: 181 */
                int32_t l_501[1][2][5] = {{{(-1L),(-1L),(-1L),(-1L),(-1L)},{0x3114A85EL,(-1L),0x3114A85EL,0x3114A85EL,(-1L)}}};
                int32_t l_502 = 0x3B6C7A86L;
                uint64_t l_503[5];
                int32_t l_529[4] = {0x7F558047L,0x7F558047L,0x7F558047L,0x7F558047L};
                int i, j, k;
                for (i = 0; i < 5; i++)
                    l_503[i] = 7UL;
                if (((safe_rshift_func_uint8_t_u_u(((*l_247) = (0xCCL == (g_149 = 0x65L))), (&g_392[0] == ((0xBCBF2378L < ((*l_144) = ((g_464 = (((p_48 || p_48) | 3L) || (safe_rshift_func_int8_t_s_u(p_51, 6)))) <= l_310[1]))) , &p_50)))) > 1UL))
                { /* block id: 186 */
                    union U0 *l_471 = (void*)0;
                    int32_t l_492 = 0xBAEC7EDFL;
                    int32_t *l_494 = (void*)0;
                    int32_t *l_495 = &g_248;
                    int32_t *l_496 = &g_489;
                    int32_t *l_497 = &l_310[1];
                    int32_t *l_498 = &l_302;
                    int32_t *l_499 = (void*)0;
                    int32_t *l_500[5][2] = {{&g_329[1][1][1],&g_329[1][1][1]},{&g_329[1][1][1],&g_329[1][1][1]},{&g_329[1][1][1],&g_329[1][1][1]},{&g_329[1][1][1],&g_329[1][1][1]},{&g_329[1][1][1],&g_329[1][1][1]}};
                    int i, j;
                    g_329[0][1][0] = (safe_mul_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u((l_471 != (void*)0), (((g_493 |= (safe_add_func_int64_t_s_s(((*l_247) = (safe_mod_func_uint8_t_u_u((--l_476), g_163))), (((safe_add_func_uint32_t_u_u(((((g_392[0] == ((safe_lshift_func_int16_t_s_u((safe_div_func_uint64_t_u_u((((((((safe_add_func_uint8_t_u_u(((safe_sub_func_int32_t_s_s(l_311, g_146)) != (g_489 = 5L)), (&l_239[0] != g_490))) ^ 0xB926L) == 0xC296L) && l_492) , p_51) != p_48) && p_51), 0x0192BD4435A5EBB1LL)), 15)) | g_205[0][1])) && 0x8FL) ^ 0xC29FL) , l_339), p_50)) > l_492) == p_48)))) != p_49) != p_48))), 12)), p_50));
                    ++l_503[1];
                }
                else
                { /* block id: 193 */
                    int32_t *l_506 = &l_502;
                    union U0 l_507 = {4294967295UL};
                    int32_t *l_519 = &g_329[0][1][0];
                    int32_t *l_521 = &l_306;
                    int32_t *l_523 = &g_69;
                    int32_t *l_525 = (void*)0;
                    int32_t *l_526 = &l_230[1];
                    int32_t *l_527 = &l_302;
                    int32_t *l_528[2];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_528[i] = &l_524[0][0][0];
                    g_215 = func_96(l_506, &l_506, (l_476 , (l_274 = &p_48)), l_507, ((((safe_lshift_func_int8_t_s_u(((p_48 < (p_49 == (safe_mul_func_int8_t_s_s((~(((safe_rshift_func_uint8_t_u_s(((((((g_5[1][2][0] != (0x1AE4L == 65526UL)) , g_271) ^ p_51) >= p_51) , p_48) , g_11), g_271)) || l_502) && l_339)), g_5[0][0][0])))) , p_51), g_205[1][1])) | g_517) , p_50) , l_476));
                    --l_532[2];
                    (*l_506) = p_50;
                }
                if (l_502)
                    continue;
            }
            (*l_247) = p_49;
            if ((safe_add_func_int8_t_s_s(((p_50 > (g_103 , (l_309 = (((p_51 > (l_520 | (safe_lshift_func_uint16_t_u_u((((((&g_531[2] != l_236[4][0][4]) , (l_306 || ((g_392[0] = (safe_sub_func_uint8_t_u_u(255UL, (-1L)))) < (-1L)))) , (*l_247)) > l_306) ^ p_48), g_329[2][1][0])))) , l_545) > 0x1E311EADL)))) , p_50), (-1L))))
            { /* block id: 204 */
                int16_t *l_549 = &l_275;
                (*l_247) = (~(((*l_549) = (safe_lshift_func_uint16_t_u_s(8UL, 13))) && g_271));
            }
            else
            { /* block id: 207 */
                const uint16_t *l_551 = &g_552;
                const uint16_t **l_550 = &l_551;
                int32_t l_567[3][2][5] = {{{(-9L),(-9L),(-9L),(-9L),(-9L)},{1L,1L,1L,1L,1L}},{{(-9L),(-9L),(-9L),(-9L),(-9L)},{1L,1L,1L,1L,1L}},{{(-9L),(-9L),(-9L),(-9L),(-9L)},{1L,1L,1L,1L,1L}}};
                int i, j, k;
                (*l_247) = ((((*l_550) = &l_476) != &g_161[0][1]) & (g_163 && ((safe_sub_func_uint32_t_u_u(0x9B6DB011L, (p_51 , 0x399F3969L))) >= (safe_add_func_int16_t_s_s((safe_add_func_int64_t_s_s((safe_rshift_func_uint16_t_u_s(((*l_257)++), (safe_mod_func_uint32_t_u_u((0x0B4CL ^ ((safe_mul_func_uint16_t_u_u(p_49, (*l_247))) != l_567[1][1][4])), 4294967292UL)))), 0xCFD904B60548C225LL)), p_48)))));
            }
            (*l_247) ^= (safe_add_func_int64_t_s_s(g_249, p_51));
        }
        (*l_247) ^= (1UL ^ p_50);
    }
    else
    { /* block id: 215 */
        uint32_t l_577 = 1UL;
        for (g_489 = 0; (g_489 > 21); g_489++)
        { /* block id: 218 */
            int32_t *l_572 = &g_329[2][1][2];
            int32_t *l_573 = &g_329[0][0][0];
            int32_t *l_574 = &g_329[1][1][0];
            int32_t *l_575 = &g_329[0][1][0];
            int32_t *l_576[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            int i;
            l_577++;
            if ((*l_573))
                continue;
        }
        return p_49;
    }
    return g_158;
}


/* ------------------------------------------ */
/* 
 * reads : g_75 g_83
 * writes: g_75
 */
static uint32_t * func_62(const int32_t  p_63, uint32_t  p_64)
{ /* block id: 33 */
    uint32_t l_80 = 0x936BB358L;
    uint32_t l_81[1];
    int i;
    for (i = 0; i < 1; i++)
        l_81[i] = 1UL;
    for (p_64 = (-21); (p_64 == 19); p_64++)
    { /* block id: 36 */
        int32_t *l_67 = (void*)0;
        int32_t *l_68 = &g_69;
        int32_t *l_70 = (void*)0;
        int32_t *l_71 = &g_69;
        int32_t *l_72 = &g_69;
        int32_t l_73 = 0x9B12DB22L;
        int32_t *l_74[4][1];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_74[i][j] = &l_73;
        }
        --g_75;
        l_80 = ((safe_sub_func_int16_t_s_s((&g_5[3][1][0] == (void*)0), 0x13E6L)) != p_63);
    }
    for (p_64 = 0; (p_64 <= 0); p_64 += 1)
    { /* block id: 42 */
        uint32_t *l_82[5][5] = {{&l_81[0],&l_81[0],&l_81[0],&l_81[0],&l_81[0]},{&l_81[0],&l_81[0],&l_81[0],&l_81[0],&l_81[0]},{&l_81[0],&l_81[0],&l_81[0],&l_81[0],&l_81[0]},{&l_81[0],&l_81[0],&l_81[0],&l_81[0],&l_81[0]},{&l_81[0],&l_81[0],&l_81[0],&l_81[0],&l_81[0]}};
        int i, j;
        return g_83[0];
    }
    return &g_84;
}


/* ------------------------------------------ */
/* 
 * reads : g_11
 * writes:
 */
static int32_t  func_94(int32_t * p_95)
{ /* block id: 56 */
    uint8_t l_119 = 0UL;
    int32_t *l_121 = &g_69;
    int32_t **l_120 = &l_121;
    (*l_120) = ((safe_sub_func_uint32_t_u_u(l_119, 4294967295UL)) , p_95);
    return (*p_95);
}


/* ------------------------------------------ */
/* 
 * reads : g_215 g_657
 * writes:
 */
static int32_t * func_96(int32_t * p_97, int32_t ** p_98, uint32_t * p_99, union U0  p_100, uint32_t  p_101)
{ /* block id: 54 */
    return (*p_98);
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
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_5[i][j][k], "g_5[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_11, "g_11", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_23[i][j][k], "g_23[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_24, "g_24", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_103.f0, "g_103.f0", print_hash_value);
    transparent_crc(g_115, "g_115", print_hash_value);
    transparent_crc(g_146, "g_146", print_hash_value);
    transparent_crc(g_149, "g_149", print_hash_value);
    transparent_crc(g_153, "g_153", print_hash_value);
    transparent_crc(g_158, "g_158", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_161[i][j], "g_161[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_163, "g_163", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_184[i][j], "g_184[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_205[i][j], "g_205[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_248, "g_248", print_hash_value);
    transparent_crc(g_249, "g_249", print_hash_value);
    transparent_crc(g_271, "g_271", print_hash_value);
    transparent_crc(g_307, "g_307", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_329[i][j][k], "g_329[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_392[i], "g_392[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_464, "g_464", print_hash_value);
    transparent_crc(g_489, "g_489", print_hash_value);
    transparent_crc(g_493, "g_493", print_hash_value);
    transparent_crc(g_517, "g_517", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_531[i], "g_531[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_552, "g_552", print_hash_value);
    transparent_crc(g_731, "g_731", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_735[i][j][k], "g_735[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_737, "g_737", print_hash_value);
    transparent_crc(g_743, "g_743", print_hash_value);
    transparent_crc(g_832, "g_832", print_hash_value);
    transparent_crc(g_842, "g_842", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_892[i][j], "g_892[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_896, "g_896", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_1112[i], "g_1112[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1357, "g_1357", print_hash_value);
    transparent_crc(g_1407, "g_1407", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_1493[i][j][k], "g_1493[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1494, "g_1494", print_hash_value);
    transparent_crc(g_1602, "g_1602", print_hash_value);
    transparent_crc(g_1628, "g_1628", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_1675[i], "g_1675[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1693, "g_1693", print_hash_value);
    transparent_crc(g_1820, "g_1820", print_hash_value);
    transparent_crc(g_1824, "g_1824", print_hash_value);
    transparent_crc(g_1830, "g_1830", print_hash_value);
    transparent_crc(g_1873, "g_1873", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_1894[i][j], "g_1894[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 477
XXX total union variables: 14

XXX max expression depth: 42
breakdown:
   depth: 1, occurrence: 201
   depth: 2, occurrence: 56
   depth: 3, occurrence: 5
   depth: 4, occurrence: 3
   depth: 7, occurrence: 1
   depth: 8, occurrence: 2
   depth: 9, occurrence: 1
   depth: 10, occurrence: 1
   depth: 11, occurrence: 1
   depth: 12, occurrence: 1
   depth: 15, occurrence: 1
   depth: 16, occurrence: 7
   depth: 17, occurrence: 1
   depth: 18, occurrence: 3
   depth: 19, occurrence: 2
   depth: 20, occurrence: 4
   depth: 21, occurrence: 2
   depth: 22, occurrence: 3
   depth: 23, occurrence: 2
   depth: 24, occurrence: 1
   depth: 25, occurrence: 1
   depth: 26, occurrence: 3
   depth: 27, occurrence: 4
   depth: 29, occurrence: 3
   depth: 30, occurrence: 3
   depth: 33, occurrence: 1
   depth: 34, occurrence: 1
   depth: 36, occurrence: 1
   depth: 42, occurrence: 1

XXX total number of pointers: 417

XXX times a variable address is taken: 517
XXX times a pointer is dereferenced on RHS: 225
breakdown:
   depth: 1, occurrence: 157
   depth: 2, occurrence: 48
   depth: 3, occurrence: 20
XXX times a pointer is dereferenced on LHS: 266
breakdown:
   depth: 1, occurrence: 224
   depth: 2, occurrence: 24
   depth: 3, occurrence: 16
   depth: 4, occurrence: 2
XXX times a pointer is compared with null: 34
XXX times a pointer is compared with address of another variable: 8
XXX times a pointer is compared with another pointer: 10
XXX times a pointer is qualified to be dereferenced: 6536

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1018
   level: 2, occurrence: 253
   level: 3, occurrence: 157
   level: 4, occurrence: 84
   level: 5, occurrence: 2
XXX number of pointers point to pointers: 171
XXX number of pointers point to scalars: 240
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 24.2
XXX average alias set size: 1.24

XXX times a non-volatile is read: 1688
XXX times a non-volatile is write: 846
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 2

XXX stmts: 211
XXX max block depth: 4
breakdown:
   depth: 0, occurrence: 26
   depth: 1, occurrence: 30
   depth: 2, occurrence: 33
   depth: 3, occurrence: 56
   depth: 4, occurrence: 66

XXX percentage a fresh-made variable is used: 15.1
XXX percentage an existing variable is used: 84.9
********************* end of statistics **********************/

