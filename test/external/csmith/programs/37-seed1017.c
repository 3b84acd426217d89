/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1017 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1017
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static int8_t safe_add_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_add_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a + (uint32_t)b); }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static uint8_t safe_add_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a + (uint32_t)b); }
static int16_t safe_div_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a / b); }
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
static int8_t safe_div_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint64_t safe_mod_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   int16_t  f0;
   uint32_t  f1;
   const int32_t  f2;
   int64_t  f3;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_3[5][1][4] = {{{0x0E446DF3L,0x0E446DF3L,0x0E446DF3L,0x0E446DF3L}},{{0x0E446DF3L,0x0E446DF3L,0x0E446DF3L,0x0E446DF3L}},{{0x0E446DF3L,0x0E446DF3L,0x0E446DF3L,0x0E446DF3L}},{{0x0E446DF3L,0x0E446DF3L,0x0E446DF3L,0x0E446DF3L}},{{0x0E446DF3L,0x0E446DF3L,0x0E446DF3L,0x0E446DF3L}}};
static int32_t g_4 = 0xBA07E4FCL;
static int32_t g_5[4] = {(-1L),(-1L),(-1L),(-1L)};
static int32_t g_34 = (-8L);
static struct S0 g_36 = {0x90F3L,5UL,-1L,0xE6A0122D800F4D4ELL};
static uint32_t g_38 = 4294967290UL;
static uint16_t g_43 = 0xB364L;
static int32_t *g_52 = (void*)0;
static uint32_t g_58 = 18446744073709551611UL;
static int16_t g_62 = 0x7E38L;
static uint32_t g_63 = 18446744073709551606UL;
static uint16_t g_71 = 0UL;
static uint64_t g_74 = 0UL;
static int16_t g_79 = 0xB34FL;
static int8_t g_107[5] = {(-1L),(-1L),(-1L),(-1L),(-1L)};
static uint16_t g_119 = 0UL;
static int32_t *g_175[1] = {&g_34};
static uint16_t ****g_179 = (void*)0;
static uint16_t *g_208 = &g_119;
static uint16_t **g_207 = &g_208;
static uint16_t ***g_206[3][2][1] = {{{&g_207},{&g_207}},{{&g_207},{&g_207}},{{&g_207},{&g_207}}};
static uint8_t g_259 = 0x97L;
static uint8_t * const g_258[1][4] = {{&g_259,&g_259,&g_259,&g_259}};
static int16_t *g_277 = &g_36.f0;
static int16_t **g_276 = &g_277;


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static int32_t * func_6(int32_t * p_7, const uint16_t  p_8, int64_t  p_9);
static const int64_t  func_10(uint32_t  p_11, int32_t * p_12, int32_t * p_13, uint8_t  p_14, int64_t  p_15);
static int64_t  func_18(const int32_t * p_19, struct S0  p_20, int64_t  p_21, int32_t * p_22);
static int32_t * func_23(int32_t * p_24, uint32_t  p_25, int32_t * p_26, int8_t  p_27, int32_t * p_28);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_5 g_36 g_4 g_38 g_43 g_34 g_58 g_62 g_63 g_71 g_74 g_79 g_119 g_107 g_179 g_52 g_206 g_258 g_207 g_208 g_276 g_277
 * writes: g_3 g_4 g_5 g_38 g_43 g_52 g_36.f0 g_34 g_58 g_62 g_71 g_74 g_63 g_107 g_79 g_119 g_175 g_179 g_36.f3 g_206
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    uint8_t l_2[2];
    uint16_t *l_177 = &g_43;
    uint16_t **l_176[5][5] = {{(void*)0,(void*)0,&l_177,(void*)0,(void*)0},{&l_177,&l_177,&l_177,(void*)0,&l_177},{&l_177,&l_177,&l_177,&l_177,&l_177},{&l_177,&l_177,&l_177,&l_177,&l_177},{&l_177,&l_177,&l_177,&l_177,&l_177}};
    uint64_t l_195 = 0xA9724F8E9901C464LL;
    int16_t *l_203 = &g_79;
    int16_t **l_202 = &l_203;
    int32_t *l_263 = &g_3[2][0][3];
    int i, j;
    for (i = 0; i < 2; i++)
        l_2[i] = 253UL;
    for (g_3[2][0][3] = 0; (g_3[2][0][3] <= 1); g_3[2][0][3] += 1)
    { /* block id: 3 */
        int32_t *l_64 = &g_5[2];
        uint8_t *l_184[1];
        int i;
        for (i = 0; i < 1; i++)
            l_184[i] = &l_2[0];
        for (g_4 = 0; (g_4 <= 1); g_4 += 1)
        { /* block id: 6 */
            int32_t *l_31[3];
            int32_t l_65 = 4L;
            int32_t **l_181 = (void*)0;
            int32_t **l_182 = &g_52;
            uint8_t *l_183[2][2] = {{&l_2[0],&l_2[0]},{&l_2[0],&l_2[0]}};
            uint32_t *l_191 = &g_38;
            int8_t l_194 = 0x02L;
            int16_t *l_201 = &g_36.f0;
            int16_t **l_200 = &l_201;
            int i, j;
            for (i = 0; i < 3; i++)
                l_31[i] = (void*)0;
            for (g_5[2] = 0; (g_5[2] <= 1); g_5[2] += 1)
            { /* block id: 9 */
                int32_t *l_30 = &g_3[2][0][3];
                int32_t **l_29 = &l_30;
                int16_t *l_61 = &g_62;
                int32_t **l_174[3][4][5] = {{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_64,&g_52,&l_64,&l_31[1],(void*)0},{&l_64,&l_31[1],&l_64,&l_64,(void*)0},{&l_64,&l_31[2],&g_52,(void*)0,&l_31[2]}},{{&l_64,&l_64,&g_52,&l_64,(void*)0},{&l_64,(void*)0,&l_64,&l_31[2],&l_31[2]},{(void*)0,(void*)0,(void*)0,(void*)0,&l_64},{&l_31[2],&l_64,(void*)0,&l_31[2],(void*)0}},{{&l_31[2],&l_31[2],&l_64,(void*)0,&l_64},{(void*)0,&l_31[1],(void*)0,(void*)0,&l_31[1]},{&l_31[1],&g_52,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&l_64,(void*)0,(void*)0}}};
                uint16_t ***l_178 = &l_176[2][4];
                uint16_t *****l_180 = &g_179;
                int i, j, k;
                g_175[0] = ((*l_29) = func_6(&g_5[2], ((func_10((((*l_61) |= ((safe_add_func_int64_t_s_s(func_18(func_23(((*l_29) = &g_5[2]), g_5[3], (g_5[2] , &g_5[2]), g_3[2][0][3], l_31[2]), g_36, g_4, &g_5[2]), g_4)) && g_36.f2)) || g_63), l_64, &g_3[2][0][3], l_65, g_5[2]) & g_36.f2) , (*l_30)), g_36.f1));
                (*l_178) = l_176[2][4];
                if (l_2[0])
                    continue;
                (*l_180) = g_179;
            }
            (*l_182) = (g_36.f3 , &g_3[1][0][2]);
            (*l_64) = (l_183[0][0] == l_184[0]);
            if (((((safe_rshift_func_int16_t_s_s((g_36 , (safe_add_func_int32_t_s_s(((((((safe_add_func_uint64_t_u_u((((((g_74 != ((4294967288UL >= ((*l_191)++)) & ((l_2[0] <= (l_194 ^ 18446744073709551608UL)) , 0L))) && (*l_64)) , g_71) | l_2[0]) , g_36.f2), (-4L))) & g_119) >= l_2[0]) , l_195) <= l_195) && 0UL), g_71))), g_3[2][0][3])) , 0x7BL) == l_2[1]) , (*g_52)))
            { /* block id: 117 */
                const uint32_t l_196 = 4294967294UL;
                int16_t ***l_204 = &l_202;
                int64_t *l_205 = &g_36.f3;
                uint16_t ****l_209 = &g_206[1][0][0];
                if ((*l_64))
                    break;
                g_175[0] = (void*)0;
                (*l_182) = func_23(func_6(&g_3[2][0][3], l_196, ((*l_64) = (+(((*l_205) |= ((((safe_sub_func_uint32_t_u_u((l_200 != ((*l_204) = l_202)), (((*l_182) == &g_3[2][0][3]) != 0x4C28BF45L))) , &g_179) != &g_179) < g_74)) == l_195)))), g_36.f1, (*l_182), g_3[2][0][3], &g_3[2][0][3]);
                (*l_209) = g_206[1][0][0];
            }
            else
            { /* block id: 125 */
                return g_79;
            }
        }
        for (g_63 = 0; (g_63 <= 1); g_63 += 1)
        { /* block id: 131 */
            int64_t l_220 = 1L;
            int64_t *l_221[1];
            int i;
            for (i = 0; i < 1; i++)
                l_221[i] = &g_36.f3;
            if (l_2[1])
                break;
            (*l_64) = (safe_mul_func_uint8_t_u_u((safe_sub_func_int32_t_s_s((*l_64), (safe_rshift_func_uint16_t_u_u((*l_64), ((safe_add_func_int8_t_s_s(((((g_36.f3 &= ((safe_lshift_func_int16_t_s_u((l_220 <= (0x2C62B346L >= (l_220 && (*l_64)))), 0)) && g_38)) || (*l_64)) ^ 1UL) < 0x15L), g_34)) < l_220))))), g_5[2]));
        }
    }
    for (l_195 = 1; (l_195 <= 4); l_195 += 1)
    { /* block id: 139 */
        const uint32_t l_225[2] = {0x0D45DB1EL,0x0D45DB1EL};
        int32_t l_226 = 2L;
        int i;
        l_226 &= (safe_add_func_int32_t_s_s((+l_225[1]), 0x1BF3A08CL));
        for (g_43 = 0; (g_43 <= 0); g_43 += 1)
        { /* block id: 143 */
            uint8_t *l_237 = &l_2[0];
            int32_t l_238 = (-8L);
            int32_t *l_239 = &g_34;
            int i;
            (*l_239) |= (g_5[g_43] = (safe_lshift_func_uint8_t_u_s((g_62 <= (safe_div_func_uint64_t_u_u((safe_div_func_int8_t_s_s(g_43, (safe_rshift_func_int8_t_s_u((safe_mul_func_uint8_t_u_u(((*l_237) |= l_225[1]), l_238)), 7)))), l_238))), g_4)));
            return l_225[1];
        }
    }
    for (g_63 = (-8); (g_63 >= 11); ++g_63)
    { /* block id: 152 */
        uint8_t *l_254 = (void*)0;
        uint8_t **l_253 = &l_254;
        struct S0 l_257 = {0x594AL,0xEE92D2D4L,0xAE694BD9L,1L};
        uint64_t *l_260 = &l_195;
        int32_t *l_261 = &g_3[4][0][3];
        uint64_t l_262 = 18446744073709551615UL;
        int32_t **l_264 = &l_263;
        (*l_264) = func_23(((safe_mod_func_int32_t_s_s((((safe_add_func_uint8_t_u_u((safe_rshift_func_int8_t_s_u(g_74, 6)), ((((g_36.f0 ^ ((((safe_add_func_uint16_t_u_u(((**g_207) = (safe_unary_minus_func_uint64_t_u(((*l_260) = (safe_lshift_func_int8_t_s_s((((*l_253) = (void*)0) != (((safe_add_func_int64_t_s_s(((l_257 , (((0xAB4C20C9E941245ALL < g_36.f0) < 0xACL) == l_257.f2)) ^ 18446744073709551612UL), g_34)) >= l_2[1]) , g_258[0][0])), 1)))))), l_2[1])) > g_3[2][0][3]) > l_2[1]) , l_257.f0)) > l_257.f2) || g_63) , l_195))) == 0x0F0F3967L) & g_62), 0x16BB9490L)) , (void*)0), g_3[0][0][3], l_261, l_262, l_263);
        for (g_4 = 0; (g_4 > (-12)); g_4 = safe_sub_func_int8_t_s_s(g_4, 6))
        { /* block id: 159 */
            int8_t l_269 = 5L;
            int32_t l_278[2][1];
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_278[i][j] = (-1L);
            }
            if ((safe_mul_func_int8_t_s_s(g_71, (g_36 , (((l_269 = 9UL) > (safe_rshift_func_uint16_t_u_s(((safe_add_func_int8_t_s_s((g_79 , (safe_add_func_int16_t_s_s((((2UL ^ g_3[2][0][3]) , g_276) != &g_277), l_278[1][0]))), 248UL)) != l_278[1][0]), (**g_276)))) , l_269)))))
            { /* block id: 161 */
                int32_t *l_279[4] = {&g_5[2],&g_5[2],&g_5[2],&g_5[2]};
                int i;
                l_279[2] = &g_5[0];
            }
            else
            { /* block id: 163 */
                if (l_278[1][0])
                    break;
            }
        }
    }
    return g_4;
}


