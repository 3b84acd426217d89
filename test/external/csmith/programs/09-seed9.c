/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 9 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      9
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static int8_t safe_add_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint32_t safe_add_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a + (uint32_t)b); }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static int16_t safe_div_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a / b); }
static int32_t safe_div_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static uint8_t safe_mod_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a % b); }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static int8_t safe_unary_minus_func_int8_t_s(int8_t a) { return (a == (-127 - 1)) ? a : (int8_t)-a; }
static uint16_t safe_unary_minus_func_uint16_t_u(uint16_t a) { return (uint16_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   uint16_t  f0;
   int8_t * f1;
   uint16_t  f2;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = 0xCCE57BF5L;
static int32_t g_7 = 1L;
static const int8_t g_14 = 8L;
static uint16_t g_17 = 0x6178L;
static int8_t g_40 = (-2L);
static int32_t g_48 = (-10L);
static int8_t g_74 = 0x18L;
static int16_t g_75 = 0x933BL;
static uint32_t g_76 = 0xE46196C9L;
static uint64_t g_92 = 1UL;
static uint16_t g_109 = 65531UL;
static int32_t *g_113 = &g_48;
static int8_t *g_121[2] = {&g_40,&g_40};
static union U0 g_125[1] = {{0x313BL}};
static const uint16_t *g_134[5][3] = {{&g_17,(void*)0,&g_17},{&g_125[0].f0,&g_125[0].f0,&g_125[0].f0},{&g_17,(void*)0,&g_17},{&g_125[0].f0,&g_125[0].f0,&g_125[0].f0},{&g_17,(void*)0,&g_17}};
static const uint16_t **g_133 = &g_134[2][1];
static int32_t g_145 = 2L;
static uint32_t g_146 = 0x875C0BC9L;
static uint16_t *g_159[1] = {&g_125[0].f2};
static uint16_t **g_158 = &g_159[0];
static uint16_t ***g_157 = &g_158;
static uint16_t ****g_156 = &g_157;
static int8_t g_167 = 0x22L;
static int8_t g_170 = (-4L);
static int8_t g_173 = 0x9FL;
static uint8_t g_181 = 3UL;
static int64_t g_186[5] = {1L,1L,1L,1L,1L};
static uint8_t g_194 = 1UL;
static uint32_t g_250 = 0x208AA583L;


/* --- FORWARD DECLARATIONS --- */
static int64_t  func_1(void);
static int32_t  func_20(int32_t  p_21);
static int32_t  func_22(int8_t  p_23, int8_t  p_24);
static int8_t  func_25(const int64_t  p_26, uint16_t * p_27, uint16_t * p_28);
static int32_t  func_30(uint8_t  p_31);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_7 g_14 g_17 g_48 g_76 g_75 g_109 g_121 g_125 g_113 g_146 g_145 g_156 g_125.f2 g_157 g_186 g_194 g_173 g_181 g_158 g_159 g_125.f0 g_167 g_92 g_250
 * writes: g_3 g_7 g_40 g_48 g_17 g_76 g_92 g_109 g_113 g_75 g_133 g_146 g_156 g_145 g_181 g_186 g_194 g_173 g_167 g_250
 */
static int64_t  func_1(void)
{ /* block id: 0 */
    int16_t l_2[1];
    int32_t l_8 = 0xC9A57B5BL;
    const int8_t *l_13 = &g_14;
    uint16_t *l_29 = &g_17;
    int32_t l_197[4];
    int32_t *l_236 = &g_145;
    int32_t *l_237 = &g_145;
    int32_t *l_238 = &g_7;
    int32_t *l_239 = (void*)0;
    int32_t *l_240 = (void*)0;
    int32_t *l_241 = &g_48;
    int32_t *l_242 = &g_3;
    int32_t *l_243 = &l_197[2];
    int32_t *l_244 = &g_7;
    int32_t *l_245 = &g_7;
    int32_t *l_246 = &g_48;
    int32_t *l_247 = &l_8;
    int32_t *l_248[4];
    int16_t l_249 = 1L;
    int i;
    for (i = 0; i < 1; i++)
        l_2[i] = 0x3695L;
    for (i = 0; i < 4; i++)
        l_197[i] = 0x43E80CA6L;
    for (i = 0; i < 4; i++)
        l_248[i] = &g_7;
lbl_212:
    for (g_3 = 0; (g_3 >= 0); g_3 -= 1)
    { /* block id: 3 */
        const int32_t l_4 = (-5L);
        int32_t *l_5 = (void*)0;
        int32_t *l_6[3][5] = {{&g_7,&g_7,&g_7,&g_7,&g_7},{&g_7,&g_3,&g_3,&g_7,&g_3},{&g_7,&g_7,&g_7,&g_7,&g_7}};
        uint16_t *l_15 = (void*)0;
        uint16_t *l_16[4];
        int i, j;
        for (i = 0; i < 4; i++)
            l_16[i] = &g_17;
        l_8 ^= l_4;
        g_7 = ((l_2[0] && (safe_mul_func_uint16_t_u_u((l_8 = (g_3 | ((g_7 & ((void*)0 == l_13)) & g_14))), 1UL))) | g_14);
        return g_17;
    }
    if ((safe_mod_func_uint16_t_u_u(0x4C6AL, (l_8 |= (-5L)))))
    { /* block id: 10 */
        int32_t *l_177 = &l_8;
        (*l_177) &= func_20(func_22(func_25(g_17, &g_17, l_29), ((0x00L > 0x7EL) <= 0x57ECA51CL)));
        return g_48;
    }
    else
    { /* block id: 102 */
        int32_t l_189 = 0xABF0990BL;
        uint32_t l_198 = 0x3861B466L;
        union U0 l_229 = {0UL};
        uint64_t l_232 = 0x1C7F1A52F76F327ALL;
        uint16_t *****l_234 = (void*)0;
        uint16_t *****l_235 = &g_156;
        for (g_3 = 0; (g_3 >= (-6)); g_3--)
        { /* block id: 105 */
            uint8_t *l_180 = &g_181;
            const int32_t l_182 = (-1L);
            int64_t *l_185 = &g_186[0];
            int32_t l_187 = (-4L);
            int32_t *l_188 = (void*)0;
            int32_t *l_190 = &g_145;
            int32_t *l_191 = &g_145;
            int32_t *l_192 = &l_187;
            int32_t *l_193[4][1];
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 1; j++)
                    l_193[i][j] = &g_145;
            }
            l_187 &= ((((*l_180) = 0x0DL) | ((void*)0 != (*g_156))) != (l_182 , (((*l_29) |= ((((safe_mod_func_int64_t_s_s(((*l_185) |= (0UL < (*g_113))), (-9L))) > 7UL) == g_125[0].f2) != 0x1AE2F7C884FDEE5FLL)) >= 0xE55BL)));
            ++g_194;
            l_198++;
        }
lbl_233:
        for (g_173 = (-7); (g_173 == (-29)); g_173 = safe_sub_func_int8_t_s_s(g_173, 1))
        { /* block id: 115 */
            int32_t l_210 = 0x11B32773L;
            uint8_t *l_211 = &g_181;
            int32_t l_213[3][4][5] = {{{(-1L),2L,0x272D6588L,5L,0xF35B7F52L},{0xE602455DL,0x272D6588L,(-5L),0L,0xEE9B7462L},{(-10L),0x2E1121B7L,0L,0L,1L},{9L,0x272D6588L,1L,0xEE9B7462L,0x2E1121B7L}},{{1L,(-5L),(-2L),0L,1L},{(-1L),1L,0xF35B7F52L,0L,(-1L)},{9L,(-1L),1L,1L,(-1L)},{5L,0x624A2428L,9L,(-10L),1L}},{{0x272D6588L,(-10L),0L,5L,0x2E1121B7L},{9L,(-1L),0x624A2428L,1L,1L},{0x272D6588L,(-5L),7L,0x272D6588L,0xEE9B7462L},{5L,0L,0L,(-1L),(-1L)}}};
            int i, j, k;
            (*g_113) ^= (&g_3 == ((((((((safe_add_func_uint64_t_u_u((((safe_rshift_func_uint8_t_u_u(((*l_211) ^= ((safe_add_func_int8_t_s_s((((0x4062DC60C70B8458LL ^ (g_186[1] == (g_173 > (+l_210)))) | l_198) , 0L), l_197[0])) ^ l_210)), 3)) || 18446744073709551615UL) , g_194), (-4L))) && (****g_156)) < 0UL) ^ g_125[0].f0) && 1UL) , l_8) || 0L) , &l_8));
            if (g_14)
                goto lbl_212;
            l_213[0][2][3] |= (*g_113);
            for (g_167 = 0; (g_167 <= (-23)); g_167 = safe_sub_func_uint64_t_u_u(g_167, 4))
            { /* block id: 122 */
                uint32_t l_228 = 1UL;
                (*g_113) &= ((g_92 , (safe_mod_func_uint8_t_u_u((safe_mod_func_int16_t_s_s(((safe_mod_func_int8_t_s_s(((safe_mod_func_int32_t_s_s((safe_sub_func_uint32_t_u_u((safe_add_func_int32_t_s_s(l_228, (l_229 , (safe_div_func_int32_t_s_s((&l_2[0] != &l_2[0]), 0x62206156L))))), g_125[0].f2)), g_109)) & g_146), 0xCEL)) >= 4294967295UL), l_228)), 0xE7L))) & l_232);
            }
            if (g_167)
                goto lbl_233;
        }
        (*l_235) = &g_157;
    }
    ++g_250;
    return g_14;
}


