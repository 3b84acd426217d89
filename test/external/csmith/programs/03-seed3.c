/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 3 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      3
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
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint32_t safe_div_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
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
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int16_t safe_unary_minus_func_int16_t_s(int16_t a) { return (a == (-32767 - 1)) ? a : (int16_t)-a; }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int16_t  f0;
   const int8_t * f1;
};

/* --- GLOBAL VARIABLES --- */
static uint8_t g_14 = 0x88L;
static int8_t g_17[2][2][5] = {{{0x79L,1L,0x6EL,0x6EL,1L},{0x79L,1L,0x6EL,0x6EL,1L}},{{0x79L,1L,0x6EL,0x6EL,1L},{0x79L,1L,0x6EL,0x6EL,1L}}};
static uint16_t g_26 = 0xF08EL;
static int32_t g_39 = 6L;
static uint32_t g_41 = 18446744073709551615UL;
static int64_t g_47 = 0xF0BB9A67B9C5C935LL;
static uint16_t g_60 = 0x4F39L;
static uint16_t *g_69 = (void*)0;
static uint32_t g_83 = 0xFBC07B36L;
static union U0 g_94 = {0xD8FEL};
static int16_t g_102 = 6L;
static uint64_t g_110 = 0xECF96537570C98F2LL;
static int8_t g_125 = 1L;
static int64_t g_127 = 0x2247AAA1B4DF1005LL;
static int32_t g_128 = (-1L);
static uint32_t g_129 = 0xE783BFB6L;
static int8_t *g_133 = &g_125;
static int8_t **g_132 = &g_133;
static const int32_t *g_138[4] = {&g_128,&g_128,&g_128,&g_128};
static int32_t *g_157 = (void*)0;
static int8_t g_192 = 4L;
static uint32_t g_193 = 1UL;
static union U0 * const *g_223 = (void*)0;
static int8_t g_360 = 0x80L;
static int64_t g_368 = 0xCB059B8B7CAE2493LL;
static uint8_t g_373 = 0UL;
static const union U0 g_387 = {0L};
static int64_t g_389[1][3][4] = {{{0L,0L,0L,0L},{0L,0L,0L,0L},{0L,0L,0L,0L}}};
static uint64_t g_390 = 0x3E0D74FEB7405046LL;
static int8_t g_397 = (-4L);
static uint64_t *g_409 = &g_390;
static int32_t g_411 = (-3L);
static int8_t g_412 = 1L;
static int16_t g_413 = 1L;
static int16_t g_414 = 0L;
static int64_t g_415 = 4L;
static uint8_t g_416 = 0x75L;
static uint64_t g_419[2] = {0xC670C354DB652A51LL,0xC670C354DB652A51LL};
static uint8_t g_481 = 0xB3L;
static const uint64_t * const g_496 = &g_110;
static const uint64_t * const *g_495 = &g_496;
static const uint64_t * const **g_494 = &g_495;
static int32_t g_528 = 0x02637608L;
static int8_t ***g_574[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static int8_t ****g_573 = &g_574[2];
static int16_t g_602 = 0L;
static int64_t g_603 = 0x10D856CE7C87F85ALL;
static uint32_t g_606 = 4294967288UL;
static union U0 *g_623 = &g_94;
static union U0 **g_622 = &g_623;
static union U0 ***g_621 = &g_622;
static const uint64_t *g_647[4][4] = {{(void*)0,&g_419[0],(void*)0,&g_419[0]},{(void*)0,&g_419[0],(void*)0,&g_419[0]},{(void*)0,&g_419[0],(void*)0,&g_419[0]},{(void*)0,&g_419[0],(void*)0,&g_419[0]}};
static const uint64_t **g_646 = &g_647[1][2];
static int32_t g_676 = 0xF4D5EF80L;
static uint8_t g_677[3][4][1] = {{{0xBAL},{0UL},{0xBAL},{0UL}},{{0xBAL},{0UL},{0xBAL},{0UL}},{{0xBAL},{0UL},{0xBAL},{0UL}}};


/* --- FORWARD DECLARATIONS --- */
static union U0  func_1(void);
static const uint32_t  func_8(uint8_t  p_9, int32_t  p_10, int8_t * p_11, uint64_t  p_12, uint32_t  p_13);
static uint64_t  func_30(int8_t * p_31, uint64_t  p_32, uint64_t  p_33, int8_t * p_34);
static int8_t * func_35(union U0  p_36);
static int32_t * func_48(uint16_t  p_49, int32_t  p_50, uint64_t  p_51, int32_t  p_52);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_14 g_17 g_26 g_41 g_39 g_60 g_83 g_94 g_102 g_110 g_47 g_129 g_132 g_133 g_127 g_125 g_157 g_128 g_193 g_192 g_223 g_373 g_390 g_397 g_416 g_419 g_368 g_409 g_413 g_412 g_411 g_481 g_387.f0 g_528 g_69 g_415 g_573 g_495 g_496 g_606 g_387 g_621 g_602 g_646 g_622 g_623 g_677
 * writes: g_26 g_39 g_41 g_47 g_60 g_69 g_17 g_83 g_102 g_110 g_94.f0 g_129 g_132 g_138 g_14 g_128 g_157 g_193 g_125 g_94 g_192 g_373 g_390 g_409 g_416 g_419 g_127 g_411 g_481 g_494 g_528 g_415 g_606 g_602 g_646 g_677
 */
static union U0  func_1(void)
{ /* block id: 0 */
    uint32_t l_15 = 0x029989D2L;
    int8_t *l_16 = &g_17[0][0][3];
    uint32_t l_538 = 0xD6A43AA1L;
    union U0 l_567 = {0x70D9L};
    uint64_t ** const l_569[2] = {&g_409,&g_409};
    int8_t l_609 = (-1L);
    int32_t l_611 = 0x96F8255EL;
    uint16_t l_612 = 0xDA62L;
    uint32_t l_629 = 0xC9113A5BL;
    int32_t l_658[3][3] = {{1L,1L,1L},{(-1L),(-1L),(-1L)},{1L,1L,1L}};
    int32_t l_675[2][5][4] = {{{0x1D371C31L,(-1L),0x5886C57FL,0x4E005F0DL},{(-3L),0xB63348D6L,4L,4L},{0L,0L,9L,0x1D371C31L},{9L,0x1D371C31L,0x9E41D441L,0x9FEF2547L},{0x9FEF2547L,1L,0L,0x9E41D441L}},{{0xBA46E088L,1L,6L,0x9FEF2547L},{1L,0x1D371C31L,0xA8DC9678L,0x1D371C31L},{3L,0L,0xC863A66AL,4L},{0xA8DC9678L,0xB63348D6L,(-1L),0x4E005F0DL},{4L,(-1L),1L,0xC863A66AL}}};
    union U0 l_680[2] = {{0x7E42L},{0x7E42L}};
    int i, j, k;
    if ((((safe_sub_func_int64_t_s_s((safe_add_func_int64_t_s_s((((((safe_add_func_int32_t_s_s(((func_8(g_14, l_15, l_16, l_15, (l_15 , l_15)) , l_15) ^ g_368), 0UL)) , 0L) ^ l_538) != 4294967295UL) , 0x3C02B243176C6C08LL), l_538)), g_412)) , g_415) , 0x54069D9DL))
    { /* block id: 228 */
        uint8_t l_554 = 0x9DL;
        int64_t *l_560 = &g_415;
        int64_t **l_559 = &l_560;
        uint32_t *l_561 = &l_538;
        union U0 *l_568 = &g_94;
        union U0 l_570 = {-1L};
        int32_t l_604 = 0xE4686938L;
        int32_t l_605[4] = {(-3L),(-3L),(-3L),(-3L)};
        int32_t **l_617[5][5] = {{&g_157,&g_157,&g_157,&g_157,&g_157},{&g_157,&g_157,&g_157,&g_157,&g_157},{&g_157,&g_157,&g_157,&g_157,&g_157},{&g_157,&g_157,&g_157,&g_157,&g_157},{&g_157,&g_157,&g_157,&g_157,&g_157}};
        uint8_t l_660 = 0xD6L;
        int i, j;
lbl_632:
        for (g_415 = 4; (g_415 < (-4)); g_415 = safe_sub_func_uint8_t_u_u(g_415, 6))
        { /* block id: 231 */
            int32_t *l_541 = &g_528;
            int32_t *l_542 = &g_128;
            int32_t *l_543 = &g_39;
            int32_t *l_544 = (void*)0;
            int32_t *l_545 = (void*)0;
            int32_t *l_546 = (void*)0;
            int32_t *l_547 = &g_411;
            int32_t *l_548 = (void*)0;
            int32_t *l_549 = &g_411;
            int32_t *l_550 = &g_411;
            int32_t *l_551 = &g_411;
            int32_t l_552[5];
            int32_t *l_553[5] = {&g_411,&g_411,&g_411,&g_411,&g_411};
            int i;
            for (i = 0; i < 5; i++)
                l_552[i] = 0xC68B4039L;
            l_554++;
        }
        if ((((safe_lshift_func_uint16_t_u_u(((*g_69) &= (((*l_561) |= ((void*)0 == l_559)) > ((safe_mul_func_uint8_t_u_u(l_554, (!(safe_mod_func_uint8_t_u_u((g_415 == ((((*l_568) = l_567) , 0x0C09L) , 0x5D2CL)), l_554))))) || l_15))), 6)) , &g_409) == l_569[1]))
        { /* block id: 237 */
            int8_t l_598 = 0xECL;
            int32_t l_610 = 1L;
            int32_t ** const l_618 = &g_157;
            uint32_t l_625 = 0xD7D53E61L;
            int8_t l_628[3][2][2] = {{{0xD1L,0x3AL},{0xD1L,0xD1L}},{{0x3AL,0xD1L},{0xD1L,0x3AL}},{{0xD1L,0xD1L},{0x3AL,0xD1L}}};
            uint16_t l_659 = 0UL;
            int i, j, k;
            for (g_415 = 3; (g_415 >= 0); g_415 -= 1)
            { /* block id: 240 */
                return l_570;
            }
            if (((safe_add_func_uint16_t_u_u(((g_573 == (void*)0) != 4294967295UL), (((*g_133) = (safe_lshift_func_int8_t_s_u((safe_mul_func_uint16_t_u_u((l_538 || 0L), 5UL)), 7))) > 1L))) || (-9L)))
            { /* block id: 244 */
                int32_t l_597 = 9L;
                int32_t *l_599 = &g_128;
                int32_t *l_600[4][4] = {{&g_39,(void*)0,&g_411,&g_411},{&l_597,&l_597,&g_39,&g_411},{(void*)0,(void*)0,(void*)0,&g_39},{(void*)0,&g_39,&g_39,(void*)0}};
                int32_t l_601[5][3] = {{0xFA4DA501L,0L,0x2B496A92L},{0L,0xFA4DA501L,0xFA4DA501L},{0x2B496A92L,0xFA4DA501L,(-1L)},{0x9E5CEA65L,0L,1L},{0x2B496A92L,0x2B496A92L,1L}};
                int i, j;
                (*l_599) = (safe_lshift_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(1L, 0x5AL)), ((safe_mod_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s((((safe_add_func_int8_t_s_s((((safe_mod_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_u(0xC5L, (((safe_rshift_func_int16_t_s_u((g_94.f0 = (0x2344L || l_597)), l_598)) || 0x59BCBB23840B9E5ALL) || 0x25L))) > (**g_495)), (-5L))) , 0x70E6DB23L) ^ l_538), 0x65L)) , l_554) <= l_538), 0)), l_597)) & g_83))), g_39));
                g_606++;
                l_612++;
            }
            else
            { /* block id: 249 */
                uint32_t l_624 = 0UL;
                g_39 = (safe_div_func_uint16_t_u_u((l_617[1][4] != l_618), (safe_mul_func_int16_t_s_s(g_129, (((((((&g_223 == (g_387 , g_621)) || l_538) , 0x7AL) <= g_368) | l_624) , 0x1CFE5559L) == l_625)))));
            }
            (*l_618) = &g_39;
            for (g_602 = 18; (g_602 == (-13)); --g_602)
            { /* block id: 255 */
                const uint64_t ***l_648 = &g_646;
                uint32_t *l_649[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_649[i] = &l_15;
                l_629++;
                if (g_606)
                    goto lbl_632;
                (**l_618) = l_611;
                (*g_157) = ((((!(l_538 || ((safe_add_func_int16_t_s_s(l_538, (safe_div_func_uint16_t_u_u(((safe_lshift_func_uint16_t_u_s((!(safe_rshift_func_uint16_t_u_u((safe_unary_minus_func_uint32_t_u(((safe_mul_func_int16_t_s_s(((((*l_648) = g_646) == ((--g_83) , l_569[0])) & (safe_rshift_func_uint16_t_u_u((safe_div_func_uint32_t_u_u(((((*g_409) = (**l_618)) & 0L) <= (**l_618)), 4294967291UL)), l_538))), (**l_618))) > g_373))), l_538))), l_658[0][1])) ^ 0UL), l_659)))) & 0xE5L))) , 0x96L) != l_660) || g_416);
            }
        }
        else
        { /* block id: 264 */
            int16_t l_668[2];
            int i;
            for (i = 0; i < 2; i++)
                l_668[i] = 0L;
            g_39 ^= l_567.f0;
            for (g_415 = 5; (g_415 >= (-22)); --g_415)
            { /* block id: 268 */
                int32_t l_667[2][2][4] = {{{1L,4L,1L,1L},{4L,4L,(-1L),4L}},{{4L,1L,1L,4L},{1L,4L,1L,1L}}};
                int i, j, k;
                l_667[1][0][3] = (l_668[0] &= (safe_rshift_func_uint8_t_u_u((l_629 == (safe_lshift_func_uint8_t_u_s(l_667[1][0][3], 2))), (0x52643BBD13CEA54FLL && 0xF7C7A6836BA5C379LL))));
                return (***g_621);
            }
        }
    }
    else
    { /* block id: 274 */
        int16_t l_671[1][3];
        int32_t l_672 = (-6L);
        int32_t *l_673[1][1];
        int32_t l_674 = 0x798EE1D0L;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_671[i][j] = 0x75FFL;
        }
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_673[i][j] = (void*)0;
        }
        g_528 &= (g_39 = ((((l_671[0][1] = ((*g_623) , (safe_sub_func_int8_t_s_s(l_609, 0x80L)))) <= 0x9C5E4B1F66D34266LL) || 0xCD9A14B9L) > l_672));
        ++g_677[2][3][0];
    }
    return l_680[0];
}


