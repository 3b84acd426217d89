/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 20 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      20
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static uint16_t safe_add_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a + (uint32_t)b); }
static int64_t safe_div_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a / b); }
static int16_t safe_lshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (32767 >> b)) ? a : (int16_t)(a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static uint16_t safe_mod_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a % b); }
static uint32_t safe_mod_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a % b); }
static uint64_t safe_mod_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a % b); }
static uint8_t safe_mod_func_uint8_t_u_u(uint8_t a, uint8_t b) { return b == 0 ? a : (uint8_t)(a % b); }
static int16_t safe_mul_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint8_t safe_mul_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a * (uint32_t)b); }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_u(int8_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static uint8_t safe_rshift_func_uint8_t_u_u(uint8_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a >> b); }
static int64_t safe_sub_func_int64_t_s_s(int64_t a, int64_t b) { return ((b < 0 && a > 0x7FFFFFFFFFFFFFFFLL + b) || (b > 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) + b)) ? a : (int64_t)(a - b); }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint64_t safe_sub_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a - (uint64_t)b); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int64_t g_25 = 0x49AAED6B65720B96LL;
static int32_t g_30 = 0x27FA3DFAL;
static int32_t *g_29 = &g_30;
static uint32_t g_37[1][4][3] = {{{0x8FAD7494L,0x8FAD7494L,0x8FAD7494L},{1UL,1UL,1UL},{0x8FAD7494L,0x8FAD7494L,0x8FAD7494L},{1UL,1UL,1UL}}};
static int32_t **g_40 = &g_29;
static uint64_t g_49 = 0xBA10F40BF68D270CLL;
static uint16_t g_86 = 0x6F59L;
static uint64_t g_95 = 18446744073709551612UL;
static int16_t g_105 = 0xFED5L;
static uint64_t g_111 = 0x8DEE43C49EEE8C1BLL;
static int8_t g_115 = 0x15L;
static int32_t g_116 = 0xDA1D3BC2L;
static int32_t g_117 = 0x63E91B5BL;
static int8_t g_118 = 0xD3L;
static uint64_t g_122 = 0UL;
static const uint64_t g_140 = 1UL;
static uint32_t g_144 = 0x7E6E7EB6L;
static uint8_t g_162[5] = {0UL,0UL,0UL,0UL,0UL};
static uint32_t g_166 = 0x865190E7L;
static int32_t g_177[5][4][4] = {{{0xB84F2A5FL,0xE0F9DADCL,1L,0x2FFC6FEFL},{0x66E4592DL,0x18CAC262L,1L,0x0A4BD07CL},{0xB84F2A5FL,0xAA8155E1L,2L,0xAA8155E1L},{(-10L),0xE0F9DADCL,0x66E4592DL,0xAA8155E1L}},{{0x66E4592DL,0xAA8155E1L,0x34223EEFL,0x0A4BD07CL},{(-5L),0x18CAC262L,2L,0x2FFC6FEFL},{(-5L),0xE0F9DADCL,0x34223EEFL,0x18CAC262L},{0x66E4592DL,0xE0F9DADCL,(-2L),2L}},{{0x34223EEFL,0xE0F9DADCL,(-5L),0x891164B7L},{1L,1L,2L,0xE0F9DADCL},{(-2L),0x891164B7L,2L,2L},{1L,0x0A4BD07CL,(-5L),0x0A4BD07CL}},{{0x34223EEFL,1L,(-2L),0x0A4BD07CL},{(-2L),0x0A4BD07CL,0x5FCBFF38L,2L},{0x66E4592DL,0x891164B7L,(-5L),0xE0F9DADCL},{0x66E4592DL,1L,0x5FCBFF38L,0x891164B7L}},{{(-2L),0xE0F9DADCL,(-2L),2L},{0x34223EEFL,0xE0F9DADCL,(-5L),0x891164B7L},{1L,1L,2L,0xE0F9DADCL},{(-2L),0x891164B7L,2L,2L}}};


