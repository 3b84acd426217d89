/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int8_t safe_add_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint32_t safe_add_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a + (uint32_t)b); }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static int32_t safe_div_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint32_t safe_div_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint64_t safe_mod_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 6L;
static int32_t g_6 = 9L;
static int32_t g_33 = 0xA44198D7L;
static int32_t g_43 = 0x4981C586L;
static int16_t g_46 = (-8L);
static uint8_t g_66[4] = {255UL,255UL,255UL,255UL};
static uint32_t g_67 = 0x5481F04FL;
static int64_t g_68 = 0x4CD027BAED967AACLL;
static uint64_t g_86[2] = {0x19708E63FEEA102ALL,0x19708E63FEEA102ALL};
static uint16_t g_87 = 0xAF0CL;
static uint16_t *g_104 = &g_87;
static uint8_t g_117 = 253UL;
static uint8_t g_124[4][5][1] = {{{0x06L},{1UL},{0x06L},{254UL},{0x06L}},{{1UL},{0x06L},{254UL},{0x06L},{1UL}},{{0x06L},{254UL},{0x06L},{1UL},{0x06L}},{{254UL},{0x06L},{1UL},{0x06L},{254UL}}};
static int64_t g_174 = 0x08B23571D3B01B0BLL;
static int32_t *g_181 = &g_2;
static int32_t **g_180 = &g_181;
static int32_t *g_202 = &g_43;
static int32_t **g_201 = &g_202;
static uint16_t g_206 = 65533UL;
static int32_t g_210 = 0L;
static uint16_t **g_212 = &g_104;
static uint16_t ***g_211 = &g_212;


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static int16_t  func_9(int16_t  p_10);
static int32_t  func_13(uint64_t  p_14, int32_t  p_15, int8_t  p_16, int16_t  p_17);
static uint16_t  func_18(int16_t  p_19, uint8_t  p_20, uint16_t  p_21, int32_t  p_22);
static uint16_t  func_25(int16_t  p_26, int32_t  p_27);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_33 g_43 g_6 g_46 g_67 g_68 g_87 g_66 g_124 g_86 g_117 g_174 g_180 g_201 g_206 g_210 g_211 g_181
 * writes: g_2 g_6 g_33 g_46 g_66 g_67 g_68 g_86 g_87 g_104 g_117 g_124 g_43 g_180 g_174 g_206 g_210 g_211 g_181
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    int8_t l_5 = 0xF4L;
    uint16_t ****l_213 = &g_211;
    uint8_t *l_214 = (void*)0;
    uint8_t *l_215 = (void*)0;
    int32_t l_216 = 0xC15AF308L;
    uint8_t *l_217 = &g_66[2];
    uint64_t *l_227[3];
    uint64_t *l_229 = &g_86[0];
    uint64_t **l_228 = &l_229;
    int32_t l_230 = (-7L);
    uint8_t *l_235 = (void*)0;
    int32_t *l_244 = &g_210;
    int i;
    for (i = 0; i < 3; i++)
        l_227[i] = (void*)0;
    for (g_2 = 0; (g_2 > 6); g_2 = safe_add_func_int32_t_s_s(g_2, 4))
    { /* block id: 3 */
        uint16_t *l_205 = &g_206;
        int32_t *l_209 = &g_210;
        g_6 = l_5;
        (*l_209) |= (safe_add_func_int16_t_s_s(func_9(g_2), (++(*l_205))));
    }
    (*l_213) = g_211;
    (**g_180) = ((((*l_217)++) < (l_230 ^= (+((l_216 & 18446744073709551610UL) == (safe_sub_func_int32_t_s_s((safe_div_func_uint16_t_u_u((safe_sub_func_int8_t_s_s((l_227[0] != ((*l_228) = &g_86[0])), (((g_86[1]++) && (safe_mul_func_uint8_t_u_u((0xBAL > g_2), l_216))) < (-7L)))), 9UL)), g_43)))))) == 0x01C4L);
    (*l_244) ^= (l_216 &= (safe_lshift_func_uint8_t_u_u(g_66[3], (safe_rshift_func_uint16_t_u_s((safe_div_func_uint8_t_u_u((&l_216 == ((*g_180) = &l_216)), ((safe_mod_func_uint32_t_u_u((0x4A2BDFB0L || g_117), l_5)) & 0x86F06635L))), 2)))));
    return (*l_244);
}


