/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1002 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1002
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static int8_t safe_add_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_add_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a + (uint32_t)b); }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static int32_t safe_div_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
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
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int32_t safe_unary_minus_func_int32_t_s(int32_t a) { return (a == (-2147483647 - 1)) ? a : (int32_t)-a; }
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = 0x8A59C176L;
static uint32_t g_29 = 4294967295UL;
static int64_t g_45 = (-1L);
static int32_t g_55[3] = {(-1L),(-1L),(-1L)};
static uint32_t *g_86 = &g_29;
static int8_t g_103 = 1L;
static int32_t *g_105 = &g_55[1];
static int16_t g_122 = 0x9FD4L;
static int32_t g_130 = (-2L);
static int16_t g_136 = 0x632EL;
static int64_t g_148 = 0xB149EEACDF3AC245LL;
static uint16_t g_155 = 0xA3A9L;
static int32_t g_160 = (-6L);
static int8_t g_171 = (-6L);
static uint64_t g_209 = 0x221D217DB600C3A3LL;
static uint64_t g_212[2][4] = {{0x6A6CDA6D40800FF4LL,0xBC50E1AEA479D4BELL,0x6A6CDA6D40800FF4LL,0x6A6CDA6D40800FF4LL},{0xBC50E1AEA479D4BELL,0xBC50E1AEA479D4BELL,0xDA4C1F5CB25AF851LL,0xBC50E1AEA479D4BELL}};
static uint8_t g_226 = 0UL;
static uint8_t g_228[5] = {0x5AL,0x5AL,0x5AL,0x5AL,0x5AL};
static uint8_t g_250 = 1UL;
static uint64_t g_258 = 18446744073709551615UL;
static const int16_t *g_331 = &g_122;
static const int16_t **g_330 = &g_331;
static const int16_t **g_333[4] = {&g_331,&g_331,&g_331,&g_331};
static uint64_t g_354 = 1UL;
static int32_t **g_378 = (void*)0;
static int32_t ***g_377 = &g_378;
static int32_t ****g_376 = &g_377;
static int8_t g_383[1][3] = {{(-4L),(-4L),(-4L)}};
static int16_t g_403[5][1] = {{8L},{0x5A28L},{8L},{0x5A28L},{8L}};
static int32_t *g_502 = &g_55[1];
static const int8_t *g_556 = (void*)0;
static const int8_t **g_555 = &g_556;
static uint16_t *g_595 = &g_155;
static int16_t g_621 = (-1L);
static const int64_t g_644[4][4][3] = {{{0x5297D2B27FB16384LL,(-1L),(-6L)},{0xD9DA1E110ECF5691LL,0L,0xECFACB4464EF9288LL},{0x5297D2B27FB16384LL,0xC514A7D5DD397A8ELL,1L},{(-9L),(-9L),1L}},{{0xD94DAF12B6CED6FELL,(-9L),2L},{(-1L),0xC514A7D5DD397A8ELL,(-9L)},{0xC514A7D5DD397A8ELL,0xF8298B0079722AB1LL,0x5297D2B27FB16384LL},{0xD9DA1E110ECF5691LL,2L,1L}},{{0x041E531A49199892LL,(-6L),(-6L)},{0xECFACB4464EF9288LL,9L,0L},{0xECFACB4464EF9288LL,0L,0xD9DA1E110ECF5691LL},{0x041E531A49199892LL,2L,0xD94DAF12B6CED6FELL}},{{0xD9DA1E110ECF5691LL,0xC514A7D5DD397A8ELL,(-4L)},{0xC514A7D5DD397A8ELL,2L,(-1L)},{2L,0L,2L},{2L,9L,2L}}};
static int32_t g_730 = 0xC9183669L;
static int32_t g_785[1] = {0x32B4F95DL};
static int16_t *g_800 = &g_122;
static int16_t **g_799[4] = {&g_800,&g_800,&g_800,&g_800};
static uint8_t g_863 = 250UL;
static int32_t g_907 = (-1L);
static uint8_t g_1045 = 0x71L;
static int32_t g_1054 = 9L;
static int16_t ***g_1061 = &g_799[2];
static int16_t ****g_1060 = &g_1061;