/* ------------------------------------------ */
/* 
 * reads : g_3 g_113 g_145 g_48 g_156 g_125.f2
 * writes: g_3 g_145 g_48 g_113 g_156 g_109
 */
static int32_t  func_20(int32_t  p_21)
{ /* block id: 75 */
    int32_t *l_154 = &g_48;
    int8_t * const l_169 = &g_170;
    int8_t * const *l_168 = &l_169;
    int8_t **l_174 = &g_121[0];
    for (g_3 = 0; (g_3 < (-12)); g_3--)
    { /* block id: 78 */
        uint16_t ****l_160 = &g_157;
        (*g_113) = (*g_113);
        g_113 = l_154;
        if ((*g_113))
        { /* block id: 81 */
            return p_21;
        }
        else
        { /* block id: 83 */
            int32_t **l_155 = &l_154;
            uint16_t *****l_161 = &g_156;
            uint16_t ****l_163[2][5] = {{&g_157,&g_157,&g_157,&g_157,&g_157},{&g_157,&g_157,&g_157,&g_157,&g_157}};
            uint16_t *****l_162 = &l_163[1][0];
            int8_t * const l_172 = &g_173;
            int8_t * const *l_171 = &l_172;
            int8_t **l_176 = &g_121[0];
            int i, j;
            (*l_155) = &g_145;
            (*l_162) = ((*l_161) = (l_160 = g_156));
            for (g_109 = 0; (g_109 <= 1); g_109 += 1)
            { /* block id: 90 */
                int8_t * const l_166 = &g_167;
                int8_t * const *l_165 = &l_166;
                int8_t * const **l_164[2];
                int8_t ***l_175[3][4][5] = {{{&l_174,&l_174,&l_174,&l_174,&l_174},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_174,&l_174,&l_174,&l_174,&l_174},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&l_174,&l_174,&l_174,&l_174,&l_174},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_174,&l_174,&l_174,&l_174,&l_174},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&l_174,&l_174,&l_174,&l_174,&l_174},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_174,&l_174,&l_174,&l_174,&l_174},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}}};
                int i, j, k;
                for (i = 0; i < 2; i++)
                    l_164[i] = &l_165;
                (*g_113) &= (g_125[0].f2 && ((l_171 = (l_168 = &g_121[0])) != (l_176 = l_174)));
            }
        }
        if ((*g_113))
            break;
    }
    return (*l_154);
}


