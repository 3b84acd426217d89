/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1020 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1020
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static uint16_t safe_add_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a + (uint32_t)b); }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static uint8_t safe_add_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a + (uint32_t)b); }
static int32_t safe_div_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a / b); }
static int8_t safe_div_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint32_t safe_div_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
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
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int32_t safe_unary_minus_func_int32_t_s(int32_t a) { return (a == (-2147483647 - 1)) ? a : (int32_t)-a; }
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
static int8_t safe_unary_minus_func_int8_t_s(int8_t a) { return (a == (-127 - 1)) ? a : (int8_t)-a; }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int64_t  f0;
};

union U1 {
   const uint32_t  f0;
   uint64_t  f1;
   uint64_t  f2;
};

union U2 {
   int16_t  f0;
   int16_t  f1;
   uint32_t  f2;
};

union U3 {
   int32_t  f0;
};

union U4 {
   int8_t * f0;
   uint64_t  f1;
   int8_t * f2;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0x0CD50997L;
static int32_t g_6 = (-1L);
static uint64_t g_19[4][2] = {{1UL,1UL},{1UL,1UL},{1UL,1UL},{1UL,1UL}};
static const union U3 g_27 = {0x0EBF9035L};
static union U3 g_29 = {9L};
static uint64_t g_31[2] = {0x86F25DB2B058EFA9LL,0x86F25DB2B058EFA9LL};
static int32_t g_38 = 0x1B8D8131L;
static uint64_t g_47 = 18446744073709551610UL;
static int8_t g_51 = 0x9DL;
static int32_t g_58 = 0x5637EAC6L;
static uint8_t g_59 = 0xA6L;
static int64_t g_72 = (-1L);
static int32_t g_95[5][4] = {{0x319870F1L,0x30A6D461L,(-2L),(-2L)},{0x2852A3B4L,0x2852A3B4L,0x319870F1L,(-2L)},{0xC100FABBL,0x30A6D461L,0xC100FABBL,0x319870F1L},{0xC100FABBL,0x319870F1L,0x319870F1L,0xC100FABBL},{0x2852A3B4L,0x319870F1L,(-2L),0x319870F1L}};
static int32_t *g_98 = &g_95[2][1];
static int32_t **g_97 = &g_98;
static int32_t ***g_96 = &g_97;
static int8_t g_105 = 0x4FL;
static int8_t *g_104 = &g_105;
static union U0 g_153 = {0x2F8A427D2546FF5CLL};
static int16_t g_157 = (-1L);
static uint16_t g_168 = 0x483FL;
static int8_t *g_202 = &g_105;
static int16_t g_234 = 0x36FFL;
static int16_t *g_233[1] = {&g_234};
static const int32_t *g_241 = &g_2;
static const int32_t **g_240 = &g_241;
static const int32_t ***g_239 = &g_240;
static const int32_t ****g_238 = &g_239;
static const int32_t ****g_243 = &g_239;
static union U4 g_278[2][1] = {{{0}},{{0}}};
static union U4 *g_277[5][5] = {{&g_278[0][0],&g_278[0][0],&g_278[0][0],&g_278[1][0],&g_278[1][0]},{&g_278[0][0],&g_278[0][0],&g_278[0][0],&g_278[0][0],&g_278[0][0]},{&g_278[0][0],&g_278[0][0],&g_278[0][0],&g_278[0][0],&g_278[0][0]},{&g_278[0][0],&g_278[1][0],&g_278[0][0],&g_278[0][0],&g_278[0][0]},{&g_278[0][0],&g_278[0][0],&g_278[0][0],&g_278[0][0],&g_278[0][0]}};
static uint8_t g_304 = 0UL;
static union U1 g_341 = {4294967288UL};
static int64_t g_394 = 0x5E47087E233825F8LL;


/* --- FORWARD DECLARATIONS --- */
static union U3  func_1(void);
static int32_t * func_9(int8_t * p_10, int8_t * p_11, int64_t  p_12);
static int8_t * func_13(int32_t * p_14, int16_t  p_15, int8_t * p_16);
static union U2  func_20(union U4  p_21, int8_t * p_22, int8_t * p_23);
static union U4  func_24(const union U3  p_25, uint64_t * p_26);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_6 g_96 g_97 g_98 g_95 g_51 g_31 g_19 g_341 g_29.f0 g_47 g_202 g_105 g_341.f0 g_243 g_239 g_240 g_241 g_72 g_27.f0 g_38 g_27
 * writes: g_2 g_6 g_95 g_31 g_59 g_29.f0 g_51 g_47 g_168 g_394
 */
static union U3  func_1(void)
{ /* block id: 0 */
    int32_t *l_307 = &g_95[2][2];
    int32_t l_314 = 0xA14165B2L;
    int32_t l_315 = 0x3C5AB58AL;
    int32_t l_316 = 0x2D645F78L;
    uint32_t l_317 = 4294967290UL;
    union U3 l_351 = {0L};
    uint64_t *l_353 = &g_278[0][0].f1;
    union U0 * const l_400[3][4][4] = {{{(void*)0,&g_153,&g_153,&g_153},{&g_153,&g_153,&g_153,&g_153},{&g_153,&g_153,&g_153,(void*)0},{&g_153,(void*)0,&g_153,(void*)0}},{{(void*)0,&g_153,&g_153,(void*)0},{&g_153,(void*)0,(void*)0,(void*)0},{&g_153,&g_153,&g_153,&g_153},{&g_153,&g_153,(void*)0,&g_153}},{{&g_153,&g_153,&g_153,(void*)0},{(void*)0,&g_153,&g_153,&g_153},{&g_153,&g_153,&g_153,&g_153},{&g_153,&g_153,&g_153,(void*)0}}};
    int i, j, k;
    for (g_2 = 0; (g_2 <= 5); g_2 = safe_add_func_int64_t_s_s(g_2, 1))
    { /* block id: 3 */
        uint64_t *l_30 = &g_31[1];
        int16_t l_308 = 1L;
        int32_t l_312[2];
        uint8_t l_346 = 0x62L;
        union U3 *l_359[1][3][4] = {{{&l_351,&l_351,(void*)0,&l_351},{&l_351,&g_29,&g_29,&l_351},{&g_29,&l_351,&g_29,&g_29}}};
        uint32_t **l_376 = (void*)0;
        uint32_t ***l_375 = &l_376;
        union U0 **l_401 = (void*)0;
        union U0 *l_402[5];
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_312[i] = 0L;
        for (i = 0; i < 5; i++)
            l_402[i] = &g_153;
        if ((!g_2))
        { /* block id: 4 */
            int32_t *l_343 = (void*)0;
            int32_t *l_344 = &g_95[4][2];
            int32_t *l_345[3];
            int i;
            for (i = 0; i < 3; i++)
                l_345[i] = (void*)0;
            for (g_6 = 0; (g_6 > 22); g_6 = safe_add_func_int64_t_s_s(g_6, 3))
            { /* block id: 7 */
                uint64_t *l_18 = &g_19[1][0];
                union U3 *l_28[5][3][1];
                int8_t *l_103 = (void*)0;
                int32_t l_292 = 9L;
                int32_t *l_309 = &g_95[2][3];
                int32_t *l_310 = &g_95[0][3];
                int32_t *l_311[3][4][4] = {{{&g_6,&g_95[0][3],(void*)0,&g_95[0][3]},{&g_2,&g_2,&g_95[0][3],(void*)0},{&g_95[0][3],&g_2,&g_2,&g_95[0][3]},{&g_2,&g_95[0][3],&g_2,&g_6}},{{&g_2,&g_2,&g_2,&g_95[0][3]},{&g_95[0][3],&g_6,&g_95[0][3],&g_95[0][3]},{&g_2,&g_2,(void*)0,&g_6},{&g_6,&g_95[0][3],(void*)0,&g_95[0][3]}},{{&g_2,&g_2,&g_95[0][3],(void*)0},{&g_95[0][3],&g_2,&g_2,&g_95[0][3]},{&g_2,&g_95[0][3],&g_2,&g_6},{&g_2,&g_2,&g_2,&g_95[0][3]}}};
                int64_t l_313 = 0x5A57995A96146000LL;
                int i, j, k;
                for (i = 0; i < 5; i++)
                {
                    for (j = 0; j < 3; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_28[i][j][k] = &g_29;
                    }
                }
            }
            for (l_315 = 0; (l_315 > 20); ++l_315)
            { /* block id: 166 */
                uint32_t *l_330 = &l_317;
                int16_t *l_339 = &g_157;
                uint8_t *l_340 = &g_59;
                int32_t *l_342 = &g_29.f0;
                (***g_96) |= 0x8A5FAD6BL;
                (*l_342) &= (safe_mod_func_int16_t_s_s((((safe_mod_func_int32_t_s_s(((safe_sub_func_uint32_t_u_u(((safe_mod_func_uint8_t_u_u((((*l_330)--) ^ (safe_mul_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u(g_51, (*l_307))) & ((*l_30)--)), ((*l_340) = (0x2BAECEEBD542BDA7LL >= (g_19[3][0] , ((&g_157 != l_339) != l_312[0]))))))), 8L)) , 0xFD6896C1L), 0x3F96D9D4L)) ^ (-1L)), 1L)) , g_341) , 0xD8F9L), 0x92ABL));
            }
            l_346++;
            for (g_51 = 0; (g_51 > 25); g_51++)
            { /* block id: 176 */
                return l_351;
            }
        }
        else
        { /* block id: 179 */
            uint64_t **l_352 = &l_30;
            uint64_t *l_355 = &g_19[1][0];
            uint64_t **l_354 = &l_355;
            int8_t *l_367[2][2][2];
            const int32_t l_395 = 0x6B4B0D49L;
            int i, j, k;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                {
                    for (k = 0; k < 2; k++)
                        l_367[i][j][k] = &g_105;
                }
            }
            if ((((*l_352) = (void*)0) != ((*l_354) = (l_353 = &g_47))))
            { /* block id: 183 */
                union U3 **l_356 = (void*)0;
                union U3 *l_358 = &l_351;
                union U3 **l_357[4][2][3] = {{{(void*)0,(void*)0,&l_358},{(void*)0,&l_358,(void*)0}},{{(void*)0,&l_358,&l_358},{(void*)0,&l_358,(void*)0}},{{(void*)0,(void*)0,&l_358},{(void*)0,&l_358,(void*)0}},{{(void*)0,&l_358,&l_358},{(void*)0,&l_358,(void*)0}}};
                int32_t l_368 = 0x49BAC657L;
                int32_t l_369[1];
                union U0 l_370 = {0x3C3EBBE69ECA57A0LL};
                int8_t l_377 = (-6L);
                uint16_t *l_378 = &g_168;
                uint32_t *l_379 = &l_317;
                int i, j, k;
                for (i = 0; i < 1; i++)
                    l_369[i] = 0x6475EF0FL;
                (*l_307) ^= (((l_359[0][0][0] = (void*)0) == ((safe_mul_func_uint8_t_u_u(((safe_lshift_func_uint8_t_u_s(1UL, 5)) <= (safe_add_func_uint8_t_u_u((!(l_368 = ((l_367[0][0][0] == (void*)0) >= ((**l_354) ^= 18446744073709551615UL)))), l_369[0]))), (*g_202))) , &g_27)) < 0xF38E2187F322EF0ALL);
                (***g_96) |= (l_370 , (g_341 , (l_370 , (((*l_379) = (safe_add_func_uint64_t_u_u(((safe_div_func_uint16_t_u_u(((*l_378) = ((((((void*)0 == l_375) != l_377) == 4294967287UL) && g_47) != 0xE8296908F95DF04ALL)), l_370.f0)) | l_312[0]), 0x8CD015136AB8AE6DLL))) == g_341.f0))));
                if ((****g_243))
                    break;
            }
            else
            { /* block id: 192 */
                uint16_t *l_392 = (void*)0;
                uint16_t *l_393 = &g_168;
                int32_t l_396[4][5] = {{4L,4L,6L,4L,4L},{(-3L),4L,(-3L),(-3L),4L},{4L,(-3L),(-3L),4L,(-3L)},{4L,4L,6L,4L,4L}};
                int i, j;
                (***g_96) = (~(((!(safe_rshift_func_int16_t_s_s((((1UL > ((g_341.f0 ^ ((safe_rshift_func_int8_t_s_u((((safe_mul_func_uint16_t_u_u(g_72, (g_394 = ((*l_393) = 0x6C6AL)))) <= (0x86E96963L > l_395)) || g_29.f0), g_27.f0)) != g_38)) == (*g_202))) , (*g_202)) ^ l_396[0][1]), 12))) && g_47) >= 5L));
            }
            return g_27;
        }
        for (g_47 = 0; (g_47 <= 20); g_47 = safe_add_func_int32_t_s_s(g_47, 2))
        { /* block id: 201 */
            int16_t l_399 = 0x901CL;
            if (l_399)
                break;
            if (l_308)
                break;
            return g_27;
        }
        l_402[2] = l_400[1][1][1];
        if ((*g_98))
            break;
    }
    return l_351;
}


