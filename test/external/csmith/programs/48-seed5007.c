/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 5007 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3 --max-funcs 8 --max-block-depth 4 --max-expr-complexity 10
 * Seed:      5007
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
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
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
static int16_t safe_unary_minus_func_int16_t_s(int16_t a) { return (a == (-32767 - 1)) ? a : (int16_t)-a; }
static int32_t safe_unary_minus_func_int32_t_s(int32_t a) { return (a == (-2147483647 - 1)) ? a : (int32_t)-a; }
static int64_t safe_unary_minus_func_int64_t_s(int64_t a) { return (a == (-0x7FFFFFFFFFFFFFFFLL - 1)) ? a : (int64_t)-a; }
static int8_t safe_unary_minus_func_int8_t_s(int8_t a) { return (a == (-127 - 1)) ? a : (int8_t)-a; }
static uint16_t safe_unary_minus_func_uint16_t_u(uint16_t a) { return (uint16_t)(0u - (uint32_t)a); }
static uint32_t safe_unary_minus_func_uint32_t_u(uint32_t a) { return (uint32_t)(0u - (uint32_t)a); }
static uint64_t safe_unary_minus_func_uint64_t_u(uint64_t a) { return (uint64_t)(0u - (uint64_t)a); }
static uint8_t safe_unary_minus_func_uint8_t_u(uint8_t a) { return (uint8_t)(0u - (uint32_t)a); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int8_t  f0;
};

union U1 {
   int8_t  f0;
   uint64_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static uint32_t g_14 = 0xE87F6FB8L;
static int32_t g_19 = 0x457D6700L;
static int8_t g_36 = 1L;
static union U0 g_48 = {0xE7L};
static union U0 *g_47 = &g_48;
static int8_t *g_55 = (void*)0;
static uint64_t g_60 = 5UL;
static int16_t g_84 = 0x26DAL;
static int16_t g_90 = (-3L);
static uint32_t g_96 = 6UL;
static uint64_t g_99 = 18446744073709551615UL;
static int32_t g_103 = (-10L);
static uint8_t g_107 = 0x0AL;
static uint16_t g_158[5] = {0UL,0UL,0UL,0UL,0UL};
static uint16_t g_172 = 6UL;
static uint32_t g_176 = 0x76BCC78BL;
static union U0 ****g_209 = (void*)0;
static union U0 **g_217[3] = {&g_47,&g_47,&g_47};
static union U0 ***g_216 = &g_217[2];
static union U0 ****g_215 = &g_216;
static uint16_t g_228 = 4UL;
static int32_t g_229 = 1L;
static int32_t *g_230 = &g_229;
static uint64_t g_255[5][5] = {{0x62E49423B7A216F8LL,8UL,8UL,0x62E49423B7A216F8LL,0x62E49423B7A216F8LL},{5UL,1UL,5UL,1UL,5UL},{0x62E49423B7A216F8LL,0x62E49423B7A216F8LL,8UL,8UL,0x62E49423B7A216F8LL},{0UL,1UL,0UL,1UL,0UL},{0x62E49423B7A216F8LL,8UL,8UL,0x62E49423B7A216F8LL,0x62E49423B7A216F8LL}};
static uint8_t g_291 = 0x2CL;
static union U1 g_319 = {1L};
static uint16_t g_322[5][2][4] = {{{0xC4F2L,65535UL,5UL,0UL},{0x9F60L,0xB3AEL,0x9F60L,0UL}},{{5UL,65535UL,0xC4F2L,65535UL},{0x6E39L,65535UL,0xBB1BL,0xBB1BL}},{{0UL,0UL,0xBB1BL,0xDA12L},{0x9F60L,5UL,0xB3AEL,65535UL}},{{0x6E39L,0xB3AEL,0xDA12L,0xB3AEL},{0xDA12L,0xB3AEL,0x6E39L,65535UL}},{{0xB3AEL,5UL,0x9F60L,0xDA12L},{0xBB1BL,0UL,0UL,0xBB1BL}}};
static union U0 g_324 = {0x3DL};
static union U0 g_350 = {1L};
static union U0 g_353 = {0x5DL};
static uint64_t g_386 = 0x8EE22F686063F796LL;
static union U1 g_412 = {0xE3L};
static uint8_t g_424 = 0x2CL;
static int32_t g_442 = 3L;
static uint16_t g_457 = 0x749CL;
static uint32_t g_463 = 0xC5D0FD5CL;
static union U0 ** const *g_497 = &g_217[0];
static union U0 ** const **g_496[1][4] = {{&g_497,&g_497,&g_497,&g_497}};
static union U0 ** const ***g_495 = &g_496[0][1];
static uint16_t g_577 = 0x1A03L;
static uint64_t g_604 = 18446744073709551615UL;
static int16_t g_649 = 0x0F66L;
static uint32_t * const g_658[2][4] = {{&g_14,&g_14,&g_14,&g_14},{&g_14,&g_14,&g_14,&g_14}};
static uint32_t * const *g_657 = &g_658[1][3];
static union U0 * const *g_674 = &g_47;
static union U0 * const **g_673[2][2][5] = {{{&g_674,&g_674,&g_674,&g_674,&g_674},{(void*)0,&g_674,(void*)0,(void*)0,&g_674}},{{&g_674,&g_674,(void*)0,&g_674,(void*)0},{&g_674,&g_674,&g_674,&g_674,&g_674}}};
static union U0 * const ***g_672 = &g_673[0][1][4];
static union U0 * const *** const *g_671 = &g_672;
static int64_t g_722 = 0xC4E698EA5CE660AFLL;
static uint32_t g_748 = 18446744073709551615UL;
static uint64_t g_785 = 6UL;
static int64_t g_826 = 1L;
static int64_t g_829 = 0x489F152CF7A2851DLL;
static uint32_t g_946 = 18446744073709551606UL;
static uint32_t g_954[1][3] = {{0x1425838CL,0x1425838CL,0x1425838CL}};
static uint16_t **g_969 = (void*)0;
static int32_t g_977 = 0x849282FCL;
static uint32_t g_981 = 0x2CBF926DL;
static int32_t g_996 = 0x60714DB3L;
static int32_t *g_995 = &g_996;
static int32_t **g_994 = &g_995;
static uint8_t g_998[3][2] = {{0xE8L,0x11L},{0x11L,0xE8L},{0x11L,0x11L}};
static uint64_t g_999 = 0xE3EBFF5275586951LL;
static int32_t g_1003 = 6L;
static uint32_t *g_1060[3][1][4] = {{{&g_748,&g_748,&g_748,&g_748}},{{&g_748,&g_748,&g_748,&g_748}},{{&g_748,&g_748,&g_748,&g_748}}};
static uint8_t g_1092 = 255UL;
static uint8_t g_1100 = 0x24L;
static int16_t *g_1114 = &g_649;
static int16_t *g_1116 = &g_649;
static int16_t *g_1118[2] = {&g_84,&g_84};
static uint32_t **g_1125[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
static uint32_t ***g_1124 = &g_1125[0];
static int8_t g_1171 = (-2L);
static uint8_t g_1172 = 0xCEL;
static uint64_t g_1177 = 0xF26DC3B380339B38LL;
static int32_t ***g_1213 = &g_994;
static int8_t g_1266 = 0x20L;
static int8_t g_1267 = 0xBDL;
static int8_t g_1268 = (-1L);
static int64_t g_1269 = 0x0B27714F106D836BLL;
static uint16_t g_1270[3][3][4] = {{{0x8784L,0x8784L,0x8784L,0x8784L},{0x8784L,0x8784L,0x8784L,0x8784L},{0x8784L,0x8784L,0x8784L,0x8784L}},{{0x8784L,0x8784L,0x8784L,0x8784L},{0x8784L,0x8784L,0x8784L,0x8784L},{0x8784L,0x8784L,0x8784L,0x8784L}},{{0x8784L,0x8784L,0x8784L,0x8784L},{0x8784L,0x8784L,0x8784L,0x8784L},{0x8784L,0x8784L,0x8784L,0x8784L}}};
static int32_t g_1308 = (-1L);
static uint32_t g_1309 = 4294967286UL;
static const int32_t *g_1331 = &g_442;
static const int32_t **g_1330 = &g_1331;
static int32_t **g_1412 = &g_230;
static int32_t ***g_1411 = &g_1412;
static int32_t ****g_1410 = &g_1411;
static const union U0 * const g_1414 = &g_353;
static union U0 *****g_1465 = &g_209;
static int16_t g_1470 = (-1L);
static int32_t g_1473[5] = {0L,0L,0L,0L,0L};
static int32_t ****g_1543 = &g_1213;
static int32_t *****g_1542[1][3][5] = {{{&g_1543,&g_1543,&g_1543,&g_1543,&g_1543},{&g_1543,&g_1543,&g_1543,&g_1543,&g_1543},{&g_1543,&g_1543,&g_1543,&g_1543,&g_1543}}};
static union U1 *g_1593 = &g_412;
static union U1 **g_1592[5] = {&g_1593,&g_1593,&g_1593,&g_1593,&g_1593};
static union U0 **g_1594 = &g_47;
static uint16_t g_1597 = 0x14D6L;
static const int8_t g_1627 = (-3L);
static const int8_t *g_1629[4] = {&g_1627,&g_1627,&g_1627,&g_1627};
static const int8_t **g_1628 = &g_1629[1];
static const int8_t **g_1630 = &g_1629[2];
static const int8_t **g_1631 = &g_1629[1];
static int32_t g_1636 = 0x16BC2971L;
static const uint16_t *g_1706 = &g_172;
static const uint16_t **g_1705 = &g_1706;
static const uint16_t ***g_1704 = &g_1705;
static union U0 g_1710 = {5L};
static uint32_t ** const *g_1713 = (void*)0;


/* --- FORWARD DECLARATIONS --- */
static union U0  func_1(void);
static uint16_t  func_8(uint16_t  p_9, const uint32_t  p_10, int16_t  p_11);
static uint16_t  func_12(uint64_t  p_13);
static union U0 * func_22(int32_t  p_23, int16_t  p_24);
static int64_t  func_29(uint64_t  p_30, int16_t  p_31, union U0  p_32);
static int64_t  func_41(union U0 * p_42, union U0  p_43, int8_t * p_44, union U0 * p_45, int16_t  p_46);
static union U0  func_49(uint32_t  p_50, int8_t * p_51, int8_t * const  p_52, const union U0 * const  p_53, int8_t  p_54);
static int16_t  func_61(int32_t  p_62, int8_t  p_63, int8_t * p_64, int8_t  p_65, union U1  p_66);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_1710 g_1309 g_1593 g_412 g_1412 g_230 g_229 g_1114 g_1705 g_1706 g_172 g_954 g_785 g_1171 g_1411 g_350
 * writes: g_1713 g_649 g_229
 */
static union U0  func_1(void)
{ /* block id: 0 */
    uint32_t l_2 = 0x44182BD7L;
    int32_t l_3 = (-1L);
    uint8_t *l_1000 = &g_998[0][1];
    int32_t l_1429 = 0L;
    int32_t l_1466 = 0L;
    union U1 *l_1500 = &g_319;
    int16_t **l_1521 = &g_1114;
    int8_t **l_1587 = &g_55;
    uint32_t l_1708 = 4294967295UL;
    union U0 l_1723 = {0xB1L};
lbl_1537:
    l_3 = l_2;
    for (l_2 = 0; (l_2 != 36); l_2 = safe_add_func_int64_t_s_s(l_2, 4))
    { /* block id: 4 */
        uint8_t l_975 = 0UL;
        uint8_t l_986 = 0UL;
        uint16_t l_1001 = 0x1E03L;
        union U1 l_1434 = {0xB3L};
        union U0 *l_1458 = &g_350;
        const uint32_t l_1468 = 0xC61FEC63L;
        int32_t l_1474 = (-1L);
        union U0 l_1499 = {-1L};
        int64_t l_1512 = 0x9773E1EF838AA461LL;
        int64_t l_1535[1];
        uint16_t l_1560 = 0xB4EAL;
        uint32_t l_1598 = 18446744073709551607UL;
        int32_t *l_1647 = &g_996;
        union U1 *l_1666 = &l_1434;
        uint8_t l_1697 = 0xE6L;
        uint32_t l_1716 = 18446744073709551615UL;
        int32_t l_1726 = 0L;
        int i;
        for (i = 0; i < 1; i++)
            l_1535[i] = (-1L);
        for (l_3 = 6; (l_3 <= (-13)); l_3 = safe_sub_func_int16_t_s_s(l_3, 1))
        { /* block id: 7 */
            uint16_t *l_974[4][4] = {{&g_322[4][1][2],&g_322[2][0][0],&g_322[4][1][2],&g_322[2][0][0]},{&g_322[4][1][2],&g_322[2][0][0],&g_322[4][1][2],&g_322[2][0][0]},{&g_322[4][1][2],&g_322[2][0][0],&g_322[4][1][2],&g_322[2][0][0]},{&g_322[4][1][2],&g_322[2][0][0],&g_322[4][1][2],&g_322[2][0][0]}};
            int32_t *l_976 = &g_977;
            uint32_t *l_980 = &g_981;
            int32_t **l_993 = (void*)0;
            uint8_t *l_997 = &g_998[0][0];
            int32_t l_1002 = 0xB06133F0L;
            int64_t *l_1439[2];
            union U0 *****l_1464 = &g_215;
            int32_t l_1471 = 3L;
            int32_t l_1475 = 0xE0A8D2BAL;
            int32_t l_1476 = (-10L);
            uint64_t l_1477 = 0x6EFA5FEE324F540BLL;
            uint16_t l_1577 = 0xAC66L;
            int8_t l_1582 = 0xBCL;
            union U1 l_1596 = {-10L};
            uint64_t l_1601 = 18446744073709551610UL;
            const int8_t *l_1626 = &g_1627;
            const int8_t **l_1625 = &l_1626;
            const int8_t ***l_1624[5][3][2] = {{{(void*)0,&l_1625},{(void*)0,&l_1625},{(void*)0,&l_1625}},{{&l_1625,(void*)0},{(void*)0,&l_1625},{&l_1625,(void*)0}},{{(void*)0,(void*)0},{&l_1625,&l_1625},{(void*)0,(void*)0}},{{&l_1625,&l_1625},{(void*)0,&l_1625},{(void*)0,&l_1625}},{{&l_1625,&l_1625},{(void*)0,(void*)0},{&l_1625,(void*)0}}};
            uint64_t *l_1632 = &l_1601;
            int32_t *l_1633 = (void*)0;
            int32_t *l_1634 = (void*)0;
            int32_t *l_1635[3][1][3] = {{{&g_103,&g_229,&g_103}},{{&g_103,&g_103,&g_103}},{{&g_103,&g_229,&g_103}}};
            int32_t l_1685 = 0x8128F48BL;
            const uint16_t ***l_1707 = &g_1705;
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_1439[i] = &g_829;
        }
        if (l_1468)
        { /* block id: 747 */
            return g_1710;
        }
        else
        { /* block id: 749 */
            uint16_t l_1711 = 0x7C7BL;
            uint32_t ** const *l_1712 = &g_1125[0];
            int64_t *l_1725 = &l_1512;
            if ((l_1711 <= ((l_1466 == (g_1309 & (((((g_1713 = l_1712) != ((*g_1593) , &g_657)) >= (safe_rshift_func_int16_t_s_s(l_1716, ((((safe_div_func_uint16_t_u_u((safe_div_func_uint16_t_u_u((~(safe_unary_minus_func_int32_t_s((**g_1412)))), ((*g_1114) = (-1L)))), (**g_1705))) | g_954[0][2]) ^ l_1429) <= g_785)))) & l_1711) != (**g_1412)))) & g_1171)))
            { /* block id: 752 */
                return l_1723;
            }
            else
            { /* block id: 754 */
                int32_t *l_1724 = &l_1466;
                if (l_1429)
                    goto lbl_1537;
                (*l_1724) = ((*g_230) = l_1499.f0);
            }
            (***g_1411) ^= (((*l_1725) = 0L) <= l_1726);
        }
        return (*l_1458);
    }
    return l_1723;
}


/* ------------------------------------------ */
/* 
 * reads : g_230 g_19 g_229
 * writes:
 */
static uint16_t  func_8(uint16_t  p_9, const uint32_t  p_10, int16_t  p_11)
{ /* block id: 429 */
    uint64_t l_1006 = 1UL;
    int32_t l_1026 = 0xDE1D984AL;
    uint16_t ***l_1048 = &g_969;
    int32_t * const *l_1076 = &g_230;
    int32_t * const **l_1075 = &l_1076;
    int32_t l_1097 = 0L;
    int32_t l_1098 = 0x3B8D17D1L;
    int32_t l_1103 = 0x505A9871L;
    int16_t *l_1113[3][4][5];
    uint32_t l_1152 = 0x26BA831DL;
    int32_t ***l_1210 = &g_994;
    int32_t ****l_1211 = &l_1210;
    int32_t ***l_1212 = (void*)0;
    int64_t *l_1214[4] = {&g_722,&g_722,&g_722,&g_722};
    int32_t l_1215 = 0x4059945AL;
    uint16_t *l_1222[3][1][4] = {{{(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0}}};
    const uint64_t l_1223[3] = {18446744073709551613UL,18446744073709551613UL,18446744073709551613UL};
    uint16_t l_1224 = 65530UL;
    uint8_t *l_1225 = &g_1172;
    uint16_t l_1237 = 0UL;
    uint16_t l_1240 = 0x6002L;
    int16_t l_1243 = 0x00BAL;
    int16_t **l_1279[1][2][1];
    int16_t l_1297 = 0x42A0L;
    uint32_t *l_1312 = &g_176;
    const int32_t l_1328 = 0xCF5CA662L;
    union U0 ****l_1343 = &g_216;
    int64_t l_1345 = 0x858086632F4B6E35LL;
    int32_t **l_1375 = &g_995;
    int i, j, k;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 5; k++)
                l_1113[i][j][k] = (void*)0;
        }
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 1; k++)
                l_1279[i][j][k] = &g_1118[1];
        }
    }
    return (***l_1075);
}


