/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1010 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1010
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
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
static int8_t safe_div_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint32_t safe_div_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint32_t  f0;
   uint8_t  f1;
   int32_t  f2;
   uint16_t  f3;
   const int8_t  f4;
};

union U1 {
   int16_t  f0;
   uint64_t  f1;
};

union U2 {
   uint8_t  f0;
};

union U3 {
   int32_t  f0;
   int64_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0x073FF82FL;
static int32_t g_5 = (-4L);
static uint16_t g_8[3] = {0xF3D4L,0xF3D4L,0xF3D4L};
static int32_t g_9 = 0xBE135E1FL;
static struct S0 * const g_10 = (void*)0;
static struct S0 g_17[1][1] = {{{0x945CB81EL,0xA6L,0x84902314L,0xF12AL,1L}}};
static const struct S0 *g_16 = &g_17[0][0];
static union U3 g_37 = {0x7F47073EL};
static int8_t g_46 = 0xDDL;
static int32_t g_66 = 0x570B93D6L;
static uint32_t g_67 = 0xF1BCD962L;
static struct S0 *g_73[3] = {&g_17[0][0],&g_17[0][0],&g_17[0][0]};
static struct S0 **g_72 = &g_73[0];
static const int32_t *g_123 = &g_5;
static const int32_t **g_122 = &g_123;
static const int32_t ***g_121 = &g_122;
static const union U1 g_137 = {0xEDD0L};
static struct S0 g_144 = {0x87100DB3L,0x69L,8L,0x9CF5L,0x37L};
static union U1 g_154 = {-4L};
static int32_t *g_180 = &g_37.f0;
static int32_t **g_179[5] = {&g_180,&g_180,&g_180,&g_180,&g_180};
static union U2 g_199 = {0xF7L};
static union U1 *g_211 = &g_154;
static union U2 *g_220 = (void*)0;
static union U2 **g_219 = &g_220;
static struct S0 g_237 = {0xE9992F74L,0xF0L,8L,0xAADBL,-1L};
static uint16_t **g_319 = (void*)0;
static uint16_t ***g_323 = &g_319;
static uint16_t ****g_322 = &g_323;
static uint16_t ***** const g_321 = &g_322;
static uint16_t *****g_324 = &g_322;
static int64_t g_370 = 0x538CD7117A211342LL;
static int16_t g_393[3][1] = {{1L},{1L},{1L}};
static uint64_t g_420 = 1UL;
static uint32_t g_436 = 5UL;
static int8_t *g_513 = &g_46;
static int8_t **g_512 = &g_513;
static int8_t ***g_511 = &g_512;
static const int8_t **g_516 = (void*)0;
static const int8_t ***g_515 = &g_516;
static struct S0 ***g_546 = (void*)0;
static struct S0 ****g_545 = &g_546;
static struct S0 ****g_549 = &g_546;


/* --- FORWARD DECLARATIONS --- */
static int8_t  func_1(void);
static const int64_t  func_13(const struct S0 * p_14, struct S0 ** p_15);
static struct S0 ** func_18(int32_t  p_19, struct S0 * p_20, struct S0 * p_21, struct S0 * p_22);
static const int16_t  func_25(struct S0 ** p_26, struct S0 * p_27, struct S0 * p_28);
static struct S0 ** func_29(int16_t  p_30, int32_t  p_31, uint16_t  p_32);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_9 g_8 g_10 g_16 g_17.f3 g_37.f0 g_2 g_46 g_5 g_17.f2 g_67 g_72 g_17.f0 g_66 g_121 g_122 g_137 g_17.f1 g_73 g_137.f0 g_144.f3 g_144.f1 g_179 g_180 g_144.f2 g_17 g_219 g_237.f1 g_237.f3 g_144.f0 g_237.f2 g_220 g_199 g_319 g_321 g_154 g_144 g_199.f0 g_370 g_436 g_237.f4 g_322 g_323 g_393 g_511 g_515 g_37 g_545 g_123 g_512 g_513
 * writes: g_2 g_5 g_9 g_46 g_37.f0 g_8 g_17.f2 g_67 g_66 g_123 g_144.f3 g_179 g_144.f1 g_73 g_154.f0 g_211 g_237.f2 g_220 g_154 g_324 g_144.f2 g_370 g_420 g_436 g_219 g_237.f0 g_237.f1 g_322 g_511 g_515 g_393 g_549
 */
static int8_t  func_1(void)
{ /* block id: 0 */
    const int16_t l_33 = 0x2305L;
    struct S0 *l_157 = &g_144;
    uint8_t l_235 = 0x27L;
    union U3 l_364 = {0x05F721C3L};
    int32_t l_365 = (-2L);
    const union U1 l_378 = {2L};
    int32_t l_395 = 0xFA9E28F9L;
    int32_t l_399 = 0L;
    int32_t l_400 = 0L;
    int32_t l_402 = 1L;
    int32_t l_403[2];
    int64_t l_435 = 0x35D422A79D004C0BLL;
    uint16_t *****l_472 = &g_322;
    int64_t *l_479 = (void*)0;
    union U2 l_491[1] = {{0xA3L}};
    union U3 *l_503 = &g_37;
    union U1 **l_537 = (void*)0;
    int i;
    for (i = 0; i < 2; i++)
        l_403[i] = 0xB4F049E5L;
lbl_502:
    for (g_2 = (-30); (g_2 <= (-26)); g_2 = safe_add_func_int64_t_s_s(g_2, 4))
    { /* block id: 3 */
        struct S0 *l_236[2];
        int32_t l_332 = (-10L);
        uint16_t *l_366 = &g_8[0];
        int64_t *l_367 = (void*)0;
        int64_t *l_368 = (void*)0;
        int64_t *l_369 = &g_370;
        const uint32_t l_371 = 0x0532F453L;
        int16_t l_382 = (-2L);
        int32_t l_384 = 0x82B68CC4L;
        int32_t l_386 = (-3L);
        int32_t l_388 = 0L;
        int32_t l_390 = 0xD7E2D0E4L;
        int32_t l_391 = 0L;
        int32_t l_392 = (-1L);
        int32_t l_394 = 0xE09FF478L;
        int32_t l_396 = 0x5C9F013AL;
        int32_t l_397 = 0xB1F371A8L;
        int32_t l_398 = 4L;
        int32_t l_401 = 0xA972CC96L;
        int32_t l_404 = 0L;
        int32_t l_405 = 0x39DE4035L;
        int32_t l_407 = 0xD132825DL;
        int32_t l_408 = 0x257A685BL;
        int32_t l_409 = 0L;
        int32_t l_410[1];
        uint64_t l_422 = 1UL;
        int i;
        for (i = 0; i < 2; i++)
            l_236[i] = &g_237;
        for (i = 0; i < 1; i++)
            l_410[i] = 0x6B4E3119L;
        for (g_5 = (-16); (g_5 != 20); ++g_5)
        { /* block id: 6 */
            struct S0 *l_12 = (void*)0;
            struct S0 **l_11 = &l_12;
            int32_t l_342 = (-1L);
            int32_t l_343 = 0x81E8CD3DL;
            for (g_9 = 0; (g_9 <= 2); g_9 += 1)
            { /* block id: 9 */
                int i;
                return g_8[g_9];
            }
            (*l_11) = g_10;
            (*g_180) = ((0x7EA0D018D303F024LL & func_13(g_16, func_18(((safe_div_func_int8_t_s_s((func_25(func_29(((-5L) > l_33), g_9, g_17[0][0].f3), (*g_72), l_157) >= (-1L)), l_235)) , 0L), l_157, l_157, l_236[1]))) , l_332);
            (*g_180) |= ((safe_lshift_func_uint8_t_u_u(((g_46 = (~(((safe_sub_func_uint16_t_u_u(l_332, (safe_div_func_uint64_t_u_u((((safe_add_func_uint16_t_u_u(((g_154 , (*l_157)) , 1UL), 8L)) > l_235) || l_332), l_342)))) != l_332) | l_235))) || g_237.f3), 3)) , l_343);
        }
        if (((safe_mul_func_uint16_t_u_u(l_33, ((l_332 | ((safe_mod_func_int64_t_s_s(((*l_369) |= (((safe_mul_func_int8_t_s_s((safe_div_func_int64_t_s_s((((safe_mul_func_uint8_t_u_u((((((((0L >= g_17[0][0].f4) < (l_365 ^= ((safe_add_func_uint8_t_u_u((safe_add_func_uint8_t_u_u((safe_add_func_uint64_t_u_u(((safe_mul_func_uint8_t_u_u((l_364 , g_5), l_235)) <= l_332), g_199.f0)), l_364.f0)), 0x72L)) < (*g_180)))) != g_144.f2) != 18446744073709551615UL) | l_332) != 0xA6L) >= g_144.f4), 0x2FL)) > g_2) > 0xC63E277B47BBFC8BLL), g_237.f3)), l_332)) , l_366) != (void*)0)), g_5)) <= l_371)) != l_332))) , l_33))
        { /* block id: 220 */
            int16_t l_376 = (-3L);
            int8_t *l_377 = &g_46;
            const struct S0 l_381 = {6UL,0x60L,0xB716601BL,8UL,0xECL};
            int32_t l_387 = (-7L);
            int32_t l_389[5][5][1] = {{{0xE9699562L},{0xE9699562L},{0xAC860469L},{0x9D6186FDL},{1L}},{{0xAC860469L},{1L},{0x9D6186FDL},{0xAC860469L},{0xE9699562L}},{{0xE9699562L},{0xAC860469L},{0x9D6186FDL},{1L},{0xAC860469L}},{{1L},{0x9D6186FDL},{0xAC860469L},{0xE9699562L},{0xE9699562L}},{{0xAC860469L},{0x9D6186FDL},{1L},{0xAC860469L},{1L}}};
            int64_t l_406 = 0x46AF8636E027D985LL;
            union U1 *l_414 = &g_154;
            int i, j, k;
            if (((safe_mul_func_uint8_t_u_u((safe_mod_func_int32_t_s_s((((*l_377) |= l_376) != g_17[0][0].f3), (l_378 , ((l_371 , (safe_mul_func_uint16_t_u_u((((l_381 , g_144.f3) < 0xD1L) , l_381.f4), 0xBE3DL))) ^ 251UL)))), l_382)) | 0UL))
            { /* block id: 222 */
                int16_t l_383 = (-5L);
                return l_383;
            }
            else
            { /* block id: 224 */
                int32_t *l_385[2];
                uint64_t l_411 = 0x7B09ACBA701C12E9LL;
                union U1 **l_415 = &l_414;
                int i;
                for (i = 0; i < 2; i++)
                    l_385[i] = &g_17[0][0].f2;
                if (l_381.f0)
                    break;
                if ((*g_180))
                    break;
                --l_411;
                (*l_415) = l_414;
            }
            (*g_180) |= (l_389[3][1][0] |= l_403[1]);
            return l_381.f2;
        }
        else
        { /* block id: 233 */
            int32_t l_426[3][3][3] = {{{0x962BB8B3L,3L,(-1L)},{0x250D2479L,0x250D2479L,0xC69FF899L},{1L,0L,(-1L)}},{{1L,0x9685FBB2L,0x0AB47427L},{3L,8L,0L},{0x0AB47427L,1L,0x0AB47427L}},{{0L,0x2F4127E0L,(-1L)},{0x962BB8B3L,0x2F4127E0L,0xC69FF899L},{8L,1L,0xA9004A2AL}}};
            int32_t *l_427 = &l_386;
            int32_t *l_428 = &l_395;
            int32_t *l_429 = &l_392;
            int32_t *l_430 = &l_398;
            int32_t *l_431 = &g_237.f2;
            int32_t *l_432 = &l_403[1];
            int32_t *l_433 = &l_332;
            int32_t *l_434[2];
            uint16_t l_446 = 65528UL;
            uint64_t *l_476 = &l_422;
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_434[i] = &l_365;
            for (l_399 = 0; (l_399 <= 2); l_399 += 1)
            { /* block id: 236 */
                uint64_t *l_418 = (void*)0;
                uint64_t *l_419[5] = {&g_154.f1,&g_154.f1,&g_154.f1,&g_154.f1,&g_154.f1};
                int32_t l_421 = 0x98859DBFL;
                int i;
                (*g_180) = (g_370 | (l_396 &= (g_8[l_399] |= ((safe_rshift_func_uint8_t_u_u(((g_237.f3 || ((g_420 = (l_421 |= 0xA087789C42E18E0ELL)) & (++l_422))) < g_2), 4)) < (+((l_426[2][2][2] , l_364.f0) , 0x45BF993CL))))));
            }
            --g_436;
            for (l_402 = 2; (l_402 >= 0); l_402 -= 1)
            { /* block id: 247 */
                union U2 ***l_439 = &g_219;
                struct S0 **l_463 = (void*)0;
                struct S0 **l_464 = &l_236[1];
                int i;
                if (g_8[l_402])
                    break;
                (*g_180) &= (((((*l_439) = &g_220) == &g_220) > 0x5CL) && (safe_add_func_int8_t_s_s(g_8[l_402], (((safe_add_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_s(0xBFL, 3)) < g_8[l_402]), g_237.f4)) & g_8[l_402]) >= (*l_429)))));
                --l_446;
                (*g_180) |= ((*l_433) = (safe_mul_func_uint16_t_u_u(((safe_sub_func_int8_t_s_s((safe_add_func_uint16_t_u_u((*l_431), g_46)), (safe_mul_func_uint16_t_u_u(l_422, ((((*g_72) = g_73[l_402]) != ((*l_464) = ((safe_rshift_func_uint16_t_u_s((safe_mod_func_int64_t_s_s(((*l_369) = (safe_rshift_func_int16_t_s_u((*l_433), 6))), 9L)), g_66)) , &g_17[0][0]))) > l_365))))) > 0xB975L), 0x83FAL)));
            }
            (*l_428) = ((l_404 == (+((safe_add_func_uint32_t_u_u((safe_div_func_uint64_t_u_u((safe_div_func_int8_t_s_s((&g_322 == (g_324 = l_472)), 1L)), ((*l_369) = (safe_lshift_func_uint16_t_u_s(((safe_unary_minus_func_uint64_t_u(((*l_476) = (((void*)0 != (**g_321)) >= g_17[0][0].f0)))) | (-1L)), g_17[0][0].f4))))), 0x469A72E9L)) , 0UL))) , 0L);
        }
    }
    for (g_237.f0 = 0; (g_237.f0 != 40); g_237.f0++)
    { /* block id: 266 */
        uint32_t l_480 = 0UL;
        int16_t l_487 = 0x92D1L;
        uint16_t ****l_489 = &g_323;
        uint16_t ****l_492 = &g_323;
        int32_t l_495 = 0x548C56D4L;
        int8_t l_519 = 0xF6L;
        int32_t l_532 = 0x81B8B417L;
        uint16_t l_533 = 65529UL;
        const union U1 *l_539 = &g_154;
        const union U1 **l_538 = &l_539;
        if ((l_479 == &g_370))
        { /* block id: 267 */
            if (l_480)
                break;
            (*g_180) |= (l_395 || (g_237.f3 || l_402));
        }
        else
        { /* block id: 270 */
            uint16_t l_482[1];
            int i;
            for (i = 0; i < 1; i++)
                l_482[i] = 0xD85EL;
            (*g_180) ^= (+((l_482[0] & l_482[0]) | l_378.f0));
            for (g_2 = 11; (g_2 > 29); g_2 = safe_add_func_int16_t_s_s(g_2, 7))
            { /* block id: 274 */
                (*g_180) &= l_480;
                return g_393[2][0];
            }
            for (g_237.f1 = 0; (g_237.f1 <= 2); g_237.f1 += 1)
            { /* block id: 280 */
                int i;
                (*g_180) = g_8[g_237.f1];
                if (g_8[g_237.f1])
                    continue;
                (*g_219) = (void*)0;
                if ((*g_180))
                    continue;
            }
        }
        if (((safe_div_func_uint64_t_u_u((0x7807L ^ (((*g_180) ^ l_487) != ((l_403[1] = (((void*)0 != &l_364) , l_400)) | 7UL))), l_487)) || 0x95L))
        { /* block id: 288 */
            uint16_t *****l_490 = &l_489;
            int32_t l_493 = 0xA020719BL;
            union U2 l_499 = {0xFFL};
            uint16_t *l_510 = &g_144.f3;
            int8_t ****l_514 = &g_511;
            const int8_t ****l_517 = &g_515;
            uint32_t *l_518 = &g_436;
            int16_t *l_520 = (void*)0;
            int16_t *l_521[4][5] = {{&g_154.f0,&g_154.f0,&l_487,&g_154.f0,&g_154.f0},{&g_393[2][0],&g_154.f0,&g_393[2][0],&g_393[2][0],&g_154.f0},{&g_154.f0,&l_487,&l_487,&g_154.f0,&l_487},{&g_154.f0,&g_154.f0,&g_154.f0,&g_154.f0,&g_154.f0}};
            int32_t *l_522[2];
            int i, j;
            for (i = 0; i < 2; i++)
                l_522[i] = (void*)0;
            if ((safe_unary_minus_func_int64_t_s((((*l_490) = ((*l_472) = l_489)) != (((*l_157) , l_491[0]) , l_492)))))
            { /* block id: 291 */
                return l_493;
            }
            else
            { /* block id: 293 */
                uint32_t l_494[4] = {0x367D935BL,0x367D935BL,0x367D935BL,0x367D935BL};
                uint16_t *l_498 = &g_144.f3;
                int16_t *l_500 = &l_487;
                union U1 *l_501 = (void*)0;
                int i;
                l_495 ^= l_494[3];
                (*g_180) ^= (safe_lshift_func_int16_t_s_s(((*l_500) = ((**g_72) , (l_498 != (l_499 , l_498)))), (l_501 != &g_154)));
            }
            if (g_137.f0)
                goto lbl_502;
            l_503 = &g_37;
            l_495 = ((g_393[1][0] = (safe_mul_func_int16_t_s_s((safe_div_func_uint32_t_u_u(((*l_518) = (safe_lshift_func_int8_t_s_s((((((g_9 || ((*l_510) &= l_487)) | ((*g_180) ^= (((*l_514) = g_511) == ((*l_517) = g_515)))) , ((((0UL && l_495) && g_436) , &g_73[0]) == &g_73[2])) > 0xFA5CL) <= 0x45L), l_495))), l_519)), (-10L)))) , l_403[0]);
        }
        else
        { /* block id: 307 */
            int32_t *l_525 = &l_403[1];
            const int32_t l_551 = (-5L);
            if ((safe_mul_func_uint8_t_u_u(g_17[0][0].f0, g_144.f1)))
            { /* block id: 308 */
                uint8_t l_528 = 5UL;
                (**g_121) = l_525;
                (*l_525) = (0x39L && (safe_mul_func_uint16_t_u_u(65535UL, g_393[1][0])));
                (*g_180) &= l_528;
                (*g_122) = l_525;
            }
            else
            { /* block id: 313 */
                int32_t *l_529 = &l_495;
                int32_t *l_530 = &l_395;
                int32_t *l_531[1];
                union U1 **l_536 = &g_211;
                int i;
                for (i = 0; i < 1; i++)
                    l_531[i] = &g_144.f2;
                --l_533;
                if (g_144.f1)
                    goto lbl_502;
                (*l_536) = (((void*)0 != &g_154) , &g_154);
            }
            (*l_525) &= ((g_37 , l_537) == l_538);
            for (l_395 = (-4); (l_395 != 8); l_395 = safe_add_func_int32_t_s_s(l_395, 6))
            { /* block id: 321 */
                uint8_t l_542 = 250UL;
                struct S0 ****l_548 = &g_546;
                struct S0 *****l_547[1][3][5];
                uint16_t l_550 = 0xE89BL;
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                    {
                        for (k = 0; k < 5; k++)
                            l_547[i][j][k] = &l_548;
                    }
                }
                l_542--;
                (**g_121) = ((g_545 != (g_549 = &g_546)) , (*g_122));
                (*l_525) &= (l_550 < ((void*)0 == &l_495));
                if (l_551)
                    continue;
            }
            if ((*l_525))
                break;
        }
    }
    return (**g_512);
}