/* ------------------------------------------ */
/* 
 * reads : g_7 g_76 g_75 g_48 g_3 g_17 g_14 g_109 g_121 g_125 g_113 g_146
 * writes: g_7 g_76 g_92 g_3 g_109 g_113 g_75 g_48 g_133 g_146
 */
static int32_t  func_22(int8_t  p_23, int8_t  p_24)
{ /* block id: 22 */
    uint32_t l_62[2];
    int8_t *l_67 = (void*)0;
    int32_t l_71 = (-1L);
    int32_t l_142[2];
    int i;
    for (i = 0; i < 2; i++)
        l_62[i] = 4294967290UL;
    for (i = 0; i < 2; i++)
        l_142[i] = 0L;
    if ((safe_sub_func_uint64_t_u_u(l_62[0], (+(((safe_div_func_uint8_t_u_u((l_62[1] , 0x40L), (p_24 = (safe_unary_minus_func_uint16_t_u((p_23 <= p_23)))))) | 0x575EL) > l_62[0])))))
    { /* block id: 24 */
        int32_t *l_69 = &g_7;
        int32_t l_72 = (-5L);
        int32_t l_73 = 6L;
        int8_t **l_99 = &l_67;
        uint64_t *l_104 = (void*)0;
        uint32_t l_106 = 18446744073709551614UL;
        if (((*l_69) = (~g_7)))
        { /* block id: 26 */
            int32_t *l_70[4];
            int8_t *l_89 = &g_74;
            int8_t **l_100 = &l_67;
            int i;
            for (i = 0; i < 4; i++)
                l_70[i] = &g_48;
            (*l_69) = 0x5434BB1BL;
            --g_76;
            for (l_72 = 20; (l_72 > 27); l_72 = safe_add_func_int64_t_s_s(l_72, 2))
            { /* block id: 31 */
                int8_t **l_90 = &l_89;
                uint64_t *l_91 = &g_92;
                int16_t *l_93[3][3] = {{&g_75,(void*)0,&g_75},{(void*)0,(void*)0,(void*)0},{&g_75,(void*)0,&g_75}};
                int32_t l_94 = 0x09C0D0DAL;
                uint8_t l_101[1];
                int32_t l_102 = 0x8317453AL;
                uint64_t **l_105 = &l_104;
                int i, j;
                for (i = 0; i < 1; i++)
                    l_101[i] = 255UL;
                l_102 |= ((safe_add_func_uint32_t_u_u((((safe_rshift_func_int8_t_s_s(g_75, 4)) || ((*l_69) = (safe_sub_func_int32_t_s_s(((safe_rshift_func_int16_t_s_s((l_94 = ((l_67 != ((*l_90) = l_89)) >= ((*l_91) = g_48))), 6)) < (safe_add_func_uint64_t_u_u((safe_add_func_int8_t_s_s(((l_99 != l_100) < p_23), g_76)), g_48))), g_3)))) & 0xE0D7L), l_101[0])) & p_24);
                (*l_69) = 0xB20146E0L;
                (*l_69) = (((0UL != ((+((((((*l_105) = l_104) == (void*)0) & g_17) >= (9L & 0xBB1179EF6EAEA544LL)) , 0x8D17L)) | g_14)) & p_24) | p_23);
                if (l_106)
                    continue;
            }
            for (g_3 = 0; (g_3 <= 3); g_3 += 1)
            { /* block id: 44 */
                int32_t l_107 = 0xBB4CDDCCL;
                int32_t l_108[3][4] = {{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)}};
                int32_t **l_112[5] = {&l_70[2],&l_70[2],&l_70[2],&l_70[2],&l_70[2]};
                int i, j;
                ++g_109;
                g_113 = l_70[g_3];
                return p_24;
            }
        }
        else
        { /* block id: 49 */
            int8_t *l_120 = &g_74;
            int32_t l_136[3][2][1] = {{{(-1L)},{6L}},{{6L},{(-1L)}},{{6L},{6L}}};
            int i, j, k;
            for (g_75 = (-11); (g_75 < 13); ++g_75)
            { /* block id: 52 */
                uint64_t l_126 = 0x138347E9BEE6A4CBLL;
                int32_t **l_127 = &l_69;
                (*g_113) &= (safe_sub_func_uint64_t_u_u((p_23 != ((safe_mul_func_int8_t_s_s((l_120 != g_121[0]), ((!(safe_lshift_func_uint8_t_u_s((g_7 , (((((0L | p_23) < 0xFB53L) , g_125[0]) , l_126) > g_17)), 5))) , l_71))) , g_75)), 0xAD52EBB0BE523508LL));
                (*l_127) = &g_48;
                if (p_24)
                    continue;
            }
            for (g_7 = 0; (g_7 >= (-10)); --g_7)
            { /* block id: 59 */
                const uint16_t *l_131 = &g_125[0].f2;
                const uint16_t **l_130[2][5] = {{&l_131,(void*)0,&l_131,(void*)0,&l_131},{&l_131,&l_131,&l_131,&l_131,&l_131}};
                const uint16_t ***l_132[3];
                int32_t *l_135 = &l_72;
                int32_t *l_137 = (void*)0;
                int32_t *l_138 = (void*)0;
                int32_t *l_139 = &l_72;
                int32_t *l_140 = (void*)0;
                int32_t *l_141 = &g_48;
                int32_t *l_143 = &l_142[0];
                int32_t *l_144[1];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_132[i] = &l_130[0][1];
                for (i = 0; i < 1; i++)
                    l_144[i] = &g_3;
                if (l_62[0])
                    break;
                g_133 = l_130[0][1];
                g_146++;
            }
        }
    }
    else
    { /* block id: 65 */
        int8_t l_149 = 0xBFL;
        (*g_113) = l_149;
        return l_149;
    }
    for (g_75 = 1; (g_75 >= 0); g_75 -= 1)
    { /* block id: 71 */
        int i;
        (*g_113) = (safe_rshift_func_int16_t_s_s(l_62[g_75], (p_24 | ((((-5L) != (((&g_133 == &g_133) < 0xEE36A709CE989DC5LL) & l_62[g_75])) , (-1L)) >= p_24))));
    }
    return l_71;
}


