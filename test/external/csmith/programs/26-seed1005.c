/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1005 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1005
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int16_t safe_add_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_add_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static int8_t safe_add_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_add_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a + (uint32_t)b); }
static uint32_t safe_add_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a + (uint32_t)b); }
static uint8_t safe_add_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a + (uint32_t)b); }
static int16_t safe_div_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a / b); }
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint32_t safe_div_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a / b); }
static uint8_t safe_div_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int16_t safe_lshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint16_t safe_lshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
static uint8_t safe_lshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
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
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
static int32_t safe_unary_minus_func_int32_t_s(int32_t a) { return (a == (-2147483647 - 1)) ? a : (int32_t)-a; }
static int8_t safe_unary_minus_func_int8_t_s(int8_t a) { return (a == (-127 - 1)) ? a : (int8_t)-a; }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint32_t  f0;
   int8_t  f1;
   int32_t  f2;
   int32_t  f3;
   uint8_t  f4;
};

struct S1 {
   const int16_t  f0;
   int8_t  f1;
   int32_t  f2;
};

struct S2 {
   int16_t  f0;
   struct S0  f1;
   int8_t  f2;
   uint32_t  f3;
   int16_t  f4;
};

struct S3 {
   int32_t  f0;
   uint8_t  f1;
   uint32_t  f2;
   int32_t  f3;
};

union U4 {
   uint16_t  f0;
   uint64_t  f1;
};

union U5 {
   const int64_t  f0;
};

/* --- GLOBAL VARIABLES --- */
static uint32_t g_27 = 0x17530975L;
static struct S3 g_39 = {0x19043831L,0xEAL,0x84C923F2L,9L};
static uint32_t g_43 = 4294967295UL;
static int8_t g_46[5] = {1L,1L,1L,1L,1L};
static uint16_t g_49 = 1UL;
static int32_t *g_51[5] = {&g_39.f3,&g_39.f3,&g_39.f3,&g_39.f3,&g_39.f3};
static struct S0 g_63 = {0xBA36ED29L,0xA8L,1L,9L,0UL};
static const uint32_t g_66 = 0xC0583186L;
static uint16_t *g_72 = (void*)0;
static uint16_t **g_71[2][2] = {{&g_72,&g_72},{&g_72,&g_72}};
static struct S3 g_87 = {0L,0x00L,0xFFC656B3L,0L};
static int16_t g_107 = 0x9A06L;
static uint64_t g_148 = 1UL;
static uint64_t g_150 = 18446744073709551615UL;
static int16_t *g_170 = &g_107;
static int16_t **g_169 = &g_170;
static struct S1 g_172 = {9L,0xC1L,4L};
static union U5 g_188 = {0xD24E7AAED5F3CC42LL};
static struct S2 g_218 = {0xEAA3L,{18446744073709551613UL,0x78L,0L,0L,0x3FL},8L,1UL,-1L};
static union U5 g_227[5] = {{0x8355240D6A9C4ECCLL},{0x8355240D6A9C4ECCLL},{0x8355240D6A9C4ECCLL},{0x8355240D6A9C4ECCLL},{0x8355240D6A9C4ECCLL}};
static int32_t g_231 = (-6L);
static int32_t *g_230 = &g_231;
static int8_t g_234 = (-5L);
static uint32_t g_238[5] = {0x17332287L,0x17332287L,0x17332287L,0x17332287L,0x17332287L};
static union U4 g_279 = {0x2619L};
static uint8_t *g_307 = (void*)0;
static int16_t g_350 = 6L;
static int32_t *g_363 = (void*)0;
static int32_t **g_362 = &g_363;
static struct S0 *g_375 = &g_63;
static struct S0 **g_374 = &g_375;
static struct S0 ***g_373 = &g_374;
static struct S0 ****g_372 = &g_373;
static int64_t g_451[4][1][5] = {{{1L,1L,5L,1L,5L}},{{1L,1L,(-8L),0xA0ABE1F7FABC39E7LL,(-8L)}},{{1L,1L,5L,1L,5L}},{{1L,1L,(-8L),0xA0ABE1F7FABC39E7LL,(-8L)}}};
static int16_t ***g_460[5][3] = {{&g_169,&g_169,&g_169},{&g_169,&g_169,&g_169},{&g_169,&g_169,&g_169},{&g_169,&g_169,&g_169},{&g_169,&g_169,&g_169}};
static int16_t ****g_459 = &g_460[0][2];
static uint16_t g_558 = 0x141EL;
static const struct S2 *g_561 = (void*)0;
static uint16_t g_562 = 0x60B3L;
static uint8_t g_601 = 255UL;
static int16_t g_614 = 0xB1B3L;


/* --- FORWARD DECLARATIONS --- */
static struct S1  func_1(void);
static int8_t  func_6(int32_t * p_7, const struct S3  p_8);
static int32_t * func_9(const struct S2  p_10, uint64_t  p_11);
static struct S2  func_12(int32_t  p_13, struct S3  p_14, int32_t * p_15);
static struct S2  func_20(int32_t  p_21, struct S2  p_22, int32_t * p_23);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_27 g_39 g_46 g_49 g_51 g_63 g_66 g_43 g_71 g_87.f0 g_87.f2 g_107 g_188 g_87.f3 g_218.f3 g_172.f1 g_218 g_170 g_230 g_238 g_227.f0 g_148 g_87.f1 g_231 g_87 g_279 g_227 g_172.f2 g_279.f0 g_172 g_307 g_169 g_350 g_188.f0 g_362 g_372 g_373 g_451 g_459 g_374 g_558 g_562 g_601 g_375 g_614 g_234
 * writes: g_43 g_46 g_49 g_27 g_39.f0 g_51 g_63 g_39.f3 g_39.f1 g_87 g_107 g_172.f1 g_218 g_238 g_148 g_231 g_279.f0 g_150 g_362 g_372 g_230 g_374 g_39.f2 g_558 g_561 g_562 g_39 g_601 g_375 g_234
 */
