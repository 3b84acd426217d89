/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 2 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      2
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
static int8_t safe_div_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint32_t safe_div_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint64_t safe_mod_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
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
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int16_t safe_unary_minus_func_int16_t_s(int16_t a) { return (a == (-32767 - 1)) ? a : (int16_t)-a; }
static int8_t safe_unary_minus_func_int8_t_s(int8_t a) { return (a == (-127 - 1)) ? a : (int8_t)-a; }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   int8_t  f0;
};

struct S1 {
   const struct S0  f0;
   int64_t  f1;
   int32_t  f2;
};

/* --- GLOBAL VARIABLES --- */
static uint32_t g_5 = 0x3AD3B315L;
static uint8_t g_26[1] = {0xD4L};
static int16_t g_32 = (-5L);
static int32_t g_37 = 0x8D232121L;
static uint16_t g_52[1] = {0x350DL};
static const struct S0 g_57 = {7L};
static uint32_t g_61 = 0xBECDE871L;
static uint8_t g_71 = 0UL;
static uint8_t *g_70 = &g_71;
static uint16_t g_73 = 65526UL;
static int32_t *g_84 = &g_37;
static int8_t g_97 = (-8L);
static int8_t g_98[3] = {(-4L),(-4L),(-4L)};
static uint32_t g_105 = 0x0E36F363L;
static int16_t g_114 = 0x3FCDL;
static uint32_t g_116 = 0xFF4A0CBBL;
static struct S0 g_147 = {0L};
static uint16_t g_158 = 0x77BFL;
static uint16_t g_160 = 0x4682L;
static uint8_t * const *g_167 = &g_70;
static uint8_t * const ** const g_166[4][2][4] = {{{&g_167,&g_167,&g_167,&g_167},{(void*)0,(void*)0,&g_167,(void*)0}},{{&g_167,(void*)0,&g_167,&g_167},{(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,&g_167,&g_167},{&g_167,&g_167,&g_167,(void*)0}},{{&g_167,&g_167,&g_167,&g_167},{&g_167,(void*)0,&g_167,(void*)0}}};
static uint8_t g_179[2] = {0x2EL,0x2EL};
static uint8_t *g_178 = &g_179[0];
static int8_t g_194 = 0x2EL;
static uint16_t g_195[3] = {0xD9C3L,0xD9C3L,0xD9C3L};
static int32_t g_204 = 0xF402FEEBL;
static uint64_t g_210 = 0x5FE504BB9F763CE0LL;
static int32_t g_212 = (-2L);
static uint64_t g_218[4][3] = {{18446744073709551610UL,0xF18C14CA5645AB6FLL,18446744073709551610UL},{0x7C6F1CC891D4E822LL,0x7C6F1CC891D4E822LL,0xD999481441D50914LL},{7UL,18446744073709551610UL,7UL},{0xD999481441D50914LL,0x7C6F1CC891D4E822LL,0xD999481441D50914LL}};
static uint32_t g_279[2] = {18446744073709551615UL,18446744073709551615UL};
static uint64_t g_284 = 6UL;
static int32_t g_298 = 0xF72888F7L;
static int64_t g_306 = (-4L);
static int64_t g_307 = 0L;
static uint32_t g_308 = 4294967286UL;
static uint32_t g_338 = 2UL;
static uint8_t *****g_370 = (void*)0;


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static struct S0  func_2(uint64_t  p_3, uint8_t  p_4);
static int32_t  func_8(int8_t  p_9, uint64_t  p_10, uint32_t  p_11, int32_t  p_12);
static int8_t  func_29(int32_t  p_30);
static uint8_t  func_33(int16_t * const  p_34);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_5 g_212 g_179 g_279 g_194 g_338 g_37 g_218 g_284 g_57 g_147 g_52 g_160 g_204 g_370 g_167 g_70 g_71 g_32 g_306 g_116 g_195 g_298 g_210
 * writes: g_5 g_37 g_212 g_84 g_194 g_338 g_284 g_147 g_32 g_195 g_308 g_116 g_210 g_204 g_71 g_298
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    int32_t l_6 = 0x770A77C8L;
    struct S0 *l_355 = (void*)0;
    struct S0 *l_356 = &g_147;
    int16_t *l_362 = &g_32;
    uint16_t *l_364 = &g_195[2];
    int32_t *l_365[1][1];
    uint8_t **l_369 = &g_70;
    uint8_t ***l_368 = &l_369;
    uint8_t ****l_367 = &l_368;
    uint8_t *****l_366 = &l_367;
    uint32_t l_416[2][4][5] = {{{4294967293UL,0xF6F3A440L,0xF6F3A440L,4294967293UL,0xF6F3A440L},{0UL,0UL,0UL,0UL,0UL},{0xF6F3A440L,4294967293UL,0xF6F3A440L,0xF6F3A440L,4294967293UL},{0UL,0x5AEED9EDL,0x5AEED9EDL,0UL,0x5AEED9EDL}},{{4294967293UL,4294967293UL,4294967286UL,4294967293UL,4294967293UL},{0x5AEED9EDL,0UL,0x5AEED9EDL,0x5AEED9EDL,0UL},{4294967293UL,0xF6F3A440L,0xF6F3A440L,4294967293UL,0xF6F3A440L},{0UL,0UL,0UL,0UL,0UL}}};
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_365[i][j] = &g_37;
    }
    (*l_356) = func_2(g_5, l_6);
    g_212 = (g_37 = ((65535UL & (safe_sub_func_int64_t_s_s((+(((*l_364) = (g_52[0] && ((((*l_362) = (safe_lshift_func_int16_t_s_s(l_6, 3))) < (~g_160)) && l_6))) , l_6)), g_179[0]))) && g_204));
    if (((((((void*)0 == &g_306) && (250UL && (((l_366 != ((*l_356) , g_370)) | g_160) , (**g_167)))) <= (-9L)) , (void*)0) == l_365[0][0]))
    { /* block id: 205 */
        int64_t l_392 = 0x7BB794BE247A6F84LL;
        for (g_32 = 0; (g_32 != 20); g_32 = safe_add_func_int8_t_s_s(g_32, 5))
        { /* block id: 208 */
            int32_t l_379 = 0xD14C5FF9L;
            uint32_t *l_393 = &g_308;
            uint32_t *l_394 = &g_116;
            int32_t l_395 = (-6L);
            int32_t l_396 = (-1L);
            uint8_t *l_399 = &g_26[0];
            l_396 ^= (safe_add_func_int8_t_s_s(g_160, (safe_div_func_uint8_t_u_u((((safe_div_func_int32_t_s_s((l_379 != ((((safe_lshift_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_u(g_279[1], ((safe_mul_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u(((g_147.f0 & ((((safe_mul_func_int16_t_s_s((safe_mod_func_uint32_t_u_u(((*l_394) |= ((*l_393) = ((0x51D76652550F3DB0LL | g_306) ^ l_392))), g_195[2])), g_298)) | l_379) , (-5L)) <= l_395)) && l_379), 9)), 1UL)) & l_392))) != l_395), l_392)) , g_284) > 0xB17583D3L) & g_218[1][1])), 5UL)) , 0L) | l_392), l_392))));
            for (g_210 = 4; (g_210 == 49); g_210++)
            { /* block id: 214 */
                g_204 = (l_399 != (void*)0);
            }
        }
        g_298 |= (safe_add_func_int64_t_s_s((safe_add_func_int64_t_s_s((safe_sub_func_int64_t_s_s((1L || ((-1L) < (safe_rshift_func_uint16_t_u_u(((*l_364) = g_32), 5)))), l_392)), (safe_rshift_func_uint8_t_u_u(((*****l_366)--), 6)))), (((safe_mul_func_uint16_t_u_u((g_279[1] && g_179[0]), 0UL)) < g_57.f0) < l_392)));
    }
    else
    { /* block id: 221 */
        return l_416[0][1][2];
    }
    return g_212;
}


