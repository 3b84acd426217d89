/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 5002 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3 --max-funcs 8 --max-block-depth 4 --max-expr-complexity 10
 * Seed:      5002
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
static int16_t safe_div_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a / b); }
static int32_t safe_div_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a / b); }
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
static uint64_t safe_div_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint64_t safe_mod_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a % b); }
static uint8_t safe_mod_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_mul_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * (uint32_t)b); }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint32_t  f0;
   const int32_t  f1;
};

struct S1 {
   const int32_t  f0;
   uint8_t  f1;
   int64_t  f2;
};

struct S2 {
   int32_t  f0;
   struct S0  f1;
   const int32_t  f2;
   int64_t  f3;
   const int8_t  f4;
};

struct S3 {
   const struct S0  f0;
   struct S0  f1;
   int32_t  f2;
};

struct S4 {
   const uint8_t  f0;
   struct S0  f1;
   struct S2  f2;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0x63E31551L;
static int32_t g_5[4] = {0x2CA3C0BFL,0x2CA3C0BFL,0x2CA3C0BFL,0x2CA3C0BFL};
static int32_t g_8 = 0x40ED3C15L;
static struct S0 g_42[5] = {{18446744073709551606UL,0x219FA4A6L},{18446744073709551606UL,0x219FA4A6L},{18446744073709551606UL,0x219FA4A6L},{18446744073709551606UL,0x219FA4A6L},{18446744073709551606UL,0x219FA4A6L}};
static struct S1 g_43 = {0xC66883CEL,0x17L,-1L};
static int32_t g_50 = 0xC7F5175DL;
static int32_t g_53[2] = {0x161E4171L,0x161E4171L};
static int32_t *g_60 = &g_8;
static int32_t **g_59 = &g_60;
static int32_t * const *g_104 = &g_60;
static int32_t * const **g_103 = &g_104;
static int32_t * const ***g_102 = &g_103;
static int32_t g_113[3] = {(-1L),(-1L),(-1L)};
static int32_t g_114 = 0x5237E92BL;
static int32_t g_115 = 6L;
static int32_t g_116[5][3][4] = {{{(-10L),0L,1L,0xC770407CL},{0L,(-10L),1L,1L},{(-10L),(-10L),1L,0xC770407CL}},{{(-10L),0L,1L,0xC770407CL},{0L,(-10L),1L,1L},{(-10L),(-10L),1L,0xC770407CL}},{{(-10L),0L,1L,0xC770407CL},{0L,(-10L),1L,1L},{0L,0L,0xC770407CL,1L}},{{0L,0x9EA85020L,1L,1L},{0x9EA85020L,0L,1L,1L},{0L,0L,0xC770407CL,1L}},{{0L,0x9EA85020L,1L,1L},{0x9EA85020L,0L,1L,1L},{0L,0L,0xC770407CL,1L}}};
static int32_t g_117 = 0x1B0934BFL;
static int32_t g_118[2][4] = {{0xF7CAE9FCL,0xF7CAE9FCL,0xF7CAE9FCL,0xF7CAE9FCL},{0xF7CAE9FCL,0xF7CAE9FCL,0xF7CAE9FCL,0xF7CAE9FCL}};
static int32_t g_119 = 0x91C60118L;
static int32_t g_120 = 8L;
static int32_t g_121 = 0xD88D3DE1L;
static int32_t g_122[2] = {(-8L),(-8L)};
static int32_t g_123 = 0x196DCF8DL;
static int32_t g_124 = 0x314FBCE5L;
static int32_t g_125 = 4L;
static int32_t g_126 = 4L;
static int16_t g_128 = 0xAF00L;
static uint8_t g_147 = 0x05L;
static uint64_t g_161 = 0x2DF7CCAC8DB39B42LL;
static struct S3 g_178 = {{0x95B5E54AL,0x5FBAF3FAL},{18446744073709551613UL,0x3CF7B5A8L},0x1E9D7170L};
static struct S0 g_191 = {0UL,0xAC6BCD61L};
static struct S0 *g_190 = &g_191;
static uint16_t g_192[1] = {0UL};
static int16_t *g_204 = &g_128;
static const int16_t g_207 = 1L;
static int32_t g_230 = 5L;
static struct S3 g_267 = {{18446744073709551615UL,0x13B82C50L},{0xF9C1AF25L,0x1DA71828L},0x6832C64FL};
static int64_t g_271 = 1L;
static uint32_t g_272 = 2UL;
static uint32_t g_274[5][1] = {{2UL},{2UL},{2UL},{2UL},{2UL}};
static int16_t **g_346 = &g_204;
static struct S2 g_374 = {-1L,{18446744073709551612UL,-9L},0x611628A2L,0xF2F3CA0FBA80B2E2LL,0L};
static uint16_t g_395 = 65529UL;
static int8_t g_411 = 0x95L;
static int8_t g_475[4][1][5] = {{{0xD5L,0xD5L,0xD5L,0xD5L,0xD5L}},{{0xD5L,0xD5L,0xD5L,0xD5L,0xD5L}},{{0xD5L,0xD5L,0xD5L,0xD5L,0xD5L}},{{0xD5L,0xD5L,0xD5L,0xD5L,0xD5L}}};
static int8_t g_491 = (-7L);
static int16_t g_506[2] = {0x3E4AL,0x3E4AL};
static int16_t g_508 = (-6L);
static struct S4 g_551 = {0x62L,{0x95350170L,1L},{0x4D4FD9CDL,{0x17AA8B89L,0L},0x0F153890L,0xDB21BE9260B8B3FCLL,0x5CL}};
static const uint8_t g_564 = 0x65L;
static uint32_t g_596 = 4294967291UL;
static struct S0 * const *g_667 = &g_190;
static struct S0 * const ** const g_666 = &g_667;
static struct S0 ** const g_669 = &g_190;
static struct S0 ** const *g_668 = &g_669;
static int16_t g_733[5] = {(-4L),(-4L),(-4L),(-4L),(-4L)};


/* --- FORWARD DECLARATIONS --- */
static struct S1  func_1(void);
static struct S2  func_11(int8_t  p_12, uint8_t  p_13, const uint16_t  p_14);
static uint8_t  func_16(uint32_t  p_17, struct S0  p_18, uint8_t  p_19, int16_t  p_20, struct S0  p_21);
static int16_t  func_24(int16_t  p_25, int8_t  p_26);
static int8_t  func_28(struct S0  p_29, int8_t  p_30);
static uint16_t  func_34(const int32_t  p_35, struct S1  p_36, uint32_t  p_37);
static struct S1  func_38(uint8_t  p_39);
static struct S1  func_44(struct S0 * p_45, int16_t  p_46);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_43
 * writes: g_2
 */
static struct S1  func_1(void)
{ /* block id: 0 */
    int32_t l_33 = (-8L);
    struct S0 l_275 = {18446744073709551613UL,0x6D8EFE95L};
    int32_t l_590 = 0x385435F0L;
    int32_t l_593 = 0x731C42F5L;
    int16_t * const l_606 = (void*)0;
    int32_t **l_615 = &g_60;
    int32_t l_681 = (-1L);
    uint32_t l_682 = 0x8D5B74AFL;
    uint8_t l_686 = 255UL;
    uint32_t l_687 = 0xB21F0BAAL;
    int16_t l_703 = 0x1C00L;
    int8_t l_730 = 0xA6L;
    for (g_2 = 0; (g_2 < (-24)); g_2 = safe_sub_func_int8_t_s_s(g_2, 8))
    { /* block id: 3 */
        uint16_t l_576 = 5UL;
        const struct S0 *l_578 = (void*)0;
        const struct S0 **l_577 = &l_578;
        int32_t **l_581 = &g_60;
        int32_t l_592[5][3] = {{0x30456893L,(-6L),0x30456893L},{0x30456893L,(-6L),0x30456893L},{0x30456893L,(-6L),0x30456893L},{0x30456893L,(-6L),0x30456893L},{0x30456893L,(-6L),0x30456893L}};
        struct S0 *l_599[5];
        struct S3 l_604 = {{18446744073709551615UL,1L},{0UL,0x873F22B9L},1L};
        int16_t *l_605 = (void*)0;
        uint32_t *l_616 = &g_596;
        int32_t l_617 = 0x5C3740A3L;
        uint16_t *l_618 = &g_395;
        int32_t *l_619 = (void*)0;
        const uint64_t l_658 = 18446744073709551615UL;
        struct S1 l_713 = {1L,0x1BL,0L};
        const uint8_t l_718 = 0x65L;
        int8_t *l_727 = &g_475[1][0][4];
        uint8_t *l_731 = (void*)0;
        uint8_t *l_732[1][4][2] = {{{&g_43.f1,&g_43.f1},{&g_43.f1,&g_43.f1},{&g_43.f1,&g_43.f1},{&g_43.f1,&g_43.f1}}};
        int32_t *l_734 = (void*)0;
        int32_t *l_735 = (void*)0;
        int32_t *l_736 = &g_113[0];
        int i, j, k;
        for (i = 0; i < 5; i++)
            l_599[i] = &g_374.f1;
    }
    return g_43;
}


/* ------------------------------------------ */
/* 
 * reads : g_271 g_122 g_204 g_147 g_102 g_103 g_104 g_374.f1.f1 g_374.f3 g_395 g_60 g_8 g_5 g_267 g_117 g_118 g_346 g_128 g_191.f0 g_192 g_274 g_116 g_120 g_119 g_230 g_551.f2
 * writes: g_271 g_122 g_128 g_147 g_43.f2 g_374.f3 g_53 g_191.f0 g_230 g_411 g_119
 */
static struct S2  func_11(int8_t  p_12, uint8_t  p_13, const uint16_t  p_14)
{ /* block id: 223 */
    struct S3 *l_416 = &g_178;
    struct S3 **l_415[3];
    int32_t l_418 = 0xE3BC6F35L;
    struct S2 l_445 = {8L,{0x3FCF3599L,0x55FAAF14L},1L,0xAA163FD91E4E1AF7LL,1L};
    int32_t ***l_448 = &g_59;
    int32_t l_470[1];
    uint64_t l_492[5][5] = {{18446744073709551607UL,1UL,1UL,0UL,0UL},{18446744073709551607UL,1UL,0UL,1UL,18446744073709551607UL},{1UL,18446744073709551612UL,0x21F9BE9EE4BC88F1LL,0UL,1UL},{0x21F9BE9EE4BC88F1LL,18446744073709551612UL,1UL,1UL,18446744073709551612UL},{0UL,1UL,18446744073709551607UL,18446744073709551612UL,1UL}};
    struct S0 * const *l_495 = &g_190;
    int64_t *l_519 = &g_43.f2;
    int32_t *l_560 = (void*)0;
    const uint8_t *l_563 = &g_564;
    struct S1 l_572 = {0xB8CFD9F7L,0xD5L,0x7AF0C4F7C43971DALL};
    int i, j;
    for (i = 0; i < 3; i++)
        l_415[i] = &l_416;
    for (i = 0; i < 1; i++)
        l_470[i] = (-1L);
    for (g_271 = 1; (g_271 >= 0); g_271 -= 1)
    { /* block id: 226 */
        int64_t l_413 = 0x8229333FC29A3562LL;
        struct S3 l_414 = {{0x0EAD4ACAL,0L},{6UL,-1L},0L};
        int8_t *l_417[5][2] = {{&g_411,&g_411},{&g_411,&g_411},{&g_411,&g_411},{&g_411,&g_411},{&g_411,&g_411}};
        uint8_t *l_435 = &g_147;
        int32_t **l_438 = &g_60;
        int64_t *l_439[1];
        int64_t l_440[5][5] = {{(-5L),(-5L),0xD841FEB358894D6FLL,(-5L),(-5L)},{0x67A11B7B4BF7E3C9LL,0x7472F43A5429BD0ELL,0x67A11B7B4BF7E3C9LL,0x67A11B7B4BF7E3C9LL,0x7472F43A5429BD0ELL},{(-5L),0L,0L,(-5L),0L},{0x7472F43A5429BD0ELL,0x7472F43A5429BD0ELL,(-2L),0x7472F43A5429BD0ELL,0x7472F43A5429BD0ELL},{0L,(-5L),0L,0L,(-5L)}};
        int32_t l_473 = 0x71500FCAL;
        int32_t l_476 = 0x3491F1DAL;
        int32_t l_477[5] = {1L,1L,1L,1L,1L};
        const struct S0 **l_500 = (void*)0;
        uint64_t l_510 = 0xE91E370D4D815582LL;
        uint16_t *l_544 = &g_192[0];
        struct S1 l_552 = {0L,255UL,1L};
        int32_t *l_557 = &g_230;
        int i, j;
        for (i = 0; i < 1; i++)
            l_439[i] = &l_413;
        g_122[g_271] &= (l_413 && (l_418 = ((l_414 , l_415[1]) == &l_416)));
        if (l_414.f1.f1)
            break;
        if ((safe_add_func_int64_t_s_s(((l_414.f0.f0 == ((safe_sub_func_int16_t_s_s(((safe_add_func_int64_t_s_s((g_374.f3 |= (g_43.f2 = ((((safe_add_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u(p_14, (safe_mul_func_int16_t_s_s(((safe_add_func_uint16_t_u_u(65535UL, ((*g_204) = l_414.f0.f1))) , (((((safe_rshift_func_uint8_t_u_s(((*l_435)--), l_414.f1.f1)) & 0xEA8AL) , l_438) != (**g_102)) , p_13)), p_13)))), p_14)) != g_374.f1.f1) ^ p_12) | p_13))), l_418)) & g_395), p_13)) && (-1L))) || p_12), l_440[3][2])))
        { /* block id: 234 */
            int64_t l_443 = (-1L);
            int32_t l_444 = 1L;
            l_443 |= (safe_mul_func_uint8_t_u_u((**l_438), 0L));
            g_53[1] = ((0x57E4F9625D5A5766LL < (g_267 , (((255UL | 0xB7L) , g_117) , ((((&p_13 == &g_147) == g_118[0][1]) , ((**l_438) > (**g_346))) , l_444)))) , p_13);
            if (l_418)
                continue;
            return l_445;
        }
        else
        { /* block id: 239 */
            int8_t l_464[4];
            int32_t l_466 = (-4L);
            int32_t l_469 = 0L;
            int32_t l_472 = 0xE30F8574L;
            struct S2 l_481 = {3L,{18446744073709551606UL,-1L},-1L,0x24FA66ED11156568LL,0x28L};
            int i;
            for (i = 0; i < 4; i++)
                l_464[i] = 0L;
            for (g_191.f0 = 0; (g_191.f0 <= 0); g_191.f0 += 1)
            { /* block id: 242 */
                int32_t *l_451 = &g_230;
                int32_t l_463 = 0L;
                int32_t *l_465[1][4] = {{&g_122[0],&g_122[0],&g_122[0],&g_122[0]}};
                int i, j;
                l_445.f0 ^= ((g_411 = (safe_rshift_func_int8_t_s_u(((l_448 == &l_438) , (safe_mod_func_int16_t_s_s((g_192[g_191.f0] , 0xAA23L), (((*l_451) = (g_267 , g_192[g_191.f0])) , g_192[g_191.f0])))), ((*l_435)--)))) & (safe_mul_func_int16_t_s_s((safe_div_func_uint64_t_u_u(((l_463 ^= (g_274[g_191.f0][g_191.f0] , (safe_div_func_int32_t_s_s((safe_mod_func_uint64_t_u_u((~((g_274[g_191.f0][g_191.f0] && 0UL) || 18446744073709551608UL)), g_116[4][0][1])), 0x41802B60L)))) > l_464[3]), g_120)), g_192[g_191.f0])));
                l_466 = (-6L);
            }
            for (g_191.f0 = 0; (g_191.f0 <= 0); g_191.f0 += 1)
            { /* block id: 252 */
                int32_t l_467 = 0x7CD09B31L;
                int32_t l_471 = 0x3871057FL;
                int32_t l_474 = 0x7A37914DL;
                uint32_t l_478 = 4UL;
                for (g_119 = 0; (g_119 <= 1); g_119 += 1)
                { /* block id: 255 */
                    int32_t *l_468[5];
                    int i;
                    for (i = 0; i < 5; i++)
                        l_468[i] = (void*)0;
                    if (p_12)
                        break;
                    if ((***g_103))
                        continue;
                    --l_478;
                }
                return l_481;
            }
        }
        for (g_230 = 0; (g_230 >= 0); g_230 -= 1)
        { /* block id: 265 */
            int32_t *l_482 = &l_477[4];
            int32_t *l_483 = &g_267.f2;
            int32_t l_484 = 9L;
            int32_t *l_485 = &g_374.f0;
            int32_t *l_486 = &l_473;
            int32_t *l_487 = &g_121;
            int32_t *l_488 = &l_418;
            int32_t *l_489 = &g_122[g_271];
            int32_t *l_490[3][3][4];
            const struct S0 *l_497 = &g_178.f0;
            const struct S0 **l_496 = &l_497;
            const struct S0 ***l_498 = (void*)0;
            const struct S0 ***l_499[1][3];
            struct S4 l_504 = {0x9EL,{8UL,5L},{-1L,{0xEE0D27B1L,0x79271B03L},0x503E098AL,1L,0x1AL}};
            int16_t *l_505 = &g_506[0];
            int16_t *l_507 = &g_508;
            uint8_t **l_561 = &l_435;
            const uint8_t *l_562[5][4][4] = {{{&g_43.f1,(void*)0,&g_43.f1,&g_43.f1},{&g_43.f1,&g_43.f1,&g_43.f1,(void*)0},{&g_43.f1,(void*)0,&g_43.f1,&g_43.f1},{&g_43.f1,&g_43.f1,&g_43.f1,(void*)0}},{{&g_43.f1,(void*)0,&g_43.f1,&g_43.f1},{&g_43.f1,&g_43.f1,&g_43.f1,(void*)0},{&g_43.f1,(void*)0,&g_43.f1,&g_43.f1},{&g_43.f1,&g_43.f1,&g_43.f1,(void*)0}},{{&g_43.f1,(void*)0,&g_43.f1,&g_43.f1},{&g_43.f1,&g_43.f1,&g_43.f1,(void*)0},{&g_43.f1,(void*)0,&g_43.f1,&g_43.f1},{&g_43.f1,&g_43.f1,&g_43.f1,(void*)0}},{{&g_43.f1,(void*)0,&g_43.f1,&g_43.f1},{&g_43.f1,&g_43.f1,&g_43.f1,(void*)0},{&g_43.f1,(void*)0,&g_43.f1,&g_43.f1},{&g_43.f1,&g_43.f1,&g_43.f1,(void*)0}},{{&g_43.f1,(void*)0,&g_43.f1,&g_43.f1},{&g_43.f1,&g_43.f1,&g_43.f1,(void*)0},{&g_43.f1,(void*)0,&g_43.f1,&g_43.f1},{&g_43.f1,&g_43.f1,&g_43.f1,(void*)0}}};
            uint32_t *l_573[2];
            int i, j, k;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 3; j++)
                {
                    for (k = 0; k < 4; k++)
                        l_490[i][j][k] = &l_418;
                }
            }
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_499[i][j] = &l_496;
            }
            for (i = 0; i < 2; i++)
                l_573[i] = &g_272;
            l_492[4][2]--;
        }
    }
    return g_551.f2;
}


