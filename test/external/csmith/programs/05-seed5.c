/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 5 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      5
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
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
static int8_t safe_div_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint64_t safe_mod_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a % b); }
static uint8_t safe_mod_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int32_t safe_unary_minus_func_int32_t_s(int32_t a) { return (a == (-2147483647 - 1)) ? a : (int32_t)-a; }
static uint16_t safe_unary_minus_func_uint16_t_u(uint16_t a) { return (uint16_t)(0u - (uint32_t)a); }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   int16_t  f0;
   uint16_t  f1;
};

struct S1 {
   int8_t  f0;
   uint64_t  f1;
   int8_t  f2;
   const uint16_t  f3;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = (-1L);
static uint64_t g_5[3] = {0x92443250E6DA5043LL,0x92443250E6DA5043LL,0x92443250E6DA5043LL};
static int32_t g_6 = 0xF90EDCADL;
static const struct S0 g_17[3][2] = {{{0xCFD6L,6UL},{0xCFD6L,6UL}},{{0xCFD6L,6UL},{0xCFD6L,6UL}},{{0xCFD6L,6UL},{0xCFD6L,6UL}}};
static int64_t g_33 = 0x7B1AA435C5265879LL;
static int32_t g_49[1][4][5] = {{{7L,7L,0x98C3D34EL,0xE48991CDL,0x98C3D34EL},{0x8F60F1B6L,0x8F60F1B6L,(-3L),0L,(-3L)},{7L,7L,0x98C3D34EL,0xE48991CDL,0x98C3D34EL},{0x8F60F1B6L,0x8F60F1B6L,(-3L),0L,(-3L)}}};
static uint16_t g_53 = 0x1FF3L;
static int8_t g_60 = 0x24L;
static int8_t g_62 = 1L;
static int32_t g_84 = (-4L);
static int32_t *g_86 = &g_84;
static uint32_t g_98 = 0x3724DDD4L;
static uint64_t g_115 = 0x82127F58F69C2BC1LL;
static const int32_t g_131[5] = {0L,0L,0L,0L,0L};
static uint8_t g_133 = 0x72L;
static struct S1 g_137[2][5] = {{{0xCCL,0x7245343E278FAA54LL,-1L,0x93BAL},{0xCCL,0x7245343E278FAA54LL,-1L,0x93BAL},{0xCCL,0x7245343E278FAA54LL,-1L,0x93BAL},{0xCCL,0x7245343E278FAA54LL,-1L,0x93BAL},{0xCCL,0x7245343E278FAA54LL,-1L,0x93BAL}},{{0x29L,18446744073709551613UL,0x0EL,0UL},{0xF1L,0xF6FF76FE41880D0CLL,-1L,0x9DF1L},{0x29L,18446744073709551613UL,0x0EL,0UL},{0xF1L,0xF6FF76FE41880D0CLL,-1L,0x9DF1L},{0x29L,18446744073709551613UL,0x0EL,0UL}}};
static struct S1 g_139 = {0xD2L,18446744073709551615UL,0xE2L,1UL};
static uint32_t g_157[3][4] = {{0xAEF97A49L,0xAEF97A49L,0x8F3143B9L,4294967295UL},{0x793FF94CL,0xAEF97A49L,0x793FF94CL,0x8F3143B9L},{0x793FF94CL,0x8F3143B9L,0x8F3143B9L,0x793FF94CL}};
static int32_t **g_182 = &g_86;
static int64_t g_215[1] = {0L};
static int32_t * const * const g_242 = &g_86;
static int32_t * const * const * const g_241 = &g_242;
static int32_t * const * const * const *g_240 = &g_241;
static int64_t g_285[2][1] = {{0x6110FC685E4DA2ECLL},{0x6110FC685E4DA2ECLL}};
static const int16_t g_297 = 0L;
static const int32_t *g_305 = (void*)0;
static uint64_t g_342 = 0x205A4E5D210BA1ACLL;
static struct S1 g_397[4] = {{1L,18446744073709551609UL,0x89L,4UL},{1L,18446744073709551609UL,0x89L,4UL},{1L,18446744073709551609UL,0x89L,4UL},{1L,18446744073709551609UL,0x89L,4UL}};
static struct S1 *g_412 = &g_397[2];
static struct S1 **g_411 = &g_412;
static int16_t g_414 = 2L;


/* --- FORWARD DECLARATIONS --- */
static int16_t  func_1(void);
static int32_t  func_7(uint16_t  p_8, uint64_t  p_9, int8_t  p_10);
static uint64_t  func_11(const struct S0  p_12, struct S1  p_13, int16_t  p_14, int32_t  p_15, struct S1  p_16);
static int16_t  func_19(uint16_t  p_20, uint64_t  p_21, int32_t  p_22, uint32_t  p_23, int64_t  p_24);
static int32_t  func_29(uint64_t  p_30);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_6 g_411 g_49
 * writes: g_2 g_6 g_412 g_33 g_157
 */
static int16_t  func_1(void)
{ /* block id: 0 */
    struct S1 l_18 = {0x81L,0x2DEF906D8BC0D133LL,7L,0x8DDAL};
    uint16_t l_36 = 0xC32CL;
    int32_t *l_421[2];
    int32_t l_422 = 0x72DB749BL;
    int8_t l_423 = 0x0AL;
    uint32_t l_424 = 0x7854A81DL;
    int i;
    for (i = 0; i < 2; i++)
        l_421[i] = &g_49[0][3][2];
    for (g_2 = 0; (g_2 == 21); g_2 = safe_add_func_uint16_t_u_u(g_2, 9))
    { /* block id: 3 */
        int32_t l_35 = 0xA6CE2E7CL;
        for (g_6 = 0; (g_6 <= 2); g_6 += 1)
        { /* block id: 6 */
            int64_t *l_31 = (void*)0;
            int64_t *l_32[1];
            int32_t l_34 = 0x3F85024DL;
            uint64_t *l_341[3][5] = {{&g_137[1][1].f1,&g_137[1][1].f1,&g_137[1][1].f1,&g_137[1][1].f1,&g_137[1][1].f1},{&g_342,&g_342,&g_342,&g_342,&g_342},{&g_137[1][1].f1,&g_137[1][1].f1,&g_137[1][1].f1,&g_137[1][1].f1,&g_137[1][1].f1}};
            int32_t *l_419 = (void*)0;
            int32_t l_420 = 0x5AE59C1DL;
            int i, j;
            for (i = 0; i < 1; i++)
                l_32[i] = &g_33;
        }
        if (l_18.f0)
            break;
    }
    (*g_411) = &l_18;
    for (g_33 = 0; g_33 < 3; g_33 += 1)
    {
        for (l_18.f2 = 0; l_18.f2 < 4; l_18.f2 += 1)
        {
            g_157[g_33][l_18.f2] = 0xA539418AL;
        }
    }
    l_424--;
    return g_49[0][0][4];
}


/* ------------------------------------------ */
/* 
 * reads : g_139.f0 g_60 g_53 g_62 g_49 g_137.f1 g_342 g_17 g_139.f2 g_84 g_5 g_397.f0 g_2 g_411
 * writes: g_139.f0 g_60 g_53 g_49 g_285 g_139.f2 g_84 g_397.f0 g_5
 */
static int32_t  func_7(uint16_t  p_8, uint64_t  p_9, int8_t  p_10)
{ /* block id: 173 */
    int32_t *l_343 = &g_49[0][2][1];
    int64_t * const l_386 = (void*)0;
    struct S1 *l_410[3][2] = {{&g_137[1][3],&g_137[1][3]},{&g_137[1][3],&g_137[1][3]},{&g_137[1][3],&g_137[1][3]}};
    struct S1 **l_409 = &l_410[1][0];
    int i, j;
lbl_418:
    for (g_139.f0 = 0; (g_139.f0 >= 0); g_139.f0 -= 1)
    { /* block id: 176 */
        int32_t *l_344 = &g_49[0][2][1];
        l_344 = l_343;
        for (g_60 = 0; (g_60 <= 0); g_60 += 1)
        { /* block id: 180 */
            uint16_t *l_351 = &g_53;
            int32_t l_354[3][4] = {{0x6B02EC37L,0x6B02EC37L,0x6B02EC37L,0x6B02EC37L},{0x6B02EC37L,0x6B02EC37L,0x6B02EC37L,0x6B02EC37L},{0x6B02EC37L,0x6B02EC37L,0x6B02EC37L,0x6B02EC37L}};
            int32_t **l_376[4];
            int32_t l_392[5];
            int i, j;
            for (i = 0; i < 4; i++)
                l_376[i] = &g_86;
            for (i = 0; i < 5; i++)
                l_392[i] = 0xCDA24C8AL;
            if (((((safe_add_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_u((safe_mul_func_int16_t_s_s((p_8 | ((*l_351) &= p_8)), 1L)), (9UL == ((((((p_8 , 0xE4AC5E38L) | p_8) ^ p_8) >= l_354[0][0]) || g_62) >= 1UL)))) , g_53), (-1L))) > (*l_344)) >= (-10L)) , (*l_344)))
            { /* block id: 182 */
                int32_t l_373 = 0x3DC1E375L;
                int32_t * const l_374 = (void*)0;
                int32_t **l_375 = &l_344;
                int32_t ***l_377 = &l_376[3];
                int64_t *l_388 = (void*)0;
                int64_t **l_387 = &l_388;
                uint16_t l_389[4][4][1] = {{{0xEECCL},{9UL},{0xEECCL},{9UL}},{{0xEECCL},{9UL},{0xEECCL},{9UL}},{{0xEECCL},{9UL},{0xEECCL},{9UL}},{{0xEECCL},{9UL},{0xEECCL},{9UL}}};
                uint8_t l_390 = 0x38L;
                int8_t *l_391 = &g_139.f2;
                int i, j, k;
                g_49[0][0][0] = (safe_mul_func_int8_t_s_s((safe_mod_func_uint8_t_u_u(((safe_unary_minus_func_uint32_t_u((((safe_add_func_uint16_t_u_u((safe_sub_func_int64_t_s_s(g_137[1][1].f1, (safe_div_func_uint16_t_u_u(((((~p_10) || p_8) != (safe_lshift_func_uint16_t_u_s(((safe_div_func_int32_t_s_s((safe_div_func_int64_t_s_s((p_10 , (-2L)), p_9)), p_9)) < 0xDA0B34B949FB503ALL), p_10))) == g_342), p_8)))), (*l_343))) || p_10) >= 0x986CL))) ^ l_373), l_373)), 0UL));
                (*l_375) = l_374;
                (*l_377) = l_376[3];
                (*l_343) = (p_10 && (safe_sub_func_int8_t_s_s(p_8, (g_17[0][1] , ((*l_391) ^= (((g_285[(g_139.f0 + 1)][g_139.f0] = (safe_mod_func_uint64_t_u_u((safe_add_func_uint16_t_u_u((safe_mul_func_int16_t_s_s((l_386 != ((*l_387) = &g_285[0][0])), l_389[2][3][0])), 0x8AA5L)), g_17[2][0].f1))) | l_390) == 0L))))));
            }
            else
            { /* block id: 190 */
                return l_392[3];
            }
            return p_8;
        }
    }
    (*l_343) = (p_9 != (*l_343));
    for (g_84 = 0; (g_84 < 25); g_84++)
    { /* block id: 199 */
        struct S1 *l_395 = (void*)0;
        int32_t l_398 = 0xABF24ED6L;
        const int8_t *l_401[5][4] = {{&g_60,&g_139.f2,&g_139.f2,&g_60},{&g_139.f2,&g_60,&g_60,&g_60},{&g_139.f2,&g_60,&g_139.f2,(void*)0},{&g_60,&g_60,(void*)0,(void*)0},{&g_60,&g_60,&g_397[3].f0,&g_60}};
        struct S0 l_415 = {0x426AL,4UL};
        int i, j;
        for (p_10 = 0; (p_10 >= 0); p_10 -= 1)
        { /* block id: 202 */
            struct S1 *l_396 = &g_397[3];
            int32_t l_405 = 1L;
            int32_t l_407 = 0x075E4D4FL;
            int16_t *l_413[2][4] = {{&g_414,&g_414,&g_414,&g_414},{&g_414,&g_414,&g_414,&g_414}};
            int i, j;
            l_396 = l_395;
            for (g_60 = 0; (g_60 >= 0); g_60 -= 1)
            { /* block id: 206 */
                int8_t *l_406 = &g_397[3].f0;
                struct S1 **l_408 = &l_395;
                int i, j, k;
                l_398 &= (g_5[(p_10 + 2)] , g_5[(p_10 + 2)]);
                if (g_5[(g_60 + 2)])
                    break;
                l_407 ^= (safe_mul_func_uint8_t_u_u((0xA6L > ((void*)0 != l_401[4][3])), ((!((*l_406) &= ((l_405 = ((safe_lshift_func_int16_t_s_u(g_5[p_10], 5)) == (g_49[g_60][(p_10 + 2)][(g_60 + 1)] == 0x2C3EL))) , g_49[g_60][(p_10 + 2)][(g_60 + 2)]))) ^ 1UL)));
                (*l_343) = (0xE7C8L || (((((*l_408) = l_395) == l_396) , ((g_5[(p_10 + 2)] = 0UL) && g_49[p_10][(p_10 + 1)][(p_10 + 3)])) > g_49[g_60][(p_10 + 2)][(g_60 + 2)]));
            }
            if (((l_405 &= (g_2 || (((l_409 == g_411) && g_49[0][2][1]) ^ (*l_343)))) ^ p_10))
            { /* block id: 217 */
                struct S0 *l_416 = (void*)0;
                struct S0 *l_417[1][1][2];
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                    {
                        for (k = 0; k < 2; k++)
                            l_417[i][j][k] = (void*)0;
                    }
                }
                l_415 = l_415;
                if (l_415.f0)
                    break;
                if ((*l_343))
                    break;
                (*l_409) = (*l_409);
            }
            else
            { /* block id: 222 */
                return p_8;
            }
        }
    }
    if (g_60)
        goto lbl_418;
    return (*l_343);
}


