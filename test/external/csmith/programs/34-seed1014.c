/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1014 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1014
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static uint16_t safe_add_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a + (uint32_t)b); }
static uint32_t safe_add_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a + (uint32_t)b); }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
static int8_t safe_div_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint8_t safe_mod_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int32_t safe_unary_minus_func_int32_t_s(int32_t a) { return (a == (-2147483647 - 1)) ? a : (int32_t)-a; }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   uint64_t  f0;
   uint64_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static uint32_t g_2 = 3UL;
static union U0 g_6 = {0x91E29EA41449C9FBLL};
static union U0 g_18 = {0x9FA553FC2F92E6C0LL};
static union U0 *g_17 = &g_18;
static union U0 **g_22 = &g_17;
static int32_t g_24 = 0x6D8F9C32L;
static uint32_t g_25 = 0UL;
static uint8_t g_29 = 0xEEL;
static uint64_t g_86[1] = {18446744073709551609UL};
static int32_t *g_107 = &g_24;
static int64_t g_127 = (-1L);
static int32_t g_129 = 0x24E93270L;
static int32_t g_130[3] = {0xFF316C32L,0xFF316C32L,0xFF316C32L};
static int16_t g_131 = 1L;
static int64_t g_132 = 0L;
static uint16_t g_133 = 65535UL;
static int64_t g_166 = 0x573B10F1C41F1468LL;
static int64_t g_167 = 6L;
static int32_t g_169 = 0xA8936D06L;
static uint32_t g_170[1] = {0x06392A37L};
static int32_t g_174 = 0L;
static uint8_t g_175 = 8UL;
static int16_t g_185 = 0xD902L;
static uint8_t g_216[3][3][3] = {{{0x1FL,0x94L,0x8CL},{0xDDL,0x94L,0xDDL},{6UL,0x1FL,0x8CL}},{{6UL,6UL,0x1FL},{0xDDL,0x1FL,0x1FL},{0x1FL,0x94L,0x8CL}},{{0xDDL,0x94L,0xDDL},{6UL,0x1FL,0x8CL},{6UL,6UL,0x1FL}}};
static uint16_t g_229 = 65533UL;
static int8_t g_236 = 1L;
static int8_t g_291 = (-1L);
static int32_t g_292 = 0x3B8C2FFFL;
static int32_t g_293[5][5][2] = {{{0L,0x8A2E917EL},{0L,0L},{0L,0x8A2E917EL},{0L,0L},{0L,0x8A2E917EL}},{{0L,0L},{0L,0x8A2E917EL},{0L,0L},{0L,0x8A2E917EL},{0L,0L}},{{0L,0x8A2E917EL},{0L,0L},{0L,0x8A2E917EL},{0L,0L},{0L,0x8A2E917EL}},{{0L,0L},{0L,0x8A2E917EL},{0L,0L},{0L,0x8A2E917EL},{0L,0L}},{{0L,0x8A2E917EL},{0L,0L},{0L,0x8A2E917EL},{0L,0L},{0L,0x8A2E917EL}}};
static uint16_t g_336 = 65531UL;
static int32_t *g_381 = &g_293[0][4][0];


/* --- FORWARD DECLARATIONS --- */
static const uint64_t  func_1(void);
static const union U0  func_9(union U0  p_10, union U0 ** p_11, union U0 ** const  p_12);
static union U0 ** func_14(int64_t  p_15, union U0 ** p_16);
static uint32_t  func_30(union U0 * p_31, uint8_t  p_32);
static union U0 * func_33(uint8_t  p_34);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_6.f0 g_6.f1 g_6 g_17 g_18.f1 g_25 g_18 g_29 g_18.f0 g_24 g_86 g_22 g_133 g_170 g_130 g_167 g_169 g_216 g_127 g_229 g_131 g_236 g_291 g_292 g_293 g_336 g_132 g_107 g_175 g_174 g_129 g_185
 * writes: g_2 g_6.f0 g_6 g_22 g_25 g_29 g_18.f0 g_24 g_86 g_17 g_107 g_18.f1 g_133 g_175 g_185 g_216 g_170 g_169 g_132 g_130 g_293 g_336 g_129 g_381
 */
