/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 17 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      17
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static int8_t safe_add_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_add_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a + (uint32_t)b); }
static uint8_t safe_add_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a + (uint32_t)b); }
static int16_t safe_div_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a / b); }
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
static int8_t safe_div_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint8_t safe_mod_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a % b); }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int32_t safe_unary_minus_func_int32_t_s(int32_t a) { return (a == (-2147483647 - 1)) ? a : (int32_t)-a; }
static int8_t safe_unary_minus_func_int8_t_s(int8_t a) { return (a == (-127 - 1)) ? a : (int8_t)-a; }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0xAC204E2DL;
static int32_t g_23 = 1L;
static uint16_t g_38 = 0x89FAL;
static uint64_t g_62 = 1UL;
static uint64_t * const g_67 = &g_62;
static uint64_t * const *g_66 = &g_67;
static int32_t g_72[2] = {(-6L),(-6L)};
static int32_t **g_75 = (void*)0;
static int32_t *g_78 = &g_23;
static int32_t **g_77 = &g_78;
static uint64_t *g_93 = &g_62;
static uint64_t **g_92 = &g_93;
static int64_t g_119 = 8L;
static uint32_t g_120 = 0xEDC7201AL;
static uint8_t g_135 = 7UL;
static int16_t g_141 = (-7L);
static int16_t g_219 = 0xAF0AL;
static const uint32_t g_260 = 0x92424975L;
static uint64_t ***g_300 = (void*)0;
static uint16_t *g_316 = &g_38;
static uint16_t **g_315 = &g_316;


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static uint32_t  func_5(uint16_t  p_6, int16_t  p_7, int8_t  p_8);
static int16_t  func_14(int16_t  p_15, uint8_t  p_16, uint64_t  p_17);
static int32_t * func_29(uint16_t  p_30);
static int32_t ** func_46(int32_t * p_47, uint32_t  p_48, uint64_t  p_49);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_141 g_78 g_260 g_135 g_72 g_38 g_77 g_23 g_62 g_315 g_66 g_67
 * writes: g_2 g_23 g_300 g_38 g_78
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    uint32_t l_9 = 0x1220985AL;
    int32_t l_184 = 0x6894C8FFL;
    uint64_t *l_207 = &g_62;
    uint8_t *l_208 = &g_135;
    uint32_t l_209 = 0xAAFE1426L;
    int32_t l_214 = 0x79C2D32FL;
    int32_t l_215 = 1L;
    int32_t l_217 = 7L;
    int32_t l_218 = 0xCF0388DEL;
    int32_t l_220 = 1L;
    int32_t l_222 = 0x820DD73FL;
    int32_t l_225 = (-1L);
    uint16_t *l_283[5] = {&g_38,&g_38,&g_38,&g_38,&g_38};
    uint16_t **l_282 = &l_283[4];
    uint16_t **l_284 = &l_283[2];
    uint64_t ***l_290 = &g_92;
    uint64_t ****l_289 = &l_290;
    uint64_t ***l_292 = &g_92;
    uint64_t ****l_291 = &l_292;
    int i;
    for (g_2 = 11; (g_2 > 10); g_2--)
    { /* block id: 3 */
        uint16_t l_196 = 0UL;
        uint64_t l_200 = 0xDBDCEA1F6060BA4DLL;
        uint8_t *l_210 = &g_135;
        int8_t l_211[4] = {0xCFL,0xCFL,0xCFL,0xCFL};
        int32_t l_213 = 0xA0984C2CL;
        int32_t l_216[1];
        int i;
        for (i = 0; i < 1; i++)
            l_216[i] = 0xCC9AE339L;
    }
    for (l_222 = 0; (l_222 != (-19)); l_222--)
    { /* block id: 154 */
        uint64_t l_279 = 18446744073709551613UL;
        return l_279;
    }
    (*g_78) = (safe_mul_func_uint16_t_u_u((((l_215 & (l_282 != l_284)) , (((g_141 != (l_283[2] == &g_141)) , l_225) | l_215)) | l_217), l_218));
    if ((safe_lshift_func_int16_t_s_u(g_260, (safe_add_func_int64_t_s_s(((3UL < (((*l_291) = ((*l_289) = &g_92)) != &g_66)) , 0x85A5F5D36CBC2DCALL), 18446744073709551615UL)))))
    { /* block id: 160 */
        int32_t l_293 = 0x43525ACAL;
        int32_t l_294 = 0xD8F25584L;
        l_294 = l_293;
    }
    else
    { /* block id: 162 */
        uint64_t ***l_299 = &g_92;
        int32_t l_308[1];
        uint16_t **l_313 = &l_283[2];
        int i;
        for (i = 0; i < 1; i++)
            l_308[i] = (-1L);
        (*g_77) = func_29(((**l_284) = (safe_sub_func_uint16_t_u_u(((((safe_sub_func_uint16_t_u_u(g_135, (((*l_291) = l_299) == (g_300 = (((0x3EA39F04L && ((&g_78 == &g_78) >= 255UL)) <= l_214) , (void*)0))))) & 0xD8DB81AAL) & g_72[1]) , 0xB67DL), g_72[0]))));
        for (g_23 = 0; (g_23 < 28); g_23++)
        { /* block id: 169 */
            uint64_t l_303 = 0xA444A4A0D9F4A77CLL;
            uint16_t ***l_314 = &l_284;
            int32_t *l_317 = &l_225;
            l_303++;
            (*l_317) &= ((safe_div_func_int16_t_s_s(l_308[0], (safe_lshift_func_int8_t_s_s((l_303 > ((((safe_add_func_int8_t_s_s(g_62, (((l_308[0] , ((*l_314) = l_313)) != g_315) < 4294967293UL))) , 0L) , 0x41D6EAD9EA8529B2LL) ^ (**g_66))), 2)))) ^ l_308[0]);
        }
        for (l_225 = (-11); (l_225 == 25); l_225 = safe_add_func_uint8_t_u_u(l_225, 5))
        { /* block id: 176 */
            (*g_77) = (*g_77);
        }
    }
    return g_141;
}