/* ------------------------------------------ */
/* 
 * reads : g_17 g_26 g_41 g_39 g_60 g_14 g_83 g_94 g_102 g_110 g_47 g_129 g_132 g_133 g_127 g_125 g_157 g_128 g_193 g_192 g_223 g_373 g_390 g_397 g_416 g_419 g_368 g_409 g_413 g_412 g_411 g_481 g_387.f0 g_528 g_69
 * writes: g_26 g_39 g_41 g_47 g_60 g_69 g_17 g_83 g_102 g_110 g_94.f0 g_129 g_132 g_138 g_14 g_128 g_157 g_193 g_125 g_94 g_192 g_373 g_390 g_409 g_416 g_419 g_127 g_411 g_481 g_494 g_528
 */
static const uint32_t  func_8(uint8_t  p_9, int32_t  p_10, int8_t * p_11, uint64_t  p_12, uint32_t  p_13)
{ /* block id: 1 */
    int16_t l_24[2];
    uint16_t *l_25 = &g_26;
    uint16_t l_29 = 65535UL;
    union U0 l_37 = {0x0054L};
    int32_t *l_527 = &g_528;
    uint64_t *l_531[1];
    int32_t **l_536 = (void*)0;
    int32_t *l_537[1][4][2];
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_24[i] = 0xC054L;
    for (i = 0; i < 1; i++)
        l_531[i] = &g_110;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 2; k++)
                l_537[i][j][k] = &g_528;
        }
    }
    (*l_527) ^= (((safe_rshift_func_int8_t_s_s((((safe_mul_func_int8_t_s_s(g_17[0][0][3], (safe_div_func_int16_t_s_s(((-4L) & p_10), ((*l_25)++))))) , l_29) , (func_30(func_35(l_37), l_24[1], l_29, p_11) | 0xCBAB417EADFE59A7LL)), 5)) >= g_387.f0) , p_9);
    l_527 = func_48((*g_69), ((p_12 = ((*g_409)--)) ^ ((g_419[1]++) != (safe_rshift_func_int8_t_s_s((l_37 , (*l_527)), 1)))), (*l_527), (p_10 > (*l_527)));
    g_528 |= (p_9 | (*l_527));
    return g_60;
}