/* ------------------------------------------ */
/* 
 * reads : g_6 g_33 g_43 g_46 g_2 g_67 g_68 g_87 g_66 g_124 g_86 g_117 g_174 g_180 g_201
 * writes: g_6 g_33 g_46 g_66 g_67 g_68 g_86 g_87 g_104 g_117 g_124 g_43 g_180 g_174
 */
static int16_t  func_9(int16_t  p_10)
{ /* block id: 5 */
    const int8_t l_30 = (-3L);
    int32_t *l_41 = &g_33;
    const int32_t l_171 = 0L;
    uint8_t l_172 = 0x64L;
    int16_t l_199 = 0x28C9L;
    int32_t **l_203 = &g_202;
    int16_t l_204[4][3] = {{0L,0xB770L,0xB770L},{0L,0xB770L,0xB770L},{0L,0xB770L,0xB770L},{0L,0xB770L,0xB770L}};
    int i, j;
    for (g_6 = (-20); (g_6 <= (-13)); g_6++)
    { /* block id: 8 */
        int8_t l_31 = 0x2DL;
        uint64_t l_44[4][2] = {{0xA00B6FB96F37D437LL,0xA00B6FB96F37D437LL},{0xA00B6FB96F37D437LL,0xA00B6FB96F37D437LL},{0xA00B6FB96F37D437LL,0xA00B6FB96F37D437LL},{0xA00B6FB96F37D437LL,0xA00B6FB96F37D437LL}};
        int32_t l_47 = (-7L);
        int32_t l_176 = 1L;
        const int32_t l_189 = 0L;
        uint8_t *l_197 = &g_117;
        uint8_t *l_198 = &l_172;
        int64_t *l_200 = &g_174;
        int i, j;
        if ((p_10 != 0x1D2250DB85613717LL))
        { /* block id: 9 */
            int32_t *l_32 = (void*)0;
            int32_t *l_42[2];
            int16_t *l_45 = &g_46;
            uint16_t *l_89 = &g_87;
            int32_t *l_158 = (void*)0;
            int32_t *l_159 = (void*)0;
            int i;
            for (i = 0; i < 2; i++)
                l_42[i] = &g_43;
            if (func_13((func_18((safe_lshift_func_uint16_t_u_u(((*l_89) = func_25(((g_33 |= (safe_sub_func_uint32_t_u_u(l_30, l_31))) , (!(safe_div_func_uint8_t_u_u(((0x82E58099L & (l_47 = (safe_div_func_uint64_t_u_u((((*l_45) = (((*l_41) = (safe_add_func_int32_t_s_s((l_41 != (((l_44[2][0] = 0xB7BE2D3DL) , (-1L)) , &g_33)), g_33))) == p_10)) && (*l_41)), g_43)))) <= g_6), g_6)))), p_10)), p_10)), p_10, p_10, g_43) != p_10), g_2, p_10, g_6))
            { /* block id: 85 */
                (*l_41) = 2L;
                return g_43;
            }
            else
            { /* block id: 88 */
                if (p_10)
                    break;
            }
            (*l_41) &= g_67;
            l_47 ^= (*l_41);
            for (g_46 = (-8); (g_46 >= 20); g_46++)
            { /* block id: 95 */
                uint8_t l_173 = 1UL;
                int32_t *l_175[4][3][4] = {{{&g_33,&g_33,&g_2,&g_33},{&g_33,&g_2,&g_2,&g_2},{&g_33,&g_33,&g_33,&g_2}},{{&g_33,&g_2,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_2,&g_33}},{{&g_33,&g_2,&g_2,&g_2},{&g_33,&g_33,&g_33,&g_2},{&g_33,&g_2,&g_33,&g_33}},{{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_2,&g_33},{&g_33,&g_2,&g_2,&g_2}}};
                int32_t ***l_182 = &g_180;
                int i, j, k;
                l_176 = (0x42AB698699BF897CLL & ((((safe_sub_func_uint64_t_u_u((((*l_89) |= (4294967291UL >= (((+((safe_add_func_uint64_t_u_u((l_47 = (0x95L & p_10)), ((((safe_div_func_uint8_t_u_u((18446744073709551615UL != l_171), l_172)) ^ p_10) < l_173) | 0L))) || g_174)) & g_68) != p_10))) , p_10), 0x14BEF022BA7A0367LL)) == (*l_41)) , (void*)0) != l_175[3][2][2]));
                (*l_41) = ((safe_div_func_uint16_t_u_u((((&l_175[3][0][2] == (void*)0) , (+(&l_175[3][2][2] == ((*l_182) = g_180)))) | (p_10 || p_10)), g_87)) | p_10);
            }
        }
        else
        { /* block id: 102 */
            return g_66[1];
        }
        l_47 |= (*l_41);
        l_204[1][0] ^= ((safe_div_func_uint16_t_u_u((safe_add_func_int8_t_s_s(g_124[3][2][0], ((((((*l_200) |= ((safe_mod_func_uint64_t_u_u(18446744073709551615UL, l_189)) & (((safe_div_func_int32_t_s_s((((+1UL) , ((safe_div_func_uint8_t_u_u(((((*l_198) |= ((*l_197) = (safe_lshift_func_int8_t_s_s((g_86[0] || 0x25287847L), 1)))) <= 0x4CL) , 0xB8L), 0xC2L)) == (*l_41))) , 0x1039D6A3L), l_199)) || g_124[2][4][0]) || p_10))) , g_201) != l_203) || 0UL) , p_10))), 0x73B7L)) >= 0xC2E982C83C740145LL);
    }
    return p_10;
}