/* ------------------------------------------ */
/* 
 * reads : g_161 g_116 g_118 g_178 g_102 g_103 g_204 g_128 g_113 g_274 g_59 g_60 g_8 g_5 g_126 g_271 g_374 g_192 g_395 g_104 g_42.f0 g_43.f1 g_267.f0.f1 g_411
 * writes: g_147 g_113 g_192 g_126 g_271 g_274 g_395 g_411
 */
static uint8_t  func_16(uint32_t  p_17, struct S0  p_18, uint8_t  p_19, int16_t  p_20, struct S0  p_21)
{ /* block id: 166 */
    int16_t l_282 = 2L;
    struct S4 l_289 = {255UL,{18446744073709551615UL,1L},{-4L,{0x1A568303L,0x4A77F9E0L},1L,0xBEBA78A4743BEBD9LL,6L}};
    int32_t ***l_298 = &g_59;
    int32_t ****l_299 = (void*)0;
    int32_t ****l_300 = &l_298;
    uint8_t *l_301 = &g_147;
    int32_t *l_302 = (void*)0;
    int32_t *l_303 = &g_113[0];
    int32_t l_304 = 0xB3FD032CL;
    uint8_t *l_305[2];
    int16_t *l_306 = &g_128;
    uint16_t *l_307 = &g_192[0];
    int32_t l_308[1][4][4] = {{{0x34C744DAL,0x34C744DAL,0xE036F13BL,0x34C744DAL},{0x34C744DAL,3L,3L,0x34C744DAL},{3L,0x34C744DAL,3L,3L},{0x34C744DAL,0x34C744DAL,0xE036F13BL,0x34C744DAL}}};
    struct S3 *l_322[4] = {&g_267,&g_267,&g_267,&g_267};
    int64_t *l_371 = &g_271;
    uint8_t l_379 = 255UL;
    uint32_t *l_380 = (void*)0;
    uint32_t *l_381 = &g_274[2][0];
    const uint32_t l_385 = 6UL;
    uint16_t *l_394 = &g_395;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_305[i] = &g_43.f1;
    l_308[0][2][1] ^= (safe_add_func_int64_t_s_s(g_161, (safe_mul_func_uint16_t_u_u((safe_sub_func_int32_t_s_s((((*l_307) = (g_116[2][0][1] >= (g_118[1][3] > ((l_282 && 0xA3L) < (safe_rshift_func_int16_t_s_s(((((l_306 = ((p_19 = ((safe_div_func_int32_t_s_s((safe_sub_func_uint16_t_u_u((g_178 , ((l_289 , (safe_div_func_int32_t_s_s(((*l_303) ^= ((safe_mul_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u(((*l_301) = (safe_mul_func_uint16_t_u_u(((((*l_300) = l_298) != (*g_102)) , p_19), (*g_204)))), p_21.f1)), 251UL)) <= p_18.f1)), l_304))) > p_17)), g_116[4][1][0])), p_18.f0)) <= p_18.f1)) , (void*)0)) != (void*)0) | g_274[0][0]) != p_21.f1), 10)))))) , (**g_59)), 1L)), (*g_204)))));
    for (g_126 = 0; (g_126 == 13); g_126 = safe_add_func_uint64_t_u_u(g_126, 8))
    { /* block id: 176 */
        int32_t l_315 = 1L;
        int32_t **l_321 = &g_60;
        const int64_t l_323 = 0x308A2A7BF1E7EB24LL;
        struct S3 *l_332[1];
        int16_t ** const l_333 = &l_306;
        int16_t l_344 = 0x6793L;
        int32_t l_347[2];
        uint64_t l_348 = 18446744073709551614UL;
        int i;
        for (i = 0; i < 1; i++)
            l_332[i] = &g_178;
        for (i = 0; i < 2; i++)
            l_347[i] = 3L;
    }
    for (l_304 = (-24); (l_304 >= (-17)); l_304 = safe_add_func_uint32_t_u_u(l_304, 5))
    { /* block id: 208 */
        int32_t *l_365[4][1] = {{&l_308[0][1][3]},{&g_118[0][1]},{&l_308[0][1][3]},{&g_118[0][1]}};
        uint16_t l_366 = 65527UL;
        int i, j;
        l_366--;
    }
    if ((safe_lshift_func_uint16_t_u_s(((*l_394) ^= (((*l_371) &= p_21.f1) != (((safe_sub_func_int8_t_s_s((g_374 , (safe_mod_func_uint32_t_u_u((safe_sub_func_int32_t_s_s(l_379, ((*l_381) = 0UL))), ((+g_374.f0) || (--(*l_307)))))), l_385)) ^ (safe_mod_func_uint64_t_u_u(((safe_add_func_int64_t_s_s((safe_lshift_func_int16_t_s_s(((((0L | (((***l_298) == (safe_rshift_func_int16_t_s_u((p_20 = p_21.f1), 1))) > 4UL)) & p_18.f1) & (****l_300)) <= (**g_59)), 14)), p_18.f0)) , 9UL), g_116[4][1][0]))) & (***l_298)))), 9)))
    { /* block id: 216 */
        uint64_t l_404 = 0x98DFA4908C5F60F4LL;
        uint64_t *l_405 = &g_161;
        int8_t *l_410 = &g_411;
        (*l_303) &= (safe_mul_func_int16_t_s_s(((safe_mod_func_int16_t_s_s((l_289 , (safe_add_func_int32_t_s_s((**g_104), (g_126 | ((safe_sub_func_uint8_t_u_u((l_404 != ((((void*)0 != l_405) , (((safe_rshift_func_int8_t_s_u(((*l_410) &= ((g_42[3].f0 && (**g_59)) == (g_43.f1 < g_267.f0.f1))), 7)) < l_404) <= 0xD8DEL)) >= g_395)), g_374.f4)) , 18446744073709551609UL))))), (-1L))) , l_404), 0xD50CL));
    }
    else
    { /* block id: 219 */
        uint16_t l_412[1];
        int i;
        for (i = 0; i < 1; i++)
            l_412[i] = 65533UL;
        return l_412[0];
    }
    return p_21.f0;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int16_t  func_24(int16_t  p_25, int8_t  p_26)
{ /* block id: 162 */
    return p_26;
}