/* ------------------------------------------ */
/* 
 * reads : g_19 g_47 g_48.f0 g_55 g_14 g_84 g_90 g_99 g_107 g_60 g_103 g_96 g_48 g_172 g_176 g_158 g_209 g_228 g_229 g_230 g_255 g_216 g_217 g_291 g_319 g_322 g_386 g_353.f0 g_319.f0 g_424 g_350.f0 g_442 g_457 g_463 g_412.f0 g_495 g_324.f0 g_577 g_36 g_604 g_412 g_649 g_657 g_496 g_497 g_658 g_671 g_672 g_673 g_785 g_722 g_748 g_826 g_954 g_969
 * writes: g_14 g_19 g_36 g_60 g_48.f0 g_84 g_90 g_96 g_99 g_107 g_103 g_158 g_172 g_176 g_215 g_228 g_229 g_230 g_291 g_322 g_255 g_350.f0 g_319.f0 g_386 g_353.f0 g_412 g_442 g_457 g_463 g_495 g_324.f0 g_577 g_604 g_319 g_649 g_722 g_785 g_826 g_217 g_748 g_424 g_954 g_673
 */
static uint16_t  func_12(uint64_t  p_13)
{ /* block id: 8 */
    const int16_t l_33 = 0xE60EL;
    uint8_t l_34 = 1UL;
    int32_t l_953[5];
    int32_t *l_964 = &g_442;
    int32_t **l_963 = &l_964;
    uint16_t *l_968 = (void*)0;
    uint16_t **l_967 = &l_968;
    int i;
    for (i = 0; i < 5; i++)
        l_953[i] = 0xB9F8D860L;
    for (p_13 = 0; (p_13 == 44); p_13++)
    { /* block id: 11 */
        const union U0 * const l_56 = &g_48;
        int32_t l_57 = 0x24380D33L;
        union U0 *l_323[4];
        int32_t *l_949 = &g_229;
        int32_t *l_950 = &l_57;
        int32_t *l_951 = &g_103;
        int32_t *l_952[5][1];
        int i, j;
        for (i = 0; i < 4; i++)
            l_323[i] = &g_324;
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 1; j++)
                l_952[i][j] = &g_19;
        }
        for (g_14 = 0; (g_14 > 21); g_14 = safe_add_func_int16_t_s_s(g_14, 9))
        { /* block id: 14 */
            for (g_19 = 0; (g_19 == 28); ++g_19)
            { /* block id: 17 */
                int8_t *l_35 = &g_36;
                uint16_t *l_326[4][2] = {{&g_322[2][0][1],&g_322[2][0][1]},{&g_322[2][0][1],&g_322[2][0][1]},{&g_322[2][0][1],&g_322[2][0][1]},{&g_322[2][0][1],&g_322[2][0][1]}};
                union U0 l_327[4][5][1] = {{{{-6L}},{{0xE8L}},{{-6L}},{{0x9EL}},{{-9L}}},{{{0x7DL}},{{0x12L}},{{0x7DL}},{{-9L}},{{0x9EL}}},{{{-6L}},{{0xE8L}},{{-6L}},{{0x9EL}},{{-9L}}},{{{0x7DL}},{{0x12L}},{{0x7DL}},{{-9L}},{{0x9EL}}}};
                int16_t *l_648 = &g_649;
                int i, j, k;
                l_323[2] = func_22(p_13, ((*l_648) |= (safe_lshift_func_int8_t_s_s((p_13 == (func_29((((*l_35) = (l_33 | l_34)) != ((((safe_div_func_uint16_t_u_u((0xD54EC7E3L < g_19), (safe_mul_func_uint16_t_u_u((g_322[1][1][1] = (func_41(g_47, func_49(g_48.f0, g_55, g_55, l_56, l_57), l_35, l_323[2], g_255[4][0]) || 0x653D7A3F9EB71334LL)), p_13)))) > p_13) ^ g_255[4][0]) >= g_255[4][3])), g_19, l_327[1][2][0]) <= (-10L))), 4))));
                if (p_13)
                    continue;
                if ((*g_230))
                    continue;
            }
            (*g_230) |= 0x0AD49DC6L;
        }
        g_954[0][2]--;
        for (l_34 = 0; (l_34 <= 1); l_34 += 1)
        { /* block id: 383 */
            int32_t *l_962[1];
            uint16_t **l_971 = &l_968;
            int i;
            for (i = 0; i < 1; i++)
                l_962[i] = &g_19;
            for (g_463 = 0; (g_463 <= 0); g_463 += 1)
            { /* block id: 386 */
                for (g_176 = 0; (g_176 <= 1); g_176 += 1)
                { /* block id: 389 */
                    int32_t **l_957 = (void*)0;
                    int32_t **l_958 = (void*)0;
                    int32_t **l_959 = (void*)0;
                    int32_t **l_960 = (void*)0;
                    int32_t **l_961[3];
                    int i, j, k;
                    for (i = 0; i < 3; i++)
                        l_961[i] = &l_950;
                    g_230 = l_952[(g_463 + 1)][g_463];
                    l_962[0] = l_952[(g_463 + 1)][g_463];
                    g_673[g_176][g_176][(l_34 + 1)] = g_673[g_176][(g_463 + 1)][(g_463 + 4)];
                }
                for (g_785 = 0; (g_785 <= 1); g_785 += 1)
                { /* block id: 396 */
                    int i, j, k;
                    return g_322[(l_34 + 2)][g_785][(l_34 + 2)];
                }
            }
            for (g_103 = 0; (g_103 <= 1); g_103 += 1)
            { /* block id: 402 */
                int i, j, k;
                (*g_230) = g_322[(l_34 + 2)][l_34][(g_103 + 1)];
            }
            for (g_826 = 1; (g_826 >= 0); g_826 -= 1)
            { /* block id: 407 */
                uint16_t ***l_970[2];
                int32_t **l_972 = (void*)0;
                int32_t **l_973[1][4][2];
                int i, j, k;
                for (i = 0; i < 2; i++)
                    l_970[i] = &g_969;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                    {
                        for (k = 0; k < 2; k++)
                            l_973[i][j][k] = &l_949;
                    }
                }
                g_230 = ((((void*)0 == l_963) > 8L) , ((g_604 < ((0x00E6L == 0xA735L) <= (l_34 <= (safe_rshift_func_uint16_t_u_u((((l_967 == (l_971 = g_969)) , g_954[0][2]) , p_13), p_13))))) , &g_19));
                for (g_84 = 0; g_84 < 5; g_84 += 1)
                {
                    g_158[g_84] = 0x6B3EL;
                }
                g_230 = (void*)0;
                g_230 = &g_19;
            }
        }
        for (g_457 = 0; (g_457 <= 4); g_457 += 1)
        { /* block id: 417 */
            int i;
            (*l_949) = g_158[g_457];
        }
    }
    return p_13;
}


