/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1016 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1016
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static int8_t safe_add_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint32_t safe_add_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a + (uint32_t)b); }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static int32_t safe_div_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a / b); }
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint64_t safe_mod_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static uint16_t safe_unary_minus_func_uint16_t_u(uint16_t a) { return (uint16_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = (-8L);
static int32_t g_17[5] = {(-1L),(-1L),(-1L),(-1L),(-1L)};
static int32_t *g_16 = &g_17[3];
static int64_t g_55 = (-4L);
static int32_t *g_75 = &g_17[2];
static int32_t **g_74 = &g_75;
static int32_t ** const * const g_80[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
static int16_t g_93[2] = {0L,0L};
static int32_t g_105 = 0L;
static uint16_t g_135 = 65531UL;
static uint8_t g_146 = 3UL;
static uint32_t g_152 = 0UL;
static uint32_t g_155 = 4294967286UL;
static uint8_t g_157 = 247UL;
static int8_t g_171 = 5L;
static uint64_t g_181[3][3][3] = {{{0x844DFC33572A64BFLL,0x8D38B644DA49FBC8LL,0x8D61C2E0762BF705LL},{0x14E592116FD6CFE8LL,0x8D38B644DA49FBC8LL,0x3418994A519DD2A1LL},{18446744073709551610UL,0x8D38B644DA49FBC8LL,0x8D38B644DA49FBC8LL}},{{0x844DFC33572A64BFLL,0x8D38B644DA49FBC8LL,0x8D61C2E0762BF705LL},{0x14E592116FD6CFE8LL,0x8D38B644DA49FBC8LL,0x3418994A519DD2A1LL},{18446744073709551610UL,0x8D38B644DA49FBC8LL,0x8D38B644DA49FBC8LL}},{{0x844DFC33572A64BFLL,0x8D38B644DA49FBC8LL,0x8D61C2E0762BF705LL},{0x14E592116FD6CFE8LL,0x8D38B644DA49FBC8LL,0x3418994A519DD2A1LL},{18446744073709551610UL,0x8D38B644DA49FBC8LL,0x8D38B644DA49FBC8LL}}};
static int16_t g_182 = (-5L);
static uint8_t g_207 = 0x6EL;
static uint64_t *g_239 = (void*)0;
static uint64_t g_241 = 18446744073709551610UL;
static int32_t g_262[3] = {1L,1L,1L};
static uint8_t g_272[5] = {255UL,255UL,255UL,255UL,255UL};
static int64_t g_336 = 0x0289DCFF2DC474DELL;
static uint8_t *g_338 = &g_146;
static uint8_t ** const g_337 = &g_338;
static int8_t *g_381 = &g_171;
static int8_t **g_380 = &g_381;
static uint32_t g_394 = 0xC992769CL;
static const int32_t **g_418[3] = {(void*)0,(void*)0,(void*)0};
static const int32_t ***g_417 = &g_418[1];
static const int32_t ****g_416 = &g_417;
static uint8_t **g_441 = &g_338;
static uint8_t ***g_440[5][1][5] = {{{&g_441,&g_441,&g_441,&g_441,&g_441}},{{&g_441,&g_441,&g_441,&g_441,&g_441}},{{&g_441,(void*)0,(void*)0,&g_441,(void*)0}},{{&g_441,&g_441,&g_441,&g_441,&g_441}},{{(void*)0,&g_441,(void*)0,(void*)0,&g_441}}};
static uint16_t g_459 = 0x3811L;
static uint16_t *g_458 = &g_459;
static uint64_t g_485 = 18446744073709551615UL;


/* --- FORWARD DECLARATIONS --- */
static int64_t  func_1(void);
static int32_t * func_5(int32_t * p_6, int32_t * const  p_7, int32_t  p_8);
static int32_t * func_10(int32_t * p_11, int32_t  p_12, int32_t * p_13, uint64_t  p_14);
static int8_t  func_25(int8_t  p_26);
static int32_t  func_27(uint64_t  p_28, int32_t * p_29, int32_t * p_30, const uint64_t  p_31, int16_t  p_32);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_17 g_74 g_93 g_152 g_75 g_207 g_181 g_239 g_135 g_155 g_171 g_157 g_262 g_272 g_146 g_182 g_16 g_337 g_336 g_485
 * writes: g_2 g_16 g_75 g_152 g_155 g_157 g_171 g_181 g_182 g_207 g_17 g_262 g_272 g_146 g_55 g_336 g_394 g_135 g_458 g_239 g_485
 */
static int64_t  func_1(void)
{ /* block id: 0 */
    int32_t *l_9 = (void*)0;
    uint16_t *l_457 = &g_135;
    uint8_t **l_471 = &g_338;
    int16_t l_475 = 0x38D9L;
    int16_t l_477 = 0xC0D0L;
    int32_t l_478 = 0xC7F98B4CL;
    int32_t l_480[4][4][2] = {{{(-5L),0L},{0x884B79E0L,0L},{(-5L),0x1F22FE2CL},{0x1F22FE2CL,(-5L)}},{{0L,0x884B79E0L},{0L,(-5L)},{0x1F22FE2CL,0x1F22FE2CL},{(-5L),0L}},{{0x884B79E0L,0L},{(-5L),0x1F22FE2CL},{0x1F22FE2CL,(-5L)},{0L,0x884B79E0L}},{{0L,(-5L)},{0x1F22FE2CL,0x1F22FE2CL},{(-5L),0L},{0x884B79E0L,0L}}};
    int i, j, k;
    for (g_2 = 0; (g_2 <= (-7)); --g_2)
    { /* block id: 3 */
        int32_t *l_15 = &g_2;
        int16_t *l_260 = &g_182;
        int32_t *l_261 = &g_262[1];
        l_9 = func_5(l_9, func_10((g_16 = l_15), (safe_div_func_int32_t_s_s(((*l_261) ^= (safe_add_func_int8_t_s_s(((((*l_260) = ((safe_unary_minus_func_uint16_t_u((safe_mul_func_uint8_t_u_u((((void*)0 != l_15) != func_25(g_17[3])), g_135)))) == g_2)) , g_155) && 0xBCL), g_2))), (*l_15))), l_15, (*l_15)), (*l_15));
    }
    for (g_336 = 0; (g_336 < (-16)); g_336 = safe_sub_func_int16_t_s_s(g_336, 1))
    { /* block id: 221 */
        uint8_t **l_470 = (void*)0;
        int32_t l_472 = 0x8B6D990DL;
        int32_t l_476 = 3L;
        int32_t l_479 = 0x6C72ABB9L;
        int32_t l_483[4][5][5] = {{{0x1C0267ACL,(-3L),0L,2L,0xE98A98CAL},{8L,0xD7947BC6L,0xB670D85FL,0x33D6B8D8L,(-6L)},{(-1L),0xD7947BC6L,0x89842AB5L,0x00DC6D6AL,(-3L)},{1L,(-3L),0xE98A98CAL,8L,0xC0886142L},{1L,(-5L),(-5L),1L,1L}},{{0xD7947BC6L,0x05F96895L,(-2L),0x259B7D03L,0xF1D1E84DL},{(-1L),0L,0x259B7D03L,(-2L),(-1L)},{0x3A193DEBL,1L,0x1C0267ACL,0x259B7D03L,0xB670D85FL},{8L,0xDE8B0C46L,0x92A76831L,1L,0x05F96895L},{(-8L),1L,0x89842AB5L,8L,(-1L)}},{{0x89842AB5L,0x4A557D3BL,3L,0x00DC6D6AL,0xC0886142L},{1L,0x1C0267ACL,8L,0x33D6B8D8L,4L},{1L,0x05F96895L,0x684EE53FL,2L,0x00DC6D6AL},{0x89842AB5L,8L,0xBF51782FL,(-2L),(-2L)},{(-8L),0x89842AB5L,(-8L),0x684EE53FL,3L}},{{8L,0x33D6B8D8L,(-2L),0xDE8B0C46L,1L},{0x3A193DEBL,1L,0x89842AB5L,0x05F96895L,0x4A557D3BL},{(-1L),4L,(-2L),1L,0xC0886142L},{0xD7947BC6L,0x3A193DEBL,(-8L),1L,0x89842AB5L},{1L,0x05F96895L,0xBF51782FL,(-2L),(-5L)}}};
        int i, j, k;
        for (g_135 = 0; (g_135 <= 2); g_135 += 1)
        { /* block id: 224 */
            uint16_t *l_460[3];
            int32_t l_464 = 0x49065D47L;
            int32_t l_481 = 0x06BF7B63L;
            int32_t l_482 = 0x8FE55D74L;
            int32_t l_484 = 0x8E5A8FD5L;
            int i;
            for (i = 0; i < 3; i++)
                l_460[i] = (void*)0;
            if (g_272[(g_135 + 1)])
            { /* block id: 225 */
                uint64_t *l_463 = (void*)0;
                int32_t l_465 = 1L;
                int i;
                (*g_74) = l_9;
                if (g_272[(g_135 + 1)])
                    break;
                l_465 = ((((g_458 = l_457) == (g_272[(g_135 + 1)] , l_460[1])) < (safe_sub_func_uint64_t_u_u((l_464 = (&g_181[0][2][1] == (g_239 = &g_241))), g_272[3]))) < g_272[(g_135 + 1)]);
                return g_146;
            }
            else
            { /* block id: 233 */
                uint16_t l_468[4][1][4] = {{{0x7899L,0x8EADL,0x8EADL,0x7899L}},{{0x8EADL,0x7899L,0x8EADL,0x8EADL}},{{0x7899L,0x7899L,0x20FCL,0x7899L}},{{0x7899L,0x8EADL,0x8EADL,0x7899L}}};
                uint8_t ***l_469[1][1][2];
                int32_t l_473 = 1L;
                int32_t *l_474[5];
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                    {
                        for (k = 0; k < 2; k++)
                            l_469[i][j][k] = &g_441;
                    }
                }
                for (i = 0; i < 5; i++)
                    l_474[i] = &g_262[1];
                (*g_16) |= ((l_471 = ((6L != (safe_mod_func_int32_t_s_s(g_272[(g_135 + 1)], l_468[3][0][3]))) , (l_470 = (void*)0))) != (void*)0);
                l_473 = l_472;
                --g_485;
            }
        }
    }
    return g_207;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes: g_157 g_146 g_394 g_181
 */
static int32_t * func_5(int32_t * p_6, int32_t * const  p_7, int32_t  p_8)
{ /* block id: 214 */
    int32_t *l_454 = (void*)0;
    for (g_157 = 0; g_157 < 3; g_157 += 1)
    {
        for (g_146 = 0; g_146 < 3; g_146 += 1)
        {
            for (g_394 = 0; g_394 < 3; g_394 += 1)
            {
                g_181[g_157][g_146][g_394] = 1UL;
            }
        }
    }
    return l_454;
}


/* ------------------------------------------ */
/* 
 * reads : g_262 g_272 g_146 g_74 g_2 g_157 g_17 g_152 g_182 g_155 g_16 g_181 g_337
 * writes: g_272 g_146 g_75 g_262 g_157 g_182 g_152 g_155 g_55 g_336
 */
static int32_t * func_10(int32_t * p_11, int32_t  p_12, int32_t * p_13, uint64_t  p_14)
{ /* block id: 107 */
    int8_t l_265 = (-7L);
    int32_t l_266 = 0L;
    int32_t *l_267 = &g_262[2];
    int32_t *l_268 = &g_17[2];
    int32_t *l_269 = (void*)0;
    int32_t *l_270 = &g_262[1];
    int32_t *l_271[3][5][4] = {{{&g_262[1],&g_262[1],&g_262[1],&g_262[1]},{(void*)0,&g_262[1],&g_17[3],&g_262[1]},{&g_262[1],&l_266,&g_17[3],&g_17[3]},{(void*)0,(void*)0,&g_262[1],&l_266},{&g_17[3],(void*)0,&g_17[3],&g_262[1]}},{{&g_17[3],&g_262[1],&g_262[1],&g_17[3]},{&g_262[1],&g_262[1],&l_266,&g_262[1]},{&g_262[1],(void*)0,&l_266,&l_266},{&g_262[1],&g_262[1],&g_262[1],&l_266},{&g_17[3],(void*)0,&g_17[3],&g_262[1]}},{{&g_17[3],&g_262[1],&g_262[1],&g_17[3]},{&g_262[1],&g_262[1],&l_266,&g_262[1]},{&g_262[1],(void*)0,&l_266,&l_266},{&g_262[1],&g_262[1],&g_262[1],&l_266},{&g_17[3],(void*)0,&g_17[3],&g_262[1]}}};
    int8_t *l_278[2];
    int8_t ** const l_277 = &l_278[1];
    int16_t *l_391 = &g_93[1];
    int32_t l_399 = 6L;
    int64_t l_400 = (-1L);
    uint32_t l_401 = 0UL;
    const int32_t ****l_420 = &g_417;
    uint8_t ***l_442 = (void*)0;
    int16_t l_449 = 0x2CEDL;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_278[i] = &g_171;
    l_266 = (safe_add_func_int64_t_s_s(g_262[1], l_265));
    g_272[3]--;
    for (g_146 = 0; (g_146 == 51); g_146 = safe_add_func_uint32_t_u_u(g_146, 9))
    { /* block id: 112 */
        uint16_t l_279 = 65535UL;
        uint64_t l_286 = 0x347A7D29C3FC8887LL;
        int32_t l_289 = 0x1CBB4EB2L;
        uint64_t l_290 = 0UL;
        if ((l_277 != (l_279 , (void*)0)))
        { /* block id: 113 */
            for (p_12 = (-1); (p_12 < (-23)); p_12 = safe_sub_func_int16_t_s_s(p_12, 3))
            { /* block id: 116 */
                (*g_74) = (void*)0;
            }
            l_289 = ((*p_13) <= (g_262[1] <= ((safe_div_func_uint64_t_u_u(((safe_add_func_uint64_t_u_u((l_286 = p_12), (safe_rshift_func_uint8_t_u_s(254UL, l_279)))) >= 0xE4DCF418FF270718LL), 0x85A27DE33565D500LL)) <= p_12)));
            (*l_267) ^= ((7L >= (l_290 & (--p_14))) == (*p_11));
        }
        else
        { /* block id: 123 */
            int32_t *l_297[5][2] = {{&g_262[1],&g_262[1]},{&g_262[1],&g_262[1]},{&g_262[1],&g_262[1]},{&g_262[1],&g_262[1]},{&g_262[1],&g_262[1]}};
            int i, j;
            (*g_74) = &l_266;
            if ((*p_11))
                continue;
            for (g_157 = (-5); (g_157 < 8); g_157++)
            { /* block id: 128 */
                uint8_t l_298 = 0xE6L;
                int32_t ***l_300 = &g_74;
                int32_t ****l_299 = &l_300;
                (*l_299) = ((safe_sub_func_int8_t_s_s((*l_268), (p_14 & ((((((void*)0 != &g_74) > ((((*g_74) = l_297[3][0]) != &l_266) & 18446744073709551614UL)) > g_152) && l_298) , (*l_267))))) , &g_74);
                return p_11;
            }
        }
        l_289 = (*p_11);
        for (l_279 = 0; (l_279 <= 2); l_279 += 1)
        { /* block id: 137 */
            uint64_t l_306 = 0x74F990B08B0A664FLL;
            int32_t l_307[2];
            int8_t *l_328 = (void*)0;
            int i;
            for (i = 0; i < 2; i++)
                l_307[i] = 0x1C1B63B0L;
            for (g_182 = 2; (g_182 >= 0); g_182 -= 1)
            { /* block id: 140 */
                uint8_t *l_301 = &g_157;
                uint32_t *l_308 = &g_152;
                int32_t l_309 = (-5L);
                if ((*p_13))
                    break;
                (*l_270) = ((g_17[0] > ((((((--(*l_301)) <= g_17[1]) || (p_12 <= (safe_lshift_func_int16_t_s_s((l_306 || ((*l_308) = (l_307[1] &= (g_272[3] > g_272[3])))), l_309)))) & p_12) <= p_12) | g_155)) != p_12);
                (*l_270) = (l_306 & ((p_14 && l_309) < p_12));
                if ((*g_16))
                    continue;
            }
            for (g_155 = 0; (g_155 <= 2); g_155 += 1)
            { /* block id: 151 */
                int64_t *l_316 = (void*)0;
                int64_t *l_317 = &g_55;
                int8_t *l_327 = (void*)0;
                int8_t **l_326[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                uint32_t *l_331 = &g_152;
                uint8_t *l_332[5] = {&g_146,&g_146,&g_146,&g_146,&g_146};
                int32_t l_333 = 0x3AEEC9DEL;
                int32_t l_334 = 0L;
                int64_t *l_335 = &g_336;
                int i, j, k;
                g_262[l_279] = (safe_mod_func_uint64_t_u_u(((safe_mod_func_int64_t_s_s(((*l_317) = (7L && (safe_rshift_func_uint16_t_u_u(g_181[g_155][l_279][g_155], 10)))), ((*l_335) = (safe_mod_func_int64_t_s_s((safe_mod_func_int64_t_s_s(((safe_div_func_int64_t_s_s((safe_div_func_uint8_t_u_u(((l_328 = ((*l_277) = (*l_277))) == &g_171), (l_333 |= (((safe_div_func_int32_t_s_s((((*l_331) = 0UL) , g_181[g_155][g_155][g_155]), g_17[1])) <= l_290) != 0x168DL)))), g_17[3])) != 0x890187AFL), g_17[3])), l_334))))) , l_333), 0x4869FFA67853DA0FLL));
                return p_11;
            }
            for (l_265 = 2; (l_265 >= 0); l_265 -= 1)
            { /* block id: 163 */
                uint8_t **l_340 = &g_338;
                uint8_t ***l_339 = &l_340;
                int i, j, k;
                l_271[l_265][l_279][(l_279 + 1)] = p_11;
                (*l_339) = g_337;
                if ((*p_11))
                    continue;
            }
        }
    }
    for (g_157 = 0; (g_157 <= 11); g_157++)
    { /* block id: 172 */
        int16_t l_373 = 0x08DBL;
        int32_t l_374[5][3][1] = {{{0x38F882C8L},{0xABCC978BL},{0x38F882C8L}},{{0x38F882C8L},{0xABCC978BL},{0x38F882C8L}},{{0x38F882C8L},{0xABCC978BL},{0x38F882C8L}},{{0x38F882C8L},{0xABCC978BL},{0x38F882C8L}},{{0x38F882C8L},{0xABCC978BL},{0x38F882C8L}}};
        int32_t l_375 = 0xAF9A1335L;
        uint64_t l_395 = 0x230582363DC892A7LL;
        uint8_t ***l_443 = (void*)0;
        int i, j, k;
    }
    return p_13;
}


/* ------------------------------------------ */
/* 
 * reads : g_17 g_2 g_74 g_93 g_152 g_75 g_207 g_181 g_239 g_135 g_155 g_171 g_157
 * writes: g_75 g_152 g_155 g_157 g_171 g_181 g_182 g_207 g_17
 */
static int8_t  func_25(int8_t  p_26)
{ /* block id: 5 */
    int32_t l_37 = 0xA60813C2L;
    uint8_t l_42 = 0xC6L;
    int16_t l_43 = (-1L);
    int32_t l_149 = 0x02393EE3L;
    uint32_t *l_151 = &g_152;
    uint32_t *l_153 = (void*)0;
    uint32_t *l_154[2][4] = {{&g_155,&g_155,&g_155,&g_155},{&g_155,&g_155,&g_155,&g_155}};
    int16_t *l_156 = (void*)0;
    int32_t l_158 = (-3L);
    int32_t l_165[3];
    int64_t l_213[2];
    uint16_t l_214 = 1UL;
    int8_t *l_230 = &g_171;
    uint64_t *l_240 = &g_241;
    int i, j;
    for (i = 0; i < 3; i++)
        l_165[i] = 0x7C03D4C3L;
    for (i = 0; i < 2; i++)
        l_213[i] = (-7L);
lbl_210:
    l_149 |= func_27((((1L || (safe_lshift_func_uint8_t_u_s(g_17[3], (((safe_sub_func_int8_t_s_s(1L, (((l_37 , ((safe_div_func_int64_t_s_s(((safe_mul_func_uint8_t_u_u(p_26, g_17[1])) & g_17[2]), 0xD97867A7BF748BBELL)) >= l_42)) ^ 0x29L) , l_43))) <= l_43) > g_17[3])))) , (void*)0) == (void*)0), &g_2, &l_37, g_2, l_42);
    (*g_74) = &l_37;
    if ((l_149 = ((l_158 = ((g_93[0] & l_149) > (g_157 = ((((+(g_155 = (l_37 = ((*l_151) &= l_42)))) || ((l_37 |= 0xEFC71797L) && (l_151 != (void*)0))) | (-10L)) & l_42)))) | 0x24D1BB4DL)))
    { /* block id: 64 */
        int32_t *l_159 = &g_17[3];
        int32_t *l_160 = &l_149;
        int32_t *l_161 = &g_17[3];
        int32_t *l_162 = &l_37;
        int32_t l_163 = (-1L);
        int32_t *l_164[4] = {&g_17[4],&g_17[4],&g_17[4],&g_17[4]};
        uint32_t l_166 = 0x99420C53L;
        int i;
        l_159 = (*g_74);
        l_166++;
    }
    else
    { /* block id: 67 */
        int8_t *l_169 = (void*)0;
        int8_t *l_170 = &g_171;
        int32_t l_172 = (-4L);
        int32_t l_197 = 1L;
        int32_t l_199 = (-7L);
        int8_t l_201 = (-5L);
        int32_t l_202 = 0x330DE8FBL;
        int32_t l_203[2];
        uint32_t l_256 = 0x00B62B6FL;
        int i;
        for (i = 0; i < 2; i++)
            l_203[i] = 0x984D7796L;
        if (((**g_74) = (g_2 <= ((((p_26 & (((((*l_170) = (((&g_155 != (void*)0) | 0L) <= 253UL)) <= l_172) , p_26) , l_172)) != 0x03L) < p_26) | p_26))))
        { /* block id: 70 */
            int8_t *l_173 = &g_171;
            for (l_42 = 0; (l_42 <= 4); l_42 += 1)
            { /* block id: 73 */
                uint64_t *l_180[2];
                uint8_t *l_183[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                int i;
                for (i = 0; i < 2; i++)
                    l_180[i] = &g_181[2][1][0];
                (*g_74) = ((l_173 != (((*l_151) = ((g_17[l_42] >= ((l_172 = ((safe_sub_func_uint64_t_u_u(g_17[l_42], (g_182 = (g_181[2][1][0] = ((((g_17[l_42] , (safe_mod_func_int64_t_s_s(9L, g_17[l_42]))) < 0UL) | p_26) == 250UL))))) ^ p_26)) <= 0x92L)) <= p_26)) , (void*)0)) , (void*)0);
            }
        }
        else
        { /* block id: 80 */
            int32_t l_200 = 0xF7C56E56L;
            int32_t l_204 = (-1L);
            int32_t l_205 = 0L;
            int32_t l_206[1];
            int16_t *l_212 = &g_93[0];
            const int8_t *l_231[1];
            int16_t l_259[1][4][4] = {{{1L,1L,0L,0x96E2L},{0xFC74L,8L,0xFC74L,0L},{0xFC74L,0L,0L,0xFC74L},{1L,0L,0x96E2L,0L}}};
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_206[i] = 0L;
            for (i = 0; i < 1; i++)
                l_231[i] = (void*)0;
            if ((p_26 > l_149))
            { /* block id: 81 */
                int32_t *l_184 = &l_165[2];
                int32_t *l_185 = &g_17[3];
                int32_t *l_186 = &l_149;
                int32_t *l_187 = &l_165[2];
                int32_t *l_188 = &l_149;
                int32_t *l_189 = &g_17[1];
                int32_t *l_190 = &l_165[2];
                int32_t *l_191 = &l_165[2];
                int32_t *l_192 = (void*)0;
                int32_t *l_193 = &g_17[3];
                int32_t *l_194 = (void*)0;
                int32_t *l_195 = &g_17[3];
                int32_t *l_196 = &l_149;
                int32_t *l_198[5][4][3] = {{{&l_165[0],(void*)0,&l_149},{(void*)0,&l_149,&l_149},{&l_165[0],(void*)0,&l_165[0]},{&l_165[2],&l_165[1],&l_197}},{{&l_37,(void*)0,(void*)0},{&g_17[3],&g_17[3],&l_149},{&l_172,(void*)0,&l_165[2]},{&g_17[3],&l_149,&l_165[1]}},{{&l_37,(void*)0,&l_165[0]},{&l_165[2],&l_165[0],(void*)0},{&l_165[0],&l_149,&l_149},{(void*)0,&l_149,&l_149}},{{&l_165[0],&l_165[0],&g_17[3]},{&l_197,(void*)0,(void*)0},{&g_17[3],&l_149,&l_149},{&g_2,(void*)0,&l_165[2]}},{{&g_2,&g_17[3],&l_149},{&l_149,(void*)0,(void*)0},{(void*)0,&l_165[1],&g_17[3]},{&g_17[3],(void*)0,&l_149}}};
                int i, j, k;
                ++g_207;
                if (l_149)
                    goto lbl_210;
                (**g_74) = (((*l_189) = (safe_unary_minus_func_uint16_t_u(p_26))) ^ ((void*)0 == l_212));
                --l_214;
            }
            else
            { /* block id: 87 */
                uint64_t *l_227 = &g_181[2][0][2];
                const int8_t **l_232 = &l_231[0];
                int32_t l_235 = 0x831F8AEBL;
                uint8_t *l_242 = (void*)0;
                uint8_t *l_243[2];
                int32_t *l_244 = &l_197;
                int i;
                for (i = 0; i < 2; i++)
                    l_243[i] = &g_207;
                (*g_74) = &l_37;
                (*l_244) &= ((((safe_mul_func_int16_t_s_s((((l_206[0] = ((safe_add_func_int32_t_s_s((((safe_lshift_func_int16_t_s_s(((((((((safe_rshift_func_int16_t_s_s((((safe_lshift_func_uint16_t_u_s(1UL, 5)) ^ ((((*l_227)--) , l_230) == ((*l_232) = l_231[0]))) != ((safe_sub_func_uint8_t_u_u((((**g_74) = l_235) < ((!(safe_lshift_func_int8_t_s_u(((((&g_74 == &g_74) , g_239) == l_240) >= 0L), g_2))) ^ g_17[3])), 0UL)) , l_149)), g_17[1])) == 0xFCL) | p_26) <= p_26) & p_26) != l_43) , g_135) & (-6L)), l_235)) >= l_201) , p_26), l_235)) > g_93[1])) >= p_26) > 1UL), p_26)) , 65532UL) != g_93[1]) == g_17[1]);
                (*g_74) = ((safe_mod_func_int16_t_s_s((((0x391FA4E1L || (safe_lshift_func_int16_t_s_s(((~(g_93[1] <= ((safe_mod_func_int8_t_s_s((safe_sub_func_uint64_t_u_u((p_26 == (g_93[1] | ((((safe_mul_func_uint8_t_u_u(p_26, g_155)) < g_171) , p_26) == l_203[1]))), l_256)), g_93[1])) & 0x4436AAF7L))) , g_157), 12))) , &l_214) != &g_135), p_26)) , &l_206[0]);
            }
            for (l_197 = 13; (l_197 <= (-22)); l_197 = safe_sub_func_int8_t_s_s(l_197, 7))
            { /* block id: 98 */
                if (l_259[0][0][0])
                    break;
                (*g_74) = (*g_74);
            }
        }
    }
    return l_43;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t  func_27(uint64_t  p_28, int32_t * p_29, int32_t * p_30, const uint64_t  p_31, int16_t  p_32)
{ /* block id: 6 */
    int64_t l_49 = 0xD908FBDEDBEC151DLL;
    int32_t *l_58 = &g_2;
    int32_t **l_73 = &l_58;
    uint16_t l_89 = 0x019EL;
    int32_t l_97 = 2L;
    int32_t l_100 = 0x3A7054D2L;
    int32_t l_103[5][2] = {{1L,0x00665BECL},{1L,1L},{0x00665BECL,1L},{1L,0x00665BECL},{1L,1L}};
    int16_t l_104 = 0x6498L;
    uint32_t l_106 = 0xAB484368L;
    uint32_t l_148 = 18446744073709551615UL;
    int i, j;
    (*p_30) = (*p_30);
    (*p_30) &= (18446744073709551615UL || 18446744073709551614UL);
    for (p_28 = 0; (p_28 >= 21); ++p_28)
    { /* block id: 11 */
        uint64_t l_48 = 3UL;
        int32_t l_63 = 0x147C038DL;
        int32_t l_64[1];
        int64_t l_126 = 0xB61917E9C42605A8LL;
        const uint16_t *l_142[4][1][1] = {{{&g_135}},{{&g_135}},{{&g_135}},{{&g_135}}};
        int32_t ***l_147 = &l_73;
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_64[i] = (-4L);
    }
    return l_148;
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
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_17[i], "g_17[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_55, "g_55", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_93[i], "g_93[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_135, "g_135", print_hash_value);
    transparent_crc(g_146, "g_146", print_hash_value);
    transparent_crc(g_152, "g_152", print_hash_value);
    transparent_crc(g_155, "g_155", print_hash_value);
    transparent_crc(g_157, "g_157", print_hash_value);
    transparent_crc(g_171, "g_171", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_181[i][j][k], "g_181[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_182, "g_182", print_hash_value);
    transparent_crc(g_207, "g_207", print_hash_value);
    transparent_crc(g_241, "g_241", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_262[i], "g_262[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_272[i], "g_272[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_336, "g_336", print_hash_value);
    transparent_crc(g_394, "g_394", print_hash_value);
    transparent_crc(g_459, "g_459", print_hash_value);
    transparent_crc(g_485, "g_485", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 129
XXX total union variables: 0

XXX max expression depth: 38
breakdown:
   depth: 1, occurrence: 67
   depth: 2, occurrence: 17
   depth: 3, occurrence: 1
   depth: 4, occurrence: 2
   depth: 5, occurrence: 1
   depth: 7, occurrence: 1
   depth: 9, occurrence: 1
   depth: 10, occurrence: 1
   depth: 12, occurrence: 1
   depth: 14, occurrence: 1
   depth: 15, occurrence: 1
   depth: 16, occurrence: 1
   depth: 18, occurrence: 2
   depth: 20, occurrence: 2
   depth: 22, occurrence: 1
   depth: 38, occurrence: 1

XXX total number of pointers: 128

XXX times a variable address is taken: 185
XXX times a pointer is dereferenced on RHS: 31
breakdown:
   depth: 1, occurrence: 29
   depth: 2, occurrence: 2
XXX times a pointer is dereferenced on LHS: 58
breakdown:
   depth: 1, occurrence: 54
   depth: 2, occurrence: 4
XXX times a pointer is compared with null: 7
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 2682

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 227
   level: 2, occurrence: 31
   level: 3, occurrence: 4
XXX number of pointers point to pointers: 30
XXX number of pointers point to scalars: 98
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 32
XXX average alias set size: 1.31

XXX times a non-volatile is read: 309
XXX times a non-volatile is write: 195
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 2

XXX stmts: 68
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 18
   depth: 1, occurrence: 8
   depth: 2, occurrence: 13
   depth: 3, occurrence: 29

XXX percentage a fresh-made variable is used: 14.7
XXX percentage an existing variable is used: 85.3
********************* end of statistics **********************/