/* ------------------------------------------ */
/* 
 * reads : g_128 g_125 g_122 g_115 g_120 g_8
 * writes: g_128 g_125 g_115 g_120 g_147 g_119
 */
static int8_t  func_28(struct S0  p_29, int8_t  p_30)
{ /* block id: 126 */
    int32_t l_239[1];
    int32_t l_245[1][5][2];
    uint8_t l_248[3][4][4] = {{{4UL,0x53L,0x42L,0x53L},{0x53L,0xA2L,0x71L,0x53L},{0x71L,0x53L,0xBDL,0xBDL},{0x95L,0x95L,0x42L,4UL}},{{0x95L,0xA2L,0xBDL,0x95L},{0x71L,4UL,0x71L,0xBDL},{0x53L,4UL,0x42L,0x95L},{4UL,0xA2L,0xA2L,4UL}},{{0x71L,0x95L,0xA2L,0xBDL},{4UL,0x53L,0x42L,0x53L},{0x53L,0xA2L,0x71L,0x53L},{0x71L,0x53L,0xBDL,0xBDL}}};
    int16_t l_253[4][3] = {{0xA4AFL,0xA4AFL,(-10L)},{0xA4AFL,0xA4AFL,(-10L)},{0xA4AFL,0xA4AFL,(-10L)},{0xA4AFL,0xA4AFL,(-10L)}};
    int8_t l_257 = 0x63L;
    uint8_t l_268 = 0x98L;
    int32_t *l_269 = &g_119;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_239[i] = 0xACF65933L;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 2; k++)
                l_245[i][j][k] = 0xE0652BE2L;
        }
    }
    for (g_128 = 1; (g_128 >= 0); g_128 -= 1)
    { /* block id: 129 */
        int64_t l_244[4][1][2] = {{{0x04BDA2B58F65C06CLL,8L}},{{0x04BDA2B58F65C06CLL,8L}},{{0x04BDA2B58F65C06CLL,8L}},{{0x04BDA2B58F65C06CLL,8L}}};
        int32_t l_246 = 4L;
        int32_t l_247 = 0x92B1ACEAL;
        int32_t *l_251 = &g_119;
        int32_t *l_252 = &g_122[g_128];
        int32_t *l_254 = &g_122[g_128];
        int32_t *l_255 = (void*)0;
        int32_t *l_256[2][4][4] = {{{&g_113[0],&g_122[g_128],&g_117,&g_116[4][1][0]},{&g_122[0],&g_113[0],&g_115,&g_5[0]},{&g_122[1],&g_116[4][0][3],&g_122[1],&g_5[0]},{&g_115,&g_113[0],&g_122[0],&g_116[4][1][0]}},{{&g_117,&g_122[g_128],&g_113[0],&g_113[0]},{&g_126,&g_126,&g_113[0],&g_122[1]},{&g_117,&g_126,&g_122[0],&g_122[g_128]},{&g_115,&g_122[0],&g_122[1],&g_122[0]}}};
        int8_t l_258[3];
        uint16_t l_259[4] = {1UL,1UL,1UL,1UL};
        struct S3 *l_265[4][4] = {{&g_178,&g_178,&g_178,&g_178},{(void*)0,&g_178,&g_178,&g_178},{&g_178,&g_178,&g_178,&g_178},{&g_178,&g_178,&g_178,&g_178}};
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_258[i] = 0x8FL;
        for (g_125 = 0; (g_125 <= 1); g_125 += 1)
        { /* block id: 132 */
            int32_t l_238 = (-8L);
            int32_t *l_240 = &g_113[1];
            int32_t *l_241 = &g_116[0][2][0];
            int32_t *l_242 = &l_238;
            int32_t *l_243[4];
            int i, j;
            for (i = 0; i < 4; i++)
                l_243[i] = &g_120;
            l_248[0][2][1]++;
        }
        if (g_122[g_128])
            break;
        ++l_259[2];
        for (g_115 = 0; (g_115 <= 1); g_115 += 1)
        { /* block id: 139 */
            struct S3 *l_266 = &g_267;
            for (g_120 = 1; (g_120 >= 0); g_120 -= 1)
            { /* block id: 142 */
                for (g_147 = 0; (g_147 <= 3); g_147 += 1)
                { /* block id: 145 */
                    int i;
                    if (g_122[g_120])
                        break;
                }
                for (p_30 = 0; (p_30 <= 1); p_30 += 1)
                { /* block id: 150 */
                    uint32_t l_262 = 1UL;
                    int i;
                    l_262--;
                    if (g_122[g_115])
                        continue;
                    l_266 = l_265[2][0];
                }
            }
        }
    }
    (*l_269) = (l_245[0][0][1] = l_268);
    return g_8;
}