/* --- FORWARD DECLARATIONS --- */
static uint16_t  func_1(void);
static uint32_t  func_4(uint32_t  p_5);
static int32_t  func_6(uint16_t  p_7, int8_t  p_8);
static int32_t  func_13(int16_t  p_14, int64_t  p_15);
static int32_t  func_19(int16_t  p_20, int64_t  p_21, uint64_t  p_22);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_105 g_55
 * writes: g_3
 */
static uint16_t  func_1(void)
{ /* block id: 0 */
    int16_t l_2[2][2][2] = {{{0x622BL,0x3946L},{0x3946L,0x622BL}},{{0x3946L,0x3946L},{0x622BL,0x3946L}}};
    int32_t **l_233 = &g_105;
    uint32_t l_234 = 0x04B4920CL;
    int32_t l_235 = (-1L);
    int32_t l_237 = 0xBF2A8106L;
    int32_t l_238 = 4L;
    int32_t l_241 = (-7L);
    int64_t l_248 = 0x8A28F2F3CA0FBA80LL;
    int32_t *l_259 = &g_130;
    uint16_t l_280 = 65530UL;
    int64_t *l_287 = &g_148;
    uint16_t *l_370 = &l_280;
    int32_t ***l_375 = &l_233;
    int32_t ****l_374 = &l_375;
    uint16_t **l_399 = (void*)0;
    uint32_t l_402 = 0x1F4F8730L;
    int16_t l_454 = 0xFD9CL;
    const int32_t l_473 = (-1L);
    int32_t l_619 = 1L;
    int32_t l_620 = (-9L);
    uint64_t l_622 = 2UL;
    int32_t l_626 = 0xF83FB655L;
    int32_t l_627 = 0x27A50A7DL;
    int64_t l_672[4];
    int64_t l_692 = 0x8896F7DF811549A0LL;
    int16_t l_699 = 1L;
    int16_t *l_705 = &g_136;
    int16_t **l_704 = &l_705;
    int32_t *l_706 = (void*)0;
    uint16_t l_738 = 0UL;
    int32_t l_755 = (-3L);
    int32_t l_756 = 0xB8E1EE94L;
    int16_t l_757 = 0xE6F8L;
    uint64_t *l_758 = &g_209;
    int64_t l_759 = 0x87081F717DF3534ALL;
    int64_t l_773 = 0L;
    const int32_t l_774 = (-1L);
    uint16_t l_784[1][3];
    int32_t **l_796 = &g_105;
    uint64_t l_859 = 1UL;
    int8_t l_881[4] = {0xF4L,0xF4L,0xF4L,0xF4L};
    uint32_t l_963 = 0x531D9F79L;
    int16_t l_986 = 0x9B25L;
    int32_t l_1009 = (-2L);
    uint64_t l_1024[3][3][1] = {{{0x9C64BF9BB708CF0ALL},{0x6E3E2E51069FADF2LL},{0x6E3E2E51069FADF2LL}},{{0x9C64BF9BB708CF0ALL},{0x6E3E2E51069FADF2LL},{0x6E3E2E51069FADF2LL}},{{0x9C64BF9BB708CF0ALL},{0x6E3E2E51069FADF2LL},{0x6E3E2E51069FADF2LL}}};
    uint8_t l_1048 = 0xF5L;
    int32_t l_1052 = 0x79AEC8B9L;
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_672[i] = 0x129C2525F166D276LL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_784[i][j] = 0x51D2L;
    }
    for (g_3 = 1; (g_3 >= 0); g_3 -= 1)
    { /* block id: 3 */
        uint64_t *l_207 = (void*)0;
        uint64_t *l_208 = &g_209;
        uint32_t l_210[2];
        int32_t *l_211[4][3][4] = {{{&g_160,(void*)0,&g_3,&g_55[2]},{(void*)0,(void*)0,&g_3,(void*)0},{(void*)0,&g_55[2],&g_3,&g_55[1]}},{{&g_3,&g_3,&g_55[2],&g_55[0]},{&g_55[1],&g_55[2],(void*)0,&g_3},{&g_55[1],&g_160,&g_55[2],&g_55[1]}},{{&g_3,&g_3,&g_3,&g_3},{(void*)0,&g_55[2],&g_3,&g_55[1]},{(void*)0,&g_55[1],&g_3,&g_160}},{{&g_160,&g_55[0],&g_55[2],&g_160},{&g_55[2],&g_55[1],(void*)0,&g_55[1]},{&g_160,&g_55[2],&g_160,&g_3}}};
        uint8_t *l_225 = &g_226;
        uint8_t *l_227 = &g_228[3];
        int64_t l_239 = 0L;
        uint32_t l_272[5][4][1] = {{{0x08C5F60FL},{0xCD70FB3CL},{0xCD70FB3CL},{0x08C5F60FL}},{{0UL},{0x270B9656L},{0x08C5F60FL},{0x270B9656L}},{{0UL},{0x08C5F60FL},{0xCD70FB3CL},{0xCD70FB3CL}},{{0x08C5F60FL},{0UL},{0x270B9656L},{0x08C5F60FL}},{{0x270B9656L},{0UL},{0x08C5F60FL},{0xCD70FB3CL}}};
        int8_t * const l_278[4] = {&g_171,&g_171,&g_171,&g_171};
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_210[i] = 0UL;
    }
    return (**l_796);
}