/* ------------------------------------------ */
/* 
 * reads : g_5 g_212 g_179 g_279 g_194 g_338 g_37 g_218 g_284 g_57 g_147
 * writes: g_5 g_37 g_212 g_84 g_194 g_338 g_284
 */
static struct S0  func_2(uint64_t  p_3, uint8_t  p_4)
{ /* block id: 1 */
    uint32_t l_7[3][4][2] = {{{1UL,0x058A835AL},{0x058A835AL,1UL},{0x058A835AL,0x058A835AL},{1UL,0x058A835AL}},{{0x058A835AL,1UL},{0x058A835AL,0x058A835AL},{1UL,0x058A835AL},{0x058A835AL,1UL}},{{0x058A835AL,0x058A835AL},{1UL,0x058A835AL},{0x058A835AL,1UL},{0x058A835AL,0x058A835AL}}};
    int32_t l_299 = 0xBD93B319L;
    int32_t l_300 = 0xF27A7921L;
    int32_t l_301 = 0xD9B646C3L;
    int32_t l_303 = 0x8F7BE227L;
    int32_t l_304[2][4] = {{(-10L),(-10L),(-10L),(-10L)},{(-10L),(-10L),(-10L),(-10L)}};
    int32_t l_305 = 0x11497D11L;
    struct S0 *l_311 = &g_147;
    int32_t **l_354 = &g_84;
    int i, j, k;
    for (g_5 = 0; (g_5 <= 1); g_5 += 1)
    { /* block id: 4 */
        const int32_t l_17[4] = {0x9642E40CL,0x9642E40CL,0x9642E40CL,0x9642E40CL};
        uint8_t *l_24 = (void*)0;
        uint8_t *l_25[5];
        int16_t *l_31 = &g_32;
        int8_t *l_214 = &g_194;
        uint64_t *l_215 = (void*)0;
        uint64_t *l_216 = (void*)0;
        uint64_t *l_217 = &g_218[2][0];
        int8_t l_219 = 0x55L;
        int32_t *l_297[2][1][3] = {{{&g_298,&g_298,&g_298}},{{&g_298,&g_298,&g_298}}};
        int16_t l_302[2];
        struct S0 **l_312 = &l_311;
        uint8_t ****l_313 = (void*)0;
        uint8_t *****l_314 = &l_313;
        int64_t l_315 = 0xD20B73E2F3346647LL;
        int i, j, k;
        for (i = 0; i < 5; i++)
            l_25[i] = &g_26[0];
        for (i = 0; i < 2; i++)
            l_302[i] = 4L;
    }
    for (p_3 = 0; (p_3 <= 2); p_3 += 1)
    { /* block id: 168 */
        uint32_t l_326 = 0UL;
        int32_t *l_327 = &l_301;
        int32_t l_333 = 0L;
        int32_t l_334 = 1L;
        int32_t l_335 = 0x0861D2B5L;
        int32_t l_336 = 0xD111132AL;
        int32_t l_337 = 0xFAE11620L;
        uint8_t * const ** const l_349[1][2][2] = {{{&g_167,&g_167},{&g_167,&g_167}}};
        int i, j, k;
        for (g_37 = 0; (g_37 <= 1); g_37 += 1)
        { /* block id: 171 */
            struct S0 *l_319[2][1][5] = {{{&g_147,&g_147,&g_147,&g_147,&g_147}},{{&g_147,&g_147,&g_147,&g_147,&g_147}}};
            int32_t l_332 = 0x11069D07L;
            int i, j, k;
            for (l_299 = 0; (l_299 <= 1); l_299 += 1)
            { /* block id: 174 */
                struct S0 **l_320 = (void*)0;
                struct S0 **l_321 = &l_311;
                (*l_321) = l_319[0][0][0];
            }
            for (g_212 = 1; (g_212 >= 0); g_212 -= 1)
            { /* block id: 179 */
                int32_t *l_324 = (void*)0;
                int32_t *l_325 = (void*)0;
                int32_t **l_328 = &g_84;
                int i;
                l_326 = (safe_add_func_int16_t_s_s(0x5476L, g_179[g_212]));
                (*l_328) = l_327;
                if (g_279[g_212])
                    continue;
            }
            for (g_194 = 1; (g_194 >= 0); g_194 -= 1)
            { /* block id: 186 */
                int32_t *l_329 = &g_212;
                int32_t *l_330 = &g_212;
                int32_t *l_331[1][4] = {{(void*)0,(void*)0,(void*)0,(void*)0}};
                int i, j;
                (*l_327) |= g_179[g_194];
                g_338--;
            }
            l_332 |= (safe_div_func_uint8_t_u_u((((safe_rshift_func_uint16_t_u_u(((safe_mod_func_uint64_t_u_u(1UL, ((safe_sub_func_int16_t_s_s(((void*)0 == l_349[0][0][1]), 0x5EF2L)) , (safe_add_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u(g_279[g_37], (-6L))), g_279[g_37]))))) <= 1L), 10)) != 0x9BF68E01L) <= g_218[(g_37 + 1)][g_37]), 0xD4L));
        }
        for (g_284 = 0; (g_284 <= 1); g_284 += 1)
        { /* block id: 194 */
            return g_57;
        }
    }
    (*l_354) = &l_304[1][3];
    return (*l_311);
}