/* ------------------------------------------ */
/* 
 * reads : g_7 g_14 g_17 g_3 g_48
 * writes: g_7 g_40 g_48 g_17
 */
static int8_t  func_25(const int64_t  p_26, uint16_t * p_27, uint16_t * p_28)
{ /* block id: 11 */
    uint32_t l_32[4][2][2] = {{{0xB187B35FL,0x2585FAFEL},{0xB187B35FL,0x2585FAFEL}},{{0xB187B35FL,0x2585FAFEL},{0xB187B35FL,0x2585FAFEL}},{{0xB187B35FL,0x2585FAFEL},{0xB187B35FL,0x2585FAFEL}},{{0xB187B35FL,0x2585FAFEL},{0xB187B35FL,0x2585FAFEL}}};
    int32_t *l_47 = &g_48;
    uint16_t *l_59 = (void*)0;
    int i, j, k;
    (*l_47) &= func_30(l_32[1][1][1]);
    (*l_47) = (((safe_rshift_func_int8_t_s_s(p_26, 0)) , ((safe_div_func_int16_t_s_s(((safe_sub_func_int8_t_s_s(p_26, g_3)) , (safe_unary_minus_func_int8_t_s((!18446744073709551613UL)))), ((*p_28) = (*l_47)))) <= g_7)) , (*l_47));
    (*l_47) = (safe_mul_func_int8_t_s_s(1L, ((void*)0 == l_59)));
    return p_26;
}