/* ------------------------------------------ */
/* 
 * reads : g_133 g_125 g_39 g_14 g_41 g_83
 * writes: g_69 g_26 g_17 g_39 g_83
 */
static uint64_t  func_30(int8_t * p_31, uint64_t  p_32, uint64_t  p_33, int8_t * p_34)
{ /* block id: 218 */
    uint64_t **l_523[5][3][1] = {{{&g_409},{&g_409},{&g_409}},{{&g_409},{&g_409},{&g_409}},{{&g_409},{&g_409},{&g_409}},{{&g_409},{&g_409},{&g_409}},{{&g_409},{&g_409},{&g_409}}};
    uint64_t ***l_522[5] = {&l_523[2][2][0],&l_523[2][2][0],&l_523[2][2][0],&l_523[2][2][0],&l_523[2][2][0]};
    int32_t l_524[5][4] = {{0x22E8A375L,0L,0x0C2F3AEBL,0L},{0x72F41414L,0xB5BCA2D1L,(-6L),0x0C2F3AEBL},{0L,0xB5BCA2D1L,0xB5BCA2D1L,0L},{0xB5BCA2D1L,0L,0x72F41414L,0x22E8A375L},{0xB5BCA2D1L,0x72F41414L,0xB5BCA2D1L,(-6L)}};
    int32_t *l_525 = &l_524[1][2];
    uint16_t l_526 = 0xFD7DL;
    int i, j, k;
    l_525 = func_48((((((0x08CF2076L | (safe_div_func_uint64_t_u_u(p_33, (safe_mod_func_int64_t_s_s(((safe_mod_func_uint32_t_u_u(((p_32 != p_33) <= (l_522[4] != &g_495)), 4294967291UL)) != p_32), p_33))))) ^ 0x0EA35E69758E9458LL) , 255UL) ^ 1UL) >= (*g_133)), l_524[1][2], p_33, l_524[3][0]);
    return l_526;
}


/* ------------------------------------------ */
/* 
 * reads : g_41 g_26 g_17 g_39 g_60 g_14 g_83 g_94 g_102 g_110 g_47 g_129 g_132 g_133 g_127 g_125 g_157 g_128 g_193 g_192 g_223 g_373 g_390 g_397 g_416 g_419 g_368 g_409 g_413 g_412 g_411 g_481
 * writes: g_39 g_41 g_47 g_60 g_69 g_26 g_17 g_83 g_102 g_110 g_94.f0 g_129 g_132 g_138 g_14 g_128 g_157 g_193 g_125 g_94 g_192 g_373 g_390 g_409 g_416 g_419 g_127 g_411 g_481 g_494
 */
