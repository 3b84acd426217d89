/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1004 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1004
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int8_t safe_add_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_add_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a + (uint32_t)b); }
static uint32_t safe_add_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a + (uint32_t)b); }
static uint8_t safe_add_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a + (uint32_t)b); }
static int16_t safe_div_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a / b); }
static int32_t safe_div_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a / b); }
static int8_t safe_div_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint32_t safe_div_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint8_t safe_mod_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int16_t safe_unary_minus_func_int16_t_s(int16_t a) { return (a == (-32767 - 1)) ? a : (int16_t)-a; }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint8_t  f0;
   const uint64_t  f1;
   uint16_t  f2;
   const uint16_t  f3;
};

struct S1 {
   uint8_t  f0;
   int32_t  f1;
   uint16_t  f2;
   int32_t  f3;
   int32_t  f4;
};

union U2 {
   int8_t * f0;
};

/* --- GLOBAL VARIABLES --- */
static uint32_t g_6 = 4294967292UL;
static int32_t g_22 = 0L;
static uint16_t g_24[1][1][4] = {{{65528UL,65528UL,65528UL,65528UL}}};
static int32_t g_30[3][3][2] = {{{0x9E177C42L,0xD5FBA252L},{(-1L),0xD5FBA252L},{0x9E177C42L,0x84EDC022L}},{{0x84EDC022L,0x9E177C42L},{0xD5FBA252L,(-1L)},{0xD5FBA252L,0x9E177C42L}},{{0x84EDC022L,0x84EDC022L},{0x9E177C42L,0xD5FBA252L},{(-1L),0xD5FBA252L}}};
static int32_t *g_29[2][2][5] = {{{&g_30[0][1][0],&g_30[0][1][0],&g_30[0][1][0],&g_30[0][1][0],&g_30[0][1][0]},{&g_30[0][1][0],&g_30[0][2][1],&g_30[0][1][0],&g_30[0][2][1],&g_30[0][1][0]}},{{&g_30[0][1][0],&g_30[0][1][0],&g_30[0][1][0],&g_30[0][1][0],&g_30[0][1][0]},{&g_30[0][1][0],&g_30[0][2][1],&g_30[0][1][0],&g_30[0][2][1],&g_30[0][1][0]}}};
static int8_t g_42 = 7L;
static int8_t *g_41 = &g_42;
static uint32_t g_63 = 6UL;
static uint8_t g_64 = 248UL;
static uint8_t g_66 = 250UL;
static struct S1 g_97 = {0x71L,0xEFFEB3B2L,0x9CE0L,0x596026DFL,-1L};
static uint64_t g_137 = 2UL;
static int16_t g_149 = (-3L);
static int32_t g_165 = (-1L);
static const struct S1 *g_192 = &g_97;
static const struct S1 **g_191 = &g_192;
static union U2 g_196 = {0};
static union U2 *g_195 = &g_196;
static int32_t g_202 = 4L;
static int32_t *g_201[1][2] = {{&g_202,&g_202}};
static int64_t g_209 = 1L;
static int64_t *g_208 = &g_209;
static int64_t **g_207[2][2][2] = {{{&g_208,&g_208},{&g_208,&g_208}},{{&g_208,&g_208},{&g_208,&g_208}}};
static int64_t g_236 = (-10L);
static uint32_t g_247[1][1][1] = {{{1UL}}};


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static int32_t * func_2(int32_t * const  p_3);
static uint16_t  func_7(uint8_t  p_8, int32_t * p_9, int32_t * p_10, struct S0  p_11);
static uint16_t  func_17(int16_t  p_18, int32_t * p_19, struct S0  p_20, int32_t * p_21);
static int16_t  func_27(int32_t * p_28);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_6 g_24 g_29 g_22 g_41 g_30 g_66 g_63 g_97 g_42 g_137 g_165 g_191 g_195 g_201 g_202 g_64 g_192 g_207 g_208 g_209
 * writes: g_24 g_22 g_29 g_63 g_64 g_66 g_97 g_30 g_137 g_149 g_165 g_191 g_195 g_201 g_202 g_207 g_6 g_236 g_42 g_247
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    int16_t l_14 = 0xE229L;
    uint16_t *l_23 = &g_24[0][0][3];
    int32_t *l_164 = &g_165;
    struct S0 l_166 = {0UL,18446744073709551615UL,0xE85FL,0xC085L};
    g_201[0][1] = func_2(((safe_div_func_uint16_t_u_u(g_6, func_7((g_6 == (((safe_lshift_func_int16_t_s_u(l_14, 13)) > ((safe_sub_func_uint16_t_u_u(func_17((((--(*l_23)) == func_27(g_29[0][0][1])) | g_6), l_164, l_166, l_164), g_6)) != g_42)) , g_24[0][0][1])), g_201[0][1], l_164, l_166))) , &g_30[2][2][1]));
    return g_97.f3;
}