/* --- FORWARD DECLARATIONS --- */
static uint16_t  func_1(void);
static uint8_t  func_4(int8_t  p_5, uint32_t  p_6, uint16_t  p_7, int16_t  p_8, int16_t  p_9);
static uint16_t  func_10(int32_t  p_11, uint16_t  p_12, uint32_t  p_13, uint64_t  p_14, int64_t  p_15);
static uint8_t  func_20(int8_t  p_21, uint32_t  p_22);
static int32_t * func_27(int32_t * p_28);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_25 g_29 g_37 g_49 g_30 g_86 g_111 g_122 g_115 g_116 g_105 g_144 g_162 g_166 g_117 g_140 g_118 g_177 g_95
 * writes: g_37 g_40 g_29 g_49 g_30 g_86 g_25 g_95 g_111 g_122 g_115 g_144 g_162 g_166 g_177
 */
static uint16_t  func_1(void)
{ /* block id: 0 */
    int64_t l_26 = 0x6FE23A266D210EC3LL;
    uint64_t *l_171 = (void*)0;
    uint64_t **l_172 = &l_171;
    uint16_t *l_173 = (void*)0;
    uint16_t *l_174 = (void*)0;
    int32_t l_175 = 0x23535E13L;
    int32_t *l_176[1][5] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
    int i, j;
    g_177[0][1][1] ^= (safe_lshift_func_uint8_t_u_s(func_4((func_10((safe_rshift_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u(func_20((safe_mul_func_int8_t_s_s(g_25, l_26)), l_26), ((safe_mul_func_uint8_t_u_u(((l_175 = (((*l_172) = l_171) == &g_140)) >= g_117), l_26)) < g_105))), 9)), l_26, g_140, g_116, l_26) > l_26), g_140, g_140, g_116, g_118), 1));
    return g_95;
}


/* ------------------------------------------ */
/* 
 * reads : g_29
 * writes: g_30
 */