static struct S1  func_1(void)
{ /* block id: 0 */
    uint64_t l_2 = 0xB471DFD947597A61LL;
    int32_t *l_41 = &g_39.f0;
    struct S3 l_229[4] = {{0x213202DEL,0xBAL,1UL,-1L},{0x213202DEL,0xBAL,1UL,-1L},{0x213202DEL,0xBAL,1UL,-1L},{0x213202DEL,0xBAL,1UL,-1L}};
    int32_t l_627[4][3] = {{1L,0x14D2385EL,1L},{(-1L),0xFC0A3F54L,5L},{(-1L),(-1L),0xFC0A3F54L},{1L,0xFC0A3F54L,0xFC0A3F54L}};
    int i, j;
    if (l_2)
    { /* block id: 1 */
        uint8_t l_5 = 246UL;
        const int32_t *l_40 = &g_39.f3;
        uint32_t *l_42 = &g_43;
        int8_t *l_44 = (void*)0;
        int8_t *l_45 = &g_46[4];
        uint8_t *l_47 = &l_5;
        uint16_t *l_48 = &g_49;
        struct S2 l_50 = {0x65D2L,{0x4A48C552L,-10L,0x3BDEEF3AL,0x798D6677L,0x30L},0x99L,0xFBCB15E7L,3L};
        struct S2 *l_228 = &g_218;
        const struct S3 l_473 = {0L,0x09L,1UL,1L};
        int32_t **l_604 = &l_41;
        int32_t l_625 = 0x27648A0EL;
        int32_t l_626 = 1L;
        int32_t l_628 = (-1L);
        int32_t l_630 = 0xED6298E5L;
        int32_t l_631 = 4L;
        int32_t l_646 = 0x38FE283CL;
        (*l_604) = ((safe_mul_func_int8_t_s_s((l_5 || (func_6(func_9(func_12((safe_mul_func_uint16_t_u_u((safe_rshift_func_int16_t_s_s((((*l_228) = func_20(((safe_sub_func_uint16_t_u_u(((*l_48) ^= (~(g_27 == ((*l_47) = (safe_rshift_func_int16_t_s_s(((((safe_lshift_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_s((((*l_45) = (safe_add_func_int16_t_s_s((safe_mod_func_int16_t_s_s((1UL | ((!(((g_39 , (((*l_42) = ((l_40 == l_41) <= g_39.f0)) >= g_27)) <= g_39.f1) != 6L)) >= 6L)), (*l_41))), (*l_40)))) , g_46[1]), 12)), (*l_41))) , (*l_40)) & g_39.f1) , (*l_40)), g_39.f3)))))), g_39.f3)) , (-1L)), l_50, g_51[4])) , (*g_170)), 14)), 1L)), l_229[3], g_230), g_227[4].f0), l_473) < g_172.f0)), 4UL)) , &g_231);
        (*l_41) = (*l_41);
        for (g_279.f0 = 1; (g_279.f0 <= 4); g_279.f0 += 1)
        { /* block id: 316 */
            int32_t l_607 = 8L;
            uint16_t l_620 = 0xB97FL;
            int16_t *l_621 = &l_50.f4;
            int32_t l_629[4][3][2] = {{{9L,(-6L)},{(-6L),1L},{(-6L),0xFE42AE4EL}},{{9L,(-6L)},{0xFE42AE4EL,1L},{0xFE42AE4EL,(-6L)}},{{9L,0xFE42AE4EL},{(-6L),1L},{(-6L),(-6L)}},{{9L,(-6L)},{(-6L),1L},{(-6L),0xFE42AE4EL}}};
            uint64_t l_632 = 0xB390E07F2C12E622LL;
            struct S2 l_652[5][4] = {{{8L,{0x3FD99E30L,9L,0xBBC92B69L,0x8CCF0F5CL,0x89L},1L,1UL,1L},{0x724DL,{0x83F5AF22L,9L,-5L,-1L,0x00L},0xFEL,0x112A85DEL,0x4E45L},{8L,{0x3FD99E30L,9L,0xBBC92B69L,0x8CCF0F5CL,0x89L},1L,1UL,1L},{0x724DL,{0x83F5AF22L,9L,-5L,-1L,0x00L},0xFEL,0x112A85DEL,0x4E45L}},{{8L,{0x3FD99E30L,9L,0xBBC92B69L,0x8CCF0F5CL,0x89L},1L,1UL,1L},{0x724DL,{0x83F5AF22L,9L,-5L,-1L,0x00L},0xFEL,0x112A85DEL,0x4E45L},{8L,{0x3FD99E30L,9L,0xBBC92B69L,0x8CCF0F5CL,0x89L},1L,1UL,1L},{0x724DL,{0x83F5AF22L,9L,-5L,-1L,0x00L},0xFEL,0x112A85DEL,0x4E45L}},{{8L,{0x3FD99E30L,9L,0xBBC92B69L,0x8CCF0F5CL,0x89L},1L,1UL,1L},{0x724DL,{0x83F5AF22L,9L,-5L,-1L,0x00L},0xFEL,0x112A85DEL,0x4E45L},{8L,{0x3FD99E30L,9L,0xBBC92B69L,0x8CCF0F5CL,0x89L},1L,1UL,1L},{0x724DL,{0x83F5AF22L,9L,-5L,-1L,0x00L},0xFEL,0x112A85DEL,0x4E45L}},{{8L,{0x3FD99E30L,9L,0xBBC92B69L,0x8CCF0F5CL,0x89L},1L,1UL,1L},{0x724DL,{0x83F5AF22L,9L,-5L,-1L,0x00L},0xFEL,0x112A85DEL,0x4E45L},{8L,{0x3FD99E30L,9L,0xBBC92B69L,0x8CCF0F5CL,0x89L},1L,1UL,1L},{0x724DL,{0x83F5AF22L,9L,-5L,-1L,0x00L},0xFEL,0x112A85DEL,0x4E45L}},{{8L,{0x3FD99E30L,9L,0xBBC92B69L,0x8CCF0F5CL,0x89L},1L,1UL,1L},{0x724DL,{0x83F5AF22L,9L,-5L,-1L,0x00L},0xFEL,0x112A85DEL,0x4E45L},{8L,{0x3FD99E30L,9L,0xBBC92B69L,0x8CCF0F5CL,0x89L},1L,1UL,1L},{0x724DL,{0x83F5AF22L,9L,-5L,-1L,0x00L},0xFEL,0x112A85DEL,0x4E45L}}};
            int i, j, k;
            for (g_148 = 0; (g_148 <= 4); g_148 += 1)
            { /* block id: 319 */
                int32_t *l_605 = &g_39.f0;
                struct S0 *l_606 = &g_218.f1;
                int i;
                g_51[g_148] = l_605;
                (**g_373) = (l_606 = (**g_373));
                (***g_373) = l_50.f1;
            }
            if (l_607)
                break;
            if ((safe_rshift_func_int16_t_s_u(((*l_621) &= (l_607 |= ((((safe_div_func_int16_t_s_s((safe_mod_func_int32_t_s_s(g_614, (safe_add_func_int32_t_s_s((0L != 0xC308F3C69351AAC9LL), g_218.f0)))), ((safe_mul_func_int16_t_s_s((l_229[3].f3 ^= ((**g_169) = ((!(**l_604)) >= (**l_604)))), l_620)) , 0xBBB4L))) > g_39.f3) ^ (*l_40)) < 0xE775443228EF86B5LL))), (*l_41))))
            { /* block id: 330 */
                int32_t *l_622 = (void*)0;
                int32_t *l_623 = &g_231;
                int32_t *l_624[1][1][3];
                int8_t *l_640 = &g_234;
                const struct S3 **l_641 = (void*)0;
                const struct S3 *l_643 = &l_229[0];
                const struct S3 **l_642 = &l_643;
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                    {
                        for (k = 0; k < 3; k++)
                            l_624[i][j][k] = &g_39.f0;
                    }
                }
                --l_632;
                l_629[3][1][0] = (l_627[3][2] = (((*l_623) = (g_63.f1 &= ((*l_640) |= ((*l_45) = (safe_mod_func_int16_t_s_s(((safe_lshift_func_int8_t_s_s(g_218.f1.f0, ((((-9L) == (-2L)) | (g_87.f0 ^ (+0x00F7L))) , g_218.f2))) , (-5L)), (*l_41))))))) | l_632));
                (*l_642) = &l_473;
                (*l_41) |= (0xD9E8A554L || (safe_sub_func_int16_t_s_s((l_646 < (safe_rshift_func_int16_t_s_u((safe_rshift_func_int8_t_s_s(l_632, 2)), 0))), (0L >= 18446744073709551615UL))));
            }
            else
            { /* block id: 340 */
                struct S3 *l_651 = &l_229[3];
                (*l_651) = l_473;
            }
            (*l_228) = l_652[3][1];
        }
    }
    else
    { /* block id: 345 */
        int8_t *l_655 = &g_63.f1;
        (*g_230) ^= ((*l_41) &= (safe_sub_func_int8_t_s_s(((*l_655) = (-6L)), 0L)));
    }
    return g_172;
}


