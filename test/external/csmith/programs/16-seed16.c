/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 16 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      16
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static int8_t safe_add_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_add_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a + (uint32_t)b); }
static uint32_t safe_add_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a + (uint32_t)b); }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static int16_t safe_div_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a / b); }
static int32_t safe_div_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a / b); }
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
static int8_t safe_div_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a / b); }
static uint32_t safe_div_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint64_t safe_mod_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   int16_t  f0;
   uint32_t  f1;
   int32_t  f2;
};

union U1 {
   uint64_t  f0;
   int32_t  f1;
   uint64_t  f2;
};

union U2 {
   struct S0  f0;
   struct S0  f1;
   int64_t  f2;
};

/* --- GLOBAL VARIABLES --- */
static int16_t g_5 = 0x65E0L;
static int32_t g_11 = 1L;
static union U2 g_19 = {{0L,0x9A01C77DL,0xDA7209C3L}};
static union U1 g_20[3] = {{0x37D02268F62C4DF8LL},{0x37D02268F62C4DF8LL},{0x37D02268F62C4DF8LL}};
static union U1 g_31 = {0xC5F93BE41B0CE7AELL};
static int32_t *g_47 = &g_11;
static struct S0 *g_48 = &g_19.f0;
static int8_t g_61 = 3L;
static uint32_t g_65[1] = {5UL};
static int16_t g_69 = 0L;
static uint16_t g_81[5] = {0x746BL,0x746BL,0x746BL,0x746BL,0x746BL};
static struct S0 g_94 = {1L,1UL,6L};
static uint32_t g_125 = 0UL;
static uint8_t *g_131[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
static union U1 *g_138 = &g_31;
static uint32_t *g_148 = (void*)0;
static uint16_t g_159 = 0x286AL;
static int64_t g_195[2][2][4] = {{{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)}},{{(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L)}}};
static uint32_t g_196[2][4] = {{0x3397FCBDL,0x3397FCBDL,0x3397FCBDL,0x3397FCBDL},{0x3397FCBDL,0x3397FCBDL,0x3397FCBDL,0x3397FCBDL}};
static union U2 *g_206 = &g_19;
static uint8_t g_219 = 253UL;
static uint8_t g_258 = 254UL;
static int32_t g_268 = 0xC164ED75L;
static int64_t g_270 = (-1L);
static uint8_t g_274[1] = {1UL};
static int16_t g_281 = 0x2B75L;
static uint32_t g_285 = 0x83F161DFL;


/* --- FORWARD DECLARATIONS --- */
static union U1  func_1(void);
static struct S0  func_14(union U2  p_15, union U1  p_16, const uint16_t  p_17, union U1  p_18);
static struct S0  func_25(const uint32_t  p_26, union U1 * p_27);
static union U1 * func_34(const int32_t  p_35, union U1 * const  p_36, uint32_t  p_37, struct S0 * p_38, const struct S0 * p_39);
static const uint32_t  func_40(union U1 * p_41);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_5 g_19.f0.f2 g_11 g_48 g_19.f0.f0 g_20.f0 g_20.f1 g_47 g_65 g_69 g_31.f0 g_19.f0.f1 g_61 g_81 g_20.f2 g_19.f0 g_131 g_138 g_159 g_125 g_94.f1 g_94.f0 g_196 g_20 g_31 g_94.f2 g_219 g_258 g_274 g_285
 * writes: g_5 g_11 g_47 g_31.f1 g_61 g_65 g_31.f0 g_69 g_81 g_94 g_125 g_19.f0 g_138 g_148 g_159 g_20.f0 g_196 g_206 g_219 g_195 g_19.f2 g_258 g_274 g_285
 */