/* ------------------------------------------ */
/* 
 * reads : g_70 g_71 g_204 g_147.f0 g_160 g_158 g_37 g_84 g_212 g_279 g_284 g_218 g_114
 * writes: g_204 g_147.f0 g_160 g_158 g_37 g_84 g_212 g_279 g_284 g_114
 */
static int32_t  func_8(int8_t  p_9, uint64_t  p_10, uint32_t  p_11, int32_t  p_12)
{ /* block id: 107 */
    uint8_t l_232 = 0xE8L;
    int32_t l_243 = 0xF70F242EL;
    int32_t *l_244 = &g_204;
    struct S0 l_251 = {0xEEL};
    int32_t *l_260 = &l_243;
    int32_t l_277 = 0L;
    int32_t *l_282 = &l_243;
    int32_t *l_283[3];
    uint64_t *l_289[5][1] = {{&g_210},{(void*)0},{&g_210},{(void*)0},{&g_210}};
    const struct S1 l_292[5] = {{{-4L},0x42BEC65207D733AELL,0x3B3628F2L},{{-4L},0x42BEC65207D733AELL,0x3B3628F2L},{{-4L},0x42BEC65207D733AELL,0x3B3628F2L},{{-4L},0x42BEC65207D733AELL,0x3B3628F2L},{{-4L},0x42BEC65207D733AELL,0x3B3628F2L}};
    int16_t *l_295 = &g_114;
    int16_t l_296 = (-1L);
    int i, j;
    for (i = 0; i < 3; i++)
        l_283[i] = (void*)0;
lbl_268:
    (*l_244) |= (safe_lshift_func_int16_t_s_u(0xA1F4L, (safe_add_func_int8_t_s_s(((safe_lshift_func_uint8_t_u_u((safe_rshift_func_int8_t_s_u((((safe_mul_func_int16_t_s_s((l_243 = (safe_sub_func_uint16_t_u_u((((*g_70) , l_232) != ((safe_unary_minus_func_int16_t_s((safe_add_func_int16_t_s_s((l_232 , (safe_lshift_func_uint8_t_u_u((safe_add_func_uint64_t_u_u((safe_div_func_int8_t_s_s((+0xCE9EL), (-2L))), p_9)), l_232))), p_9)))) < 0x3C8202B1803394B1LL)), l_232))), l_232)) , p_9) != l_232), l_232)), p_10)) != (-1L)), l_232))));
    for (g_147.f0 = 0; (g_147.f0 > 16); g_147.f0 = safe_add_func_uint8_t_u_u(g_147.f0, 5))
    { /* block id: 112 */
        uint16_t l_253 = 9UL;
        int32_t l_278[5];
        int i;
        for (i = 0; i < 5; i++)
            l_278[i] = 5L;
        for (g_160 = 0; (g_160 <= 37); g_160 = safe_add_func_int32_t_s_s(g_160, 1))
        { /* block id: 115 */
            for (g_158 = 0; (g_158 >= 31); ++g_158)
            { /* block id: 118 */
                struct S0 *l_252 = &l_251;
                (*l_252) = l_251;
                (*l_244) |= 0x2EE6007DL;
                ++l_253;
            }
        }
        for (p_9 = (-23); (p_9 != 25); p_9 = safe_add_func_uint8_t_u_u(p_9, 2))
        { /* block id: 126 */
            struct S0 l_266 = {0x6AL};
            for (g_37 = 0; (g_37 == 0); g_37++)
            { /* block id: 129 */
                int32_t **l_261 = &g_84;
                const int32_t *l_263 = (void*)0;
                const int32_t **l_262 = &l_263;
                const int32_t *l_265 = &g_204;
                const int32_t **l_264 = &l_265;
                struct S0 *l_267 = &l_251;
                (*l_261) = l_260;
                (*g_84) = (*g_84);
                (*l_264) = ((*l_262) = &p_12);
                (*l_267) = l_266;
            }
            return p_9;
        }
        if (p_10)
            goto lbl_268;
        for (g_212 = 2; (g_212 >= 0); g_212 -= 1)
        { /* block id: 141 */
            int32_t *l_269 = (void*)0;
            int32_t *l_270 = &g_204;
            int32_t *l_271 = &g_37;
            int32_t l_272 = 0xB8499186L;
            int32_t *l_273 = &g_37;
            int32_t *l_274 = (void*)0;
            int32_t *l_275 = &l_272;
            int32_t *l_276[3][4][2] = {{{&l_243,&l_243},{&g_204,&l_243},{&l_243,&g_204},{&l_243,&l_243}},{{&g_204,&l_243},{&l_243,&g_204},{&l_243,&l_243},{&g_204,&l_243}},{{&l_243,&g_204},{&l_243,&l_243},{&g_204,&l_243},{&l_243,&g_204}}};
            int i, j, k;
            ++g_279[1];
        }
    }
    g_284++;
    (*l_282) = (safe_add_func_int16_t_s_s(((g_284++) & (g_158 && (l_292[3] , ((*l_295) &= ((safe_add_func_uint32_t_u_u(g_218[2][0], p_12)) ^ (*l_282)))))), p_9));
    return l_296;
}