/* ------------------------------------------ */
/* 
 * reads : g_2 g_46 g_87 g_66 g_33 g_124 g_86 g_43 g_6 g_117 g_67 g_68
 * writes: g_104 g_33 g_46 g_87 g_117 g_124 g_43
 */
static int32_t  func_13(uint64_t  p_14, int32_t  p_15, int8_t  p_16, int16_t  p_17)
{ /* block id: 38 */
    int32_t **l_99 = (void*)0;
    int32_t *l_101 = (void*)0;
    int32_t **l_100 = &l_101;
    uint16_t *l_103 = &g_87;
    uint16_t **l_102[2];
    uint16_t * const l_105[1] = {&g_87};
    int32_t l_106 = (-1L);
    int32_t *l_107[2];
    uint64_t l_115 = 0x9D34E1B6EB866B6FLL;
    uint32_t l_127 = 0UL;
    uint16_t ***l_140 = &l_102[1];
    int i;
    for (i = 0; i < 2; i++)
        l_102[i] = &l_103;
    for (i = 0; i < 2; i++)
        l_107[i] = &g_33;
    g_33 = (((safe_sub_func_int8_t_s_s((-1L), (~((safe_lshift_func_int8_t_s_u(g_2, 6)) != (&g_43 == ((*l_100) = &p_15)))))) != ((g_104 = (void*)0) != l_105[0])) >= l_106);
    if (g_2)
        goto lbl_110;
lbl_110:
    for (g_46 = 0; (g_46 >= (-29)); --g_46)
    { /* block id: 44 */
        if (p_17)
            break;
    }
    for (g_87 = 0; (g_87 <= 1); g_87 += 1)
    { /* block id: 50 */
        uint8_t *l_116 = &g_117;
        int32_t l_118 = (-2L);
        int32_t * const *l_130 = (void*)0;
        int16_t l_133 = 0x71E1L;
        int i;
        if ((safe_mul_func_uint8_t_u_u((safe_div_func_uint32_t_u_u(g_66[(g_87 + 1)], p_15)), (g_66[(g_87 + 1)] , ((*l_116) = l_115)))))
        { /* block id: 52 */
            uint8_t l_119 = 250UL;
            for (p_17 = 1; (p_17 >= 0); p_17 -= 1)
            { /* block id: 55 */
                --l_119;
            }
            if (g_66[1])
                continue;
        }
        else
        { /* block id: 59 */
            int64_t l_122[5][1][4];
            int32_t l_123 = 0x7C56116CL;
            int i, j, k;
            for (i = 0; i < 5; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 4; k++)
                        l_122[i][j][k] = 0xE5886D3506333884LL;
                }
            }
            g_33 &= 0x0B978F22L;
            ++g_124[3][2][0];
            g_33 &= 0xD61587F3L;
        }
        if (l_127)
        { /* block id: 64 */
            uint8_t l_134[2][1];
            int16_t *l_135 = &g_46;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_134[i][j] = 0xEAL;
            }
            g_33 ^= ((-4L) || (safe_sub_func_int16_t_s_s((((void*)0 != l_130) >= (p_15 , (((((*l_135) = (safe_sub_func_int64_t_s_s(((-4L) == l_133), l_134[0][0]))) <= p_17) <= 65535UL) > p_17))), p_15)));
        }
        else
        { /* block id: 67 */
            uint32_t l_136 = 0x3581D61FL;
            int32_t l_139 = 0xAFEA2219L;
            l_136--;
            l_139 = g_86[1];
            for (g_43 = 0; (g_43 >= 0); g_43 -= 1)
            { /* block id: 72 */
                uint16_t ****l_141 = &l_140;
                int32_t *l_143 = (void*)0;
                int32_t **l_142 = &l_143;
                int i;
                (*l_141) = l_140;
                (*l_142) = (l_107[g_87] = l_107[(g_43 + 1)]);
                return g_86[g_87];
            }
        }
        g_33 &= (safe_mul_func_int16_t_s_s((safe_rshift_func_int16_t_s_s(((safe_add_func_int16_t_s_s(((((*l_116) &= ((safe_rshift_func_uint8_t_u_s(((safe_div_func_uint8_t_u_u(((safe_lshift_func_uint8_t_u_s((safe_add_func_uint32_t_u_u((0UL <= (l_118 = ((g_86[1] & 0xFC4F5E6FL) , 0xC801A578L))), (l_133 | 0x0A1317D2L))), 2)) || 6UL), 0xFFL)) , g_6), 1)) | g_86[0])) || g_67) | p_16), p_15)) && g_124[2][1][0]), p_17)), g_124[3][2][0]));
        if (g_66[2])
            break;
    }
    return g_68;
}