static uint8_t  func_4(int8_t  p_5, uint32_t  p_6, uint16_t  p_7, int16_t  p_8, int16_t  p_9)
{ /* block id: 66 */
    (*g_29) = (-9L);
    return p_8;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint16_t  func_10(int32_t  p_11, uint16_t  p_12, uint32_t  p_13, uint64_t  p_14, int64_t  p_15)
{ /* block id: 64 */
    return p_11;
}


/* ------------------------------------------ */
/* 
 * reads : g_25 g_29 g_37 g_49 g_30 g_86 g_111 g_122 g_115 g_116 g_105 g_144 g_162 g_166
 * writes: g_37 g_40 g_29 g_49 g_30 g_86 g_25 g_95 g_111 g_122 g_115 g_144 g_162 g_166
 */
static uint8_t  func_20(int8_t  p_21, uint32_t  p_22)
{ /* block id: 1 */
    int8_t l_41 = 0x35L;
    int32_t *l_42 = &g_30;
    int32_t *l_43 = &g_30;
    int32_t *l_44 = &g_30;
    int32_t *l_45 = &g_30;
    int32_t *l_46 = &g_30;
    int32_t *l_47 = &g_30;
    int32_t *l_48[3];
    int32_t **l_52 = &l_48[0];
    const int32_t *l_92[3][2] = {{(void*)0,&g_30},{&g_30,(void*)0},{&g_30,&g_30}};
    const int32_t ** const l_91 = &l_92[1][1];
    int64_t *l_98 = &g_25;
    int32_t l_110 = 0x8BF394C4L;
    int32_t l_165 = (-5L);
    int i, j;
    for (i = 0; i < 3; i++)
        l_48[i] = &g_30;
    g_29 = func_27((g_25 , g_29));
    ++g_49;
    (*l_52) = func_27(l_44);
    if ((safe_rshift_func_uint16_t_u_u(g_37[0][0][1], 13)))
    { /* block id: 9 */
        return (*l_47);
    }
    else
    { /* block id: 11 */
        uint8_t l_62 = 255UL;
        int64_t l_69 = (-9L);
        int8_t *l_70 = &l_41;
        int16_t l_101 = (-2L);
        int32_t *l_102[1][1];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_102[i][j] = &g_30;
        }
        (*l_52) = (void*)0;
        for (l_41 = 22; (l_41 < (-16)); l_41--)
        { /* block id: 15 */
            uint8_t l_57 = 0xBEL;
            ++l_57;
        }
        if (((safe_div_func_int64_t_s_s(l_62, (((((((*l_70) ^= (safe_sub_func_int64_t_s_s((safe_lshift_func_int16_t_s_s((g_25 || ((safe_rshift_func_int8_t_s_u(((((*l_46) & 0x92628F0FL) , (l_62 ^ l_69)) || p_22), p_21)) , p_22)), 14)), g_25))) , p_21) || 1UL) == l_62) >= 0xDA7DL) , g_49))) != (-1L)))
        { /* block id: 19 */
            uint32_t l_74 = 0xF50F898DL;
            uint16_t *l_85 = &g_86;
            int64_t *l_89 = &g_25;
            uint8_t *l_90 = &l_62;
            uint64_t *l_93 = &g_49;
            uint64_t *l_94 = &g_95;
            int32_t l_108 = 0xA3610563L;
            int32_t l_109 = 0xF135B398L;
            int64_t l_121 = 5L;
            for (l_69 = (-17); (l_69 == (-13)); l_69++)
            { /* block id: 22 */
                int32_t *l_73[2][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0}};
                int i, j;
                (*l_52) = func_27(l_73[1][1]);
                (*l_47) = 1L;
                l_74--;
                if (l_69)
                    break;
            }
            if ((safe_rshift_func_int16_t_s_s(((((safe_mod_func_uint16_t_u_u(((((*l_94) = ((*l_93) = ((safe_add_func_int64_t_s_s(8L, (((((safe_add_func_uint16_t_u_u(((*l_85) ^= p_21), (((*l_90) |= ((((safe_mod_func_uint64_t_u_u((((*l_89) = g_30) & 0x6930A875637402B8LL), (p_21 || 1UL))) , 0UL) | l_74) || g_49)) , 0UL))) | 1L) | g_49) , l_91) == &l_44))) & 1L))) || p_21) < 0L), 4L)) , 0xBA517386F7313610LL) & g_37[0][2][0]) != (-1L)), 11)))
            { /* block id: 33 */
                int32_t *l_103 = (void*)0;
                int32_t l_104 = 0x386FCCF6L;
                int32_t l_106 = 1L;
                int32_t l_107 = 0L;
                l_103 = ((0x990EL > (safe_rshift_func_uint8_t_u_s((((((l_98 == &g_25) || 1L) <= (((safe_mul_func_int8_t_s_s((0xC7L != g_37[0][1][0]), p_22)) , l_101) , 1UL)) , g_37[0][0][1]) != l_62), 4))) , l_102[0][0]);
                ++g_111;
            }
            else
            { /* block id: 36 */
                int32_t l_114 = (-7L);
                int32_t l_119 = 0x07BB088AL;
                int32_t l_120 = 0x7078AD4AL;
                const uint64_t **l_137 = (void*)0;
                const uint64_t *l_139 = &g_140;
                const uint64_t **l_138 = &l_139;
                --g_122;
                (*g_29) = (l_119 |= (((((safe_mod_func_uint32_t_u_u(((((*l_138) = (((((((((*l_52) = l_102[0][0]) != (((safe_mul_func_int16_t_s_s((safe_sub_func_int8_t_s_s((((g_115 , (safe_add_func_uint16_t_u_u(((*l_85) = (safe_add_func_int64_t_s_s((-10L), p_21))), (safe_rshift_func_int16_t_s_u((p_22 <= 18446744073709551606UL), g_116))))) , g_30) >= 0x37L), (-6L))), 0xFCF6L)) > 4294967289UL) , (void*)0)) < p_22) < 0xE2L) , 0x3B7FEC2AL) , p_21) & p_21) , l_94)) != l_89) , p_21), (*g_29))) , 0x3024L) <= p_21) , l_121) , 0x6DE95A86L));
                return g_105;
            }
            (*l_42) = (-10L);
        }
        else
        { /* block id: 46 */
            const uint32_t l_158 = 1UL;
            int32_t *l_160 = (void*)0;
            int32_t l_161[1][4][2] = {{{0x3723A680L,0x3723A680L},{(-4L),0x3723A680L},{0x3723A680L,(-4L)},{0x3723A680L,0x3723A680L}}};
            int i, j, k;
            for (g_115 = 0; (g_115 <= 0); g_115 += 1)
            { /* block id: 49 */
                int32_t l_143 = 0xA58BC828L;
                uint8_t *l_155 = &l_62;
                uint32_t *l_159 = &g_37[0][0][1];
                int i;
                (*l_43) = (safe_lshift_func_uint8_t_u_s((&g_95 != (void*)0), 2));
                g_144++;
                (*l_52) = (((*l_159) = (((1L >= (safe_add_func_int64_t_s_s((safe_mul_func_uint8_t_u_u(0xE9L, (safe_mod_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u((((&p_21 == &l_41) >= ((*l_155)--)) <= (0xA4D6L > l_158)), g_49)), 0x78L)))), g_30))) || g_86) == p_21)) , (void*)0);
                (*l_52) = l_160;
            }
            --g_162[1];
        }
        --g_166;
    }
    return p_21;
}