/* ------------------------------------------ */
/* 
 * reads : g_84 g_37 g_204 g_97 g_212 g_61
 * writes: g_37 g_204 g_210 g_212 g_84
 */
static int8_t  func_29(int32_t  p_30)
{ /* block id: 93 */
    const int32_t l_200 = 6L;
    int32_t **l_213 = &g_84;
    (*g_84) ^= (safe_lshift_func_uint8_t_u_s(l_200, 2));
    for (g_37 = 0; (g_37 > 4); g_37 = safe_add_func_int32_t_s_s(g_37, 1))
    { /* block id: 97 */
        int32_t *l_203 = &g_204;
        struct S0 *l_206 = &g_147;
        struct S0 **l_205 = &l_206;
        uint64_t *l_209 = &g_210;
        int32_t *l_211 = &g_212;
        (*l_203) &= 1L;
        (*l_211) |= ((8L <= ((*l_203) <= (((*l_205) = &g_147) != (void*)0))) | (((((*l_209) = (safe_rshift_func_uint8_t_u_u(0xCAL, p_30))) != p_30) ^ (*l_203)) & g_97));
    }
    (*l_213) = (void*)0;
    return g_61;
}


/* ------------------------------------------ */
/* 
 * reads : g_37 g_32 g_5 g_52 g_57 g_61 g_70 g_71 g_73 g_97 g_84 g_105 g_116 g_98 g_147.f0 g_158 g_160 g_147 g_114 g_166 g_167 g_179 g_195
 * writes: g_37 g_52 g_70 g_71 g_84 g_97 g_98 g_105 g_116 g_160 g_147 g_114 g_178 g_195
 */