static int8_t * func_35(union U0  p_36)
{ /* block id: 3 */
    int32_t *l_38 = &g_39;
    int32_t *l_40[5] = {&g_39,&g_39,&g_39,&g_39,&g_39};
    int64_t *l_46 = &g_47;
    uint16_t *l_61 = &g_26;
    int8_t *l_101[2][4][3] = {{{&g_17[0][0][3],&g_17[0][0][3],&g_17[0][0][3]},{&g_17[0][0][3],&g_17[0][0][3],&g_17[0][0][3]},{&g_17[0][0][3],&g_17[0][0][3],&g_17[0][0][3]},{&g_17[0][0][3],&g_17[0][0][3],&g_17[0][0][3]}},{{&g_17[0][0][3],&g_17[0][0][3],&g_17[0][0][3]},{&g_17[0][0][3],&g_17[0][0][3],&g_17[0][0][3]},{&g_17[0][0][3],&g_17[0][0][3],&g_17[0][0][3]},{&g_17[0][0][3],&g_17[0][0][3],&g_17[0][0][3]}}};
    const int32_t *l_136 = &g_128;
    int8_t *l_140 = &g_125;
    int8_t l_190[2][1];
    uint8_t l_209[1][2];
    union U0 * const l_222 = &g_94;
    union U0 * const *l_221 = &l_222;
    union U0 *l_272[5][1] = {{(void*)0},{&g_94},{(void*)0},{&g_94},{(void*)0}};
    uint64_t **l_436 = &g_409;
    int i, j, k;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_190[i][j] = (-1L);
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_209[i][j] = 0xCCL;
    }
    (*l_38) = (-8L);
    ++g_41;
    if ((safe_sub_func_uint64_t_u_u(g_26, ((*l_46) = g_17[1][1][0]))))
    { /* block id: 7 */
        int32_t * const l_57 = &g_39;
        int64_t *l_59[1];
        int32_t **l_86 = &l_38;
        int i;
        for (i = 0; i < 1; i++)
            l_59[i] = (void*)0;
        (*l_86) = func_48((((*l_46) = 0L) | ((safe_rshift_func_int16_t_s_s(((((((((safe_mod_func_uint64_t_u_u((((g_60 |= (((void*)0 != l_57) || (g_39 | (!(-3L))))) != 18446744073709551615UL) ^ g_39), 18446744073709551615UL)) <= 0xFFBC9EE5L) , &g_60) == l_61) == (-1L)) & p_36.f0) < (*l_57)) & g_14), 1)) , 1L)), g_17[0][0][3], g_14, g_39);
    }
    else
    { /* block id: 18 */
        int32_t l_93 = 0L;
        int8_t *l_97 = &g_17[0][0][3];
        int8_t **l_100[3][1][1];
        uint64_t *l_109 = &g_110;
        int16_t l_256[4] = {1L,1L,1L,1L};
        int32_t l_268 = 1L;
        union U0 *l_273 = (void*)0;
        uint32_t l_283[1][4];
        int i, j, k;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
            {
                for (k = 0; k < 1; k++)
                    l_100[i][j][k] = (void*)0;
            }
        }
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
                l_283[i][j] = 0x432B75B0L;
        }
        g_102 ^= (g_14 > (safe_mul_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_s((safe_add_func_uint64_t_u_u(l_93, (g_94 , (safe_add_func_int64_t_s_s((l_97 == (l_101[1][3][1] = (((safe_sub_func_int32_t_s_s((*l_38), 0UL)) < 0x6FL) , l_97))), p_36.f0))))), 2)) < 0xA88EL), p_36.f0)));
        if ((safe_div_func_int16_t_s_s((safe_add_func_int64_t_s_s(((((((-10L) | (p_36.f0 <= (safe_mod_func_uint8_t_u_u(246UL, g_60)))) || ((*l_109) &= ((-4L) & 65533UL))) < 0x609A65E1L) , g_110) , g_47), p_36.f0)), l_93)))
        { /* block id: 22 */
            int64_t *l_112 = &g_47;
            int16_t *l_120 = &g_94.f0;
            int32_t l_124[5];
            int8_t *l_141 = &g_17[0][0][3];
            int32_t l_188 = (-1L);
            int32_t l_191 = 0xA25A1EA1L;
            int i;
            for (i = 0; i < 5; i++)
                l_124[i] = 3L;
lbl_171:
            if (((~((void*)0 == l_112)) && (((*l_120) = ((safe_add_func_int32_t_s_s((0xA51F8956685BA07BLL < (((!(l_93 , (((safe_sub_func_int16_t_s_s((safe_div_func_int8_t_s_s((p_36.f0 != 1L), p_36.f0)), p_36.f0)) != p_36.f0) & (*l_38)))) || g_14) | p_36.f0)), p_36.f0)) < g_14)) , g_47)))
            { /* block id: 24 */
                union U0 *l_122 = &g_94;
                union U0 **l_121 = &l_122;
                int32_t l_123 = 0xB2EF126EL;
                int32_t l_126[3][2][5] = {{{0xBCAC1807L,0x08E89F23L,0xBCAC1807L,0L,(-1L)},{1L,0x02ECD410L,1L,0x02ECD410L,1L}},{{0xBCAC1807L,0x6F30DCE9L,0x08E89F23L,1L,0x08E89F23L},{0x377D1C13L,0x377D1C13L,1L,1L,(-2L)}},{{0x6F30DCE9L,0xBCAC1807L,0xBCAC1807L,0x6F30DCE9L,0x08E89F23L},{0x02ECD410L,1L,0xEFE6362AL,0xEFE6362AL,1L}}};
                int8_t ***l_134 = (void*)0;
                int8_t ***l_135 = (void*)0;
                const int32_t **l_137[4][4][2] = {{{(void*)0,&l_136},{&l_136,&l_136},{(void*)0,&l_136},{&l_136,&l_136}},{{(void*)0,&l_136},{&l_136,&l_136},{(void*)0,&l_136},{&l_136,&l_136}},{{(void*)0,&l_136},{&l_136,&l_136},{(void*)0,&l_136},{&l_136,&l_136}},{{(void*)0,&l_136},{&l_136,&l_136},{(void*)0,&l_136},{&l_136,&l_136}}};
                int i, j, k;
                (*l_121) = &g_94;
                g_129++;
                g_132 = g_132;
                g_138[2] = l_136;
            }
            else
            { /* block id: 29 */
                int32_t **l_139 = &l_40[0];
                uint8_t *l_143 = &g_14;
                (*l_139) = &l_93;
                g_138[1] = ((*l_139) = func_48((((0x2ACBL != (((*g_132) != (l_141 = l_140)) , (~(1L == ((*l_46) = (l_141 == (*g_132))))))) < p_36.f0) , p_36.f0), g_41, g_17[0][0][3], l_93));
                (**l_139) &= ((((*l_143)--) & ((safe_sub_func_int8_t_s_s((safe_mod_func_int16_t_s_s(g_127, (~(safe_add_func_uint8_t_u_u(((p_36.f0 | 9L) <= (g_94 , ((safe_add_func_uint8_t_u_u(0x56L, (**g_132))) , 0xFFL))), p_36.f0))))), 1L)) < (-9L))) , p_36.f0);
                g_128 = ((*l_38) = (((*l_143) = 0x3FL) && l_93));
            }
            for (g_102 = 1; (g_102 >= 0); g_102 -= 1)
            { /* block id: 43 */
                int32_t *l_155 = &l_124[3];
                int32_t **l_156[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_156[i] = &l_155;
                g_138[g_102] = (g_157 = l_155);
                (*g_157) = (safe_rshift_func_uint16_t_u_s(l_93, (p_36.f0 = 0xA91AL)));
                l_124[1] = p_36.f0;
                (*g_157) = ((safe_add_func_int16_t_s_s(((*l_120) = (safe_add_func_uint8_t_u_u(0xE2L, ((safe_mul_func_int8_t_s_s((g_39 || 0xEFL), (*l_136))) , (safe_lshift_func_uint16_t_u_u(((safe_div_func_uint8_t_u_u(((!((*l_109) ^= (g_14 || g_102))) ^ l_124[3]), l_124[0])) , 0xA018L), 4)))))), p_36.f0)) ^ (*g_133));
            }
            if (g_128)
                goto lbl_171;
            for (g_128 = 0; (g_128 <= 29); ++g_128)
            { /* block id: 56 */
                int8_t ***l_174 = &g_132;
                uint32_t *l_189[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_189[i] = &g_83;
                (*l_174) = (p_36.f0 , &l_97);
                if (p_36.f0)
                    break;
                l_191 |= (safe_div_func_uint16_t_u_u((l_124[4] >= (((((safe_div_func_int64_t_s_s(((safe_mod_func_uint32_t_u_u(1UL, ((7UL < (g_102 = ((safe_mod_func_int16_t_s_s((((((*l_38) = ((!(safe_mul_func_uint8_t_u_u((((*l_120) = p_36.f0) , ((l_188 = (safe_rshift_func_int16_t_s_u(((*l_120) = (l_124[3] , 0x26B9L)), p_36.f0))) != l_124[4])), g_110))) , p_36.f0)) && (-10L)) > p_36.f0) && 0L), l_190[1][0])) | 3UL))) || l_124[3]))) || p_36.f0), p_36.f0)) <= p_36.f0) < 0x27L) , (void*)0) != (void*)0)), 65535UL));
                ++g_193;
            }
        }
        else
        { /* block id: 67 */
            int64_t l_206[2];
            int i;
            for (i = 0; i < 2; i++)
                l_206[i] = 4L;
            if ((((safe_lshift_func_uint16_t_u_s((((safe_add_func_int64_t_s_s((safe_add_func_uint64_t_u_u(((0x0D7E747DL > (g_125 < ((l_93 , (((((l_93 != 0x0B4C8DAEL) >= p_36.f0) , g_41) != p_36.f0) , g_192)) & g_128))) != p_36.f0), 18446744073709551608UL)), l_93)) < p_36.f0) >= 0xB0L), g_192)) ^ p_36.f0) , l_93))
            { /* block id: 68 */
                union U0 *l_205 = (void*)0;
                union U0 **l_204 = &l_205;
                union U0 ***l_203 = &l_204;
                union U0 ****l_202 = &l_203;
                int32_t l_207 = 0L;
                int32_t l_208 = 0x27805F1BL;
                (*l_202) = (void*)0;
                --l_209[0][1];
            }
            else
            { /* block id: 71 */
                uint32_t *l_218 = &g_83;
                (*l_38) = (safe_mul_func_int16_t_s_s(((((safe_add_func_int64_t_s_s((safe_div_func_uint8_t_u_u(((p_36 , (0xA715L > (0xD0CA2F3FL >= ((*l_218) = l_93)))) & ((safe_mul_func_uint16_t_u_u(g_125, 8UL)) && 4294967286UL)), l_93)), l_93)) < (-7L)) , l_221) == g_223), g_102));
            }
        }
        if ((0x869BL == 5UL))
        { /* block id: 76 */
            int8_t *l_224 = &g_192;
            return l_224;
        }
        else
        { /* block id: 78 */
            uint16_t *l_233 = &g_60;
            int32_t l_234 = 0xCC907486L;
            int32_t l_241 = 1L;
            l_241 |= ((*l_38) = ((safe_lshift_func_uint16_t_u_s((safe_mul_func_int16_t_s_s((((safe_lshift_func_int16_t_s_u((*l_38), ((*l_233) = (l_93 ^= (--(*l_61)))))) && l_234) && ((**g_132) = ((safe_mod_func_int16_t_s_s(((safe_div_func_uint16_t_u_u((((&g_193 == ((safe_div_func_uint64_t_u_u(((void*)0 != &g_47), p_36.f0)) , &g_129)) , &l_97) == &l_101[0][3][1]), 0xE098L)) && g_26), p_36.f0)) , (**g_132)))), p_36.f0)), g_128)) , (*l_136)));
            for (g_41 = 0; (g_41 <= 0); g_41 += 1)
            { /* block id: 87 */
                uint32_t l_242 = 1UL;
                int32_t l_247 = (-1L);
                uint8_t *l_248 = &g_14;
                uint32_t *l_253 = &g_129;
                (*l_38) |= (((*g_133) = (l_242 = p_36.f0)) == ((0x05L ^ (safe_div_func_int16_t_s_s((0x205B7ECD13544522LL || (safe_add_func_uint64_t_u_u((*l_136), (((*l_248) = (l_247 || l_93)) > l_93)))), g_17[0][0][3]))) <= 4L));
                if (p_36.f0)
                    break;
                (*l_38) ^= ((0UL != (safe_add_func_uint16_t_u_u(((*l_233) |= (safe_div_func_uint32_t_u_u(((*l_253) = l_247), (((*l_136) > ((safe_sub_func_uint32_t_u_u((p_36.f0 & (l_256[0] , 0xA5L)), p_36.f0)) , l_256[0])) , p_36.f0)))), p_36.f0))) || l_93);
            }
        }
        for (g_47 = 0; (g_47 <= (-22)); g_47 = safe_sub_func_uint16_t_u_u(g_47, 1))
        { /* block id: 100 */
            int64_t l_267 = 0xD7763B51E3D7954ELL;
            uint8_t *l_269 = &l_209[0][1];
            union U0 *l_281[1];
            int16_t *l_294[1];
            int i;
            for (i = 0; i < 1; i++)
                l_281[i] = &g_94;
            for (i = 0; i < 1; i++)
                l_294[i] = &l_256[3];
        }
    }
    if ((g_39 ^= (p_36.f0 != (*l_136))))
    { /* block id: 121 */
        int16_t *l_297 = &g_102;
        int64_t l_304 = 0L;
        int8_t l_311 = 0xD9L;
        int32_t l_337 = 0x900F530CL;
        for (g_110 = 0; (g_110 < 44); ++g_110)
        { /* block id: 124 */
            int16_t *l_298 = &g_102;
            int16_t **l_299 = &l_298;
            uint32_t *l_305 = (void*)0;
            int32_t l_306 = 0xA31730F2L;
            uint32_t *l_314[1];
            const int64_t *l_324[4];
            int64_t *l_325[2];
            int64_t **l_326 = &l_325[0];
            const int32_t **l_327 = &g_138[2];
            int i;
            for (i = 0; i < 1; i++)
                l_314[i] = &g_41;
            for (i = 0; i < 4; i++)
                l_324[i] = (void*)0;
            for (i = 0; i < 2; i++)
                l_325[i] = (void*)0;
            l_306 |= ((l_297 == ((*l_299) = l_298)) , ((g_193 = (((g_17[0][0][3] <= (+((p_36.f0 != (safe_sub_func_uint16_t_u_u(((safe_unary_minus_func_int16_t_s(((p_36.f0 ^ (*g_133)) | (*l_38)))) == 0x3AL), g_127))) >= p_36.f0))) >= l_304) != p_36.f0)) == p_36.f0));
            g_39 = (safe_mod_func_uint8_t_u_u((((**l_221) = g_94) , (g_47 | (((void*)0 != &g_110) || ((safe_sub_func_int64_t_s_s(p_36.f0, 0xED9E33FC4FF34F1ALL)) >= 0UL)))), l_311));
            if (l_306)
                continue;
            (*l_327) = ((safe_mod_func_int16_t_s_s(((**l_299) ^= 0x5E37L), 0x523EL)) , ((((((*l_61) = ((g_41++) , ((safe_sub_func_uint16_t_u_u(65527UL, (safe_sub_func_uint64_t_u_u(((!(safe_add_func_uint64_t_u_u(((l_324[2] == ((*l_326) = (((g_47 = (*l_136)) <= g_14) , l_325[0]))) , p_36.f0), 1UL))) && p_36.f0), g_125)))) , l_311))) || p_36.f0) || l_311) > g_17[0][0][3]) , l_136));
        }
        if ((*l_136))
        { /* block id: 138 */
            uint32_t l_336 = 4294967288UL;
            int8_t **l_341 = (void*)0;
            for (g_102 = 0; (g_102 == (-4)); --g_102)
            { /* block id: 141 */
                int16_t *l_332 = &g_94.f0;
                int32_t l_335 = 0xABF1D935L;
                int8_t ****l_338 = (void*)0;
                int8_t ***l_340 = &g_132;
                int8_t ****l_339 = &l_340;
                l_337 &= (safe_mod_func_int32_t_s_s((((*l_332) = (&l_190[0][0] != &l_190[1][0])) < (*l_38)), (((((((((((safe_mod_func_int64_t_s_s(((*l_46) = l_335), l_335)) && g_193) , 65527UL) <= 65535UL) , g_125) & 0xE441F86423088396LL) , 0x3682L) >= l_336) && p_36.f0) | l_311) & p_36.f0)));
                (*l_339) = &g_132;
                if (p_36.f0)
                    continue;
                l_341 = &g_133;
            }
            for (g_47 = (-5); (g_47 <= (-1)); g_47++)
            { /* block id: 151 */
                uint32_t l_344 = 0xEA17FF4DL;
                int32_t **l_345 = &g_157;
                int8_t *l_346 = (void*)0;
                (*l_345) = func_48(l_344, g_102, l_336, p_36.f0);
                return l_346;
            }
        }
        else
        { /* block id: 155 */
            return &g_17[0][0][3];
        }
        return &g_125;
    }
    else
    { /* block id: 159 */
        int16_t *l_349 = &g_102;
        int16_t **l_348 = &l_349;
        int16_t ***l_347 = &l_348;
        uint32_t l_350 = 18446744073709551615UL;
        int32_t l_356 = 1L;
        int32_t l_361 = 9L;
        int32_t l_367 = 0x288F58FCL;
        int32_t l_370 = 0x761E787EL;
        int32_t *l_404[5][5] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_367,&l_367,(void*)0,(void*)0,&l_367},{&l_361,(void*)0,&l_361,(void*)0,&l_361},{&l_367,(void*)0,(void*)0,&l_367,&l_367},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
        const uint64_t * const **l_493 = (void*)0;
        int32_t *l_497 = &g_39;
        int i, j;
        l_347 = (void*)0;
        if (l_350)
        { /* block id: 161 */
            uint16_t l_353 = 65528UL;
            int32_t l_354 = 0x9EBEBF65L;
            int32_t l_355 = 0L;
            int32_t l_358 = 0x30D6FC78L;
            int32_t l_359 = (-8L);
            int32_t l_363 = 0L;
            int32_t l_364 = 1L;
            int32_t l_365 = 0xC8BD7F92L;
            int16_t l_366 = 1L;
            int32_t l_369 = (-1L);
            int32_t l_371 = 0x6A1F0ADBL;
            int32_t l_372 = 0x157B272CL;
            uint32_t *l_376 = &g_129;
            const union U0 *l_386 = &g_387;
            const union U0 **l_385 = &l_386;
            for (g_192 = (-25); (g_192 != (-14)); g_192++)
            { /* block id: 164 */
                int64_t l_357 = 1L;
                int32_t l_362[4][1][5] = {{{0x9E6B9A1AL,2L,2L,0x9E6B9A1AL,(-1L)}},{{0x9E6B9A1AL,2L,2L,0x9E6B9A1AL,(-1L)}},{{0x9E6B9A1AL,2L,2L,0x9E6B9A1AL,(-1L)}},{{0x9E6B9A1AL,2L,2L,0x9E6B9A1AL,(-1L)}}};
                int i, j, k;
                if (l_353)
                    break;
                ++g_373;
            }
lbl_403:
            (*l_38) |= ((((((((p_36.f0 != (--(*l_376))) & ((safe_div_func_int64_t_s_s(g_373, ((safe_rshift_func_uint16_t_u_s(((g_110 = 1UL) , p_36.f0), 11)) && (safe_div_func_int64_t_s_s(((((*l_385) = &p_36) != (void*)0) > 0xBB5E838CCD62B2E0LL), 9UL))))) && l_371)) == 0x9AEBL) == l_370) , &l_350) != (void*)0) | l_356) == g_192);
            if (p_36.f0)
            { /* block id: 172 */
                int8_t l_388 = 0L;
                int32_t **l_402[5][5] = {{&g_157,&g_157,&l_40[0],&l_40[0],&g_157},{&g_157,&g_157,&g_157,&g_157,&l_40[0]},{(void*)0,&g_157,(void*)0,&g_157,(void*)0},{&g_157,&l_38,&g_157,&l_40[0],&l_38},{(void*)0,&g_157,&g_157,(void*)0,&l_40[0]}};
                int i, j;
                --g_390;
                g_157 = func_48(((safe_div_func_uint32_t_u_u(((*l_376)++), g_397)) , ((safe_mul_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_s(0xA4L, ((void*)0 == &g_102))) & g_110), p_36.f0)) >= l_363)), p_36.f0, (*l_38), p_36.f0);
                if (l_371)
                    goto lbl_403;
            }
            else
            { /* block id: 177 */
                uint64_t *l_408 = &g_390;
                uint64_t **l_407[1][3];
                int32_t l_410[3][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_407[i][j] = &l_408;
                }
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_410[i][j] = (-1L);
                }
                l_404[3][1] = (void*)0;
                l_369 &= ((safe_sub_func_uint8_t_u_u((1L != (((((g_409 = &g_390) == (void*)0) , &g_390) == l_46) ^ g_127)), p_36.f0)) ^ g_102);
                g_416++;
                ++g_419[1];
            }
        }
        else
        { /* block id: 184 */
            uint32_t l_426 = 0UL;
            int32_t l_437[4] = {0x63E760DDL,0x63E760DDL,0x63E760DDL,0x63E760DDL};
            int i;
            for (g_127 = 9; (g_127 <= (-15)); g_127 = safe_sub_func_uint64_t_u_u(g_127, 1))
            { /* block id: 187 */
                (*l_38) = p_36.f0;
            }
            if ((p_36.f0 , (safe_mul_func_uint8_t_u_u(l_426, ((safe_sub_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u((((l_437[2] = (+((g_373 , ((((safe_add_func_int8_t_s_s(p_36.f0, 0xC5L)) & 0xB452FF5B9F8A84BFLL) >= l_426) , l_436)) != l_436))) == g_390) | p_36.f0), 2)), 253UL)), p_36.f0)) | 255UL)))))
            { /* block id: 191 */
                uint32_t l_440[2];
                int32_t **l_443 = (void*)0;
                int32_t **l_444 = &l_38;
                int i;
                for (i = 0; i < 2; i++)
                    l_440[i] = 5UL;
                (*l_444) = func_48(((safe_mod_func_int16_t_s_s(g_368, ((*g_409) & (l_440[0] == l_440[0])))) | ((safe_mul_func_int16_t_s_s(p_36.f0, (*l_38))) != 0x5C969D09L)), p_36.f0, l_440[0], g_39);
                l_437[2] ^= (safe_sub_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u(((0xA433A4AB18D38731LL >= p_36.f0) < (safe_lshift_func_uint16_t_u_u(((*g_409) , (((*g_133) == (-9L)) && (*g_133))), 6))), 4UL)), (*g_409)));
            }
            else
            { /* block id: 194 */
                uint16_t l_474 = 65527UL;
                int32_t l_475 = (-3L);
                uint32_t *l_476 = &g_129;
                int32_t l_477 = 0x6F32903DL;
                int32_t l_478 = 0x027AA9BDL;
                int32_t l_479 = 0x5F5C9099L;
                int32_t l_480 = 1L;
                g_411 |= ((safe_rshift_func_uint8_t_u_u((safe_mod_func_int8_t_s_s(((safe_add_func_int32_t_s_s((((((safe_mul_func_uint8_t_u_u((((*l_136) >= (((safe_lshift_func_uint16_t_u_u((!(--(*l_61))), 10)) && p_36.f0) , (safe_sub_func_uint16_t_u_u(((safe_mul_func_int16_t_s_s(p_36.f0, 65530UL)) | (safe_sub_func_uint32_t_u_u(((((*l_476) ^= (safe_add_func_int8_t_s_s((l_475 = ((*l_140) ^= (safe_mod_func_uint16_t_u_u(l_474, g_60)))), 0xF4L))) != p_36.f0) || 0x644B5F292C0D692DLL), g_413))), (*l_38))))) & (*g_409)), (*l_136))) <= 1UL) , p_36.f0) < g_412) | l_437[2]), 0x635F20FCL)) , 0x64L), p_36.f0)), 1)) < (*l_38));
                ++g_481;
            }
            if (((p_36.f0 != (safe_lshift_func_uint16_t_u_u(((*l_61) = (safe_mod_func_int64_t_s_s(((!(((l_426 >= (*l_136)) > (safe_mul_func_uint16_t_u_u(p_36.f0, (safe_lshift_func_int8_t_s_s((&g_41 == l_38), 6))))) <= p_36.f0)) == l_437[2]), 0xF4D5C43913D021ABLL))), 9))) == l_437[1]))
            { /* block id: 203 */
                int32_t **l_498[1][1];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_498[i][j] = (void*)0;
                }
                g_494 = l_493;
                l_40[1] = (g_157 = l_497);
            }
            else
            { /* block id: 207 */
                int32_t **l_500 = &l_404[3][1];
                int32_t ***l_499 = &l_500;
                uint8_t l_501[3];
                int32_t l_508 = 0xE0DD5479L;
                int i;
                for (i = 0; i < 3; i++)
                    l_501[i] = 5UL;
                (*l_38) = (l_437[2] , 8L);
                l_508 ^= ((((((*l_499) = &g_157) == (void*)0) <= (l_501[0] >= p_36.f0)) , (safe_mul_func_int8_t_s_s((((*l_497) = (safe_mul_func_int16_t_s_s((safe_sub_func_int16_t_s_s((-2L), g_41)), p_36.f0))) && p_36.f0), (*g_133)))) == g_125);
                (*l_38) = ((safe_mul_func_int16_t_s_s((safe_add_func_uint64_t_u_u((l_437[2] | (((g_368 ^ ((*l_38) , (+(((*l_140) &= p_36.f0) != ((l_437[2] , g_17[0][0][3]) | p_36.f0))))) , (void*)0) != l_61)), 1L)), g_47)) <= p_36.f0);
            }
        }
    }
    return &g_412;
}