/* ------------------------------------------ */
/* 
 * reads : g_71 g_74 g_79 g_63 g_38 g_34 g_62 g_3 g_5 g_58 g_43 g_119 g_36 g_107 g_4
 * writes: g_71 g_74 g_63 g_34 g_62 g_107 g_79 g_119
 */
static int32_t * func_6(int32_t * p_7, const uint16_t  p_8, int64_t  p_9)
{ /* block id: 62 */
    int32_t *l_69 = &g_34;
    int32_t *l_70[5] = {&g_34,&g_34,&g_34,&g_34,&g_34};
    int16_t *l_126[1];
    int16_t *l_128 = &g_62;
    int32_t l_148[1];
    uint32_t l_149 = 18446744073709551615UL;
    int i;
    for (i = 0; i < 1; i++)
        l_126[i] = &g_79;
    for (i = 0; i < 1; i++)
        l_148[i] = (-4L);
    g_71++;
    g_74--;
    if ((safe_lshift_func_uint8_t_u_s((1UL != p_8), g_79)))
    { /* block id: 65 */
        struct S0 l_82 = {-8L,0xDCCEB005L,1L,0xD72A742272BDBE1ELL};
        int32_t l_83 = 0x2C7534BEL;
        uint64_t l_99 = 0xF170B72F399B0BCFLL;
        int8_t *l_106 = &g_107[1];
        uint16_t *l_108[5][4][3] = {{{(void*)0,&g_71,&g_71},{&g_71,&g_71,&g_71},{&g_43,&g_43,&g_71},{&g_71,&g_71,&g_71}},{{&g_43,&g_71,&g_71},{&g_71,&g_43,&g_43},{&g_43,&g_71,&g_43},{&g_71,&g_71,&g_43}},{{&g_71,&g_43,&g_71},{(void*)0,&g_71,&g_71},{&g_71,&g_71,&g_71},{&g_43,&g_43,&g_71}},{{&g_71,&g_71,&g_71},{&g_43,&g_71,&g_71},{&g_71,&g_43,&g_43},{&g_43,&g_71,&g_43}},{{&g_71,&g_71,&g_43},{&g_71,&g_43,&g_71},{(void*)0,&g_71,&g_71},{&g_71,&g_71,&g_71}}};
        int i, j, k;
        for (g_63 = 0; (g_63 == 33); ++g_63)
        { /* block id: 68 */
            uint16_t *l_84 = &g_71;
            int32_t l_89[2][3][3] = {{{(-3L),0xC63812DDL,0xEE68117DL},{0xC63812DDL,(-3L),(-3L)},{0xEE68117DL,(-3L),0xB95FE78FL}},{{7L,0xC63812DDL,0x639DBCFCL},{0xEE68117DL,0xEE68117DL,0x639DBCFCL},{0xC63812DDL,7L,0xB95FE78FL}}};
            int i, j, k;
            (*l_69) &= (((g_38 , func_23(p_7, p_9, (((l_82 , (((((*l_84)--) || (safe_div_func_uint8_t_u_u(p_9, 4L))) , 0UL) == p_8)) , l_82) , (void*)0), l_89[1][0][0], p_7)) == l_70[1]) >= p_9);
            if (g_38)
                goto lbl_93;
            return &g_4;
        }
lbl_93:
        for (g_62 = 0; (g_62 == (-10)); --g_62)
        { /* block id: 75 */
            int32_t **l_92 = &l_70[0];
            (*l_69) = 1L;
            (*l_92) = (void*)0;
        }
        if (((*l_69) = ((g_3[2][0][3] | (1L == (safe_rshift_func_uint16_t_u_u((l_83 = (~((safe_lshift_func_int16_t_s_s(l_99, (safe_mul_func_int8_t_s_s(((*l_106) = (safe_lshift_func_uint16_t_u_u(((safe_mod_func_int16_t_s_s((g_5[2] == p_9), 1L)) >= p_8), 11))), p_9)))) ^ p_8))), 14)))) ^ g_58)))
        { /* block id: 83 */
            (*l_69) = (*p_7);
        }
        else
        { /* block id: 85 */
            int16_t l_117 = 7L;
            int32_t l_118 = 0xAD3F44F8L;
            for (g_79 = 29; (g_79 <= 16); --g_79)
            { /* block id: 88 */
                (*l_69) = ((safe_sub_func_int16_t_s_s((0xAB0DC9406517A65ELL == 0x664D791078B87F18LL), (safe_add_func_uint64_t_u_u((((void*)0 == p_7) | (safe_mod_func_uint64_t_u_u(p_8, g_43))), l_117)))) , 0x1C8C0566L);
                (*l_69) = l_82.f1;
                (*l_69) ^= (&g_107[1] == l_106);
                return &g_3[2][0][3];
            }
            g_119 ^= ((*l_69) = (l_118 |= (*l_69)));
        }
    }
    else
    { /* block id: 98 */
        int16_t **l_127[2][3][2] = {{{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}},{{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}}};
        int32_t l_133 = 0xEAFC450FL;
        int32_t l_134 = 4L;
        int32_t l_150[2][4][2] = {{{(-3L),(-9L)},{4L,(-3L)},{5L,5L},{5L,4L}},{{(-1L),5L},{4L,5L},{(-1L),4L},{(-3L),(-3L)}}};
        uint8_t *l_173 = (void*)0;
        int i, j, k;
        l_134 &= (((((safe_mul_func_int16_t_s_s(((((((safe_lshift_func_int16_t_s_s((safe_sub_func_uint8_t_u_u((0x929A3F8350F044E6LL < ((p_8 ^ (l_126[0] == (l_128 = l_126[0]))) <= (safe_sub_func_uint32_t_u_u(((safe_div_func_uint64_t_u_u((((g_36 , l_133) ^ l_133) && (*l_69)), p_8)) & l_133), (*p_7))))), 0x8BL)), 13)) <= 0x42L) , g_34) && 0x21L) ^ g_5[2]) < p_8), p_9)) < g_107[1]) | p_8) >= g_79) >= g_5[2]);
        l_150[0][1][0] &= ((*l_69) = ((((0x19EDEBB4L && (((safe_lshift_func_int8_t_s_u(g_107[0], 0)) == ((safe_add_func_uint64_t_u_u(((safe_mul_func_uint8_t_u_u((((safe_mod_func_int16_t_s_s(((((p_9 , (((((((((safe_rshift_func_int8_t_s_s((safe_mod_func_int16_t_s_s(((~p_9) > l_148[0]), 0x17FAL)), p_9)) , g_107[1]) > (-1L)) ^ (-1L)) == l_133) | g_36.f2) , 18446744073709551615UL) , 252UL) <= l_134)) , g_38) & 0x0892B95AF383A4A2LL) > 0xA7DDC295L), l_134)) >= g_4) , 0UL), (*l_69))) <= l_134), 0UL)) == l_134)) , l_149)) , 0x0861E0F174FA8EA3LL) || g_5[1]) , (*p_7)));
        l_133 = (safe_add_func_int8_t_s_s((~(safe_mul_func_int16_t_s_s(0xF994L, (safe_sub_func_uint32_t_u_u((safe_add_func_int16_t_s_s((safe_rshift_func_int16_t_s_u((safe_mod_func_uint32_t_u_u((safe_add_func_int8_t_s_s((safe_add_func_uint64_t_u_u(p_9, (safe_mul_func_int16_t_s_s((safe_unary_minus_func_uint32_t_u(p_9)), p_9)))), ((*l_69) = (safe_mod_func_uint16_t_u_u((*l_69), 0x43C3L))))), 1UL)), 11)), g_36.f3)), 0x2BACBEA5L))))), 251UL));
        return l_70[2];
    }
    return l_70[2];
}