static uint8_t  func_33(int16_t * const  p_34)
{ /* block id: 7 */
    uint32_t l_35 = 9UL;
    int32_t *l_36[2];
    int64_t l_42[2];
    int16_t l_49 = 0x0B2DL;
    uint32_t l_50 = 18446744073709551615UL;
    int16_t l_51 = 9L;
    uint8_t **l_72 = &g_70;
    const struct S1 l_136[1] = {{{-1L},-2L,4L}};
    const struct S0 *l_146 = &g_147;
    const uint8_t **l_149 = (void*)0;
    uint8_t l_155 = 253UL;
    int32_t l_159 = (-1L);
    int i;
    for (i = 0; i < 2; i++)
        l_36[i] = &g_37;
    for (i = 0; i < 2; i++)
        l_42[i] = 0L;
    g_37 ^= l_35;
lbl_106:
    l_50 ^= (g_37 = (((safe_div_func_uint64_t_u_u(0xA06C0F1A0197CBB4LL, g_32)) <= (safe_mul_func_int8_t_s_s((l_42[1] , (((0x6C49A7E1L < (((safe_lshift_func_uint8_t_u_s((safe_mul_func_int16_t_s_s((g_37 >= g_5), g_32)), g_32)) , 0x36FFE617092FF822LL) < 0x8A3D35555D5DF5B0LL)) , g_5) ^ g_32)), g_5))) || l_49));
    g_52[0]++;
    if ((g_37 = (safe_sub_func_uint8_t_u_u(((g_57 , ((*p_34) | (safe_unary_minus_func_int16_t_s((g_61 && ((safe_div_func_uint16_t_u_u(9UL, (safe_sub_func_uint64_t_u_u(((safe_rshift_func_uint8_t_u_s((safe_div_func_int8_t_s_s(((((*l_72) = g_70) != (void*)0) && g_71), g_32)), g_71)) <= g_73), 0x86E024B17358D0DDLL)))) > g_73)))))) ^ g_37), 0x56L))))
    { /* block id: 14 */
        uint8_t **l_78 = &g_70;
        int32_t l_81 = (-1L);
        for (g_37 = 1; (g_37 >= 0); g_37 -= 1)
        { /* block id: 17 */
            uint32_t l_74 = 0x8A503ECEL;
            l_74 ^= 0L;
        }
        for (g_71 = 0; (g_71 == 54); ++g_71)
        { /* block id: 22 */
            int32_t l_77 = (-10L);
            uint64_t l_88 = 0x2D86EA79F159E9DCLL;
            l_81 = (((((-3L) <= (l_77 < (l_78 != &g_70))) <= (safe_mul_func_uint8_t_u_u(l_77, l_77))) , l_81) | g_52[0]);
            for (l_51 = 0; (l_51 == (-20)); l_51 = safe_sub_func_int32_t_s_s(l_51, 8))
            { /* block id: 26 */
                struct S1 l_85 = {{0x4AL},-3L,0x2894B961L};
                int32_t **l_86 = &l_36[0];
                int32_t ***l_87 = &l_86;
                g_84 = l_36[1];
                (*l_87) = (l_85 , l_86);
                l_88--;
            }
            for (g_37 = 27; (g_37 > (-7)); g_37 = safe_sub_func_uint64_t_u_u(g_37, 2))
            { /* block id: 33 */
                int32_t l_99 = 5L;
                int32_t **l_104 = &g_84;
                g_98[1] = ((safe_sub_func_uint64_t_u_u(g_5, (safe_mul_func_uint8_t_u_u(((g_97 |= (*p_34)) <= g_52[0]), 0x35L)))) && 0x094FL);
                if (l_99)
                    break;
                g_105 &= (g_52[0] , (safe_add_func_int32_t_s_s(l_77, ((safe_sub_func_uint16_t_u_u(0xC9E8L, ((void*)0 != l_104))) == (*g_84)))));
            }
            return l_81;
        }
    }
    else
    { /* block id: 41 */
        int16_t l_109 = 0x5B83L;
        int32_t l_115 = 0xCA36F24FL;
        uint8_t *l_183 = (void*)0;
        int32_t l_191 = 0L;
        int32_t l_192 = 0x501E2E48L;
        int32_t l_193 = (-1L);
        if (g_97)
            goto lbl_106;
        if ((*g_84))
        { /* block id: 43 */
            const int32_t *l_112 = &g_37;
            int32_t l_113 = 7L;
            (*g_84) = ((g_52[0] | ((safe_div_func_uint32_t_u_u((0x7C5F07B8L & l_109), (safe_rshift_func_uint16_t_u_s(((*g_70) < (l_36[0] != l_112)), 2)))) , g_52[0])) > 0xA5ABL);
            g_116++;
            (*g_84) = (safe_rshift_func_uint16_t_u_u((0x9D1F70EA76F41501LL || (!(*l_112))), ((l_109 <= l_115) , ((safe_div_func_int16_t_s_s((safe_add_func_uint8_t_u_u(4UL, l_109)), g_5)) == (*g_70)))));
            for (l_115 = 1; (l_115 >= 0); l_115 -= 1)
            { /* block id: 49 */
                int i;
                if (l_42[l_115])
                    break;
            }
        }
        else
        { /* block id: 52 */
            int32_t *l_143 = &l_115;
            int32_t **l_164 = &l_36[0];
            struct S0 *l_165 = &g_147;
            uint8_t *l_177[5] = {&l_155,&l_155,&l_155,&l_155,&l_155};
            int i;
            if ((*g_84))
            { /* block id: 53 */
                int32_t l_128[4] = {1L,1L,1L,1L};
                int64_t *l_139 = &l_42[1];
                uint32_t *l_140 = &l_35;
                int i;
                (*g_84) = l_115;
                (*g_84) = (l_128[0] < (safe_div_func_uint32_t_u_u(((*l_140) = ((~(safe_mod_func_int16_t_s_s((safe_add_func_int16_t_s_s((l_136[0] , (g_57 , (safe_sub_func_int8_t_s_s(((((*l_139) = (-3L)) == l_128[0]) , 0x06L), l_128[0])))), (*p_34))), g_37))) | 0x7D0CL)), 4294967289UL)));
                if (g_97)
                    goto lbl_163;
            }
            else
            { /* block id: 58 */
                int32_t *l_141 = &l_115;
                int32_t **l_142 = (void*)0;
                const struct S0 *l_145 = &g_57;
                const struct S0 **l_144[2][3][4] = {{{(void*)0,&l_145,&l_145,(void*)0},{&l_145,(void*)0,&l_145,&l_145},{(void*)0,(void*)0,&l_145,(void*)0}},{{(void*)0,&l_145,&l_145,(void*)0},{&l_145,(void*)0,&l_145,&l_145},{(void*)0,(void*)0,&l_145,(void*)0}}};
                const uint8_t ***l_150 = &l_149;
                int i, j, k;
lbl_148:
                l_143 = l_141;
                l_146 = &g_57;
                if (g_71)
                    goto lbl_148;
                (*l_143) ^= ((((*l_150) = l_149) == ((safe_lshift_func_int8_t_s_u(((safe_rshift_func_uint16_t_u_s(l_155, 7)) & 4UL), (safe_rshift_func_uint16_t_u_u(6UL, ((g_98[2] >= g_147.f0) != g_158))))) , l_72)) | 0x58L);
            }
            if (((*l_143) > g_73))
            { /* block id: 65 */
                return l_159;
            }
            else
            { /* block id: 67 */
                g_160--;
lbl_163:
                g_147 = g_147;
                (*l_164) = l_36[0];
                (*l_165) = g_147;
            }
            for (g_114 = 0; (g_114 <= 1); g_114 += 1)
            { /* block id: 76 */
                uint8_t **l_180 = &l_177[2];
                uint8_t *l_182 = &g_179[1];
                uint8_t **l_181[2];
                uint32_t *l_184[2][2];
                int32_t l_185[3];
                struct S0 **l_190 = &l_165;
                int i, j;
                for (i = 0; i < 2; i++)
                    l_181[i] = &l_182;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_184[i][j] = &l_35;
                }
                for (i = 0; i < 3; i++)
                    l_185[i] = 0xF5EDDB6FL;
                (*g_84) = (((((g_166[1][0][1] == ((safe_sub_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(((**g_167) |= l_42[g_114]), ((l_185[1] = (safe_mod_func_int64_t_s_s((safe_unary_minus_func_int8_t_s((safe_add_func_uint64_t_u_u((0L || ((l_183 = ((*l_180) = (g_178 = l_177[2]))) != ((l_42[g_114] | 7UL) , (*g_167)))), g_105)))), g_105))) > 0x57B95470L))), l_42[g_114])) , (void*)0)) | l_109) && g_160) && g_160) || l_185[1]);
                (*g_84) = (safe_add_func_int32_t_s_s((*l_143), ((&g_5 != ((0xC87C9332BA1A25AELL ^ (l_42[g_114] |= (safe_sub_func_int32_t_s_s((l_115 || ((g_57.f0 | l_185[1]) ^ l_185[1])), g_179[0])))) , &l_35)) ^ g_160)));
                if ((*g_84))
                    break;
                (*l_190) = &g_147;
            }
        }
        g_195[2]--;
        l_192 &= l_115;
    }
    return (*g_70);
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
    transparent_crc(g_5, "g_5", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_26[i], "g_26[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_32, "g_32", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_52[i], "g_52[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_57.f0, "g_57.f0", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_97, "g_97", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_98[i], "g_98[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_114, "g_114", print_hash_value);
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_147.f0, "g_147.f0", print_hash_value);
    transparent_crc(g_158, "g_158", print_hash_value);
    transparent_crc(g_160, "g_160", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_179[i], "g_179[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_194, "g_194", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_195[i], "g_195[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_204, "g_204", print_hash_value);
    transparent_crc(g_210, "g_210", print_hash_value);
    transparent_crc(g_212, "g_212", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_218[i][j], "g_218[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_279[i], "g_279[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_284, "g_284", print_hash_value);
    transparent_crc(g_298, "g_298", print_hash_value);
    transparent_crc(g_306, "g_306", print_hash_value);
    transparent_crc(g_307, "g_307", print_hash_value);
    transparent_crc(g_308, "g_308", print_hash_value);
    transparent_crc(g_338, "g_338", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 2
breakdown:
   depth: 0, occurrence: 94
   depth: 1, occurrence: 3
   depth: 2, occurrence: 3
XXX total union variables: 0

XXX max expression depth: 27
breakdown:
   depth: 1, occurrence: 105
   depth: 2, occurrence: 28
   depth: 3, occurrence: 1
   depth: 6, occurrence: 2
   depth: 8, occurrence: 2
   depth: 9, occurrence: 2
   depth: 11, occurrence: 4
   depth: 12, occurrence: 2
   depth: 13, occurrence: 1
   depth: 14, occurrence: 1
   depth: 15, occurrence: 1
   depth: 16, occurrence: 1
   depth: 19, occurrence: 1
   depth: 21, occurrence: 1
   depth: 27, occurrence: 1

XXX total number of pointers: 95

XXX times a variable address is taken: 100
XXX times a pointer is dereferenced on RHS: 24
breakdown:
   depth: 1, occurrence: 22
   depth: 2, occurrence: 2
XXX times a pointer is dereferenced on LHS: 49
breakdown:
   depth: 1, occurrence: 47
   depth: 2, occurrence: 1
   depth: 3, occurrence: 0
   depth: 4, occurrence: 0
   depth: 5, occurrence: 1
XXX times a pointer is compared with null: 4
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 1
XXX times a pointer is qualified to be dereferenced: 611

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 115
   level: 2, occurrence: 9
   level: 3, occurrence: 0
   level: 4, occurrence: 0
   level: 5, occurrence: 2
XXX number of pointers point to pointers: 33
XXX number of pointers point to scalars: 52
XXX number of pointers point to structs: 10
XXX percent of pointers has null in alias set: 23.2
XXX average alias set size: 1.19

XXX times a non-volatile is read: 255
XXX times a non-volatile is write: 167
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 3

XXX stmts: 99
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 22
   depth: 1, occurrence: 17
   depth: 2, occurrence: 23
   depth: 3, occurrence: 37

XXX percentage a fresh-made variable is used: 24.4
XXX percentage an existing variable is used: 75.6
********************* end of statistics **********************/