/* ------------------------------------------ */
/* 
 * reads : g_66 g_30 g_42 g_6 g_63 g_41 g_24 g_208 g_209 g_97.f1 g_191 g_192 g_97
 * writes: g_66 g_149 g_6 g_236 g_42 g_30 g_97.f3 g_247 g_29 g_97.f2 g_97.f4
 */
static int32_t * func_2(int32_t * const  p_3)
{ /* block id: 135 */
    uint32_t l_235 = 0xC3C7F255L;
    int32_t l_259 = 0x039A174FL;
    int32_t l_260 = 8L;
    int64_t ***l_268 = &g_207[0][1][0];
    union U2 l_272 = {0};
    struct S1 l_291 = {1UL,-9L,1UL,6L,0xE3A8740FL};
    for (g_66 = 2; (g_66 != 3); g_66++)
    { /* block id: 138 */
        int16_t *l_224[5][1][2] = {{{(void*)0,&g_149}},{{(void*)0,&g_149}},{{(void*)0,&g_149}},{{(void*)0,&g_149}},{{(void*)0,&g_149}}};
        int32_t l_230 = 0xB7046C61L;
        uint32_t *l_231 = (void*)0;
        uint32_t *l_232 = &g_6;
        int i, j, k;
        (*p_3) = (((*p_3) || (3UL & ((*g_41) = (safe_mod_func_int16_t_s_s((g_236 = (((safe_sub_func_uint16_t_u_u(g_42, ((safe_unary_minus_func_int16_t_s((+(safe_lshift_func_int16_t_s_s((g_149 = 0L), 5))))) > (safe_div_func_uint32_t_u_u((safe_div_func_int32_t_s_s((safe_unary_minus_func_uint32_t_u((++(*l_232)))), (l_230 || g_63))), (*p_3)))))) <= l_235) || 0x8BL)), g_42))))) >= 0UL);
        return &g_202;
    }
    for (l_235 = 0; (l_235 > 48); l_235 = safe_add_func_uint16_t_u_u(l_235, 1))
    { /* block id: 148 */
        struct S1 l_241 = {0xCAL,0x7C214725L,0x79C5L,0x4EDB8E35L,1L};
        uint32_t l_243 = 0UL;
        uint64_t l_261 = 18446744073709551607UL;
        int32_t **l_273 = (void*)0;
        int32_t **l_274 = &g_29[0][1][0];
        int8_t *l_284 = &g_42;
        int8_t **l_285 = &l_284;
        uint16_t *l_286 = &g_97.f2;
        int32_t *l_287 = (void*)0;
        int32_t *l_288 = &g_97.f4;
        for (g_97.f3 = 0; (g_97.f3 > 2); ++g_97.f3)
        { /* block id: 151 */
            struct S1 *l_242 = &l_241;
            uint32_t *l_246 = &g_247[0][0][0];
            int32_t l_250 = 6L;
            int32_t l_258[1];
            int i;
            for (i = 0; i < 1; i++)
                l_258[i] = (-7L);
            if (((((*l_246) = (((*l_242) = l_241) , (l_243 == (safe_rshift_func_uint8_t_u_s(0x9DL, ((*p_3) > ((&g_202 == (void*)0) , (*p_3)))))))) , l_235) , (*p_3)))
            { /* block id: 154 */
                union U2 *l_251 = (void*)0;
                int32_t l_252 = 7L;
                int32_t *l_255 = &l_241.f1;
                int32_t *l_256 = &l_241.f3;
                if (l_235)
                    break;
                (*p_3) = (l_250 || ((void*)0 == l_251));
                (*p_3) ^= l_252;
                l_252 ^= (safe_sub_func_int64_t_s_s((((*l_256) = ((*l_255) ^= ((void*)0 == &l_241))) , l_250), (g_24[0][0][3] & l_235)));
            }
            else
            { /* block id: 161 */
                int32_t *l_257[4][5][1] = {{{&g_97.f4},{&g_202},{&g_165},{&g_97.f4},{&g_165}},{{&g_202},{&g_97.f4},{&g_202},{&g_165},{&g_97.f4}},{{&g_165},{&g_202},{&g_97.f4},{&g_202},{&g_165}},{{&g_97.f4},{&g_165},{&g_202},{&g_97.f4},{&g_202}}};
                int32_t **l_269 = (void*)0;
                int32_t **l_270 = (void*)0;
                int32_t **l_271 = &g_29[0][0][1];
                int i, j, k;
                --l_261;
                (*p_3) ^= (((safe_sub_func_uint16_t_u_u(l_258[0], l_259)) & ((*g_208) >= ((*g_41) >= (safe_mod_func_uint16_t_u_u(((((l_268 = &g_207[1][0][0]) != &g_207[0][1][0]) , (void*)0) != (void*)0), 0xE7A8L))))) || l_258[0]);
                (*l_271) = &l_260;
                (*p_3) = ((g_97.f1 , ((**g_191) , l_241.f2)) != (l_241.f3 || (l_272 , l_261)));
            }
        }
        (*l_274) = &g_30[2][0][1];
        if ((*p_3))
            continue;
        (*l_288) &= ((safe_mul_func_int8_t_s_s(((safe_mul_func_int8_t_s_s((safe_unary_minus_func_uint64_t_u((safe_mod_func_uint32_t_u_u((safe_add_func_uint16_t_u_u(((*l_286) = ((((*l_285) = l_284) == (void*)0) <= (&l_285 != (void*)0))), 9L)), 0x2B9BB11EL)))), (-5L))) & 0x241E0B0FEF908077LL), g_30[0][1][0])) >= g_97.f1);
    }
    for (g_97.f4 = 0; (g_97.f4 >= (-1)); --g_97.f4)
    { /* block id: 177 */
        l_291 = (*g_192);
        for (g_42 = 0; (g_42 < (-21)); --g_42)
        { /* block id: 181 */
            uint32_t *l_295 = &g_247[0][0][0];
            uint32_t **l_294 = &l_295;
            uint32_t ***l_296 = &l_294;
            (*l_296) = l_294;
        }
    }
    return &g_30[0][1][0];
}