/* ------------------------------------------ */
/* 
 * reads : g_3 g_29 g_45 g_55 g_103 g_130 g_105 g_136 g_86 g_148 g_155 g_160 g_171 g_122
 * writes: g_29 g_45 g_55 g_86 g_103 g_105 g_122 g_130 g_148 g_155 g_160 g_171
 */
static uint32_t  func_4(uint32_t  p_5)
{ /* block id: 4 */
    int8_t l_18 = 0x40L;
    int32_t l_57 = (-1L);
    int32_t **l_182 = &g_105;
    int32_t * const *l_183 = &g_105;
    int32_t * const **l_184 = &l_183;
    int64_t *l_191 = &g_148;
    int32_t *l_192 = (void*)0;
    int32_t *l_193[2];
    int32_t *l_194[4][1];
    int i, j;
    for (i = 0; i < 2; i++)
        l_193[i] = &g_130;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
            l_194[i][j] = &g_160;
    }
    g_55[1] = func_6((safe_add_func_uint64_t_u_u((((safe_sub_func_int32_t_s_s(func_13(p_5, (l_57 = ((((safe_mod_func_int16_t_s_s(1L, l_18)) || (func_19(l_18, (((safe_rshift_func_int8_t_s_u((p_5 <= l_18), l_18)) >= 0UL) || p_5), l_18) , p_5)) > l_18) | g_3))), g_136)) & l_18) , p_5), p_5)), p_5);
    for (g_103 = (-1); (g_103 == 22); g_103 = safe_add_func_uint64_t_u_u(g_103, 3))
    { /* block id: 64 */
        int32_t **l_180 = (void*)0;
        int32_t **l_181[1];
        int i;
        for (i = 0; i < 1; i++)
            l_181[i] = &g_105;
        g_105 = &l_57;
        g_105 = &g_160;
    }
    g_160 &= (((l_182 == ((*l_184) = l_183)) != (((((g_130 ^= (safe_sub_func_uint32_t_u_u(((*g_86) ^= (((0xC5ABL != (((safe_sub_func_int16_t_s_s((p_5 && ((l_191 != l_191) < p_5)), 0x055DL)) <= 0xA86BL) && 0x4E963F069EE4E01BLL)) || 0x16L) & g_45)), g_136))) , p_5) , (-1L)) && p_5) , 0x6C97L)) && 0x1E68B150L);
    for (g_155 = 0; (g_155 <= 1); g_155 += 1)
    { /* block id: 74 */
        int8_t *l_197[1][5][5] = {{{&g_103,&g_103,&g_103,&g_103,&g_103},{&g_171,&l_18,&g_171,&l_18,&g_171},{&g_103,&g_103,&g_103,&g_103,&g_103},{&g_171,&l_18,&g_171,&l_18,&g_171},{&g_103,&g_103,&g_103,&g_103,&g_103}}};
        int32_t l_198 = (-1L);
        int32_t l_205 = 0x615F0D0EL;
        const int64_t l_206 = 0x1F643FE2EC41BF3FLL;
        int i, j, k;
        g_55[(g_155 + 1)] ^= (safe_mul_func_int16_t_s_s((((l_198 = g_160) >= (safe_mod_func_int32_t_s_s(((0UL < (((safe_mul_func_int16_t_s_s(g_136, ((safe_mod_func_int64_t_s_s((&g_148 != l_191), 18446744073709551615UL)) & 0x57AA6E4B2847284ALL))) >= 0x50L) == g_136)) , l_205), l_206))) <= 0xA3L), 0L));
    }
    return p_5;
}