/* ------------------------------------------ */
/* 
 * reads : g_39 g_14 g_41 g_83
 * writes: g_69 g_26 g_17 g_39 g_83
 */
static int32_t * func_48(uint16_t  p_49, int32_t  p_50, uint64_t  p_51, int32_t  p_52)
{ /* block id: 10 */
    int32_t l_75[2];
    union U0 l_76 = {-1L};
    uint16_t *l_77 = &g_26;
    uint32_t l_78[1][5][3] = {{{18446744073709551612UL,2UL,18446744073709551612UL},{0x64C7C59AL,0x64C7C59AL,0x64C7C59AL},{18446744073709551612UL,2UL,18446744073709551612UL},{0x64C7C59AL,0x64C7C59AL,0x64C7C59AL},{18446744073709551612UL,2UL,18446744073709551612UL}}};
    int8_t *l_79 = &g_17[1][0][2];
    int32_t *l_80 = &g_39;
    int32_t *l_81[5] = {&g_39,&g_39,&g_39,&g_39,&g_39};
    int32_t l_82 = (-4L);
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_75[i] = 0xD8FFFCB2L;
    (*l_80) = (+((*l_79) = (((*l_77) = (safe_lshift_func_int16_t_s_s(((safe_sub_func_int32_t_s_s(1L, ((safe_add_func_uint8_t_u_u((&g_26 != (g_69 = &g_60)), ((((((safe_mod_func_int64_t_s_s((+(g_39 | (safe_div_func_uint8_t_u_u((g_14 , l_75[0]), p_49)))), l_75[0])) <= g_39) , l_76) , 1L) <= l_76.f0) && p_49))) && g_41))) , p_51), p_51))) , l_78[0][3][2])));
    g_83++;
    return &g_39;
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
    transparent_crc(g_14, "g_14", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_17[i][j][k], "g_17[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_94.f0, "g_94.f0", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_110, "g_110", print_hash_value);
    transparent_crc(g_125, "g_125", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    transparent_crc(g_128, "g_128", print_hash_value);
    transparent_crc(g_129, "g_129", print_hash_value);
    transparent_crc(g_192, "g_192", print_hash_value);
    transparent_crc(g_193, "g_193", print_hash_value);
    transparent_crc(g_360, "g_360", print_hash_value);
    transparent_crc(g_368, "g_368", print_hash_value);
    transparent_crc(g_373, "g_373", print_hash_value);
    transparent_crc(g_387.f0, "g_387.f0", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_389[i][j][k], "g_389[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_390, "g_390", print_hash_value);
    transparent_crc(g_397, "g_397", print_hash_value);
    transparent_crc(g_411, "g_411", print_hash_value);
    transparent_crc(g_412, "g_412", print_hash_value);
    transparent_crc(g_413, "g_413", print_hash_value);
    transparent_crc(g_414, "g_414", print_hash_value);
    transparent_crc(g_415, "g_415", print_hash_value);
    transparent_crc(g_416, "g_416", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_419[i], "g_419[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_481, "g_481", print_hash_value);
    transparent_crc(g_528, "g_528", print_hash_value);
    transparent_crc(g_602, "g_602", print_hash_value);
    transparent_crc(g_603, "g_603", print_hash_value);
    transparent_crc(g_606, "g_606", print_hash_value);
    transparent_crc(g_676, "g_676", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_677[i][j][k], "g_677[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 170
XXX total union variables: 6

XXX max expression depth: 28
breakdown:
   depth: 1, occurrence: 123
   depth: 2, occurrence: 19
   depth: 3, occurrence: 3
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
   depth: 6, occurrence: 1
   depth: 8, occurrence: 1
   depth: 9, occurrence: 3
   depth: 10, occurrence: 1
   depth: 11, occurrence: 1
   depth: 12, occurrence: 4
   depth: 13, occurrence: 7
   depth: 14, occurrence: 2
   depth: 15, occurrence: 3
   depth: 16, occurrence: 3
   depth: 17, occurrence: 2
   depth: 18, occurrence: 2
   depth: 20, occurrence: 3
   depth: 22, occurrence: 2
   depth: 23, occurrence: 2
   depth: 28, occurrence: 2

XXX total number of pointers: 146

XXX times a variable address is taken: 176
XXX times a pointer is dereferenced on RHS: 48
breakdown:
   depth: 1, occurrence: 40
   depth: 2, occurrence: 7
   depth: 3, occurrence: 1
XXX times a pointer is dereferenced on LHS: 83
breakdown:
   depth: 1, occurrence: 78
   depth: 2, occurrence: 5
XXX times a pointer is compared with null: 7
XXX times a pointer is compared with address of another variable: 5
XXX times a pointer is compared with another pointer: 2
XXX times a pointer is qualified to be dereferenced: 1065

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 215
   level: 2, occurrence: 21
   level: 3, occurrence: 4
XXX number of pointers point to pointers: 51
XXX number of pointers point to scalars: 86
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 26.7
XXX average alias set size: 1.29

XXX times a non-volatile is read: 479
XXX times a non-volatile is write: 259
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 3

XXX stmts: 116
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 16
   depth: 1, occurrence: 14
   depth: 2, occurrence: 28
   depth: 3, occurrence: 58

XXX percentage a fresh-made variable is used: 21.1
XXX percentage an existing variable is used: 78.9
********************* end of statistics **********************/

