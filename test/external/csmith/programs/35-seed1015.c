/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1015 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1015
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static int8_t safe_add_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_add_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a + (uint32_t)b); }
static uint32_t safe_add_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a + (uint32_t)b); }
static uint8_t safe_add_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a + (uint32_t)b); }
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
static int8_t safe_div_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint8_t safe_mod_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   const int64_t  f0;
   int64_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static uint64_t g_8 = 0UL;
static uint32_t g_18 = 0xED45B0E8L;
static uint32_t g_19[3] = {0x3648BD92L,0x3648BD92L,0x3648BD92L};
static union U0 g_25 = {0xB8E136DC99220C43LL};
static uint8_t g_27 = 0x1CL;
static uint8_t g_34[2] = {0xD0L,0xD0L};
static uint32_t g_44 = 18446744073709551606UL;
static int32_t g_48[2][4][4] = {{{0xE497D6A5L,(-1L),0xE497D6A5L,(-1L)},{0xE497D6A5L,(-1L),0xE497D6A5L,(-1L)},{0xE497D6A5L,(-1L),0xE497D6A5L,(-1L)},{0xE497D6A5L,(-1L),0xE497D6A5L,(-1L)}},{{0xE497D6A5L,(-1L),0xE497D6A5L,(-1L)},{0xE497D6A5L,(-1L),0xE497D6A5L,(-1L)},{0xE497D6A5L,(-1L),0xE497D6A5L,(-1L)},{0xE497D6A5L,(-1L),0xE497D6A5L,(-1L)}}};
static int16_t g_70 = 0L;
static uint16_t g_81 = 0x839BL;
static int32_t g_82 = 1L;
static uint8_t g_86 = 0xDBL;
static int8_t g_126[1] = {0x77L};
static int32_t g_148[4][3] = {{0L,2L,2L},{0L,2L,2L},{0L,2L,0x009EE3F6L},{2L,0x009EE3F6L,0x009EE3F6L}};
static int32_t g_167 = 1L;
static int32_t * const g_166 = &g_167;
static int32_t * const *g_165 = &g_166;
static int32_t * const **g_164[2] = {&g_165,&g_165};
static uint8_t g_172 = 246UL;
static int64_t g_251 = 0L;
static const int32_t *g_282 = &g_148[2][1];
static uint64_t g_300 = 2UL;
static const uint8_t *g_358 = &g_27;
static const uint8_t **g_357 = &g_358;
static uint8_t *g_390[4][2][1] = {{{(void*)0},{&g_86}},{{(void*)0},{&g_86}},{{(void*)0},{&g_86}},{{(void*)0},{&g_86}}};


/* --- FORWARD DECLARATIONS --- */
static const union U0  func_1(void);
static uint8_t  func_4(const uint8_t  p_5, int32_t  p_6, uint32_t  p_7);
static const uint32_t  func_13(uint64_t  p_14, uint64_t  p_15);
static int32_t  func_20(union U0  p_21, uint8_t  p_22, int8_t  p_23, uint8_t  p_24);
static uint8_t * func_30(uint8_t * p_31, uint8_t * p_32);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_8 g_25 g_27 g_18 g_25.f1 g_19 g_34 g_25.f0 g_48 g_44 g_82 g_86 g_70 g_165 g_166 g_167 g_126 g_251 g_172 g_148 g_81 g_282 g_357
 * writes: g_18 g_27 g_34 g_48 g_44 g_19 g_70 g_81 g_86 g_82 g_167 g_126 g_251 g_282 g_300 g_390
 */
static const union U0  func_1(void)
{ /* block id: 0 */
    uint64_t l_16 = 0x9393DDA37BB00868LL;
    (**g_165) = (safe_lshift_func_uint8_t_u_s(func_4((g_8 != (((safe_sub_func_uint64_t_u_u(0x9D6923607A98815CLL, (safe_add_func_uint32_t_u_u(func_13(l_16, g_8), l_16)))) & 0xDA6935B74068643FLL) > l_16)), l_16, l_16), 3));
    (**g_165) &= (*g_282);
    return g_25;
}