/* ------------------------------------------ */
/* 
 * reads : g_8 g_102 g_5 g_103 g_104 g_59 g_60 g_121 g_122 g_119 g_124 g_178.f1.f0 g_192 g_147 g_42.f0 g_191.f0 g_43.f1 g_43.f0 g_204 g_128 g_230 g_114
 * writes: g_128 g_119 g_124 g_43.f1 g_121 g_125 g_60 g_190 g_192 g_204 g_53 g_122 g_191.f0
 */
static uint16_t  func_34(const int32_t  p_35, struct S1  p_36, uint32_t  p_37)
{ /* block id: 38 */
    int32_t ** const *l_92 = &g_59;
    int32_t l_93 = 1L;
    int32_t * const l_112[3][3][4] = {{{&g_121,&g_125,&g_117,&g_124},{&g_122[0],&g_115,&g_124,&g_121},{&g_122[0],&g_118[0][1],&g_117,&g_117}},{{&g_121,&g_121,&g_123,&g_126},{&g_119,&g_123,&g_113[0],&g_120},{&g_117,(void*)0,(void*)0,&g_113[0]}},{{&g_113[0],(void*)0,&g_121,&g_120},{(void*)0,&g_123,(void*)0,&g_126},{&g_118[0][1],&g_121,&g_125,&g_117}}};
    int32_t * const *l_111 = &l_112[0][1][1];
    int16_t *l_127 = &g_128;
    int32_t l_184 = 0xA8F97866L;
    int8_t l_210[2][5] = {{0L,0x11L,0L,0x11L,0L},{0x5DL,0x5DL,0x5DL,0x5DL,0x5DL}};
    uint16_t l_228[3];
    int8_t l_229 = (-1L);
    uint64_t *l_235 = &g_161;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_228[i] = 65534UL;
    l_93 &= (g_8 , ((void*)0 != l_92));
    g_119 |= ((safe_lshift_func_int16_t_s_s((safe_div_func_int16_t_s_s((safe_sub_func_uint16_t_u_u(((p_36.f1 >= (6UL || ((safe_mod_func_uint8_t_u_u((g_102 == ((safe_add_func_int16_t_s_s(g_5[2], ((*l_127) = ((safe_rshift_func_int16_t_s_u(p_36.f1, (safe_lshift_func_uint16_t_u_s((((p_36.f2 , (**g_102)) == (l_111 = (*g_103))) , ((0xF7L <= 0x13L) != (***l_92))), 15)))) , g_121)))) , (void*)0)), 1UL)) == 0UL))) || 0x338E40FFFF0E5992LL), g_122[1])), 0xD153L)), 4)) < 0x59L);
    for (g_124 = 0; (g_124 <= 1); g_124 += 1)
    { /* block id: 45 */
        int32_t l_154[4][4] = {{0L,0xC328A76BL,4L,1L},{9L,0xC328A76BL,0xC328A76BL,9L},{0xC328A76BL,9L,0L,9L},{0xC328A76BL,0L,0xC328A76BL,4L}};
        int32_t l_162 = 0x0081CEE7L;
        struct S1 l_193[4] = {{2L,0x84L,1L},{2L,0x84L,1L},{2L,0x84L,1L},{2L,0x84L,1L}};
        int i, j;
        for (g_43.f1 = 0; (g_43.f1 <= 2); g_43.f1 += 1)
        { /* block id: 48 */
            uint16_t l_129 = 0x47A4L;
            struct S0 l_135 = {0xD86D4A0BL,0xBF62E6A6L};
            uint16_t l_145 = 0xC2DDL;
            int32_t *l_163[4][5] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_116[1][1][3],&g_116[1][1][3],&g_116[1][1][3],&g_116[1][1][3],&g_116[1][1][3]},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_116[1][1][3],&g_116[1][1][3],&g_116[1][1][3],&g_116[1][1][3],&g_116[1][1][3]}};
            uint32_t l_166 = 1UL;
            struct S3 *l_177 = &g_178;
            int i, j;
            for (g_121 = 1; (g_121 >= 0); g_121 -= 1)
            { /* block id: 51 */
                int i, j, k;
                l_129--;
            }
        }
        for (g_125 = (-30); (g_125 >= 28); g_125 = safe_add_func_int8_t_s_s(g_125, 3))
        { /* block id: 91 */
            return p_37;
        }
        for (g_43.f1 = 0; (g_43.f1 <= 1); g_43.f1 += 1)
        { /* block id: 96 */
            int64_t l_187 = 0xAD158D1DA8338463LL;
            int32_t *l_188 = &g_5[2];
            struct S0 *l_189 = &g_42[3];
            int32_t l_227 = 0xEFDAD2A3L;
            int32_t l_231 = 0xE52D5821L;
            if (((p_36.f1 , l_184) | p_36.f2))
            { /* block id: 97 */
                uint64_t l_212 = 18446744073709551615UL;
                if ((g_178.f1.f0 > ((**g_59) , ((safe_lshift_func_int8_t_s_u(0x2DL, 6)) && l_187))))
                { /* block id: 98 */
                    (*g_59) = l_188;
                    g_190 = l_189;
                    if ((*g_60))
                        break;
                }
                else
                { /* block id: 102 */
                    int16_t **l_203 = (void*)0;
                    const int16_t *l_206 = &g_207;
                    const int16_t **l_205 = &l_206;
                    int32_t l_211 = 1L;
                    int i;
                    g_122[g_43.f1] = ((((g_192[0] ^= p_36.f2) , ((l_193[0] , p_36.f2) < ((g_53[g_124] = (g_147 != ((safe_sub_func_int32_t_s_s((safe_div_func_int16_t_s_s((((***l_92) == ((~(***l_92)) && ((g_204 = &g_128) == ((*l_205) = &g_128)))) <= ((l_210[0][3] = (safe_sub_func_uint32_t_u_u(((-1L) | p_36.f1), g_42[3].f0))) <= (*l_188))), 0x45ADL)), l_211)) == 4294967295UL))) , g_191.f0))) & l_212) <= 0x7E41DE62A7540F12LL);
                }
            }
            else
            { /* block id: 110 */
                int8_t *l_213[1][1][3];
                struct S2 l_226 = {-9L,{0x21595F4CL,0x82E622A4L},-1L,0L,1L};
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                    {
                        for (k = 0; k < 3; k++)
                            l_213[i][j][k] = &l_210[1][2];
                    }
                }
                l_231 &= ((l_162 = 1L) && ((safe_lshift_func_uint16_t_u_u((((((safe_mul_func_int8_t_s_s(p_36.f0, 0x3BL)) == (safe_add_func_int32_t_s_s((-1L), ((safe_mod_func_int32_t_s_s(((((((p_35 , ((safe_sub_func_uint8_t_u_u((((g_43.f0 != (safe_lshift_func_int16_t_s_u(((p_35 , l_226) , (p_36.f2 , (*g_204))), 3))) , l_154[0][1]) < p_36.f1), 255UL)) && l_227)) , p_36.f2) <= 0UL) , (***l_92)) != l_228[2]) ^ g_43.f1), l_154[1][3])) || 0xF2L)))) <= l_229) != l_226.f1.f1) , 0UL), 11)) == g_230));
                for (g_191.f0 = 14; (g_191.f0 != 14); ++g_191.f0)
                { /* block id: 115 */
                    uint64_t * const l_234 = (void*)0;
                    const int32_t l_236 = 0xCDD2221DL;
                    l_226.f0 = (l_234 == l_235);
                    if (l_236)
                        continue;
                    if (p_36.f1)
                        break;
                }
            }
        }
        l_154[0][1] ^= ((*g_102) == (*g_102));
    }
    return g_114;
}