/* ------------------------------------------ */
/* 
 * reads : g_45 g_136 g_86 g_29 g_55 g_148 g_155 g_160 g_171 g_122
 * writes: g_103 g_148 g_155 g_160 g_171
 */
static int32_t  func_6(uint16_t  p_7, int8_t  p_8)
{ /* block id: 50 */
    int32_t l_145 = (-1L);
    int8_t *l_146 = &g_103;
    int32_t l_147 = 0xFE6051C9L;
    uint16_t *l_154 = &g_155;
    int32_t *l_159 = &g_160;
    int32_t ****l_164 = (void*)0;
    int32_t *****l_163 = &l_164;
    const int32_t *** const l_166 = (void*)0;
    const int32_t *** const *l_165 = &l_166;
    l_147 = ((~((p_7 > ((*l_146) = (g_45 < l_145))) , g_136)) || (*g_86));
    (*l_159) |= ((l_145 & (g_148 &= p_7)) || (safe_mod_func_int32_t_s_s(((safe_unary_minus_func_int64_t_s((safe_sub_func_uint16_t_u_u(((*l_154) &= p_7), ((((safe_unary_minus_func_uint32_t_u((*g_86))) , (safe_rshift_func_uint8_t_u_s(l_147, 3))) , 255UL) & p_8))))) == 0L), l_147)));
    g_171 |= (safe_rshift_func_int8_t_s_s(((((*l_163) = (void*)0) != l_165) , (safe_add_func_int32_t_s_s(((void*)0 != (*l_163)), (((safe_add_func_uint16_t_u_u((((*l_154) = (&p_8 == &g_103)) ^ g_160), 0x36D0L)) , p_8) != p_7)))), g_55[1]));
    (*l_159) = (safe_mod_func_uint16_t_u_u((safe_sub_func_int16_t_s_s((p_7 , g_122), g_55[2])), (safe_rshift_func_uint8_t_u_s(p_7, p_8))));
    return p_8;
}


/* ------------------------------------------ */
/* 
 * reads : g_45 g_55 g_29 g_3 g_103 g_130 g_105
 * writes: g_45 g_55 g_86 g_103 g_105 g_122 g_130 g_29
 */