/* ------------------------------------------ */
/* 
 * reads : g_657 g_322 g_230 g_229 g_103 g_495 g_496 g_497 g_217 g_47 g_48 g_14 g_90 g_386 g_424 g_228 g_324.f0 g_84 g_48.f0 g_319 g_658 g_604 g_671 g_672 g_673 g_158 g_19 g_649 g_463 g_255 g_785 g_353.f0 g_457 g_60 g_722 g_748 g_826 g_216 g_350.f0 g_96
 * writes: g_457 g_103 g_386 g_229 g_319.f0 g_722 g_107 g_604 g_463 g_785 g_60 g_826 g_217 g_748 g_424
 */
static union U0 * func_22(int32_t  p_23, int16_t  p_24)
{ /* block id: 258 */
    int32_t l_656 = 8L;
    uint16_t * const l_659 = (void*)0;
    uint64_t *l_660[3][5][2] = {{{&g_604,&g_255[0][3]},{&g_604,&g_60},{&g_255[3][0],(void*)0},{&g_60,(void*)0},{(void*)0,&g_60}},{{&g_255[0][3],&g_604},{&g_604,&g_60},{(void*)0,(void*)0},{&g_60,(void*)0},{(void*)0,&g_60}},{{&g_604,&g_604},{&g_255[0][3],&g_60},{(void*)0,(void*)0},{&g_60,(void*)0},{&g_255[3][0],&g_60}}};
    uint16_t *l_661 = &g_457;
    int16_t *l_662[2];
    uint64_t l_663[1];
    int32_t *l_664 = (void*)0;
    int32_t *l_665 = &g_103;
    union U0 *****l_675 = &g_215;
    int8_t *l_680[4][5][2] = {{{&g_36,&g_36},{&g_36,&g_36},{&g_36,&g_36},{&g_36,&g_36},{&g_36,&g_36}},{{&g_36,&g_36},{&g_36,&g_36},{&g_36,&g_36},{&g_36,&g_36},{&g_36,&g_36}},{{&g_36,&g_36},{&g_36,&g_36},{&g_36,&g_36},{&g_36,&g_36},{&g_36,&g_36}},{{&g_36,&g_36},{&g_36,&g_36},{&g_36,&g_36},{&g_36,&g_36},{&g_36,&g_36}}};
    int32_t l_688 = 0x4242EEA3L;
    int8_t l_718 = 0x00L;
    int32_t l_733 = 1L;
    union U1 *l_797 = (void*)0;
    union U1 *l_798 = &g_319;
    union U0 *l_800[5] = {&g_353,&g_353,&g_353,&g_353,&g_353};
    int32_t *l_855[2];
    int32_t **l_854 = &l_855[1];
    const uint64_t l_940 = 0x87F7E685011375A9LL;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_662[i] = (void*)0;
    for (i = 0; i < 1; i++)
        l_663[i] = 0x3E4DCCE7CC49C910LL;
    for (i = 0; i < 2; i++)
        l_855[i] = &g_442;
    if (((*l_665) &= ((safe_mul_func_int8_t_s_s(1L, (safe_div_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u(((l_656 > ((void*)0 != g_657)) , ((l_663[0] = (p_24 |= ((((l_659 != (void*)0) , &g_255[4][0]) != l_660[1][4][1]) > ((*l_661) = 0xDF89L)))) && l_663[0])), g_322[3][0][3])), l_656)))) < (*g_230))))
    { /* block id: 263 */
        union U1 *l_667 = &g_412;
        union U1 **l_666 = &l_667;
        union U0 *****l_676 = &g_215;
        int32_t l_677 = 0x89A7CE77L;
        const union U0 * const l_681 = (void*)0;
        int32_t l_686 = (-9L);
        int32_t l_687 = 1L;
        int8_t *l_711 = &g_350.f0;
        const uint8_t l_717[5] = {0x02L,0x02L,0x02L,0x02L,0x02L};
        int32_t **l_770 = (void*)0;
        const uint8_t l_777[2][4] = {{1UL,1UL,1UL,1UL},{1UL,1UL,1UL,1UL}};
        int32_t **l_788 = &l_664;
        int i, j;
lbl_725:
        (*l_666) = &g_412;
        if (((((*****g_495) , g_14) && l_677) != p_23))
        { /* block id: 267 */
            int32_t l_689[4] = {0x73D5C81AL,0x73D5C81AL,0x73D5C81AL,0x73D5C81AL};
            uint8_t *l_698[1][5] = {{&g_291,&g_291,&g_291,&g_291,&g_291}};
            int8_t *l_699 = &g_319.f0;
            int8_t *l_709[1];
            int8_t **l_710[5] = {&l_709[0],&l_709[0],&l_709[0],&l_709[0],&l_709[0]};
            int32_t l_716[5][4][5] = {{{0xDDE70175L,0xF9FDC281L,0xE6BEA86FL,0x6EDA2493L,0x2EA0A6CBL},{0x2EA0A6CBL,1L,0x0DA4032DL,0xBD806CB6L,0L},{0xE9A192ECL,0x6EDA2493L,0x6EDA2493L,0xE9A192ECL,1L},{0L,0x6EDA2493L,0x35940722L,(-2L),0xE9A192ECL}},{{0xBD806CB6L,1L,0L,0xAFA95245L,0xB8AD2EC6L},{0x35940722L,0x35E81A2DL,0xDDE70175L,0xAFA95245L,0xAFA95245L},{0x35E81A2DL,0x2AE2A513L,0x35E81A2DL,0xF9FDC281L,0xB8AD2EC6L},{0x35E81A2DL,0x6EDA2493L,1L,0x2AE2A513L,0x35940722L}},{{0xE9A192ECL,0xDDE70175L,(-3L),0L,(-2L)},{0x2AE2A513L,0xAFA95245L,1L,0x35940722L,1L},{0x2EA0A6CBL,0x2EA0A6CBL,0x35E81A2DL,0x6EDA2493L,1L},{0xF9FDC281L,0xB8AD2EC6L,0xDDE70175L,0x0DA4032DL,(-2L)}},{{(-3L),0x0DA4032DL,0x2EA0A6CBL,0xE6BEA86FL,0x35940722L},{0xE6BEA86FL,0xB8AD2EC6L,0xE9A192ECL,0xE9A192ECL,0xB8AD2EC6L},{(-2L),0x2EA0A6CBL,0L,0xE9A192ECL,0xAFA95245L},{(-3L),0xAFA95245L,0xBD806CB6L,0xE6BEA86FL,0x0DA4032DL}},{{0x6EDA2493L,0xDDE70175L,0x35940722L,0x0DA4032DL,0xF9FDC281L},{(-3L),0x6EDA2493L,0xF9FDC281L,0x6EDA2493L,(-3L)},{(-2L),0x2AE2A513L,0xF9FDC281L,0x35940722L,0x2EA0A6CBL},{0xE6BEA86FL,0x35E81A2DL,0x35940722L,0L,(-3L)}}};
            int64_t *l_719 = (void*)0;
            int64_t *l_720 = (void*)0;
            int64_t *l_721 = &g_722;
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_709[i] = &g_324.f0;
            (*g_230) &= (p_24 < ((safe_lshift_func_int16_t_s_s(((safe_add_func_uint32_t_u_u((((0x58F10FEA08B1E517LL && (g_90 != ((void*)0 == &l_659))) < ((g_386++) | 0x65F8747779AA6520LL)) , 1UL), (safe_rshift_func_int8_t_s_s((safe_sub_func_int8_t_s_s(((((*l_665) = (((p_23 || ((((safe_div_func_int16_t_s_s(l_689[2], g_14)) , 0x1DL) | (-1L)) & g_424)) & p_24) >= 0x31L)) , l_699) == l_680[0][1][0]), p_23)), 1)))) > g_228), g_324.f0)) && 18446744073709551615UL));
            (*g_230) = (!(((safe_mul_func_int8_t_s_s(p_24, (safe_rshift_func_uint8_t_u_u((((*l_661) = ((((*l_721) = ((((l_689[3] != (((p_23 < (safe_add_func_uint64_t_u_u((safe_sub_func_uint32_t_u_u((l_689[2] >= ((*l_699) = 0x66L)), (((((l_711 = l_709[0]) != &g_36) , ((safe_add_func_uint32_t_u_u(1UL, (safe_mul_func_int16_t_s_s(((((((*l_666) == (void*)0) , g_229) , 6L) , l_689[2]) & 65526UL), l_716[2][1][4])))) <= l_717[4])) <= 0xB71AL) < p_23))), l_718))) | l_716[0][1][1]) ^ (*g_230))) || 1UL) == 0x98L) || 0x1FE6ABA6L)) & p_23) >= p_23)) != 0L), g_84)))) == (*g_230)) == p_23));
        }
        else
        { /* block id: 276 */
            int32_t * const l_735 = &l_677;
            int32_t l_779 = 0L;
            int32_t l_784 = (-4L);
            for (l_688 = (-11); (l_688 != 13); ++l_688)
            { /* block id: 279 */
                uint8_t *l_732 = &g_107;
                const int32_t l_734 = 0x432E1B75L;
                int32_t l_749 = 0x22C8031CL;
                uint32_t *l_778 = &g_463;
                int32_t *l_780 = &l_779;
                int32_t *l_781 = (void*)0;
                int32_t *l_782 = &l_677;
                int32_t *l_783[5];
                int i;
                for (i = 0; i < 5; i++)
                    l_783[i] = &g_103;
                if (g_48.f0)
                    goto lbl_725;
                if ((safe_mod_func_uint8_t_u_u(((p_24 >= (p_23 || ((0x62294000L < 0x9CC1745EL) , (((l_733 = (safe_mod_func_int8_t_s_s(p_23, ((*l_732) = (p_24 | (safe_lshift_func_int8_t_s_u((0x36FB4CEEL != 0x012F4078L), 7))))))) , l_734) <= p_23)))) , 0UL), (*l_665))))
                { /* block id: 283 */
                    int32_t **l_736[2][3][1] = {{{&l_664},{(void*)0},{(void*)0}},{{&l_664},{(void*)0},{(void*)0}}};
                    int32_t **l_737 = &l_664;
                    int i, j, k;
                    (*l_737) = l_735;
                }
                else
                { /* block id: 285 */
                    uint16_t l_738[4] = {65530UL,65530UL,65530UL,65530UL};
                    uint16_t l_741[2];
                    uint32_t *l_747[3];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_741[i] = 0x676EL;
                    for (i = 0; i < 3; i++)
                        l_747[i] = &g_748;
                    p_23 = (l_738[1] > (g_319 , (((void*)0 == (*g_657)) == (safe_mul_func_uint8_t_u_u(((l_741[0] == (0x7598L ^ (safe_rshift_func_uint16_t_u_s((+0x7CL), (l_686 = (((l_749 ^= ((p_23 && (0UL > g_322[3][1][0])) < g_604)) , 0x1E5A4683L) | l_741[0])))))) || 6L), 0x7EL)))));
                }
                (*g_230) ^= ((--g_604) > (safe_div_func_uint64_t_u_u((g_322[3][1][2] <= 18446744073709551615UL), (safe_add_func_uint64_t_u_u(((safe_mod_func_int8_t_s_s(p_23, (safe_mod_func_uint8_t_u_u((((((safe_add_func_uint32_t_u_u(((*l_778) |= ((safe_mod_func_int16_t_s_s((l_686 ^= (safe_rshift_func_int8_t_s_u((safe_rshift_func_uint16_t_u_u(((safe_sub_func_uint16_t_u_u(((p_24 && (l_770 != &l_664)) != (safe_mod_func_int16_t_s_s(((safe_add_func_int64_t_s_s(((void*)0 != (**g_671)), (safe_mul_func_int8_t_s_s(((*l_735) != l_749), 7UL)))) & g_158[2]), 1UL))), g_19)) , (*l_665)), 7)), g_649))), 0xDA4DL)) >= l_777[0][3])), 6L)) < g_255[4][3]) <= (*l_735)) ^ l_749) <= 0L), p_23)))) != p_24), 0x68685641930F35E8LL)))));
                --g_785;
            }
        }
        (*l_788) = &g_229;
    }
    else
    { /* block id: 298 */
        int16_t l_795[2][1][3] = {{{0x7C37L,0x7C37L,0L}},{{0x7C37L,0x7C37L,0L}}};
        uint8_t *l_799 = &g_424;
        union U0 *l_801 = &g_350;
        int16_t l_802[5] = {0xC2D0L,0xC2D0L,0xC2D0L,0xC2D0L,0xC2D0L};
        int64_t *l_823 = &g_722;
        int32_t l_824 = 0x6B5D7D16L;
        int32_t l_830 = 4L;
        union U0 **l_848 = &g_47;
        uint32_t l_911 = 4294967295UL;
        int32_t l_912 = (-7L);
        uint32_t l_914 = 0xC7B61CBCL;
        int i, j, k;
        (*l_665) = ((((*l_661) &= (safe_lshift_func_uint16_t_u_s(p_23, (~(safe_div_func_int8_t_s_s(((+((((l_795[1][0][2] < ((l_795[0][0][1] & (~l_795[1][0][2])) <= g_353.f0)) & ((l_795[1][0][0] , ((((l_797 == (l_798 = l_798)) , (((&g_424 != l_799) , l_795[1][0][2]) , l_800[2])) != l_801) ^ 0UL)) == l_795[1][0][1])) > 0x00A10461L) , l_802[1])) <= l_795[1][0][2]), 0xB0L)))))) | g_255[4][0]) || 0x52504E1C90321D70LL);
        for (g_60 = 0; (g_60 <= 1); g_60 += 1)
        { /* block id: 304 */
            uint32_t *l_815 = &g_14;
            uint32_t **l_814 = &l_815;
            uint32_t ***l_813 = &l_814;
            int64_t *l_822 = &g_722;
            int64_t **l_821 = &l_822;
            int64_t *l_825 = &g_826;
            int64_t *l_827 = (void*)0;
            int64_t *l_828[1];
            int32_t l_832 = 0x30C65D66L;
            union U0 **l_849 = &g_47;
            int32_t l_944 = (-1L);
            int32_t l_945 = 0xFBD0FE77L;
            int i;
            for (i = 0; i < 1; i++)
                l_828[i] = &g_829;
            if (((l_830 = ((*l_825) |= (l_824 = ((*l_823) = (0x0C82A03DL == ((+g_722) ^ (safe_rshift_func_int16_t_s_u((safe_mul_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u(g_649, (safe_mul_func_uint8_t_u_u(((+(((*l_813) = (void*)0) == &g_658[0][3])) == (g_748 <= ((safe_lshift_func_int8_t_s_s(p_23, p_24)) , (+(safe_rshift_func_int16_t_s_u((((*l_821) = &g_722) != l_823), (*l_665))))))), (-3L))))) && 1L), 0x0DL)), p_23)))))))) == g_19))
            { /* block id: 311 */
                uint16_t **l_831[2][3][1];
                union U1 l_839 = {1L};
                int32_t l_852[3];
                union U0 *l_853 = (void*)0;
                int32_t ***l_856 = &l_854;
                int i, j, k;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 3; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_831[i][j][k] = &l_661;
                    }
                }
                for (i = 0; i < 3; i++)
                    l_852[i] = 0xDA858890L;
                (*g_230) &= ((l_832 = (l_831[0][2][0] != &l_659)) , (safe_lshift_func_uint16_t_u_u(p_23, g_463)));
                if ((!((safe_unary_minus_func_int16_t_s((safe_mul_func_int16_t_s_s(((2L || ((l_852[2] = (l_839 , (safe_mul_func_int16_t_s_s((safe_mul_func_int8_t_s_s((l_832 |= (1UL > (safe_mod_func_uint64_t_u_u(l_802[3], (safe_add_func_int16_t_s_s((l_848 != ((*g_216) = l_849)), l_839.f0)))))), ((safe_rshift_func_uint8_t_u_u((g_350.f0 <= 1L), 5)) <= g_19))), p_23)))) < l_839.f0)) && 0x53L), g_96)))) , g_722)))
                { /* block id: 317 */
                    return l_853;
                }
                else
                { /* block id: 319 */
                    (*g_230) = 6L;
                }
                (*l_856) = l_854;
            }
            else
            { /* block id: 323 */
                (*l_665) = (p_23 |= (*l_665));
            }
            (*l_665) = (0x9464L < (safe_div_func_uint8_t_u_u(((safe_sub_func_int8_t_s_s(((safe_add_func_uint64_t_u_u((&l_801 == (void*)0), l_795[1][0][2])) < (l_824 = (safe_add_func_int32_t_s_s((*g_230), (safe_rshift_func_uint8_t_u_u((safe_sub_func_uint8_t_u_u(0xE5L, (((safe_mul_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s(((((g_103 | (safe_add_func_uint8_t_u_u((g_826 && (safe_lshift_func_uint8_t_u_s((safe_sub_func_uint32_t_u_u((0x8BA063B1L == p_23), p_23)), 2))), p_24))) > g_785) == p_24) || g_90), p_23)), 0L)) <= 4L) , 0L))), g_60)))))), p_23)) , 0xE4L), 1UL)));
            for (g_748 = 0; (g_748 <= 1); g_748 += 1)
            { /* block id: 331 */
                uint8_t *l_883 = &g_291;
                int32_t l_913 = (-2L);
                union U0 *l_930 = &g_324;
                int32_t l_942 = 0L;
                int32_t l_943 = 0x32009775L;
                (*g_230) = (((*l_661) |= l_830) <= (p_24 == ((*l_799) = 247UL)));
            }
        }
        return (****g_495);
    }
    return l_800[4];
}