/* ------------------------------------------ */
/* 
 * reads : g_172 g_148 g_48 g_25.f0
 * writes: g_126
 */
static uint8_t  func_4(const uint8_t  p_5, int32_t  p_6, uint32_t  p_7)
{ /* block id: 242 */
    int16_t l_437 = 0L;
    int32_t l_442 = (-10L);
    int8_t *l_443 = &g_126[0];
    int32_t *l_445 = &g_48[0][1][0];
    int32_t **l_444 = &l_445;
    (*l_444) = (((p_7 , ((((safe_sub_func_int8_t_s_s(l_437, g_172)) >= l_437) <= ((((*l_443) = (safe_div_func_int64_t_s_s((safe_add_func_uint16_t_u_u((((((((l_437 != 0xA14BD106D1ECF1B0LL) , l_442) >= g_148[0][1]) >= g_48[0][2][1]) || p_6) , l_442) || p_6), l_437)), l_442))) < 0xE7L) | l_442)) | 0x13FBFF3141643113LL)) == g_25.f0) , &p_6);
    return p_5;
}


/* ------------------------------------------ */
/* 
 * reads : g_25 g_27 g_18 g_25.f1 g_19 g_34 g_25.f0 g_48 g_44 g_82 g_86 g_70 g_165 g_166 g_167 g_126 g_251 g_172 g_148 g_81 g_282 g_357
 * writes: g_18 g_27 g_34 g_48 g_44 g_19 g_70 g_81 g_86 g_82 g_167 g_126 g_251 g_282 g_300 g_390
 */