/* ------------------------------------------ */
/* 
 * reads : g_66 g_201 g_165 g_202 g_63 g_64 g_191 g_192 g_24 g_207
 * writes: g_66 g_201 g_165 g_202 g_63 g_64 g_207
 */
static uint16_t  func_7(uint8_t  p_8, int32_t * p_9, int32_t * p_10, struct S0  p_11)
{ /* block id: 109 */
    uint8_t l_204 = 255UL;
    for (g_66 = 0; (g_66 <= 0); g_66 += 1)
    { /* block id: 112 */
        int32_t **l_203 = &g_201[0][1];
        const struct S1 *l_205 = &g_97;
        (*l_203) = &g_165;
        (**l_203) &= l_204;
        for (g_63 = 0; (g_63 <= 0); g_63 += 1)
        { /* block id: 117 */
            int32_t *l_206 = &g_30[2][1][0];
            for (g_64 = 0; (g_64 <= 0); g_64 += 1)
            { /* block id: 120 */
                int64_t ***l_210 = &g_207[0][1][0];
                int i, j, k;
                l_205 = (*g_191);
                (*p_9) ^= g_24[g_66][g_64][(g_66 + 2)];
                g_201[g_63][g_64] = l_206;
                (*l_210) = g_207[0][1][0];
            }
            return p_11.f1;
        }
    }
    for (g_64 = (-20); (g_64 > 28); g_64 = safe_add_func_int32_t_s_s(g_64, 8))
    { /* block id: 131 */
        uint32_t l_213[2][3] = {{0x2B2746C7L,0x5E927660L,0x5E927660L},{0x2B2746C7L,0x5E927660L,0x5E927660L}};
        int i, j;
        return l_213[1][1];
    }
    return l_204;
}


