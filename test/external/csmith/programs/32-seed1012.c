/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1012 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1012
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static int16_t safe_div_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint64_t safe_mod_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int32_t safe_unary_minus_func_int32_t_s(int32_t a) { return (a == (-2147483647 - 1)) ? a : (int32_t)-a; }
static uint16_t safe_unary_minus_func_uint16_t_u(uint16_t a) { return (uint16_t)(0u - (uint32_t)a); }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   int64_t  f0;
   int16_t  f1;
   int32_t  f2;
};

struct S1 {
   const uint64_t  f0;
   uint8_t  f1;
   struct S0  f2;
   int32_t  f3;
};

struct S2 {
   uint32_t  f0;
   uint8_t  f1;
   struct S1  f2;
   uint32_t  f3;
};

union U3 {
   uint64_t  f0;
};

union U5 {
   uint32_t  f0;
   int8_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static uint64_t g_2 = 18446744073709551611UL;
static union U3 g_26 = {0UL};
static uint8_t g_34 = 1UL;
static int8_t g_38 = 0x1FL;
static struct S2 g_42 = {3UL,0xCEL,{0x8266C0953B22489ALL,0xFFL,{0x4B76FEF6F1AC28C4LL,0x412FL,8L},1L},0x8284A898L};
static int32_t *g_44[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static uint16_t g_68 = 0xC1E6L;
static int32_t g_77[3] = {(-1L),(-1L),(-1L)};
static int16_t g_82 = 1L;
static struct S0 *g_111 = &g_42.f2.f2;
static struct S0 g_119 = {1L,-1L,-5L};
static struct S1 *g_181 = &g_42.f2;
static int32_t g_201 = 0x43261D0BL;
static uint8_t *g_228[4] = {&g_42.f2.f1,&g_42.f2.f1,&g_42.f2.f1,&g_42.f2.f1};
static uint64_t g_229 = 0x212AF11B2B3D23AFLL;
static struct S2 g_247 = {4294967287UL,8UL,{1UL,0xCDL,{0xDF26746A29408552LL,0xD177L,0x24934287L},0L},0UL};
static struct S2 *g_246[4][1] = {{&g_247},{&g_247},{&g_247},{&g_247}};
static int32_t g_269 = 0x187EBEF4L;
static const struct S0 g_285 = {8L,0x932CL,6L};
static int8_t g_296 = 1L;


/* --- FORWARD DECLARATIONS --- */
static union U5  func_1(void);
static int32_t  func_3(uint32_t  p_4, union U3  p_5);
static union U5  func_18(uint8_t * const  p_19, uint64_t  p_20, uint32_t  p_21);
static uint8_t * func_22(union U3  p_23, struct S0  p_24, int64_t  p_25);
static struct S0  func_27(uint8_t * p_28, uint32_t  p_29, uint8_t * const  p_30, struct S2  p_31, uint8_t * p_32);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_269 g_247.f3 g_42.f2.f2.f0 g_26.f0 g_42.f2.f1 g_247.f2.f3 g_119.f2 g_247.f2.f2.f0 g_42.f0 g_42.f2.f3 g_285.f1 g_82 g_285.f0
 * writes: g_44 g_77 g_269 g_247.f3 g_42.f2.f2.f0 g_42.f2.f1 g_201 g_42.f2.f3 g_247.f0 g_82 g_42.f0
 */
static union U5  func_1(void)
{ /* block id: 0 */
    uint32_t l_12 = 4294967295UL;
    int32_t l_13[2][5] = {{1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L}};
    int32_t l_14 = (-8L);
    union U3 l_15 = {0UL};
    struct S1 **l_311 = &g_181;
    int32_t l_338 = (-1L);
    uint32_t *l_364 = &g_42.f0;
    union U5 l_369 = {0x96BB4996L};
    int i, j;
    if (g_2)
    { /* block id: 1 */
        int64_t l_7 = (-1L);
        uint8_t *l_10 = (void*)0;
        uint8_t *l_11[1];
        int32_t *l_310 = &g_77[0];
        int i;
        for (i = 0; i < 1; i++)
            l_11[i] = (void*)0;
        (*l_310) = func_3((l_14 &= (((safe_unary_minus_func_int32_t_s(g_2)) == (l_7 == ((g_2 > (l_12 = (0L != (safe_rshift_func_int8_t_s_s((g_2 != l_7), g_2))))) == l_13[0][3]))) , g_2)), l_15);
    }
    else
    { /* block id: 159 */
        int32_t *l_312 = &g_269;
        (*l_312) ^= (&g_181 == l_311);
        (*l_312) = l_15.f0;
    }
    for (g_247.f3 = (-30); (g_247.f3 < 38); g_247.f3++)
    { /* block id: 165 */
        int64_t l_347 = 0xC3ACC7FA9703B3D1LL;
        int16_t l_351[3];
        uint32_t l_361 = 18446744073709551611UL;
        int i;
        for (i = 0; i < 3; i++)
            l_351[i] = 0x0F70L;
        for (g_42.f2.f2.f0 = (-20); (g_42.f2.f2.f0 >= 6); g_42.f2.f2.f0++)
        { /* block id: 168 */
            int8_t l_319 = 0xF6L;
            uint8_t *l_341 = &g_42.f2.f1;
            int8_t l_344 = 0x0CL;
            int32_t *l_345 = &g_201;
            int32_t *l_346 = &g_42.f2.f3;
            uint32_t *l_348 = &g_247.f0;
            int8_t *l_349[2][2][4] = {{{&l_319,&g_296,&g_296,&g_296},{&g_296,&l_344,&g_296,&g_296}},{{&l_319,&l_319,&g_296,&g_296},{&l_344,&l_344,&l_344,&g_296}}};
            int32_t l_350 = 0xA7910C1EL;
            int16_t *l_352 = &g_82;
            uint32_t l_353 = 0x28966393L;
            int32_t *l_354 = &g_269;
            int32_t *l_355 = &g_119.f2;
            int32_t *l_356 = &g_269;
            int32_t *l_357 = &g_77[0];
            int32_t *l_358 = &g_77[1];
            int32_t *l_359 = &g_77[0];
            int32_t *l_360[2][3];
            int i, j, k;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 3; j++)
                    l_360[i][j] = &g_77[0];
            }
            if (l_15.f0)
                break;
            (*l_354) = (safe_mod_func_int8_t_s_s((l_319 & (((safe_add_func_int16_t_s_s(((*l_352) &= ((safe_rshift_func_int16_t_s_u((safe_sub_func_uint16_t_u_u(((safe_unary_minus_func_uint8_t_u((safe_mod_func_int32_t_s_s((safe_mul_func_int8_t_s_s((l_350 = ((((*l_348) = ((!((l_319 || (((*l_346) |= (g_26.f0 , ((*l_345) = (safe_rshift_func_int16_t_s_s((safe_div_func_int16_t_s_s((safe_rshift_func_int8_t_s_u((l_338 , ((l_13[0][3] = ((safe_rshift_func_int16_t_s_u(((((*l_341)--) & ((g_247.f2.f3 && g_119.f2) <= g_247.f2.f2.f0)) < l_319), 0)) , l_344)) <= g_42.f0)), 2)), l_15.f0)), 8))))) , l_347)) || g_285.f1)) , l_347)) < l_347) & l_347)), 1L)), l_351[1])))) >= l_344), l_351[1])), 14)) <= l_319)), l_319)) , l_344) != l_353)), 255UL));
            --l_361;
        }
    }
    l_13[0][3] = ((((*l_364)--) || l_14) | (safe_mod_func_uint32_t_u_u(l_15.f0, g_285.f0)));
    return l_369;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes: g_44
 */
static int32_t  func_3(uint32_t  p_4, union U3  p_5)
{ /* block id: 4 */
    int16_t l_39 = (-1L);
    int16_t l_40 = 0L;
    int32_t l_236 = 0x791EFC5FL;
    int32_t *l_248 = &g_77[0];
    uint16_t *l_253 = &g_68;
    const struct S0 ***l_257[1];
    const struct S0 ****l_256 = &l_257[0];
    int32_t l_267[1][5];
    int32_t l_308[5][1] = {{0x66CF98FDL},{1L},{0x66CF98FDL},{1L},{0x66CF98FDL}};
    int32_t **l_309 = &g_44[2];
    int i, j;
    for (i = 0; i < 1; i++)
        l_257[i] = (void*)0;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 5; j++)
            l_267[i][j] = (-6L);
    }
    for (p_4 = 15; (p_4 >= 22); p_4 = safe_add_func_int32_t_s_s(p_4, 2))
    { /* block id: 7 */
        uint8_t *l_33 = &g_34;
        int8_t *l_37 = &g_38;
        uint8_t * const l_41 = (void*)0;
        int32_t l_244 = 0xDA49AC67L;
        int32_t l_265[5] = {(-9L),(-9L),(-9L),(-9L),(-9L)};
        uint8_t l_270 = 9UL;
        uint64_t l_276 = 7UL;
        const struct S0 *l_284[4];
        struct S1 l_303[5] = {{18446744073709551615UL,0x79L,{0x70957A79C11E2985LL,9L,-1L},0L},{18446744073709551615UL,0x79L,{0x70957A79C11E2985LL,9L,-1L},0L},{18446744073709551615UL,0x79L,{0x70957A79C11E2985LL,9L,-1L},0L},{18446744073709551615UL,0x79L,{0x70957A79C11E2985LL,9L,-1L},0L},{18446744073709551615UL,0x79L,{0x70957A79C11E2985LL,9L,-1L},0L}};
        int i;
        for (i = 0; i < 4; i++)
            l_284[i] = &g_285;
    }
    (*l_309) = (void*)0;
    return p_4;
}