/* ------------------------------------------ */
/* 
 * reads : g_37
 * writes: g_37 g_40
 */
static int32_t * func_27(int32_t * p_28)
{ /* block id: 2 */
    int32_t *l_31 = &g_30;
    int32_t *l_32 = &g_30;
    int32_t l_33[4][2][3] = {{{0L,(-9L),0xB1DAB551L},{0x7C14AB65L,(-10L),0x7C14AB65L}},{{0L,0L,0xB1DAB551L},{0xBA6B42BEL,0xBA6B42BEL,7L}},{{0x946B43D2L,0L,0L},{7L,(-10L),0x17F4039EL}},{{0x946B43D2L,(-9L),0x946B43D2L},{0xBA6B42BEL,7L,0x17F4039EL}}};
    int32_t *l_34 = &g_30;
    int32_t *l_35 = &l_33[2][0][2];
    int32_t *l_36[1][2];
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_36[i][j] = &l_33[0][0][0];
    }
    --g_37[0][0][1];
    g_40 = &l_32;
    return p_28;
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
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_37[i][j][k], "g_37[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_111, "g_111", print_hash_value);
    transparent_crc(g_115, "g_115", print_hash_value);
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_117, "g_117", print_hash_value);
    transparent_crc(g_118, "g_118", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_144, "g_144", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_162[i], "g_162[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_166, "g_166", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_177[i][j][k], "g_177[i][j][k]", print_hash_value);
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
   depth: 0, occurrence: 45
XXX total union variables: 0

XXX max expression depth: 30
breakdown:
   depth: 1, occurrence: 46
   depth: 2, occurrence: 6
   depth: 3, occurrence: 2
   depth: 13, occurrence: 1
   depth: 15, occurrence: 1
   depth: 18, occurrence: 1
   depth: 24, occurrence: 1
   depth: 27, occurrence: 1
   depth: 30, occurrence: 1

XXX total number of pointers: 40

XXX times a variable address is taken: 39
XXX times a pointer is dereferenced on RHS: 3
breakdown:
   depth: 1, occurrence: 3
XXX times a pointer is dereferenced on LHS: 22
breakdown:
   depth: 1, occurrence: 22
XXX times a pointer is compared with null: 1
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 1
XXX times a pointer is qualified to be dereferenced: 486

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 38
   level: 2, occurrence: 1
XXX number of pointers point to pointers: 6
XXX number of pointers point to scalars: 34
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 27.5
XXX average alias set size: 1.2

XXX times a non-volatile is read: 86
XXX times a non-volatile is write: 62
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 37
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 13
   depth: 1, occurrence: 5
   depth: 2, occurrence: 6
   depth: 3, occurrence: 13

XXX percentage a fresh-made variable is used: 24.6
XXX percentage an existing variable is used: 75.4
********************* end of statistics **********************/