static union U1  func_1(void)
{ /* block id: 0 */
    int8_t l_8[1];
    union U1 *l_42 = &g_20[2];
    int8_t l_149[1];
    int32_t l_157 = 1L;
    int32_t l_194 = 0L;
    uint32_t l_215 = 0UL;
    int16_t l_233 = (-1L);
    int32_t l_273[5][1][5] = {{{0xC3E9C7F9L,0xE07D20D7L,0xC3E9C7F9L,1L,1L}},{{0xB6F5C222L,1L,0xB6F5C222L,0xB6F5C222L,0xB6F5C222L}},{{0x26586A66L,2L,0x26586A66L,0xC3E9C7F9L,0xC3E9C7F9L}},{{1L,0xF787DA68L,1L,0xB6F5C222L,0xB6F5C222L}},{{0x26586A66L,2L,0x26586A66L,0xC3E9C7F9L,0xC3E9C7F9L}}};
    int64_t l_295 = 0x9ADD518CAC006015LL;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_8[i] = 0x09L;
    for (i = 0; i < 1; i++)
        l_149[i] = 0L;
    if ((!((safe_add_func_int64_t_s_s(g_5, (safe_div_func_int16_t_s_s((((((0xBD0A7084L || 0UL) ^ 65528UL) & g_5) && l_8[0]) >= 0UL), 1UL)))) <= g_5)))
    { /* block id: 1 */
        int16_t l_137 = (-1L);
        uint32_t *l_143 = &g_19.f0.f1;
        int32_t l_158 = 1L;
        uint8_t l_214 = 247UL;
        const uint16_t l_249 = 1UL;
        int32_t *l_254 = &l_157;
        int32_t *l_255 = &l_157;
        int32_t *l_256 = (void*)0;
        int32_t *l_257[5];
        int i;
        for (i = 0; i < 5; i++)
            l_257[i] = (void*)0;
        for (g_5 = (-14); (g_5 <= (-28)); --g_5)
        { /* block id: 4 */
            union U1 *l_30[5] = {&g_31,&g_31,&g_31,&g_31,&g_31};
            const struct S0 *l_49[2];
            int32_t l_136 = 5L;
            int16_t l_188[4];
            union U2 *l_205 = &g_19;
            union U2 **l_204 = &l_205;
            int i;
            for (i = 0; i < 2; i++)
                l_49[i] = &g_19.f0;
            for (i = 0; i < 4; i++)
                l_188[i] = (-3L);
            for (g_11 = 7; (g_11 < (-24)); g_11--)
            { /* block id: 7 */
                union U1 *l_21 = &g_20[0];
                const int32_t l_22 = 0x31966C47L;
                struct S0 *l_33 = &g_19.f1;
            }
            (*g_48) = func_25((0xD1D9D65FE96F77D9LL > g_19.f0.f2), func_34((func_25(func_40(l_42), l_30[1]) , 0x5F5AB95DL), &g_31, l_8[0], g_48, l_49[1]));
            if (((safe_rshift_func_uint8_t_u_s((((+(((g_131[1] != ((g_20[2].f1 , (&g_31 != (g_138 = g_138))) , g_131[1])) == l_8[0]) == 0x96L)) | g_20[2].f2) , l_137), 5)) | l_8[0]))
            { /* block id: 81 */
                uint8_t **l_140 = &g_131[1];
                uint8_t ***l_139 = &l_140;
                uint32_t *l_142 = &g_94.f1;
                uint32_t **l_141 = &l_142;
                uint32_t *l_145 = &g_94.f1;
                uint32_t **l_144 = &l_145;
                uint32_t *l_147 = &g_94.f1;
                uint32_t **l_146[2];
                union U1 **l_150 = (void*)0;
                int32_t *l_151 = (void*)0;
                int32_t *l_152 = (void*)0;
                int32_t *l_153 = &l_136;
                int32_t *l_154 = (void*)0;
                int32_t *l_155 = &l_136;
                int32_t *l_156[4][5][4] = {{{&g_11,&g_11,(void*)0,&l_136},{&l_136,(void*)0,&l_136,(void*)0},{&g_11,(void*)0,&g_11,&g_11},{&g_11,&l_136,&l_136,&l_136},{&l_136,&g_11,(void*)0,&g_11}},{{&g_11,&l_136,&l_136,&l_136},{(void*)0,&l_136,&l_136,&l_136},{&g_11,&g_11,&g_11,(void*)0},{(void*)0,&l_136,&l_136,&l_136},{&g_11,&g_11,(void*)0,&l_136}},{{&l_136,&g_11,&g_11,&l_136},{&g_11,&l_136,&l_136,(void*)0},{&g_11,&g_11,(void*)0,&l_136},{&g_11,&l_136,(void*)0,&l_136},{&l_136,&l_136,&l_136,&g_11}},{{&l_136,&g_11,(void*)0,&l_136},{(void*)0,&l_136,&g_11,&g_11},{&l_136,(void*)0,&g_11,(void*)0},{(void*)0,(void*)0,(void*)0,&l_136},{&l_136,&g_11,&l_136,(void*)0}}};
                int i, j, k;
                for (i = 0; i < 2; i++)
                    l_146[i] = &l_147;
                (*l_139) = &g_131[1];
                l_149[0] = (((*l_141) = g_47) != (g_148 = ((*l_144) = (l_143 = g_47))));
                g_138 = l_42;
                ++g_159;
            }
            else
            { /* block id: 90 */
                uint64_t *l_168[5][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
                int32_t l_169[3][4][3] = {{{(-1L),0xCCF6335BL,(-1L)},{0x4A6E1C48L,1L,(-8L)},{0xABCA9CE8L,0xABCA9CE8L,(-1L)},{0L,1L,1L}},{{(-1L),0xCCF6335BL,0x1AE0EBF1L},{0L,0L,0L},{0xABCA9CE8L,(-1L),0x1AE0EBF1L},{0x4A6E1C48L,0x4A6E1C48L,1L}},{{(-1L),(-1L),(-1L)},{1L,0L,(-8L)},{(-1L),0xCCF6335BL,(-1L)},{0x4A6E1C48L,1L,(-8L)}}};
                int16_t l_189 = 0xA8AFL;
                int32_t *l_190 = &l_158;
                int32_t *l_191 = &l_136;
                int32_t *l_192 = (void*)0;
                int32_t *l_193[4];
                struct S0 *l_199 = (void*)0;
                struct S0 *l_200 = &g_19.f1;
                struct S0 *l_201 = &g_19.f1;
                struct S0 *l_202 = &g_19.f1;
                struct S0 *l_203 = &g_19.f0;
                int i, j, k;
                for (i = 0; i < 4; i++)
                    l_193[i] = &l_169[1][3][2];
                l_136 = ((safe_lshift_func_uint16_t_u_s(((((safe_add_func_uint64_t_u_u((l_157 = 8UL), (g_20[2].f0++))) && (g_31.f0 = (--g_20[2].f0))) || l_137) != (((safe_sub_func_int16_t_s_s(((safe_mul_func_int8_t_s_s(0x50L, (safe_rshift_func_int16_t_s_s((((safe_rshift_func_uint16_t_u_u(((safe_div_func_int8_t_s_s((+(!g_125)), (safe_lshift_func_int16_t_s_s((((g_159 || l_169[1][3][2]) | 0xCA29L) & g_94.f1), g_81[3])))) ^ l_188[3]), 14)) , (void*)0) == &g_11), 11)))) & l_169[1][1][2]), g_94.f0)) , g_61) || l_189)), 5)) | 0L);
                g_196[1][2]++;
                g_94 = (*g_48);
                return (*g_138);
            }
            g_206 = ((*l_204) = &g_19);
        }
        if (l_137)
        { /* block id: 103 */
            int64_t l_213 = 1L;
            int32_t *l_216 = (void*)0;
            uint64_t l_217 = 3UL;
            struct S0 *l_231 = &g_94;
            if ((l_217 = ((safe_div_func_int16_t_s_s(((l_137 && l_194) ^ ((safe_lshift_func_uint16_t_u_u(((((((safe_add_func_int64_t_s_s(((l_213 | (0x2514L > l_214)) <= l_213), g_19.f0.f1)) || l_214) | g_94.f1) || l_137) == l_157) != g_94.f2), 9)) | l_215)), 6L)) > l_194)))
            { /* block id: 105 */
                int32_t *l_218[1][3][3] = {{{&l_194,&l_194,&l_194},{&l_157,&l_157,&l_157},{&l_194,&l_194,&l_194}}};
                uint16_t *l_228[5][5] = {{&g_159,&g_81[1],&g_159,&g_81[1],&g_159},{&g_159,&g_81[3],&g_81[3],&g_159,&g_159},{&g_159,&g_81[1],&g_159,&g_81[1],&g_159},{&g_159,&g_159,&g_81[3],&g_81[3],&g_159},{&g_159,&g_81[1],&g_159,&g_81[1],&g_159}};
                int i, j, k;
                g_219++;
                l_157 |= (&g_94 != (((safe_mod_func_uint64_t_u_u(((void*)0 == &g_31), ((safe_sub_func_int64_t_s_s((safe_add_func_uint16_t_u_u(0x58B0L, (g_81[3]--))), l_149[0])) | l_158))) & g_11) , l_231));
            }
            else
            { /* block id: 109 */
                uint16_t l_234 = 8UL;
                l_234 ^= (safe_unary_minus_func_uint8_t_u(l_233));
            }
        }
        else
        { /* block id: 112 */
            int32_t **l_235 = &g_47;
            int64_t *l_248 = &g_195[0][1][0];
            int8_t *l_250 = &l_8[0];
            int64_t *l_251 = &g_19.f2;
            uint32_t *l_252 = (void*)0;
            uint32_t *l_253 = &g_196[1][2];
            (*l_235) = &g_11;
            (**l_235) ^= ((!(l_214 > (!l_8[0]))) , (((safe_lshift_func_int16_t_s_u(0x83F5L, (safe_mul_func_int16_t_s_s((l_158 && ((*l_253) = (((*l_251) = (safe_lshift_func_int8_t_s_u(((*l_250) = (safe_add_func_int8_t_s_s((safe_mul_func_uint16_t_u_u((((*l_248) = 0x518EE959467824FALL) , l_249), l_249)), l_149[0]))), 4))) == l_214))), g_219)))) ^ g_94.f0) == g_219));
            return (*g_138);
        }
        g_258++;
        return (*l_42);
    }
    else
    { /* block id: 123 */
        int32_t *l_261 = &g_11;
        int32_t *l_262 = &l_194;
        int32_t *l_263 = (void*)0;
        int32_t *l_264 = &l_194;
        int32_t *l_265 = &g_11;
        int32_t *l_266 = &g_11;
        int32_t *l_267 = &l_157;
        int32_t *l_269 = &g_11;
        int32_t *l_271 = (void*)0;
        int32_t *l_272[1][1];
        union U2 **l_292[5][3][4] = {{{(void*)0,&g_206,&g_206,(void*)0},{(void*)0,&g_206,&g_206,(void*)0},{(void*)0,&g_206,&g_206,(void*)0}},{{(void*)0,&g_206,&g_206,(void*)0},{(void*)0,&g_206,&g_206,(void*)0},{(void*)0,&g_206,&g_206,(void*)0}},{{(void*)0,&g_206,&g_206,(void*)0},{(void*)0,&g_206,&g_206,(void*)0},{(void*)0,&g_206,&g_206,(void*)0}},{{(void*)0,&g_206,&g_206,(void*)0},{(void*)0,&g_206,&g_206,(void*)0},{(void*)0,&g_206,&g_206,(void*)0}},{{(void*)0,&g_206,&g_206,(void*)0},{(void*)0,&g_206,&g_206,(void*)0},{(void*)0,&g_206,&g_206,(void*)0}}};
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_272[i][j] = (void*)0;
        }
        g_274[0]++;
        (*l_265) &= (*l_267);
        for (g_11 = 0; (g_11 <= 0); g_11 += 1)
        { /* block id: 128 */
            uint16_t l_282[4];
            int i;
            for (i = 0; i < 4; i++)
                l_282[i] = 0x5219L;
            for (g_94.f0 = 0; (g_94.f0 <= 1); g_94.f0 += 1)
            { /* block id: 131 */
                int i, j;
                (*l_262) ^= l_8[g_11];
                (*l_262) = l_8[g_11];
                (*l_262) ^= (safe_rshift_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_u(g_196[g_11][(g_11 + 3)], 2)), 5));
                ++l_282[1];
            }
            g_285 &= ((*g_138) , 0L);
        }
        (*l_267) &= (safe_add_func_uint32_t_u_u((safe_div_func_uint32_t_u_u(g_81[3], (*g_47))), (((safe_div_func_int8_t_s_s(((void*)0 != l_292[4][2][3]), (safe_lshift_func_int8_t_s_u((l_295 >= g_94.f0), 2)))) | g_65[0]) | (-5L))));
    }
    (*g_47) &= 0xA6DFD2DBL;
    return (*g_138);
}