/* ------------------------------------------ */
/* 
 * reads : g_304
 * writes: g_304
 */
static int32_t * func_9(int8_t * p_10, int8_t * p_11, int64_t  p_12)
{ /* block id: 157 */
    int16_t l_293 = 0x9DB1L;
    int32_t *l_294 = &g_29.f0;
    int32_t *l_295 = (void*)0;
    int32_t *l_296 = &g_95[0][3];
    int32_t *l_297 = &g_29.f0;
    int32_t *l_298 = &g_95[0][0];
    int32_t *l_299 = &g_29.f0;
    int32_t *l_300[2];
    uint32_t l_301 = 7UL;
    int i;
    for (i = 0; i < 2; i++)
        l_300[i] = &g_95[4][0];
    l_301++;
    g_304--;
    return l_299;
}


/* ------------------------------------------ */
/* 
 * reads : g_153.f0 g_97 g_29.f0 g_72 g_31 g_202 g_19 g_2 g_95 g_157 g_104 g_105 g_59 g_233 g_51 g_238 g_239 g_240 g_241 g_277 g_27.f0
 * writes: g_153.f0 g_98 g_29.f0 g_72 g_202 g_59 g_157 g_95 g_105 g_238 g_243 g_241 g_51 g_277 g_96 g_29
 */