/* ------------------------------------------ */
/* 
 * reads : g_97.f0 g_6 g_165 g_97 g_41 g_42 g_22 g_191 g_195 g_63
 * writes: g_97.f0 g_165 g_29 g_22 g_191 g_195 g_63
 */
static uint16_t  func_17(int16_t  p_18, int32_t * p_19, struct S0  p_20, int32_t * p_21)
{ /* block id: 65 */
    struct S1 l_167 = {1UL,0x66566E71L,0x45DBL,0xFB469CFBL,-2L};
    struct S1 *l_168 = (void*)0;
    struct S1 *l_169 = &l_167;
    (*l_169) = l_167;
    for (g_97.f0 = 0; (g_97.f0 < 60); g_97.f0++)
    { /* block id: 69 */
        const uint8_t l_178[1][4] = {{0UL,0UL,0UL,0UL}};
        struct S0 l_179 = {0xE5L,1UL,1UL,1UL};
        const struct S1 **l_194[1][2];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_194[i][j] = &g_192;
        }
        if (l_167.f2)
        { /* block id: 70 */
            for (p_20.f0 = 0; (p_20.f0 <= 1); p_20.f0 += 1)
            { /* block id: 73 */
                uint64_t l_172 = 0x1E4F299C82483C1FLL;
                if (l_172)
                    break;
            }
        }
        else
        { /* block id: 76 */
            (*p_19) = (+g_6);
            for (p_20.f0 = 0; (p_20.f0 != 48); p_20.f0 = safe_add_func_uint16_t_u_u(p_20.f0, 8))
            { /* block id: 80 */
                g_29[1][1][2] = &g_30[0][1][0];
                if ((*p_21))
                    continue;
                (*l_169) = g_97;
            }
        }
        if ((p_21 == &g_165))
        { /* block id: 86 */
            int64_t l_187 = 0x377158421D5CA3CFLL;
            int64_t *l_188[5] = {&l_187,&l_187,&l_187,&l_187,&l_187};
            int i;
            (*p_19) = ((safe_add_func_uint32_t_u_u(g_97.f1, 0xA95E6A16L)) < (l_167.f4 = (((l_178[0][2] >= (l_179 , (safe_lshift_func_uint8_t_u_s((safe_add_func_uint32_t_u_u(((!((safe_rshift_func_uint8_t_u_s(l_167.f1, 3)) & (*g_41))) || l_187), 0x44792A7BL)), 7)))) , p_19) == (void*)0)));
            for (g_22 = 15; (g_22 <= (-8)); --g_22)
            { /* block id: 91 */
                const struct S1 ***l_193 = &g_191;
                l_194[0][0] = ((*l_193) = g_191);
                (*l_169) = (p_20.f3 , (*l_169));
            }
        }
        else
        { /* block id: 96 */
            union U2 **l_197 = &g_195;
            (*l_197) = g_195;
            for (g_63 = 2; (g_63 >= 47); ++g_63)
            { /* block id: 100 */
                uint32_t l_200 = 0xA9155C0BL;
                if (l_200)
                    break;
                if ((*p_21))
                    continue;
                if ((*p_21))
                    break;
            }
            (*p_19) |= ((-3L) == (p_20.f3 != 0L));
        }
    }
    return l_167.f4;
}