/* ------------------------------------------ */
/* 
 * reads : g_17.f0 g_86 g_2 g_84 g_98 g_5 g_131 g_53 g_33 g_137.f3 g_133 g_139.f1 g_115 g_139.f2 g_62 g_6 g_182 g_157 g_49 g_137.f1 g_137 g_60 g_240 g_215 g_139.f0 g_242 g_285 g_241
 * writes: g_115 g_133 g_98 g_157 g_60 g_49 g_84 g_182 g_33 g_86 g_139.f2 g_139.f1 g_305 g_53
 */
static uint64_t  func_11(const struct S0  p_12, struct S1  p_13, int16_t  p_14, int32_t  p_15, struct S1  p_16)
{ /* block id: 63 */
    int32_t **l_107 = &g_86;
    uint64_t *l_114[3];
    int32_t *l_116 = (void*)0;
    struct S1 *l_136 = &g_137[1][1];
    struct S1 *l_138[5][2];
    uint32_t l_142 = 0UL;
    uint32_t *l_143 = &g_98;
    uint64_t *l_153 = &g_137[1][1].f1;
    uint64_t **l_152 = &l_153;
    const uint64_t *l_154 = &g_115;
    int8_t l_155 = (-1L);
    uint32_t *l_156 = &g_157[2][0];
    uint8_t *l_158 = (void*)0;
    uint8_t *l_159 = &g_133;
    struct S0 l_177[3] = {{1L,0x1D22L},{1L,0x1D22L},{1L,0x1D22L}};
    int32_t l_234 = 0x361CFB7FL;
    const int32_t *l_251 = (void*)0;
    int8_t l_274 = 0xBEL;
    int32_t l_278[4];
    const int32_t l_295 = 0x65370F3BL;
    int64_t *l_317 = (void*)0;
    int64_t **l_316 = &l_317;
    int64_t *l_319 = &g_215[0];
    int64_t **l_318 = &l_319;
    int i, j;
    for (i = 0; i < 3; i++)
        l_114[i] = &g_115;
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 2; j++)
            l_138[i][j] = &g_139;
    }
    for (i = 0; i < 4; i++)
        l_278[i] = 0x72CB4935L;
    if ((p_15 = ((((((l_107 == ((g_115 = (safe_div_func_uint16_t_u_u((((safe_mul_func_uint16_t_u_u(g_17[2][0].f0, ((*g_86) , ((safe_div_func_int16_t_s_s((**l_107), (**l_107))) || p_13.f1)))) ^ (-2L)) > (*g_86)), g_98))) , l_107)) >= (**l_107)) <= (**l_107)) > 0L) , g_5[2]) < 0x431FA81EL)))
    { /* block id: 66 */
        uint8_t l_125 = 255UL;
        const int32_t *l_129 = (void*)0;
        const int32_t **l_128[5] = {&l_129,&l_129,&l_129,&l_129,&l_129};
        const int32_t *l_130 = &g_131[2];
        uint8_t *l_132 = &g_133;
        int32_t l_134 = 0L;
        int i;
        l_134 ^= (safe_mod_func_uint64_t_u_u(g_84, (safe_lshift_func_uint16_t_u_s((safe_mul_func_uint16_t_u_u((safe_div_func_int8_t_s_s(l_125, ((*l_132) = (((l_125 <= (g_84 > ((((((((((safe_sub_func_uint32_t_u_u(((l_130 = &g_49[0][1][4]) == &p_15), g_131[3])) >= (*g_86)) , p_16.f1) , 0x7B8CDD75L) , 1UL) > p_16.f0) | 0xA47E73ABL) ^ p_12.f0) && (*g_86)) , p_16.f3))) , (**l_107)) , (**l_107))))), 0x6680L)), g_53))));
        if (p_16.f3)
            goto lbl_135;
    }
    else
    { /* block id: 70 */
lbl_135:
        p_15 = (g_5[1] < g_98);
        l_138[1][1] = l_136;
        g_84 = (g_49[0][2][1] = (safe_mod_func_uint32_t_u_u(((*l_143) = l_142), (safe_lshift_func_int8_t_s_u((((-4L) < (safe_add_func_int8_t_s_s((p_13.f2 ^= (g_60 = (((*l_156) = ((p_12.f0 && (p_16.f0 && ((safe_rshift_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_u((((*l_152) = (l_114[2] = &g_115)) != l_154), l_155)) == (**l_107)), g_33)) , g_33))) == 0xF0C8DDAE6AD3C435LL)) || p_14))), (**l_107)))) <= 0x18C2L), g_137[1][1].f3)))));
    }
    if (((--(*l_159)) || 0xEDL))
    { /* block id: 84 */
        int32_t l_165[2];
        int64_t *l_176[1][1][3];
        struct S0 *l_178 = &l_177[1];
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_165[i] = (-1L);
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
            {
                for (k = 0; k < 3; k++)
                    l_176[i][j][k] = &g_33;
            }
        }
        (*l_178) = ((((((((safe_rshift_func_uint8_t_u_s((~((l_165[1] , (((safe_unary_minus_func_uint8_t_u(((((safe_sub_func_int64_t_s_s((safe_add_func_int32_t_s_s(((((safe_lshift_func_uint8_t_u_s((+(p_13.f2 = ((safe_lshift_func_int8_t_s_u(g_5[0], 7)) ^ (&g_33 != l_176[0][0][1])))), p_16.f2)) , (**l_107)) & g_5[1]) && g_2), g_139.f1)), 0xEB5BA54898515593LL)) , (**l_107)) != p_12.f1) || 5UL))) & p_16.f2) != p_13.f3)) & 0x83L)), g_115)) , l_165[1]) >= (-5L)) , g_139.f2) && p_16.f2) , p_15) & 0x48B3L) , l_177[2]);
    }
    else
    { /* block id: 87 */
        int16_t l_191 = 0x5387L;
        int32_t l_200 = 0x4969E898L;
        int32_t l_216 = (-1L);
        int32_t ***l_239 = &l_107;
        int32_t ****l_238 = &l_239;
        uint8_t *l_273[4];
        int i;
        for (i = 0; i < 4; i++)
            l_273[i] = &g_133;
        for (p_15 = 7; (p_15 >= (-2)); p_15 = safe_sub_func_uint32_t_u_u(p_15, 7))
        { /* block id: 90 */
            int32_t ***l_181[3];
            uint64_t l_231 = 18446744073709551609UL;
            int i;
            for (i = 0; i < 3; i++)
                l_181[i] = (void*)0;
            g_182 = &g_86;
            if ((**l_107))
            { /* block id: 92 */
                int64_t *l_196 = &g_33;
                int32_t l_199 = 0x28289208L;
                uint16_t *l_205 = &l_177[2].f1;
                int64_t *l_214[2][5][3] = {{{(void*)0,&g_215[0],(void*)0},{&g_215[0],&g_215[0],&g_215[0]},{&g_215[0],&g_215[0],&g_215[0]},{(void*)0,&g_215[0],&g_215[0]},{&g_215[0],&g_215[0],&g_215[0]}},{{(void*)0,&g_215[0],(void*)0},{&g_215[0],&g_215[0],&g_215[0]},{&g_215[0],&g_215[0],&g_215[0]},{(void*)0,&g_215[0],&g_215[0]},{&g_215[0],&g_215[0],&g_215[0]}}};
                int i, j, k;
                l_200 = ((253UL != ((safe_sub_func_uint8_t_u_u(0x99L, ((safe_add_func_int16_t_s_s((safe_mod_func_int8_t_s_s((safe_div_func_int32_t_s_s((l_191 = 0L), ((safe_add_func_int64_t_s_s(((((*l_196) = g_62) && (safe_rshift_func_int16_t_s_s((0L & p_16.f2), 4))) , 0x90DC9CCB98C823E5LL), 0xE0AAE0DD45D5CCFCLL)) | p_13.f3))), l_199)), g_6)) , 8UL))) ^ 0x6721L)) || g_137[1][1].f3);
                if (p_13.f2)
                    break;
                l_216 ^= ((((**g_182) , (safe_mod_func_int16_t_s_s((safe_sub_func_int16_t_s_s(((p_13.f1 || ((*l_205)++)) == (p_16.f1 > (safe_mod_func_int32_t_s_s((safe_mod_func_int32_t_s_s(((((g_33 == (l_199 = p_13.f1)) < (**g_182)) || 0UL) == g_157[2][0]), p_12.f1)), g_49[0][0][3])))), g_133)), 0xEBB8L))) , (**g_182)) && l_200);
            }
            else
            { /* block id: 100 */
                struct S0 *l_217 = &l_177[1];
                int16_t *l_232 = &l_177[2].f0;
                int32_t l_233 = 7L;
                (*l_217) = l_177[1];
                l_234 ^= ((((safe_lshift_func_int8_t_s_u(g_137[1][1].f1, ((safe_mul_func_int8_t_s_s((safe_sub_func_uint32_t_u_u((safe_mul_func_int16_t_s_s(((*l_232) = ((g_137[1][3] , (**l_107)) , (safe_mod_func_uint16_t_u_u((safe_unary_minus_func_uint16_t_u((safe_sub_func_int32_t_s_s(((0xB2L || (0x1C5C8A03L && l_231)) > p_15), p_13.f3)))), 65531UL)))), p_16.f2)), l_233)), l_216)) >= p_16.f2))) , l_200) || g_5[2]) >= (**l_107));
            }
            if (l_191)
                continue;
            if (p_12.f1)
            { /* block id: 106 */
                struct S0 *l_235 = &l_177[2];
                (*l_235) = p_12;
                return p_13.f2;
            }
            else
            { /* block id: 109 */
                (*l_107) = (*g_182);
                return g_60;
            }
        }
        if (((((safe_mul_func_int8_t_s_s(((g_137[0][3] , l_238) == g_240), ((0xB7L | g_215[0]) , (***l_239)))) , &g_17[2][0]) == (void*)0) || p_14))
        { /* block id: 114 */
            uint8_t l_265 = 0x1CL;
            int32_t l_272 = 0L;
            for (g_139.f2 = (-21); (g_139.f2 < 24); g_139.f2++)
            { /* block id: 117 */
                const int32_t *l_246[1];
                const int32_t **l_245 = &l_246[0];
                const int32_t **l_247 = (void*)0;
                const int32_t **l_248 = (void*)0;
                const int32_t *l_250 = &g_2;
                const int32_t **l_249[2][1][5] = {{{&l_250,&l_250,&l_250,&l_250,&l_250}},{{&l_250,&l_250,&l_250,&l_250,&l_250}}};
                int i, j, k;
                for (i = 0; i < 1; i++)
                    l_246[i] = &g_131[0];
                l_251 = ((*l_245) = (*g_182));
            }
            for (g_84 = 0; (g_84 <= 0); g_84 += 1)
            { /* block id: 123 */
                int i;
                g_49[0][2][1] &= (g_215[g_84] & ((*l_143) ^= (safe_add_func_uint64_t_u_u((safe_mod_func_int64_t_s_s(((((safe_add_func_uint8_t_u_u(((safe_unary_minus_func_uint64_t_u(g_33)) , (safe_add_func_uint64_t_u_u(((safe_lshift_func_int16_t_s_s(((safe_mod_func_uint32_t_u_u(((l_265 , (((safe_div_func_uint8_t_u_u((safe_sub_func_int8_t_s_s(((safe_add_func_uint64_t_u_u((l_272 = (****l_238)), ((g_115 , g_139.f0) > p_14))) ^ 0x81L), 0x06L)), g_215[g_84])) , 5L) , (void*)0)) == l_273[2]), l_274)) | g_157[2][1]), 6)) > p_16.f3), g_215[0]))), 0x45L)) , 0x60L) <= p_15) > p_13.f1), (***l_239))), 4UL))));
            }
            for (l_216 = 0; (l_216 < (-17)); l_216 = safe_sub_func_uint16_t_u_u(l_216, 2))
            { /* block id: 130 */
                int32_t *l_277[5];
                struct S0 *l_279 = (void*)0;
                struct S0 *l_280 = &l_177[0];
                int16_t *l_288[5] = {&l_177[2].f0,&l_177[2].f0,&l_177[2].f0,&l_177[2].f0,&l_177[2].f0};
                const int16_t *l_296 = &g_297;
                struct S0 **l_298 = &l_280;
                int i;
                for (i = 0; i < 5; i++)
                    l_277[i] = &g_49[0][2][1];
                g_49[0][2][0] = ((***l_239) , p_16.f3);
                l_278[0] = (**g_242);
                (*l_280) = p_12;
                (*l_298) = ((safe_lshift_func_int16_t_s_s(((((safe_add_func_uint32_t_u_u((g_285[1][0] < (((safe_mul_func_int16_t_s_s((p_14 = 0xC4D8L), ((l_296 = ((safe_add_func_int16_t_s_s(((safe_add_func_int32_t_s_s((safe_lshift_func_uint8_t_u_u(((g_137[1][1].f3 || (l_295 | (**l_107))) == p_16.f3), 2)), 0L)) | g_53), (-9L))) , (void*)0)) == (void*)0))) & p_12.f0) > 0x948B2F7F30CB5C31LL)), g_49[0][1][1])) & p_16.f2) != (-5L)) && g_6), g_17[2][0].f0)) , (void*)0);
            }
        }
        else
        { /* block id: 138 */
            uint8_t l_301[5] = {0x85L,0x85L,0x85L,0x85L,0x85L};
            int i;
            for (g_139.f1 = 8; (g_139.f1 < 28); g_139.f1 = safe_add_func_int32_t_s_s(g_139.f1, 5))
            { /* block id: 141 */
                const int32_t **l_304 = &l_251;
                l_301[1]--;
                g_305 = ((*l_304) = (void*)0);
                p_15 = l_301[0];
            }
        }
    }
    if ((((safe_rshift_func_uint8_t_u_s((++g_133), 1)) & ((safe_div_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s((safe_sub_func_uint64_t_u_u((((g_53 |= (0xE9L >= (((*l_318) = ((*l_316) = l_114[2])) != ((((safe_div_func_uint8_t_u_u(p_16.f1, (safe_unary_minus_func_int32_t_s((safe_sub_func_uint16_t_u_u((safe_div_func_int16_t_s_s(p_16.f2, 0x3CECL)), (-9L))))))) && 0x76L) , p_13.f2) , &g_285[1][0])))) , 1L) >= g_6), p_13.f0)), g_137[1][1].f0)), (**l_107))) , g_60)) || 1UL))
    { /* block id: 153 */
        return p_14;
    }
    else
    { /* block id: 155 */
        int32_t * const l_331 = &l_234;
        struct S1 **l_336[3];
        uint8_t l_340 = 2UL;
        int i;
        for (i = 0; i < 3; i++)
            l_336[i] = (void*)0;
        l_138[0][0] = ((((safe_mod_func_int32_t_s_s((((safe_sub_func_uint8_t_u_u(1UL, (((*g_182) = &p_15) != l_331))) , ((safe_lshift_func_uint16_t_u_u((safe_div_func_int32_t_s_s((**l_107), (g_115 , 0xB78ED7A2L))), p_12.f0)) | p_12.f1)) , p_12.f0), p_16.f0)) , &l_114[2]) != (void*)0) , (void*)0);
        for (p_14 = 0; (p_14 == 4); p_14 = safe_add_func_int32_t_s_s(p_14, 2))
        { /* block id: 160 */
            for (p_13.f0 = 0; (p_13.f0 <= 1); p_13.f0 += 1)
            { /* block id: 163 */
                int32_t **l_339 = &l_116;
                (*l_339) = (***g_240);
                (**l_339) = l_340;
                (*l_107) = &p_15;
            }
        }
        (*g_182) = (void*)0;
    }
    return p_16.f1;
}