static int8_t * func_13(int32_t * p_14, int16_t  p_15, int8_t * p_16)
{ /* block id: 78 */
    int32_t l_176 = 0L;
    int32_t l_177 = 0x25C6D075L;
    int32_t l_192[2][4][5] = {{{0L,0L,(-1L),(-1L),0L},{6L,0xF4611E25L,0xB166D845L,0L,0xEA1BE251L},{0xF4611E25L,(-1L),0xB166D845L,(-10L),0xB166D845L},{0xEA1BE251L,0xEA1BE251L,(-1L),6L,(-1L)}},{{0xF4611E25L,(-1L),0L,6L,6L},{6L,(-3L),0L,0xF4611E25L,(-1L)},{6L,0xB166D845L,(-3L),(-1L),(-1L)},{0xEA1BE251L,(-10L),(-10L),0xEA1BE251L,0L}}};
    uint32_t l_193 = 4294967292UL;
    uint32_t *l_212 = &l_193;
    uint32_t * const *l_211 = &l_212;
    int8_t *l_214 = &g_105;
    union U4 l_253 = {0};
    int64_t l_265 = (-1L);
    uint8_t l_268 = 0x5EL;
    int32_t ** const *l_286 = &g_97;
    union U3 l_287[3] = {{0x0F3EA85FL},{0x0F3EA85FL},{0x0F3EA85FL}};
    union U3 *l_288 = &g_29;
    uint16_t l_289[4][1][2] = {{{0UL,0UL}},{{0UL,0UL}},{{0UL,0UL}},{{0UL,0UL}}};
    int16_t *l_290 = (void*)0;
    int16_t *l_291 = &g_157;
    int i, j, k;
    for (g_153.f0 = 0; (g_153.f0 >= 4); g_153.f0 = safe_add_func_int16_t_s_s(g_153.f0, 6))
    { /* block id: 81 */
        (*g_97) = p_14;
        for (g_29.f0 = 0; (g_29.f0 <= (-19)); --g_29.f0)
        { /* block id: 85 */
            return &g_105;
        }
    }
    l_177 &= l_176;
    for (g_72 = 0; (g_72 < (-9)); g_72--)
    { /* block id: 92 */
        int32_t *l_180 = &g_95[0][3];
        int32_t *l_181 = &l_176;
        int32_t *l_182 = &g_95[0][3];
        int32_t *l_183 = &g_29.f0;
        int32_t *l_184 = &l_176;
        int32_t *l_185 = &g_95[0][3];
        int32_t *l_186 = &g_29.f0;
        int32_t *l_187 = &g_29.f0;
        int32_t *l_188 = (void*)0;
        int32_t *l_189 = &g_95[2][3];
        int32_t *l_190 = &l_176;
        int32_t *l_191[1][4];
        int8_t l_199[3][2] = {{0xEEL,0xFCL},{0xFCL,0xEEL},{0xFCL,0xFCL}};
        int16_t *l_221 = (void*)0;
        int16_t *l_222[4] = {&g_157,&g_157,&g_157,&g_157};
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_191[i][j] = &g_95[0][3];
        }
        ++l_193;
        for (l_193 = 0; (l_193 <= 0); l_193 += 1)
        { /* block id: 96 */
            int8_t *l_204 = (void*)0;
            int i;
            if (((*l_184) = (65526UL || g_31[l_193])))
            { /* block id: 98 */
                int8_t **l_203 = &g_202;
                uint8_t *l_205[4][4] = {{&g_59,&g_59,&g_59,&g_59},{&g_59,&g_59,&g_59,&g_59},{&g_59,&g_59,&g_59,&g_59},{&g_59,&g_59,&g_59,&g_59}};
                int16_t *l_210 = &g_157;
                uint32_t * const **l_213 = &l_211;
                int i, j;
                (*l_184) = (safe_add_func_uint16_t_u_u((+(l_199[0][1] <= (safe_lshift_func_int16_t_s_u((((g_59 = (((*l_203) = g_202) != l_204)) < (((((safe_mul_func_int8_t_s_s((safe_rshift_func_int16_t_s_u(((*l_210) = (-4L)), 12)), g_31[l_193])) < g_31[l_193]) < g_31[l_193]) , 0x20B1D2C0L) , p_15)) < g_19[1][0]), 9)))), g_19[0][0]));
                (*l_213) = l_211;
                (*g_97) = (l_191[l_193][l_193] = p_14);
            }
            else
            { /* block id: 106 */
                (*l_190) &= (*p_14);
                (*l_189) = (&p_15 == (void*)0);
            }
            return l_214;
        }
        if ((safe_mul_func_uint16_t_u_u(p_15, (safe_mul_func_int8_t_s_s(((*l_182) = ((l_192[1][0][2] = (g_95[0][3] < (((*g_202) = ((65535UL < (p_15 , (g_157 > p_15))) <= 0xD7L)) & g_153.f0))) , (*g_104))), p_15)))))
        { /* block id: 115 */
            int32_t *l_223 = &g_29.f0;
            (*g_97) = l_223;
        }
        else
        { /* block id: 117 */
            uint8_t *l_232 = &g_59;
            int32_t l_237[1];
            int32_t l_266 = 0x2A8A7F0CL;
            int i;
            for (i = 0; i < 1; i++)
                l_237[i] = 0xC35D945DL;
            if ((safe_mul_func_int16_t_s_s((g_157 &= 0x7515L), (safe_mod_func_int8_t_s_s(((safe_lshift_func_uint8_t_u_s(((safe_lshift_func_uint16_t_u_s(p_15, 13)) > (((*l_232) ^= (*l_190)) & (g_233[0] != (((safe_rshift_func_uint8_t_u_u(((&g_97 != &g_97) <= 0x426AL), l_237[0])) <= g_51) , &g_234)))), 5)) && l_192[1][0][2]), g_95[0][3])))))
            { /* block id: 120 */
                const int32_t *****l_242 = &g_238;
                g_243 = ((*l_242) = g_238);
                (*l_182) ^= l_237[0];
                (*l_184) = (safe_mod_func_uint32_t_u_u(((safe_lshift_func_int16_t_s_s(p_15, 3)) == (((safe_unary_minus_func_uint64_t_u((safe_lshift_func_int8_t_s_s((safe_mul_func_int16_t_s_s(p_15, p_15)), (*****l_242))))) <= (*p_14)) || g_51)), g_105));
                (****l_242) = &l_192[1][0][2];
            }
            else
            { /* block id: 126 */
                (*l_184) ^= (l_253 , (safe_unary_minus_func_int8_t_s((*p_16))));
            }
            for (g_51 = 0; (g_51 <= 1); g_51 += 1)
            { /* block id: 131 */
                int32_t l_263 = (-1L);
                int32_t l_264[2];
                int8_t l_267 = 0L;
                uint8_t l_271 = 0x5CL;
                int i, j;
                for (i = 0; i < 2; i++)
                    l_264[i] = 0x331D1B60L;
                (*l_184) &= ((safe_mul_func_int16_t_s_s(0xAE58L, (safe_sub_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u(g_95[g_51][(g_51 + 1)], (safe_lshift_func_uint8_t_u_s(255UL, (((l_177 = p_15) ^ 0xFBA44B06L) && g_19[1][0]))))), p_15)))) < g_72);
                l_268--;
                ++l_271;
                l_192[1][0][2] = ((*l_180) = (*p_14));
            }
            if ((***g_239))
            { /* block id: 139 */
                uint32_t l_274 = 0x877DDFA0L;
                int8_t *l_279 = (void*)0;
                l_274++;
                g_277[1][0] = g_277[1][0];
                (*l_186) = l_274;
                return l_279;
            }
            else
            { /* block id: 144 */
                int32_t ***l_282 = &g_97;
                int32_t ****l_283 = &g_96;
                int8_t *l_284 = &g_51;
                (*g_240) = p_14;
                (*l_185) = (+(!(((*l_283) = l_282) == (void*)0)));
                return l_284;
            }
        }
        if ((***g_239))
            break;
    }
    l_177 = (l_192[1][3][4] != (0xAAA7L & ((((((*l_291) = ((safe_unary_minus_func_uint32_t_u(((void*)0 == l_286))) && (((*l_288) = l_287[2]) , l_289[0][0][0]))) || p_15) && (*p_16)) > 0xABL) & g_27.f0)));
    return &g_105;
}


