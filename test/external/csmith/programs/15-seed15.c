/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 15 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      15
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static int8_t safe_add_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_add_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a + (uint32_t)b); }
static int32_t safe_div_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a / b); }
static int8_t safe_div_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint64_t safe_mod_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int32_t  f0;
   uint32_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static int64_t g_4 = 0x2B29949DFCF09CC2LL;
static int32_t g_6 = 0xEF9D7865L;
static int32_t g_16[5][4] = {{0xF368A901L,0xF368A901L,0xF368A901L,0xF368A901L},{0xF368A901L,0xF368A901L,0xF368A901L,0xF368A901L},{0xF368A901L,0xF368A901L,0xF368A901L,0xF368A901L},{0xF368A901L,0xF368A901L,0xF368A901L,0xF368A901L},{0xF368A901L,0xF368A901L,0xF368A901L,0xF368A901L}};
static union U0 g_19 = {0L};
static uint8_t g_53 = 0xC2L;
static int16_t g_61 = 0xBAFCL;
static uint32_t g_75 = 4UL;
static int32_t **g_77[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
static uint16_t g_93 = 65534UL;
static int16_t g_103 = 0x1028L;
static int32_t g_133 = 0x9282FEEDL;
static uint64_t *g_145 = (void*)0;
static uint16_t g_161 = 1UL;
static uint32_t g_166 = 0x6C3BB2A4L;
static uint16_t g_190 = 0xADC9L;
static uint32_t g_197 = 0xC8D9E6B8L;
static uint32_t g_225 = 8UL;
static int32_t g_240 = 8L;
static uint32_t g_241[4][2][2] = {{{9UL,9UL},{9UL,18446744073709551607UL}},{{18446744073709551612UL,0UL},{18446744073709551607UL,0UL}},{{18446744073709551612UL,18446744073709551607UL},{9UL,9UL}},{{9UL,18446744073709551607UL},{18446744073709551612UL,0UL}}};
static uint16_t g_262 = 0x1591L;
static uint32_t g_277 = 0x356468E3L;
static int32_t *g_281 = &g_133;
static int64_t *g_283 = (void*)0;
static uint64_t g_318 = 0UL;
static uint64_t **g_321 = &g_145;
static uint64_t ***g_320 = &g_321;
static uint16_t g_326 = 0x50B1L;
static int64_t g_341[5][1][4] = {{{(-1L),1L,0L,0L}},{{(-1L),(-1L),1L,1L}},{{0L,(-1L),0L,1L}},{{0L,1L,1L,0L}},{{(-1L),1L,1L,1L}}};
static int8_t g_342 = 0x78L;
static int8_t g_345[2] = {0x82L,0x82L};
static int32_t g_346 = 0x6C53810DL;
static int32_t g_347 = 0x7D210C74L;
static uint8_t g_348 = 0x63L;


/* --- FORWARD DECLARATIONS --- */
static const uint8_t  func_1(void);
static int32_t  func_9(int32_t  p_10, const int64_t  p_11, int32_t * p_12, const int32_t * const  p_13, union U0  p_14);
static uint64_t  func_36(int32_t * const  p_37, uint32_t  p_38, uint16_t  p_39);
static int32_t ** const  func_56(uint16_t  p_57, uint64_t  p_58);
static union U0  func_64(int32_t * p_65, const int32_t * p_66, int32_t * p_67, int16_t * p_68, int32_t  p_69);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_4 g_6 g_19 g_161 g_19.f1 g_61 g_75 g_93 g_53 g_16 g_103 g_241 g_166 g_277 g_320 g_225 g_326 g_19.f0 g_197 g_348 g_321 g_145 g_341 g_346
 * writes: g_6 g_281 g_19.f0 g_283 g_197 g_103 g_318 g_53 g_320 g_326 g_75 g_161 g_133 g_348
 */
static const uint8_t  func_1(void)
{ /* block id: 0 */
    int32_t *l_5 = &g_6;
    int32_t *l_15[4][4] = {{&g_16[3][0],&g_16[4][0],&g_16[4][0],&g_16[3][0]},{&g_16[3][0],&g_16[4][0],(void*)0,&g_16[4][0]},{&g_16[4][0],&g_16[3][0],(void*)0,(void*)0},{&g_16[3][0],&g_16[3][0],&g_16[4][0],(void*)0}};
    int32_t l_17 = 5L;
    const int32_t * const l_18 = (void*)0;
    int32_t **l_280[4];
    uint32_t l_298 = 8UL;
    uint64_t **l_306 = &g_145;
    uint64_t ***l_305 = &l_306;
    int32_t *l_368[4][1][3] = {{{&g_347,&g_347,&g_347}},{{&g_133,&g_133,&g_133}},{{&g_347,&g_347,&g_347}},{{&g_133,&g_133,&g_133}}};
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_280[i] = &l_5;
    if ((g_19.f0 = ((safe_mul_func_uint8_t_u_u(((((*l_5) = g_4) || ((g_281 = ((((safe_div_func_int8_t_s_s((*l_5), 255UL)) == func_9((l_17 = 0x70012AF0L), g_6, l_15[3][0], l_18, g_19)) || (-10L)) , (void*)0)) != &g_6)) > 0x6118A363L), 9L)) != 0x423DL)))
    { /* block id: 137 */
        int64_t **l_282[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
        int i;
        (*l_5) |= (&g_4 != (g_283 = &g_4));
    }
    else
    { /* block id: 140 */
        int8_t l_286[5][1][3] = {{{(-1L),(-1L),0L}},{{0L,0L,0x75L}},{{(-1L),(-1L),0L}},{{0L,0L,0x75L}},{{(-1L),(-1L),0L}}};
        int16_t *l_297 = &g_103;
        int32_t l_299[1][3][2] = {{{(-8L),(-8L)},{1L,(-8L)},{(-8L),1L}}};
        uint16_t l_316 = 65534UL;
        const uint8_t l_331 = 0xDDL;
        int32_t l_367 = 0L;
        int i, j, k;
        if ((l_299[0][0][1] ^= ((-1L) <= ((((safe_lshift_func_uint8_t_u_s((l_286[3][0][1] | (safe_sub_func_int16_t_s_s(((*l_297) ^= ((g_197 = ((safe_add_func_int16_t_s_s(l_286[3][0][1], (((safe_sub_func_int16_t_s_s((safe_mod_func_uint64_t_u_u((((safe_rshift_func_uint8_t_u_u(g_19.f1, 2)) , (((*l_5) , g_61) || g_75)) , g_93), g_53)), 65534UL)) != 0x41D7L) < 0x14E0662998B48CC5LL))) < g_16[3][0])) , (*l_5))), 2UL))), 1)) || g_241[1][1][1]) , 0xB9977A379C2108D3LL) , l_298))))
        { /* block id: 144 */
            int16_t l_300 = 0L;
            int32_t l_324 = (-10L);
            if ((0x0030FD1EL && ((*l_5) = l_300)))
            { /* block id: 146 */
                uint16_t l_307[1];
                const uint64_t l_315 = 0UL;
                uint64_t *l_317 = &g_318;
                uint8_t *l_319 = &g_53;
                uint64_t ****l_322 = &g_320;
                int32_t l_323 = 0x95880F04L;
                int i;
                for (i = 0; i < 1; i++)
                    l_307[i] = 65535UL;
                l_323 |= ((*l_5) = ((safe_rshift_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_s(g_6, (l_305 != (l_307[0] , ((*l_322) = ((((((*l_319) = (((safe_add_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s((0x38799992L == ((((*l_317) = ((l_316 = ((safe_unary_minus_func_uint64_t_u((((safe_sub_func_uint16_t_u_u(l_307[0], l_315)) >= 0xB1L) && l_299[0][1][0]))) , g_166)) < (*l_5))) >= l_300) , 4294967289UL)), 2)), g_16[1][0])) ^ 0x6B3F3D901C866570LL) ^ 1UL)) <= g_277) && 0x2FL) , g_166) , g_320)))))) || g_225), 1)) != l_300));
                return g_16[0][0];
            }
            else
            { /* block id: 154 */
                int32_t l_325 = 5L;
                g_326--;
            }
        }
        else
        { /* block id: 157 */
            int32_t *l_337 = &g_16[3][0];
            int32_t l_340 = 0xC53EA8ACL;
            int32_t l_343 = 1L;
            int32_t l_344 = 0xE653ED2AL;
            uint16_t *l_366 = &l_316;
            for (g_75 = 6; (g_75 > 27); g_75 = safe_add_func_int64_t_s_s(g_75, 1))
            { /* block id: 160 */
                g_281 = &g_133;
                if (l_286[3][0][1])
                    continue;
                if (l_331)
                    continue;
            }
            for (g_161 = 0; (g_161 <= 1); g_161 += 1)
            { /* block id: 167 */
                union U0 *l_338[4] = {&g_19,&g_19,&g_19,&g_19};
                uint64_t * const l_339[1] = {(void*)0};
                int i;
                g_133 = (!((0L || (g_19.f0 >= (safe_rshift_func_uint8_t_u_s((((safe_mod_func_int8_t_s_s((l_337 == l_15[2][1]), g_197)) | 0x08L) != (-5L)), 7)))) & g_93));
                l_338[0] = l_338[0];
                (*l_5) = (((*l_297) |= (6L | (l_339[0] != (void*)0))) , l_286[3][0][1]);
                return g_241[2][1][1];
            }
            ++g_348;
            (*l_5) = (g_19.f0 &= (((safe_sub_func_int16_t_s_s((((safe_mul_func_uint16_t_u_u(0x43C4L, ((safe_div_func_int32_t_s_s(((safe_div_func_uint64_t_u_u(l_340, (l_367 = (((*l_366) = ((l_340 , (**g_320)) != ((safe_mul_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((safe_add_func_uint16_t_u_u(((((~l_344) & 0UL) , (*l_305)) == (void*)0), g_348)), g_341[2][0][3])), (-1L))) , (void*)0))) && l_316)))) , l_344), (*l_5))) && 0L))) == 4UL) && (-3L)), (-7L))) <= 4294967295UL) & 65535UL));
        }
    }
    l_368[3][0][2] = &g_133;
    return g_346;
}