/* ------------------------------------------ */
/* 
 * reads : g_33 g_2 g_6 g_17.f0 g_53 g_62 g_49 g_5 g_86 g_84 g_98 g_17.f1 g_60
 * writes: g_33 g_49 g_53 g_60 g_62 g_86 g_98
 */
static int16_t  func_19(uint16_t  p_20, uint64_t  p_21, int32_t  p_22, uint32_t  p_23, int64_t  p_24)
{ /* block id: 11 */
    uint64_t l_46 = 2UL;
    uint32_t l_47 = 0x125954A4L;
    int32_t *l_48 = &g_49[0][2][1];
    uint16_t *l_52[2][3] = {{&g_53,&g_53,&g_53},{&g_53,&g_53,&g_53}};
    struct S0 l_58 = {0x1663L,9UL};
    int8_t *l_59 = &g_60;
    int8_t *l_61 = &g_62;
    uint8_t l_63 = 0x73L;
    const int32_t ***l_70 = (void*)0;
    int i, j;
    for (g_33 = (-29); (g_33 != 26); ++g_33)
    { /* block id: 14 */
        return g_2;
    }
    (*l_48) = (((safe_rshift_func_uint16_t_u_s(g_6, ((((void*)0 == &g_33) , ((g_33 >= ((safe_div_func_int16_t_s_s((!(safe_mul_func_int8_t_s_s((0x8BF2L > 0xA276L), p_22))), g_6)) , g_17[2][0].f0)) > p_22)) ^ l_46))) || 7UL) <= l_47);
    if (((safe_sub_func_uint8_t_u_u(((g_53 = p_23) > (safe_add_func_uint64_t_u_u(18446744073709551615UL, (1L > (safe_lshift_func_int8_t_s_s((l_63 = (l_58 , (((*l_61) = ((*l_59) = (0xC99BL == 1L))) == 1L))), 5)))))), (-1L))) < 0x254C1C085588CB35LL))
    { /* block id: 22 */
        int32_t **l_64 = &l_48;
        int32_t *l_69 = &g_49[0][2][1];
        (*l_48) = 3L;
        for (g_53 = 0; (g_53 <= 0); g_53 += 1)
        { /* block id: 26 */
            return g_17[2][0].f0;
        }
        (*l_64) = &p_22;
        (*l_69) &= ((**l_64) = (g_17[2][0].f0 , (safe_mul_func_uint8_t_u_u(g_6, (safe_div_func_int8_t_s_s(((p_20 < ((((*l_59) = (*l_48)) || ((-10L) | g_62)) , (**l_64))) ^ (**l_64)), (-1L)))))));
    }
    else
    { /* block id: 33 */
        const int32_t ****l_71 = &l_70;
        int64_t l_78 = 0L;
        int32_t l_79[4];
        int32_t *l_80 = (void*)0;
        int32_t *l_81 = &l_79[2];
        int32_t *l_82 = (void*)0;
        int32_t *l_83[4][1];
        int i, j;
        for (i = 0; i < 4; i++)
            l_79[i] = 1L;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_83[i][j] = &g_84;
        }
        (*l_48) = (*l_48);
        (*l_71) = l_70;
        if ((p_22 &= (p_24 , ((*l_81) = (safe_add_func_uint32_t_u_u(((((safe_div_func_uint16_t_u_u(((*l_48) = ((-1L) >= ((safe_mod_func_int16_t_s_s((g_33 , g_5[2]), l_78)) && g_33))), (-1L))) <= 4294967295UL) == l_79[1]) < g_5[0]), g_33))))))
        { /* block id: 39 */
            int32_t **l_85[5][2][4] = {{{&l_83[1][0],&l_83[1][0],&l_81,&l_82},{&l_82,(void*)0,&l_82,&l_81}},{{&l_82,&l_81,&l_81,&l_82},{&l_83[1][0],&l_81,&l_82,&l_81}},{{&l_81,(void*)0,&l_82,&l_82},{&l_83[1][0],&l_83[1][0],&l_81,&l_82}},{{&l_82,(void*)0,&l_82,&l_81},{&l_82,&l_81,&l_81,&l_82}},{{&l_83[1][0],&l_82,(void*)0,&l_82},{&l_82,&l_83[1][0],(void*)0,(void*)0}}};
            int i, j, k;
            g_86 = &g_2;
            for (l_63 = 0; l_63 < 4; l_63 += 1)
            {
                l_79[l_63] = 0xB1C7CC60L;
            }
            if ((~g_5[2]))
            { /* block id: 42 */
                return p_24;
            }
            else
            { /* block id: 44 */
                return p_22;
            }
        }
        else
        { /* block id: 47 */
            int32_t l_103 = (-1L);
            if ((*g_86))
            { /* block id: 48 */
                return g_53;
            }
            else
            { /* block id: 50 */
                int32_t **l_96 = &l_81;
                uint32_t *l_97 = &g_98;
                uint64_t *l_104 = &l_46;
                (*l_48) = ((safe_lshift_func_int16_t_s_u((((*l_97) ^= (safe_div_func_uint8_t_u_u((safe_mod_func_int16_t_s_s(0xAEB3L, p_22)), ((-8L) && (safe_div_func_uint16_t_u_u((((*l_96) = &l_79[1]) != (void*)0), (*l_48))))))) & p_22), p_21)) <= g_17[2][0].f1);
                (*l_96) = &p_22;
                (**l_96) &= ((*l_48) = ((safe_sub_func_uint64_t_u_u(((*l_104) = ((safe_lshift_func_uint8_t_u_u((g_60 <= l_103), 0)) , ((void*)0 == &g_98))), (safe_add_func_int16_t_s_s((0x3BL ^ g_33), 0x09B5L)))) , (*g_86)));
                return g_5[0];
            }
        }
    }
    return g_17[2][0].f0;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t  func_29(uint64_t  p_30)
{ /* block id: 7 */
    return p_30;
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
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_5[i], "g_5[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_6, "g_6", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_17[i][j].f0, "g_17[i][j].f0", print_hash_value);
            transparent_crc(g_17[i][j].f1, "g_17[i][j].f1", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_33, "g_33", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_49[i][j][k], "g_49[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_98, "g_98", print_hash_value);
    transparent_crc(g_115, "g_115", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_131[i], "g_131[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_133, "g_133", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_137[i][j].f0, "g_137[i][j].f0", print_hash_value);
            transparent_crc(g_137[i][j].f1, "g_137[i][j].f1", print_hash_value);
            transparent_crc(g_137[i][j].f2, "g_137[i][j].f2", print_hash_value);
            transparent_crc(g_137[i][j].f3, "g_137[i][j].f3", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_139.f0, "g_139.f0", print_hash_value);
    transparent_crc(g_139.f1, "g_139.f1", print_hash_value);
    transparent_crc(g_139.f2, "g_139.f2", print_hash_value);
    transparent_crc(g_139.f3, "g_139.f3", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_157[i][j], "g_157[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_215[i], "g_215[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_285[i][j], "g_285[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_297, "g_297", print_hash_value);
    transparent_crc(g_342, "g_342", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_397[i].f0, "g_397[i].f0", print_hash_value);
        transparent_crc(g_397[i].f1, "g_397[i].f1", print_hash_value);
        transparent_crc(g_397[i].f2, "g_397[i].f2", print_hash_value);
        transparent_crc(g_397[i].f3, "g_397[i].f3", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_414, "g_414", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 67
   depth: 1, occurrence: 5
XXX total union variables: 0

XXX max expression depth: 26
breakdown:
   depth: 1, occurrence: 108
   depth: 2, occurrence: 22
   depth: 3, occurrence: 1
   depth: 7, occurrence: 1
   depth: 8, occurrence: 1
   depth: 9, occurrence: 1
   depth: 11, occurrence: 4
   depth: 13, occurrence: 2
   depth: 14, occurrence: 3
   depth: 17, occurrence: 6
   depth: 22, occurrence: 4
   depth: 26, occurrence: 2

XXX total number of pointers: 99

XXX times a variable address is taken: 128
XXX times a pointer is dereferenced on RHS: 46
breakdown:
   depth: 1, occurrence: 19
   depth: 2, occurrence: 22
   depth: 3, occurrence: 4
   depth: 4, occurrence: 1
XXX times a pointer is dereferenced on LHS: 55
breakdown:
   depth: 1, occurrence: 52
   depth: 2, occurrence: 3
XXX times a pointer is compared with null: 3
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 1
XXX times a pointer is qualified to be dereferenced: 635

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 119
   level: 2, occurrence: 65
   level: 3, occurrence: 17
   level: 4, occurrence: 16
XXX number of pointers point to pointers: 32
XXX number of pointers point to scalars: 54
XXX number of pointers point to structs: 13
XXX percent of pointers has null in alias set: 31.3
XXX average alias set size: 1.32

XXX times a non-volatile is read: 384
XXX times a non-volatile is write: 179
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 1

XXX stmts: 105
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 19
   depth: 1, occurrence: 25
   depth: 2, occurrence: 19
   depth: 3, occurrence: 42

XXX percentage a fresh-made variable is used: 16.3
XXX percentage an existing variable is used: 83.7
********************* end of statistics **********************/