/* ------------------------------------------ */
/* 
 * reads : g_180 g_121 g_122 g_144.f2 g_37.f0 g_17.f2
 * writes: g_37.f0 g_123 g_144.f2
 */
static const int64_t  func_13(const struct S0 * p_14, struct S0 ** p_15)
{ /* block id: 204 */
    uint64_t l_326[4] = {0UL,0UL,0UL,0UL};
    int32_t *l_327[4][5][3] = {{{(void*)0,&g_237.f2,&g_237.f2},{&g_2,&g_2,&g_2},{(void*)0,&g_237.f2,&g_237.f2},{&g_2,&g_2,&g_2},{(void*)0,&g_237.f2,&g_237.f2}},{{&g_2,&g_2,&g_2},{(void*)0,&g_237.f2,&g_237.f2},{&g_2,&g_2,&g_2},{(void*)0,&g_237.f2,&g_237.f2},{&g_2,&g_2,&g_2}},{{(void*)0,&g_237.f2,&g_237.f2},{&g_2,&g_2,&g_2},{(void*)0,&g_237.f2,&g_237.f2},{&g_2,&g_2,&g_2},{(void*)0,&g_237.f2,&g_237.f2}},{{&g_2,&g_2,&g_2},{(void*)0,&g_237.f2,&g_237.f2},{&g_2,&g_2,&g_2},{(void*)0,&g_237.f2,&g_237.f2},{&g_2,&g_2,&g_2}}};
    int16_t *l_331 = &g_154.f0;
    int i, j, k;
    (*g_180) = l_326[0];
    (**g_121) = l_327[0][2][0];
    for (g_144.f2 = 0; (g_144.f2 <= 20); g_144.f2++)
    { /* block id: 209 */
        const uint16_t l_330 = 0x1A17L;
        return l_330;
    }
    (*g_180) &= ((void*)0 == l_331);
    return g_17[0][0].f2;
}