/* ------------------------------------------ */
/* 
 * reads : g_6 g_98 g_104 g_105 g_95 g_96 g_97 g_38 g_2 g_168
 * writes: g_96 g_98 g_168
 */
static union U2  func_20(union U4  p_21, int8_t * p_22, int8_t * p_23)
{ /* block id: 44 */
    union U1 l_110 = {8UL};
    union U4 l_113 = {0};
    int32_t l_114 = 0x16B035E8L;
    int32_t l_119 = 0x90AFEB5AL;
    int32_t l_120[4][2][3] = {{{0x539CAC12L,0L,0x05F70B01L},{0x0D1FC1C1L,0x8708D222L,0x0D1FC1C1L}},{{0x05F70B01L,0L,0x539CAC12L},{0x74088AFDL,9L,0x539CAC12L}},{{0xA1EC4391L,0x74088AFDL,0x0D1FC1C1L},{0L,0L,0x05F70B01L}},{{0xA1EC4391L,0x05F70B01L,0x74088AFDL},{0x74088AFDL,0x05F70B01L,0xA1EC4391L}}};
    int16_t l_124 = 0xEB3BL;
    union U0 *l_145 = (void*)0;
    int32_t *l_158 = (void*)0;
    int16_t l_166 = 0x45DDL;
    union U2 l_171 = {2L};
    int i, j, k;
    if (((safe_mul_func_int16_t_s_s((safe_lshift_func_int8_t_s_s(((l_114 &= (l_110 , (g_6 & (safe_add_func_int16_t_s_s(((((l_113 , g_98) == (void*)0) > (*g_104)) <= (*g_98)), g_6))))) || l_114), 5)), g_95[2][1])) < l_110.f0))
    { /* block id: 46 */
        int32_t l_115 = 0x51924C02L;
        int32_t *l_116 = &l_114;
        int32_t *l_117 = (void*)0;
        int32_t *l_118[1];
        uint32_t l_121[1][2];
        int64_t l_125 = (-6L);
        int8_t l_126 = 0L;
        int64_t l_127 = 0x64D15AFFB5E83B3BLL;
        uint32_t l_128 = 0x68E5E828L;
        union U1 l_140 = {0x8BC617F6L};
        int i, j;
        for (i = 0; i < 1; i++)
            l_118[i] = &g_95[0][3];
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_121[i][j] = 0x90E88B3BL;
        }
        --l_121[0][0];
        --l_128;
        for (l_128 = (-7); (l_128 == 51); l_128++)
        { /* block id: 51 */
            int64_t l_152 = 0xCE8995D89284F4F2LL;
            int32_t **l_154 = (void*)0;
            int16_t *l_155 = &l_124;
            int16_t *l_156 = &g_157;
        }
        l_158 = (**g_96);
    }
    else
    { /* block id: 71 */
        int16_t l_161 = (-1L);
        int16_t *l_164 = &l_124;
        int32_t *l_165[1][3];
        int16_t l_167 = 0x667EL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_165[i][j] = &g_95[0][3];
        }
        g_96 = (void*)0;
        (*g_97) = (((safe_sub_func_uint8_t_u_u(0UL, (*g_104))) > ((l_161 && (((*l_164) = ((safe_sub_func_uint8_t_u_u((l_161 , l_161), g_38)) & 6UL)) >= g_2)) == 255UL)) , (void*)0);
        ++g_168;
    }
    return l_171;
}