/* ------------------------------------------ */
/* 
 * reads : g_87
 * writes: g_33
 */
static uint16_t  func_18(int16_t  p_19, uint8_t  p_20, uint16_t  p_21, int32_t  p_22)
{ /* block id: 35 */
    int32_t *l_90 = (void*)0;
    int32_t *l_91 = &g_33;
    (*l_91) = p_21;
    return g_87;
}


/* ------------------------------------------ */
/* 
 * reads : g_46 g_43 g_33 g_2 g_6 g_67 g_68
 * writes: g_66 g_33 g_67 g_68 g_46 g_86 g_87
 */
static uint16_t  func_25(int16_t  p_26, int32_t  p_27)
{ /* block id: 15 */
    uint32_t l_53[5][4] = {{0UL,4294967290UL,4294967290UL,4294967290UL},{0xDE5156BEL,0xDE5156BEL,0UL,4294967290UL},{0x0B9F5AB1L,4294967290UL,0x0B9F5AB1L,0UL},{0x0B9F5AB1L,0UL,0UL,0x0B9F5AB1L},{0xDE5156BEL,0UL,4294967290UL,0UL}};
    int16_t *l_81 = &g_46;
    int32_t *l_82[4][3] = {{(void*)0,(void*)0,&g_43},{&g_43,&g_43,(void*)0},{(void*)0,(void*)0,&g_43},{&g_43,&g_43,(void*)0}};
    int32_t l_83[4] = {0xA3212EC3L,0xA3212EC3L,0xA3212EC3L,0xA3212EC3L};
    int64_t *l_84 = &g_68;
    uint64_t *l_85 = &g_86[1];
    int32_t *l_88 = &g_33;
    int i, j;
    for (p_27 = 0; (p_27 <= 26); ++p_27)
    { /* block id: 18 */
        int32_t *l_51 = &g_33;
        int32_t **l_50 = &l_51;
        int32_t *l_52[5][5][2] = {{{(void*)0,&g_33},{&g_2,&g_6},{&g_2,&g_6},{&g_6,&g_6},{&g_2,&g_6}},{{&g_2,&g_33},{(void*)0,&g_2},{(void*)0,(void*)0},{&g_6,(void*)0},{&g_6,(void*)0}},{{(void*)0,&g_2},{(void*)0,&g_33},{&g_2,&g_6},{&g_2,&g_6},{&g_6,&g_6}},{{&g_2,&g_6},{&g_2,&g_33},{(void*)0,&g_2},{(void*)0,(void*)0},{&g_6,(void*)0}},{{&g_6,(void*)0},{(void*)0,&g_2},{(void*)0,&g_33},{&g_2,&g_6},{&g_2,&g_6}}};
        uint8_t *l_65 = &g_66[2];
        uint64_t l_70 = 0xB5841EC3D2506546LL;
        int i, j, k;
        (*l_50) = &g_6;
        --l_53[2][0];
        g_68 &= (safe_lshift_func_uint8_t_u_u((0xCA404523830AE734LL > (g_67 |= ((safe_mul_func_int16_t_s_s((safe_add_func_int32_t_s_s((g_33 ^= (safe_mul_func_uint16_t_u_u(l_53[0][1], (g_46 || ((*l_65) = (!g_43)))))), g_2)), l_53[2][0])) >= (**l_50)))), (*l_51)));
        l_70 ^= (~((-1L) || p_26));
    }
    (*l_88) ^= (((((((safe_mod_func_uint64_t_u_u((~(((4294967295UL >= ((l_53[2][0] , (g_87 = (!((*l_85) = (((safe_mul_func_int8_t_s_s((p_27 != (((((*l_84) ^= ((safe_lshift_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_u((((*l_81) = p_26) , (l_83[0] |= ((void*)0 != l_82[1][0]))), 7)), p_27)) ^ p_26)) == g_2) , p_27) | l_53[0][0])), l_53[3][0])) , g_43) ^ g_2))))) | p_26)) ^ 0x43E1243B3BE7B8BBLL) & l_53[2][0])), p_26)) , l_82[1][0]) != (void*)0) == p_26) && l_53[3][3]) <= l_53[3][2]) | g_2);
    return p_26;
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
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_66[i], "g_66[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_86[i], "g_86[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_117, "g_117", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_124[i][j][k], "g_124[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_174, "g_174", print_hash_value);
    transparent_crc(g_206, "g_206", print_hash_value);
    transparent_crc(g_210, "g_210", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 47
XXX total union variables: 0

XXX max expression depth: 31
breakdown:
   depth: 1, occurrence: 59
   depth: 2, occurrence: 11
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
   depth: 9, occurrence: 1
   depth: 10, occurrence: 2
   depth: 11, occurrence: 1
   depth: 12, occurrence: 1
   depth: 17, occurrence: 1
   depth: 20, occurrence: 2
   depth: 24, occurrence: 1
   depth: 30, occurrence: 1
   depth: 31, occurrence: 1

XXX total number of pointers: 56

XXX times a variable address is taken: 71
XXX times a pointer is dereferenced on RHS: 8
breakdown:
   depth: 1, occurrence: 7
   depth: 2, occurrence: 1
XXX times a pointer is dereferenced on LHS: 32
breakdown:
   depth: 1, occurrence: 31
   depth: 2, occurrence: 1
XXX times a pointer is compared with null: 3
XXX times a pointer is compared with address of another variable: 0
XXX times a pointer is compared with another pointer: 0
XXX times a pointer is qualified to be dereferenced: 167

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 91
   level: 2, occurrence: 12
XXX number of pointers point to pointers: 16
XXX number of pointers point to scalars: 40
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 26.8
XXX average alias set size: 1.2

XXX times a non-volatile is read: 150
XXX times a non-volatile is write: 104
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 0

XXX stmts: 54
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 17
   depth: 1, occurrence: 14
   depth: 2, occurrence: 14
   depth: 3, occurrence: 9

XXX percentage a fresh-made variable is used: 24.4
XXX percentage an existing variable is used: 75.6
********************* end of statistics **********************/