/* ------------------------------------------ */
/* 
 * reads : g_144.f1 g_237.f1 g_180 g_237.f2 g_66 g_8 g_237.f3 g_37.f0 g_144.f0 g_219 g_220 g_122 g_199 g_319 g_321
 * writes: g_37.f0 g_237.f2 g_66 g_8 g_144.f3 g_220 g_154 g_123 g_324
 */
static struct S0 ** func_18(int32_t  p_19, struct S0 * p_20, struct S0 * p_21, struct S0 * p_22)
{ /* block id: 160 */
    uint8_t l_244 = 0xB7L;
    union U2 ***l_247[2][5][5] = {{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_219,&g_219,&g_219,&g_219,&g_219},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_219,&g_219,&g_219,&g_219,&g_219},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_219,&g_219,&g_219,&g_219,&g_219},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_219,&g_219,&g_219,&g_219,&g_219},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_219,&g_219,&g_219,&g_219,&g_219}}};
    union U3 l_248 = {0xDAFEC8D3L};
    uint16_t ***l_249 = (void*)0;
    uint16_t *l_253 = &g_8[2];
    uint16_t **l_252 = &l_253;
    uint16_t ***l_251 = &l_252;
    uint16_t ****l_250 = &l_251;
    int8_t *l_261 = &g_46;
    int8_t **l_260[2][1][3];
    int8_t ** const *l_259 = &l_260[1][0][0];
    int64_t l_266 = (-1L);
    union U1 *l_283 = &g_154;
    int32_t l_294 = 0xA0EF96F8L;
    int32_t l_296 = 0x5D94A376L;
    int32_t l_297 = 0L;
    int32_t l_298 = (-1L);
    int32_t l_300 = 0x221AC7ABL;
    int32_t l_301 = 0x75F44994L;
    int32_t l_302[2][3] = {{0x9A0F8C37L,0x9A0F8C37L,0x9A0F8C37L},{9L,9L,9L}};
    union U1 l_307 = {0x78CAL};
    struct S0 **l_325 = &g_73[0];
    int i, j, k;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 3; k++)
                l_260[i][j][k] = &l_261;
        }
    }
    (*l_250) = (l_249 = ((safe_div_func_int64_t_s_s((g_144.f1 | 4UL), (safe_lshift_func_int16_t_s_u((safe_mod_func_uint32_t_u_u((((((((l_244 <= 0x154D9B2C9C791ECBLL) <= (safe_lshift_func_uint8_t_u_s(1UL, 0))) , l_247[1][3][1]) != &g_219) == 0UL) , l_248) , 1UL), g_237.f1)), 4)))) , l_249));
    if (p_19)
    { /* block id: 163 */
        return &g_73[1];
    }
    else
    { /* block id: 165 */
        int16_t l_254 = (-1L);
        union U1 *l_281 = (void*)0;
        union U2 * const l_284 = &g_199;
        int32_t l_293 = 0x58D22E01L;
        int32_t l_295 = 0xCEA670ACL;
        int32_t l_299 = 1L;
        uint16_t l_303 = 1UL;
        union U1 *l_308 = &g_154;
        struct S0 ***l_312 = &g_72;
        struct S0 ****l_311 = &l_312;
        const int8_t ***l_316 = (void*)0;
        const int8_t ****l_315 = &l_316;
        uint16_t **l_320 = &l_253;
        (*g_180) = l_254;
        for (g_237.f2 = 3; (g_237.f2 >= 0); g_237.f2 -= 1)
        { /* block id: 169 */
            const uint64_t l_255[1][5] = {{0x2ACE5422AEDDAC26LL,0x2ACE5422AEDDAC26LL,0x2ACE5422AEDDAC26LL,0x2ACE5422AEDDAC26LL,0x2ACE5422AEDDAC26LL}};
            union U3 l_258 = {0x9D36743CL};
            int8_t ***l_279 = (void*)0;
            int64_t l_280 = 0xEB12BC841322B666LL;
            int32_t l_292[3];
            int i, j;
            for (i = 0; i < 3; i++)
                l_292[i] = 0xB20A8510L;
            if (l_255[0][3])
                break;
            for (g_66 = 0; (g_66 <= 2); g_66 += 1)
            { /* block id: 173 */
                int8_t ***l_262 = &l_260[1][0][0];
                int8_t ****l_263 = &l_262;
                int i;
                l_266 |= ((safe_div_func_int64_t_s_s((l_258 , (l_259 != ((*l_263) = l_262))), (((safe_div_func_int64_t_s_s(g_8[g_66], ((g_8[g_66] && g_8[g_66]) && g_8[g_66]))) != p_19) || g_237.f3))) , 0x18316402L);
                (*g_180) &= ((safe_rshift_func_int8_t_s_s(p_19, 1)) == p_19);
                return &g_73[0];
            }
            if ((((((safe_sub_func_uint64_t_u_u(((safe_div_func_uint64_t_u_u((safe_div_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s((g_144.f0 , (l_280 = (g_144.f3 = ((!(!3L)) || (((*l_253) = g_66) != ((((void*)0 != l_279) & p_19) ^ g_237.f1)))))), p_19)), p_19)), 1UL)) <= p_19), g_237.f2)) ^ 0xE27EL) >= p_19) , (*g_219)) != (void*)0))
            { /* block id: 182 */
                union U1 **l_282 = &l_281;
                (*l_282) = l_281;
                (*g_180) = (p_19 >= l_266);
                l_283 = (*l_282);
            }
            else
            { /* block id: 186 */
                union U2 **l_285 = &g_220;
                int32_t *l_286 = &g_17[0][0].f2;
                int32_t *l_287 = (void*)0;
                int32_t *l_288 = &g_37.f0;
                int32_t *l_289 = &l_248.f0;
                int32_t *l_290 = &l_248.f0;
                int32_t *l_291[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_291[i] = &g_144.f2;
                (*l_285) = l_284;
                ++l_303;
                (*g_180) |= (~(*l_290));
            }
        }
        if ((((((*l_308) = l_307) , (safe_sub_func_int16_t_s_s(((((*l_311) = &g_72) != (void*)0) == 0x2C5E3D64L), (safe_add_func_int8_t_s_s(((void*)0 != &g_220), l_300))))) , &l_259) == l_315))
        { /* block id: 194 */
            int32_t *l_317[2][5][3] = {{{&l_248.f0,&l_298,(void*)0},{&l_248.f0,&l_248.f0,(void*)0},{&l_248.f0,(void*)0,&l_298},{&l_298,(void*)0,&l_248.f0},{(void*)0,&l_248.f0,&l_248.f0}},{{&l_299,&l_299,&g_2},{(void*)0,&l_248.f0,&l_299},{(void*)0,(void*)0,&l_248.f0},{&l_299,(void*)0,&l_299},{&l_248.f0,(void*)0,(void*)0}}};
            int i, j, k;
            (*g_122) = l_317[1][4][0];
        }
        else
        { /* block id: 196 */
            int16_t l_318 = 0x06A2L;
            l_318 &= ((((g_199 , &l_307) == (void*)0) == (l_299 &= p_19)) | ((p_19 && l_293) , 0xF5L));
            l_320 = g_319;
        }
    }
    g_324 = g_321;
    return l_325;
}