/* ------------------------------------------ */
/* 
 * reads : g_2 g_23 g_38 g_62 g_66 g_72 g_75 g_67 g_92 g_78 g_120 g_135 g_93 g_141
 * writes: g_23 g_38 g_62 g_72 g_75 g_77 g_92 g_119 g_120 g_135 g_141 g_93
 */
static uint32_t  func_5(uint16_t  p_6, int16_t  p_7, int8_t  p_8)
{ /* block id: 6 */
    int32_t *l_33 = (void*)0;
    uint8_t l_43 = 255UL;
    uint32_t l_60 = 0x53D0C964L;
    int32_t **l_79 = &l_33;
    int32_t l_95[2];
    int64_t l_133 = (-7L);
    uint16_t * const l_147 = &g_38;
    int64_t *l_158 = &l_133;
    int16_t *l_175 = &g_141;
    uint64_t *l_182 = &g_62;
    int64_t l_183 = 0L;
    int i;
    for (i = 0; i < 2; i++)
        l_95[i] = 0xC3EAA4BBL;
lbl_139:
    for (p_8 = 0; (p_8 >= (-20)); p_8 = safe_sub_func_uint64_t_u_u(p_8, 2))
    { /* block id: 9 */
        int64_t l_25 = 0x7263B0A6D0811FC8LL;
        const int32_t *l_32[2][5][2] = {{{(void*)0,&g_2},{(void*)0,&g_2},{&g_23,(void*)0},{&g_2,&g_2},{(void*)0,(void*)0}},{{&g_23,(void*)0},{(void*)0,&g_2},{&g_2,(void*)0},{&g_23,&g_2},{(void*)0,&g_2}}};
        int32_t **l_42[4];
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_42[i] = &l_33;
        if (g_2)
        { /* block id: 10 */
            int32_t *l_22 = &g_23;
            uint16_t l_24[5][3][2] = {{{65533UL,0xC422L},{0xBBDEL,1UL},{0xC422L,1UL}},{{0xBBDEL,0xC422L},{65533UL,65533UL},{65533UL,0xC422L}},{{0xBBDEL,1UL},{0xC422L,65533UL},{0x2CC9L,0xBBDEL}},{{0xC422L,0xC422L},{0xC422L,0xBBDEL},{0x2CC9L,65533UL}},{{0xBBDEL,65533UL},{0x2CC9L,0xBBDEL},{0xC422L,0xC422L}}};
            int i, j, k;
            (*l_22) ^= (~g_2);
            for (p_6 = 0; (p_6 <= 1); p_6 += 1)
            { /* block id: 14 */
                return l_25;
            }
        }
        else
        { /* block id: 17 */
            uint32_t l_26[4][2][4] = {{{0xEF3CF687L,0x66DE6B93L,0x6A6C65B0L,0x66DE6B93L},{0x66DE6B93L,0x36A5B5CFL,0x6A6C65B0L,0x6A6C65B0L}},{{0xEF3CF687L,0xEF3CF687L,0x66DE6B93L,0x6A6C65B0L},{1UL,0x36A5B5CFL,1UL,0x66DE6B93L}},{{1UL,0x66DE6B93L,0x66DE6B93L,1UL},{0xEF3CF687L,0x66DE6B93L,0x6A6C65B0L,0x66DE6B93L}},{{0x66DE6B93L,0x36A5B5CFL,0x6A6C65B0L,0x6A6C65B0L},{0xEF3CF687L,0xEF3CF687L,0x66DE6B93L,0x6A6C65B0L}}};
            int i, j, k;
            l_26[0][0][1]--;
        }
        l_33 = func_29((safe_unary_minus_func_int32_t_s((l_32[1][4][0] == l_33))));
        --l_43;
        for (g_23 = 1; (g_23 >= 0); g_23 -= 1)
        { /* block id: 27 */
            uint32_t l_50[2];
            uint64_t * const *l_80 = (void*)0;
            int32_t l_83 = 0x3BF60C7DL;
            int i;
            for (i = 0; i < 2; i++)
                l_50[i] = 0x3F04E266L;
            for (p_7 = 0; (p_7 <= 1); p_7 += 1)
            { /* block id: 30 */
                uint64_t *l_61 = &g_62;
                int32_t ***l_76[5] = {&g_75,&g_75,&g_75,&g_75,&g_75};
                int i, j, k;
                l_79 = (g_77 = (g_75 = func_46(&g_2, l_50[1], ((*l_61) ^= ((*l_33) && (safe_sub_func_uint16_t_u_u(g_2, ((safe_unary_minus_func_int8_t_s((safe_rshift_func_int8_t_s_u(((safe_mod_func_int32_t_s_s((((safe_mod_func_int16_t_s_s((g_2 && p_8), 0x651EL)) < 65529UL) <= 9UL), l_60)) || g_2), 7)))) , p_7))))))));
                l_32[p_7][(p_7 + 1)][p_7] = l_33;
            }
            for (l_43 = 0; (l_43 <= 1); l_43 += 1)
            { /* block id: 44 */
                int64_t l_81[2][3][3] = {{{(-5L),0x733A7AA557094D04LL,0x733A7AA557094D04LL},{(-6L),0x733A7AA557094D04LL,0x58B4D46498492E76LL},{0xE88CDAF70C77B72BLL,(-5L),9L}},{{(-6L),(-6L),9L},{(-5L),0xE88CDAF70C77B72BLL,0x58B4D46498492E76LL},{0x733A7AA557094D04LL,(-6L),0x733A7AA557094D04LL}}};
                uint32_t l_82 = 18446744073709551615UL;
                uint64_t * const l_84 = &g_62;
                uint64_t ***l_94[2];
                int i, j, k;
                for (i = 0; i < 2; i++)
                    l_94[i] = &g_92;
                l_83 = (l_82 = (((2L | (&g_67 == (l_80 = l_80))) , (g_2 != ((*g_67) = p_6))) && l_81[0][0][2]));
                g_72[0] = (l_95[1] = ((((void*)0 == l_84) <= (safe_add_func_uint16_t_u_u((p_8 , (((safe_sub_func_uint8_t_u_u((safe_unary_minus_func_int8_t_s((safe_div_func_int64_t_s_s((((p_7 | (((g_92 = g_92) != (void*)0) || p_7)) == p_8) , g_72[0]), l_81[1][0][1])))), 0xA2L)) ^ 6UL) == 18446744073709551606UL)), 65535UL))) == 0x630EE3E7L));
                if ((*g_78))
                    break;
            }
        }
    }
    for (l_43 = 17; (l_43 > 48); ++l_43)
    { /* block id: 58 */
        int32_t *l_109 = &l_95[1];
        uint64_t ***l_112 = &g_92;
        int32_t ***l_132 = &g_75;
        int32_t * const *l_145 = &g_78;
        int32_t * const **l_144 = &l_145;
        const uint16_t *l_154 = (void*)0;
        int32_t l_163 = 0xB0CC8312L;
        int8_t l_164 = 5L;
        int32_t l_171[5][4][5] = {{{0x6FD92181L,2L,0xD90F720CL,(-1L),0xD90F720CL},{(-1L),(-1L),0x4FC89CDCL,0x3B1EF438L,0x6FD92181L},{0x114F9EE9L,0x919A246CL,0x68E90F11L,0x325711A9L,0x041FCA27L},{0x005763FFL,0x494BA7C8L,0L,0x114F9EE9L,(-6L)}},{{(-1L),0x919A246CL,0x4A610A40L,0L,(-1L)},{0L,(-1L),1L,0x96E7687AL,0x4A610A40L},{(-8L),2L,0x325711A9L,0xF76BB762L,2L},{0x96E7687AL,0x4FC89CDCL,0x325711A9L,(-1L),1L}},{{0x494BA7C8L,1L,1L,0x494BA7C8L,(-8L)},{1L,1L,0x4A610A40L,0xC796BB63L,0x005763FFL},{0x919A246CL,0xF76BB762L,0L,(-1L),0x68E90F11L},{0x325711A9L,0L,0x68E90F11L,0xC796BB63L,0x494BA7C8L}},{{(-1L),(-8L),0x4FC89CDCL,0x494BA7C8L,(-1L)},{1L,0L,0xD90F720CL,(-1L),0L},{0L,(-1L),(-1L),0xF76BB762L,0L},{0x600149B9L,(-1L),0x96E7687AL,0x96E7687AL,(-1L)}},{{0x041FCA27L,0x96E7687AL,0x6FD92181L,0L,0x494BA7C8L},{0xF76BB762L,0L,(-1L),0x114F9EE9L,0x68E90F11L},{0L,0x3B1EF438L,(-8L),0x325711A9L,0x005763FFL},{0xF76BB762L,0xC796BB63L,0L,0x3B1EF438L,(-8L)}}};
        int i, j, k;
        for (g_23 = 0; (g_23 <= 21); g_23 = safe_add_func_int32_t_s_s(g_23, 7))
        { /* block id: 61 */
            uint8_t l_131 = 249UL;
            int32_t *l_138 = &l_95[1];
            uint16_t *l_153 = &g_38;
            int32_t l_155 = 4L;
            l_109 = func_29((((g_2 <= (safe_add_func_uint16_t_u_u(g_2, (safe_sub_func_int16_t_s_s((safe_mod_func_uint8_t_u_u(((safe_div_func_uint64_t_u_u(p_8, ((p_7 & (~p_8)) , g_2))) , g_72[0]), g_38)), p_7))))) >= g_38) == p_8));
            for (p_7 = 0; (p_7 >= 19); ++p_7)
            { /* block id: 65 */
                uint64_t ***l_113 = &g_92;
                l_113 = l_112;
            }
            for (l_60 = 0; (l_60 <= 1); l_60 += 1)
            { /* block id: 70 */
                int64_t *l_118[1][5][4] = {{{&g_119,&g_119,&g_119,&g_119},{&g_119,&g_119,&g_119,&g_119},{&g_119,&g_119,&g_119,&g_119},{&g_119,&g_119,&g_119,&g_119},{&g_119,&g_119,&g_119,&g_119}}};
                uint8_t *l_134 = &g_135;
                uint16_t *l_136 = &g_38;
                uint32_t l_137 = 4294967295UL;
                int16_t *l_140[5][3] = {{&g_141,&g_141,&g_141},{&g_141,&g_141,&g_141},{&g_141,&g_141,&g_141},{&g_141,&g_141,&g_141},{&g_141,&g_141,&g_141}};
                int i, j, k;
                l_95[l_60] = (safe_mul_func_uint8_t_u_u((!((((((((+(((p_8 , 0x5C28L) || 0xD1F3L) , (g_120 = (g_119 = g_38)))) > (p_6 < p_7)) ^ 0x25L) && (*g_67)) & p_7) & g_72[0]) , p_6) , g_72[0])), 0xB2L));
                l_138 = func_29(((safe_lshift_func_uint16_t_u_u((p_6 , (((safe_mod_func_uint32_t_u_u(((safe_sub_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u(((*l_136) |= ((safe_rshift_func_int8_t_s_u((l_131 <= (l_132 != &g_77)), ((*l_134) = (l_133 , p_8)))) < g_120)), g_2)), l_131)) , l_137), g_23)) != p_7) & p_6)), g_120)) <= 6L));
                if (l_131)
                    goto lbl_139;
                l_95[l_60] |= (0L <= ((p_8 != p_7) | ((g_141 = ((((p_7 ^ ((*l_138) , g_135)) | (-10L)) <= p_8) , 0xA23EL)) == (-7L))));
            }
            if ((g_62 < 0x0BBFL))
            { /* block id: 81 */
                int32_t * const ***l_146 = &l_144;
                uint16_t **l_148 = (void*)0;
                uint16_t *l_150 = &g_38;
                uint16_t **l_149 = &l_150;
                l_155 = (safe_add_func_int8_t_s_s(((((&g_75 != ((*l_146) = l_144)) , l_147) == ((*l_149) = &g_38)) < ((((safe_sub_func_uint16_t_u_u(((l_153 = &g_38) != l_154), (-1L))) || (**g_92)) > g_62) ^ (*l_138))), 9L));
                l_164 ^= (l_163 = ((safe_mod_func_uint8_t_u_u((((&g_119 == (g_141 , l_158)) < (safe_rshift_func_uint16_t_u_u(((((0xFD5AL <= (safe_div_func_int16_t_s_s(p_8, g_120))) | g_72[0]) , l_147) != &p_7), 3))) , (*l_138)), (**l_145))) , p_7));
            }
            else
            { /* block id: 88 */
                int32_t *l_165 = &l_163;
                int32_t *l_166 = &g_72[0];
                int32_t *l_167 = &l_163;
                int32_t *l_168 = &l_95[0];
                int32_t *l_169 = &l_95[1];
                int32_t *l_170[4];
                uint16_t l_172 = 0xDB40L;
                int i;
                for (i = 0; i < 4; i++)
                    l_170[i] = &l_163;
                (*l_165) = p_8;
                l_172--;
            }
        }
    }
    (*g_78) |= ((((*l_175) = 0x1293L) > (((safe_mod_func_uint8_t_u_u(((((*g_92) = (*g_92)) == (void*)0) || (safe_mul_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u(((*g_92) != (l_182 = l_158)), g_72[0])) & p_7), g_72[0]))), p_7)) && g_62) ^ p_6)) >= 18446744073709551615UL);
    return l_183;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int16_t  func_14(int16_t  p_15, uint8_t  p_16, uint64_t  p_17)
{ /* block id: 4 */
    uint16_t l_18 = 0x515FL;
    return l_18;
}


