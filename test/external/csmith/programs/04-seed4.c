/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 4 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      4
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static int8_t safe_add_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint32_t safe_add_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a + (uint32_t)b); }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static uint8_t safe_add_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a + (uint32_t)b); }
static int16_t safe_div_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a / b); }
static int32_t safe_div_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int32_t safe_unary_minus_func_int32_t_s(int32_t a) { return (a == (-2147483647 - 1)) ? a : (int32_t)-a; }
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint16_t  f0;
   uint16_t  f1;
   int8_t  f2;
   int16_t  f3;
};

union U1 {
   const int32_t  f0;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0x052061F6L;
static int8_t g_39 = 0x33L;
static uint16_t g_41 = 1UL;
static uint16_t **g_44 = (void*)0;
static struct S0 g_49[3] = {{8UL,0x8A87L,0xA8L,0xBC90L},{8UL,0x8A87L,0xA8L,0xBC90L},{8UL,0x8A87L,0xA8L,0xBC90L}};
static struct S0 **g_54 = (void*)0;
static int16_t g_56 = 0xB95CL;
static uint8_t g_58 = 0xA6L;
static struct S0 g_60 = {65535UL,0x312AL,-1L,0x5407L};
static int32_t g_67[5] = {(-1L),(-1L),(-1L),(-1L),(-1L)};
static const union U1 g_80 = {0x83D52604L};
static int32_t *g_109 = (void*)0;
static int32_t **g_108 = &g_109;
static uint32_t g_178 = 0xC41C70B5L;
static uint8_t g_187[5] = {0x58L,0x58L,0x58L,0x58L,0x58L};


/* --- FORWARD DECLARATIONS --- */
static const int8_t  func_1(void);
static int32_t * func_5(int32_t * p_6, uint8_t  p_7, int32_t * p_8, int32_t * p_9, int32_t * p_10);
static int32_t  func_19(int64_t  p_20, int32_t * const  p_21, int32_t  p_22, uint32_t  p_23, uint32_t  p_24);
static int16_t  func_29(int32_t * p_30);
static struct S0  func_32(int32_t * p_33, uint32_t  p_34, int16_t  p_35);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_41 g_44 g_39 g_60.f2 g_60.f3 g_60.f1 g_80 g_67 g_49.f2 g_49.f3 g_108 g_80.f0 g_58 g_49 g_60 g_109 g_178 g_187
 * writes: g_2 g_41 g_49 g_54 g_56 g_58 g_60.f2 g_67 g_60.f0 g_39 g_108 g_109 g_60 g_178 g_187
 */
static const int8_t  func_1(void)
{ /* block id: 0 */
    struct S0 *l_64 = &g_60;
    int32_t * const l_65[4] = {&g_2,&g_2,&g_2,&g_2};
    int32_t *l_84 = &g_2;
    uint32_t l_165[4][2];
    union U1 l_195 = {6L};
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_165[i][j] = 0xDB20BFABL;
    }
    for (g_2 = (-17); (g_2 == (-20)); g_2 = safe_sub_func_int64_t_s_s(g_2, 1))
    { /* block id: 3 */
        int32_t *l_31 = &g_2;
        int16_t *l_55 = &g_56;
        uint8_t *l_57 = &g_58;
        struct S0 *l_59 = &g_60;
        struct S0 **l_61 = (void*)0;
        struct S0 **l_62 = &l_59;
        struct S0 *l_63 = &g_60;
        int32_t **l_137 = &l_31;
        int32_t l_158 = 1L;
        int8_t l_159[1];
        int32_t l_160 = 0xC4F008F7L;
        int32_t l_163[3];
        int8_t l_164 = (-2L);
        int16_t l_198 = 0xBFBEL;
        int i;
        for (i = 0; i < 1; i++)
            l_159[i] = 1L;
        for (i = 0; i < 3; i++)
            l_163[i] = (-9L);
        (*l_137) = func_5(&g_2, (safe_div_func_uint64_t_u_u((safe_unary_minus_func_uint8_t_u((safe_sub_func_int8_t_s_s(((safe_rshift_func_int16_t_s_s(((safe_unary_minus_func_int32_t_s(func_19(((((*l_57) = (safe_rshift_func_int16_t_s_s(func_29(l_31), ((*l_55) = 0L)))) >= ((l_63 = ((*l_62) = l_59)) != l_64)) , 0xA3CE724D257E7E5FLL), l_65[0], g_60.f2, g_60.f3, g_60.f1))) || g_49[1].f3), g_39)) ^ (*l_31)), (*l_31))))), g_60.f3)), &g_2, &g_2, l_84);
        if ((*l_31))
            continue;
        if ((*l_84))
        { /* block id: 73 */
            int16_t l_151 = 0x85C1L;
            int32_t l_152 = 0L;
            int32_t l_153 = 0xC6E98833L;
            int32_t l_155 = 0L;
            int32_t l_156[1][1][4];
            int i, j, k;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 4; k++)
                        l_156[i][j][k] = (-6L);
                }
            }
            if ((*l_84))
            { /* block id: 74 */
                int8_t l_150 = 0x47L;
                int32_t l_154 = 0x908CCFF5L;
                int32_t l_157 = (-7L);
                int32_t l_161 = 0x8E251D06L;
                int32_t l_162 = 0L;
                (*l_64) = func_32(((*g_108) = (void*)0), g_60.f0, (safe_mod_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_s((safe_sub_func_uint64_t_u_u((safe_rshift_func_uint8_t_u_s(0x47L, 7)), (safe_rshift_func_uint16_t_u_u((safe_mod_func_int64_t_s_s((0x764A2DA50C6050D3LL && l_150), 0x1779622336EAB1F2LL)), l_151)))), 8)), 3UL)));
                (*l_62) = l_64;
                if (l_151)
                    continue;
                l_165[3][1]--;
            }
            else
            { /* block id: 80 */
                return g_41;
            }
            if ((*l_31))
                break;
            if ((*l_31))
                continue;
            if ((**l_137))
                continue;
        }
        else
        { /* block id: 86 */
            int8_t l_172 = 0x48L;
            int64_t l_174 = 0xA794496710E11215LL;
            int32_t l_175 = 0xC82E5360L;
            int32_t l_176 = 0x1E7E789FL;
            int32_t l_177 = (-1L);
            for (g_60.f1 = 12; (g_60.f1 < 47); g_60.f1 = safe_add_func_int8_t_s_s(g_60.f1, 5))
            { /* block id: 89 */
                return g_80.f0;
            }
            if (g_2)
                break;
            if (((safe_mul_func_int8_t_s_s(((((&l_137 != (void*)0) , l_172) == g_39) , (l_172 , 0xDAL)), (*l_84))) || 0xF8DBL))
            { /* block id: 93 */
                int32_t l_173[2][1][1];
                int32_t l_188 = 0x5526950CL;
                int i, j, k;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_173[i][j][k] = (-10L);
                    }
                }
                g_178++;
                l_188 |= (((251UL != (safe_lshift_func_int8_t_s_s((l_173[0][0][0] , ((safe_rshift_func_uint16_t_u_s(l_173[0][0][0], 13)) > (g_187[0] = (l_176 , (safe_sub_func_int16_t_s_s((g_80 , 0x7A2DL), g_178)))))), g_41))) & l_173[0][0][0]) <= g_58);
            }
            else
            { /* block id: 97 */
                uint8_t l_196 = 0xB2L;
                g_67[2] ^= (safe_add_func_int8_t_s_s((safe_mod_func_int64_t_s_s((safe_mul_func_uint8_t_u_u(g_58, (l_195 , (l_196 , 0xD5L)))), (*l_84))), g_187[0]));
                l_177 = ((void*)0 != &l_64);
            }
            if ((+l_198))
            { /* block id: 101 */
                int16_t *l_207 = &g_49[1].f3;
                int32_t l_208 = 1L;
                l_208 = (safe_rshift_func_uint8_t_u_u(((safe_add_func_uint32_t_u_u(l_172, (safe_rshift_func_uint16_t_u_s(g_187[3], 7)))) , ((safe_div_func_int16_t_s_s(g_80.f0, ((g_58 <= ((l_207 == &g_56) , g_187[0])) & g_178))) | l_172)), 0));
            }
            else
            { /* block id: 103 */
                struct S0 *l_209[5][1][4] = {{{&g_60,&g_49[1],&g_60,&g_49[1]}},{{&g_60,&g_49[1],&g_60,&g_49[1]}},{{&g_60,&g_49[1],&g_60,&g_49[1]}},{{&g_60,&g_49[1],&g_60,&g_49[1]}},{{&g_60,&g_49[1],&g_60,&g_49[1]}}};
                int i, j, k;
                (*l_62) = l_209[1][0][2];
                l_160 = l_177;
                return g_187[4];
            }
        }
    }
    return (*l_84);
}