/* ------------------------------------------ */
/* 
 * reads : g_22 g_41 g_30 g_6 g_66 g_63 g_97 g_42 g_137
 * writes: g_22 g_29 g_63 g_64 g_66 g_97 g_30 g_137 g_149
 */
static int16_t  func_27(int32_t * p_28)
{ /* block id: 2 */
    struct S1 l_40 = {0UL,3L,0UL,0x769867F5L,1L};
    int32_t l_73 = 0xB9758AC4L;
    struct S0 l_86 = {255UL,0x978B3CF7409415F9LL,65535UL,0xFD15L};
    uint8_t l_146 = 0x53L;
    int32_t l_159 = 3L;
    for (g_22 = 0; (g_22 > 25); g_22 = safe_add_func_int8_t_s_s(g_22, 9))
    { /* block id: 5 */
        int32_t **l_39 = &g_29[1][1][0];
        int32_t l_75 = (-1L);
        int32_t l_76 = 0x8BF40F85L;
        int32_t l_77 = (-9L);
        uint64_t l_79 = 0xD5A8D4E4AF0E761DLL;
        int8_t **l_92 = &g_41;
        int8_t ***l_91 = &l_92;
        int8_t **l_94 = &g_41;
        int8_t ***l_93 = &l_94;
        const uint16_t l_105 = 65527UL;
        uint8_t * const l_110 = (void*)0;
        const int32_t *l_115 = &g_30[0][1][0];
        if ((safe_rshift_func_uint16_t_u_u(((((safe_add_func_uint16_t_u_u(0UL, ((safe_mul_func_uint16_t_u_u(g_22, ((((*l_39) = p_28) != (l_40 , &g_30[0][1][0])) < l_40.f4))) | (-1L)))) || g_22) , g_41) != &g_42), l_40.f4)))
        { /* block id: 7 */
            int32_t l_45 = (-10L);
            int32_t l_74 = 0L;
            int32_t l_78 = 0xF3378365L;
            for (l_40.f1 = 5; (l_40.f1 >= (-16)); --l_40.f1)
            { /* block id: 10 */
                uint32_t *l_62[4];
                uint8_t *l_65 = &g_66;
                int32_t *l_67 = &l_40.f4;
                int32_t *l_68 = &g_30[2][2][1];
                int32_t *l_69 = &l_40.f4;
                int32_t *l_70 = &g_30[0][1][0];
                int32_t *l_71 = (void*)0;
                int32_t *l_72[1][2];
                uint32_t l_82 = 18446744073709551615UL;
                int i, j;
                for (i = 0; i < 4; i++)
                    l_62[i] = &g_63;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_72[i][j] = &l_45;
                }
                (*l_67) &= ((l_45 <= ((*l_65) |= (safe_mod_func_int64_t_s_s((safe_div_func_uint32_t_u_u(((g_30[0][2][0] ^ ((safe_rshift_func_int16_t_s_s((safe_add_func_int8_t_s_s(((safe_lshift_func_int16_t_s_u((safe_mul_func_int8_t_s_s((safe_lshift_func_uint8_t_u_u((safe_rshift_func_int16_t_s_s(0xB293L, (((g_64 = (g_63 = l_40.f0)) , (l_40.f0 < g_30[1][2][0])) > 1UL))), g_6)), 0x1EL)), l_40.f2)) >= 1L), 0xEAL)), 2)) >= g_30[2][1][0])) >= g_6), 1UL)), l_45)))) <= g_6);
                l_79++;
                if (l_40.f4)
                    continue;
                if (l_82)
                    break;
            }
            for (l_40.f4 = 0; (l_40.f4 <= 1); l_40.f4 += 1)
            { /* block id: 21 */
                uint64_t l_83[3][2][2] = {{{18446744073709551615UL,18446744073709551615UL},{18446744073709551615UL,18446744073709551615UL}},{{18446744073709551615UL,18446744073709551615UL},{18446744073709551615UL,18446744073709551615UL}},{{18446744073709551615UL,18446744073709551615UL},{18446744073709551615UL,18446744073709551615UL}}};
                int i, j, k;
                if (l_83[0][0][1])
                    break;
            }
        }
        else
        { /* block id: 24 */
            uint8_t l_89[1][1];
            int32_t *l_90 = &l_73;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_89[i][j] = 0UL;
            }
            (*l_90) = ((safe_mod_func_uint8_t_u_u(g_63, (((l_86 , l_86.f1) <= 0xBC5A1818L) && ((safe_div_func_int16_t_s_s((8L != l_89[0][0]), g_63)) , 3L)))) & l_89[0][0]);
            return g_30[0][0][1];
        }
        (*l_93) = ((*l_91) = &g_41);
        for (l_40.f2 = 0; (l_40.f2 > 38); l_40.f2 = safe_add_func_uint8_t_u_u(l_40.f2, 2))
        { /* block id: 32 */
            struct S1 *l_98 = (void*)0;
            struct S1 *l_99 = &g_97;
            const int32_t l_104 = 0xA76911F3L;
            const int32_t *l_114[1][1];
            const int32_t **l_113[4][3][5] = {{{&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0]},{&l_114[0][0],&l_114[0][0],(void*)0,&l_114[0][0],&l_114[0][0]},{&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0]}},{{&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0]},{&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0]},{&l_114[0][0],&l_114[0][0],(void*)0,&l_114[0][0],&l_114[0][0]}},{{&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0]},{&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0]},{&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0]}},{{&l_114[0][0],&l_114[0][0],(void*)0,&l_114[0][0],&l_114[0][0]},{&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0]},{&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0],&l_114[0][0]}}};
            int i, j, k;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_114[i][j] = &l_73;
            }
            (*l_99) = g_97;
            for (l_75 = 9; (l_75 == (-27)); l_75 = safe_sub_func_uint8_t_u_u(l_75, 3))
            { /* block id: 36 */
                int32_t l_111 = 0x14249AA0L;
                int32_t *l_112 = &g_30[0][1][0];
                (*l_112) = (safe_sub_func_int8_t_s_s(l_104, ((((((1UL < ((l_105 , (safe_lshift_func_uint8_t_u_u(((safe_mul_func_int16_t_s_s(((void*)0 == l_110), l_86.f0)) || 5L), l_111))) , 0xAA48D7F838922964LL)) ^ 0L) | l_40.f4) | l_111) < g_42) == l_86.f2)));
            }
            l_115 = &l_104;
        }
    }
    for (l_86.f0 = (-15); (l_86.f0 >= 58); l_86.f0 = safe_add_func_uint8_t_u_u(l_86.f0, 7))
    { /* block id: 44 */
        int64_t l_135 = (-2L);
        int32_t l_152 = 0x73BA8E61L;
        int32_t l_158[5] = {4L,4L,4L,4L,4L};
        uint32_t l_160 = 0xB6E62887L;
        int32_t **l_163 = (void*)0;
        int i;
        for (g_66 = 0; (g_66 < 3); g_66 = safe_add_func_uint8_t_u_u(g_66, 1))
        { /* block id: 47 */
            int16_t l_124 = (-1L);
            uint64_t *l_136 = &g_137;
            int32_t l_138[1][3][2];
            int32_t *l_139 = &g_30[0][1][0];
            int32_t *l_140 = (void*)0;
            int32_t *l_141 = &l_40.f4;
            int i, j, k;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                {
                    for (k = 0; k < 2; k++)
                        l_138[i][j][k] = 0x51E7DF7CL;
                }
            }
            (*l_141) ^= (((safe_mul_func_int16_t_s_s(((safe_lshift_func_int16_t_s_s(g_97.f0, 11)) ^ (((l_124 ^ ((*l_139) = ((safe_add_func_int8_t_s_s(((safe_rshift_func_int16_t_s_s((((safe_mod_func_int32_t_s_s(((((safe_lshift_func_int8_t_s_u(l_86.f0, (safe_div_func_int8_t_s_s((0x10L || (((*l_136) = l_135) && 0xCB9C1B330DB1924CLL)), l_86.f3)))) | 0xA62BBE41L) <= 0UL) < l_124), 1UL)) , 4UL) >= (*g_41)), g_42)) , 0L), (*g_41))) == l_138[0][2][0]))) || 0x69C7970BCD743813LL) , 65529UL)), l_40.f1)) ^ 0x1146B1AAL) , (-4L));
            (*l_141) |= ((g_149 = (safe_div_func_int32_t_s_s(((l_40.f0 & l_135) <= ((safe_div_func_int16_t_s_s(l_146, (safe_mul_func_uint16_t_u_u((*l_139), ((0x6A6E12AA013F98BFLL & g_137) >= 0x7F55L))))) == g_97.f0)), l_135))) == g_22);
            for (l_40.f2 = 6; (l_40.f2 < 56); l_40.f2++)
            { /* block id: 55 */
                int32_t *l_153 = &g_97.f4;
                int32_t *l_154 = &l_138[0][2][0];
                int32_t *l_155 = &l_40.f4;
                int32_t *l_156 = &g_97.f4;
                int32_t *l_157[3][2] = {{&g_30[0][1][1],&g_30[0][1][1]},{&g_97.f4,&g_30[0][1][1]},{&g_30[0][1][1],&g_97.f4}};
                int i, j;
                --l_160;
                (*l_153) = l_158[1];
                if (l_158[3])
                    continue;
                if (l_158[0])
                    continue;
            }
        }
        g_29[1][0][3] = &g_30[0][1][0];
    }
    return g_42;
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
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_22, "g_22", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_24[i][j][k], "g_24[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_30[i][j][k], "g_30[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_97.f0, "g_97.f0", print_hash_value);
    transparent_crc(g_97.f1, "g_97.f1", print_hash_value);
    transparent_crc(g_97.f2, "g_97.f2", print_hash_value);
    transparent_crc(g_97.f3, "g_97.f3", print_hash_value);
    transparent_crc(g_97.f4, "g_97.f4", print_hash_value);
    transparent_crc(g_137, "g_137", print_hash_value);
    transparent_crc(g_149, "g_149", print_hash_value);
    transparent_crc(g_165, "g_165", print_hash_value);
    transparent_crc(g_202, "g_202", print_hash_value);
    transparent_crc(g_209, "g_209", print_hash_value);
    transparent_crc(g_236, "g_236", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_247[i][j][k], "g_247[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 60
   depth: 1, occurrence: 8
XXX total union variables: 1

XXX max expression depth: 25
breakdown:
   depth: 1, occurrence: 85
   depth: 2, occurrence: 26
   depth: 3, occurrence: 2
   depth: 6, occurrence: 1
   depth: 7, occurrence: 1
   depth: 9, occurrence: 1
   depth: 11, occurrence: 3
   depth: 12, occurrence: 2
   depth: 13, occurrence: 1
   depth: 14, occurrence: 1
   depth: 17, occurrence: 1
   depth: 21, occurrence: 1
   depth: 22, occurrence: 1
   depth: 25, occurrence: 1

XXX total number of pointers: 83

XXX times a variable address is taken: 103
XXX times a pointer is dereferenced on RHS: 19
breakdown:
   depth: 1, occurrence: 18
   depth: 2, occurrence: 1
XXX times a pointer is dereferenced on LHS: 43
breakdown:
   depth: 1, occurrence: 42
   depth: 2, occurrence: 1
XXX times a pointer is compared with null: 5
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 0
XXX times a pointer is qualified to be dereferenced: 405

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 103
   level: 2, occurrence: 17
XXX number of pointers point to pointers: 23
XXX number of pointers point to scalars: 51
XXX number of pointers point to structs: 7
XXX percent of pointers has null in alias set: 24.1
XXX average alias set size: 1.22

XXX times a non-volatile is read: 190
XXX times a non-volatile is write: 128
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 87
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 15
   depth: 1, occurrence: 19
   depth: 2, occurrence: 22
   depth: 3, occurrence: 31

XXX percentage a fresh-made variable is used: 25
XXX percentage an existing variable is used: 75
********************* end of statistics **********************/