static int32_t  func_13(int16_t  p_14, int64_t  p_15)
{ /* block id: 16 */
    int32_t *l_58 = &g_55[2];
    int32_t *l_59 = &g_55[0];
    int32_t *l_60 = &g_55[0];
    int32_t *l_61 = &g_55[1];
    int32_t *l_62[4][1][3] = {{{&g_3,&g_3,&g_3}},{{(void*)0,(void*)0,(void*)0}},{{&g_3,&g_3,&g_3}},{{(void*)0,(void*)0,(void*)0}}};
    int32_t l_63[1];
    int64_t l_64 = (-3L);
    int32_t l_65 = 0x239F508DL;
    int64_t l_66[1][2];
    uint16_t l_67 = 6UL;
    uint32_t *l_70 = &g_29;
    uint16_t l_104[5] = {0x4017L,0x4017L,0x4017L,0x4017L,0x4017L};
    int32_t l_118 = 0x1802269AL;
    const int8_t *l_120 = &g_103;
    int32_t **l_134 = &l_58;
    int32_t ***l_133 = &l_134;
    int32_t l_137[3][2] = {{0L,0L},{0L,0L},{0L,0L}};
    int32_t l_138 = 0x3028FBC9L;
    int32_t l_139 = 0x8293935BL;
    int32_t l_140 = 0xEA7F8506L;
    uint64_t l_141 = 18446744073709551608UL;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_63[i] = (-3L);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_66[i][j] = (-7L);
    }
    for (g_45 = 0; g_45 < 3; g_45 += 1)
    {
        g_55[g_45] = (-1L);
    }
    ++l_67;
    if (((&g_29 != l_70) || ((p_14 & (safe_add_func_int64_t_s_s(((safe_lshift_func_int8_t_s_u((safe_lshift_func_int16_t_s_u((((g_45 && (safe_rshift_func_int8_t_s_u(g_55[2], 7))) < 9L) || p_15), 13)), p_14)) ^ p_14), g_45))) & (*l_61))))
    { /* block id: 19 */
        uint32_t *l_79 = &g_29;
        uint32_t *l_80 = (void*)0;
        int32_t l_82 = 0L;
        int32_t *l_100[3][5] = {{&l_63[0],&l_63[0],&l_63[0],&l_63[0],&l_63[0]},{&g_55[1],&l_63[0],&g_55[1],&l_63[0],&g_55[1]},{&l_63[0],&l_63[0],&l_63[0],&l_63[0],&l_63[0]}};
        int i, j;
        g_55[1] = ((((l_79 == (l_80 = l_59)) && ((~(l_82 == (+(safe_sub_func_uint8_t_u_u((((g_86 = l_59) != ((0x80L & p_14) , (void*)0)) & g_29), p_15))))) ^ 3L)) == 0x0AL) , l_82);
        for (p_15 = 0; (p_15 <= (-5)); p_15--)
        { /* block id: 25 */
            int32_t *l_98 = &l_63[0];
            int32_t **l_99[5];
            int32_t *l_101[2][3][4] = {{{(void*)0,&l_82,(void*)0,&l_63[0]},{&g_3,&l_82,&l_82,&l_82},{&g_3,&l_63[0],(void*)0,&l_82}},{{(void*)0,&l_82,(void*)0,&l_63[0]},{&g_3,&l_82,&l_82,&l_82},{&g_3,&l_63[0],(void*)0,&l_82}}};
            int8_t *l_102 = &g_103;
            int i, j, k;
            for (i = 0; i < 5; i++)
                l_99[i] = (void*)0;
            g_105 = (((safe_div_func_int32_t_s_s(((safe_div_func_int32_t_s_s(((g_3 == ((((((((safe_rshift_func_int8_t_s_s((g_45 , (safe_mul_func_uint8_t_u_u((0x64L ^ ((*l_102) &= ((l_100[1][0] = ((!g_55[0]) , l_98)) == l_101[1][2][0]))), l_104[2]))), 6)) && 8UL) || p_14) ^ 0x23L) <= 254UL) , 0L) , g_55[2]) , 0x0724L)) , 0xEE059EF3L), g_55[1])) , g_3), 7L)) , p_14) , &l_63[0]);
            return p_15;
        }
        (*l_61) = p_15;
    }
    else
    { /* block id: 32 */
        uint8_t l_110 = 3UL;
        int32_t *l_119 = &g_55[2];
        int16_t *l_121 = &g_122;
        if (((safe_lshift_func_int8_t_s_u((safe_mod_func_int8_t_s_s(p_15, l_110)), ((safe_lshift_func_int16_t_s_u(((*l_121) = ((((((p_15 >= (((safe_unary_minus_func_int32_t_s((safe_sub_func_int64_t_s_s((-7L), (((safe_sub_func_int8_t_s_s((0x15A4L <= (*l_60)), l_118)) , (void*)0) != l_119))))) && p_14) & g_29)) , &g_103) != l_120) >= p_15) >= 0xC27BL) > 0xDFB2L)), g_45)) , p_14))) < (*l_60)))
        { /* block id: 34 */
            uint32_t l_123[5] = {0UL,0UL,0UL,0UL,0UL};
            int32_t *l_126 = &l_65;
            int32_t **l_127 = &l_62[2][0][1];
            int i;
            l_123[3]--;
            (*l_127) = l_126;
        }
        else
        { /* block id: 37 */
            g_130 |= (safe_rshift_func_int8_t_s_u((*l_58), 4));
            for (g_29 = (-9); (g_29 <= 39); g_29 = safe_add_func_uint64_t_u_u(g_29, 1))
            { /* block id: 41 */
                int32_t ****l_135 = &l_133;
                (*l_135) = l_133;
                if ((*g_105))
                    continue;
                return p_14;
            }
        }
    }
    ++l_141;
    return (*g_105);
}


/* ------------------------------------------ */
/* 
 * reads : g_3 g_29 g_45 g_55
 * writes: g_29 g_45 g_55
 */