/* ------------------------------------------ */
/* 
 * reads : g_56 g_108 g_39 g_67 g_80.f0 g_2 g_60.f2 g_60.f0 g_80 g_41 g_58 g_49 g_60 g_109
 * writes: g_56 g_41 g_67 g_60.f0 g_49 g_39 g_108 g_58 g_109
 */
static int32_t * func_5(int32_t * p_6, uint8_t  p_7, int32_t * p_8, int32_t * p_9, int32_t * p_10)
{ /* block id: 25 */
    int64_t l_88 = (-1L);
    int32_t l_90 = 0x12788274L;
    int32_t l_91 = 9L;
    int32_t l_92 = 8L;
    int32_t l_93 = 1L;
    struct S0 ** const *l_118[2][4][1];
    struct S0 ** const *l_120[5];
    struct S0 ** const **l_119 = &l_120[3];
    int i, j, k;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 1; k++)
                l_118[i][j][k] = &g_54;
        }
    }
    for (i = 0; i < 5; i++)
        l_120[i] = (void*)0;
    p_6 = p_8;
    for (g_56 = (-5); (g_56 != 10); g_56 = safe_add_func_uint64_t_u_u(g_56, 5))
    { /* block id: 29 */
        int16_t l_87 = 0x75EBL;
        int32_t *l_89[3];
        uint32_t l_94[2];
        int i;
        for (i = 0; i < 3; i++)
            l_89[i] = &g_67[0];
        for (i = 0; i < 2; i++)
            l_94[i] = 1UL;
        l_94[1]--;
        for (l_90 = 0; (l_90 <= (-29)); l_90 = safe_sub_func_uint8_t_u_u(l_90, 8))
        { /* block id: 33 */
            int32_t l_112[1][2];
            uint16_t *l_113[3][3];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_112[i][j] = 0x3D52B769L;
            }
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 3; j++)
                    l_113[i][j] = &g_41;
            }
            g_67[4] ^= (safe_div_func_int32_t_s_s((safe_lshift_func_uint16_t_u_s((!(l_91 , 0x4144L)), (((g_41 = (safe_rshift_func_int16_t_s_u((safe_rshift_func_int8_t_s_s((p_7 && (g_108 != ((safe_mul_func_uint8_t_u_u((0x9BL & l_112[0][0]), 0x37L)) , &p_6))), 6)), 4))) && g_39) & 0xE389797D0E0566CBLL))), l_112[0][0]));
        }
    }
    if ((g_80.f0 & (p_7 <= (safe_add_func_int8_t_s_s((((*p_10) , l_118[1][0][0]) == ((*l_119) = l_118[1][0][0])), g_60.f2)))))
    { /* block id: 39 */
        int8_t l_132 = 0x1AL;
        for (l_90 = 22; (l_90 <= (-5)); --l_90)
        { /* block id: 42 */
            for (g_60.f0 = 0; (g_60.f0 >= 4); g_60.f0 = safe_add_func_int8_t_s_s(g_60.f0, 9))
            { /* block id: 45 */
                int32_t *l_125[4] = {&l_91,&l_91,&l_91,&l_91};
                int i;
                g_67[1] = 3L;
                l_91 = (g_80 , ((p_7 & (((safe_add_func_uint8_t_u_u(((safe_add_func_int16_t_s_s(((safe_lshift_func_uint8_t_u_u((l_132 == (safe_sub_func_uint16_t_u_u(p_7, (safe_unary_minus_func_int64_t_s(4L))))), g_41)) , 0xE8F3L), 0x028DL)) ^ 65527UL), 5UL)) && l_132) == g_58)) > l_88));
            }
        }
    }
    else
    { /* block id: 50 */
        g_49[2] = g_49[1];
        g_49[1] = g_60;
        for (g_39 = 4; (g_39 >= 0); g_39 -= 1)
        { /* block id: 55 */
            int32_t ***l_136 = &g_108;
            (*l_136) = &g_109;
            return p_10;
        }
        for (g_58 = 0; (g_58 <= 2); g_58 += 1)
        { /* block id: 61 */
            (*g_108) = p_10;
            for (l_88 = 0; (l_88 <= 4); l_88 += 1)
            { /* block id: 65 */
                int i;
                g_67[l_88] ^= (**g_108);
            }
        }
    }
    return p_9;
}