/* ------------------------------------------ */
/* 
 * reads : g_17.f2 g_137.f0 g_144.f3 g_144.f1 g_179 g_180 g_144.f2 g_72 g_73 g_2 g_17.f0 g_16 g_17 g_154.f0 g_37.f0 g_121 g_122 g_8 g_219 g_9
 * writes: g_17.f2 g_144.f3 g_179 g_37.f0 g_144.f1 g_73 g_154.f0 g_123 g_211 g_46
 */
static const int16_t  func_25(struct S0 ** p_26, struct S0 * p_27, struct S0 * p_28)
{ /* block id: 102 */
    int64_t l_158 = 0xE35C8C60D7F46AD5LL;
    int32_t *l_159 = &g_17[0][0].f2;
    int32_t l_171 = 0x3D7E0BF0L;
    struct S0 *l_196[3][2];
    union U2 * const l_198[3][4] = {{&g_199,&g_199,&g_199,&g_199},{&g_199,&g_199,&g_199,&g_199},{&g_199,&g_199,&g_199,&g_199}};
    uint16_t *l_204 = &g_144.f3;
    int8_t l_206 = 0x66L;
    int32_t *l_209[3][3];
    uint32_t l_228 = 4294967293UL;
    uint32_t l_232 = 1UL;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
            l_196[i][j] = &g_17[0][0];
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_209[i][j] = &g_9;
    }
    if ((l_158 <= (((*l_159) |= 0xE99FB6E1L) <= 0UL)))
    { /* block id: 104 */
        int16_t *l_170[4][5] = {{&g_154.f0,&g_154.f0,&g_154.f0,&g_154.f0,&g_154.f0},{&g_154.f0,&g_154.f0,&g_154.f0,&g_154.f0,&g_154.f0},{&g_154.f0,&g_154.f0,&g_154.f0,&g_154.f0,&g_154.f0},{&g_154.f0,&g_154.f0,&g_154.f0,&g_154.f0,&g_154.f0}};
        int32_t l_187 = 0x99BA8623L;
        uint16_t **l_205 = &l_204;
        int32_t *l_210 = &g_9;
        int i, j;
        (*l_159) = (0xA36B31EAL | (safe_add_func_uint16_t_u_u((*l_159), ((safe_add_func_int16_t_s_s((l_171 = ((g_137.f0 == (safe_rshift_func_uint8_t_u_u(0UL, 2))) & (safe_lshift_func_uint8_t_u_u((*l_159), 1)))), 1L)) ^ (*l_159)))));
        for (g_144.f3 = 0; (g_144.f3 == 50); ++g_144.f3)
        { /* block id: 109 */
            union U1 **l_174 = (void*)0;
            union U1 *l_176 = &g_154;
            union U1 **l_175 = &l_176;
            int32_t l_188 = 1L;
            (*l_175) = (void*)0;
            if (((*l_159) = g_144.f3))
            { /* block id: 112 */
                int32_t ***l_181 = &g_179[2];
                (*g_180) = (g_144.f1 & (safe_div_func_int16_t_s_s(((*l_159) = ((((*l_181) = g_179[2]) != ((safe_rshift_func_uint16_t_u_s(((safe_lshift_func_uint16_t_u_s(g_144.f3, (+l_187))) | 0x59ADD798L), l_187)) , (void*)0)) || (*l_159))), l_188)));
            }
            else
            { /* block id: 116 */
                return l_188;
            }
        }
        for (g_144.f1 = 26; (g_144.f1 > 43); g_144.f1++)
        { /* block id: 122 */
            int64_t l_197[3];
            int i;
            for (i = 0; i < 3; i++)
                l_197[i] = (-6L);
            if ((!((l_187 != (safe_mul_func_int8_t_s_s(g_144.f2, (safe_add_func_uint32_t_u_u((((*g_72) = (*g_72)) == l_196[1][1]), ((*l_159) = ((g_2 < 0x221AC852L) == 0x8AL))))))) ^ l_197[1])))
            { /* block id: 125 */
                return g_17[0][0].f0;
            }
            else
            { /* block id: 127 */
                union U2 *l_201 = &g_199;
                union U2 **l_200 = &l_201;
                (*l_200) = l_198[0][0];
                return l_187;
            }
        }
        if (((g_17[0][0].f2 && (&g_8[0] == ((*l_205) = ((*g_16) , l_204)))) >= ((((l_206 & (*l_159)) <= 0xCEFFL) | (*l_159)) == (*l_159))))
        { /* block id: 133 */
            for (g_154.f0 = 0; (g_154.f0 != 2); g_154.f0 = safe_add_func_uint16_t_u_u(g_154.f0, 1))
            { /* block id: 136 */
                return g_144.f1;
            }
            return g_37.f0;
        }
        else
        { /* block id: 140 */
            l_210 = l_209[1][1];
            (**g_121) = &l_187;
            for (g_37.f0 = 0; (g_37.f0 <= 2); g_37.f0 += 1)
            { /* block id: 145 */
                union U3 l_212 = {0xD1659E81L};
                int8_t *l_213[3][2][2];
                union U2 *l_217 = &g_199;
                union U2 **l_216 = &l_217;
                union U2 ***l_218 = &l_216;
                int i, j, k;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 2; j++)
                    {
                        for (k = 0; k < 2; k++)
                            l_213[i][j][k] = &l_206;
                    }
                }
                g_211 = (void*)0;
                (*l_159) = (g_8[g_37.f0] || ((l_212 , ((g_46 = 0xC0L) > ((safe_sub_func_uint32_t_u_u((((*l_218) = l_216) != g_219), (*l_210))) >= (*l_159)))) , 0x0675B281L));
            }
            (**g_121) = &l_171;
        }
    }
    else
    { /* block id: 153 */
        int8_t *l_222 = &l_206;
        int8_t **l_221 = &l_222;
        int8_t ***l_223 = &l_221;
        int32_t l_224 = (-1L);
        int32_t l_225 = 5L;
        int32_t l_226 = 0x892D855EL;
        int32_t l_227 = (-1L);
        int32_t l_231 = (-1L);
        (*l_223) = l_221;
        ++l_228;
        (**g_121) = &l_226;
        --l_232;
    }
    return (*l_159);
}