static const uint32_t  func_13(uint64_t  p_14, uint64_t  p_15)
{ /* block id: 1 */
    int8_t l_17 = 2L;
    uint32_t l_430 = 7UL;
    if (l_17)
    { /* block id: 2 */
        uint8_t *l_33 = &g_34[0];
        int32_t l_395 = 0xACED608FL;
        union U0 l_403 = {1L};
        uint16_t *l_406 = &g_81;
        union U0 l_419 = {-7L};
        g_18 = 0x56E348CCL;
        for (p_15 = 0; (p_15 <= 2); p_15 += 1)
        { /* block id: 6 */
            uint8_t *l_26 = &g_27;
            uint8_t **l_35 = &l_33;
            uint32_t l_178 = 0x161F38F8L;
            int32_t l_394 = 9L;
            uint16_t **l_407 = &l_406;
            int i;
            if (((*g_166) = func_20(g_25, (++(*l_26)), ((((*l_35) = func_30(((*l_35) = l_33), &g_34[0])) != (void*)0) , g_19[p_15]), l_178)))
            { /* block id: 208 */
                uint16_t *l_393[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_393[i] = &g_81;
                (*g_166) = (safe_mul_func_uint16_t_u_u((l_394 = ((((*l_35) = func_30(&g_34[0], (g_390[1][0][0] = &g_86))) == ((safe_sub_func_int64_t_s_s((p_15 ^ 0x6213D03FL), g_25.f0)) , (void*)0)) == l_178)), l_395));
            }
            else
            { /* block id: 213 */
                int32_t **l_402 = (void*)0;
                (**g_165) = ((safe_mod_func_int8_t_s_s(((safe_mul_func_int16_t_s_s((((safe_rshift_func_int8_t_s_s(g_126[0], 1)) != (l_402 == ((l_403 , p_14) , l_402))) & p_14), p_14)) && 6UL), 255UL)) , l_394);
            }
            (*g_166) ^= ((g_25.f1 || (0xC7C9L < (((*l_407) = ((&g_70 == (void*)0) , l_406)) != &g_81))) == l_178);
            l_394 ^= (g_19[p_15] , ((safe_add_func_uint8_t_u_u(((safe_lshift_func_uint8_t_u_u((safe_div_func_int8_t_s_s((~((g_81--) & (safe_sub_func_int64_t_s_s((l_419 , g_126[0]), (((safe_add_func_int32_t_s_s((safe_add_func_int64_t_s_s((safe_sub_func_int8_t_s_s((g_25.f1 | (safe_add_func_int8_t_s_s((((safe_add_func_int64_t_s_s((l_17 || p_15), l_17)) , 4294967295UL) , g_167), g_19[p_15]))), 0xDBL)), g_19[p_15])), 0L)) ^ 4294967294UL) != p_15))))), l_178)), l_17)) ^ l_430), 0xEDL)) ^ l_430));
            for (l_430 = 0; (l_430 <= 2); l_430 += 1)
            { /* block id: 222 */
                uint8_t l_431 = 0xA8L;
                if (p_15)
                    break;
                (**g_165) = l_431;
                if (p_14)
                    break;
            }
        }
    }
    else
    { /* block id: 228 */
        uint16_t l_434 = 0x4761L;
        for (l_17 = 0; (l_17 < (-21)); l_17 = safe_sub_func_uint16_t_u_u(l_17, 3))
        { /* block id: 231 */
            for (p_14 = 0; (p_14 <= 2); p_14 += 1)
            { /* block id: 234 */
                int i;
                (*g_166) |= (g_19[p_14] ^ p_14);
                if (l_434)
                    break;
                (**g_165) = p_15;
            }
        }
    }
    return g_82;
}


/* ------------------------------------------ */
/* 
 * reads : g_48 g_165 g_166 g_19 g_167 g_44 g_27 g_70 g_126 g_86 g_251 g_172 g_148 g_34 g_25.f0 g_81 g_282 g_25 g_357
 * writes: g_81 g_167 g_44 g_27 g_70 g_126 g_18 g_251 g_19 g_282 g_300 g_34
 */
static int32_t  func_20(union U0  p_21, uint8_t  p_22, int8_t  p_23, uint8_t  p_24)
{ /* block id: 108 */
    int32_t *l_179 = (void*)0;
    int32_t *l_180[2];
    int64_t l_181 = 1L;
    int32_t l_182 = 0x22C922F1L;
    uint64_t l_183 = 0x617E17964D273E08LL;
    union U0 l_195 = {-3L};
    int32_t l_227 = 0xE33ED171L;
    int16_t l_271 = 0x9FF2L;
    int32_t l_289 = 0xDA2E6EB3L;
    uint8_t *l_304 = &g_34[0];
    uint8_t **l_303 = &l_304;
    int8_t l_321 = 6L;
    int32_t **l_331 = &l_179;
    int32_t **l_376 = &l_180[1];
    int i;
    for (i = 0; i < 2; i++)
        l_180[i] = &g_167;
lbl_229:
    --l_183;
    for (p_22 = 6; (p_22 == 58); ++p_22)
    { /* block id: 112 */
        uint32_t *l_189 = &g_18;
        uint16_t *l_198 = (void*)0;
        uint16_t *l_199 = &g_81;
        int32_t l_204 = 0L;
        uint16_t *l_208 = &g_81;
        int32_t l_254[2][4] = {{0x2C81B91DL,0x2C81B91DL,0x2C81B91DL,0x2C81B91DL},{0x2C81B91DL,0x2C81B91DL,0x2C81B91DL,0x2C81B91DL}};
        int8_t l_260 = (-3L);
        const int32_t **l_330[2][1];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_330[i][j] = &g_282;
        }
        if (((**g_165) = (safe_unary_minus_func_uint32_t_u((l_189 == ((safe_rshift_func_int16_t_s_u(((g_48[1][1][0] ^ (safe_unary_minus_func_int64_t_s((safe_mul_func_int16_t_s_s(p_21.f1, (l_195 , ((*l_199) = (safe_mod_func_int16_t_s_s(p_21.f1, 4UL))))))))) || p_23), p_21.f0)) , (void*)0))))))
        { /* block id: 115 */
            uint16_t **l_207 = &l_199;
            int32_t l_209[4] = {1L,1L,1L,1L};
            int32_t l_210 = 0x27CB19E5L;
            int32_t l_211 = 1L;
            uint32_t l_230 = 0x3A49C13FL;
            const int32_t l_252 = 0x9CEE8C25L;
            int64_t l_267 = (-2L);
            uint64_t l_275 = 4UL;
            int i;
            l_211 |= ((l_210 |= (safe_add_func_int64_t_s_s((0xA0L >= ((safe_mod_func_uint8_t_u_u((((l_204 & p_21.f1) ^ ((safe_mod_func_int64_t_s_s((((((*l_207) = l_199) != l_208) > g_19[0]) , g_167), p_22)) != g_48[1][1][0])) && l_209[1]), l_209[2])) ^ p_22)), l_209[2]))) >= 0x0F6DL);
            for (g_44 = 3; (g_44 >= 40); ++g_44)
            { /* block id: 121 */
                uint8_t *l_220 = &g_27;
                uint8_t *l_221[3];
                int16_t *l_224 = &g_70;
                int32_t l_228 = 0L;
                int i;
                for (i = 0; i < 3; i++)
                    l_221[i] = &g_172;
                (*g_166) = ((~(safe_rshift_func_uint16_t_u_u((g_81 = (((+(p_24 = ((*l_220) |= (safe_div_func_uint8_t_u_u(g_44, 2L))))) , ((safe_mul_func_uint8_t_u_u((l_228 = (((*l_224) &= p_21.f1) >= (65535UL ^ ((safe_mul_func_uint8_t_u_u(l_227, l_204)) || g_44)))), l_211)) ^ 3L)) > 253UL)), 2))) ^ 0x3A75C7A0L);
                if (l_195.f0)
                    goto lbl_229;
            }
            ++l_230;
            if ((p_23 >= g_27))
            { /* block id: 131 */
                int8_t *l_237 = &g_126[0];
                int32_t l_249 = 0xFCF27A2CL;
                int16_t *l_250[5][3][2] = {{{&g_70,&g_70},{(void*)0,&g_70},{&g_70,(void*)0}},{{&g_70,&g_70},{&g_70,&g_70},{&g_70,&g_70}},{{&g_70,(void*)0},{&g_70,&g_70},{(void*)0,&g_70}},{{&g_70,&g_70},{&g_70,&g_70},{&g_70,&g_70}},{{&g_70,&g_70},{&g_70,&g_70},{(void*)0,&g_70}}};
                uint32_t *l_253 = &g_19[1];
                int i, j, k;
                (**g_165) = (l_254[1][1] &= (((*l_253) |= (((((safe_sub_func_int64_t_s_s(((safe_lshift_func_int16_t_s_u(((p_24 || ((*l_237) ^= (p_24 == l_204))) <= ((g_251 &= ((((!(safe_lshift_func_int16_t_s_u((g_70 &= ((safe_lshift_func_int8_t_s_u(((safe_lshift_func_uint8_t_u_u(g_27, ((((*l_189) = (safe_lshift_func_int16_t_s_s(((safe_sub_func_uint32_t_u_u(l_249, g_48[1][1][0])) >= 0x8562L), p_23))) , 7L) && l_249))) , g_86), 2)) == 0x5DL)), 13))) | p_21.f1) , 0x2CFCL) < p_23)) >= p_24)), 11)) >= l_252), p_21.f0)) ^ g_48[1][1][0]) , g_172) != p_22) , 5UL)) <= l_209[1]));
                if (l_211)
                    break;
            }
            else
            { /* block id: 140 */
                uint64_t l_255 = 0x24B45B9D29409AF1LL;
                int32_t l_256 = 0xBE7BD065L;
                uint32_t l_257 = 0x315F3A98L;
                int32_t l_261 = (-2L);
                int32_t l_262 = 1L;
                int32_t l_263 = 0x035537DFL;
                int32_t l_264 = (-7L);
                int32_t l_265 = (-7L);
                int32_t l_266 = (-1L);
                int32_t l_268 = 0xF58DC4ADL;
                int32_t l_269 = 0x9DCF5472L;
                int32_t l_270 = (-7L);
                int32_t l_272 = (-8L);
                int32_t l_273 = 0xAC674C49L;
                int32_t l_274 = 3L;
                l_204 = (l_255 = (l_210 |= ((**g_165) = (-1L))));
                if (l_209[1])
                    continue;
                l_257--;
                ++l_275;
            }
        }
        else
        { /* block id: 149 */
            const int32_t *l_280 = &g_148[2][1];
            for (g_167 = 0; (g_167 <= 20); g_167 = safe_add_func_int64_t_s_s(g_167, 2))
            { /* block id: 152 */
                const int32_t **l_281[1];
                uint64_t *l_298 = &l_183;
                uint64_t *l_299 = &g_300;
                uint8_t *l_302 = &g_34[1];
                uint8_t **l_301 = &l_302;
                int32_t l_305[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_281[i] = (void*)0;
                for (i = 0; i < 1; i++)
                    l_305[i] = 4L;
                g_282 = l_280;
                if ((**g_165))
                    continue;
                l_305[0] = ((((((safe_sub_func_int16_t_s_s((((safe_mod_func_int16_t_s_s((safe_mod_func_uint32_t_u_u((l_289 < (((*l_299) = ((*l_298) = (g_172 >= ((safe_div_func_uint16_t_u_u(65535UL, (safe_mod_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u(0x91L, ((((safe_mul_func_uint16_t_u_u((p_22 , l_260), 0x409FL)) >= (*l_280)) < g_27) ^ (*l_280)))), (-6L))))) ^ (*l_280))))) ^ l_260)), p_21.f0)), g_44)) , p_21.f0) || (-1L)), p_22)) == p_23) || l_254[1][1]) >= g_34[0]) , l_301) != l_303);
                return l_254[1][1];
            }
            for (l_271 = (-28); (l_271 <= 12); l_271++)
            { /* block id: 162 */
                int32_t l_314 = 0x1FF2199AL;
                int64_t l_322 = 0x1C1B7A625C315691LL;
                int32_t **l_323 = &l_180[1];
                if ((*g_166))
                    break;
                (*l_323) = (((safe_sub_func_uint8_t_u_u(((safe_add_func_uint16_t_u_u(0UL, ((safe_add_func_uint32_t_u_u((l_254[1][1] = l_314), (-8L))) <= (((safe_div_func_int8_t_s_s(((((((*l_208) ^= ((((((**l_303) = ((safe_mul_func_int16_t_s_s((safe_sub_func_int8_t_s_s(g_25.f0, ((g_48[0][1][1] <= p_22) <= 0x852DL))), l_321)) ^ (**g_165))) && 0xD5L) & l_260) < p_23) , p_22)) < 0UL) , l_314) | l_322) , g_48[1][1][0]), l_260)) , g_81) || l_260)))) , g_251), p_21.f1)) , g_148[2][1]) , (*g_165));
                (**l_323) |= (((safe_sub_func_uint8_t_u_u(((0x2ECBL | (safe_sub_func_uint8_t_u_u((((void*)0 == &g_8) >= ((((((safe_lshift_func_int16_t_s_u((0xE8L ^ ((**l_303) = (l_330[1][0] != &l_280))), 9)) < (*g_282)) , (*g_282)) , (*g_165)) != (void*)0) < g_48[1][1][0])), 4UL))) | p_21.f0), p_22)) , (*l_280)) == p_23);
            }
        }
    }
    if ((((g_25 , l_180[1]) != l_180[0]) <= (((*l_331) = &l_289) != &l_227)))
    { /* block id: 174 */
        uint8_t l_334 = 0x38L;
        int32_t l_336 = (-9L);
        uint8_t l_338 = 0x2EL;
        uint32_t l_346 = 0x9B518B7EL;
        for (p_24 = 0; (p_24 > 5); p_24 = safe_add_func_int64_t_s_s(p_24, 2))
        { /* block id: 177 */
            int64_t l_337 = 0L;
            int32_t l_341 = 1L;
            int32_t l_342[4];
            uint8_t * const l_360 = (void*)0;
            uint8_t * const *l_359 = &l_360;
            uint16_t *l_369 = &g_81;
            int8_t *l_378[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            int8_t **l_377 = &l_378[0];
            int i;
            for (i = 0; i < 4; i++)
                l_342[i] = 0xD22CDBB2L;
            for (p_21.f1 = 0; (p_21.f1 >= 0); p_21.f1 -= 1)
            { /* block id: 180 */
                int16_t l_335 = 0xDEFDL;
                int16_t l_343 = (-8L);
                int32_t l_344 = 0x88F025ABL;
                int32_t l_345[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_345[i] = 0L;
                l_334 |= (-6L);
                l_338--;
                l_346--;
                if (g_126[p_21.f1])
                    continue;
            }
            for (p_22 = 0; (p_22 != 20); p_22 = safe_add_func_uint32_t_u_u(p_22, 2))
            { /* block id: 188 */
                int16_t *l_363 = &l_271;
                int8_t *l_366 = &g_126[0];
                (*g_166) = (((safe_mod_func_int32_t_s_s(((safe_mul_func_int8_t_s_s((-8L), (safe_mul_func_int8_t_s_s((((g_357 != (l_359 = &l_304)) > ((safe_rshift_func_int16_t_s_s(((*l_363) &= 0xAA3BL), 14)) | (safe_div_func_int8_t_s_s(((*l_366) = (g_25 , (-10L))), p_24)))) > (**l_331)), l_346)))) != p_21.f1), g_172)) , 2UL) & p_23);
                return (**g_165);
            }
            (*l_179) = (safe_add_func_uint16_t_u_u(((*l_369) = l_342[0]), ((g_300 = (g_148[0][2] && (safe_mul_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_s((safe_sub_func_int16_t_s_s(((l_376 == (((((((*l_377) = &g_126[0]) != &l_321) != l_334) != g_172) > 0x3D7FB8D9L) , (void*)0)) < 0x3C40BEF4L), 1UL)), 0)), p_23)))) != l_336)));
        }
        (*l_376) = &l_336;
    }
    else
    { /* block id: 201 */
        uint16_t l_379 = 0x5E3BL;
        const uint8_t **l_384 = &g_358;
        uint16_t *l_385 = &l_379;
        --l_379;
        (**g_165) = (safe_sub_func_uint16_t_u_u(((p_23 , (l_384 == &g_358)) | g_86), (++(*l_385))));
    }
    return (**g_165);
}


