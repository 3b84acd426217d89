/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 13 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      13
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static uint8_t safe_add_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a + (uint32_t)b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int8_t safe_rshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   int32_t  f0;
};

union U1 {
   uint8_t  f0;
};

/* --- GLOBAL VARIABLES --- */
static uint16_t g_7 = 1UL;
static int32_t *g_24 = (void*)0;
static uint16_t g_26 = 65535UL;
static int32_t g_29 = (-9L);
static uint16_t g_47 = 0x389DL;
static union U1 g_50 = {0xD5L};
static int64_t g_59[2] = {9L,9L};
static int32_t g_61[5] = {0xC15C487EL,0xC15C487EL,0xC15C487EL,0xC15C487EL,0xC15C487EL};
static struct S0 g_62 = {-8L};
static int8_t g_82[4][3] = {{0xF1L,0xF1L,(-1L)},{0xF1L,0xF1L,(-1L)},{0xF1L,0xF1L,(-1L)},{0xF1L,0xF1L,(-1L)}};
static int8_t *g_127[2] = {&g_82[2][2],&g_82[2][2]};
static int16_t g_132 = 0L;
static int32_t g_135 = 0x671DAD4EL;
static int16_t **g_148 = (void*)0;
static uint8_t g_158 = 3UL;
static uint8_t g_175 = 0xD9L;
static int8_t g_195 = 5L;
static union U1 *g_214 = &g_50;
static union U1 **g_213 = &g_214;
static int8_t g_255 = 0x63L;
static int32_t **g_257 = &g_24;
static int32_t ***g_256[2] = {&g_257,&g_257};


/* --- FORWARD DECLARATIONS --- */
static int8_t  func_1(void);
static int64_t  func_4(int32_t  p_5, int8_t  p_6);
static int32_t * func_10(int32_t * p_11);
static int32_t * func_12(int32_t  p_13, int32_t * p_14);
static const int32_t  func_17(uint8_t  p_18);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_7 g_24 g_26 g_29 g_47 g_50 g_50.f0 g_61 g_62 g_59 g_82 g_135 g_158 g_213 g_195 g_175 g_255 g_256 g_132
 * writes: g_7 g_26 g_29 g_47 g_50.f0 g_59 g_61 g_62 g_82 g_24 g_127 g_132 g_135 g_158 g_195 g_255
 */