/* ------------------------------------------ */
/* 
 * reads : g_43
 * writes:
 */
static struct S1  func_38(uint8_t  p_39)
{ /* block id: 10 */
    struct S0 *l_41[5][1][3] = {{{&g_42[2],&g_42[2],&g_42[2]}},{{&g_42[3],&g_42[3],&g_42[3]}},{{&g_42[2],&g_42[2],&g_42[2]}},{{&g_42[3],&g_42[3],&g_42[3]}},{{&g_42[2],&g_42[2],&g_42[2]}}};
    struct S0 **l_40 = &l_41[1][0][2];
    int i, j, k;
    (*l_40) = (void*)0;
    return g_43;
}


/* ------------------------------------------ */
/* 
 * reads : g_50 g_43.f2 g_53 g_43.f1 g_59 g_42.f1 g_43.f0 g_8 g_60 g_5
 * writes: g_50 g_43.f2 g_43.f1 g_59
 */
static struct S1  func_44(struct S0 * p_45, int16_t  p_46)
{ /* block id: 13 */
    int32_t *l_49 = &g_50;
    uint32_t l_78 = 0x0B9C45D1L;
    struct S1 l_91 = {0x137C2AE6L,0xA1L,0x41E233C22C9C813CLL};
lbl_90:
    (*l_49) &= 0x5C2DA50EL;
    for (g_43.f2 = 0; (g_43.f2 > 6); g_43.f2 = safe_add_func_int32_t_s_s(g_43.f2, 6))
    { /* block id: 17 */
        uint32_t l_54 = 0x3674DCCEL;
        int8_t l_83 = (-1L);
        uint32_t l_89 = 0xB7286010L;
        for (p_46 = 0; (p_46 <= 1); p_46 += 1)
        { /* block id: 20 */
            int i;
            (*l_49) |= (g_53[p_46] ^ 0x85L);
            ++l_54;
        }
        for (g_43.f1 = 0; (g_43.f1 != 12); g_43.f1 = safe_add_func_int64_t_s_s(g_43.f1, 1))
        { /* block id: 26 */
            int32_t ***l_61 = (void*)0;
            int32_t ***l_62 = &g_59;
            const struct S0 *l_88 = &g_42[3];
            (*l_62) = g_59;
            for (l_54 = 0; (l_54 != 39); l_54++)
            { /* block id: 30 */
                int32_t ****l_67 = &l_61;
                (*l_67) = ((safe_mul_func_uint8_t_u_u(p_46, 0xD2L)) , &g_59);
            }
            (*l_49) = (safe_sub_func_uint64_t_u_u((((safe_div_func_uint8_t_u_u(p_46, (safe_div_func_int64_t_s_s((g_42[3].f1 < ((*l_62) != &g_60)), ((safe_rshift_func_uint16_t_u_u(((safe_sub_func_int16_t_s_s(((*l_49) != l_78), ((safe_mul_func_uint16_t_u_u(((((safe_add_func_uint64_t_u_u(0UL, ((l_83 ^ (((((safe_div_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_u(((void*)0 != l_88), 6)) , 0x4DL), 5UL)) && l_89) , p_46) | p_46) , g_43.f0)) > g_8))) > (-3L)) & g_50) || (*l_49)), p_46)) || p_46))) < (***l_62)), (*l_49))) || (*l_49)))))) , (**g_59)) , 0UL), p_46));
        }
        if (l_54)
            goto lbl_90;
    }
    return l_91;
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
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_5[i], "g_5[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_8, "g_8", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_42[i].f0, "g_42[i].f0", print_hash_value);
        transparent_crc(g_42[i].f1, "g_42[i].f1", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_43.f0, "g_43.f0", print_hash_value);
    transparent_crc(g_43.f1, "g_43.f1", print_hash_value);
    transparent_crc(g_43.f2, "g_43.f2", print_hash_value);
    transparent_crc(g_50, "g_50", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_53[i], "g_53[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_113[i], "g_113[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_114, "g_114", print_hash_value);
    transparent_crc(g_115, "g_115", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_116[i][j][k], "g_116[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_117, "g_117", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_118[i][j], "g_118[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_119, "g_119", print_hash_value);
    transparent_crc(g_120, "g_120", print_hash_value);
    transparent_crc(g_121, "g_121", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_122[i], "g_122[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_123, "g_123", print_hash_value);
    transparent_crc(g_124, "g_124", print_hash_value);
    transparent_crc(g_125, "g_125", print_hash_value);
    transparent_crc(g_126, "g_126", print_hash_value);
    transparent_crc(g_128, "g_128", print_hash_value);
    transparent_crc(g_147, "g_147", print_hash_value);
    transparent_crc(g_161, "g_161", print_hash_value);
    transparent_crc(g_178.f0.f0, "g_178.f0.f0", print_hash_value);
    transparent_crc(g_178.f0.f1, "g_178.f0.f1", print_hash_value);
    transparent_crc(g_178.f1.f0, "g_178.f1.f0", print_hash_value);
    transparent_crc(g_178.f1.f1, "g_178.f1.f1", print_hash_value);
    transparent_crc(g_178.f2, "g_178.f2", print_hash_value);
    transparent_crc(g_191.f0, "g_191.f0", print_hash_value);
    transparent_crc(g_191.f1, "g_191.f1", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_192[i], "g_192[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_207, "g_207", print_hash_value);
    transparent_crc(g_230, "g_230", print_hash_value);
    transparent_crc(g_267.f0.f0, "g_267.f0.f0", print_hash_value);
    transparent_crc(g_267.f0.f1, "g_267.f0.f1", print_hash_value);
    transparent_crc(g_267.f1.f0, "g_267.f1.f0", print_hash_value);
    transparent_crc(g_267.f1.f1, "g_267.f1.f1", print_hash_value);
    transparent_crc(g_267.f2, "g_267.f2", print_hash_value);
    transparent_crc(g_271, "g_271", print_hash_value);
    transparent_crc(g_272, "g_272", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_274[i][j], "g_274[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_374.f0, "g_374.f0", print_hash_value);
    transparent_crc(g_374.f1.f0, "g_374.f1.f0", print_hash_value);
    transparent_crc(g_374.f1.f1, "g_374.f1.f1", print_hash_value);
    transparent_crc(g_374.f2, "g_374.f2", print_hash_value);
    transparent_crc(g_374.f3, "g_374.f3", print_hash_value);
    transparent_crc(g_374.f4, "g_374.f4", print_hash_value);
    transparent_crc(g_395, "g_395", print_hash_value);
    transparent_crc(g_411, "g_411", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_475[i][j][k], "g_475[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_491, "g_491", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_506[i], "g_506[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_508, "g_508", print_hash_value);
    transparent_crc(g_551.f0, "g_551.f0", print_hash_value);
    transparent_crc(g_551.f1.f0, "g_551.f1.f0", print_hash_value);
    transparent_crc(g_551.f1.f1, "g_551.f1.f1", print_hash_value);
    transparent_crc(g_551.f2.f0, "g_551.f2.f0", print_hash_value);
    transparent_crc(g_551.f2.f1.f0, "g_551.f2.f1.f0", print_hash_value);
    transparent_crc(g_551.f2.f1.f1, "g_551.f2.f1.f1", print_hash_value);
    transparent_crc(g_551.f2.f2, "g_551.f2.f2", print_hash_value);
    transparent_crc(g_551.f2.f3, "g_551.f2.f3", print_hash_value);
    transparent_crc(g_551.f2.f4, "g_551.f2.f4", print_hash_value);
    transparent_crc(g_564, "g_564", print_hash_value);
    transparent_crc(g_596, "g_596", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_733[i], "g_733[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 3
breakdown:
   depth: 0, occurrence: 172
   depth: 1, occurrence: 9
   depth: 2, occurrence: 6
   depth: 3, occurrence: 3
XXX total union variables: 0

XXX max expression depth: 33
breakdown:
   depth: 1, occurrence: 69
   depth: 2, occurrence: 29
   depth: 3, occurrence: 3
   depth: 5, occurrence: 2
   depth: 12, occurrence: 1
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 23, occurrence: 2
   depth: 25, occurrence: 1
   depth: 26, occurrence: 1
   depth: 28, occurrence: 1
   depth: 29, occurrence: 1
   depth: 33, occurrence: 1

XXX total number of pointers: 174

XXX times a variable address is taken: 228
XXX times a pointer is dereferenced on RHS: 91
breakdown:
   depth: 1, occurrence: 34
   depth: 2, occurrence: 42
   depth: 3, occurrence: 11
   depth: 4, occurrence: 4
XXX times a pointer is dereferenced on LHS: 89
breakdown:
   depth: 1, occurrence: 80
   depth: 2, occurrence: 8
   depth: 3, occurrence: 0
   depth: 4, occurrence: 1
XXX times a pointer is compared with null: 9
XXX times a pointer is compared with address of another variable: 5
XXX times a pointer is compared with another pointer: 6
XXX times a pointer is qualified to be dereferenced: 2273

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 283
   level: 2, occurrence: 191
   level: 3, occurrence: 83
   level: 4, occurrence: 49
XXX number of pointers point to pointers: 48
XXX number of pointers point to scalars: 110
XXX number of pointers point to structs: 16
XXX percent of pointers has null in alias set: 25.3
XXX average alias set size: 1.37

XXX times a non-volatile is read: 627
XXX times a non-volatile is write: 306
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 82
XXX max block depth: 4
breakdown:
   depth: 0, occurrence: 22
   depth: 1, occurrence: 18
   depth: 2, occurrence: 17
   depth: 3, occurrence: 11
   depth: 4, occurrence: 14

XXX percentage a fresh-made variable is used: 21.7
XXX percentage an existing variable is used: 78.3
********************* end of statistics **********************/