/* ------------------------------------------ */
/* 
 * reads : g_255 g_84 g_216 g_217 g_60 g_322 g_96 g_99 g_229 g_228 g_47 g_230 g_386 g_353.f0 g_172 g_291 g_319.f0 g_424 g_350.f0 g_158 g_19 g_319 g_442 g_107 g_457 g_463 g_412.f0 g_495 g_48 g_324.f0 g_48.f0 g_577 g_90 g_36 g_103 g_604 g_412
 * writes: g_255 g_96 g_350.f0 g_48.f0 g_229 g_319.f0 g_386 g_353.f0 g_84 g_412 g_103 g_291 g_90 g_442 g_457 g_463 g_495 g_176 g_322 g_324.f0 g_172 g_577 g_604 g_319 g_228
 */
static int64_t  func_29(uint64_t  p_30, int16_t  p_31, union U0  p_32)
{ /* block id: 131 */
    uint64_t *l_330 = &g_255[4][0];
    union U0 l_346 = {0x71L};
    union U0 * const l_349 = &g_350;
    union U0 * const *l_348 = &l_349;
    union U0 * const **l_347 = &l_348;
    union U0 * const l_352 = &g_353;
    union U0 * const *l_351 = &l_352;
    uint32_t *l_354 = &g_96;
    uint32_t *l_355[5];
    int32_t l_356 = 3L;
    int32_t l_360 = 0x958FE576L;
    union U0 ***l_398 = &g_217[2];
    union U1 l_408 = {-1L};
    union U0 *****l_416 = &g_209;
    int32_t *l_485 = &g_229;
    uint32_t l_600 = 0x3B74952DL;
    const int32_t *l_644 = &g_229;
    const int32_t **l_643 = &l_644;
    int i;
    for (i = 0; i < 5; i++)
        l_355[i] = &g_176;
    if (((safe_add_func_int16_t_s_s(((--(*l_330)) > (0L < ((1UL != (!((safe_mul_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u(((g_84 >= ((safe_rshift_func_uint16_t_u_s((safe_lshift_func_int16_t_s_s((safe_rshift_func_int8_t_s_u(((l_356 = ((*l_354) = ((l_351 = ((*l_347) = (l_346 , (*g_216)))) != (*g_216)))) && p_31), ((~((l_360 ^= (l_346.f0 & (safe_rshift_func_uint8_t_u_u(p_32.f0, p_30)))) ^ 0L)) && g_60))), 14)), g_322[2][0][0])) && 0UL)) , g_96), 4)), g_99)) , p_31))) <= l_346.f0))), l_346.f0)) < g_229))
    { /* block id: 138 */
        int8_t l_361 = (-1L);
        int32_t l_374 = 0L;
        int8_t *l_375 = &g_350.f0;
        int8_t *l_376 = &g_48.f0;
        (*g_230) = (l_361 || (safe_lshift_func_int8_t_s_s(p_31, (safe_div_func_int64_t_s_s((safe_mul_func_uint16_t_u_u(((safe_div_func_int8_t_s_s(((((p_32.f0 < g_228) != ((*l_376) = ((*l_375) = (safe_lshift_func_int16_t_s_u((safe_mul_func_uint8_t_u_u((l_346.f0 > ((l_374 , (**l_347)) == (void*)0)), l_361)), p_31))))) | 0L) ^ 1UL), 0x85L)) > 0xA380L), 0xA2BDL)), 4UL)))));
    }
    else
    { /* block id: 142 */
        union U0 ** const *l_399 = &g_217[1];
        const uint32_t l_414 = 0xAFD339ECL;
        int32_t l_425 = 7L;
        uint16_t *l_433 = (void*)0;
        const uint32_t l_511 = 0x16BA2059L;
        uint16_t l_538 = 7UL;
        int32_t l_560[3];
        int i;
        for (i = 0; i < 3; i++)
            l_560[i] = 0x0B666774L;
lbl_389:
        (*g_230) = p_31;
        for (g_319.f0 = 0; (g_319.f0 <= 4); g_319.f0 += 1)
        { /* block id: 146 */
            int32_t *l_377 = (void*)0;
            int32_t *l_378 = &l_360;
            int32_t *l_379 = &l_356;
            int32_t *l_380 = &g_103;
            int32_t *l_381 = &g_229;
            int32_t *l_382 = &g_103;
            int32_t *l_383 = (void*)0;
            int32_t *l_384 = &g_103;
            int32_t *l_385 = &l_360;
            union U0 ** const *l_401 = (void*)0;
            union U1 *l_452 = &l_408;
            ++g_386;
            for (g_353.f0 = 1; (g_353.f0 <= 4); g_353.f0 += 1)
            { /* block id: 150 */
                union U0 ** const **l_400[1][4];
                int16_t *l_407 = &g_84;
                union U1 *l_409 = &l_408;
                union U1 *l_410 = (void*)0;
                union U1 *l_411 = &g_412;
                uint8_t *l_413 = &g_291;
                int16_t l_415 = 0x60C4L;
                int32_t **l_428 = &l_378;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_400[i][j] = &l_399;
                }
                if (g_228)
                    goto lbl_389;
                (*l_384) = (65529UL <= ((safe_add_func_int64_t_s_s(((safe_lshift_func_int16_t_s_u(((safe_mod_func_uint16_t_u_u((safe_mul_func_int16_t_s_s(((l_398 = (g_255[g_353.f0][g_353.f0] , l_398)) != (l_401 = l_399)), (p_31 <= (safe_sub_func_int16_t_s_s((safe_unary_minus_func_int8_t_s(((safe_add_func_uint16_t_u_u(p_30, ((*l_407) &= 0L))) | (((*l_411) = ((*l_409) = l_408)) , ((void*)0 != l_413))))), 0xBC0FL))))), 1UL)) != 3L), l_360)) , 0x6A3448AE4827AF0CLL), p_30)) & g_172));
                for (g_103 = 0; (g_103 <= 1); g_103 += 1)
                { /* block id: 160 */
                    union U1 *l_423 = &g_412;
                    int32_t l_426 = 0x003F2818L;
                    int32_t **l_427 = &l_380;
                    (*g_230) &= (l_414 <= (((((l_414 , l_415) | ((void*)0 == l_416)) & ((~((((*l_330) = ((l_425 &= (safe_mod_func_uint32_t_u_u(((*l_354) ^= ((((*l_413) ^= g_172) != ((safe_sub_func_int8_t_s_s((g_319.f0 > (+((((((0x7BL <= ((void*)0 == l_423)) , g_424) || 0x2F01F714449521B4LL) & g_350.f0) , &g_255[g_353.f0][g_353.f0]) == &p_30))), p_31)) | g_158[2])) != 0xB18FL)), p_32.f0))) < l_426)) > 0x29D56DC0C42D20FELL) , g_319.f0)) || 0x97BFL)) & l_408.f0) || p_32.f0));
                    (*l_427) = &l_426;
                }
                (*l_428) = &g_19;
                for (g_90 = 1; (g_90 >= 0); g_90 -= 1)
                { /* block id: 171 */
                    uint16_t **l_434 = (void*)0;
                    uint16_t *l_435[3];
                    int32_t l_440[4][3][1] = {{{(-1L)},{0xF7898A18L},{(-1L)}},{{0xF7898A18L},{(-1L)},{0xF7898A18L}},{{(-1L)},{0xF7898A18L},{(-1L)}},{{0xF7898A18L},{(-1L)},{0xF7898A18L}}};
                    uint32_t *l_441 = (void*)0;
                    int16_t *l_443 = &l_415;
                    int i, j, k;
                    for (i = 0; i < 3; i++)
                        l_435[i] = &g_322[2][0][0];
                    (*g_230) ^= ((void*)0 != &l_425);
                    l_360 = (((--(*l_413)) , ((*l_443) &= (((g_442 &= ((g_84 |= (safe_mul_func_uint8_t_u_u(((l_435[0] = l_433) != l_433), (*l_381)))) , (((((safe_div_func_uint16_t_u_u(p_32.f0, (((*l_381) = ((*g_230) , (l_425 , (safe_div_func_uint64_t_u_u(l_360, (((*l_330) |= (**l_428)) , ((((&l_401 == (void*)0) , g_319) , p_30) || 0x58L))))))) & 7L))) , g_322[2][0][0]) != l_440[1][2][0]) <= 0x8D361694L) & (-1L)))) , p_32.f0) && 0xB40FL))) && g_107);
                    if (l_425)
                        goto lbl_389;
                }
            }
            (*l_385) = ((safe_sub_func_uint64_t_u_u(18446744073709551615UL, ((g_322[3][0][3] || 7L) <= 0x24L))) >= (safe_sub_func_uint32_t_u_u(((*l_354) = (safe_div_func_uint16_t_u_u(((safe_add_func_int64_t_s_s(0xDF6071DF99225BA5LL, l_360)) <= ((0x30D9L | p_31) > 18446744073709551615UL)), 0x01B9L))), 4294967295UL)));
            if (l_425)
                break;
            for (g_103 = 0; (g_103 <= 1); g_103 += 1)
            { /* block id: 189 */
                int32_t *l_483[2][2][5] = {{{&g_229,&g_229,&l_425,&l_425,&g_229},{&g_19,&g_229,&g_19,&g_229,&g_19}},{{&g_229,&l_425,&l_425,&g_229,&g_229},{&l_425,&g_229,&l_425,&g_229,&l_425}}};
                int i, j, k;
                if ((l_356 |= ((void*)0 != l_452)))
                { /* block id: 191 */
                    int32_t *l_453 = &g_229;
                    int32_t *l_454 = &l_360;
                    int32_t *l_455 = &l_425;
                    int32_t *l_456 = &l_360;
                    g_457++;
                }
                else
                { /* block id: 193 */
                    int32_t *l_460 = &l_425;
                    int32_t *l_461 = &g_229;
                    int32_t *l_462[5] = {&g_229,&g_229,&g_229,&g_229,&g_229};
                    int i;
                    (*g_230) = (*g_230);
                    (*l_385) = (*g_230);
                    --g_463;
                }
                if (p_31)
                    break;
                for (g_412.f1 = 0; (g_412.f1 <= 1); g_412.f1 += 1)
                { /* block id: 201 */
                    union U0 l_468 = {0x9DL};
                    uint32_t *l_474 = &g_14;
                    uint32_t **l_473 = &l_474;
                    int32_t l_481[5][2] = {{1L,1L},{1L,(-1L)},{0xA6D0993DL,0x1D98C76DL},{(-1L),0x1D98C76DL},{0xA6D0993DL,(-1L)}};
                    union U1 **l_482 = &l_452;
                    int32_t **l_484 = &l_381;
                    int i, j;
                    l_481[0][0] &= (safe_lshift_func_int16_t_s_s((l_468 , (safe_mul_func_int8_t_s_s(((safe_lshift_func_uint16_t_u_s(0x362CL, (((*l_473) = ((g_412.f0 || g_319.f0) , &g_14)) == l_355[2]))) < (p_31 , ((*g_230) = (((*l_379) = (safe_add_func_int32_t_s_s((safe_lshift_func_int16_t_s_s((safe_div_func_int32_t_s_s((-9L), 1UL)), 3)), p_32.f0))) , l_346.f0)))), 0x2AL))), 6));
                    (*l_482) = l_452;
                    if ((*g_230))
                        break;
                    l_485 = ((*l_484) = l_483[1][1][4]);
                }
            }
        }
        if ((p_30 > (*g_230)))
        { /* block id: 213 */
            int32_t l_512 = 0x58966889L;
            uint16_t *l_513[1][2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_513[i][j] = &g_172;
            }
            (*g_230) = ((safe_add_func_uint16_t_u_u((g_322[2][0][3] &= (safe_mod_func_uint32_t_u_u((((safe_unary_minus_func_int32_t_s(8L)) == (safe_sub_func_uint64_t_u_u(0x1EE840198C85A825LL, ((safe_add_func_uint64_t_u_u((l_416 == (g_495 = g_495)), (((safe_sub_func_uint32_t_u_u((safe_rshift_func_int8_t_s_u(p_31, ((((p_31 <= (safe_div_func_uint32_t_u_u((safe_mod_func_uint64_t_u_u(((safe_unary_minus_func_int64_t_s((safe_add_func_uint32_t_u_u((g_176 = 1UL), ((***l_398) , (safe_lshift_func_int16_t_s_s(p_31, g_255[4][0]))))))) , l_408.f0), l_511)), 1UL))) , 0x22779326A7AC40B7LL) , p_30) , p_31))), (*g_230))) != l_512) && 0xD18551CB4CD0745ELL))) > (*g_230))))) & p_31), g_350.f0))), p_30)) ^ l_414);
        }
        else
        { /* block id: 218 */
            int8_t *l_518 = &g_324.f0;
            const int32_t l_523[1] = {1L};
            uint8_t *l_530[3];
            uint64_t l_531 = 0UL;
            int16_t *l_539 = &g_84;
            uint16_t *l_561[5];
            int32_t l_573 = 0L;
            int32_t l_603[2];
            int32_t ** const l_612 = &l_485;
            uint64_t l_640 = 0UL;
            int i;
            for (i = 0; i < 3; i++)
                l_530[i] = &g_107;
            for (i = 0; i < 5; i++)
                l_561[i] = &g_228;
            for (i = 0; i < 2; i++)
                l_603[i] = 0x9A8903FAL;
            (*g_230) = ((safe_div_func_uint64_t_u_u((safe_add_func_uint64_t_u_u((((g_319 , l_518) != &g_36) ^ ((safe_add_func_int32_t_s_s((-1L), p_32.f0)) != ((safe_div_func_uint64_t_u_u((((p_31 && p_30) == l_523[0]) != 0xD6533656L), 18446744073709551606UL)) | l_360))), 9L)), g_172)) , (*g_230));
            if ((safe_sub_func_int32_t_s_s((safe_rshift_func_uint16_t_u_s((safe_add_func_uint8_t_u_u((++l_531), (safe_unary_minus_func_uint8_t_u((safe_unary_minus_func_uint64_t_u((safe_div_func_int16_t_s_s(((*l_539) = ((l_538 = l_523[0]) , p_31)), (safe_mul_func_int8_t_s_s(((*l_518) &= 0x71L), (((&g_176 != &g_463) , (safe_rshift_func_int16_t_s_s(g_463, 10))) || ((1L | (!(safe_mul_func_uint8_t_u_u((l_560[1] = ((safe_sub_func_int64_t_s_s((18446744073709551606UL <= (safe_sub_func_uint16_t_u_u((g_172 = (l_425 &= (safe_mod_func_uint64_t_u_u((safe_div_func_uint8_t_u_u((safe_mul_func_int8_t_s_s((safe_add_func_uint64_t_u_u(((!p_31) != p_31), l_560[0])), g_19)), p_32.f0)), 0xA630E985F46B9C14LL)))), g_255[4][0]))), g_322[2][0][0])) == (-1L))), g_48.f0)))) ^ l_523[0])))))))))))), 0)), (*g_230))))
            { /* block id: 227 */
                int32_t *l_562 = &l_560[0];
                int32_t *l_563 = (void*)0;
                int32_t *l_564 = &l_560[0];
                int32_t *l_565 = &l_425;
                int32_t *l_566 = &l_356;
                int32_t *l_567 = &l_356;
                int32_t *l_568 = &l_425;
                int32_t l_569 = (-2L);
                int32_t *l_570 = &l_560[2];
                int32_t *l_571 = &g_229;
                int32_t *l_572 = &l_425;
                int32_t l_574 = 0xFABB3360L;
                int32_t *l_575 = &l_360;
                int32_t *l_576[5][2][4] = {{{(void*)0,&l_356,&l_573,&l_573},{&g_103,&g_103,(void*)0,&l_573}},{{(void*)0,&l_356,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_103,(void*)0,&l_573,(void*)0},{(void*)0,&l_356,&l_573,&l_573}},{{&g_103,&g_103,(void*)0,&l_573},{(void*)0,&l_356,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0},{&g_103,(void*)0,&l_573,(void*)0}}};
                int32_t *l_594 = &g_442;
                union U1 l_610 = {0L};
                union U1 *l_611 = &g_319;
                int32_t **l_614 = (void*)0;
                int32_t ***l_613 = &l_614;
                int i, j, k;
                g_577++;
                if ((safe_lshift_func_uint16_t_u_u((&g_230 != &g_230), (((safe_add_func_int8_t_s_s(p_32.f0, (g_90 , (*l_562)))) , ((safe_lshift_func_uint8_t_u_s((((safe_mul_func_uint16_t_u_u((l_560[1] |= (safe_lshift_func_int16_t_s_s((safe_rshift_func_int16_t_s_s(0x5ABEL, 9)), ((safe_add_func_int32_t_s_s((*g_230), ((((((*l_594) ^= p_32.f0) , (safe_unary_minus_func_int16_t_s((safe_lshift_func_int16_t_s_s((safe_add_func_uint64_t_u_u((p_30 ^ p_31), l_425)), g_36))))) >= p_30) <= g_463) & g_350.f0))) | (*g_230))))), p_32.f0)) , 0L) , 1UL), l_408.f0)) & g_103)) ^ p_31))))
                { /* block id: 231 */
                    l_600--;
                }
                else
                { /* block id: 233 */
                    uint32_t l_607 = 0UL;
                    (*l_566) = p_31;
                    (*l_571) = 0x14B404C0L;
                    g_604++;
                    l_607++;
                }
                (*l_613) = (((*l_611) = l_610) , l_612);
            }
            else
            { /* block id: 241 */
                int16_t l_639 = 0x76DAL;
                union U1 *l_642 = (void*)0;
                union U1 **l_641 = &l_642;
                (*g_230) = ((~((((safe_sub_func_int32_t_s_s((((safe_mod_func_uint16_t_u_u(p_32.f0, (safe_mul_func_uint16_t_u_u(((safe_sub_func_uint16_t_u_u((g_228 = (safe_add_func_int8_t_s_s((((void*)0 != (*l_399)) != (!0xE7L)), ((l_560[2] = ((safe_mul_func_uint8_t_u_u((safe_add_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u(l_538, (0xC0L & ((0x7425572CL & (!g_386)) , (((safe_sub_func_int64_t_s_s((safe_unary_minus_func_uint64_t_u(((p_31 >= l_639) , 0UL))), l_639)) && 0x08CE7FD27E0605E9LL) > 65529UL))))), g_99)), p_32.f0)) < 0L)) <= l_640)))), 0x6855L)) || p_32.f0), p_31)))) == 4294967292UL) > 8L), 9UL)) & p_32.f0) , (void*)0) != l_641)) == g_577);
                (*l_612) = ((g_48.f0 , g_412) , &l_356);
            }
        }
    }
    if (l_408.f0)
        goto lbl_645;