/* ------------------------------------------ */
/* 
 * reads : g_60.f2 g_80 g_2 g_67 g_49.f2
 * writes: g_60.f2 g_67
 */
static int32_t  func_19(int64_t  p_20, int32_t * const  p_21, int32_t  p_22, uint32_t  p_23, uint32_t  p_24)
{ /* block id: 17 */
    int32_t *l_66 = &g_67[0];
    int32_t *l_68 = (void*)0;
    int32_t *l_69 = &g_67[2];
    int32_t *l_70 = &g_67[1];
    int32_t *l_71[2];
    uint32_t l_72[3][2][1] = {{{0UL},{1UL}},{{0UL},{1UL}},{{0UL},{1UL}}};
    int32_t **l_75 = &l_71[1];
    int8_t *l_82 = (void*)0;
    int8_t *l_83 = &g_60.f2;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_71[i] = &g_67[4];
    l_72[1][0][0]--;
    (*l_75) = &g_67[0];
    (*l_66) = ((((*l_83) = ((safe_add_func_int64_t_s_s((p_20 |= (safe_sub_func_int64_t_s_s((4294967295UL <= g_60.f2), (g_80 , 0x7E54B5300FFBEBD5LL)))), (+(((p_24 || p_22) ^ g_2) > g_67[0])))) | g_49[1].f2)) != g_67[0]) , (*l_66));
    (*l_70) ^= 0L;
    return (*p_21);
}