/* ------------------------------------------ */
/* 
 * reads : g_38
 * writes: g_38
 */
static int32_t * func_29(uint16_t  p_30)
{ /* block id: 20 */
    int32_t *l_34 = (void*)0;
    int32_t *l_35 = &g_23;
    int32_t l_36[4];
    int32_t *l_37[2][3][1] = {{{&l_36[3]},{&l_36[0]},{&l_36[3]}},{{&l_36[3]},{&l_36[0]},{&l_36[3]}}};
    int32_t *l_41 = &g_23;
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_36[i] = 1L;
    g_38++;
    return l_41;
}


/* ------------------------------------------ */
/* 
 * reads : g_66 g_2 g_72 g_75
 * writes: g_72
 */
static int32_t ** func_46(int32_t * p_47, uint32_t  p_48, uint64_t  p_49)
{ /* block id: 32 */
    uint32_t l_65 = 0x8FF5F6F5L;
    uint64_t * const **l_68[4];
    uint64_t *l_70 = (void*)0;
    uint64_t * const *l_69 = &l_70;
    int32_t *l_71 = &g_72[0];
    int32_t *l_73 = (void*)0;
    int32_t l_74[4] = {2L,2L,2L,2L};
    int i;
    for (i = 0; i < 4; i++)
        l_68[i] = &g_66;
    l_69 = ((safe_div_func_int8_t_s_s(p_48, l_65)) , g_66);
    l_74[0] = ((*l_71) &= (*p_47));
    return g_75;
}