static int32_t  func_19(int16_t  p_20, int64_t  p_21, uint64_t  p_22)
{ /* block id: 5 */
    int32_t l_27 = 0x189D9E62L;
    uint32_t *l_28 = &g_29;
    int64_t *l_44 = &g_45;
    uint32_t *l_48 = &g_29;
    if ((((*l_44) ^= (safe_div_func_uint8_t_u_u(((((*l_28) = l_27) , ((safe_rshift_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_s((p_20 == (g_3 && (safe_mod_func_int64_t_s_s((safe_div_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u(p_22, (safe_rshift_func_int8_t_s_s(0x1EL, p_21)))), g_3)), 1UL)))), g_3)), 12)) != g_29)) , g_3), g_3))) < 0x5CF162C80F3BBA68LL))
    { /* block id: 8 */
        int32_t *l_47 = (void*)0;
        int32_t **l_46 = &l_47;
        (*l_46) = (void*)0;
    }
    else
    { /* block id: 10 */
        int32_t *l_56 = &g_55[2];
        l_27 = ((*l_56) = (((l_48 == (void*)0) && (safe_add_func_int16_t_s_s(0x36F9L, ((0x47A3L != (safe_lshift_func_int16_t_s_s((safe_add_func_int8_t_s_s(((0x39F4L > p_21) , p_21), g_55[1])), 6))) , p_20)))) , p_22));
    }
    return g_55[1];
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
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_55[i], "g_55[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    transparent_crc(g_130, "g_130", print_hash_value);
    transparent_crc(g_136, "g_136", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    transparent_crc(g_155, "g_155", print_hash_value);
    transparent_crc(g_160, "g_160", print_hash_value);
    transparent_crc(g_171, "g_171", print_hash_value);
    transparent_crc(g_209, "g_209", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_212[i][j], "g_212[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_226, "g_226", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_228[i], "g_228[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_250, "g_250", print_hash_value);
    transparent_crc(g_258, "g_258", print_hash_value);
    transparent_crc(g_354, "g_354", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_383[i][j], "g_383[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_403[i][j], "g_403[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_621, "g_621", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_644[i][j][k], "g_644[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_730, "g_730", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_785[i], "g_785[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_863, "g_863", print_hash_value);
    transparent_crc(g_907, "g_907", print_hash_value);
    transparent_crc(g_1045, "g_1045", print_hash_value);
    transparent_crc(g_1054, "g_1054", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 297
XXX total union variables: 0

XXX max expression depth: 23
breakdown:
   depth: 1, occurrence: 38
   depth: 2, occurrence: 6
   depth: 5, occurrence: 1
   depth: 6, occurrence: 1
   depth: 12, occurrence: 2
   depth: 13, occurrence: 2
   depth: 14, occurrence: 2
   depth: 16, occurrence: 1
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 22, occurrence: 1
   depth: 23, occurrence: 1

XXX total number of pointers: 188

XXX times a variable address is taken: 289
XXX times a pointer is dereferenced on RHS: 169
breakdown:
   depth: 1, occurrence: 125
   depth: 2, occurrence: 23
   depth: 3, occurrence: 8
   depth: 4, occurrence: 13
XXX times a pointer is dereferenced on LHS: 138
breakdown:
   depth: 1, occurrence: 115
   depth: 2, occurrence: 14
   depth: 3, occurrence: 5
   depth: 4, occurrence: 4
XXX times a pointer is compared with null: 17
XXX times a pointer is compared with address of another variable: 9
XXX times a pointer is compared with another pointer: 6
XXX times a pointer is qualified to be dereferenced: 3692

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 411
   level: 2, occurrence: 163
   level: 3, occurrence: 100
   level: 4, occurrence: 104
   level: 5, occurrence: 22
XXX number of pointers point to pointers: 74
XXX number of pointers point to scalars: 114
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 25.5
XXX average alias set size: 1.42

XXX times a non-volatile is read: 949
XXX times a non-volatile is write: 448
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 3

XXX stmts: 37
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 19
   depth: 1, occurrence: 9
   depth: 2, occurrence: 6
   depth: 3, occurrence: 3

XXX percentage a fresh-made variable is used: 17.3
XXX percentage an existing variable is used: 82.7
********************* end of statistics **********************/