/* ------------------------------------------ */
/* 
 * reads : g_161
 * writes:
 */
static int32_t  func_9(int32_t  p_10, const int64_t  p_11, int32_t * p_12, const int32_t * const  p_13, union U0  p_14)
{ /* block id: 3 */
    const int32_t l_20 = 0x19A6FDD8L;
    int32_t *l_21 = &g_19.f0;
    uint64_t *l_40[2];
    int32_t l_41 = 0xBFEFA2E5L;
    int32_t l_42 = 2L;
    int32_t l_43 = (-1L);
    int32_t l_44 = (-1L);
    int32_t l_45 = 0x2614F5C6L;
    int32_t l_46 = 0x21248C33L;
    uint32_t l_47[3][1];
    uint8_t *l_52 = &g_53;
    uint32_t *l_107 = &g_75;
    const uint32_t l_108 = 0x90ED9ABDL;
    uint64_t l_152[1][4] = {{1UL,1UL,1UL,1UL}};
    int32_t *l_194 = &g_16[3][0];
    int32_t **l_193 = &l_194;
    int16_t *l_198 = &g_103;
    uint32_t l_214 = 0x2AD4A8C9L;
    int32_t *l_229 = &l_46;
    int32_t l_232 = 0x2631F386L;
    int64_t l_261 = 1L;
    uint64_t *l_269[4];
    int32_t *l_270 = &l_42;
    int32_t *l_271 = &l_43;
    int32_t *l_272 = &l_232;
    int32_t *l_273 = (void*)0;
    int32_t *l_274 = &g_19.f0;
    int32_t *l_275[3][2][1] = {{{&g_133},{&l_43}},{{&g_133},{&l_43}},{{&g_133},{&l_43}}};
    int32_t l_276 = 0x5201ABF9L;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_40[i] = (void*)0;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_47[i][j] = 0x9274CB07L;
    }
    for (i = 0; i < 4; i++)
        l_269[i] = &l_152[0][3];
    return g_161;
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_6 g_19.f0 g_19 g_61 g_93 g_75 g_77
 * writes: g_4 g_61 g_19.f0 g_75 g_77 g_93 g_103
 */