/* ------------------------------------------ */
/* 
 * reads : g_39.f2 g_218.f1.f2 g_372 g_373 g_374 g_451 g_87.f0 g_39.f0 g_231 g_558 g_562 g_218.f4 g_218.f1.f3 g_230 g_601 g_87.f3
 * writes: g_39.f2 g_43 g_87.f0 g_39.f0 g_231 g_51 g_558 g_561 g_562 g_218.f4 g_39 g_230 g_372 g_601
 */
static int8_t  func_6(int32_t * p_7, const struct S3  p_8)
{ /* block id: 255 */
    int64_t l_479[4] = {0x95BE74276C7E5727LL,0x95BE74276C7E5727LL,0x95BE74276C7E5727LL,0x95BE74276C7E5727LL};
    uint32_t l_480 = 0UL;
    struct S0 * const *l_485 = &g_375;
    struct S2 l_490[4][1][1] = {{{{0x707FL,{0UL,0xBEL,0L,0L,0UL},-1L,18446744073709551615UL,0xB341L}}},{{{1L,{18446744073709551615UL,0xAAL,0L,-4L,0x53L},0x22L,18446744073709551613UL,-4L}}},{{{0x707FL,{0UL,0xBEL,0L,0L,0UL},-1L,18446744073709551615UL,0xB341L}}},{{{1L,{18446744073709551615UL,0xAAL,0L,-4L,0x53L},0x22L,18446744073709551613UL,-4L}}}};
    int32_t l_491 = 0xD58D211DL;
    struct S2 l_494 = {-1L,{9UL,-1L,-1L,4L,1UL},1L,0UL,0x0F96L};
    int32_t *l_500 = (void*)0;
    int32_t l_513 = 0x652B079BL;
    int32_t l_514 = 0x2060326EL;
    int32_t l_515 = 1L;
    int32_t l_516 = 0xA4A63D35L;
    int32_t l_518 = 1L;
    int32_t l_519[1][1];
    int8_t l_520[1][5] = {{0x98L,0x98L,0x98L,0x98L,0x98L}};
    uint8_t l_525[3][1];
    uint8_t l_555 = 0x12L;
    uint16_t * const **l_576 = (void*)0;
    uint16_t * const ***l_575 = &l_576;
    uint16_t * const ****l_574 = &l_575;
    uint32_t l_583 = 18446744073709551615UL;
    int32_t **l_591[1][2];
    int32_t *l_596 = &l_519[0][0];
    int32_t *l_597 = &g_39.f3;
    int32_t *l_598 = (void*)0;
    int32_t *l_599 = &g_87.f3;
    int32_t *l_600[2];
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_519[i][j] = (-6L);
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_525[i][j] = 255UL;
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_591[i][j] = (void*)0;
    }
    for (i = 0; i < 2; i++)
        l_600[i] = (void*)0;
    for (g_39.f2 = 23; (g_39.f2 < 43); g_39.f2++)
    { /* block id: 258 */
        int32_t *l_476 = &g_39.f3;
        int32_t l_477 = 0x44C46212L;
        int32_t *l_478[1][4] = {{&g_39.f3,&g_39.f3,&g_39.f3,&g_39.f3}};
        int i, j;
        l_480--;
        return g_218.f1.f2;
    }
    if ((safe_div_func_uint32_t_u_u((l_485 == (p_8 , (**g_372))), (safe_add_func_int64_t_s_s(((l_479[3] | ((l_491 = (safe_mul_func_uint8_t_u_u((l_490[3][0][0] , l_490[3][0][0].f1.f1), g_451[1][0][4]))) | l_479[1])) ^ 0xC492L), p_8.f1)))))
    { /* block id: 263 */
        uint32_t *l_492[5][5] = {{&g_27,(void*)0,&g_27,&l_480,&g_27},{&g_27,&l_480,&l_480,&g_43,&g_27},{&g_43,(void*)0,(void*)0,&g_43,&g_27},{(void*)0,&g_43,&l_480,&g_27,&l_480},{(void*)0,&l_480,&g_27,&l_480,(void*)0}};
        int32_t l_493 = (-4L);
        int32_t l_521 = 0x772530C5L;
        int32_t l_522[1][3];
        int32_t l_523 = 0L;
        int32_t ***l_532[1][5][1];
        union U4 l_533[5] = {{0x6F22L},{0x6F22L},{0x6F22L},{0x6F22L},{0x6F22L}};
        const union U5 l_551 = {0x512FA117FF4FCCE8LL};
        int16_t l_554 = 3L;
        int8_t l_567 = 0x9CL;
        const struct S2 l_577 = {0x78CDL,{0x6413EF62L,-1L,0x33ABB450L,9L,1UL},0x7AL,0xCB68E917L,2L};
        uint8_t l_578 = 0x2BL;
        int32_t **l_579 = (void*)0;
        int32_t **l_580 = &g_230;
        int32_t *l_581 = &g_87.f0;
        int32_t *l_582[5][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,&l_523,&l_523,(void*)0},{&l_523,(void*)0,&l_523,&l_523},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,&l_523,&l_523,(void*)0}};
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_522[i][j] = (-7L);
        }
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 5; j++)
            {
                for (k = 0; k < 1; k++)
                    l_532[i][j][k] = &g_362;
            }
        }
        if (((*p_7) >= ((*p_7) || (g_43 = p_8.f1))))
        { /* block id: 265 */
            const struct S2 l_495 = {1L,{0xFA23DED7L,1L,0L,1L,0UL},-1L,0xBF756B83L,0x271BL};
            int32_t l_502 = (-1L);
            int32_t l_517[5][5][1] = {{{0L},{0xBD02CFBEL},{5L},{0x0F30A0C0L},{0x34C76921L}},{{0x0F30A0C0L},{5L},{0xBD02CFBEL},{0L},{0L}},{{0L},{0xBD02CFBEL},{5L},{0x0F30A0C0L},{0x34C76921L}},{{0x0F30A0C0L},{5L},{0xBD02CFBEL},{0L},{0L}},{{0L},{0xBD02CFBEL},{5L},{0x0F30A0C0L},{0x34C76921L}}};
            int32_t *l_537 = (void*)0;
            int32_t *l_538[4];
            int i, j, k;
            for (i = 0; i < 4; i++)
                l_538[i] = &g_87.f3;
            if ((0x2C4DL ^ p_8.f0))
            { /* block id: 266 */
                uint64_t *l_496 = &g_148;
                int32_t **l_499[5][2];
                int i, j;
                for (i = 0; i < 5; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_499[i][j] = &g_51[0];
                }
                l_500 = &g_231;
                if (p_8.f3)
                    goto lbl_501;
                (*p_7) = (*p_7);
lbl_501:
                (*p_7) = (*p_7);
                return l_493;
            }
            else
            { /* block id: 273 */
                int32_t *l_503 = &l_493;
                int32_t *l_504 = &g_87.f3;
                int32_t *l_505 = (void*)0;
                int32_t *l_506 = &g_231;
                int32_t *l_507 = &g_231;
                int32_t *l_508 = &g_87.f3;
                int32_t *l_509 = &g_87.f0;
                int32_t *l_510 = (void*)0;
                int32_t *l_511 = (void*)0;
                int32_t *l_512[3];
                int32_t l_524 = 0x93CEC5F1L;
                uint16_t ***l_528[1];
                uint16_t ****l_529 = &l_528[0];
                int i;
                for (i = 0; i < 3; i++)
                    l_512[i] = &l_502;
                for (i = 0; i < 1; i++)
                    l_528[i] = &g_71[1][1];
                l_525[1][0]++;
                (*l_529) = l_528[0];
            }
            if ((l_522[0][1] = (safe_add_func_uint16_t_u_u((((void*)0 != &g_148) <= (l_532[0][1][0] == (l_533[2] , ((safe_rshift_func_int16_t_s_s((+((*p_7) = ((1UL <= 0x94L) != (*p_7)))), 13)) , (void*)0)))), p_8.f0))))
            { /* block id: 279 */
                uint8_t l_556 = 0UL;
                int32_t **l_557 = &g_51[4];
                (*l_557) = p_7;
                g_558--;
                (*p_7) = l_522[0][1];
            }
            else
            { /* block id: 283 */
                g_561 = &l_495;
            }
            g_562--;
        }
        else
        { /* block id: 287 */
            for (g_218.f4 = (-19); (g_218.f4 <= (-2)); g_218.f4 = safe_add_func_int64_t_s_s(g_218.f4, 8))
            { /* block id: 290 */
                struct S3 *l_568 = &g_39;
                int32_t l_569 = (-3L);
                if (l_567)
                    break;
                (*l_568) = p_8;
                if ((*p_7))
                    continue;
                if (l_569)
                    break;
            }
            for (l_491 = 1; (l_491 >= 0); l_491 -= 1)
            { /* block id: 298 */
                uint16_t * const *l_573 = &g_72;
                uint16_t * const **l_572 = &l_573;
                uint16_t * const ***l_571[5][1];
                uint16_t * const ****l_570 = &l_571[3][0];
                int i, j;
                for (i = 0; i < 5; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_571[i][j] = &l_572;
                }
                l_574 = l_570;
            }
        }
        (*l_580) = &l_519[0][0];
        l_583++;
        (*g_230) |= (((safe_rshift_func_int16_t_s_s((safe_mod_func_uint32_t_u_u((~(p_8.f3 != (p_8.f3 , (((&l_533[1] != (void*)0) <= 0xE8C6L) , p_8.f0)))), p_8.f1)), p_8.f1)) | g_218.f1.f3) && g_218.f4);
    }
    else
    { /* block id: 305 */
        int64_t l_592 = 0x924EE1C04DFFEFCELL;
        int32_t *l_593[2][1][5];
        const struct S0 ****l_595 = (void*)0;
        const struct S0 *****l_594[4];
        int i, j, k;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
            {
                for (k = 0; k < 5; k++)
                    l_593[i][j][k] = &l_513;
            }
        }
        for (i = 0; i < 4; i++)
            l_594[i] = &l_595;
        l_519[0][0] = ((l_591[0][1] == (void*)0) , ((*p_7) = l_592));
        g_372 = (void*)0;
    }
    g_601--;
    return (*l_599);
}


