/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1003 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1003
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static uint32_t safe_add_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a + (uint32_t)b); }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static uint8_t safe_add_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a + (uint32_t)b); }
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
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
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
static int8_t safe_mod_func_int8_t_s_s(int8_t a, int8_t b) { return (b == 0 || (a == (-127 - 1) && b == -1)) ? a : (int8_t)(a % b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
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
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
static int16_t safe_unary_minus_func_int16_t_s(int16_t a) { return (a == (-32767 - 1)) ? a : (int16_t)-a; }
static int32_t safe_unary_minus_func_int32_t_s(int32_t a) { return (a == (-2147483647 - 1)) ? a : (int32_t)-a; }
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
static int8_t safe_unary_minus_func_int8_t_s(int8_t a) { return (a == (-127 - 1)) ? a : (int8_t)-a; }
static uint16_t safe_unary_minus_func_uint16_t_u(uint16_t a) { return (uint16_t)(0u - (uint32_t)a); }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   uint8_t  f0;
   const int8_t * f1;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2[4][5][2] = {{{0L,0L},{2L,0L},{0xA8358BD4L,0xA8358BD4L},{0L,0x3532FE22L},{2L,0xA73D2D67L}},{{0x3532FE22L,0L},{1L,0x3532FE22L},{0xA8358BD4L,0L},{0xA8358BD4L,0x3532FE22L},{1L,0L}},{{0x3532FE22L,0xA73D2D67L},{2L,0x3532FE22L},{0L,0xA8358BD4L},{0xA8358BD4L,0L},{2L,0L}},{{0L,0L},{2L,0L},{0xA8358BD4L,0xA8358BD4L},{0L,0x3532FE22L},{2L,0xA73D2D67L}}};
static int32_t g_6[4][4] = {{0L,0L,(-1L),0L},{0L,0xD564C7B7L,(-1L),0xD564C7B7L},{(-1L),0xD564C7B7L,(-1L),(-1L)},{0xD564C7B7L,0xD564C7B7L,0L,0xD564C7B7L}};
static int8_t g_35 = 0xDFL;
static union U0 g_36[1] = {{0x08L}};
static uint32_t g_43 = 0x76DBD8D4L;
static uint16_t g_71 = 7UL;
static int64_t g_76 = 0x7223651BE0E570C8LL;
static uint64_t g_78 = 0x60DC513BAD782A0BLL;
static int8_t g_83 = 0xDFL;
static int32_t *g_116 = (void*)0;
static uint32_t *g_118 = (void*)0;
static uint32_t ** const g_117 = &g_118;
static uint64_t g_126 = 0UL;
static int16_t g_148 = 2L;
static int64_t g_165 = 0L;
static uint8_t g_204 = 0xE7L;
static uint16_t *g_216 = &g_71;
static uint16_t **g_215 = &g_216;
static uint16_t ***g_214 = &g_215;
static int32_t g_221 = 0x3E802EC7L;
static uint32_t g_242[1] = {4294967295UL};
static uint8_t g_274 = 248UL;
static union U0 *g_298 = &g_36[0];
static int64_t g_323 = 0x22C57D97B32B34B1LL;
static int64_t *g_362 = (void*)0;
static const int16_t g_376 = 1L;
static const int16_t *g_375 = &g_376;
static int16_t *g_394[4][4][3] = {{{&g_148,(void*)0,&g_148},{&g_148,(void*)0,(void*)0},{&g_148,&g_148,(void*)0},{&g_148,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0},{&g_148,(void*)0,&g_148},{&g_148,(void*)0,(void*)0},{&g_148,&g_148,(void*)0}},{{&g_148,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{&g_148,(void*)0,&g_148},{&g_148,(void*)0,(void*)0}},{{&g_148,&g_148,(void*)0},{&g_148,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{&g_148,(void*)0,&g_148}}};
static int64_t g_415 = 0x9FB8486F6E283BBBLL;
static uint16_t g_507[1][2][2] = {{{0x128FL,0x128FL},{0x128FL,0x128FL}}};
static uint16_t g_562 = 1UL;
static uint32_t **g_569[1] = {&g_118};
static uint32_t ***g_568[3] = {&g_569[0],&g_569[0],&g_569[0]};


/* --- FORWARD DECLARATIONS --- */
static const int32_t  func_1(void);
static uint64_t  func_21(union U0  p_22, const int16_t  p_23, int8_t * p_24, uint16_t * p_25);
static union U0  func_26(union U0  p_27, int64_t  p_28);
static int8_t  func_31(int32_t * p_32, uint8_t  p_33);
static int32_t * func_46(int64_t  p_47);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_376 g_126 g_375 g_2 g_6 g_221 g_35 g_78 g_36.f0 g_148 g_76 g_204 g_298 g_36 g_43 g_274 g_507 g_242 g_415 g_214 g_215 g_562 g_216 g_71
 * writes: g_2 g_148 g_6 g_221 g_78 g_76 g_43 g_415 g_35 g_507 g_568 g_36.f0 g_126
 */
static const int32_t  func_1(void)
{ /* block id: 0 */
    int16_t l_8 = 0xEA6EL;
    int32_t l_13 = 0L;
    int64_t l_20 = 0x74498B94BE3D0E72LL;
    const int32_t ***l_364 = (void*)0;
    const int32_t ****l_363 = &l_364;
    union U0 l_385 = {255UL};
    int16_t l_389 = 0L;
    int32_t l_420 = 0x10CC3882L;
    int32_t l_421[5][1][3];
    uint8_t l_423 = 1UL;
    uint16_t **l_443 = (void*)0;
    int32_t l_455 = 0x4AFF16D9L;
    uint32_t l_457[1];
    int8_t l_474[3][4][3];
    int16_t **l_481[3][4][5] = {{{&g_394[3][3][1],&g_394[1][2][0],&g_394[0][2][1],&g_394[0][1][0],&g_394[1][2][0]},{&g_394[1][2][0],(void*)0,(void*)0,&g_394[1][2][0],&g_394[3][3][1]},{&g_394[1][2][0],&g_394[1][2][0],&g_394[1][2][0],(void*)0,&g_394[1][2][0]},{&g_394[3][3][1],&g_394[1][0][1],&g_394[3][1][2],&g_394[0][2][1],&g_394[1][2][0]}},{{&g_394[1][0][1],&g_394[3][3][1],(void*)0,(void*)0,&g_394[0][2][1]},{&g_394[1][2][0],&g_394[1][2][0],&g_394[1][2][0],&g_394[1][2][0],&g_394[1][2][0]},{(void*)0,&g_394[1][2][0],&g_394[3][3][1],&g_394[0][1][0],&g_394[1][2][0]},{&g_394[1][2][0],&g_394[3][3][1],&g_394[0][2][1],&g_394[1][2][0],&g_394[1][0][1]}},{{&g_394[1][2][0],&g_394[1][0][1],&g_394[3][2][2],&g_394[1][2][0],&g_394[1][2][0]},{&g_394[1][2][0],&g_394[1][2][0],&g_394[3][1][2],&g_394[3][1][2],&g_394[1][2][0]},{&g_394[1][2][0],(void*)0,&g_394[3][1][2],&g_394[1][2][0],&g_394[0][2][1]},{&g_394[1][0][1],&g_394[1][2][0],&g_394[3][2][2],(void*)0,&g_394[1][2][0]}}};
    uint32_t l_490 = 0UL;
    int32_t *l_493 = &g_6[1][0];
    uint8_t l_515 = 0UL;
    uint32_t l_528 = 0x6CCA962CL;
    uint8_t l_532 = 0xE3L;
    uint32_t l_540 = 4294967288UL;
    int32_t *l_543[5];
    int16_t l_544 = 0L;
    uint32_t l_545 = 0xA6568FEDL;
    uint64_t l_585 = 18446744073709551615UL;
    int i, j, k;
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 3; k++)
                l_421[i][j][k] = 0xDC1ECACDL;
        }
    }
    for (i = 0; i < 1; i++)
        l_457[i] = 0x5D5190E9L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 3; k++)
                l_474[i][j][k] = 0x4DL;
        }
    }
    for (i = 0; i < 5; i++)
        l_543[i] = &g_2[3][1][0];