/* ------------------------------------------ */
/* 
 * reads : g_19.f0
 * writes:
 */
static struct S0  func_14(union U2  p_15, union U1  p_16, const uint16_t  p_17, union U1  p_18)
{ /* block id: 11 */
    return g_19.f0;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static struct S0  func_25(const uint32_t  p_26, union U1 * p_27)
{ /* block id: 9 */
    struct S0 l_32 = {0xD370L,0xE8E548E0L,0xAFEC1E18L};
    return l_32;
}


/* ------------------------------------------ */
/* 
 * reads : g_19.f0.f0 g_20.f0 g_20.f1 g_47 g_11 g_65 g_31.f0 g_69 g_19.f0.f1 g_61 g_81 g_94.f1 g_20.f2 g_48 g_19.f0
 * writes: g_31.f1 g_47 g_61 g_65 g_31.f0 g_69 g_81 g_94 g_11 g_125
 */
static union U1 * func_34(const int32_t  p_35, union U1 * const  p_36, uint32_t  p_37, struct S0 * p_38, const struct S0 * p_39)
{ /* block id: 19 */
    uint8_t l_50 = 1UL;
    int32_t *l_51 = (void*)0;
    int32_t l_64 = (-4L);
    union U1 *l_72 = (void*)0;
    int16_t *l_97[3][3][2] = {{{(void*)0,&g_94.f0},{(void*)0,(void*)0},{(void*)0,&g_94.f0}},{{(void*)0,(void*)0},{(void*)0,&g_94.f0},{(void*)0,(void*)0}},{{(void*)0,&g_94.f0},{(void*)0,(void*)0},{(void*)0,&g_94.f0}}};
    int16_t l_105 = 0xBC66L;
    uint32_t l_108[4];
    uint32_t l_126 = 0x9C58AC2CL;
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_108[i] = 0x59BB015CL;
    if ((l_50 || g_19.f0.f0))
    { /* block id: 20 */
        for (l_50 = 0; (l_50 <= 2); l_50 += 1)
        { /* block id: 23 */
            int32_t *l_52 = &g_11;
            int32_t **l_53 = &l_52;
            for (g_31.f1 = 0; (g_31.f1 <= 2); g_31.f1 += 1)
            { /* block id: 26 */
                g_47 = (void*)0;
            }
            l_51 = l_51;
            (*l_53) = l_52;
        }
    }
    else
    { /* block id: 32 */
        int32_t **l_59 = &g_47;
        int8_t *l_60 = &g_61;
        int32_t l_70 = 0xD42BE3C6L;
        struct S0 l_92 = {0x29A1L,0x0F83D54BL,0xBC1773A6L};
        if ((((((safe_rshift_func_uint16_t_u_s(p_35, (g_20[2].f0 > (safe_unary_minus_func_uint8_t_u(((g_19.f0.f0 == ((*l_60) = (safe_mul_func_uint16_t_u_u(((void*)0 == l_59), g_20[2].f1)))) , 0x51L)))))) , (*g_47)) && 0L) , (**l_59)) & g_20[2].f0))
        { /* block id: 34 */
            int32_t *l_62 = &g_11;
            int32_t *l_63[2];
            int16_t *l_78 = (void*)0;
            int16_t *l_79 = &g_69;
            uint16_t *l_80 = &g_81[3];
            struct S0 *l_107 = (void*)0;
            int i;
            for (i = 0; i < 2; i++)
                l_63[i] = &g_11;
lbl_71:
            g_65[0]--;
            for (g_31.f0 = 0; (g_31.f0 <= 2); g_31.f0 += 1)
            { /* block id: 38 */
                int16_t *l_68 = &g_69;
                int i;
                l_70 |= (((*l_68) |= (**l_59)) <= (&g_20[g_31.f0] != (void*)0));
                if (p_37)
                    continue;
                if (g_31.f0)
                    goto lbl_71;
                return l_72;
            }
            for (l_50 = (-28); (l_50 >= 55); l_50 = safe_add_func_int8_t_s_s(l_50, 1))
            { /* block id: 47 */
                union U1 *l_75 = (void*)0;
                return l_75;
            }
            if ((safe_sub_func_int16_t_s_s(((*l_79) = ((**l_59) == (**l_59))), (((*l_80) = g_19.f0.f0) , (safe_sub_func_int32_t_s_s((*g_47), ((safe_sub_func_int32_t_s_s((8L > g_19.f0.f1), 0xD5B9AADFL)) <= 18446744073709551609UL)))))))
            { /* block id: 52 */
                struct S0 *l_93 = &g_94;
                int32_t l_98 = 0xB7C4EAE4L;
                union U1 *l_99[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_99[i] = &g_31;
                (*l_62) = ((safe_add_func_int8_t_s_s((g_61 = (safe_div_func_int64_t_s_s((safe_div_func_uint32_t_u_u((((void*)0 == l_62) != (((*l_93) = (l_92 = l_92)) , (((safe_rshift_func_int16_t_s_u((((l_97[0][1][1] == (void*)0) >= 0xA173F203748AADD0LL) <= g_69), p_37)) & l_98) != p_37))), g_61)), p_37))), (**l_59))) > g_19.f0.f0);
                return l_99[3];
            }
            else
            { /* block id: 58 */
                uint32_t *l_106 = &g_94.f1;
                l_64 |= (safe_mod_func_uint32_t_u_u((!(**l_59)), (~((p_37 ^= ((*l_106) = (((((*g_47) && ((*l_59) != l_63[0])) > (+((g_81[1] <= l_105) != p_35))) , &g_94) != &l_92))) & (*g_47)))));
                (*l_62) = (&g_94 != l_107);
                (**l_59) = l_108[2];
            }
        }
        else
        { /* block id: 65 */
            int8_t *l_122 = &g_61;
            int32_t l_123 = 0x79EBF7ADL;
            uint8_t *l_124[1][1];
            struct S0 *l_127 = &l_92;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_124[i][j] = &l_50;
            }
            for (g_94.f1 = 0; (g_94.f1 <= 10); g_94.f1 = safe_add_func_int8_t_s_s(g_94.f1, 9))
            { /* block id: 68 */
                (*l_59) = &g_11;
            }
            l_126 |= ((safe_rshift_func_int8_t_s_u((0xD77AE26BL != p_35), 1)) ^ (safe_div_func_int32_t_s_s(((~(g_125 = (safe_mul_func_int8_t_s_s(((((l_123 = (p_35 ^ (safe_div_func_uint64_t_u_u((safe_mul_func_int8_t_s_s(((void*)0 == l_122), l_123)), p_35)))) , 0x419DFFB9L) <= 0xCEA876B1L) != g_20[2].f2), p_37)))) || p_35), (*g_47))));
            (*l_127) = func_25(l_126, l_72);
        }
    }
    l_64 ^= ((*g_48) , ((void*)0 != &l_50));
    return l_72;
}


/* ------------------------------------------ */
/* 
 * reads : g_11
 * writes: g_47
 */
static const uint32_t  func_40(union U1 * p_41)
{ /* block id: 15 */
    int32_t *l_43 = &g_11;
    int32_t **l_44 = &l_43;
    int32_t *l_46 = &g_11;
    int32_t **l_45[4][3] = {{&l_46,&l_46,&l_46},{&l_46,&l_46,&l_46},{&l_46,&l_46,&l_46},{&l_46,&l_46,&l_46}};
    int i, j;
    g_47 = ((*l_44) = l_43);
    return (**l_44);
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
    transparent_crc(g_11, "g_11", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_20[i].f0, "g_20[i].f0", print_hash_value);
        transparent_crc(g_20[i].f1, "g_20[i].f1", print_hash_value);
        transparent_crc(g_20[i].f2, "g_20[i].f2", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_31.f1, "g_31.f1", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_65[i], "g_65[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_69, "g_69", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_81[i], "g_81[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_94.f0, "g_94.f0", print_hash_value);
    transparent_crc(g_94.f1, "g_94.f1", print_hash_value);
    transparent_crc(g_94.f2, "g_94.f2", print_hash_value);
    transparent_crc(g_125, "g_125", print_hash_value);
    transparent_crc(g_159, "g_159", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_195[i][j][k], "g_195[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_196[i][j], "g_196[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_219, "g_219", print_hash_value);
    transparent_crc(g_258, "g_258", print_hash_value);
    transparent_crc(g_268, "g_268", print_hash_value);
    transparent_crc(g_270, "g_270", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_274[i], "g_274[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_281, "g_281", print_hash_value);
    transparent_crc(g_285, "g_285", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 66
   depth: 1, occurrence: 2
XXX total union variables: 2

XXX max expression depth: 26
breakdown:
   depth: 1, occurrence: 73
   depth: 2, occurrence: 14
   depth: 3, occurrence: 3
   depth: 4, occurrence: 1
   depth: 6, occurrence: 1
   depth: 9, occurrence: 2
   depth: 10, occurrence: 2
   depth: 12, occurrence: 3
   depth: 13, occurrence: 1
   depth: 16, occurrence: 1
   depth: 17, occurrence: 3
   depth: 26, occurrence: 1

XXX total number of pointers: 93

XXX times a variable address is taken: 124
XXX times a pointer is dereferenced on RHS: 22
breakdown:
   depth: 1, occurrence: 15
   depth: 2, occurrence: 7
XXX times a pointer is dereferenced on LHS: 32
breakdown:
   depth: 1, occurrence: 30
   depth: 2, occurrence: 2
XXX times a pointer is compared with null: 8
XXX times a pointer is compared with address of another variable: 2
XXX times a pointer is compared with another pointer: 0
XXX times a pointer is qualified to be dereferenced: 292

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 104
   level: 2, occurrence: 21
XXX number of pointers point to pointers: 13
XXX number of pointers point to scalars: 55
XXX number of pointers point to structs: 14
XXX percent of pointers has null in alias set: 31.2
XXX average alias set size: 1.2

XXX times a non-volatile is read: 197
XXX times a non-volatile is write: 111
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 67
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 10
   depth: 1, occurrence: 10
   depth: 2, occurrence: 20
   depth: 3, occurrence: 27

XXX percentage a fresh-made variable is used: 26.8
XXX percentage an existing variable is used: 73.2
********************* end of statistics **********************/