lbl_645:
    (*l_643) = (void*)0;
    for (g_103 = 0; (g_103 < (-7)); --g_103)
    { /* block id: 253 */
        return g_457;
    }
    return p_31;
}


/* ------------------------------------------ */
/* 
 * reads : g_230 g_229 g_103
 * writes: g_103
 */
static int64_t  func_41(union U0 * p_42, union U0  p_43, int8_t * p_44, union U0 * p_45, int16_t  p_46)
{ /* block id: 127 */
    int32_t *l_325 = &g_103;
    (*l_325) ^= (*g_230);
    return p_46;
}


/* ------------------------------------------ */
/* 
 * reads : g_19 g_55 g_14 g_84 g_90 g_48.f0 g_99 g_107 g_60 g_103 g_96 g_48 g_172 g_176 g_158 g_209 g_228 g_229 g_230 g_255 g_216 g_217 g_47 g_291 g_319 g_322 g_353
 * writes: g_60 g_48.f0 g_84 g_90 g_96 g_99 g_107 g_103 g_158 g_172 g_176 g_215 g_228 g_229 g_230 g_291 g_322
 */
static union U0  func_49(uint32_t  p_50, int8_t * p_51, int8_t * const  p_52, const union U0 * const  p_53, int8_t  p_54)
{ /* block id: 19 */
    int8_t l_58 = (-1L);
    int32_t *l_59[4];
    int32_t *l_67 = &g_19;
    uint32_t l_68[3][1][5] = {{{0x2614F5C6L,0UL,0x977F45A3L,0x977F45A3L,0UL}},{{0x2614F5C6L,0UL,0x977F45A3L,0UL,18446744073709551615UL}},{{1UL,18446744073709551615UL,0UL,0UL,18446744073709551615UL}}};
    union U1 l_69[4] = {{0x46L},{0x46L},{0x46L},{0x46L}};
    int16_t *l_225 = (void*)0;
    uint16_t l_226 = 0UL;
    uint16_t *l_227 = &g_228;
    int32_t **l_231 = (void*)0;
    int32_t **l_232 = &l_67;
    int8_t l_247[5][1] = {{0L},{(-1L)},{0L},{(-1L)},{0L}};
    uint64_t *l_249 = &g_60;
    uint64_t *l_250 = &l_69[0].f1;
    int8_t *l_251 = &l_58;
    const union U0 *l_286 = &g_48;
    const union U0 **l_285 = &l_286;
    const union U0 ***l_284 = &l_285;
    const union U0 ****l_283 = &l_284;
    const union U0 *****l_282 = &l_283;
    int32_t l_288 = 0xB79DC5B5L;
    uint32_t l_311 = 0x634F402CL;
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_59[i] = (void*)0;
    g_60 = l_58;
    g_229 &= ((l_226 ^= func_61((((void*)0 == l_67) , g_19), l_68[0][0][3], g_55, g_19, l_69[0])) == ((*l_227) ^= g_19));
    (*l_232) = (g_230 = &g_229);
    if ((((g_96 == p_54) | (safe_mul_func_int8_t_s_s(((*l_251) = (((*l_250) = ((safe_lshift_func_int8_t_s_s(((safe_lshift_func_uint16_t_u_u(0UL, 10)) > ((safe_mod_func_uint64_t_u_u(((*l_249) |= (safe_mod_func_uint16_t_u_u((safe_sub_func_int32_t_s_s(p_54, (&g_230 != &l_59[3]))), ((safe_rshift_func_uint16_t_u_s(l_247[2][0], ((safe_unary_minus_func_uint32_t_u((p_54 | ((l_227 == (void*)0) <= p_50)))) == 0x24414FC2L))) , 0xF872L)))), 18446744073709551615UL)) == (*l_67))), p_54)) , p_54)) , 0xCDL)), (-1L)))) , (*g_230)))
    { /* block id: 89 */
        uint64_t l_252 = 0x926566451E17A110LL;
        --l_252;
        for (g_229 = 2; (g_229 >= 0); g_229 -= 1)
        { /* block id: 93 */
            g_103 &= g_255[4][0];
        }
    }
    else
    { /* block id: 96 */
        uint16_t l_279 = 0x7AFCL;
        int32_t l_313 = 1L;
        for (g_96 = 0; g_96 < 3; g_96 += 1)
        {
            for (g_99 = 0; g_99 < 1; g_99 += 1)
            {
                for (g_176 = 0; g_176 < 5; g_176 += 1)
                {
                    l_68[g_96][g_99][g_176] = 0x2A8B54CCL;
                }
            }
        }
        for (g_229 = 0; (g_229 >= (-22)); --g_229)
        { /* block id: 100 */
            union U1 l_280 = {0x1AL};
            union U0 *****l_281 = (void*)0;
            uint32_t l_289 = 0UL;
            int32_t l_294 = 0xA4FEB152L;
            uint8_t *l_312[1][1][2];
            uint32_t *l_314 = &g_96;
            uint32_t l_320 = 0xB451D181L;
            int i, j, k;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 2; k++)
                        l_312[i][j][k] = &g_291;
                }
            }
            for (g_48.f0 = 3; (g_48.f0 >= 0); g_48.f0 -= 1)
            { /* block id: 103 */
                int32_t l_287 = 0x03A7F814L;
                if ((safe_unary_minus_func_uint64_t_u(((((safe_sub_func_int16_t_s_s(p_54, (safe_div_func_int64_t_s_s((safe_add_func_int16_t_s_s(g_172, ((safe_div_func_int32_t_s_s((safe_lshift_func_int8_t_s_u((safe_rshift_func_uint16_t_u_s((safe_mod_func_int16_t_s_s((safe_div_func_uint32_t_u_u((l_288 = ((g_60 | 0x6AD9819071DA066FLL) & ((((safe_add_func_uint16_t_u_u(((**g_216) == p_53), (safe_lshift_func_int16_t_s_s((l_279 = g_99), ((((p_54 ^ (((l_280 , l_281) != l_282) >= g_96)) , 1UL) ^ 0xEB1CL) ^ p_50))))) > l_287) || l_280.f0) <= 0x064252A5L))), g_255[4][0])), g_176)), p_54)), 5)), 0x398D2314L)) , g_228))), 0x383596EE1699ECE8LL)))) , (void*)0) == &p_54) , l_280.f0))))
                { /* block id: 106 */
                    (*l_232) = (void*)0;
                    l_289 = p_54;
                    if ((*g_230))
                        continue;
                    g_103 ^= (*g_230);
                }
                else
                { /* block id: 111 */
                    int16_t l_290 = 0x9BC9L;
                    ++g_291;
                }
                (*l_232) = ((l_294 = g_158[2]) , (*l_232));
            }
            g_103 = (safe_div_func_uint32_t_u_u(((*l_314) = (safe_mod_func_uint8_t_u_u(g_84, (l_313 |= (safe_mod_func_int64_t_s_s((((safe_mod_func_uint32_t_u_u((((safe_lshift_func_int8_t_s_u(((safe_mul_func_int16_t_s_s((&l_283 == (void*)0), g_255[4][0])) || (((((safe_lshift_func_uint16_t_u_u(p_54, ((safe_sub_func_uint16_t_u_u(g_84, (l_279 <= (0xE387D5A1L != ((p_50 , g_103) < g_19))))) && 4UL))) || p_54) , l_250) != l_250) , l_289)), 6)) > l_289) == l_279), (*g_230))) , g_176) || l_311), g_96)))))), 0x35C18D9AL));
            g_322[2][0][0] &= (g_103 = (p_54 | (((*l_227) = ((safe_add_func_int16_t_s_s(8L, ((((safe_div_func_uint8_t_u_u(((g_319 , 0x51L) && 1L), 255UL)) <= l_320) && 1L) , (!(*g_230))))) > 0xC8L)) >= l_279)));
            g_103 ^= (*g_230);
        }
    }
    return (*p_53);
}