/* ------------------------------------------ */
/* 
 * reads : g_62 g_34
 * writes: g_62 g_34
 */
static const int64_t  func_10(uint32_t  p_11, int32_t * p_12, int32_t * p_13, uint8_t  p_14, int64_t  p_15)
{ /* block id: 51 */
    int32_t l_68[4][4][2] = {{{0x779CF818L,0x62BAD2CCL},{0x62BAD2CCL,1L},{9L,(-10L)},{0x779CF818L,9L}},{{(-10L),1L},{(-10L),9L},{0x779CF818L,(-10L)},{9L,1L}},{{0x62BAD2CCL,0x62BAD2CCL},{0x779CF818L,0x62BAD2CCL},{0x62BAD2CCL,1L},{9L,(-10L)}},{{0x779CF818L,9L},{(-10L),1L},{(-10L),9L},{0x779CF818L,(-10L)}}};
    int i, j, k;
    for (g_62 = 14; (g_62 > (-13)); g_62 = safe_sub_func_int32_t_s_s(g_62, 2))
    { /* block id: 54 */
        for (g_34 = 0; (g_34 <= 1); g_34 += 1)
        { /* block id: 57 */
            return p_15;
        }
    }
    return p_14;
}


/* ------------------------------------------ */
/* 
 * reads : g_38 g_3 g_43 g_36.f2 g_5 g_36.f3 g_36.f1 g_34 g_36.f0 g_58
 * writes: g_38 g_43 g_52 g_36.f0 g_34 g_58
 */