/* ------------------------------------------ */
/* 
 * reads : g_42.f2.f2.f1 g_26.f0 g_42.f2.f3 g_68 g_42.f2.f1 g_26 g_42.f0 g_77 g_42.f2.f2.f2 g_111 g_42 g_2 g_82 g_34 g_119.f1 g_119.f2 g_181
 * writes: g_42.f2.f2.f1 g_26.f0 g_42.f2.f3 g_34 g_68 g_44 g_119 g_38 g_42.f2.f2.f2 g_77 g_111 g_42.f0 g_42.f2.f2 g_181 g_82 g_42.f1
 */
static union U5  func_18(uint8_t * const  p_19, uint64_t  p_20, uint32_t  p_21)
{ /* block id: 16 */
    int8_t l_71 = 0L;
    int32_t l_72 = 0x6DA80F5DL;
    int32_t l_80 = (-10L);
    int32_t l_83 = 0L;
    int32_t l_84 = 0xCED5480CL;
    int32_t l_85[3][3][5] = {{{0xF24D48F7L,0L,0xB4F01B87L,0L,0xF24D48F7L},{0x8AF5EEACL,0xB08BCBADL,0x49567760L,1L,1L},{(-1L),(-4L),(-1L),(-1L),(-4L)}},{{0xF7AB6CDAL,0x917CCA84L,(-9L),0xB08BCBADL,1L},{0L,(-1L),0xF24D48F7L,1L,0xF24D48F7L},{1L,1L,0x8AF5EEACL,0xF7AB6CDAL,0x7ADCAF14L}},{{0L,0xA7F728D9L,(-1L),0xB4F01B87L,0xB4F01B87L},{0xF7AB6CDAL,0x8DCBE86AL,0xF7AB6CDAL,0x3D7FAD0BL,1L},{(-1L),0xA7F728D9L,0L,(-4L),0x681B6975L}}};
    uint8_t * const l_117 = &g_34;
    int32_t l_131 = 0L;
    union U5 l_136 = {7UL};
    uint16_t *l_139 = &g_68;
    int16_t l_150[3][3] = {{0x4FC8L,0x023FL,0x4FC8L},{0x4FC8L,0x023FL,0x4FC8L},{0x4FC8L,0x023FL,0x4FC8L}};
    struct S0 **l_160[4][4] = {{&g_111,&g_111,&g_111,&g_111},{&g_111,&g_111,&g_111,&g_111},{&g_111,&g_111,&g_111,&g_111},{&g_111,&g_111,&g_111,&g_111}};
    int8_t l_200 = 1L;
    uint32_t l_202 = 0UL;
    struct S0 **l_217 = &g_111;
    int32_t *l_227 = &l_85[1][0][0];
    int i, j, k;
    for (g_42.f2.f2.f1 = 4; (g_42.f2.f2.f1 >= 1); g_42.f2.f2.f1 -= 1)
    { /* block id: 19 */
        uint8_t l_61 = 0x65L;
        int32_t * const l_76 = (void*)0;
        int32_t l_87 = 0L;
        int32_t l_88 = 0x7B76DE95L;
        int32_t l_89 = 0x17239478L;
        int32_t l_97[3];
        uint16_t l_103[1][2];
        struct S0 *l_113 = (void*)0;
        struct S0 *l_114 = (void*)0;
        union U3 l_121 = {1UL};
        int32_t l_132 = 0xDFC68BD2L;
        int i, j;
        for (i = 0; i < 3; i++)
            l_97[i] = 0x64F9C2C9L;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_103[i][j] = 0x8182L;
        }
        for (g_26.f0 = 1; (g_26.f0 <= 4); g_26.f0 += 1)
        { /* block id: 22 */
            union U5 l_47 = {0x22C1E978L};
            return l_47;
        }
        for (g_26.f0 = 0; (g_26.f0 <= 4); g_26.f0 += 1)
        { /* block id: 27 */
            int32_t l_48 = 0xA9D2C4C2L;
            const struct S2 l_54[3][4][4] = {{{{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL},{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL}},{{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL},{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL}},{{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL},{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL}},{{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL},{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL}}},{{{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL},{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL}},{{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL},{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL}},{{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL},{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL}},{{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL},{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL}}},{{{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL},{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL}},{{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL},{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL}},{{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL},{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL}},{{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL},{2UL,247UL,{18446744073709551607UL,0x0BL,{-6L,2L,1L},0xE316ED27L},0x7F92971DL},{0x8FE3B64DL,0xEEL,{0xCC2001377BC7A95ELL,0x74L,{-3L,0L,0x9EC1828EL},0x42BA5173L},1UL}}}};
            uint32_t l_62 = 1UL;
            int i, j, k;
            if (l_48)
                break;
            for (g_42.f2.f3 = 0; (g_42.f2.f3 <= 4); g_42.f2.f3 += 1)
            { /* block id: 31 */
                uint16_t *l_67 = &g_68;
                int i;
                l_62 &= (safe_add_func_uint64_t_u_u((safe_unary_minus_func_uint8_t_u((safe_rshift_func_uint16_t_u_u(0xFFC8L, (l_54[0][0][1] , 0UL))))), (safe_mul_func_int8_t_s_s((safe_rshift_func_int8_t_s_s((safe_sub_func_uint8_t_u_u(((*p_19) = l_61), (0x8EBAL < l_61))), 7)), 0xD6L))));
                l_72 |= (safe_mod_func_int16_t_s_s((((p_20 > (safe_mul_func_uint16_t_u_u((--(*l_67)), g_42.f2.f1))) & (g_26 , ((-4L) | (g_42.f0 || g_26.f0)))) , p_20), l_71));
            }
        }
        for (p_20 = 0; (p_20 <= 4); p_20 += 1)
        { /* block id: 40 */
            int32_t *l_75 = &g_42.f2.f2.f2;
            int32_t l_79 = 2L;
            int32_t l_81 = 0xA1BE135CL;
            int32_t l_86 = 0x97D3C620L;
            int32_t l_90 = 0xF932FAA2L;
            int32_t l_91 = 0x300DF10CL;
            int32_t l_92 = 0x788A4551L;
            int32_t l_93 = 0x848449B0L;
            int32_t l_94 = 0xBE9B9E4CL;
            int32_t l_95 = 0xB9D5BE66L;
            int32_t l_96 = 3L;
            int32_t l_98 = 0x914191B5L;
            int32_t l_99 = 0x48171D36L;
            int32_t l_100 = 4L;
            int32_t l_101 = 0xD386D91EL;
            int32_t l_102 = 0L;
            uint8_t *l_118[3][3] = {{&g_34,&g_34,&g_42.f2.f1},{&g_34,&g_34,&g_42.f2.f1},{&g_34,&g_34,&g_42.f2.f1}};
            uint64_t *l_130[2];
            int i, j;
            for (i = 0; i < 2; i++)
                l_130[i] = &l_121.f0;
            if ((g_42.f2.f1 && ((0xB2L | 0x87L) < (((l_75 == l_75) , l_76) == l_75))))
            { /* block id: 41 */
                int32_t *l_78[3][1];
                int i, j;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_78[i][j] = (void*)0;
                }
                if (g_77[0])
                    break;
                --l_103[0][1];
            }
            else
            { /* block id: 44 */
                int32_t **l_106 = &g_44[2];
                struct S0 **l_112[1];
                int32_t *l_120[3][1];
                int i, j;
                for (i = 0; i < 1; i++)
                    l_112[i] = &g_111;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_120[i][j] = &l_83;
                }
                (*l_106) = (void*)0;
                if ((*l_75))
                    break;
                l_87 |= ((safe_lshift_func_uint8_t_u_s(((safe_add_func_uint64_t_u_u((((l_113 = g_111) == (l_114 = l_114)) , ((0xDED3E824FAA8155ELL > (p_21 >= (((g_119 = func_27(&g_34, p_20, l_117, g_42, l_118[2][2])) , g_42.f2.f0) >= g_2))) != 0L)), 0xA22433CC30774E2FLL)) == g_42.f3), p_21)) < g_82);
            }
            if ((l_121 , (safe_rshift_func_int16_t_s_u((((safe_mul_func_int16_t_s_s(l_83, (safe_mul_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u((g_38 = ((18446744073709551615UL != (g_26.f0++)) == 0x10L)), 1)), ((((p_20 > p_20) >= p_20) == 0x5FL) ^ (*l_75)))))) , p_20) == 3L), p_20))))
            { /* block id: 54 */
                int32_t **l_135 = &g_44[1];
                (*l_135) = &l_96;
                return l_136;
            }
            else
            { /* block id: 57 */
                (*l_75) = (-1L);
            }
        }
    }
    if (((18446744073709551615UL || ((--(*l_117)) >= (&g_68 != l_139))) > p_21))
    { /* block id: 63 */
        int32_t *l_140 = &l_131;
        (*l_140) ^= l_85[1][0][0];
        for (l_136.f1 = 0; l_136.f1 < 3; l_136.f1 += 1)
        {
            g_77[l_136.f1] = 1L;
        }
    }
    else
    { /* block id: 66 */
        struct S0 **l_149 = &g_111;
        int32_t l_166 = (-2L);
        int32_t l_189 = 9L;
        int32_t l_190 = (-1L);
        int32_t l_195 = 0x5290A3C8L;
        int32_t l_196 = 0x6068BCC3L;
        int32_t l_197 = 0x1AB46CC7L;
        int32_t l_198[5] = {(-7L),(-7L),(-7L),(-7L),(-7L)};
        struct S0 **l_219 = &g_111;
        int32_t *l_221 = &l_197;
        int i;
        if ((safe_lshift_func_int8_t_s_u(((safe_rshift_func_uint8_t_u_s(l_85[1][0][0], 0)) && (((safe_rshift_func_uint16_t_u_u((((*l_149) = &g_119) == &g_119), 14)) ^ (g_42.f0 = 0x9387172BL)) | ((void*)0 == &g_34))), l_150[1][2])))
        { /* block id: 69 */
            struct S0 l_151 = {-1L,0x28B4L,-9L};
            int32_t l_187 = 0x551003BBL;
            int32_t l_188 = 0x323D4C4BL;
            int32_t l_191 = 0x853F64DEL;
            int32_t l_192 = 0xFC2B63E0L;
            int32_t l_193[3];
            int16_t l_194 = (-1L);
            int16_t l_199 = 8L;
            int i;
            for (i = 0; i < 3; i++)
                l_193[i] = 0x859B879CL;
            (**l_149) = l_151;
            if (((+((safe_lshift_func_uint8_t_u_s((!(((safe_sub_func_uint64_t_u_u(((safe_div_func_uint16_t_u_u(((((*l_139) = (&g_111 != l_160[2][2])) | (safe_mul_func_int8_t_s_s((l_151.f2 = (safe_unary_minus_func_uint16_t_u((safe_mul_func_uint16_t_u_u(l_166, (safe_mod_func_uint64_t_u_u((((*l_117) = (g_42.f0 < (0xFCDA90051D552A8FLL | g_42.f2.f1))) != 0x0FL), 0xFB932FE9E5AFB12ALL))))))), l_166))) ^ p_21), g_82)) || g_42.f3), g_82)) , p_21) , p_21)), l_151.f0)) & l_166)) & l_83))
            { /* block id: 74 */
                uint32_t l_178 = 4294967294UL;
                int32_t *l_179 = (void*)0;
                int32_t *l_180 = &l_83;
                struct S1 **l_182[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_182[i] = (void*)0;
                l_131 &= ((safe_mod_func_uint32_t_u_u(l_136.f1, g_42.f2.f2.f2)) < ((safe_div_func_uint64_t_u_u(g_119.f1, (safe_mod_func_int16_t_s_s((((safe_sub_func_uint8_t_u_u(((*p_19) = 0xE6L), (((+((*l_180) = (l_178 ^ l_151.f2))) >= 1UL) < g_119.f2))) , (void*)0) == (void*)0), g_26.f0)))) > g_77[0]));
                g_181 = g_181;
            }
            else
            { /* block id: 79 */
                int32_t *l_183 = (void*)0;
                int32_t *l_184 = &g_42.f2.f2.f2;
                int32_t *l_185 = (void*)0;
                int32_t *l_186[2][3][1];
                int16_t *l_208 = &g_82;
                int i, j, k;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 3; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_186[i][j][k] = &g_77[0];
                    }
                }
                --l_202;
                (*l_184) = l_195;
                (*l_184) ^= (l_193[0] = (((p_21 != (safe_sub_func_uint8_t_u_u((~((*l_208) &= (((l_197 > (l_188 = ((g_42.f0 , (0xF99DE25CFBF1F741LL != g_119.f1)) | 4UL))) != (*p_19)) | p_21))), l_136.f0))) & g_42.f3) & l_85[1][0][0]));
                return l_136;
            }
        }
        else
        { /* block id: 88 */
            uint64_t l_214 = 1UL;
            struct S0 ***l_218 = &l_160[2][2];
            int32_t *l_220 = &l_131;
            for (g_42.f2.f2.f1 = 2; (g_42.f2.f2.f1 >= 0); g_42.f2.f2.f1 -= 1)
            { /* block id: 91 */
                int32_t *l_209 = &l_197;
                int32_t *l_210 = &l_131;
                int32_t *l_211 = (void*)0;
                int32_t *l_212 = &g_77[0];
                int32_t *l_213[1][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_213[i][j] = &l_198[1];
                }
                ++l_214;
            }
            (*l_220) = (l_149 == (l_219 = ((*l_218) = (l_217 = &g_111))));
            for (g_42.f1 = 0; (g_42.f1 <= 2); g_42.f1 += 1)
            { /* block id: 100 */
                if (p_21)
                    break;
            }
        }
        (*l_221) &= (p_21 | ((*p_19) && l_166));
        l_83 = (safe_rshift_func_int16_t_s_u((safe_rshift_func_int8_t_s_s(p_21, p_21)), 0));
        return l_136;
    }
    for (g_42.f2.f3 = 2; (g_42.f2.f3 >= 0); g_42.f2.f3 -= 1)
    { /* block id: 110 */
        union U5 l_226 = {18446744073709551608UL};
        return l_226;
    }
    (*l_227) = l_71;
    return l_136;
}