/* ---------------------------------------- */
int main (int argc, char* argv[])
{
    int i;
    int print_hash_value = 0;
    if (argc == 2 && strcmp(argv[1], "1") == 0) print_hash_value = 1;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_72[i], "g_72[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_119, "g_119", print_hash_value);
    transparent_crc(g_120, "g_120", print_hash_value);
    transparent_crc(g_135, "g_135", print_hash_value);
    transparent_crc(g_141, "g_141", print_hash_value);
    transparent_crc(g_219, "g_219", print_hash_value);
    transparent_crc(g_260, "g_260", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 88
XXX total union variables: 0

XXX max expression depth: 18
breakdown:
   depth: 1, occurrence: 48
   depth: 2, occurrence: 15
   depth: 3, occurrence: 2
   depth: 8, occurrence: 1
   depth: 9, occurrence: 1
   depth: 10, occurrence: 1
   depth: 11, occurrence: 1
   depth: 12, occurrence: 1
   depth: 13, occurrence: 1
   depth: 14, occurrence: 2
   depth: 15, occurrence: 2
   depth: 16, occurrence: 1
   depth: 17, occurrence: 2
   depth: 18, occurrence: 1

XXX total number of pointers: 96

XXX times a variable address is taken: 123
XXX times a pointer is dereferenced on RHS: 20
breakdown:
   depth: 1, occurrence: 15
   depth: 2, occurrence: 5
XXX times a pointer is dereferenced on LHS: 35
breakdown:
   depth: 1, occurrence: 34
   depth: 2, occurrence: 1
XXX times a pointer is compared with null: 3
XXX times a pointer is compared with address of another variable: 2
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 535

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 127
   level: 2, occurrence: 10
   level: 3, occurrence: 7
   level: 4, occurrence: 3
XXX number of pointers point to pointers: 37
XXX number of pointers point to scalars: 59
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 22.9
XXX average alias set size: 1.15

XXX times a non-volatile is read: 245
XXX times a non-volatile is write: 135
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 52
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 15
   depth: 1, occurrence: 10
   depth: 2, occurrence: 12
   depth: 3, occurrence: 15

XXX percentage a fresh-made variable is used: 24.3
XXX percentage an existing variable is used: 75.7
********************* end of statistics **********************/