static int8_t  func_1(void)
{ /* block id: 0 */
    uint32_t l_133 = 1UL;
    int32_t *l_134 = &g_135;
    int32_t l_156 = 4L;
    int32_t l_157 = (-1L);
    struct S0 l_179 = {0xFA0CD836L};
    int8_t *l_184 = (void*)0;
    uint16_t l_196 = 9UL;
    uint16_t l_203 = 65528UL;
    uint32_t l_204 = 4294967295UL;
    uint16_t l_276 = 0xE4C7L;
lbl_211:
    (*l_134) |= ((safe_lshift_func_uint16_t_u_s(0UL, (func_4(g_7, g_7) && (g_26 > g_82[3][1])))) == l_133);
    for (g_26 = 0; (g_26 <= 2); g_26 += 1)
    { /* block id: 85 */
        int32_t **l_138 = &l_134;
        int32_t ***l_139 = &l_138;
        int32_t l_146 = (-1L);
        int16_t l_147[1];
        int32_t *l_170 = &g_61[0];
        int32_t *l_171 = &g_62.f0;
        int32_t *l_172 = &l_146;
        int32_t *l_173 = &g_61[2];
        int32_t *l_174 = &l_156;
        uint8_t l_178 = 4UL;
        int i;
        for (i = 0; i < 1; i++)
            l_147[i] = 0L;
    }
    for (g_158 = 0; (g_158 != 5); g_158++)
    { /* block id: 135 */
        int16_t l_207 = 0xE0BAL;
        int32_t *l_208[5] = {&g_135,&g_135,&g_135,&g_135,&g_135};
        uint16_t l_237 = 1UL;
        int64_t l_273[2][3][3];
        int16_t l_274 = 2L;
        int8_t *l_275 = &g_195;
        int i, j, k;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 3; j++)
            {
                for (k = 0; k < 3; k++)
                    l_273[i][j][k] = (-9L);
            }
        }
        g_61[3] |= (((safe_mul_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(l_203, (l_204 >= ((safe_lshift_func_uint8_t_u_s((((((((g_47 != g_135) , &g_26) == &l_196) , 0x343AL) || l_207) ^ (*l_134)) > l_207), (*l_134))) >= (*l_134))))), 0xD1L)) != g_82[0][1]) != 6UL);
        for (g_50.f0 = 0; (g_50.f0 > 7); g_50.f0++)
        { /* block id: 139 */
            int32_t l_212 = (-1L);
            union U1 **l_215 = &g_214;
            if (g_26)
                goto lbl_211;
            g_29 |= l_212;
            l_215 = g_213;
        }
        for (g_195 = 2; (g_195 > (-28)); --g_195)
        { /* block id: 146 */
            int64_t l_221 = (-1L);
            for (l_156 = 0; (l_156 > 13); l_156 = safe_add_func_int16_t_s_s(l_156, 1))
            { /* block id: 149 */
                int32_t l_220 = 0xB4E74358L;
                l_221 = (l_220 = (*l_134));
            }
            (*l_134) = ((*l_134) , 0x5BE33F89L);
            for (g_50.f0 = (-13); (g_50.f0 < 24); g_50.f0 = safe_add_func_int16_t_s_s(g_50.f0, 2))
            { /* block id: 156 */
                int32_t **l_230 = &l_208[1];
                l_237 = (safe_mul_func_int16_t_s_s((safe_mul_func_int16_t_s_s(((safe_add_func_int64_t_s_s((l_221 == (&l_134 != l_230)), (safe_lshift_func_int16_t_s_u((safe_sub_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((*l_134), (**l_230))), (*l_134))), (*l_134))))) , (*l_134)), g_26)), l_221));
            }
            for (l_179.f0 = 0; (l_179.f0 <= 2); l_179.f0 += 1)
            { /* block id: 161 */
                int32_t l_252 = 0L;
                int16_t *l_253 = &l_207;
                int8_t *l_254 = &g_255;
                int32_t ***l_258 = (void*)0;
                int i, j;
                g_62.f0 ^= (g_195 , (((*l_254) &= ((safe_mod_func_int32_t_s_s(0x30A5C780L, (safe_add_func_int16_t_s_s(((*l_253) |= ((safe_add_func_int32_t_s_s((g_135 = ((g_47 = (*l_134)) & ((safe_lshift_func_uint8_t_u_s((safe_lshift_func_int8_t_s_s((g_82[(l_179.f0 + 1)][l_179.f0] ^= (*l_134)), 1)), 3)) | (safe_lshift_func_int8_t_s_s(((g_61[3] = (((safe_mul_func_int8_t_s_s(((&g_61[0] == &l_156) , l_252), l_252)) <= l_221) & g_175)) == 0x7501EDD8L), 6))))), l_252)) <= g_158)), g_158)))) < 0x6CL)) || 0L));
                l_258 = g_256[1];
                if ((*l_134))
                    break;
            }
        }
        l_276 &= (safe_mul_func_uint8_t_u_u(g_62.f0, ((*l_275) ^= (safe_mul_func_uint16_t_u_u(((g_132 >= (safe_lshift_func_uint16_t_u_s(((safe_add_func_int16_t_s_s((*l_134), ((safe_lshift_func_uint16_t_u_s(0xF350L, 1)) , (safe_add_func_int64_t_s_s((safe_lshift_func_uint16_t_u_u((0x9DL && l_273[1][2][2]), 7)), l_274))))) >= 0x450BA36C04856745LL), (*l_134)))) | g_47), 0x30D2L)))));
    }
    return (*l_134);
}


/* ------------------------------------------ */
/* 
 * reads : g_7 g_24 g_26 g_29 g_47 g_50 g_50.f0 g_61 g_62 g_59
 * writes: g_7 g_26 g_29 g_47 g_50.f0 g_59 g_61 g_62 g_82 g_24 g_127 g_132
 */