static int64_t  func_18(const int32_t * p_19, struct S0  p_20, int64_t  p_21, int32_t * p_22)
{ /* block id: 20 */
    uint32_t *l_37 = &g_38;
    const int32_t l_48 = 3L;
    int32_t *l_50[4][2][1] = {{{&g_5[2]},{&g_3[2][0][3]}},{{&g_5[2]},{&g_3[2][0][3]}},{{&g_5[2]},{&g_3[2][0][3]}},{{&g_5[2]},{&g_3[2][0][3]}}};
    int i, j, k;
    if ((((*l_37)++) & (~0xAF6658D8L)))
    { /* block id: 22 */
        uint16_t *l_42 = &g_43;
        int32_t l_49[2][4][1] = {{{1L},{1L},{(-8L)},{1L}},{{1L},{(-8L)},{1L},{1L}}};
        int32_t **l_51[5] = {&l_50[2][1][0],&l_50[2][1][0],&l_50[2][1][0],&l_50[2][1][0],&l_50[2][1][0]};
        int16_t *l_57 = &g_36.f0;
        int i, j, k;
        g_52 = (l_50[0][0][0] = func_23(func_23(func_23((((g_3[4][0][2] || (++(*l_42))) || (safe_div_func_int16_t_s_s(g_36.f2, l_48))) , func_23(p_22, g_5[1], &g_3[2][0][0], p_20.f3, p_22)), l_48, &g_5[2], p_20.f3, p_22), p_21, &g_5[0], l_49[1][2][0], &g_4), l_49[1][2][0], l_50[0][0][0], p_20.f0, &g_5[2]));
        g_34 = (p_20.f2 >= (safe_div_func_int64_t_s_s(p_20.f3, (((safe_lshift_func_int8_t_s_s((g_36.f3 == (((*l_57) = p_21) || (((((g_52 = p_22) != (void*)0) , 0UL) ^ 0x82L) > g_36.f1))), 6)) > 1UL) , g_5[2]))));
        return p_20.f0;
    }
    else
    { /* block id: 30 */
        uint32_t l_60 = 1UL;
        for (g_34 = 0; (g_34 >= 0); g_34 -= 1)
        { /* block id: 33 */
            g_58 = 7L;
            for (p_20.f3 = 0; (p_20.f3 >= 0); p_20.f3 -= 1)
            { /* block id: 37 */
                uint16_t l_59 = 65535UL;
                if (l_59)
                    break;
                l_60 |= g_36.f0;
            }
        }
        g_34 ^= 0x7E3B5251L;
        for (l_60 = 0; (l_60 <= 0); l_60 += 1)
        { /* block id: 45 */
            return g_58;
        }
        return g_34;
    }
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t * func_23(int32_t * p_24, uint32_t  p_25, int32_t * p_26, int8_t  p_27, int32_t * p_28)
{ /* block id: 11 */
    int32_t l_32[3][1];
    int32_t *l_33 = &g_34;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_32[i][j] = 0xA99DA972L;
    }
lbl_35:
    for (p_27 = 0; (p_27 >= 0); p_27 -= 1)
    { /* block id: 14 */
        return p_24;
    }
    l_33 = p_24;
    if (p_27)
        goto lbl_35;
    return l_33;
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
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_3[i][j][k], "g_3[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_4, "g_4", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_5[i], "g_5[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_36.f0, "g_36.f0", print_hash_value);
    transparent_crc(g_36.f1, "g_36.f1", print_hash_value);
    transparent_crc(g_36.f2, "g_36.f2", print_hash_value);
    transparent_crc(g_36.f3, "g_36.f3", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_107[i], "g_107[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_119, "g_119", print_hash_value);
    transparent_crc(g_259, "g_259", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 51
   depth: 1, occurrence: 3
XXX total union variables: 0

XXX max expression depth: 33
breakdown:
   depth: 1, occurrence: 68
   depth: 2, occurrence: 21
   depth: 3, occurrence: 3
   depth: 8, occurrence: 1
   depth: 9, occurrence: 1
   depth: 12, occurrence: 1
   depth: 14, occurrence: 2
   depth: 15, occurrence: 2
   depth: 17, occurrence: 1
   depth: 20, occurrence: 1
   depth: 24, occurrence: 2
   depth: 27, occurrence: 2
   depth: 31, occurrence: 1
   depth: 33, occurrence: 1

XXX total number of pointers: 67

XXX times a variable address is taken: 129
XXX times a pointer is dereferenced on RHS: 18
breakdown:
   depth: 1, occurrence: 17
   depth: 2, occurrence: 1
XXX times a pointer is dereferenced on LHS: 36
breakdown:
   depth: 1, occurrence: 35
   depth: 2, occurrence: 1
XXX times a pointer is compared with null: 1
XXX times a pointer is compared with address of another variable: 2
XXX times a pointer is compared with another pointer: 1
XXX times a pointer is qualified to be dereferenced: 245

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 191
   level: 2, occurrence: 6
XXX number of pointers point to pointers: 20
XXX number of pointers point to scalars: 47
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 31.3
XXX average alias set size: 1.66

XXX times a non-volatile is read: 244
XXX times a non-volatile is write: 114
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 1

XXX stmts: 75
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 15
   depth: 1, occurrence: 22
   depth: 2, occurrence: 21
   depth: 3, occurrence: 17

XXX percentage a fresh-made variable is used: 17.1
XXX percentage an existing variable is used: 82.9
********************* end of statistics **********************/