static const uint64_t  func_1(void)
{ /* block id: 0 */
    int32_t l_13[4];
    union U0 **l_19 = (void*)0;
    uint64_t l_355 = 18446744073709551609UL;
    int32_t **l_379 = &g_107;
    int32_t **l_380[2];
    int16_t *l_384 = &g_185;
    int64_t l_385[4] = {0x12C46D36BF6BB9B5LL,0x12C46D36BF6BB9B5LL,0x12C46D36BF6BB9B5LL,0x12C46D36BF6BB9B5LL};
    int i;
    for (i = 0; i < 4; i++)
        l_13[i] = (-1L);
    for (i = 0; i < 2; i++)
        l_380[i] = (void*)0;
    if (g_2)
    { /* block id: 1 */
        union U0 *l_5[2][2][1];
        int32_t l_8[1];
        uint8_t *l_28 = &g_29;
        int32_t **l_339 = &g_107;
        int i, j, k;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
            {
                for (k = 0; k < 1; k++)
                    l_5[i][j][k] = &g_6;
            }
        }
        for (i = 0; i < 1; i++)
            l_8[i] = 0x6C312FBBL;
        for (g_2 = 24; (g_2 == 34); g_2++)
        { /* block id: 4 */
            union U0 **l_7 = &l_5[0][1][0];
            (*l_7) = (g_2 , l_5[0][0][0]);
            for (g_6.f0 = 0; (g_6.f0 <= 0); g_6.f0 += 1)
            { /* block id: 8 */
                if (g_6.f1)
                    break;
                if (l_8[0])
                    break;
            }
        }
        if ((((*l_28) &= ((func_9((g_6 = ((l_8[0] & l_13[3]) , g_6)), func_14((((g_17 == (void*)0) || g_18.f1) > l_13[3]), l_19), l_19) , l_13[1]) > l_13[3])) & l_13[3]))
        { /* block id: 22 */
            uint8_t *l_215 = &g_216[2][2][0];
            int32_t *l_330 = &g_293[0][4][0];
            const int32_t *l_333 = &l_13[1];
            const int32_t **l_332[3][3] = {{&l_333,&l_333,&l_333},{&l_333,&l_333,&l_333},{&l_333,&l_333,&l_333}};
            int i, j;
lbl_331:
            if ((((func_30(func_33(g_18.f0), ((*l_215) = ((g_170[0] || g_130[1]) ^ (safe_rshift_func_int8_t_s_s(8L, l_13[1]))))) >= 0xB814BB1FL) <= g_167) >= g_291))
            { /* block id: 166 */
                int32_t *l_326 = &g_293[0][3][0];
                int32_t **l_327 = &l_326;
                (*l_327) = l_326;
                (*l_327) = &l_13[3];
                (**l_327) &= (safe_rshift_func_int8_t_s_s(g_167, 4));
            }
            else
            { /* block id: 170 */
                return g_292;
            }
            (*l_330) |= l_13[2];
            if (g_169)
                goto lbl_331;
            g_107 = (void*)0;
        }
        else
        { /* block id: 176 */
            int32_t *l_334 = &g_169;
            int32_t *l_335[5];
            int i;
            for (i = 0; i < 5; i++)
                l_335[i] = &l_13[3];
            g_336++;
        }
        (*l_339) = (l_13[1] , &g_169);
        for (g_169 = 0; (g_169 <= 0); g_169 += 1)
        { /* block id: 182 */
            uint16_t *l_344 = &g_336;
            int16_t *l_352 = &g_185;
            int32_t l_353 = 0xE8BED672L;
            int32_t *l_354 = &g_24;
            (*l_354) = (((safe_sub_func_int8_t_s_s((safe_lshift_func_int8_t_s_u(0x46L, (((--(*l_344)) >= l_13[3]) != (((+((*l_352) = (safe_sub_func_int32_t_s_s(((safe_div_func_int8_t_s_s(g_18.f0, g_132)) && 0L), 0x2B542AFAL)))) , 18446744073709551615UL) | 0x3A862AB6F6539513LL)))), l_353)) != 0x99E68132AFD83F57LL) & (*g_107));
            for (g_2 = 0; (g_2 <= 2); g_2 += 1)
            { /* block id: 188 */
                --l_355;
            }
        }
    }
    else
    { /* block id: 192 */
        int32_t **l_359 = &g_107;
        int32_t ***l_358 = &l_359;
        int8_t l_360 = 2L;
        uint8_t *l_365[1][4];
        int32_t *l_372 = (void*)0;
        int32_t *l_373[3];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_365[i][j] = &g_216[2][2][0];
        }
        for (i = 0; i < 3; i++)
            l_373[i] = &g_293[0][3][0];
        (*l_358) = (void*)0;
        g_129 |= ((l_360 && l_13[0]) == ((((safe_mod_func_int8_t_s_s(l_355, g_292)) , (safe_sub_func_uint8_t_u_u((g_175++), (safe_lshift_func_int8_t_s_s((safe_mod_func_uint32_t_u_u((g_24 != g_174), (*g_107))), g_25))))) & g_216[1][0][0]) < l_13[3]));
        for (g_18.f0 = 0; g_18.f0 < 4; g_18.f0 += 1)
        {
            l_13[g_18.f0] = 1L;
        }
    }
    g_293[1][3][0] = ((g_292 != (safe_add_func_uint32_t_u_u((safe_unary_minus_func_int32_t_s((safe_rshift_func_int8_t_s_u((((((((((*l_379) = &l_13[0]) != (g_381 = &g_24)) | 0x3DACL) | (safe_add_func_uint16_t_u_u((((*l_384) &= g_29) == g_216[2][2][0]), g_167))) || (**l_379)) , 0xA3L) || 1L) > g_2), 4)))), 0x76BF1DFBL))) == l_385[0]);
    return g_2;
}