lbl_510:
    for (g_2[0][3][0] = 0; (g_2[0][3][0] > (-14)); g_2[0][3][0] = safe_sub_func_int32_t_s_s(g_2[0][3][0], 1))
    { /* block id: 3 */
        int32_t *l_5 = &g_6[3][2];
        int32_t *l_7 = (void*)0;
        int32_t *l_9[5][1];
        uint16_t l_10 = 7UL;
        uint16_t *l_14 = (void*)0;
        uint16_t *l_15 = &l_10;
        int8_t *l_34 = &g_35;
        int8_t *l_82 = &g_83;
        union U0 l_367 = {0xC4L};
        uint32_t l_370 = 0UL;
        int i, j;
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 1; j++)
                l_9[i][j] = &g_6[3][2];
        }
        ++l_10;
    }
    for (g_148 = 3; (g_148 >= 0); g_148 -= 1)
    { /* block id: 212 */
        uint32_t l_405 = 4294967295UL;
        int16_t l_406 = 0xE7C8L;
        int32_t l_419[2];
        int32_t l_422[5] = {6L,6L,6L,6L,6L};
        union U0 * const l_441 = &g_36[0];
        uint32_t * const *l_445 = (void*)0;
        uint32_t l_469[3];
        int64_t l_473 = 8L;
        int16_t **l_480 = &g_394[3][3][1];
        uint8_t l_500 = 0x41L;
        uint16_t ** const *l_535 = &l_443;
        uint64_t l_541 = 18446744073709551615UL;
        int i;
        for (i = 0; i < 2; i++)
            l_419[i] = 0x78CDC20FL;
        for (i = 0; i < 3; i++)
            l_469[i] = 1UL;
        if ((safe_add_func_uint32_t_u_u((safe_lshift_func_uint16_t_u_s((l_405 != l_405), 9)), (0x61D629665A277039LL != l_405))))
        { /* block id: 213 */
            const uint32_t l_411 = 4294967295UL;
            int32_t *l_412 = (void*)0;
            int32_t *l_413 = (void*)0;
            int32_t *l_414 = &g_6[3][2];
            int32_t *l_416 = &g_6[3][2];
            int32_t *l_417 = (void*)0;
            int32_t *l_418[5] = {&g_2[0][3][0],&g_2[0][3][0],&g_2[0][3][0],&g_2[0][3][0],&g_2[0][3][0]};
            int i;
            (*l_414) = ((l_406 > (safe_rshift_func_int8_t_s_s((((4UL >= (safe_lshift_func_int16_t_s_s(l_405, 12))) , 0x7B4CL) , g_376), l_411))) > g_126);
            --l_423;
        }
        else
        { /* block id: 216 */
            int32_t *l_426 = &l_422[0];
            int32_t *l_442[4][4];
            uint64_t *l_444[5][5][5] = {{{&g_78,&g_126,&g_78,&g_126,(void*)0},{&g_78,&g_78,(void*)0,&g_78,&g_78},{&g_126,&g_126,(void*)0,&g_126,(void*)0},{(void*)0,&g_126,&g_126,&g_126,&g_126},{(void*)0,&g_78,&g_78,&g_126,(void*)0}},{{&g_78,&g_126,&g_78,&g_78,&g_78},{(void*)0,(void*)0,&g_126,(void*)0,(void*)0},{&g_78,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,&g_78,&g_126},{(void*)0,(void*)0,&g_78,&g_126,&g_126}},{{&g_126,(void*)0,(void*)0,(void*)0,&g_126},{(void*)0,(void*)0,(void*)0,(void*)0,&g_78},{(void*)0,(void*)0,&g_126,(void*)0,(void*)0},{(void*)0,&g_126,(void*)0,(void*)0,&g_78},{(void*)0,&g_126,(void*)0,(void*)0,&g_126}},{{&g_126,(void*)0,(void*)0,&g_126,&g_78},{(void*)0,(void*)0,(void*)0,&g_78,(void*)0},{&g_78,&g_78,(void*)0,&g_126,&g_78},{(void*)0,&g_78,(void*)0,&g_126,&g_126},{&g_126,&g_126,&g_126,&g_78,(void*)0}},{{(void*)0,&g_78,(void*)0,&g_126,(void*)0},{(void*)0,&g_78,&g_78,(void*)0,&g_126},{(void*)0,(void*)0,(void*)0,(void*)0,&g_78},{(void*)0,(void*)0,&g_126,(void*)0,(void*)0},{(void*)0,&g_126,(void*)0,(void*)0,&g_78}}};
            int i, j, k;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 4; j++)
                    l_442[i][j] = (void*)0;
            }
            (*l_426) = l_422[0];
            g_221 |= (safe_mul_func_int8_t_s_s((safe_lshift_func_uint16_t_u_u((+(safe_div_func_int64_t_s_s((!(*g_375)), g_2[0][1][0]))), 9)), (((safe_div_func_uint8_t_u_u((safe_rshift_func_int8_t_s_u(g_6[3][2], 1)), ((safe_add_func_int16_t_s_s(((void*)0 == l_441), (*l_426))) ^ 0x9240AD32308416EDLL))) , l_422[3]) , 0UL)));
            (*l_426) = (((l_443 == (void*)0) , (g_78 &= g_35)) | ((l_419[1] == (g_6[1][1] = ((g_2[0][3][0] < g_36[0].f0) < (*l_426)))) | l_422[4]));
        }
        if (((((void*)0 != l_445) < 0xF3FBL) == (4294967290UL > (((safe_mod_func_uint16_t_u_u((((safe_sub_func_uint32_t_u_u(((*g_375) , l_406), l_419[1])) <= l_405) < l_405), 0x8ED6L)) , 0x535AL) < l_419[0]))))
        { /* block id: 223 */
            int32_t *l_450 = (void*)0;
            int32_t *l_451 = &l_420;
            int32_t *l_452 = (void*)0;
            int32_t *l_453 = &g_6[3][2];
            int32_t *l_454[4][3] = {{&g_6[1][3],&g_2[1][3][0],&g_6[1][3]},{&g_6[1][3],&g_2[1][3][0],&g_6[1][3]},{&g_6[1][3],&g_2[1][3][0],&g_6[1][3]},{&g_6[1][3],&g_2[1][3][0],&g_6[1][3]}};
            int32_t l_456 = (-10L);
            int32_t **l_460 = (void*)0;
            int32_t **l_461 = &l_450;
            int64_t *l_468 = &g_76;
            int i, j;
            --l_457[0];
            (*l_461) = (void*)0;
            (*l_461) = func_46(((*l_468) = (1UL && ((safe_lshift_func_int16_t_s_u((safe_mod_func_uint64_t_u_u(0x2E8F2A167B4F7C73LL, g_2[0][3][0])), (safe_lshift_func_uint16_t_u_u(l_406, 8)))) & (g_148 | l_422[0])))));
            --l_469[0];
        }
        else
        { /* block id: 229 */
            int32_t *l_472[2][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
            uint8_t l_475 = 1UL;
            int i, j;
            g_221 = g_204;
            l_475--;
        }
        if ((safe_add_func_uint8_t_u_u((l_480 == l_481[0][0][3]), (safe_lshift_func_int16_t_s_s(((safe_div_func_uint16_t_u_u(0x5C87L, (safe_mul_func_int8_t_s_s((safe_lshift_func_uint16_t_u_u((0xD3FED11922E9DA0ALL || g_35), l_422[4])), l_490)))) , l_419[1]), 8)))))
        { /* block id: 233 */
            return g_221;
        }
        else
        { /* block id: 235 */
            int64_t *l_492[1][2];
            int32_t l_494 = 0xB59E9B0BL;
            int32_t l_498 = 0x5514FED1L;
            int32_t l_499[5];
            int8_t l_511 = (-1L);
            int32_t *l_512 = &l_422[1];
            int32_t *l_513 = &g_6[3][2];
            int32_t *l_514 = &l_422[0];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_492[i][j] = &g_415;
            }
            for (i = 0; i < 5; i++)
                l_499[i] = 0x354AF73AL;
            if ((~(func_26((*g_298), (g_415 = (l_419[0] = l_469[0]))) , g_274)))
            { /* block id: 238 */
                int32_t *l_495 = &l_455;
                int32_t *l_496 = (void*)0;
                int32_t *l_497[1][4] = {{&g_6[3][2],&g_6[3][2],&g_6[3][2],&g_6[3][2]}};
                int i, j;
                l_493 = func_46(l_422[0]);
                if (l_494)
                    continue;
                --l_500;
            }
            else
            { /* block id: 242 */
                int32_t l_503 = 0L;
                int32_t *l_504 = &g_2[0][3][0];
                int32_t *l_505 = &l_499[0];
                int32_t *l_506[2][4] = {{(void*)0,&l_494,(void*)0,&l_494},{(void*)0,&l_494,(void*)0,&l_494}};
                int i, j;
                --g_507[0][1][1];
                if (g_43)
                    goto lbl_510;
            }
            if (l_511)
                continue;
            --l_515;
            for (l_498 = 3; (l_498 >= 0); l_498 -= 1)
            { /* block id: 250 */
                uint32_t l_518 = 0x2A571AACL;
                int i, j;
                if (l_518)
                    break;
                g_6[g_148][g_148] = 0x1730B4ADL;
            }
        }
        for (g_415 = 3; (g_415 >= 0); g_415 -= 1)
        { /* block id: 257 */
            const int32_t * const l_519[2] = {(void*)0,(void*)0};
            const int32_t **l_520 = (void*)0;
            const int32_t *l_522[2][5] = {{&l_422[0],&l_422[0],&l_422[0],&l_422[0],&l_422[0]},{&l_422[0],&l_422[0],&l_422[0],&l_422[0],&l_422[0]}};
            const int32_t **l_521 = &l_522[1][4];
            int32_t l_527[1][1][1];
            int16_t l_531 = 2L;
            int8_t l_538 = 0x39L;
            int64_t *l_539 = &l_20;
            int32_t *l_542 = &l_422[3];
            int i, j, k;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 1; k++)
                        l_527[i][j][k] = 0xB6E44D40L;
                }
            }
            (*l_521) = l_519[0];
            for (l_389 = 3; (l_389 >= 0); l_389 -= 1)
            { /* block id: 261 */
                int32_t *l_523 = &l_420;
                int32_t *l_524 = &l_422[0];
                int32_t *l_525 = &l_421[0][0][1];
                int32_t *l_526[2][5] = {{&l_455,&l_455,&l_455,&l_455,&l_455},{&l_419[1],&l_419[1],&l_419[1],&l_419[1],&l_419[1]}};
                int i, j;
                ++l_528;
                (*l_524) &= l_500;
                if (l_422[1])
                    break;
                l_532--;
            }
            (*l_542) |= ((*l_493) = (((((l_527[0][0][0] = ((void*)0 != l_535)) < (l_469[1] ^ (safe_unary_minus_func_int64_t_s(((*l_539) = (~((((l_538 & (l_406 == 65534UL)) <= g_242[0]) != 0L) <= 0x4798L))))))) < l_540) , 1L) , l_541));
        }
    }
    l_545--;
    if ((g_43 != g_415))
    { /* block id: 274 */
        int32_t *l_550 = &g_6[3][1];
        uint32_t ***l_570 = &g_569[0];
        int32_t l_574 = 0x7E725D76L;
        uint32_t l_575[4][3][3] = {{{0xFBA05C15L,0xAE255001L,0x72DFE671L},{0xFBA05C15L,1UL,0xFD223439L},{0xFBA05C15L,1UL,0xFBA05C15L}},{{0xFBA05C15L,0xAE255001L,0x72DFE671L},{0xFBA05C15L,1UL,0xFD223439L},{0xFBA05C15L,1UL,0xFBA05C15L}},{{0xFBA05C15L,0xAE255001L,0x72DFE671L},{0xFBA05C15L,1UL,0xFD223439L},{0xFBA05C15L,1UL,0xFBA05C15L}},{{0xFBA05C15L,0xAE255001L,0x72DFE671L},{0xFBA05C15L,1UL,0xFD223439L},{0xFBA05C15L,1UL,0xFBA05C15L}}};
        int i, j, k;
        for (g_415 = 0; (g_415 <= (-23)); --g_415)
        { /* block id: 277 */
            int16_t l_560 = 1L;
            uint32_t **l_566 = &g_118;
            uint32_t ***l_565 = &l_566;
            l_550 = &g_6[3][2];
            for (g_78 = 19; (g_78 != 43); g_78++)
            { /* block id: 281 */
                uint16_t ***l_561 = &l_443;
                uint32_t ****l_567[3][1];
                uint8_t *l_571[5][5][1] = {{{&l_532},{&l_423},{(void*)0},{&l_385.f0},{(void*)0}},{{&l_423},{&l_532},{&l_423},{(void*)0},{&l_385.f0}},{{(void*)0},{&l_423},{&l_532},{&l_423},{(void*)0}},{{&l_385.f0},{(void*)0},{&l_423},{&l_532},{&l_423}},{{(void*)0},{&l_385.f0},{(void*)0},{&l_423},{&l_532}}};
                uint64_t *l_572 = &g_126;
                int32_t l_573 = 4L;
                int i, j, k;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_567[i][j] = &l_565;
                }
                g_221 ^= ((((safe_div_func_uint64_t_u_u((safe_div_func_uint8_t_u_u((((*l_572) = (safe_unary_minus_func_int8_t_s((safe_rshift_func_uint16_t_u_u((l_560 < (g_36[0].f0 = ((*l_550) = (((*g_214) == ((*l_561) = (void*)0)) > ((g_562 != (safe_rshift_func_uint16_t_u_u(((g_568[0] = l_565) == l_570), (*g_216)))) , 4294967295UL))))), 6))))) , l_573), 0x3CL)), g_2[0][3][0])) == 1L) || g_2[0][3][0]) && l_560);
            }
            if (l_389)
                goto lbl_510;
        }
        l_575[3][0][1]++;
        for (l_420 = 4; (l_420 >= 0); l_420 -= 1)
        { /* block id: 294 */
            int32_t l_578 = 0x5DE915ADL;
            int32_t l_579 = 0x30A322C5L;
            int32_t l_580 = 7L;
            int32_t l_582[1];
            int32_t l_583[2][5][1] = {{{8L},{8L},{(-7L)},{(-7L)},{(-7L)}},{{0x88C5EF63L},{(-7L)},{(-7L)},{0x88C5EF63L},{(-7L)}}};
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_582[i] = 0x80A9F581L;
            for (g_148 = 0; (g_148 <= 4); g_148 += 1)
            { /* block id: 297 */
                int32_t l_581 = 5L;
                int32_t l_584 = (-2L);
                int i;
                (*l_493) |= g_126;
                ++l_585;
            }
            for (g_76 = 0; (g_76 <= 1); g_76 += 1)
            { /* block id: 303 */
                int i;
                if (l_583[0][0][0])
                    break;
                return g_36[0].f0;
            }
        }
    }
    else
    { /* block id: 308 */
        return g_78;
    }
    return (*l_493);
}