/* ------------------------------------------ */
/* 
 * reads : g_29.f0 g_31 g_6 g_38 g_2 g_59 g_58 g_72 g_27.f0 g_51 g_95 g_96 g_98 g_97
 * writes: g_29.f0 g_38 g_47 g_51 g_58 g_59 g_72 g_95
 */
static union U4  func_24(const union U3  p_25, uint64_t * p_26)
{ /* block id: 10 */
    union U3 l_44 = {7L};
    int32_t l_74 = 0x93E9FC65L;
    union U4 l_101 = {0};
    for (g_29.f0 = 1; (g_29.f0 >= 0); g_29.f0 -= 1)
    { /* block id: 13 */
        int32_t *l_33 = &g_6;
        int32_t ** const l_32 = &l_33;
        int32_t ***l_34 = (void*)0;
        int32_t **l_36 = (void*)0;
        int32_t ***l_35[3][2][5] = {{{&l_36,&l_36,&l_36,(void*)0,(void*)0},{&l_36,&l_36,&l_36,&l_36,&l_36}},{{&l_36,(void*)0,&l_36,&l_36,&l_36},{&l_36,&l_36,(void*)0,(void*)0,&l_36}},{{&l_36,&l_36,&l_36,&l_36,(void*)0},{&l_36,&l_36,&l_36,&l_36,&l_36}}};
        int32_t ***l_37 = &l_36;
        union U3 *l_43 = (void*)0;
        union U2 l_93 = {0x1C92L};
        int i, j, k;
        (*l_37) = l_32;
        g_38 = (&g_31[0] == p_26);
        if ((safe_sub_func_uint64_t_u_u((safe_unary_minus_func_int32_t_s((p_25 , (+(p_25.f0 == (g_47 = (((g_31[0] >= (((l_44 = p_25) , (safe_mul_func_uint16_t_u_u(0x1563L, p_25.f0))) & g_31[0])) | (**l_32)) > p_25.f0))))))), g_31[0])))
        { /* block id: 18 */
            uint64_t l_69[5][3][5];
            const union U0 l_92[2] = {{0xB28B9DDA26858079LL},{0xB28B9DDA26858079LL}};
            const union U2 l_100 = {-1L};
            int i, j, k;
            for (i = 0; i < 5; i++)
            {
                for (j = 0; j < 3; j++)
                {
                    for (k = 0; k < 5; k++)
                        l_69[i][j][k] = 18446744073709551615UL;
                }
            }
            for (g_38 = 0; (g_38 <= 1); g_38 += 1)
            { /* block id: 21 */
                int8_t *l_50 = &g_51;
                int32_t l_56 = 0xE09E13A3L;
                uint32_t *l_57[1][4];
                int64_t *l_70 = (void*)0;
                int64_t *l_71 = &g_72;
                int8_t l_73 = 0x99L;
                uint16_t l_83 = 9UL;
                int8_t *l_94 = &l_73;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_57[i][j] = (void*)0;
                }
                g_59 &= ((safe_mul_func_int8_t_s_s(((*l_50) = 0xE2L), g_31[g_29.f0])) || ((safe_lshift_func_uint8_t_u_s((0x910C33490CE61FA7LL >= ((g_58 = ((((safe_sub_func_uint16_t_u_u(l_56, 5L)) || (**l_36)) > p_25.f0) <= 0xA04DL)) <= p_25.f0)), g_2)) , 0L));
                l_74 |= (((p_25.f0 >= (safe_div_func_uint32_t_u_u((~g_58), (safe_add_func_int32_t_s_s((safe_div_func_uint8_t_u_u((safe_sub_func_uint16_t_u_u((l_44.f0 ^ (((((*l_71) &= l_69[4][0][4]) > (*p_26)) && l_73) && 0xB2A25C95EEC0DB1BLL)), p_25.f0)), g_27.f0)), 0L))))) ^ p_25.f0) > 18446744073709551615UL);
                g_95[0][3] ^= (((*l_94) &= ((((safe_div_func_uint16_t_u_u(((safe_lshift_func_uint16_t_u_s(l_69[4][0][4], 12)) ^ (safe_unary_minus_func_int64_t_s(((safe_rshift_func_int8_t_s_s((~l_83), ((safe_div_func_int32_t_s_s((safe_div_func_int8_t_s_s((((safe_div_func_int32_t_s_s((safe_rshift_func_uint16_t_u_s(((l_92[1] , (l_93 , (*l_33))) < 0xE4AA2297L), 8)), (**l_36))) & (*p_26)) == l_44.f0), 0x74L)), 0x02BB9F80L)) ^ g_51))) , l_92[1].f0)))), 0x57BBL)) == p_25.f0) != 0x849B7D65D205C6C2LL) ^ g_38)) <= g_27.f0);
                if (p_25.f0)
                    break;
            }
            for (l_93.f1 = 1; (l_93.f1 >= 0); l_93.f1 -= 1)
            { /* block id: 33 */
                int32_t ***l_99 = &l_36;
                if (p_25.f0)
                    break;
                (*g_98) = (g_96 != l_99);
                (***g_96) |= (l_100 , (((&g_31[0] == &g_31[1]) || p_25.f0) >= (**l_36)));
            }
            return l_101;
        }
        else
        { /* block id: 39 */
            union U4 l_102 = {0};
            return l_102;
        }
    }
    return l_101;
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
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_19[i][j], "g_19[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_27.f0, "g_27.f0", print_hash_value);
    transparent_crc(g_29.f0, "g_29.f0", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_31[i], "g_31[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_51, "g_51", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_72, "g_72", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_95[i][j], "g_95[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_153.f0, "g_153.f0", print_hash_value);
    transparent_crc(g_157, "g_157", print_hash_value);
    transparent_crc(g_168, "g_168", print_hash_value);
    transparent_crc(g_234, "g_234", print_hash_value);
    transparent_crc(g_304, "g_304", print_hash_value);
    transparent_crc(g_341.f0, "g_341.f0", print_hash_value);
    transparent_crc(g_394, "g_394", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 107
XXX total union variables: 17

XXX max expression depth: 21
breakdown:
   depth: 1, occurrence: 94
   depth: 2, occurrence: 21
   depth: 3, occurrence: 2
   depth: 5, occurrence: 2
   depth: 8, occurrence: 1
   depth: 9, occurrence: 1
   depth: 11, occurrence: 1
   depth: 12, occurrence: 2
   depth: 13, occurrence: 5
   depth: 15, occurrence: 1
   depth: 16, occurrence: 2
   depth: 17, occurrence: 1
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1

XXX total number of pointers: 130

XXX times a variable address is taken: 152
XXX times a pointer is dereferenced on RHS: 30
breakdown:
   depth: 1, occurrence: 20
   depth: 2, occurrence: 5
   depth: 3, occurrence: 3
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
XXX times a pointer is dereferenced on LHS: 56
breakdown:
   depth: 1, occurrence: 49
   depth: 2, occurrence: 1
   depth: 3, occurrence: 5
   depth: 4, occurrence: 1
XXX times a pointer is compared with null: 5
XXX times a pointer is compared with address of another variable: 2
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 1800

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 168
   level: 2, occurrence: 25
   level: 3, occurrence: 24
   level: 4, occurrence: 3
   level: 5, occurrence: 2
XXX number of pointers point to pointers: 28
XXX number of pointers point to scalars: 93
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 35.4
XXX average alias set size: 1.24

XXX times a non-volatile is read: 259
XXX times a non-volatile is write: 181
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 89
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 14
   depth: 1, occurrence: 20
   depth: 2, occurrence: 20
   depth: 3, occurrence: 35

XXX percentage a fresh-made variable is used: 18.4
XXX percentage an existing variable is used: 81.6
********************* end of statistics **********************/