/* ------------------------------------------ */
/* 
 * reads : g_18 g_25.f1 g_19 g_34 g_25.f0 g_48 g_44 g_82 g_86 g_70
 * writes: g_34 g_48 g_44 g_18 g_19 g_70 g_81 g_86 g_82
 */
static uint8_t * func_30(uint8_t * p_31, uint8_t * p_32)
{ /* block id: 9 */
    const int64_t l_42 = 0x069D1FE905687C41LL;
    uint32_t *l_43[1];
    int32_t l_45 = 0x5FFFF323L;
    int32_t l_46 = 0xC643D439L;
    int32_t *l_47 = &g_48[1][1][0];
    int32_t **l_55 = &l_47;
    int32_t **l_61 = &l_47;
    const union U0 l_77 = {1L};
    int32_t l_96 = (-6L);
    uint32_t l_97 = 18446744073709551613UL;
    uint8_t *l_127 = &g_34[0];
    uint32_t l_131 = 0UL;
    int32_t * const *l_163 = &l_47;
    int32_t * const **l_162 = &l_163;
    int i;
    for (i = 0; i < 1; i++)
        l_43[i] = &g_44;
    (*l_47) &= (safe_rshift_func_int8_t_s_s((g_18 , (((l_46 = (safe_rshift_func_uint8_t_u_u(g_25.f1, (((g_25.f1 != ((*p_31) = (safe_div_func_int8_t_s_s(0L, ((((l_45 |= ((((4L && l_42) >= 5UL) <= 0xDE0D6158F87662B0LL) > g_25.f1)) , (-1L)) <= g_19[0]) || g_34[0]))))) , l_42) , g_25.f0)))) >= g_25.f0) , 3L)), 1));
    for (g_44 = 9; (g_44 < 16); g_44 = safe_add_func_uint16_t_u_u(g_44, 6))
    { /* block id: 16 */
        const uint8_t l_75[4] = {254UL,254UL,254UL,254UL};
        const uint8_t *l_78 = &g_34[0];
        int32_t l_79[4][1][5] = {{{0x7D0B67C4L,0x2FB51225L,0x7D0B67C4L,0x7D0B67C4L,0x2FB51225L}},{{0x2FB51225L,0x7D0B67C4L,0x7D0B67C4L,0x2FB51225L,0x7D0B67C4L}},{{0x2FB51225L,0x2FB51225L,(-5L),0x2FB51225L,0x2FB51225L}},{{0x7D0B67C4L,0x2FB51225L,0x7D0B67C4L,0x7D0B67C4L,0x2FB51225L}}};
        int32_t l_85 = 0L;
        int32_t *l_95[4];
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_95[i] = &g_82;
        for (l_45 = 0; (l_45 <= 2); l_45 += 1)
        { /* block id: 19 */
            int32_t ***l_56 = &l_55;
            int32_t **l_58 = &l_47;
            int32_t ***l_57 = &l_58;
            int32_t **l_60[5][2] = {{&l_47,&l_47},{&l_47,&l_47},{&l_47,&l_47},{&l_47,&l_47},{&l_47,&l_47}};
            int32_t ***l_59[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
            int16_t *l_69 = &g_70;
            uint16_t *l_80 = &g_81;
            uint32_t *l_83 = (void*)0;
            uint32_t *l_84[4][5] = {{&g_18,(void*)0,&g_18,(void*)0,&g_18},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_18,(void*)0,&g_18,(void*)0,&g_18},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
            int i, j;
            l_61 = ((*l_57) = ((*l_56) = ((safe_mod_func_int8_t_s_s(((((&p_31 != &p_32) || 0xE0C2DF100F83BF0BLL) > (safe_lshift_func_uint16_t_u_s(0x9320L, g_19[l_45]))) < g_19[l_45]), 2L)) , l_55)));
            for (g_18 = 0; (g_18 <= 2); g_18 += 1)
            { /* block id: 25 */
                uint8_t *l_62 = &g_34[0];
                return l_62;
            }
            for (g_18 = 0; (g_18 <= 0); g_18 += 1)
            { /* block id: 30 */
                return &g_34[0];
            }
            g_86 ^= ((l_85 = (((safe_div_func_uint8_t_u_u((*p_31), ((((g_19[l_45]++) , ((((safe_sub_func_int16_t_s_s(((*l_69) = (-1L)), (safe_rshift_func_uint16_t_u_s((((*l_80) = (g_34[0] , ((((safe_lshift_func_uint16_t_u_u((l_79[1][0][0] = ((((l_75[1] , (safe_unary_minus_func_int64_t_s(((l_77 , (void*)0) == l_78)))) , (void*)0) == &g_34[1]) , g_18)), 13)) , (void*)0) != l_43[0]) & 0x87A905BEA6296EF6LL))) & (***l_57)), 4)))) ^ l_75[2]) | g_82) < g_34[1])) ^ (*p_31)) && (***l_56)))) , 0xF0BBFFD3L) < (**l_58))) || 0x03D6E0AFL);
        }
        g_82 |= (((safe_lshift_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s(g_48[1][1][0], ((&g_86 != &g_34[0]) , (((((safe_add_func_uint8_t_u_u(g_25.f0, (safe_sub_func_uint16_t_u_u((l_79[1][0][0] > 0x023CL), 5UL)))) , (void*)0) != &g_70) , (**l_55)) != l_85)))), 1)) , 0x2784L) & (**l_55));
        ++l_97;
    }
    for (g_70 = 0; (g_70 >= 25); g_70 = safe_add_func_uint16_t_u_u(g_70, 4))
    { /* block id: 45 */
        uint32_t l_108 = 18446744073709551611UL;
        uint8_t *l_109 = &g_34[1];
        int32_t *l_112[1];
        uint16_t *l_117 = &g_81;
        int16_t *l_154 = &g_70;
        int i;
        for (i = 0; i < 1; i++)
            l_112[i] = &l_45;
    }
    return l_127;
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
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_19[i], "g_19[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_25.f0, "g_25.f0", print_hash_value);
    transparent_crc(g_25.f1, "g_25.f1", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_34[i], "g_34[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_44, "g_44", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_48[i][j][k], "g_48[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_70, "g_70", print_hash_value);
    transparent_crc(g_81, "g_81", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_126[i], "g_126[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_148[i][j], "g_148[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc(g_172, "g_172", print_hash_value);
    transparent_crc(g_251, "g_251", print_hash_value);
    transparent_crc(g_300, "g_300", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 120
XXX total union variables: 5

XXX max expression depth: 32
breakdown:
   depth: 1, occurrence: 70
   depth: 2, occurrence: 18
   depth: 4, occurrence: 1
   depth: 6, occurrence: 2
   depth: 8, occurrence: 1
   depth: 10, occurrence: 1
   depth: 11, occurrence: 2
   depth: 12, occurrence: 2
   depth: 13, occurrence: 1
   depth: 14, occurrence: 1
   depth: 16, occurrence: 1
   depth: 17, occurrence: 3
   depth: 18, occurrence: 1
   depth: 20, occurrence: 2
   depth: 22, occurrence: 1
   depth: 25, occurrence: 1
   depth: 27, occurrence: 1
   depth: 30, occurrence: 1
   depth: 32, occurrence: 1

XXX total number of pointers: 83

XXX times a variable address is taken: 115
XXX times a pointer is dereferenced on RHS: 36
breakdown:
   depth: 1, occurrence: 16
   depth: 2, occurrence: 17
   depth: 3, occurrence: 3
XXX times a pointer is dereferenced on LHS: 61
breakdown:
   depth: 1, occurrence: 48
   depth: 2, occurrence: 12
   depth: 3, occurrence: 1
XXX times a pointer is compared with null: 4
XXX times a pointer is compared with address of another variable: 2
XXX times a pointer is compared with another pointer: 2
XXX times a pointer is qualified to be dereferenced: 1555

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 120
   level: 2, occurrence: 62
   level: 3, occurrence: 8
XXX number of pointers point to pointers: 28
XXX number of pointers point to scalars: 55
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 15.7
XXX average alias set size: 1.22

XXX times a non-volatile is read: 364
XXX times a non-volatile is write: 206
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 2

XXX stmts: 75
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 15
   depth: 1, occurrence: 11
   depth: 2, occurrence: 18
   depth: 3, occurrence: 31

XXX percentage a fresh-made variable is used: 17.5
XXX percentage an existing variable is used: 82.5
********************* end of statistics **********************/