static int64_t  func_4(int32_t  p_5, int8_t  p_6)
{ /* block id: 1 */
    int32_t *l_92 = (void*)0;
    int32_t *l_93 = &g_29;
    int32_t *l_94 = &g_62.f0;
    int32_t *l_95 = &g_61[2];
    int32_t *l_96 = &g_62.f0;
    int32_t *l_97 = &g_61[4];
    int32_t l_98 = (-9L);
    int32_t *l_99 = &l_98;
    int32_t *l_100[5];
    uint32_t l_101 = 0UL;
    int64_t l_106[5][4][5] = {{{0xF05F92870E6F0126LL,0xB9A2A759B8980116LL,0xA2CB814C848226CALL,0xB9A2A759B8980116LL,0xF05F92870E6F0126LL},{0x28B080850C123E8BLL,0x586FDAF309D66109LL,0xBCB459AD7A1A6E00LL,0x3633256DFF3C4299LL,0L},{0x93513A33BA3285CCLL,0x4A6601A515F4A009LL,0xB2435984A9005331LL,9L,9L},{0x3633256DFF3C4299LL,0x7E4F71DE7DACA0B5LL,0x3633256DFF3C4299LL,0x140F939D135A330ELL,0xE9534DB89AE2E44FLL}},{{0xF05F92870E6F0126LL,0xB2435984A9005331LL,0xB9A2A759B8980116LL,0xB7EFAAD5B6D64A7FLL,9L},{0xE9534DB89AE2E44FLL,0x660C04CD9F8BFC01LL,0xEC4CFB6E6AAC493ELL,0xEC4CFB6E6AAC493ELL,0x660C04CD9F8BFC01LL},{(-8L),(-1L),0xB9A2A759B8980116LL,9L,0xA2CB814C848226CALL},{0x28B080850C123E8BLL,0xBCB459AD7A1A6E00LL,0x691D7FE7CF914606LL,0x7E4F71DE7DACA0B5LL,0x92B5330BC39A6180LL}},{{0x4A6601A515F4A009LL,(-8L),(-8L),0x4A6601A515F4A009LL,0x804166F2926A71ABLL},{0x28B080850C123E8BLL,0xEC4CFB6E6AAC493ELL,(-1L),0x586FDAF309D66109LL,0x7E4F71DE7DACA0B5LL},{(-8L),0x93513A33BA3285CCLL,0xB68978726BC3EE98LL,0xB9A2A759B8980116LL,0xB68978726BC3EE98LL},{0xE9534DB89AE2E44FLL,0xE9534DB89AE2E44FLL,0x7E4F71DE7DACA0B5LL,0x586FDAF309D66109LL,(-1L)}},{{0xF05F92870E6F0126LL,0xB7EFAAD5B6D64A7FLL,0x804166F2926A71ABLL,0x4A6601A515F4A009LL,(-8L)},{0x691D7FE7CF914606LL,0x7E4F71DE7DACA0B5LL,0x92B5330BC39A6180LL,0x7E4F71DE7DACA0B5LL,0x691D7FE7CF914606LL},{0x72051206B3A0AE14LL,0xB7EFAAD5B6D64A7FLL,0xA2CB814C848226CALL,9L,0xB9A2A759B8980116LL},{0x586FDAF309D66109LL,0xE9534DB89AE2E44FLL,0x660C04CD9F8BFC01LL,0xEC4CFB6E6AAC493ELL,0xEC4CFB6E6AAC493ELL}},{{9L,0x93513A33BA3285CCLL,9L,0xB7EFAAD5B6D64A7FLL,0xB9A2A759B8980116LL},{0x3633256DFF3C4299LL,0xEC4CFB6E6AAC493ELL,0xE9534DB89AE2E44FLL,0x140F939D135A330ELL,0x691D7FE7CF914606LL},{0xB9A2A759B8980116LL,(-8L),0xB2435984A9005331LL,0xB2435984A9005331LL,(-8L)},{0x660C04CD9F8BFC01LL,0xBCB459AD7A1A6E00LL,0xE9534DB89AE2E44FLL,0x691D7FE7CF914606LL,(-1L)}}};
    int8_t *l_125 = &g_82[1][1];
    int i, j, k;
    for (i = 0; i < 5; i++)
        l_100[i] = &g_61[1];
    for (g_7 = 8; (g_7 == 54); ++g_7)
    { /* block id: 4 */
        int32_t **l_91 = &g_24;
        (*l_91) = func_10(func_12(((safe_mod_func_int32_t_s_s(func_17(g_7), p_6)) == 9L), g_24));
    }
    l_101--;
    for (g_50.f0 = 0; (g_50.f0 != 50); g_50.f0++)
    { /* block id: 55 */
        l_106[2][1][4] |= (*l_95);
    }
    for (g_50.f0 = 0; (g_50.f0 > 14); ++g_50.f0)
    { /* block id: 60 */
        int32_t l_111[1][4];
        int32_t l_118 = 0L;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_111[i][j] = 0x861C5134L;
        }
        if (g_50.f0)
            break;
        if (g_62.f0)
            continue;
        for (p_5 = 0; (p_5 == 9); p_5 = safe_add_func_uint64_t_u_u(p_5, 1))
        { /* block id: 65 */
            int8_t *l_117[5] = {&g_82[0][1],&g_82[0][1],&g_82[0][1],&g_82[0][1],&g_82[0][1]};
            int8_t **l_126[1][3][2] = {{{(void*)0,(void*)0},{&l_125,(void*)0},{(void*)0,&l_125}}};
            int32_t l_130[5];
            int16_t *l_131 = &g_132;
            int i, j, k;
            for (i = 0; i < 5; i++)
                l_130[i] = 0L;
            if (l_111[0][0])
                break;
            for (g_7 = 0; (g_7 > 57); g_7++)
            { /* block id: 69 */
                union U1 *l_114[1][2][2] = {{{&g_50,&g_50},{&g_50,&g_50}}};
                union U1 **l_115 = &l_114[0][0][0];
                struct S0 *l_116 = &g_62;
                int i, j, k;
                if (p_6)
                    break;
                (*l_115) = l_114[0][1][1];
                (*l_116) = g_62;
            }
            (*l_99) &= ((l_118 = (p_6 == p_6)) , (safe_rshift_func_int8_t_s_s(((*l_125) = (safe_mul_func_int16_t_s_s(((*l_131) = ((*l_95) , (safe_sub_func_uint32_t_u_u(((((((((g_127[1] = l_125) == ((safe_sub_func_int8_t_s_s((((p_6 , 0x9B843F1FL) ^ p_6) <= l_130[2]), l_130[2])) , (void*)0)) <= l_111[0][2]) == 0L) != g_26) >= g_61[2]) < l_111[0][3]) || g_50.f0), (-1L))))), l_130[1]))), g_59[0])));
        }
    }
    return g_59[0];
}