/* ------------------------------------------ */
/* 
 * reads : g_44
 * writes: g_42.f2.f2 g_44
 */
static uint8_t * func_22(union U3  p_23, struct S0  p_24, int64_t  p_25)
{ /* block id: 11 */
    struct S0 *l_43 = &g_42.f2.f2;
    int32_t **l_45 = &g_44[4];
    uint8_t *l_46 = &g_34;
    (*l_43) = p_24;
    (*l_45) = g_44[1];
    (*l_45) = g_44[1];
    return l_46;
}


/* ------------------------------------------ */
/* 
 * reads : g_42.f2.f2
 * writes:
 */
static struct S0  func_27(uint8_t * p_28, uint32_t  p_29, uint8_t * const  p_30, struct S2  p_31, uint8_t * p_32)
{ /* block id: 9 */
    return g_42.f2.f2;
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
    transparent_crc(g_26.f0, "g_26.f0", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_42.f0, "g_42.f0", print_hash_value);
    transparent_crc(g_42.f1, "g_42.f1", print_hash_value);
    transparent_crc(g_42.f2.f0, "g_42.f2.f0", print_hash_value);
    transparent_crc(g_42.f2.f1, "g_42.f2.f1", print_hash_value);
    transparent_crc(g_42.f2.f2.f0, "g_42.f2.f2.f0", print_hash_value);
    transparent_crc(g_42.f2.f2.f1, "g_42.f2.f2.f1", print_hash_value);
    transparent_crc(g_42.f2.f2.f2, "g_42.f2.f2.f2", print_hash_value);
    transparent_crc(g_42.f2.f3, "g_42.f2.f3", print_hash_value);
    transparent_crc(g_42.f3, "g_42.f3", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_77[i], "g_77[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_119.f0, "g_119.f0", print_hash_value);
    transparent_crc(g_119.f1, "g_119.f1", print_hash_value);
    transparent_crc(g_119.f2, "g_119.f2", print_hash_value);
    transparent_crc(g_201, "g_201", print_hash_value);
    transparent_crc(g_229, "g_229", print_hash_value);
    transparent_crc(g_247.f0, "g_247.f0", print_hash_value);
    transparent_crc(g_247.f1, "g_247.f1", print_hash_value);
    transparent_crc(g_247.f2.f0, "g_247.f2.f0", print_hash_value);
    transparent_crc(g_247.f2.f1, "g_247.f2.f1", print_hash_value);
    transparent_crc(g_247.f2.f2.f0, "g_247.f2.f2.f0", print_hash_value);
    transparent_crc(g_247.f2.f2.f1, "g_247.f2.f2.f1", print_hash_value);
    transparent_crc(g_247.f2.f2.f2, "g_247.f2.f2.f2", print_hash_value);
    transparent_crc(g_247.f2.f3, "g_247.f2.f3", print_hash_value);
    transparent_crc(g_247.f3, "g_247.f3", print_hash_value);
    transparent_crc(g_269, "g_269", print_hash_value);
    transparent_crc(g_285.f0, "g_285.f0", print_hash_value);
    transparent_crc(g_285.f1, "g_285.f1", print_hash_value);
    transparent_crc(g_285.f2, "g_285.f2", print_hash_value);
    transparent_crc(g_296, "g_296", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 3
breakdown:
   depth: 0, occurrence: 117
   depth: 1, occurrence: 2
   depth: 2, occurrence: 1
   depth: 3, occurrence: 2
XXX total union variables: 7

XXX max expression depth: 37
breakdown:
   depth: 1, occurrence: 63
   depth: 2, occurrence: 12
   depth: 3, occurrence: 2
   depth: 5, occurrence: 2
   depth: 6, occurrence: 1
   depth: 7, occurrence: 1
   depth: 9, occurrence: 1
   depth: 10, occurrence: 1
   depth: 11, occurrence: 1
   depth: 13, occurrence: 1
   depth: 14, occurrence: 2
   depth: 16, occurrence: 1
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 37, occurrence: 1

XXX total number of pointers: 88

XXX times a variable address is taken: 101
XXX times a pointer is dereferenced on RHS: 4
breakdown:
   depth: 1, occurrence: 4
XXX times a pointer is dereferenced on LHS: 45
breakdown:
   depth: 1, occurrence: 44
   depth: 2, occurrence: 1
XXX times a pointer is compared with null: 1
XXX times a pointer is compared with address of another variable: 3
XXX times a pointer is compared with another pointer: 1
XXX times a pointer is qualified to be dereferenced: 1641

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 71
   level: 2, occurrence: 2
   level: 3, occurrence: 1
XXX number of pointers point to pointers: 18
XXX number of pointers point to scalars: 61
XXX number of pointers point to structs: 9
XXX percent of pointers has null in alias set: 19.3
XXX average alias set size: 1.18

XXX times a non-volatile is read: 205
XXX times a non-volatile is write: 139
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 62
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 17
   depth: 1, occurrence: 14
   depth: 2, occurrence: 13
   depth: 3, occurrence: 18

XXX percentage a fresh-made variable is used: 19.6
XXX percentage an existing variable is used: 80.4
********************* end of statistics **********************/