/* ------------------------------------------ */
/* 
 * reads : g_14 g_84 g_19 g_90 g_48.f0 g_99 g_107 g_60 g_103 g_96 g_48 g_172 g_176 g_158 g_209
 * writes: g_60 g_48.f0 g_84 g_90 g_96 g_99 g_107 g_103 g_158 g_172 g_176 g_215
 */
static int16_t  func_61(int32_t  p_62, int8_t  p_63, int8_t * p_64, int8_t  p_65, union U1  p_66)
{ /* block id: 21 */
    int8_t l_70 = (-1L);
    uint64_t *l_75 = &g_60;
    union U0 l_118 = {0x5EL};
    uint32_t *l_125 = &g_96;
    union U0 l_144 = {0x5EL};
    int32_t l_169 = 0x99C91ED1L;
    int32_t l_171 = 0L;
    int8_t *l_191 = &l_118.f0;
    union U1 l_192 = {0x2DL};
    if (((l_70 >= (safe_add_func_uint8_t_u_u((safe_add_func_uint64_t_u_u(((*l_75) = 9UL), (safe_unary_minus_func_uint8_t_u(p_63)))), 0x57L))) == 0x09L))
    { /* block id: 23 */
        uint8_t l_94 = 0x03L;
        int32_t l_106[2];
        union U0 *l_140[1];
        uint64_t *l_179 = &g_99;
        union U0 **l_213 = &l_140[0];
        union U0 ***l_212 = &l_213;
        union U0 ****l_211[5][5][1] = {{{&l_212},{(void*)0},{&l_212},{(void*)0},{&l_212}},{{&l_212},{&l_212},{(void*)0},{&l_212},{(void*)0}},{{&l_212},{&l_212},{&l_212},{(void*)0},{&l_212}},{{(void*)0},{&l_212},{&l_212},{&l_212},{(void*)0}},{{&l_212},{(void*)0},{&l_212},{&l_212},{&l_212}}};
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_106[i] = 0xECFB4391L;
        for (i = 0; i < 1; i++)
            l_140[i] = &l_118;
        for (p_66.f1 = 0; (p_66.f1 <= 38); ++p_66.f1)
        { /* block id: 26 */
            uint64_t l_87[5][3][4] = {{{1UL,1UL,0x4422F2FDD0459084LL,3UL},{0UL,0x0C4096A604C9466BLL,0UL,0x4422F2FDD0459084LL},{0UL,0x4422F2FDD0459084LL,0x4422F2FDD0459084LL,0UL}},{{1UL,0x4422F2FDD0459084LL,3UL,0x4422F2FDD0459084LL},{0x4422F2FDD0459084LL,0x0C4096A604C9466BLL,3UL,3UL},{1UL,1UL,0x4422F2FDD0459084LL,3UL}},{{0UL,0x0C4096A604C9466BLL,0UL,0x4422F2FDD0459084LL},{0UL,0x4422F2FDD0459084LL,0x4422F2FDD0459084LL,0UL},{1UL,0x4422F2FDD0459084LL,3UL,0x4422F2FDD0459084LL}},{{0x4422F2FDD0459084LL,0x0C4096A604C9466BLL,3UL,3UL},{1UL,1UL,0x4422F2FDD0459084LL,3UL},{0UL,0x0C4096A604C9466BLL,0UL,0x4422F2FDD0459084LL}},{{0UL,0x4422F2FDD0459084LL,0x4422F2FDD0459084LL,0UL},{1UL,0x4422F2FDD0459084LL,3UL,0x4422F2FDD0459084LL},{0x4422F2FDD0459084LL,0x0C4096A604C9466BLL,3UL,3UL}}};
            uint32_t *l_126 = &g_96;
            union U0 l_145 = {0L};
            union U1 l_154 = {3L};
            int32_t l_164 = 0L;
            int32_t l_167 = 0x7338A2FEL;
            int32_t l_170 = (-1L);
            int16_t *l_208 = &g_84;
            union U0 ****l_214 = (void*)0;
            int32_t *l_223 = &l_106[0];
            int32_t **l_222 = &l_223;
            int i, j, k;
            if ((g_14 || p_62))
            { /* block id: 27 */
                int32_t *l_102 = &g_103;
                int32_t *l_104 = &g_103;
                int32_t *l_105[5];
                int i;
                for (i = 0; i < 5; i++)
                    l_105[i] = &g_103;
                for (g_48.f0 = 21; (g_48.f0 > (-4)); g_48.f0 = safe_sub_func_uint64_t_u_u(g_48.f0, 3))
                { /* block id: 30 */
                    int16_t *l_83 = &g_84;
                    int16_t *l_89 = &g_90;
                    int32_t l_93 = 0x994868B2L;
                    uint32_t *l_95 = &g_96;
                    int32_t *l_97 = &l_93;
                    int32_t *l_98[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_98[i] = &l_93;
                    (*l_97) = ((((*l_95) = (&p_62 != ((safe_mul_func_uint8_t_u_u(((((((*l_83) ^= (&g_19 != &p_62)) >= (((*l_75) = ((((((safe_sub_func_uint8_t_u_u(g_19, ((l_87[3][2][1] ^ ((((*l_89) &= (!(p_63 ^ 0x3498L))) , (safe_mod_func_int32_t_s_s((p_62 & g_14), l_93))) | 0UL)) , 0x43L))) && g_48.f0) < p_65) <= g_48.f0) , l_93) && l_94)) >= p_66.f0)) ^ g_19) >= 0x59L) >= g_19), g_14)) , &g_19))) , l_93) & l_94);
                    ++g_99;
                    if (p_63)
                        continue;
                }
                g_107++;
                (*l_104) ^= (safe_add_func_uint32_t_u_u(((&p_62 == (void*)0) , l_87[3][2][1]), g_60));
                (*l_104) |= l_70;
            }
            else
            { /* block id: 42 */
                union U1 l_139 = {0x1FL};
                union U0 *l_142 = &l_118;
                union U0 **l_141 = &l_142;
                uint8_t l_143 = 4UL;
                int32_t l_156 = 1L;
                int32_t l_162 = (-2L);
                uint8_t *l_188 = &l_143;
                union U0 *l_220 = &l_144;
                if (((safe_mul_func_int8_t_s_s((((p_63 = ((safe_sub_func_uint32_t_u_u((l_118 , (safe_sub_func_int8_t_s_s(l_118.f0, (safe_mod_func_int32_t_s_s(g_99, (safe_rshift_func_int8_t_s_u(((((l_125 == (l_126 = (void*)0)) || (safe_mul_func_int16_t_s_s(((l_145 = (l_144 = ((safe_rshift_func_int8_t_s_s((((((*l_75) = g_96) & (safe_sub_func_int8_t_s_s((safe_add_func_uint32_t_u_u((safe_mod_func_int64_t_s_s(((l_139 , l_140[0]) != ((*l_141) = &g_48)), p_63)), p_62)), l_143))) <= 0UL) , 0L), g_96)) , (*l_142)))) , 4L), p_66.f0))) && g_48.f0) , 0x32L), 5))))))), l_106[0])) >= p_66.f0)) > p_65) >= 0L), 5L)) > (-4L)))
                { /* block id: 49 */
                    uint16_t *l_157[4][4] = {{&g_158[2],&g_158[2],&g_158[2],(void*)0},{&g_158[2],&g_158[2],&g_158[2],&g_158[2]},{&g_158[2],&g_158[2],&g_158[2],&g_158[2]},{&g_158[2],&g_158[2],(void*)0,&g_158[2]}};
                    int16_t *l_161[2];
                    int32_t *l_163 = &l_106[0];
                    int32_t *l_165 = &l_106[0];
                    int32_t *l_166 = (void*)0;
                    int32_t *l_168[5][5] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_162,&l_162,&l_162,&l_162,&l_162},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_162,&l_162,&l_162,&l_162,&l_162},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
                    int i, j;
                    for (i = 0; i < 2; i++)
                        l_161[i] = &g_90;
                    (*l_163) = (0UL & ((safe_mul_func_int8_t_s_s((safe_mul_func_int8_t_s_s(0x6BL, (safe_rshift_func_uint8_t_u_s(0xCEL, 5)))), (safe_mod_func_int32_t_s_s((((l_154 , ((l_162 = (((l_87[3][2][1] , ((safe_unary_minus_func_uint16_t_u((l_156 , (g_158[2] = l_106[0])))) && p_65)) != (safe_mod_func_int16_t_s_s(g_107, l_94))) , 0x0B5BL)) > g_84)) != g_84) != 0x1987340CL), 0x76C23079L)))) || p_62));
                    --g_172;
                }
                else
                { /* block id: 54 */
                    int32_t *l_175[3];
                    int i;
                    for (i = 0; i < 3; i++)
                        l_175[i] = &l_106[1];
                    --g_176;
                }
                if (((((g_84 , (((void*)0 == l_179) & 0x20BEL)) , (safe_mod_func_int8_t_s_s((((p_66.f1 | (safe_rshift_func_uint8_t_u_s(((((safe_lshift_func_int8_t_s_u((safe_lshift_func_uint8_t_u_u(((*l_188) = 0x8CL), (g_107 = (l_106[0] ^ (p_65 & (safe_mod_func_int16_t_s_s(((l_191 = &p_63) != &p_65), p_66.f1))))))), p_66.f1)) == l_94) > 253UL) > 0x00D8L), 2))) != l_164) >= 0xD9FCL), g_99))) , l_192) , p_66.f0))
                { /* block id: 60 */
                    union U0 ***l_193 = &l_141;
                    union U0 ****l_194 = &l_193;
                    int32_t l_195[4][3];
                    union U0 *****l_210[2];
                    int32_t *l_218 = &l_195[0][1];
                    int i, j;
                    for (i = 0; i < 4; i++)
                    {
                        for (j = 0; j < 3; j++)
                            l_195[i][j] = 0L;
                    }
                    for (i = 0; i < 2; i++)
                        l_210[i] = &l_194;
                    (*l_194) = l_193;
                    if (l_195[0][0])
                        break;
                    (*l_218) = (safe_mod_func_uint16_t_u_u(((safe_rshift_func_uint8_t_u_u(((((safe_div_func_int8_t_s_s(((*l_191) &= ((&g_48 != &l_145) <= 0x1DE8L)), (((safe_add_func_uint64_t_u_u(g_96, g_158[2])) ^ (safe_mod_func_int8_t_s_s((safe_sub_func_int16_t_s_s(((void*)0 != l_208), ((l_211[0][0][0] = g_209) != (g_215 = l_214)))), g_158[3]))) , l_156))) | p_65) , &g_60) == l_75), g_158[2])) , p_66.f1), p_65));
                }
                else
                { /* block id: 67 */
                    int32_t *l_219 = &l_169;
                    int32_t **l_221 = &l_219;
                    (*l_219) &= p_66.f1;
                    (*l_219) = (p_63 <= ((*l_125) = g_99));
                    (*l_213) = l_220;
                    (*l_221) = &l_162;
                }
            }
            (*l_222) = &l_171;
        }
    }
    else
    { /* block id: 77 */
        uint64_t l_224 = 7UL;
        return l_224;
    }
    return p_66.f1;
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
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_48.f0, "g_48.f0", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc(g_99, "g_99", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_107, "g_107", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_158[i], "g_158[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_172, "g_172", print_hash_value);
    transparent_crc(g_176, "g_176", print_hash_value);
    transparent_crc(g_228, "g_228", print_hash_value);
    transparent_crc(g_229, "g_229", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_255[i][j], "g_255[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_291, "g_291", print_hash_value);
    transparent_crc(g_319.f0, "g_319.f0", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_322[i][j][k], "g_322[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_324.f0, "g_324.f0", print_hash_value);
    transparent_crc(g_350.f0, "g_350.f0", print_hash_value);
    transparent_crc(g_353.f0, "g_353.f0", print_hash_value);
    transparent_crc(g_386, "g_386", print_hash_value);
    transparent_crc(g_412.f0, "g_412.f0", print_hash_value);
    transparent_crc(g_424, "g_424", print_hash_value);
    transparent_crc(g_442, "g_442", print_hash_value);
    transparent_crc(g_457, "g_457", print_hash_value);
    transparent_crc(g_463, "g_463", print_hash_value);
    transparent_crc(g_577, "g_577", print_hash_value);
    transparent_crc(g_604, "g_604", print_hash_value);
    transparent_crc(g_649, "g_649", print_hash_value);
    transparent_crc(g_722, "g_722", print_hash_value);
    transparent_crc(g_748, "g_748", print_hash_value);
    transparent_crc(g_785, "g_785", print_hash_value);
    transparent_crc(g_826, "g_826", print_hash_value);
    transparent_crc(g_829, "g_829", print_hash_value);
    transparent_crc(g_946, "g_946", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_954[i][j], "g_954[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_977, "g_977", print_hash_value);
    transparent_crc(g_981, "g_981", print_hash_value);
    transparent_crc(g_996, "g_996", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_998[i][j], "g_998[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_999, "g_999", print_hash_value);
    transparent_crc(g_1003, "g_1003", print_hash_value);
    transparent_crc(g_1092, "g_1092", print_hash_value);
    transparent_crc(g_1100, "g_1100", print_hash_value);
    transparent_crc(g_1171, "g_1171", print_hash_value);
    transparent_crc(g_1172, "g_1172", print_hash_value);
    transparent_crc(g_1177, "g_1177", print_hash_value);
    transparent_crc(g_1266, "g_1266", print_hash_value);
    transparent_crc(g_1267, "g_1267", print_hash_value);
    transparent_crc(g_1268, "g_1268", print_hash_value);
    transparent_crc(g_1269, "g_1269", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_1270[i][j][k], "g_1270[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1308, "g_1308", print_hash_value);
    transparent_crc(g_1309, "g_1309", print_hash_value);
    transparent_crc(g_1470, "g_1470", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_1473[i], "g_1473[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1597, "g_1597", print_hash_value);
    transparent_crc(g_1627, "g_1627", print_hash_value);
    transparent_crc(g_1636, "g_1636", print_hash_value);
    transparent_crc(g_1710.f0, "g_1710.f0", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 389
XXX total union variables: 30

XXX max expression depth: 34
breakdown:
   depth: 1, occurrence: 170
   depth: 2, occurrence: 34
   depth: 3, occurrence: 6
   depth: 4, occurrence: 2
   depth: 5, occurrence: 2
   depth: 6, occurrence: 1
   depth: 11, occurrence: 1
   depth: 12, occurrence: 1
   depth: 13, occurrence: 1
   depth: 14, occurrence: 2
   depth: 15, occurrence: 1
   depth: 17, occurrence: 3
   depth: 18, occurrence: 2
   depth: 19, occurrence: 2
   depth: 20, occurrence: 1
   depth: 22, occurrence: 2
   depth: 23, occurrence: 1
   depth: 24, occurrence: 2
   depth: 25, occurrence: 3
   depth: 26, occurrence: 1
   depth: 27, occurrence: 1
   depth: 29, occurrence: 4
   depth: 30, occurrence: 3
   depth: 31, occurrence: 2
   depth: 33, occurrence: 1
   depth: 34, occurrence: 1

XXX total number of pointers: 417

XXX times a variable address is taken: 520
XXX times a pointer is dereferenced on RHS: 132
breakdown:
   depth: 1, occurrence: 85
   depth: 2, occurrence: 24
   depth: 3, occurrence: 18
   depth: 4, occurrence: 4
   depth: 5, occurrence: 1
XXX times a pointer is dereferenced on LHS: 231
breakdown:
   depth: 1, occurrence: 204
   depth: 2, occurrence: 14
   depth: 3, occurrence: 13
XXX times a pointer is compared with null: 33
XXX times a pointer is compared with address of another variable: 6
XXX times a pointer is compared with another pointer: 12
XXX times a pointer is qualified to be dereferenced: 2291

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1585
   level: 2, occurrence: 130
   level: 3, occurrence: 95
   level: 4, occurrence: 28
   level: 5, occurrence: 17
XXX number of pointers point to pointers: 163
XXX number of pointers point to scalars: 216
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 24.9
XXX average alias set size: 1.29

XXX times a non-volatile is read: 1318
XXX times a non-volatile is write: 735
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 2
XXX backward jumps: 7

XXX stmts: 163
XXX max block depth: 4
breakdown:
   depth: 0, occurrence: 22
   depth: 1, occurrence: 24
   depth: 2, occurrence: 30
   depth: 3, occurrence: 43
   depth: 4, occurrence: 44

XXX percentage a fresh-made variable is used: 21.6
XXX percentage an existing variable is used: 78.4
********************* end of statistics **********************/