/* ------------------------------------------ */
/* 
 * reads : g_148 g_238 g_107 g_87.f1 g_230 g_231 g_218.f1 g_227.f0 g_87 g_279 g_227 g_170 g_39.f3 g_172.f2 g_279.f0 g_172 g_63.f0 g_307 g_218.f3 g_169 g_350 g_188.f0 g_66 g_362 g_372 g_373 g_39.f0 g_218.f0 g_218 g_43 g_451 g_459 g_374 g_39.f1
 * writes: g_148 g_231 g_39.f3 g_279.f0 g_150 g_46 g_51 g_362 g_372 g_87.f1 g_39.f0 g_218 g_43 g_87.f3 g_107 g_230 g_374
 */
static int32_t * func_9(const struct S2  p_10, uint64_t  p_11)
{ /* block id: 127 */
    int8_t l_254 = 0x47L;
    int32_t l_320 = 0xDDE81AF9L;
    int32_t l_321[3];
    struct S0 *l_348 = &g_218.f1;
    uint8_t l_368 = 0x83L;
    struct S1 l_397 = {-3L,0x49L,0x123BF601L};
    uint32_t *l_418[3][1];
    struct S2 l_421 = {0x84D4L,{0x7ED6A131L,0xBAL,0xC447BCDDL,0xC1A26BE1L,0xBEL},0L,18446744073709551615UL,1L};
    int32_t l_422 = 0xF1AD99F7L;
    struct S0 **l_464 = (void*)0;
    struct S0 ***l_463 = &l_464;
    const int16_t ****l_471[5][5];
    int32_t *l_472 = &g_231;
    int i, j;
    for (i = 0; i < 3; i++)
        l_321[i] = 8L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_418[i][j] = &g_43;
    }
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 5; j++)
            l_471[i][j] = (void*)0;
    }
    for (g_148 = 0; (g_148 <= 4); g_148 += 1)
    { /* block id: 130 */
        int16_t l_272 = 0xAC3CL;
        union U5 *l_284 = &g_188;
        uint16_t *l_301 = &g_279.f0;
        int32_t l_310 = 3L;
        int32_t l_322[1][1];
        int32_t *l_328 = &g_231;
        union U5 l_329 = {0xF8C86D933713C978LL};
        int32_t **l_330 = &g_51[4];
        struct S0 *l_349 = &g_218.f1;
        int32_t l_367 = (-4L);
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_322[i][j] = 1L;
        }
        if (((safe_sub_func_uint64_t_u_u(g_238[g_148], (safe_mod_func_uint16_t_u_u(p_10.f1.f3, (p_10.f4 | (safe_add_func_uint8_t_u_u((safe_div_func_uint32_t_u_u(g_107, (((safe_add_func_int8_t_s_s(0xD0L, 0xBCL)) <= 255UL) , p_10.f1.f0))), 7L))))))) || 0L))
        { /* block id: 131 */
            (*g_230) ^= (g_87.f1 == (safe_lshift_func_int16_t_s_u(l_254, 6)));
        }
        else
        { /* block id: 133 */
            struct S0 *l_258 = &g_218.f1;
            struct S0 **l_257[5][3] = {{(void*)0,(void*)0,(void*)0},{&l_258,&l_258,&l_258},{(void*)0,(void*)0,(void*)0},{&l_258,&l_258,&l_258},{(void*)0,(void*)0,(void*)0}};
            struct S0 ***l_256 = &l_257[1][2];
            union U4 l_265 = {0x0599L};
            int32_t l_268 = 0x5A7BD12EL;
            int32_t *l_297 = (void*)0;
            int32_t *l_298 = (void*)0;
            int32_t *l_299 = &g_39.f3;
            int i, j;
            for (p_11 = 0; (p_11 <= 4); p_11 += 1)
            { /* block id: 136 */
                struct S0 ***l_255 = (void*)0;
                int32_t l_266 = (-10L);
                uint16_t *l_267[3];
                uint32_t l_269 = 0UL;
                int i;
                for (i = 0; i < 3; i++)
                    l_267[i] = (void*)0;
                l_256 = l_255;
                (*g_230) ^= (p_10.f4 <= (safe_sub_func_int64_t_s_s((safe_sub_func_uint32_t_u_u((0x1350BEF6F8E7AE02LL && ((safe_lshift_func_int8_t_s_s((p_10.f2 > (l_265 , (l_269--))), ((0x8DL || 253UL) != p_10.f1.f2))) , p_10.f1.f0)), l_254)), l_272)));
                (*g_230) = ((1L > (safe_sub_func_uint16_t_u_u(65534UL, (l_268 = (safe_mul_func_int16_t_s_s(((g_218.f1 , p_10.f1) , (((safe_mod_func_int64_t_s_s(g_227[4].f0, p_10.f1.f3)) , g_87) , p_10.f1.f2)), 65531UL)))))) == 1L);
                (*g_230) = (g_279 , (safe_mul_func_int8_t_s_s(l_268, (safe_lshift_func_int16_t_s_u((((g_227[2] , l_284) != &g_188) & 0xF5L), 12)))));
            }
            if (l_254)
                continue;
            (*l_299) = ((*g_230) = (safe_sub_func_uint32_t_u_u(p_10.f4, (safe_rshift_func_int16_t_s_u((*g_170), (safe_rshift_func_int16_t_s_u((l_265.f0 < (safe_mul_func_int8_t_s_s((g_39.f3 <= (((safe_mod_func_uint8_t_u_u((((safe_sub_func_uint64_t_u_u(0x9D791E13B9E157B5LL, l_254)) > 4UL) < 0UL), g_172.f2)) , l_268) >= 1UL)), p_10.f1.f2))), p_10.f0)))))));
        }
        if (((safe_unary_minus_func_int8_t_s((((*l_301) &= p_10.f1.f2) | (g_172 , ((safe_sub_func_int64_t_s_s(g_63.f0, (l_254 <= (safe_lshift_func_uint16_t_u_s(p_10.f2, 9))))) && p_10.f1.f2))))) != g_238[g_148]))
        { /* block id: 149 */
            for (g_39.f3 = 0; (g_39.f3 <= 1); g_39.f3 += 1)
            { /* block id: 152 */
                int8_t l_306 = (-1L);
                if (l_306)
                    break;
            }
        }
        else
        { /* block id: 155 */
            uint32_t l_311 = 0x2B72AB8EL;
            if ((g_307 == (void*)0))
            { /* block id: 156 */
                int32_t *l_308 = &g_87.f3;
                int32_t *l_309[4] = {&g_87.f3,&g_87.f3,&g_87.f3,&g_87.f3};
                int i;
                --l_311;
            }
            else
            { /* block id: 158 */
                return &g_231;
            }
        }
        (*g_230) = 0L;
        if ((safe_add_func_uint16_t_u_u(l_254, ((*l_301)++))))
        { /* block id: 164 */
            int32_t *l_318 = &g_39.f3;
            int32_t *l_319[3][3] = {{&g_87.f0,&g_87.f0,&g_87.f0},{&g_39.f0,&g_39.f0,&g_39.f0},{&g_87.f0,&g_87.f0,&g_87.f0}};
            uint16_t l_323 = 0x7221L;
            int32_t **l_326 = &g_51[g_148];
            int32_t **l_327 = &g_51[4];
            int i, j;
            if (p_10.f1.f1)
                break;
            --l_323;
            if (l_321[1])
                continue;
            (*l_318) = ((l_328 = &l_321[2]) != &l_320);
        }
        else
        { /* block id: 170 */
            int32_t **l_331 = &g_51[2];
            uint64_t *l_351 = &g_150;
            int32_t l_352 = 0xFBBEBAA8L;
            int8_t *l_353[2];
            int32_t *l_354 = &l_322[0][0];
            uint16_t l_360 = 0x760EL;
            int i;
            for (i = 0; i < 2; i++)
                l_353[i] = (void*)0;
            l_320 &= ((l_329 , l_330) != l_331);
            l_320 |= ((*l_354) &= ((g_46[4] = (safe_sub_func_int8_t_s_s((((*l_301) = (safe_div_func_int64_t_s_s((((safe_lshift_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s(((p_10.f1.f0 ^ ((*l_351) = ((safe_sub_func_int8_t_s_s(g_218.f3, (safe_add_func_int16_t_s_s((**g_169), (safe_add_func_int32_t_s_s((safe_rshift_func_int16_t_s_u(((((((l_348 == l_349) && g_350) , &p_11) != (void*)0) == (*l_328)) || p_10.f1.f1), 4)), p_10.f1.f3)))))) > (*g_170)))) | l_352), 1)), l_321[1])) <= g_188.f0) ^ p_10.f2), 0x85E16B5B5F096331LL))) & (-1L)), 0xE6L))) & g_172.f2));
            for (l_272 = 1; (l_272 >= 0); l_272 -= 1)
            { /* block id: 179 */
                uint8_t l_361 = 0UL;
                (*l_354) ^= ((safe_rshift_func_uint16_t_u_u((safe_add_func_uint32_t_u_u((~g_66), p_10.f4)), 5)) == ((((((l_360 = ((void*)0 != g_307)) | ((-1L) && l_361)) ^ 1UL) , p_10) , p_10.f1.f4) , g_238[0]));
            }
            for (g_279.f0 = 0; (g_279.f0 <= 1); g_279.f0 += 1)
            { /* block id: 185 */
                int32_t ***l_364 = &g_362;
                (*l_331) = &g_231;
                (*l_364) = g_362;
            }
        }
        for (l_272 = 1; (l_272 >= 0); l_272 -= 1)
        { /* block id: 192 */
            int32_t *l_365 = (void*)0;
            int32_t *l_366[2];
            int i;
            for (i = 0; i < 2; i++)
                l_366[i] = &g_87.f3;
            ++l_368;
        }
    }
    if ((~(-1L)))
    { /* block id: 196 */
        struct S0 *****l_376[4][4][3] = {{{&g_372,&g_372,&g_372},{&g_372,&g_372,&g_372},{&g_372,&g_372,(void*)0},{&g_372,&g_372,(void*)0}},{{(void*)0,&g_372,&g_372},{&g_372,&g_372,(void*)0},{(void*)0,&g_372,(void*)0},{&g_372,&g_372,&g_372}},{{&g_372,&g_372,&g_372},{&g_372,&g_372,&g_372},{&g_372,&g_372,&g_372},{&g_372,&g_372,&g_372}},{{&g_372,&g_372,&g_372},{&g_372,&g_372,&g_372},{&g_372,&g_372,&g_372},{&g_372,&g_372,&g_372}}};
        int i, j, k;
        g_372 = g_372;
    }
    else
    { /* block id: 198 */
        int32_t *l_379 = &g_39.f0;
        struct S0 ***l_395 = &g_374;
        if (p_10.f0)
        { /* block id: 199 */
            for (g_87.f1 = 0; (g_87.f1 == 60); g_87.f1 = safe_add_func_uint8_t_u_u(g_87.f1, 7))
            { /* block id: 202 */
                return l_379;
            }
        }
        else
        { /* block id: 205 */
            union U4 *l_380 = &g_279;
            union U4 **l_381 = (void*)0;
            union U4 **l_382 = &l_380;
            int32_t **l_386 = &g_51[3];
            int32_t ***l_385 = &l_386;
            struct S2 *l_387 = &g_218;
            (*l_382) = l_380;
            (*g_230) = (safe_mul_func_int16_t_s_s((&g_230 == ((*l_385) = &g_51[1])), 0xD73AL));
            l_387 = &g_218;
        }
        if ((safe_mod_func_int16_t_s_s(((p_10.f4 <= (safe_add_func_uint16_t_u_u(((p_10.f1.f4 , (safe_rshift_func_uint16_t_u_u(((+((*g_372) != l_395)) & (~(*g_230))), p_10.f0))) < p_10.f0), 0x2A48L))) ^ p_10.f1.f4), 65527UL)))
        { /* block id: 211 */
            union U5 *l_399 = &g_188;
            union U5 **l_398 = &l_399;
            const int32_t l_404 = 0x0AFF503FL;
            struct S1 l_407 = {0L,1L,0L};
            uint16_t *l_410[3][4][3] = {{{(void*)0,(void*)0,(void*)0},{&g_279.f0,&g_279.f0,(void*)0},{&g_279.f0,(void*)0,&g_49},{&g_279.f0,&g_279.f0,&g_279.f0}},{{(void*)0,&g_279.f0,(void*)0},{&g_279.f0,&g_279.f0,&g_279.f0},{(void*)0,(void*)0,&g_279.f0},{&g_49,&g_279.f0,&g_279.f0}},{{&g_279.f0,(void*)0,(void*)0},{&g_279.f0,&g_49,&g_279.f0},{&g_279.f0,&g_279.f0,&g_49},{&g_49,&g_279.f0,(void*)0}}};
            int32_t l_411[5];
            int i, j, k;
            for (i = 0; i < 5; i++)
                l_411[i] = 0xF848020BL;
            (*l_398) = (l_397 , &g_188);
            l_411[3] &= (safe_add_func_int16_t_s_s((safe_mul_func_int8_t_s_s(((p_10.f4 & (l_404 <= (safe_mul_func_uint16_t_u_u((l_320 ^= (l_407 , ((0x9F1EL <= (((safe_mul_func_int8_t_s_s((((l_407 , (**g_169)) , p_10.f2) ^ p_10.f4), l_407.f2)) ^ 4UL) , (*l_379))) | g_231))), p_10.f2)))) < g_218.f0), (-1L))), p_10.f2));
        }
        else
        { /* block id: 215 */
            for (g_39.f0 = 11; (g_39.f0 < (-26)); g_39.f0 = safe_sub_func_int64_t_s_s(g_39.f0, 1))
            { /* block id: 218 */
                if (p_10.f4)
                    break;
            }
        }
    }
    if (((((((safe_mul_func_int16_t_s_s((((safe_mod_func_int64_t_s_s(p_10.f1.f0, (l_421 , p_10.f1.f1))) , 0x74BAL) | 1L), l_421.f1.f4)) , 18446744073709551613UL) , (-8L)) | l_422) >= (-9L)) | l_397.f2))
    { /* block id: 224 */
        struct S2 *l_423 = &g_218;
        int32_t *l_424 = &g_87.f0;
        (*l_423) = g_218;
        return l_424;
    }
    else
    { /* block id: 227 */
        uint16_t l_429 = 0x26D0L;
        int32_t l_440 = 0x4BA0FB5FL;
        int32_t ** const *l_443 = &g_362;
        int32_t **l_453 = &g_51[4];
        int32_t **l_454 = &g_230;
lbl_452:
        for (g_43 = 0; (g_43 > 31); g_43 = safe_add_func_int16_t_s_s(g_43, 1))
        { /* block id: 230 */
            struct S0 l_432 = {0UL,7L,0xB8239099L,1L,0xB3L};
            uint8_t *l_433 = &l_421.f1.f4;
            int8_t l_450 = 0x77L;
            for (g_87.f3 = 16; (g_87.f3 != 7); g_87.f3 = safe_sub_func_int16_t_s_s(g_87.f3, 9))
            { /* block id: 233 */
                if (l_429)
                    break;
                if (g_218.f1.f3)
                    goto lbl_452;
            }
            if (((*g_230) <= ((65535UL ^ (l_432 , ((*g_170) = ((--(*l_433)) <= (((((safe_mul_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s((l_440 = l_432.f4), (((safe_rshift_func_int16_t_s_s(l_432.f2, 0)) , l_443) != l_443))), p_11)) > g_43) ^ 0x90A08011L) ^ p_10.f3) < p_10.f3))))) && 0x9DL)))
            { /* block id: 239 */
                (*g_230) ^= (((safe_lshift_func_int16_t_s_s(((safe_rshift_func_uint8_t_u_u(0x43L, (p_10.f1.f2 >= (safe_unary_minus_func_uint32_t_u(((l_422 == (!(g_218.f2 && l_432.f4))) < 0xFFL)))))) , l_440), p_10.f1.f1)) != l_450) & g_451[1][0][4]);
            }
            else
            { /* block id: 241 */
                if (p_10.f1.f2)
                    break;
            }
        }
        (*l_454) = ((*l_453) = &l_440);
    }
    (*l_472) &= (safe_mul_func_uint16_t_u_u((safe_add_func_int32_t_s_s((g_459 == ((safe_add_func_int16_t_s_s(((((*g_373) = (**g_372)) != ((*l_463) = &l_348)) , (l_422 ^= ((((l_321[1] = (safe_sub_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u(((l_320 > ((-10L) < p_10.f1.f3)) , p_10.f0), p_10.f1.f2)), l_320))) , 0xC6A1L) & 65533UL) | g_39.f1))), p_10.f4)) , l_471[0][4])), 0L)), 5L));
    return &g_231;
}