/* ------------------------------------------ */
/* 
 * reads : g_2 g_41 g_44 g_39
 * writes: g_41 g_49 g_54
 */
static int16_t  func_29(int32_t * p_30)
{ /* block id: 4 */
    int32_t *l_36 = &g_2;
    uint16_t *l_40 = &g_41;
    struct S0 *l_48 = &g_49[1];
    int32_t **l_50 = (void*)0;
    int32_t **l_51 = &l_36;
    struct S0 **l_53[5];
    struct S0 ***l_52[5][1][2] = {{{&l_53[0],&l_53[2]}},{{&l_53[0],&l_53[2]}},{{&l_53[0],&l_53[2]}},{{&l_53[0],&l_53[2]}},{{&l_53[0],&l_53[2]}}};
    int i, j, k;
    for (i = 0; i < 5; i++)
        l_53[i] = &l_48;
    (*l_48) = func_32(l_36, (*l_36), (((g_2 ^ (((safe_div_func_uint8_t_u_u((((((*l_40)++) , &g_2) == &g_2) != (*p_30)), (*l_36))) , (void*)0) == l_36)) | g_2) || 0x4DEFL));
    (*l_51) = &g_2;
    g_54 = &l_48;
    return g_39;
}


/* ------------------------------------------ */
/* 
 * reads : g_44
 * writes:
 */
static struct S0  func_32(int32_t * p_33, uint32_t  p_34, int16_t  p_35)
{ /* block id: 6 */
    uint16_t *l_46 = &g_41;
    uint16_t **l_45 = &l_46;
    struct S0 l_47[3] = {{2UL,0x9C2BL,-1L,0L},{2UL,0x9C2BL,-1L,0L},{2UL,0x9C2BL,-1L,0L}};
    int i;
    l_45 = g_44;
    return l_47[2];
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
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_49[i].f0, "g_49[i].f0", print_hash_value);
        transparent_crc(g_49[i].f1, "g_49[i].f1", print_hash_value);
        transparent_crc(g_49[i].f2, "g_49[i].f2", print_hash_value);
        transparent_crc(g_49[i].f3, "g_49[i].f3", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_60.f0, "g_60.f0", print_hash_value);
    transparent_crc(g_60.f1, "g_60.f1", print_hash_value);
    transparent_crc(g_60.f2, "g_60.f2", print_hash_value);
    transparent_crc(g_60.f3, "g_60.f3", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_67[i], "g_67[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_80.f0, "g_80.f0", print_hash_value);
    transparent_crc(g_178, "g_178", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_187[i], "g_187[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 55
   depth: 1, occurrence: 1
XXX total union variables: 2

XXX max expression depth: 25
breakdown:
   depth: 1, occurrence: 66
   depth: 2, occurrence: 10
   depth: 6, occurrence: 1
   depth: 7, occurrence: 1
   depth: 8, occurrence: 1
   depth: 11, occurrence: 1
   depth: 12, occurrence: 2
   depth: 13, occurrence: 2
   depth: 14, occurrence: 2
   depth: 25, occurrence: 1

XXX total number of pointers: 49

XXX times a variable address is taken: 56
XXX times a pointer is dereferenced on RHS: 18
breakdown:
   depth: 1, occurrence: 16
   depth: 2, occurrence: 2
XXX times a pointer is dereferenced on LHS: 18
breakdown:
   depth: 1, occurrence: 18
XXX times a pointer is compared with null: 2
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 0
XXX times a pointer is qualified to be dereferenced: 672

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 85
   level: 2, occurrence: 18
   level: 3, occurrence: 0
   level: 4, occurrence: 2
XXX number of pointers point to pointers: 16
XXX number of pointers point to scalars: 28
XXX number of pointers point to structs: 5
XXX percent of pointers has null in alias set: 24.5
XXX average alias set size: 1.2

XXX times a non-volatile is read: 136
XXX times a non-volatile is write: 67
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 58
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 17
   depth: 1, occurrence: 10
   depth: 2, occurrence: 14
   depth: 3, occurrence: 17

XXX percentage a fresh-made variable is used: 18.5
XXX percentage an existing variable is used: 81.5
********************* end of statistics **********************/