/* ------------------------------------------ */
/* 
 * reads : g_83 g_76 g_71 g_6 g_78 g_117 g_126 g_35 g_148 g_43 g_36.f0 g_118 g_2 g_214 g_204 g_221 g_216 g_165 g_242 g_274 g_215 g_323 g_298
 * writes: g_71 g_76 g_78 g_116 g_126 g_148 g_6 g_43 g_204 g_221 g_242 g_83 g_274 g_298 g_35 g_36 g_362
 */
static uint64_t  func_21(union U0  p_22, const int16_t  p_23, int8_t * p_24, uint16_t * p_25)
{ /* block id: 32 */
    uint8_t l_96 = 0x7FL;
    int32_t l_98 = (-1L);
    int32_t l_107 = 0x1527EC92L;
    int32_t l_109 = 6L;
    int32_t l_110 = 0x272C110BL;
    int32_t l_111[4][5] = {{0x3B3F44EBL,0x3B3F44EBL,0x3B3F44EBL,0x3B3F44EBL,0x3B3F44EBL},{0xCAC1D9ACL,0xCAC1D9ACL,0xCAC1D9ACL,0xCAC1D9ACL,0xCAC1D9ACL},{0x3B3F44EBL,0x3B3F44EBL,0x3B3F44EBL,0x3B3F44EBL,0x3B3F44EBL},{0xCAC1D9ACL,0xCAC1D9ACL,0xCAC1D9ACL,0xCAC1D9ACL,0xCAC1D9ACL}};
    int16_t l_125 = 0xCF57L;
    int32_t *l_169 = &g_6[3][3];
    uint16_t ** const l_210 = (void*)0;
    uint16_t ** const *l_209 = &l_210;
    int8_t **l_252 = (void*)0;
    union U0 l_256 = {0UL};
    uint32_t l_302 = 7UL;
    int i, j;
lbl_312:
    if ((safe_sub_func_uint32_t_u_u(0xEAF66504L, (safe_lshift_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u(((((safe_mod_func_uint32_t_u_u((safe_lshift_func_int8_t_s_s((g_83 != (safe_div_func_uint8_t_u_u(0x43L, l_96))), (*p_24))), l_96)) | 6L) != p_23) & g_83), l_96)), 15)))))
    { /* block id: 33 */
        uint32_t l_99 = 18446744073709551606UL;
        int16_t l_105 = (-1L);
        int32_t l_106 = 0x03E2EA94L;
        int32_t l_108[1];
        uint32_t l_112[5];
        uint32_t **l_120 = &g_118;
        uint32_t ***l_119 = &l_120;
        int i;
        for (i = 0; i < 1; i++)
            l_108[i] = (-1L);
        for (i = 0; i < 5; i++)
            l_112[i] = 1UL;
        for (g_71 = 0; (g_71 <= 3); g_71 += 1)
        { /* block id: 36 */
            int32_t *l_97 = (void*)0;
            int32_t l_104[5] = {0x4209ED79L,0x4209ED79L,0x4209ED79L,0x4209ED79L,0x4209ED79L};
            int i;
            if (p_22.f0)
                break;
            for (g_76 = 0; (g_76 <= 0); g_76 += 1)
            { /* block id: 40 */
                int i, j;
                if (g_6[g_76][g_71])
                    break;
            }
            l_98 = 0x2579A822L;
            for (g_78 = 0; (g_78 <= 0); g_78 += 1)
            { /* block id: 46 */
                int32_t *l_100 = (void*)0;
                int32_t *l_101 = &g_6[3][2];
                int32_t *l_102 = &g_6[(g_78 + 2)][g_71];
                int32_t *l_103[1];
                int32_t **l_115[2][1];
                int i, j;
                for (i = 0; i < 1; i++)
                    l_103[i] = &g_6[3][3];
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_115[i][j] = &l_102;
                }
                l_99 &= g_6[(g_78 + 2)][g_71];
                l_112[3]--;
                g_116 = &l_104[3];
            }
        }
        l_111[2][2] &= p_22.f0;
        (*l_119) = g_117;
    }
    else
    { /* block id: 54 */
        int32_t *l_121 = &g_6[0][1];
        int32_t *l_122 = &l_111[0][0];
        int32_t *l_123 = &l_111[0][0];
        int32_t *l_124[2][4][1] = {{{&l_109},{&g_6[1][1]},{&l_109},{&g_6[1][1]}},{{&l_109},{&g_6[1][1]},{&l_109},{&g_6[1][1]}}};
        uint32_t l_145 = 0x0C3C4A37L;
        uint32_t ***l_156 = (void*)0;
        union U0 l_162 = {247UL};
        int i, j, k;
        g_126--;
        if (p_22.f0)
        { /* block id: 56 */
            int16_t *l_138 = &l_125;
            int8_t *l_144[1][5] = {{&g_35,&g_35,&g_35,&g_35,&g_35}};
            int8_t **l_143 = &l_144[0][3];
            const uint32_t l_146 = 0x05CA3757L;
            int16_t *l_147 = &g_148;
            int i, j;
            (*l_121) = ((*l_122) = (((*l_147) &= (safe_lshift_func_uint16_t_u_s((l_107 && ((~(((safe_add_func_int16_t_s_s((safe_rshift_func_uint16_t_u_s((safe_rshift_func_int16_t_s_s(((*l_138) &= g_35), p_22.f0)), 15)), p_22.f0)) | (safe_lshift_func_uint16_t_u_u((((safe_sub_func_uint8_t_u_u((((*l_143) = &g_35) == (void*)0), l_145)) == l_107) | l_146), l_111[0][0]))) < g_126)) >= p_23)), 14))) != (*p_25)));
        }
        else
        { /* block id: 62 */
            for (l_110 = 3; (l_110 >= 0); l_110 -= 1)
            { /* block id: 65 */
                int32_t **l_149[2][1][5] = {{{&l_122,&l_124[1][0][0],&l_124[1][0][0],&l_122,&l_124[1][0][0]}},{{&l_122,&l_124[1][0][0],&l_124[1][0][0],&l_122,&l_124[1][0][0]}}};
                int i, j, k;
                if (p_22.f0)
                    break;
                g_116 = &g_6[3][2];
            }
            for (l_145 = 22; (l_145 < 21); l_145--)
            { /* block id: 71 */
                int32_t **l_153 = (void*)0;
                int32_t ***l_152 = &l_153;
                (*l_121) = (((void*)0 != l_121) != (*p_25));
                (*l_121) ^= 0x01886804L;
                (*l_152) = &l_122;
            }
        }
        for (l_110 = (-22); (l_110 != 2); l_110 = safe_add_func_uint32_t_u_u(l_110, 4))
        { /* block id: 79 */
            uint32_t l_161[3];
            int32_t l_167 = 0x9D0AA390L;
            int16_t *l_170 = &g_148;
            const uint32_t *l_202[2];
            int i;
            for (i = 0; i < 3; i++)
                l_161[i] = 0UL;
            for (i = 0; i < 2; i++)
                l_202[i] = &g_43;
            (*l_123) = ((void*)0 != l_156);
            for (g_76 = (-15); (g_76 < (-28)); g_76 = safe_sub_func_int64_t_s_s(g_76, 2))
            { /* block id: 83 */
                int64_t *l_163 = (void*)0;
                int64_t *l_164[4];
                int32_t l_166 = 0x8B1390B1L;
                int32_t **l_168[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_164[i] = &g_165;
                for (i = 0; i < 4; i++)
                    l_168[i] = (void*)0;
                g_6[1][3] &= (safe_add_func_int16_t_s_s((*l_123), ((*p_25) = (*p_25))));
                l_167 ^= (((p_23 == ((g_71 , (((*l_123) = ((((l_161[1] > (l_166 = (l_162 , (((l_161[1] && g_126) && p_23) || l_111[0][4])))) && g_43) , g_6[3][2]) , g_36[0].f0)) && p_23)) || p_22.f0)) ^ (-1L)) || l_161[1]);
                l_169 = &g_6[3][0];
            }
            if (p_22.f0)
                break;
            if (((((*l_170) = p_22.f0) && (((p_23 > ((safe_sub_func_uint32_t_u_u((safe_unary_minus_func_int16_t_s(1L)), ((((safe_div_func_uint32_t_u_u(((safe_rshift_func_uint16_t_u_s(((((safe_rshift_func_int16_t_s_u((safe_sub_func_int32_t_s_s((0L == 0x42L), p_22.f0)), (*p_25))) , p_23) > 1UL) > (*l_123)), 9)) & (*l_169)), p_22.f0)) , (*g_117)) == (*g_117)) | (-2L)))) , g_6[3][2])) >= 2UL) , g_6[1][1])) < g_2[1][3][0]))
            { /* block id: 93 */
                int32_t *l_182 = &l_111[3][1];
                l_124[0][0][0] = l_182;
                (*l_169) = p_22.f0;
            }
            else
            { /* block id: 96 */
                uint32_t l_188 = 1UL;
                int32_t *l_189 = (void*)0;
                int32_t **l_190 = &l_124[0][2][0];
                int64_t *l_194 = (void*)0;
                uint32_t **l_203 = &g_118;
                (*l_190) = func_46((!((safe_lshift_func_int8_t_s_u(0x75L, 5)) & (safe_mul_func_uint8_t_u_u((((l_188 & (&l_167 == ((*l_190) = ((*p_25) , l_189)))) <= p_22.f0) , p_22.f0), 0x6DL)))));
                (*l_123) = ((~(safe_mod_func_int64_t_s_s(((*l_169) = 0x634F4FC1ADAE8A34LL), ((l_161[1] > (p_23 == ((safe_mul_func_uint8_t_u_u(0xE8L, 0L)) > 1L))) , l_161[1])))) < p_22.f0);
                g_204 = ((*l_169) = (safe_mul_func_uint16_t_u_u(((*p_24) == p_23), ((((-6L) | ((((+(l_162 , (p_23 >= 0x8173FFD4L))) > p_22.f0) , (void*)0) != l_202[0])) , l_203) != &g_118))));
                (*l_190) = &l_167;
            }
        }
        return g_71;
    }
    if ((((safe_sub_func_uint16_t_u_u(g_71, (safe_unary_minus_func_uint16_t_u((+(-10L)))))) , l_209) == &l_210))
    { /* block id: 108 */
        uint32_t *l_212 = &g_43;
        int32_t l_222 = (-1L);
        int32_t l_240 = 0x695C4B01L;
        int32_t l_241[4];
        int i;
        for (i = 0; i < 4; i++)
            l_241[i] = 0x14B4F62CL;
        for (g_148 = 0; (g_148 <= 3); g_148 += 1)
        { /* block id: 111 */
            int8_t l_218 = (-3L);
            int32_t **l_234 = &g_116;
            int32_t *l_235 = &l_110;
            int32_t *l_236 = (void*)0;
            int32_t *l_237 = &l_110;
            int32_t *l_238 = &l_110;
            int32_t *l_239[2][1][4];
            uint8_t l_255 = 7UL;
            int8_t l_272[1];
            int32_t l_273 = 7L;
            int i, j, k;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 4; k++)
                        l_239[i][j][k] = &l_110;
                }
            }
            for (i = 0; i < 1; i++)
                l_272[i] = 0L;
            if (((*g_117) == (*g_117)))
            { /* block id: 112 */
                uint32_t l_211 = 0xC1571923L;
                uint16_t ** const *l_217 = (void*)0;
                (*l_169) |= ((l_211 , (void*)0) != (g_78 , l_212));
                (*l_169) = (((~(g_214 != (p_22.f0 , l_217))) > p_22.f0) , ((((l_218 >= 3UL) > (*p_25)) == l_218) & 255UL));
                (*l_169) &= ((safe_mul_func_uint16_t_u_u((*p_25), ((((((&g_6[3][2] == &g_6[3][3]) , g_204) == 18446744073709551615UL) & g_221) < l_218) < g_126))) <= 0L);
                if (l_222)
                    continue;
            }
            else
            { /* block id: 117 */
                uint16_t l_233 = 7UL;
                if (p_23)
                    break;
                g_221 ^= (safe_sub_func_int32_t_s_s(((safe_sub_func_int32_t_s_s(((((*l_212) |= ((*p_25) > (*g_216))) | (((+(((safe_mul_func_uint16_t_u_u((0xBA90784F3F3ED43DLL == ((((!(safe_rshift_func_int8_t_s_u(l_233, 3))) >= (((*l_169) &= (p_22.f0 || g_165)) > 0xBABF17A3L)) | 0xD5BAL) != p_22.f0)), (-1L))) == (*g_216)) , g_2[1][1][0])) < 65528UL) , 0x796355BFL)) >= 0x3967L), l_233)) || l_218), p_23));
            }
            (*l_234) = &l_222;
            g_242[0]--;
            for (l_107 = 0; (l_107 <= 3); l_107 += 1)
            { /* block id: 127 */
                int8_t *l_254 = &l_218;
                int8_t **l_253 = &l_254;
                uint32_t l_268 = 2UL;
                int32_t *l_269 = (void*)0;
                int32_t l_270 = 6L;
                int32_t l_271[2][4][1];
                int i, j, k;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 4; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_271[i][j][k] = (-4L);
                    }
                }
                l_255 &= ((safe_add_func_uint64_t_u_u((safe_mul_func_int16_t_s_s(1L, (safe_sub_func_uint16_t_u_u((((l_111[l_107][l_107] ^ ((safe_unary_minus_func_int32_t_s(((p_23 <= ((*l_238) , (l_252 == l_253))) , 0x6C4B5619L))) & 0x43974035108D946FLL)) ^ p_23) <= p_23), (*l_235))))), (*l_169))) & p_23);
                (*l_234) = (l_269 = ((((*l_212) = ((l_256 , (safe_div_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u((~((safe_rshift_func_uint16_t_u_s(((0xA3L < (((*p_24) = ((safe_mul_func_int16_t_s_s((p_22.f0 , (safe_add_func_int32_t_s_s(((*l_169) != g_242[0]), 9UL))), (*l_238))) > l_222)) , (-1L))) , (*p_25)), (*l_169))) , (*l_169))), 0xC8L)), p_23))) >= l_268)) == 0UL) , (void*)0));
                g_274++;
            }
        }
        for (g_221 = 0; (g_221 >= 25); g_221++)
        { /* block id: 138 */
            int32_t l_279[1];
            uint16_t ***l_285[4];
            uint64_t *l_286 = &g_126;
            uint32_t ** const l_293 = (void*)0;
            union U0 *l_295 = &g_36[0];
            union U0 **l_294 = &l_295;
            union U0 *l_297 = &g_36[0];
            union U0 **l_296[4];
            int i;
            for (i = 0; i < 1; i++)
                l_279[i] = (-6L);
            for (i = 0; i < 4; i++)
                l_285[i] = &g_215;
            for (i = 0; i < 4; i++)
                l_296[i] = &l_297;
            if ((l_279[0] <= ((*l_286) = ((safe_mul_func_int16_t_s_s((g_126 < ((safe_unary_minus_func_uint32_t_u(((safe_sub_func_uint16_t_u_u(((((*l_169) = ((l_285[2] != (void*)0) & (l_279[0] >= (*l_169)))) | l_241[0]) && 0x850C3E0DL), 0L)) <= (**g_215)))) , g_78)), p_22.f0)) && 18446744073709551615UL))))
            { /* block id: 141 */
                uint8_t l_287 = 0UL;
                if (l_287)
                    break;
                l_279[0] = (*l_169);
            }
            else
            { /* block id: 144 */
                int32_t * const ****l_288 = (void*)0;
                int32_t **l_292 = &g_116;
                int32_t ***l_291 = &l_292;
                int32_t ****l_290 = &l_291;
                int32_t *****l_289 = &l_290;
                (*l_169) |= 0xB085F670L;
                (*l_289) = (void*)0;
            }
            g_298 = (((void*)0 != l_293) , ((*l_294) = &p_22));
            if (p_23)
                continue;
            for (l_98 = (-27); (l_98 == 14); l_98++)
            { /* block id: 153 */
                int32_t *l_301[3][5][1] = {{{&l_222},{&l_241[2]},{&l_222},{(void*)0},{(void*)0}},{{&l_222},{&l_241[2]},{&l_222},{&l_241[2]},{&l_222}},{{(void*)0},{(void*)0},{&l_222},{&l_241[2]},{&l_222}}};
                int i, j, k;
                l_302--;
            }
        }
    }
    else
    { /* block id: 157 */
        int32_t *l_311 = &l_107;
        int32_t l_333 = 0xC292048EL;
        int32_t l_335 = (-1L);
        int32_t l_336 = 2L;
        int32_t l_337 = 0x660075FBL;
        int32_t l_338[3][4][1] = {{{0xB18DAE7BL},{0xB18DAE7BL},{(-3L)},{(-5L)}},{{(-3L)},{0xB18DAE7BL},{0xB18DAE7BL},{(-3L)}},{{(-5L)},{(-3L)},{0xB18DAE7BL},{0xB18DAE7BL}}};
        int32_t l_346[3];
        int64_t *l_360 = &g_76;
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_346[i] = 6L;
        for (g_78 = 0; (g_78 < 20); g_78 = safe_add_func_uint64_t_u_u(g_78, 2))
        { /* block id: 160 */
            uint32_t l_307 = 1UL;
            int32_t * const l_310[2][2] = {{&g_2[0][3][0],&g_2[0][3][0]},{&g_2[0][3][0],&g_2[0][3][0]}};
            int i, j;
            l_307--;
            l_311 = l_310[1][0];
            if (g_83)
                goto lbl_312;
            if ((*l_311))
                break;
        }
        for (l_110 = 26; (l_110 > (-21)); l_110 = safe_sub_func_uint16_t_u_u(l_110, 8))
        { /* block id: 168 */
            uint16_t l_316[1];
            int64_t *l_324 = &g_76;
            uint16_t l_327 = 0UL;
            int32_t l_334 = 0x19F553E6L;
            int32_t l_339 = (-1L);
            int32_t l_340 = 0x8A9877D3L;
            int32_t l_341 = 0xFC54CE3AL;
            int32_t l_342 = 0xFFCC7A82L;
            int32_t l_343 = 0xC069EF53L;
            int32_t l_344 = 0x9854E491L;
            int32_t l_345[1][5][4] = {{{1L,1L,1L,(-7L)},{0x325E379CL,1L,9L,1L},{1L,(-1L),(-1L),1L},{1L,1L,(-1L),(-7L)},{1L,0x325E379CL,9L,0x325E379CL}}};
            uint16_t l_347 = 65535UL;
            int64_t **l_361[4][4][3] = {{{(void*)0,&l_324,&l_360},{&l_360,&l_360,&l_324},{&l_360,&l_324,&l_324},{&l_324,&l_360,&l_324}},{{&l_324,&l_324,&l_360},{&l_324,&l_360,&l_360},{(void*)0,&l_324,&l_360},{&l_360,&l_360,&l_324}},{{&l_360,&l_324,&l_324},{&l_324,&l_360,&l_324},{&l_324,&l_324,&l_360},{&l_324,&l_360,&l_360}},{{(void*)0,&l_324,&l_360},{&l_360,&l_360,&l_324},{&l_360,&l_324,&l_324},{&l_324,&l_360,&l_324}}};
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_316[i] = 0x3FC1L;
            if (((~(l_316[0] || (safe_mul_func_uint8_t_u_u((((*l_169) = ((((safe_rshift_func_uint8_t_u_u((p_22 , (safe_sub_func_int32_t_s_s(((((*l_324) = ((*l_169) | g_323)) || (safe_mul_func_int16_t_s_s(p_23, (*p_25)))) , l_327), 0x541D3C1DL))), 7)) , p_24) != (void*)0) && (*p_24))) == g_274), p_23)))) ^ l_316[0]))
            { /* block id: 171 */
                int32_t *l_328 = &l_98;
                int32_t *l_329 = &l_111[0][0];
                int32_t *l_330 = &l_111[0][0];
                int32_t *l_331 = &l_107;
                int32_t *l_332[5];
                int i;
                for (i = 0; i < 5; i++)
                    l_332[i] = &l_111[3][1];
                ++l_347;
                (*l_328) = (l_316[0] | p_23);
            }
            else
            { /* block id: 174 */
                uint16_t l_350[1][1][1];
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_350[i][j][k] = 0xDFA5L;
                    }
                }
                if ((*l_169))
                    break;
                if (p_22.f0)
                    break;
                l_350[0][0][0]++;
            }
            (*l_169) = (((*g_298) = func_26(p_22, p_23)) , (((g_362 = ((safe_mod_func_int8_t_s_s((((!((((safe_add_func_int16_t_s_s((*l_311), (safe_mul_func_uint16_t_u_u((*g_216), (*p_25))))) & (*p_25)) , p_22.f0) || (*l_311))) && (*p_25)) < 0xF597L), g_36[0].f0)) , l_360)) != (void*)0) | p_23));
        }
    }
    if (g_126)
        goto lbl_312;
    (*l_169) ^= 1L;
    return p_22.f0;
}