/* ------------------------------------------ */
/* 
 * reads : g_238
 * writes: g_238
 */
static struct S2  func_12(int32_t  p_13, struct S3  p_14, int32_t * p_15)
{ /* block id: 124 */
    int32_t *l_232 = &g_87.f0;
    int32_t *l_233[4];
    int32_t l_235 = 0x6859324BL;
    int8_t l_236[1];
    int16_t l_237[3][1];
    struct S2 l_241[2] = {{-9L,{0x087DD8F9L,-1L,-8L,1L,3UL},0xF4L,9UL,0x8E30L},{-9L,{0x087DD8F9L,-1L,-8L,1L,3UL},0xF4L,9UL,0x8E30L}};
    int i, j;
    for (i = 0; i < 4; i++)
        l_233[i] = (void*)0;
    for (i = 0; i < 1; i++)
        l_236[i] = 0xA9L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_237[i][j] = (-5L);
    }
    g_238[0]--;
    return l_241[0];
}


/* ------------------------------------------ */
/* 
 * reads : g_39.f1 g_39.f2 g_49 g_27 g_39.f0 g_51 g_63 g_66 g_39.f3 g_43 g_71 g_46 g_87.f0 g_87.f2 g_107 g_188 g_87.f3 g_218.f3 g_172.f1 g_218
 * writes: g_27 g_39.f0 g_51 g_63 g_39.f3 g_43 g_39.f1 g_87 g_107 g_172.f1
 */