/* ------------------------------------------ */
/* 
 * reads : g_50.f0 g_26 g_47 g_59
 * writes: g_50.f0 g_26 g_24 g_47
 */
static int32_t * func_10(int32_t * p_11)
{ /* block id: 31 */
    int64_t l_87 = (-7L);
    for (g_50.f0 = (-24); (g_50.f0 != 30); g_50.f0 = safe_add_func_uint8_t_u_u(g_50.f0, 1))
    { /* block id: 34 */
        for (g_26 = 0; (g_26 <= 4); g_26 += 1)
        { /* block id: 37 */
            int32_t **l_86[1][5] = {{&g_24,&g_24,&g_24,&g_24,&g_24}};
            int i, j;
            g_24 = &g_61[0];
            if (l_87)
                continue;
        }
        for (g_47 = 0; (g_47 >= 19); ++g_47)
        { /* block id: 43 */
            int32_t **l_90 = &g_24;
            (*l_90) = (void*)0;
            if (g_59[0])
                break;
        }
        return &g_29;
    }
    return &g_29;
}


/* ------------------------------------------ */
/* 
 * reads : g_26 g_29 g_47 g_50 g_7 g_50.f0 g_61 g_62
 * writes: g_47 g_50.f0 g_59 g_61 g_62 g_82
 */
static int32_t * func_12(int32_t  p_13, int32_t * p_14)
{ /* block id: 12 */
    const uint64_t l_39 = 18446744073709551615UL;
    int32_t l_56 = 7L;
    int32_t l_69 = 0L;
    int32_t l_70[1][2][2];
    uint32_t l_74 = 0UL;
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 2; k++)
                l_70[i][j][k] = 0x9AB163B6L;
        }
    }
    if (((((g_26 <= g_29) || g_26) & (((safe_lshift_func_uint16_t_u_s(p_13, (l_39 , 0xF9F4L))) > g_26) , l_39)) && p_13))
    { /* block id: 13 */
        uint16_t *l_44 = &g_26;
        int32_t l_45 = 0xB8EEB303L;
        uint16_t *l_46 = &g_47;
        int32_t *l_54 = (void*)0;
        int32_t l_71 = 0L;
        int32_t l_72 = 0x52A731ACL;
        int32_t l_73 = (-1L);
        if ((safe_mod_func_uint16_t_u_u(0UL, ((p_13 != (safe_lshift_func_uint16_t_u_u(((*l_46) |= (((l_44 == &g_7) , ((((l_45 && 18446744073709551615UL) | p_13) == g_26) < l_39)) | g_29)), p_13))) ^ 0x4AA3E851L))))
        { /* block id: 15 */
            return p_14;
        }
        else
        { /* block id: 17 */
            uint64_t l_53 = 0x64D14C5BDDF9C202LL;
            int16_t *l_55 = (void*)0;
            uint8_t *l_57 = &g_50.f0;
            int64_t *l_58 = &g_59[0];
            int32_t *l_60 = (void*)0;
            int32_t **l_63 = &l_60;
            int32_t *l_64 = &g_61[2];
            int32_t *l_65 = &l_45;
            int32_t *l_66 = &g_61[4];
            int32_t *l_67 = &g_29;
            int32_t *l_68[3];
            struct S0 l_77 = {0L};
            struct S0 *l_78 = &g_62;
            int i;
            for (i = 0; i < 3; i++)
                l_68[i] = &g_61[1];
            g_61[2] |= (((((*l_58) = (p_13 ^ ((g_47 || ((safe_mul_func_int16_t_s_s((g_50 , (safe_rshift_func_uint8_t_u_u(((*l_57) |= (((((l_56 = ((l_53 == (((l_54 != (void*)0) || g_7) && g_26)) > g_29)) , p_13) != 0x775BEB379DE568C3LL) , p_13) > 0x510DL)), p_13))), g_47)) & 0x6B47L)) < 0xFFDB42E276980504LL))) < p_13) | l_53) && g_29);
            (*l_63) = (g_62 , (l_39 , p_14));
            l_74--;
            (*l_78) = l_77;
        }
    }
    else
    { /* block id: 26 */
        int8_t *l_81 = &g_82[0][1];
        int32_t *l_83 = &g_61[2];
        (*l_83) = (safe_lshift_func_int8_t_s_s(((*l_81) = 0xE6L), 0));
    }
    return p_14;
}