/* ------------------------------------------ */
/* 
 * reads : g_6 g_43 g_36.f0 g_76
 * writes: g_6 g_43 g_35 g_76 g_78
 */
static union U0  func_26(union U0  p_27, int64_t  p_28)
{ /* block id: 9 */
    int64_t l_37[4];
    int32_t *l_38 = (void*)0;
    int32_t *l_39 = &g_6[1][2];
    uint32_t *l_42 = &g_43;
    int32_t *l_80[1][3];
    union U0 l_81 = {0x7DL};
    int i, j;
    for (i = 0; i < 4; i++)
        l_37[i] = 0xDC870AF03FA9A180LL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_80[i][j] = &g_6[3][2];
    }
    (*l_39) = l_37[0];
    if (func_31(l_39, ((g_6[3][2] >= (*l_39)) && (0x663439FCL < ((++(*l_42)) ^ ((void*)0 == l_39))))))
    { /* block id: 12 */
        int8_t *l_48 = &g_35;
        int32_t l_49[4][3] = {{0x9A67E99EL,0x9A67E99EL,0x9A67E99EL},{0x30AF36EAL,0x30AF36EAL,0x30AF36EAL},{0x9A67E99EL,0x9A67E99EL,0x9A67E99EL},{0x30AF36EAL,0x30AF36EAL,0x30AF36EAL}};
        int32_t **l_77 = &l_39;
        int i, j;
        (*l_77) = func_46((((((void*)0 != l_48) || (((((((*l_48) = ((((l_49[0][1] , p_27.f0) != g_6[0][1]) , &g_43) == l_39)) , l_49[1][0]) || 0x0E7C4BD4AC961F9DLL) > (*l_39)) , g_36[0].f0) , 65530UL)) , 0x2828L) != 8UL));
        g_78 = g_6[3][2];
    }
    else
    { /* block id: 28 */
        int32_t **l_79[2][2] = {{&l_38,&l_38},{&l_38,&l_38}};
        int i, j;
        l_80[0][2] = l_38;
    }
    return l_81;
}