static struct S2  func_20(int32_t  p_21, struct S2  p_22, int32_t * p_23)
{ /* block id: 6 */
    uint32_t l_54[4] = {1UL,1UL,1UL,1UL};
    int32_t l_57 = 0xFED2B77DL;
    uint16_t **l_73 = &g_72;
    uint16_t l_83[4][2][2] = {{{0xDF9DL,0xDF9DL},{0xDF9DL,0xDF9DL}},{{0xDF9DL,0xDF9DL},{0xDF9DL,0xDF9DL}},{{0xDF9DL,0xDF9DL},{0xDF9DL,0xDF9DL}},{{0xDF9DL,0xDF9DL},{0xDF9DL,0xDF9DL}}};
    const struct S0 *l_151 = &g_63;
    const uint16_t *l_159 = (void*)0;
    const uint16_t **l_158 = &l_159;
    const uint16_t ***l_157 = &l_158;
    int16_t **l_160 = (void*)0;
    int8_t *l_167 = (void*)0;
    struct S1 * const l_171 = &g_172;
    union U5 *l_226 = &g_227[4];
    int i, j, k;
    if ((safe_sub_func_int8_t_s_s(((++l_54[3]) < l_57), ((g_39.f1 <= (((safe_mod_func_uint32_t_u_u((g_39.f2 != ((g_49 || p_22.f0) > p_22.f1.f3)), 4294967295UL)) ^ 1UL) <= 0x05L)) != 0xDEL))))
    { /* block id: 8 */
        int32_t *l_74 = &g_39.f3;
        int32_t *l_75 = &l_57;
        int32_t *l_76 = &g_39.f3;
        int32_t *l_77 = (void*)0;
        int32_t *l_78 = &l_57;
        int32_t *l_79 = &l_57;
        int32_t *l_80 = (void*)0;
        int32_t *l_81 = &l_57;
        int32_t *l_82[3];
        struct S2 l_108 = {0x92B5L,{0UL,0xC3L,0xA6180E03L,-1L,0xC0L},0xCDL,0xF8BFC011L,0x9A2AL};
        int i;
        for (i = 0; i < 3; i++)
            l_82[i] = &g_39.f3;
        for (g_27 = 0; (g_27 <= 4); g_27 += 1)
        { /* block id: 11 */
            struct S2 l_70[5] = {{-1L,{18446744073709551609UL,0xA5L,0L,0x39A49A9CL,0UL},0L,18446744073709551615UL,0xAEB4L},{-1L,{18446744073709551609UL,0xA5L,0L,0x39A49A9CL,0UL},0L,18446744073709551615UL,0xAEB4L},{-1L,{18446744073709551609UL,0xA5L,0L,0x39A49A9CL,0UL},0L,18446744073709551615UL,0xAEB4L},{-1L,{18446744073709551609UL,0xA5L,0L,0x39A49A9CL,0UL},0L,18446744073709551615UL,0xAEB4L},{-1L,{18446744073709551609UL,0xA5L,0L,0x39A49A9CL,0UL},0L,18446744073709551615UL,0xAEB4L}};
            int i;
            for (g_39.f0 = 0; (g_39.f0 <= 4); g_39.f0 += 1)
            { /* block id: 14 */
                int32_t **l_62 = &g_51[2];
                struct S0 *l_64 = (void*)0;
                struct S0 *l_65 = &g_63;
                int i;
                (*l_62) = g_51[g_39.f0];
                (*l_65) = g_63;
                return p_22;
            }
            (*p_23) |= ((0L || 0x5D214902L) | (g_66 && (safe_unary_minus_func_int32_t_s((0x999CL >= (+(+247UL)))))));
            for (g_43 = 0; (g_43 <= 3); g_43 += 1)
            { /* block id: 22 */
                return l_70[1];
            }
            g_63 = p_22.f1;
        }
        l_73 = g_71[1][0];
        l_83[3][1][0]++;
        for (p_22.f2 = 1; (p_22.f2 <= 4); p_22.f2 += 1)
        { /* block id: 31 */
            struct S3 l_86[4] = {{0xB88CC77CL,251UL,0xD87C5F22L,0x6FB9873FL},{0xB88CC77CL,251UL,0xD87C5F22L,0x6FB9873FL},{0xB88CC77CL,251UL,0xD87C5F22L,0x6FB9873FL},{0xB88CC77CL,251UL,0xD87C5F22L,0x6FB9873FL}};
            struct S0 *l_110 = &l_108.f1;
            struct S0 **l_109 = &l_110;
            int16_t *l_113[2][3];
            int16_t **l_114 = &l_113[1][1];
            int16_t *l_115 = &g_107;
            struct S0 l_116 = {18446744073709551615UL,3L,0x513A33BAL,0x285CC414L,0xF9L};
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 3; j++)
                    l_113[i][j] = &l_108.f0;
            }
            for (g_39.f1 = 0; (g_39.f1 <= 4); g_39.f1 += 1)
            { /* block id: 34 */
                int16_t *l_106 = &g_107;
                int i;
                g_87 = l_86[2];
                (*l_81) = ((*p_23) = (safe_add_func_uint16_t_u_u(g_46[p_22.f2], ((*l_106) ^= (safe_mul_func_int8_t_s_s((safe_div_func_uint8_t_u_u(p_22.f4, p_22.f1.f4)), (safe_mod_func_uint16_t_u_u((safe_mod_func_uint8_t_u_u((0x3956958EL != ((((safe_mul_func_int16_t_s_s((safe_add_func_uint8_t_u_u(((safe_mul_func_int8_t_s_s((safe_div_func_uint16_t_u_u(((0x7AEF2808L <= g_87.f0) || 0xDC33B3E5AADBCCDFLL), l_83[3][1][0])), 0x57L)) == 0UL), g_87.f2)), (-1L))) & (*p_23)) == 0x82L) < g_66)), p_22.f1.f4)), l_83[0][0][0]))))))));
                return l_108;
            }
            (*l_109) = &g_63;
            for (p_22.f1.f2 = 1; (p_22.f1.f2 >= 0); p_22.f1.f2 -= 1)
            { /* block id: 44 */
                int32_t *l_111 = &l_86[2].f0;
                int32_t **l_112[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_112[i] = (void*)0;
                g_51[4] = l_111;
                if (g_46[p_22.f2])
                    break;
            }
            if ((&g_107 != (l_115 = ((*l_114) = l_113[1][1]))))
            { /* block id: 50 */
                struct S2 *l_117 = &l_108;
                int i;
                l_116 = p_22.f1;
                (*l_117) = p_22;
                (*l_81) = g_46[p_22.f2];
            }
            else
            { /* block id: 54 */
                return p_22;
            }
            for (l_116.f3 = 0; (l_116.f3 <= 4); l_116.f3 += 1)
            { /* block id: 59 */
                int8_t l_118 = 0x66L;
                (*l_78) = l_118;
            }
        }
    }
    else
    { /* block id: 63 */
        int32_t **l_119 = &g_51[2];
        uint64_t *l_147 = &g_148;
        uint64_t *l_149 = &g_150;
        const uint16_t *l_156 = &l_83[3][1][0];
        const uint16_t **l_155 = &l_156;
        const uint16_t ***l_154[2][5][4] = {{{&l_155,&l_155,&l_155,&l_155},{&l_155,&l_155,&l_155,&l_155},{&l_155,&l_155,&l_155,&l_155},{&l_155,&l_155,&l_155,&l_155},{&l_155,&l_155,&l_155,&l_155}},{{&l_155,&l_155,&l_155,&l_155},{&l_155,&l_155,&l_155,&l_155},{&l_155,&l_155,&l_155,&l_155},{&l_155,&l_155,&l_155,&l_155},{&l_155,&l_155,&l_155,&l_155}}};
        int16_t ***l_193 = &l_160;
        int i, j, k;
        (*l_119) = &p_21;
    }
    (*p_23) |= 0xF559A891L;
    for (g_39.f1 = 0; (g_39.f1 <= 1); g_39.f1 += 1)
    { /* block id: 101 */
        uint16_t l_200[4];
        int32_t *l_205 = &g_39.f0;
        int32_t l_210 = (-10L);
        int32_t l_211 = (-1L);
        int16_t *l_223 = &g_107;
        struct S2 *l_224[5][1][1];
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_200[i] = 0xEE8EL;
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 1; j++)
            {
                for (k = 0; k < 1; k++)
                    l_224[i][j][k] = &g_218;
            }
        }
        (*l_205) &= ((safe_mod_func_uint64_t_u_u((l_200[1] > (l_57 != 4L)), ((((safe_mul_func_uint8_t_u_u(p_22.f1.f0, ((safe_mul_func_uint16_t_u_u((g_188 , l_57), l_83[3][1][0])) ^ (*p_23)))) <= l_200[3]) && g_63.f2) , (-5L)))) == p_21);
        for (g_87.f3 = 1; (g_87.f3 >= 0); g_87.f3 -= 1)
        { /* block id: 105 */
            uint32_t l_212 = 0xE921698BL;
            int16_t **l_225 = (void*)0;
            for (g_63.f1 = 3; (g_63.f1 >= 0); g_63.f1 -= 1)
            { /* block id: 108 */
                int32_t *l_206 = &g_39.f3;
                int32_t *l_207 = &l_57;
                int32_t *l_208 = &g_87.f0;
                int32_t *l_209[4][1][1];
                struct S2 *l_217[5][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
                int i, j, k;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_209[i][j][k] = &l_57;
                    }
                }
                l_212++;
                l_57 = ((((p_22.f1.f4 != ((safe_rshift_func_int8_t_s_u((l_217[3][3] != ((((safe_lshift_func_int16_t_s_s(((safe_rshift_func_int8_t_s_s(((void*)0 != l_223), 4)) > (0xC286E9F2L && g_218.f3)), 9)) , l_54[3]) != p_22.f1.f4) , l_224[2][0][0])), p_22.f4)) , p_22.f1.f3)) == (-3L)) , l_225) == &l_223);
            }
            for (g_172.f1 = 0; (g_172.f1 <= 3); g_172.f1 += 1)
            { /* block id: 114 */
                if ((*p_23))
                    break;
                if (l_212)
                    break;
                (*p_23) &= (p_22.f4 , ((void*)0 != &l_211));
            }
        }
    }
    l_226 = &g_188;
    return g_218;
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
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_39.f0, "g_39.f0", print_hash_value);
    transparent_crc(g_39.f1, "g_39.f1", print_hash_value);
    transparent_crc(g_39.f2, "g_39.f2", print_hash_value);
    transparent_crc(g_39.f3, "g_39.f3", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_46[i], "g_46[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_63.f0, "g_63.f0", print_hash_value);
    transparent_crc(g_63.f1, "g_63.f1", print_hash_value);
    transparent_crc(g_63.f2, "g_63.f2", print_hash_value);
    transparent_crc(g_63.f3, "g_63.f3", print_hash_value);
    transparent_crc(g_63.f4, "g_63.f4", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_87.f0, "g_87.f0", print_hash_value);
    transparent_crc(g_87.f1, "g_87.f1", print_hash_value);
    transparent_crc(g_87.f2, "g_87.f2", print_hash_value);
    transparent_crc(g_87.f3, "g_87.f3", print_hash_value);
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    transparent_crc(g_150, "g_150", print_hash_value);
    transparent_crc(g_172.f0, "g_172.f0", print_hash_value);
    transparent_crc(g_172.f1, "g_172.f1", print_hash_value);
    transparent_crc(g_172.f2, "g_172.f2", print_hash_value);
    transparent_crc(g_188.f0, "g_188.f0", print_hash_value);
    transparent_crc(g_218.f0, "g_218.f0", print_hash_value);
    transparent_crc(g_218.f1.f0, "g_218.f1.f0", print_hash_value);
    transparent_crc(g_218.f1.f1, "g_218.f1.f1", print_hash_value);
    transparent_crc(g_218.f1.f2, "g_218.f1.f2", print_hash_value);
    transparent_crc(g_218.f1.f3, "g_218.f1.f3", print_hash_value);
    transparent_crc(g_218.f1.f4, "g_218.f1.f4", print_hash_value);
    transparent_crc(g_218.f2, "g_218.f2", print_hash_value);
    transparent_crc(g_218.f3, "g_218.f3", print_hash_value);
    transparent_crc(g_218.f4, "g_218.f4", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_227[i].f0, "g_227[i].f0", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_231, "g_231", print_hash_value);
    transparent_crc(g_234, "g_234", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_238[i], "g_238[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_279.f0, "g_279.f0", print_hash_value);
    transparent_crc(g_350, "g_350", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_451[i][j][k], "g_451[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_558, "g_558", print_hash_value);
    transparent_crc(g_562, "g_562", print_hash_value);
    transparent_crc(g_601, "g_601", print_hash_value);
    transparent_crc(g_614, "g_614", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 2
breakdown:
   depth: 0, occurrence: 146
   depth: 1, occurrence: 10
   depth: 2, occurrence: 10
XXX total union variables: 6

XXX max expression depth: 43
breakdown:
   depth: 1, occurrence: 164
   depth: 2, occurrence: 31
   depth: 3, occurrence: 5
   depth: 4, occurrence: 5
   depth: 5, occurrence: 1
   depth: 7, occurrence: 2
   depth: 9, occurrence: 1
   depth: 10, occurrence: 4
   depth: 11, occurrence: 3
   depth: 12, occurrence: 5
   depth: 14, occurrence: 2
   depth: 16, occurrence: 2
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 1
   depth: 20, occurrence: 1
   depth: 26, occurrence: 1
   depth: 43, occurrence: 1

XXX total number of pointers: 197

XXX times a variable address is taken: 223
XXX times a pointer is dereferenced on RHS: 49
breakdown:
   depth: 1, occurrence: 36
   depth: 2, occurrence: 13
XXX times a pointer is dereferenced on LHS: 88
breakdown:
   depth: 1, occurrence: 85
   depth: 2, occurrence: 2
   depth: 3, occurrence: 1
XXX times a pointer is compared with null: 7
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 2
XXX times a pointer is qualified to be dereferenced: 2515

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 239
   level: 2, occurrence: 38
   level: 3, occurrence: 1
   level: 4, occurrence: 2
XXX number of pointers point to pointers: 69
XXX number of pointers point to scalars: 103
XXX number of pointers point to structs: 21
XXX percent of pointers has null in alias set: 26.4
XXX average alias set size: 1.24

XXX times a non-volatile is read: 467
XXX times a non-volatile is write: 266
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 2
XXX backward jumps: 1

XXX stmts: 152
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 18
   depth: 1, occurrence: 31
   depth: 2, occurrence: 44
   depth: 3, occurrence: 59

XXX percentage a fresh-made variable is used: 16.7
XXX percentage an existing variable is used: 83.3
********************* end of statistics **********************/