static uint64_t  func_36(int32_t * const  p_37, uint32_t  p_38, uint16_t  p_39)
{ /* block id: 7 */
    uint32_t l_59 = 2UL;
    int64_t l_62 = 0xD5D2985DA4005DEFLL;
    int32_t *l_101 = (void*)0;
    int32_t **l_100 = &l_101;
    int32_t l_106 = (-1L);
    for (g_4 = (-3); (g_4 == (-29)); g_4 = safe_sub_func_uint32_t_u_u(g_4, 1))
    { /* block id: 10 */
        int16_t *l_60 = &g_61;
        const int32_t l_87 = 1L;
        uint16_t *l_92 = &g_93;
        uint32_t *l_99 = &g_75;
        int64_t *l_102[2];
        int32_t *l_104 = &g_19.f0;
        int32_t *l_105[5][4] = {{&g_6,&g_6,(void*)0,&g_6},{&g_6,&g_6,&g_6,&g_6},{&g_6,&g_6,&g_6,&g_6},{&g_6,&g_6,(void*)0,&g_6},{&g_6,&g_6,&g_6,&g_6}};
        int i, j;
        for (i = 0; i < 2; i++)
            l_102[i] = &l_62;
        g_77[3] = func_56((0xB86D5672FEE61394LL <= ((((((*l_60) = l_59) >= 0x6799L) <= (l_59 , (p_39 , 0x372C247AL))) || p_38) , g_6)), l_62);
        for (g_61 = (-18); (g_61 > (-10)); g_61++)
        { /* block id: 23 */
            int32_t *l_81 = &g_19.f0;
            int32_t **l_80[1][1][2];
            int32_t **l_82 = &l_81;
            int i, j, k;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 2; k++)
                        l_80[i][j][k] = &l_81;
                }
            }
            (*l_82) = p_37;
        }
        l_106 = (safe_mul_func_int8_t_s_s(((safe_mul_func_int16_t_s_s((((*l_92) |= ((0x4A74L <= l_87) < (safe_lshift_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s(l_59, 7)), 5)))) ^ (((*l_104) = (+(safe_sub_func_int64_t_s_s((g_103 = (((*l_99) ^= p_38) | (((l_100 == g_77[2]) >= p_38) , 0UL))), g_19.f0)))) < 1L)), l_62)) & p_38), p_38));
    }
    return g_4;
}