/* ------------------------------------------ */
/* 
 * reads : g_7 g_14 g_17 g_3
 * writes: g_7 g_40
 */
static int32_t  func_30(uint8_t  p_31)
{ /* block id: 12 */
    uint16_t l_35 = 0xE249L;
    int32_t *l_36 = &g_7;
    int8_t *l_39 = &g_40;
    (*l_36) ^= ((safe_mul_func_uint8_t_u_u(l_35, 0x68L)) & (l_35 , l_35));
    (*l_36) = ((g_14 != ((*l_39) = (safe_div_func_uint64_t_u_u(p_31, 1UL)))) & ((((safe_div_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(((safe_mod_func_int32_t_s_s(0x400B8F3BL, (g_14 & g_17))) , p_31), g_7)), (*l_36))) || 7L) , (*l_36)) , (*l_36)));
    return g_3;
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
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_76, "g_76", print_hash_value);
    transparent_crc(g_92, "g_92", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_125[i].f0, "g_125[i].f0", print_hash_value);
        transparent_crc(g_125[i].f2, "g_125[i].f2", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_145, "g_145", print_hash_value);
    transparent_crc(g_146, "g_146", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc(g_170, "g_170", print_hash_value);
    transparent_crc(g_173, "g_173", print_hash_value);
    transparent_crc(g_181, "g_181", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_186[i], "g_186[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_194, "g_194", print_hash_value);
    transparent_crc(g_250, "g_250", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 57
XXX total union variables: 2

XXX max expression depth: 21
breakdown:
   depth: 1, occurrence: 69
   depth: 2, occurrence: 13
   depth: 3, occurrence: 3
   depth: 4, occurrence: 1
   depth: 6, occurrence: 1
   depth: 8, occurrence: 1
   depth: 9, occurrence: 4
   depth: 11, occurrence: 1
   depth: 13, occurrence: 1
   depth: 14, occurrence: 3
   depth: 19, occurrence: 1
   depth: 21, occurrence: 1

XXX total number of pointers: 87

XXX times a variable address is taken: 96
XXX times a pointer is dereferenced on RHS: 13
breakdown:
   depth: 1, occurrence: 12
   depth: 2, occurrence: 0
   depth: 3, occurrence: 0
   depth: 4, occurrence: 1
XXX times a pointer is dereferenced on LHS: 32
breakdown:
   depth: 1, occurrence: 32
XXX times a pointer is compared with null: 3
XXX times a pointer is compared with address of another variable: 0
XXX times a pointer is compared with another pointer: 4
XXX times a pointer is qualified to be dereferenced: 322

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 74
   level: 2, occurrence: 2
   level: 3, occurrence: 2
   level: 4, occurrence: 3
XXX number of pointers point to pointers: 26
XXX number of pointers point to scalars: 61
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 19.5
XXX average alias set size: 1.16

XXX times a non-volatile is read: 145
XXX times a non-volatile is write: 97
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 1

XXX stmts: 65
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 16
   depth: 1, occurrence: 16
   depth: 2, occurrence: 18
   depth: 3, occurrence: 15

XXX percentage a fresh-made variable is used: 28.4
XXX percentage an existing variable is used: 71.6
********************* end of statistics **********************/