/* ------------------------------------------ */
/* 
 * reads : g_2 g_25 g_17 g_18
 * writes: g_22 g_25
 */
static const union U0  func_9(union U0  p_10, union U0 ** p_11, union U0 ** const  p_12)
{ /* block id: 17 */
    int32_t *l_23[2];
    int i;
    for (i = 0; i < 2; i++)
        l_23[i] = &g_24;
    g_22 = func_14(g_2, &g_17);
    g_25++;
    return (**p_11);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static union U0 ** func_14(int64_t  p_15, union U0 ** p_16)
{ /* block id: 14 */
    uint16_t l_20[3][1];
    int32_t l_21 = 0x623B26D5L;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_20[i][j] = 0xEF33L;
    }
    l_21 = l_20[0][0];
    return &g_17;
}


/* ------------------------------------------ */
/* 
 * reads : g_133 g_170 g_25 g_167 g_24 g_169 g_29 g_130 g_216 g_6.f0 g_127 g_132 g_185 g_229 g_131 g_236 g_86
 * writes: g_170 g_169 g_132 g_216 g_107 g_185 g_130 g_293
 */
static uint32_t  func_30(union U0 * p_31, uint8_t  p_32)
{ /* block id: 116 */
    uint32_t *l_222[1][4][3] = {{{&g_25,&g_25,&g_25},{(void*)0,(void*)0,(void*)0},{&g_25,&g_25,&g_25},{(void*)0,(void*)0,(void*)0}}};
    int32_t l_227 = 2L;
    uint16_t *l_228[5] = {&g_133,&g_133,&g_133,&g_133,&g_133};
    int16_t *l_232 = (void*)0;
    int8_t *l_235[1];
    int64_t *l_237[4];
    int32_t l_238 = 5L;
    int32_t l_239 = 1L;
    int16_t *l_262 = &g_131;
    int32_t l_294 = (-10L);
    int32_t l_295 = (-1L);
    int32_t l_300 = 0x30B6AAB4L;
    int32_t l_301 = 0x7836A358L;
    int32_t l_304 = 1L;
    int32_t l_305 = 0xAB02E757L;
    int32_t l_306 = 0x87CF7266L;
    int32_t l_310 = 0x4BDD194FL;
    uint16_t l_313[4];
    uint32_t l_325 = 0x476D01ADL;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_235[i] = &g_236;
    for (i = 0; i < 4; i++)
        l_237[i] = &g_127;
    for (i = 0; i < 4; i++)
        l_313[i] = 0x9C50L;
    if ((safe_unary_minus_func_uint32_t_u((l_238 = (((((safe_rshift_func_uint8_t_u_s(((safe_div_func_uint8_t_u_u(((g_133 ^ (((++g_170[0]) == (safe_mod_func_uint16_t_u_u((l_227 = l_227), (-1L)))) , (safe_rshift_func_int16_t_s_s((l_227 = g_25), 15)))) && (((l_227 = (((safe_rshift_func_uint8_t_u_u(g_133, l_227)) & 0x9E9404B1CAC7ECDFLL) != g_167)) , &g_167) != l_237[2])), g_24)) == 0xC5L), p_32)) || 0x26L) <= l_238) ^ l_239) < l_239)))))
    { /* block id: 122 */
        int32_t *l_240 = &g_169;
        int64_t *l_243 = &g_167;
        int32_t *l_244[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
        int16_t * const l_261 = &g_131;
        uint8_t l_272 = 1UL;
        uint64_t l_297 = 18446744073709551609UL;
        uint32_t l_307 = 18446744073709551615UL;
        int i;
        (*l_240) ^= 0x24DCEBE0L;
        (*l_240) |= p_32;
        l_227 ^= ((safe_sub_func_int16_t_s_s(((((void*)0 == l_243) , &g_185) == (void*)0), (g_29 >= (*l_240)))) , l_238);
        if (((safe_sub_func_int16_t_s_s(((((safe_lshift_func_int8_t_s_s((l_238 = l_238), 5)) && (g_130[1] | (g_216[1][0][2] | ((safe_mul_func_int16_t_s_s((safe_div_func_uint8_t_u_u((safe_rshift_func_int8_t_s_s((safe_lshift_func_int8_t_s_u(((safe_sub_func_int32_t_s_s((safe_rshift_func_int8_t_s_s(((l_261 != l_262) ^ g_216[2][2][0]), 3)), p_32)) || g_133), 1)), g_6.f0)), 1UL)), (*l_240))) , (*l_240))))) != g_127) == 1L), l_239)) || p_32))
        { /* block id: 127 */
            int64_t *l_263[2][5][5] = {{{&g_167,&g_127,&g_167,&g_127,&g_167},{&g_167,&g_127,&g_167,&g_127,&g_167},{&g_167,&g_127,&g_167,&g_127,&g_167},{&g_167,&g_127,&g_167,&g_127,&g_167},{&g_167,&g_127,&g_167,&g_127,&g_167}},{{&g_167,&g_127,&g_167,&g_127,&g_167},{&g_167,&g_127,&g_167,&g_127,&g_167},{&g_167,&g_127,&g_167,&g_127,&g_167},{&g_167,&g_127,&g_167,&g_127,&g_167},{&g_167,&g_127,&g_167,&g_127,&g_167}}};
            int32_t l_274 = 0xC13390D8L;
            int i, j, k;
            (*l_240) = ((0x4CL || ((((void*)0 == l_263[1][4][1]) & 4294967295UL) , (p_32 == (-1L)))) < l_239);
            for (g_132 = 0; (g_132 <= (-3)); g_132--)
            { /* block id: 131 */
                uint8_t *l_273 = &g_216[2][2][0];
                l_274 &= (safe_div_func_uint8_t_u_u(g_170[0], (safe_rshift_func_uint8_t_u_u((l_261 == ((p_32 , (((*l_273) ^= (safe_sub_func_uint16_t_u_u(p_32, (g_170[0] & l_272)))) && p_32)) , l_232)), 7))));
            }
            g_107 = &g_174;
            for (l_272 = (-21); (l_272 <= 33); l_272++)
            { /* block id: 138 */
                int32_t * const l_277[1][2] = {{&g_24,&g_24}};
                int32_t **l_278 = &g_107;
                int i, j;
                (*l_278) = l_277[0][1];
            }
        }
        else
        { /* block id: 141 */
            int64_t l_285 = 0x763957BBCE2EB244LL;
            int32_t *l_288 = &g_169;
            int8_t *l_289[5];
            int32_t l_296 = 0x06FFC55FL;
            int32_t l_302 = 0x36866BDBL;
            int32_t l_303[3][4] = {{(-4L),0x725F73CBL,(-4L),1L},{(-4L),1L,1L,(-4L)},{1L,1L,(-10L),1L}};
            int i, j;
            for (i = 0; i < 5; i++)
                l_289[i] = (void*)0;
            for (g_185 = 0; (g_185 != 17); ++g_185)
            { /* block id: 144 */
                (*l_240) ^= ((safe_sub_func_uint16_t_u_u((g_229 <= ((safe_sub_func_int32_t_s_s(0xC55312F0L, 0x0F618765L)) == l_285)), (safe_mod_func_uint8_t_u_u((g_131 != 0x89L), g_236)))) > g_133);
                l_240 = l_288;
                (*l_288) ^= p_32;
            }
            if ((l_235[0] == l_289[3]))
            { /* block id: 149 */
                int32_t **l_290[3][4] = {{&l_244[2],&l_244[2],&l_244[2],&l_244[2]},{&l_244[2],&l_244[2],&l_244[2],&l_244[2]},{&l_244[2],&l_244[2],&l_244[2],&l_244[2]}};
                int i, j;
                l_240 = l_240;
                l_297--;
                ++l_307;
            }
            else
            { /* block id: 153 */
                return l_310;
            }
        }
    }
    else
    { /* block id: 157 */
        int32_t *l_314[1][5][4] = {{{&l_306,&l_295,&l_295,&l_306},{&l_306,&l_295,&l_295,&l_306},{&l_306,&l_295,&l_295,&l_306},{&l_306,&l_295,&l_295,&l_306},{&l_306,&l_295,&l_295,&l_306}}};
        int32_t *l_324[1][2][3] = {{{&g_130[1],&g_130[1],&g_130[1]},{&g_292,&g_292,&g_292}}};
        int i, j, k;
        l_295 |= ((l_227 = ((p_31 != (void*)0) | (g_170[0] |= ((safe_mul_func_int16_t_s_s(l_313[0], ((g_86[0] , ((3UL || p_32) , 9UL)) ^ (-1L)))) || l_313[0])))) , p_32);
        g_293[4][4][1] = (safe_sub_func_int8_t_s_s(((((g_236 , (((((g_130[2] = (safe_mul_func_int8_t_s_s((l_227 = (safe_div_func_uint16_t_u_u((((safe_sub_func_int32_t_s_s(((~(p_32 <= (&g_170[0] == &g_170[0]))) , ((g_169 , 3L) > (-4L))), 3L)) >= l_304) , 65530UL), g_236))), l_313[0]))) , g_131) < p_32) | 0xD003E0EBL) , g_169)) >= g_216[2][2][0]) , p_32) , p_32), 0x24L));
    }
    return l_325;
}


/* ------------------------------------------ */
/* 
 * reads : g_6.f0 g_29 g_6.f1 g_2 g_18.f0 g_24 g_25 g_86 g_22 g_18.f1 g_133 g_170 g_17
 * writes: g_29 g_6.f1 g_18.f0 g_24 g_86 g_17 g_107 g_18.f1 g_133 g_175 g_185 g_22
 */
static union U0 * func_33(uint8_t  p_34)
{ /* block id: 23 */
    int8_t l_44 = 6L;
    union U0 *l_90[3][4][5] = {{{&g_6,&g_18,&g_18,&g_6,&g_18},{(void*)0,&g_6,&g_18,&g_6,(void*)0},{&g_18,&g_6,&g_18,&g_18,&g_6},{(void*)0,&g_18,&g_18,(void*)0,&g_18}},{{&g_18,&g_18,&g_6,&g_18,&g_18},{&g_6,&g_18,&g_6,&g_18,&g_18},{&g_18,&g_18,&g_18,&g_18,&g_18},{&g_18,&g_18,&g_6,&g_18,&g_18}},{{&g_6,&g_18,&g_18,&g_18,&g_18},{&g_18,&g_18,&g_6,&g_18,&g_18},{&g_18,&g_18,&g_6,&g_18,&g_18},{&g_6,&g_18,&g_18,&g_18,&g_18}}};
    int32_t l_118 = 0xDEB474D9L;
    int32_t l_119[2][2][1] = {{{1L},{0xE64C26F4L}},{{1L},{0xE64C26F4L}}};
    int32_t l_120 = 1L;
    int32_t l_151[1][2][4] = {{{0L,0L,0L,0L},{0L,0L,0L,0L}}};
    int32_t l_168 = 6L;
    int16_t l_184 = (-6L);
    uint64_t *l_207 = &g_86[0];
    uint8_t *l_208 = &g_175;
    int16_t *l_209 = (void*)0;
    int16_t *l_210 = &g_185;
    union U0 ***l_211 = (void*)0;
    union U0 ***l_212 = (void*)0;
    int i, j, k;
    for (p_34 = (-23); (p_34 >= 18); p_34 = safe_add_func_int16_t_s_s(p_34, 3))
    { /* block id: 26 */
        uint8_t *l_39 = &g_29;
        int32_t l_45 = 9L;
        int32_t l_46 = 9L;
        int32_t l_62 = 0x2DD44351L;
        union U0 *l_89 = &g_6;
        int32_t *l_136 = (void*)0;
        int64_t l_152 = 9L;
        if (((safe_sub_func_int16_t_s_s(8L, g_6.f0)) ^ (((255UL != ((l_45 = (((*l_39)--) , ((safe_mul_func_uint16_t_u_u(l_44, l_45)) , l_44))) , l_44)) ^ p_34) <= l_46)))
        { /* block id: 29 */
            uint64_t *l_51 = &g_6.f1;
            int32_t l_58 = 0x7069E5F9L;
            uint64_t *l_61[5][1][3] = {{{&g_18.f1,&g_18.f0,&g_18.f1}},{{(void*)0,&g_18.f0,(void*)0}},{{&g_18.f1,&g_18.f1,&g_18.f1}},{{&g_18.f1,&g_18.f1,&g_18.f1}},{{(void*)0,&g_18.f1,&g_18.f1}}};
            int32_t *l_65 = &l_45;
            int32_t *l_66 = &l_46;
            int32_t *l_67 = &l_45;
            int32_t *l_68 = &l_58;
            int32_t *l_69 = &l_46;
            int32_t *l_70 = &l_46;
            int32_t *l_71 = &l_46;
            int32_t *l_72 = (void*)0;
            int32_t *l_73 = &g_24;
            int32_t *l_74 = (void*)0;
            int32_t *l_75 = &l_62;
            int32_t *l_76 = &l_58;
            int32_t *l_77 = &l_62;
            int32_t *l_78 = &l_62;
            int32_t *l_79 = &l_58;
            int32_t *l_80 = (void*)0;
            int32_t *l_81 = (void*)0;
            int32_t *l_82 = (void*)0;
            int32_t *l_83 = &g_24;
            int32_t *l_84 = &l_62;
            int32_t *l_85[2];
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_85[i] = (void*)0;
            g_24 = (safe_rshift_func_uint8_t_u_s(((safe_sub_func_uint64_t_u_u(((*l_51) |= 18446744073709551615UL), (safe_div_func_int64_t_s_s((safe_sub_func_int16_t_s_s((safe_rshift_func_uint16_t_u_u(g_2, l_58)), (safe_add_func_int64_t_s_s(((g_18.f0--) < ((p_34 && (((*l_65) |= l_44) && 0L)) , l_44)), g_24)))), g_25)))) | p_34), p_34));
            --g_86[0];
            for (l_45 = 1; (l_45 >= 0); l_45 -= 1)
            { /* block id: 37 */
                union U0 **l_91 = &l_90[1][3][2];
                (*l_75) = (((((*g_22) = l_89) != ((*l_91) = l_90[0][0][3])) || ((safe_add_func_uint16_t_u_u(p_34, (0xECL || ((*l_68) || 0UL)))) || g_24)) && 0x0D6341D34D3BE1F6LL);
                return l_89;
            }
            if (l_44)
                break;
        }
        else
        { /* block id: 44 */
            int32_t * const l_121 = &l_119[0][0][0];
            int32_t l_125 = 0xE5681571L;
            int32_t l_126 = 0xB47AF966L;
            int32_t l_128 = 0x524E1215L;
            for (l_46 = 0; (l_46 <= (-17)); --l_46)
            { /* block id: 47 */
                int32_t *l_96 = &g_24;
                int32_t **l_106[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_106[i] = &l_96;
                (*l_96) ^= l_44;
                (*l_96) = (g_18.f0 < (safe_mul_func_uint8_t_u_u(((safe_add_func_int16_t_s_s((+((((p_34 && (safe_mul_func_uint16_t_u_u((p_34 != (255UL && ((safe_div_func_uint64_t_u_u(p_34, 0xCEE8D80EE50A8E06LL)) | l_44))), g_25))) || p_34) || p_34) || 4294967295UL)), 0x91FDL)) , 0x23L), (-10L))));
                g_107 = l_96;
            }
            for (l_45 = 2; (l_45 >= 0); l_45 -= 1)
            { /* block id: 54 */
                int64_t *l_117[3];
                int32_t **l_122 = &g_107;
                int i;
                for (i = 0; i < 3; i++)
                    l_117[i] = (void*)0;
                if (l_46)
                    break;
                l_120 ^= (!(safe_div_func_int8_t_s_s(((l_119[0][1][0] = (l_118 = (g_18.f1 && (safe_div_func_int64_t_s_s((safe_add_func_uint64_t_u_u(((safe_lshift_func_uint8_t_u_s(8UL, 2)) && 1UL), (g_6.f1 < p_34))), p_34))))) ^ 0xD8379A3785E6FA96LL), g_25)));
                (*l_122) = l_121;
            }
            for (g_18.f1 = 0; (g_18.f1 <= 2); g_18.f1 += 1)
            { /* block id: 63 */
                int32_t *l_123 = (void*)0;
                int32_t *l_124[4][1][2] = {{{&l_118,&l_120}},{{&l_118,&l_118}},{{&l_120,&l_118}},{{&l_118,&l_120}}};
                int i, j, k;
                g_133++;
                l_136 = &g_129;
            }
        }
        for (g_133 = 0; (g_133 <= 54); ++g_133)
        { /* block id: 70 */
            union U0 *l_139[1][2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_139[i][j] = &g_18;
            }
            return l_139[0][0];
        }
    }
    g_22 = func_14((((safe_rshift_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_s(0x8FL, ((0x15D6L ^ ((*l_210) = (((((safe_mod_func_uint32_t_u_u(((p_34 & ((*l_208) = (((*l_207) = ((p_34 , (((safe_lshift_func_uint8_t_u_s((p_34 , p_34), p_34)) <= 3UL) | p_34)) || (-1L))) == 0xE5944C72F990AEC3LL))) , 0UL), g_170[0])) , l_44) , g_29) , 246UL) != l_151[0][0][2]))) | l_119[0][1][0]))), p_34)) , 8UL) <= p_34), &l_90[1][1][4]);
    return (*g_22);
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
    transparent_crc(g_6.f0, "g_6.f0", print_hash_value);
    transparent_crc(g_6.f1, "g_6.f1", print_hash_value);
    transparent_crc(g_18.f0, "g_18.f0", print_hash_value);
    transparent_crc(g_18.f1, "g_18.f1", print_hash_value);
    transparent_crc(g_24, "g_24", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_86[i], "g_86[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_127, "g_127", print_hash_value);
    transparent_crc(g_129, "g_129", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_130[i], "g_130[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_131, "g_131", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_133, "g_133", print_hash_value);
    transparent_crc(g_166, "g_166", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc(g_169, "g_169", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_170[i], "g_170[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_174, "g_174", print_hash_value);
    transparent_crc(g_175, "g_175", print_hash_value);
    transparent_crc(g_185, "g_185", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_216[i][j][k], "g_216[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_229, "g_229", print_hash_value);
    transparent_crc(g_236, "g_236", print_hash_value);
    transparent_crc(g_291, "g_291", print_hash_value);
    transparent_crc(g_292, "g_292", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_293[i][j][k], "g_293[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_336, "g_336", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 97
XXX total union variables: 1

XXX max expression depth: 26
breakdown:
   depth: 1, occurrence: 82
   depth: 2, occurrence: 17
   depth: 3, occurrence: 1
   depth: 7, occurrence: 2
   depth: 8, occurrence: 1
   depth: 10, occurrence: 2
   depth: 11, occurrence: 2
   depth: 12, occurrence: 3
   depth: 14, occurrence: 2
   depth: 15, occurrence: 1
   depth: 16, occurrence: 1
   depth: 17, occurrence: 1
   depth: 20, occurrence: 1
   depth: 22, occurrence: 1
   depth: 24, occurrence: 1
   depth: 26, occurrence: 1

XXX total number of pointers: 109

XXX times a variable address is taken: 136
XXX times a pointer is dereferenced on RHS: 13
breakdown:
   depth: 1, occurrence: 11
   depth: 2, occurrence: 2
XXX times a pointer is dereferenced on LHS: 40
breakdown:
   depth: 1, occurrence: 39
   depth: 2, occurrence: 1
XXX times a pointer is compared with null: 5
XXX times a pointer is compared with address of another variable: 0
XXX times a pointer is compared with another pointer: 5
XXX times a pointer is qualified to be dereferenced: 979

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 179
   level: 2, occurrence: 9
   level: 3, occurrence: 1
XXX number of pointers point to pointers: 26
XXX number of pointers point to scalars: 77
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 26.6
XXX average alias set size: 1.32

XXX times a non-volatile is read: 234
XXX times a non-volatile is write: 147
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 77
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 13
   depth: 1, occurrence: 15
   depth: 2, occurrence: 23
   depth: 3, occurrence: 26

XXX percentage a fresh-made variable is used: 21.9
XXX percentage an existing variable is used: 78.1
********************* end of statistics **********************/