/* ------------------------------------------ */
/* 
 * reads : g_6
 * writes:
 */
static int8_t  func_31(int32_t * p_32, uint8_t  p_33)
{ /* block id: 6 */
    return g_6[3][2];
}


/* ------------------------------------------ */
/* 
 * reads : g_43 g_36.f0 g_6 g_76
 * writes: g_43 g_76
 */
static int32_t * func_46(int64_t  p_47)
{ /* block id: 14 */
    int32_t *l_50 = (void*)0;
    int32_t *l_51 = &g_6[3][3];
    int32_t *l_52 = &g_6[2][1];
    int32_t l_53 = 9L;
    int32_t l_54 = 0x2FD97811L;
    int32_t l_55 = 0x0D0CE47CL;
    int32_t *l_56 = &g_6[0][0];
    int32_t *l_57 = (void*)0;
    int32_t *l_58 = &l_55;
    int32_t *l_59 = (void*)0;
    int32_t l_60 = 1L;
    int32_t *l_61 = &l_53;
    int32_t *l_62 = &g_6[3][2];
    int32_t *l_63[5] = {&g_2[1][3][0],&g_2[1][3][0],&g_2[1][3][0],&g_2[1][3][0],&g_2[1][3][0]};
    uint32_t l_64[3];
    uint16_t *l_70 = &g_71;
    uint16_t **l_69[4] = {&l_70,&l_70,&l_70,&l_70};
    uint32_t l_73 = 4294967291UL;
    int i;
    for (i = 0; i < 3; i++)
        l_64[i] = 0x888BC06FL;
    l_64[0]--;
    for (g_43 = 0; (g_43 <= 35); g_43 = safe_add_func_int64_t_s_s(g_43, 9))
    { /* block id: 18 */
        uint16_t ***l_72 = &l_69[3];
        (*l_72) = l_69[3];
        if (p_47)
            break;
        if (g_36[0].f0)
            break;
    }
    ++l_73;
    g_76 |= (*l_62);
    return &g_2[0][3][0];
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
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_2[i][j][k], "g_2[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_6[i][j], "g_6[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_35, "g_35", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_36[i].f0, "g_36[i].f0", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    transparent_crc(g_76, "g_76", print_hash_value);
    transparent_crc(g_78, "g_78", print_hash_value);
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_126, "g_126", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    transparent_crc(g_165, "g_165", print_hash_value);
    transparent_crc(g_204, "g_204", print_hash_value);
    transparent_crc(g_221, "g_221", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_242[i], "g_242[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_274, "g_274", print_hash_value);
    transparent_crc(g_323, "g_323", print_hash_value);
    transparent_crc(g_376, "g_376", print_hash_value);
    transparent_crc(g_415, "g_415", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_507[i][j][k], "g_507[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_562, "g_562", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 176
XXX total union variables: 6

XXX max expression depth: 21
breakdown:
   depth: 1, occurrence: 165
   depth: 2, occurrence: 29
   depth: 3, occurrence: 2
   depth: 4, occurrence: 3
   depth: 5, occurrence: 1
   depth: 6, occurrence: 1
   depth: 8, occurrence: 1
   depth: 9, occurrence: 6
   depth: 10, occurrence: 1
   depth: 11, occurrence: 3
   depth: 12, occurrence: 2
   depth: 13, occurrence: 1
   depth: 15, occurrence: 2
   depth: 16, occurrence: 1
   depth: 17, occurrence: 3
   depth: 19, occurrence: 1
   depth: 20, occurrence: 2
   depth: 21, occurrence: 2

XXX total number of pointers: 183

XXX times a variable address is taken: 221
XXX times a pointer is dereferenced on RHS: 60
breakdown:
   depth: 1, occurrence: 56
   depth: 2, occurrence: 2
   depth: 3, occurrence: 2
XXX times a pointer is dereferenced on LHS: 69
breakdown:
   depth: 1, occurrence: 69
XXX times a pointer is compared with null: 11
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 4
XXX times a pointer is qualified to be dereferenced: 3001

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 574
   level: 2, occurrence: 20
   level: 3, occurrence: 6
   level: 4, occurrence: 12
XXX number of pointers point to pointers: 55
XXX number of pointers point to scalars: 124
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 28.4
XXX average alias set size: 1.31

XXX times a non-volatile is read: 413
XXX times a non-volatile is write: 227
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 4

XXX stmts: 147
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 19
   depth: 1, occurrence: 26
   depth: 2, occurrence: 49
   depth: 3, occurrence: 53

XXX percentage a fresh-made variable is used: 15.7
XXX percentage an existing variable is used: 84.3
********************* end of statistics **********************/