/* ------------------------------------------ */
/* 
 * reads : g_8 g_9 g_37.f0 g_2 g_46 g_5 g_17.f2 g_67 g_72 g_66 g_17.f0 g_121 g_122 g_137 g_17.f1
 * writes: g_46 g_37.f0 g_8 g_17.f2 g_67 g_66 g_9 g_123
 */
static struct S0 ** func_29(int16_t  p_30, int32_t  p_31, uint16_t  p_32)
{ /* block id: 13 */
    union U3 *l_36 = &g_37;
    uint32_t l_44[2][2][4] = {{{0x71603728L,3UL,3UL,0x71603728L},{3UL,0x71603728L,3UL,3UL}},{{0x71603728L,0x71603728L,18446744073709551611UL,0x71603728L},{0x71603728L,3UL,3UL,0x71603728L}}};
    uint64_t l_48 = 0xA83A56CF6D70783DLL;
    int32_t *l_60 = &g_5;
    int32_t l_64[5][5] = {{1L,0x93D1D1CEL,0xCEDF6E77L,0xD9679FF5L,0x93D1D1CEL},{0x780BBC09L,0xCEDF6E77L,0xCEDF6E77L,0x780BBC09L,0xD9679FF5L},{0x682FBA83L,0x780BBC09L,0x75E04235L,0x93D1D1CEL,0x93D1D1CEL},{1L,0x780BBC09L,1L,0xD9679FF5L,0x780BBC09L},{0x93D1D1CEL,0xCEDF6E77L,0xD9679FF5L,0x93D1D1CEL,0xD9679FF5L}};
    struct S0 *l_71[5][4][4] = {{{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]},{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]},{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]},{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]}},{{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]},{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]},{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]},{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]}},{{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]},{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]},{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]},{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]}},{{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]},{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]},{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]},{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]}},{{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]},{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]},{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]},{&g_17[0][0],&g_17[0][0],&g_17[0][0],&g_17[0][0]}}};
    struct S0 **l_70 = &l_71[2][2][1];
    uint8_t l_108[4];
    uint64_t l_109 = 0x40387E0A5EFA727DLL;
    uint16_t *l_124 = (void*)0;
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_108[i] = 0x3AL;
    for (p_30 = 16; (p_30 > 15); p_30 = safe_sub_func_int8_t_s_s(p_30, 5))
    { /* block id: 16 */
        union U3 **l_38 = &l_36;
        int8_t *l_45 = &g_46;
        int32_t l_55 = (-1L);
        int32_t l_63 = (-3L);
        union U1 l_75 = {-1L};
        struct S0 *l_78 = &g_17[0][0];
        (*l_38) = l_36;
        if ((((*l_45) &= (safe_mod_func_int8_t_s_s(((+(0UL != ((0xFFL != (safe_add_func_uint8_t_u_u(l_44[0][0][1], ((g_8[0] || (4294967289UL < 0x96DAD8BEL)) <= g_9)))) >= g_37.f0))) <= 0xACL), g_2))) ^ p_30))
        { /* block id: 19 */
            int32_t *l_47[1][4] = {{&g_2,&g_2,&g_2,&g_2}};
            union U3 l_74 = {-1L};
            int i, j;
            g_37.f0 = (l_48 ^= (-5L));
            for (g_46 = (-18); (g_46 > (-29)); g_46 = safe_sub_func_int32_t_s_s(g_46, 5))
            { /* block id: 24 */
                int32_t **l_52 = &l_47[0][3];
                int32_t *l_53 = (void*)0;
                int32_t *l_54 = &g_37.f0;
                uint16_t *l_61 = &g_8[1];
                int32_t l_62 = 0x49A23396L;
                int16_t l_65 = 0L;
                (*l_54) &= (((+5UL) , &g_2) != ((*l_52) = &g_2));
                l_55 ^= p_30;
                g_17[0][0].f2 = (((*l_61) = ((p_31 < (((*l_54) &= ((safe_div_func_uint16_t_u_u(g_8[0], ((safe_add_func_uint64_t_u_u((l_60 == &p_31), (*l_60))) | 0x80CDL))) == 0x79L)) && g_17[0][0].f2)) == 0x03BA2937L)) || p_30);
                ++g_67;
            }
            for (p_31 = 4; (p_31 >= 0); p_31 -= 1)
            { /* block id: 35 */
                return g_72;
            }
            p_31 = (l_74 , ((((l_75 , (safe_rshift_func_int8_t_s_s(0xF8L, (g_9 , (l_78 == l_78))))) != 0x65E09581AD2EC946LL) > g_17[0][0].f2) <= p_30));
        }
        else
        { /* block id: 39 */
            if (g_37.f0)
                break;
        }
    }
    for (g_66 = 0; (g_66 <= 7); g_66 = safe_add_func_uint16_t_u_u(g_66, 5))
    { /* block id: 45 */
        int32_t l_82 = 0xB5F4D78FL;
        int32_t *l_84[5];
        int i;
        for (i = 0; i < 5; i++)
            l_84[i] = &g_17[0][0].f2;
        g_37.f0 &= ((safe_unary_minus_func_uint8_t_u(l_82)) < (!g_5));
        g_37.f0 ^= g_17[0][0].f0;
    }
    if (g_46)
    { /* block id: 49 */
        int32_t *l_90 = &g_17[0][0].f2;
        int32_t *l_91[2];
        uint16_t l_92 = 0UL;
        int i;
        for (i = 0; i < 2; i++)
            l_91[i] = &g_9;
        (*l_90) = (((safe_mul_func_uint8_t_u_u((p_31 ^ g_8[0]), (~((void*)0 == &g_37)))) & (safe_div_func_int8_t_s_s(1L, g_46))) , p_30);
        l_92 ^= ((*l_90) ^= 1L);
    }
    else
    { /* block id: 53 */
        union U2 l_96 = {0xB2L};
        int32_t l_100 = 0L;
        int32_t **l_120 = &l_60;
        int32_t ***l_119[4][5] = {{&l_120,&l_120,(void*)0,(void*)0,(void*)0},{&l_120,&l_120,&l_120,&l_120,&l_120},{&l_120,&l_120,(void*)0,(void*)0,(void*)0},{&l_120,&l_120,&l_120,&l_120,&l_120}};
        uint16_t *l_148 = (void*)0;
        union U1 *l_153[1][5];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 5; j++)
                l_153[i][j] = &g_154;
        }
        for (p_32 = 0; (p_32 <= 2); p_32 += 1)
        { /* block id: 56 */
            int32_t *l_93 = &g_17[0][0].f2;
            struct S0 **l_98[4][5] = {{(void*)0,&l_71[1][3][1],(void*)0,(void*)0,&l_71[1][3][1]},{&l_71[1][3][1],(void*)0,(void*)0,&l_71[1][3][1],(void*)0},{&l_71[1][3][1],&l_71[1][3][1],(void*)0,&l_71[1][3][1],&l_71[1][3][1]},{(void*)0,&l_71[1][3][1],(void*)0,(void*)0,&l_71[1][3][1]}};
            int i, j;
            p_31 = g_8[p_32];
            (*l_93) = (g_37.f0 = g_9);
            if (g_17[0][0].f2)
            { /* block id: 60 */
                int16_t l_99 = 0x9EDBL;
                int32_t **l_111 = &l_60;
                int32_t ***l_110 = &l_111;
                int8_t *l_112 = (void*)0;
                int8_t *l_113[2][3][1] = {{{(void*)0},{(void*)0},{(void*)0}},{{(void*)0},{(void*)0},{(void*)0}}};
                struct S0 **l_114 = (void*)0;
                int i, j, k;
                l_100 = ((((safe_add_func_int8_t_s_s((0xB4EFB57AL && (l_96 , (((~((void*)0 != l_98[0][4])) != (&g_8[p_32] != &g_8[0])) | g_37.f0))), g_66)) & 0xD738FFA6L) == p_30) || l_99);
                g_37.f0 = (l_96.f0 <= (l_100 = ((*l_60) != ((((*l_110) = ((safe_add_func_int32_t_s_s((+(p_30 = (((safe_add_func_uint64_t_u_u(0UL, g_17[0][0].f2)) < ((g_8[p_32] ^= (l_98[3][0] != (void*)0)) , l_108[2])) < l_99))), l_109)) , (void*)0)) == (void*)0) & 65532UL))));
                return l_114;
            }
            else
            { /* block id: 68 */
                int32_t l_118 = 0xC2CA393CL;
                g_17[0][0].f2 = (((safe_add_func_int64_t_s_s((&g_2 != &l_64[4][1]), (!l_118))) , l_119[3][1]) != g_121);
                (*l_120) = &p_31;
            }
            g_9 &= ((*l_60) ^= ((void*)0 != l_124));
        }
        (*g_122) = &l_64[1][3];
        for (g_46 = 0; (g_46 == (-8)); g_46--)
        { /* block id: 78 */
            union U3 *l_127[4][1];
            union U3 **l_128 = &l_127[1][0];
            int32_t l_139[1];
            struct S0 *l_143 = &g_144;
            int32_t **l_147 = (void*)0;
            uint16_t *l_150 = (void*)0;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 1; j++)
                    l_127[i][j] = &g_37;
            }
            for (i = 0; i < 1; i++)
                l_139[i] = (-5L);
            if ((((*l_128) = l_127[1][0]) != &g_37))
            { /* block id: 80 */
                struct S0 **l_135 = (void*)0;
                struct S0 ***l_136 = &l_135;
                struct S0 * const *l_138[1][5] = {{&l_71[2][2][1],&l_71[2][2][1],&l_71[2][2][1],&l_71[2][2][1],&l_71[2][2][1]}};
                int i, j;
                p_31 &= ((safe_lshift_func_int8_t_s_s((safe_rshift_func_int16_t_s_u((safe_div_func_uint32_t_u_u(((((*l_136) = l_135) == (g_137 , l_138[0][3])) >= (p_30 || (-4L))), 5L)), p_32)), 1)) , l_139[0]);
            }
            else
            { /* block id: 83 */
                uint16_t l_140 = 65528UL;
                uint16_t **l_149 = &l_124;
                l_140++;
                if ((**l_120))
                    continue;
                l_143 = (void*)0;
                g_17[0][0].f2 = (p_31 &= (g_137 , (safe_div_func_uint32_t_u_u(0x1E9A90B2L, (((void*)0 != l_147) ^ ((((*l_149) = l_148) == l_150) || g_17[0][0].f1))))));
            }
            for (g_9 = 18; (g_9 == 27); ++g_9)
            { /* block id: 93 */
                union U1 **l_155 = (void*)0;
                union U1 *l_156 = (void*)0;
                l_156 = l_153[0][4];
                if (p_32)
                    break;
            }
            if (p_30)
                break;
        }
    }
    g_9 = 0x20376514L;
    return &g_73[0];
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
    transparent_crc(g_5, "g_5", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_8[i], "g_8[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_9, "g_9", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_17[i][j].f0, "g_17[i][j].f0", print_hash_value);
            transparent_crc(g_17[i][j].f1, "g_17[i][j].f1", print_hash_value);
            transparent_crc(g_17[i][j].f2, "g_17[i][j].f2", print_hash_value);
            transparent_crc(g_17[i][j].f3, "g_17[i][j].f3", print_hash_value);
            transparent_crc(g_17[i][j].f4, "g_17[i][j].f4", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_37.f0, "g_37.f0", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_137.f0, "g_137.f0", print_hash_value);
    transparent_crc(g_144.f0, "g_144.f0", print_hash_value);
    transparent_crc(g_144.f1, "g_144.f1", print_hash_value);
    transparent_crc(g_144.f2, "g_144.f2", print_hash_value);
    transparent_crc(g_144.f3, "g_144.f3", print_hash_value);
    transparent_crc(g_144.f4, "g_144.f4", print_hash_value);
    transparent_crc(g_154.f0, "g_154.f0", print_hash_value);
    transparent_crc(g_199.f0, "g_199.f0", print_hash_value);
    transparent_crc(g_237.f0, "g_237.f0", print_hash_value);
    transparent_crc(g_237.f1, "g_237.f1", print_hash_value);
    transparent_crc(g_237.f2, "g_237.f2", print_hash_value);
    transparent_crc(g_237.f3, "g_237.f3", print_hash_value);
    transparent_crc(g_237.f4, "g_237.f4", print_hash_value);
    transparent_crc(g_370, "g_370", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_393[i][j], "g_393[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_420, "g_420", print_hash_value);
    transparent_crc(g_436, "g_436", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 185
   depth: 1, occurrence: 1
XXX total union variables: 12

XXX max expression depth: 30
breakdown:
   depth: 1, occurrence: 171
   depth: 2, occurrence: 33
   depth: 3, occurrence: 9
   depth: 4, occurrence: 3
   depth: 5, occurrence: 1
   depth: 6, occurrence: 1
   depth: 7, occurrence: 2
   depth: 8, occurrence: 1
   depth: 9, occurrence: 2
   depth: 10, occurrence: 6
   depth: 11, occurrence: 5
   depth: 12, occurrence: 2
   depth: 13, occurrence: 1
   depth: 14, occurrence: 2
   depth: 15, occurrence: 2
   depth: 16, occurrence: 2
   depth: 19, occurrence: 2
   depth: 21, occurrence: 1
   depth: 30, occurrence: 1

XXX total number of pointers: 179

XXX times a variable address is taken: 217
XXX times a pointer is dereferenced on RHS: 33
breakdown:
   depth: 1, occurrence: 29
   depth: 2, occurrence: 4
XXX times a pointer is dereferenced on LHS: 88
breakdown:
   depth: 1, occurrence: 82
   depth: 2, occurrence: 6
XXX times a pointer is compared with null: 12
XXX times a pointer is compared with address of another variable: 3
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 1522

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 420
   level: 2, occurrence: 37
   level: 3, occurrence: 11
   level: 4, occurrence: 12
   level: 5, occurrence: 22
XXX number of pointers point to pointers: 80
XXX number of pointers point to scalars: 65
XXX number of pointers point to structs: 16
XXX percent of pointers has null in alias set: 26.3
XXX average alias set size: 1.23

XXX times a non-volatile is read: 372
XXX times a non-volatile is write: 266
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 2

XXX stmts: 161
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 19
   depth: 1, occurrence: 26
   depth: 2, occurrence: 51
   depth: 3, occurrence: 65

XXX percentage a fresh-made variable is used: 26.8
XXX percentage an existing variable is used: 73.2
********************* end of statistics **********************/