/* ------------------------------------------ */
/* 
 * reads : g_19.f0 g_19 g_6
 * writes: g_19.f0 g_75
 */
static int32_t ** const  func_56(uint16_t  p_57, uint64_t  p_58)
{ /* block id: 12 */
    int32_t *l_63 = &g_19.f0;
    const int32_t *l_70 = &g_6;
    int16_t *l_71[3][5] = {{&g_61,&g_61,&g_61,&g_61,&g_61},{&g_61,&g_61,&g_61,&g_61,&g_61},{&g_61,&g_61,&g_61,&g_61,&g_61}};
    uint32_t *l_74[1][2];
    int32_t ** const l_76 = (void*)0;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_74[i][j] = &g_75;
    }
    (*l_63) |= 0x68620657L;
    (*l_63) = ((((g_75 = (func_64(l_63, l_70, l_63, l_71[0][0], ((*l_63) != g_19.f0)) , 0xC113E7BEL)) == 0xD994868BL) >= (*l_70)) | 0L);
    return l_76;
}


/* ------------------------------------------ */
/* 
 * reads : g_19
 * writes:
 */
static union U0  func_64(int32_t * p_65, const int32_t * p_66, int32_t * p_67, int16_t * p_68, int32_t  p_69)
{ /* block id: 14 */
    int32_t *l_73 = &g_6;
    int32_t **l_72 = &l_73;
    (*l_72) = &p_69;
    return g_19;
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
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_16[i][j], "g_16[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_19.f0, "g_19.f0", print_hash_value);
    transparent_crc(g_19.f1, "g_19.f1", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_133, "g_133", print_hash_value);
    transparent_crc(g_161, "g_161", print_hash_value);
    transparent_crc(g_166, "g_166", print_hash_value);
    transparent_crc(g_190, "g_190", print_hash_value);
    transparent_crc(g_197, "g_197", print_hash_value);
    transparent_crc(g_225, "g_225", print_hash_value);
    transparent_crc(g_240, "g_240", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_241[i][j][k], "g_241[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_262, "g_262", print_hash_value);
    transparent_crc(g_277, "g_277", print_hash_value);
    transparent_crc(g_318, "g_318", print_hash_value);
    transparent_crc(g_326, "g_326", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_341[i][j][k], "g_341[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_342, "g_342", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_345[i], "g_345[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_346, "g_346", print_hash_value);
    transparent_crc(g_347, "g_347", print_hash_value);
    transparent_crc(g_348, "g_348", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 100
XXX total union variables: 1

XXX max expression depth: 28
breakdown:
   depth: 1, occurrence: 33
   depth: 2, occurrence: 4
   depth: 3, occurrence: 2
   depth: 5, occurrence: 1
   depth: 9, occurrence: 1
   depth: 11, occurrence: 1
   depth: 12, occurrence: 1
   depth: 19, occurrence: 2
   depth: 23, occurrence: 1
   depth: 24, occurrence: 1
   depth: 28, occurrence: 1

XXX total number of pointers: 88

XXX times a variable address is taken: 132
XXX times a pointer is dereferenced on RHS: 11
breakdown:
   depth: 1, occurrence: 10
   depth: 2, occurrence: 1
XXX times a pointer is dereferenced on LHS: 42
breakdown:
   depth: 1, occurrence: 42
XXX times a pointer is compared with null: 7
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 4
XXX times a pointer is qualified to be dereferenced: 569

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 95
   level: 2, occurrence: 4
   level: 3, occurrence: 3
XXX number of pointers point to pointers: 24
XXX number of pointers point to scalars: 63
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 29.5
XXX average alias set size: 1.36

XXX times a non-volatile is read: 219
XXX times a non-volatile is write: 141
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 2

XXX stmts: 32
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 11
   depth: 1, occurrence: 5
   depth: 2, occurrence: 6
   depth: 3, occurrence: 10

XXX percentage a fresh-made variable is used: 27
XXX percentage an existing variable is used: 73
********************* end of statistics **********************/