/* ------------------------------------------ */
/* 
 * reads : g_24 g_26 g_29 g_7
 * writes: g_26 g_29
 */
static const int32_t  func_17(uint8_t  p_18)
{ /* block id: 5 */
    struct S0 l_19[5] = {{0L},{0L},{0L},{0L},{0L}};
    uint16_t *l_25 = &g_26;
    int32_t *l_27 = (void*)0;
    int32_t *l_28 = &g_29;
    int32_t l_36 = 1L;
    int i;
    (*l_28) = (l_19[3] , (((p_18 , (l_19[3].f0 = ((safe_mul_func_uint8_t_u_u(((p_18 == 0x588C5561L) != (((safe_mul_func_uint16_t_u_u(((*l_25) = ((void*)0 != g_24)), 1UL)) && g_26) != l_19[3].f0)), p_18)) == l_19[3].f0))) , l_27) != l_27));
    (*l_28) = (safe_rshift_func_int8_t_s_s((*l_28), 0));
    (*l_28) = ((g_29 , (*l_28)) < (safe_lshift_func_int16_t_s_u(((p_18 && ((safe_mul_func_uint8_t_u_u(g_29, (p_18 && p_18))) > (*l_28))) , g_7), l_36)));
    return p_18;
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
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_50.f0, "g_50.f0", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_59[i], "g_59[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_61[i], "g_61[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_62.f0, "g_62.f0", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_82[i][j], "g_82[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_135, "g_135", print_hash_value);
    transparent_crc(g_158, "g_158", print_hash_value);
    transparent_crc(g_175, "g_175", print_hash_value);
    transparent_crc(g_195, "g_195", print_hash_value);
    transparent_crc(g_255, "g_255", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 58
   depth: 1, occurrence: 4
XXX total union variables: 1

XXX max expression depth: 25
breakdown:
   depth: 1, occurrence: 52
   depth: 2, occurrence: 18
   depth: 3, occurrence: 2
   depth: 7, occurrence: 2
   depth: 9, occurrence: 2
   depth: 10, occurrence: 1
   depth: 13, occurrence: 1
   depth: 14, occurrence: 1
   depth: 15, occurrence: 2
   depth: 23, occurrence: 2
   depth: 25, occurrence: 1

XXX total number of pointers: 78

XXX times a variable address is taken: 80
XXX times a pointer is dereferenced on RHS: 28
breakdown:
   depth: 1, occurrence: 26
   depth: 2, occurrence: 1
   depth: 3, occurrence: 1
XXX times a pointer is dereferenced on LHS: 34
breakdown:
   depth: 1, occurrence: 34
XXX times a pointer is compared with null: 2
XXX times a pointer is compared with address of another variable: 3
XXX times a pointer is compared with another pointer: 1
XXX times a pointer is qualified to be dereferenced: 570

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 133
   level: 2, occurrence: 4
   level: 3, occurrence: 4
XXX number of pointers point to pointers: 16
XXX number of pointers point to scalars: 56
XXX number of pointers point to structs: 4
XXX percent of pointers has null in alias set: 24.4
XXX average alias set size: 1.15

XXX times a non-volatile is read: 219
XXX times a non-volatile is write: 115
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 58
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 17
   depth: 1, occurrence: 14
   depth: 2, occurrence: 19
   depth: 3, occurrence: 8

XXX percentage a fresh-made variable is used: 16.9
XXX percentage an existing variable is used: 83.1
********************* end of statistics **********************/

