/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1011 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      1011
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static int64_t safe_add_func_int64_t_s_s(int64_t a, int64_t b) { return ((b > 0 && a > 0x7FFFFFFFFFFFFFFFLL - b) || (b < 0 && a < (-0x7FFFFFFFFFFFFFFFLL - 1) - b)) ? a : (int64_t)(a + b); }
static int8_t safe_add_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a + (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint32_t safe_add_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a + (uint32_t)b); }
static uint64_t safe_add_func_uint64_t_u_u(uint64_t a, uint64_t b) { return (uint64_t)((uint64_t)a + (uint64_t)b); }
static uint8_t safe_add_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a + (uint32_t)b); }
static int16_t safe_div_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a / b); }
static uint16_t safe_div_func_uint16_t_u_u(uint16_t a, uint16_t b) { return b == 0 ? a : (uint16_t)(a / b); }
static uint32_t safe_div_func_uint32_t_u_u(uint32_t a, uint32_t b) { return b == 0 ? a : (uint32_t)(a / b); }
static int8_t safe_lshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32 || a > (127 >> b)) ? a : (int8_t)(a << b); }
static uint8_t safe_lshift_func_uint8_t_u_s(uint8_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint8_t)((uint32_t)a << b); }
static int16_t safe_mod_func_int16_t_s_s(int16_t a, int16_t b) { return (b == 0 || (a == (-32767 - 1) && b == -1)) ? a : (int16_t)(a % b); }
static int32_t safe_mod_func_int32_t_s_s(int32_t a, int32_t b) { return (b == 0 || (a == (-2147483647 - 1) && b == -1)) ? a : (int32_t)(a % b); }
static int64_t safe_mod_func_int64_t_s_s(int64_t a, int64_t b) { return (b == 0 || (a == (-0x7FFFFFFFFFFFFFFFLL - 1) && b == -1)) ? a : (int64_t)(a % b); }
static uint64_t safe_mod_func_uint64_t_u_u(uint64_t a, uint64_t b) { return b == 0 ? a : (uint64_t)(a % b); }
static int8_t safe_mul_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a * (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static int16_t safe_rshift_func_int16_t_s_s(int16_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int16_t safe_rshift_func_int16_t_s_u(int16_t a, unsigned int b) { return (a < 0 || (unsigned int)b >= 32) ? a : (int16_t)(a >> b); }
static int8_t safe_rshift_func_int8_t_s_s(int8_t a, int b) { return (a < 0 || (int)b < 0 || (unsigned int)b >= 32) ? a : (int8_t)(a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_s(uint16_t a, int b) { return ((int)b < 0 || (unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static uint16_t safe_rshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a >> b); }
static int16_t safe_sub_func_int16_t_s_s(int16_t a, int16_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-32767 - 1) || r > 32767) ? a : (int16_t)r; }
static int32_t safe_sub_func_int32_t_s_s(int32_t a, int32_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-2147483647 - 1) || r > 2147483647) ? a : (int32_t)r; }
static int8_t safe_sub_func_int8_t_s_s(int8_t a, int8_t b) { int64_t r = (int64_t)a - (int64_t)b; return (r < (-127 - 1) || r > 127) ? a : (int8_t)r; }
static uint16_t safe_sub_func_uint16_t_u_u(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a - (uint32_t)b); }
static uint32_t safe_sub_func_uint32_t_u_u(uint32_t a, uint32_t b) { return (uint32_t)((uint32_t)a - (uint32_t)b); }
static uint8_t safe_sub_func_uint8_t_u_u(uint8_t a, uint8_t b) { return (uint8_t)((uint32_t)a - (uint32_t)b); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   uint32_t  f0;
   uint32_t  f1;
};

union U1 {
   const int8_t * f0;
   int64_t  f1;
   int8_t * f2;
};

union U2 {
   uint8_t  f0;
   uint16_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = 0x5CBD9454L;
static int32_t g_4[4] = {0xF1813F1AL,0xF1813F1AL,0xF1813F1AL,0xF1813F1AL};
static int8_t g_13[5][3][3] = {{{0x92L,(-2L),4L},{0x92L,4L,0xE0L},{(-1L),(-1L),0x93L}},{{0xE0L,0L,0x7EL},{0L,(-1L),1L},{0x28L,4L,0x28L}},{{(-1L),(-2L),0x28L},{0xC3L,(-1L),1L},{1L,0x28L,0x7EL}},{{(-2L),0xCCL,0x93L},{1L,0x86L,0xE0L},{0xC3L,0xC3L,4L}},{{(-1L),0xC3L,(-1L)},{0x28L,0x86L,0xC3L},{0x86L,0L,1L}}};
static int8_t *g_12 = &g_13[4][2][2];
static int8_t g_18 = 1L;
static uint16_t g_20 = 8UL;
static int32_t g_28 = 0x0A3888ADL;
static int64_t g_34 = 0xFEB4E52275DD3610LL;
static union U1 g_40 = {0};
static int32_t g_47 = (-9L);
static uint32_t g_68 = 0xC6A8B5F6L;
static uint32_t g_77 = 0x2B186EC4L;
static int16_t g_79[5][1] = {{8L},{8L},{8L},{8L},{8L}};
static union U2 g_95[1][4] = {{{1UL},{1UL},{1UL},{1UL}}};
static uint32_t g_96 = 1UL;
static uint32_t g_107 = 4294967295UL;
static int32_t g_138 = 0x0B373E23L;
static uint32_t g_139[3][1] = {{0UL},{0UL},{0UL}};
static uint16_t g_179 = 0x622BL;
static int64_t *g_213 = &g_34;
static int64_t **g_212[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static int32_t *g_215[1][5] = {{&g_3,&g_3,&g_3,&g_3,&g_3}};
static int32_t **g_214[3][1][3] = {{{&g_215[0][3],&g_215[0][3],&g_215[0][3]}},{{&g_215[0][3],&g_215[0][3],&g_215[0][3]}},{{&g_215[0][3],&g_215[0][3],&g_215[0][3]}}};
static uint16_t *g_219[3] = {(void*)0,(void*)0,(void*)0};
static uint16_t **g_218[4] = {&g_219[0],&g_219[0],&g_219[0],&g_219[0]};
static int32_t g_228[1][5][5] = {{{0L,0xD214D04FL,0xD214D04FL,0L,0x2C08DF40L},{(-1L),0x70181F47L,0x70181F47L,(-1L),0L},{0L,0xD214D04FL,0xD214D04FL,0L,0x2C08DF40L},{(-1L),0x70181F47L,0x70181F47L,(-1L),0L},{0L,0xD214D04FL,0xD214D04FL,0L,0x2C08DF40L}}};


/* --- FORWARD DECLARATIONS --- */
static uint64_t  func_1(void);
static int32_t  func_5(int32_t  p_6, int8_t * p_7, int8_t * p_8);
static int8_t * func_9(int8_t * p_10, uint16_t  p_11);
static uint16_t * func_21(uint32_t  p_22, uint64_t  p_23, uint16_t * p_24);
static int32_t * func_35(int64_t * p_36, int32_t  p_37, union U1  p_38, int64_t * p_39);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_12 g_34 g_40 g_13 g_68 g_28 g_4 g_79 g_95 g_77 g_18 g_96 g_20 g_107 g_139 g_138 g_179 g_95.f0 g_212 g_214 g_218 g_228
 * writes: g_3 g_4 g_18 g_20 g_28 g_34 g_68 g_77 g_79 g_107 g_139 g_138 g_47 g_95.f1 g_214
 */
static uint64_t  func_1(void)
{ /* block id: 0 */
    int8_t l_2[1];
    int32_t l_104 = 1L;
    uint64_t l_131 = 7UL;
    int32_t l_156 = 6L;
    int32_t l_158 = 0x5D173CA9L;
    int32_t l_159 = 0x89F1BA8AL;
    int32_t l_160 = 6L;
    int32_t l_161 = 0xBBB315D7L;
    int32_t l_162 = 0x90506A2FL;
    int64_t l_220[5][3][2] = {{{0L,0x599071708EF45CCALL},{(-3L),(-3L)},{(-3L),0x599071708EF45CCALL}},{{0L,8L},{0x599071708EF45CCALL,8L},{0L,0x599071708EF45CCALL}},{{(-3L),(-3L)},{(-3L),0x599071708EF45CCALL},{0L,8L}},{{0x599071708EF45CCALL,8L},{0L,0x599071708EF45CCALL},{(-3L),(-3L)}},{{(-3L),0x599071708EF45CCALL},{0L,8L},{0x599071708EF45CCALL,8L}}};
    int16_t l_231 = (-1L);
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_2[i] = 0x96L;
lbl_225:
    for (g_3 = 0; (g_3 <= 0); g_3 += 1)
    { /* block id: 3 */
        int64_t l_71 = 0xDBCC772A30FB9C0DLL;
        int32_t l_103 = 0x20033C81L;
        int32_t l_106[5];
        int32_t *l_154 = &l_106[4];
        int32_t *l_155[2][4] = {{&l_106[2],&l_106[2],&l_106[2],&l_106[2]},{&l_106[2],&l_106[2],&l_106[2],&l_106[2]}};
        int64_t l_157[1][1];
        uint16_t l_163 = 0x2AE0L;
        uint8_t l_180 = 247UL;
        int32_t *l_182 = (void*)0;
        const int64_t l_207 = 0x86818F9B38B2FA42LL;
        int i, j;
        for (i = 0; i < 5; i++)
            l_106[i] = 0xC9E8DF01L;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_157[i][j] = 0xEF4738C5593A3FB7LL;
        }
        for (g_4[2] = 0; (g_4[2] <= 0); g_4[2] += 1)
        { /* block id: 6 */
            uint16_t *l_19 = &g_20;
            union U2 l_72[4][4] = {{{252UL},{252UL},{252UL},{252UL}},{{252UL},{252UL},{252UL},{252UL}},{{252UL},{252UL},{252UL},{252UL}},{{252UL},{252UL},{252UL},{252UL}}};
            uint32_t *l_75 = &g_68;
            uint32_t *l_76 = &g_77;
            int16_t *l_78 = &g_79[1][0];
            int32_t l_105 = (-1L);
            int32_t l_116[3][4] = {{0x0CD912EBL,0x0CD912EBL,0x0CD912EBL,0x0CD912EBL},{0x0CD912EBL,0x0CD912EBL,0x0CD912EBL,0x0CD912EBL},{0x0CD912EBL,0x0CD912EBL,0x0CD912EBL,0x0CD912EBL}};
            int32_t *l_153[1][3];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_153[i][j] = &g_138;
            }
            l_71 = ((func_5(l_2[g_3], func_9(g_12, ((*l_19) = (safe_mod_func_int32_t_s_s((g_18 = ((safe_sub_func_int8_t_s_s(l_2[g_3], l_2[g_3])) ^ l_2[0])), l_2[0])))), &l_2[0]) <= 0xCB42B08FL) <= 65535UL);
            if ((g_34 | ((g_40 , ((*l_78) |= (g_13[4][2][2] >= (((*l_76) = (l_72[1][3] , ((*l_75) = (((safe_lshift_func_int8_t_s_s(((((65535UL >= l_2[0]) , 1UL) <= 18446744073709551606UL) != l_2[g_3]), l_2[0])) || g_4[2]) != l_2[g_3])))) >= 0x6829A6E4L)))) || l_72[1][3].f0)))
            { /* block id: 33 */
                uint64_t l_86 = 18446744073709551615UL;
                int32_t *l_97 = &g_28;
                int32_t *l_98 = &g_47;
                int32_t *l_99 = &g_47;
                int32_t *l_100 = &g_28;
                int32_t *l_101 = &g_28;
                int32_t *l_102[3][5][3] = {{{&g_28,(void*)0,&g_47},{(void*)0,&g_47,(void*)0},{&g_4[2],(void*)0,&g_47},{&g_47,&g_47,(void*)0},{&g_3,(void*)0,&g_28}},{{&g_3,(void*)0,&g_4[2]},{&g_47,(void*)0,(void*)0},{&g_4[2],&g_3,&g_4[2]},{(void*)0,&g_47,&g_28},{&g_28,&g_47,(void*)0}},{{(void*)0,&g_3,&g_47},{&g_4[2],(void*)0,(void*)0},{(void*)0,(void*)0,&g_47},{&g_28,(void*)0,&g_47},{(void*)0,&g_47,(void*)0}}};
                int i, j, k;
                (*l_97) ^= (safe_lshift_func_uint8_t_u_s((0x97E2BD63L != (safe_rshift_func_int16_t_s_s(((l_2[g_3] = (safe_sub_func_int32_t_s_s(l_86, (safe_mod_func_int32_t_s_s((safe_mul_func_int8_t_s_s(l_86, (safe_sub_func_uint16_t_u_u((g_13[4][2][2] != ((((safe_mul_func_int8_t_s_s(((((g_95[0][3] , 0x32L) | g_77) & g_18) >= (-1L)), 0x4FL)) >= g_77) || l_2[g_3]) || 3L)), g_96)))), g_20))))) & g_34), 1))), 4));
                g_107--;
                return g_68;
            }
            else
            { /* block id: 38 */
                uint8_t *l_117 = &l_72[1][3].f0;
                int32_t *l_118 = &l_105;
                int32_t l_130 = 0x4C648ED3L;
                int64_t *l_132[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                int32_t *l_133 = &l_106[4];
                int32_t *l_134 = &l_104;
                int32_t *l_135 = &l_105;
                int32_t *l_136 = &g_28;
                int32_t *l_137[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_137[i] = &l_106[1];
                (*l_118) &= (safe_mod_func_int16_t_s_s((safe_add_func_uint8_t_u_u(0x59L, ((*l_117) = (safe_rshift_func_int16_t_s_u((l_116[2][0] <= (-1L)), 14))))), l_116[2][0]));
                if (l_2[0])
                    continue;
                (*l_118) = (safe_add_func_int8_t_s_s(((((g_79[1][0] ^ (safe_sub_func_int16_t_s_s((((safe_div_func_uint16_t_u_u(0x154CL, ((~l_71) & (((safe_rshift_func_int16_t_s_u((safe_sub_func_uint16_t_u_u(l_106[2], (((void*)0 == g_12) <= 0xCAE9FA02L))), 7)) | g_18) < l_130)))) >= l_131) >= g_13[4][2][2]), 0x9B8DL))) >= l_2[g_3]) , l_132[4]) == (void*)0), (-1L)));
                ++g_139[2][0];
            }
            if (g_107)
                goto lbl_225;
            g_138 &= ((safe_add_func_uint32_t_u_u((safe_rshift_func_uint16_t_u_u(g_3, (~((l_105 = g_139[0][0]) && (safe_div_func_uint32_t_u_u(l_131, (safe_div_func_int16_t_s_s((l_2[0] , ((((*l_75) = (((safe_lshift_func_int8_t_s_s(l_131, (*g_12))) | 0x771BL) , g_13[4][1][2])) ^ l_103) , g_79[3][0])), g_13[4][2][2])))))))), l_104)) , g_13[4][2][2]);
            if (g_79[1][0])
                break;
        }
        l_163--;
        if (l_2[g_3])
            continue;
        for (l_158 = 0; (l_158 <= 0); l_158 += 1)
        { /* block id: 54 */
            uint8_t l_167 = 0xBDL;
            int64_t *l_190 = &l_157[0][0];
            int64_t **l_189 = &l_190;
            union U0 l_191 = {0UL};
            uint32_t *l_202 = &g_107;
            int64_t *l_208[1];
            int32_t l_209 = 0x585F6FCFL;
            int i;
            for (i = 0; i < 1; i++)
                l_208[i] = &l_71;
            for (g_47 = 0; (g_47 >= 0); g_47 -= 1)
            { /* block id: 57 */
                return g_96;
            }
            for (l_161 = 0; (l_161 >= 0); l_161 -= 1)
            { /* block id: 62 */
                uint32_t l_166 = 3UL;
                uint16_t *l_178 = &g_95[0][3].f1;
                int32_t *l_181 = &l_103;
                int i;
                (*l_154) = ((((l_166 < ((g_40 , 0xAFL) && (g_77 , ((void*)0 == &g_34)))) ^ 0x988608D2L) , l_167) , 0x62CBF24FL);
                (*l_154) = (safe_mul_func_int8_t_s_s(((l_2[l_158] = (safe_mul_func_int8_t_s_s((safe_sub_func_int32_t_s_s((safe_add_func_uint64_t_u_u((safe_sub_func_uint32_t_u_u(g_18, l_166)), (((*l_178) = g_13[1][0][0]) < g_179))), g_107)), l_180))) < 9L), (*g_12)));
                l_182 = l_181;
            }
            if ((((safe_mod_func_uint64_t_u_u((safe_mod_func_int64_t_s_s((safe_rshift_func_int8_t_s_s(((((*l_189) = (void*)0) != (l_191 , &g_34)) == (((safe_div_func_int16_t_s_s((5L < (safe_add_func_int64_t_s_s((((l_209 &= (safe_add_func_uint64_t_u_u((safe_add_func_int64_t_s_s((((((safe_sub_func_uint8_t_u_u(((((*l_202)++) && (safe_mod_func_int32_t_s_s(g_4[3], l_207))) == g_18), (-1L))) , &l_163) != (void*)0) < l_104) & 0x55E8L), l_191.f0)), g_95[0][3].f0))) , 0xB38BCC48L) <= 1UL), 0x619046FCD8936FADLL))), 0x3C40L)) != l_159) != 0x7662L)), 4)), 18446744073709551615UL)), g_34)) > l_191.f0) , g_18))
            { /* block id: 72 */
                int32_t ***l_216 = &g_214[0][0][1];
                int16_t *l_217 = &g_79[2][0];
                (*l_154) |= (((safe_rshift_func_uint16_t_u_s((g_212[2] != (void*)0), ((*l_217) = (((*l_216) = g_214[1][0][2]) != (void*)0)))) , g_218[3]) != &g_219[0]);
            }
            else
            { /* block id: 76 */
                int32_t l_221 = 0x0BCF07BEL;
                uint16_t l_222[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_222[i] = 5UL;
                l_222[0]++;
                (*l_154) &= l_167;
            }
        }
    }
    for (l_156 = 24; (l_156 != 24); l_156 = safe_add_func_uint64_t_u_u(l_156, 7))
    { /* block id: 85 */
        int32_t *l_229 = (void*)0;
        int32_t *l_230[4];
        int i;
        for (i = 0; i < 4; i++)
            l_230[i] = &g_138;
        l_231 = g_228[0][2][2];
    }
    return l_220[0][2][0];
}


/* ------------------------------------------ */
/* 
 * reads : g_34 g_40 g_28 g_13 g_68
 * writes: g_34 g_28 g_68
 */
static int32_t  func_5(int32_t  p_6, int8_t * p_7, int8_t * p_8)
{ /* block id: 16 */
    int64_t *l_33 = &g_34;
    int32_t *l_43 = &g_4[1];
    int32_t **l_42 = &l_43;
    int32_t l_57 = 0x2393DFE8L;
    int32_t l_60 = 0x2BAC4117L;
    (*l_42) = (((*l_33) &= (-1L)) , func_35(l_33, p_6, g_40, &g_34));
    for (g_28 = (-17); (g_28 == (-26)); --g_28)
    { /* block id: 23 */
        int32_t *l_46 = &g_47;
        int32_t *l_48 = &g_47;
        int32_t *l_49 = &g_47;
        int32_t *l_50 = (void*)0;
        int32_t *l_51 = &g_47;
        int32_t *l_52 = &g_47;
        int32_t *l_53 = &g_47;
        int32_t *l_54 = &g_47;
        int32_t l_55[3];
        int32_t *l_56 = &l_55[1];
        int32_t *l_58 = &g_47;
        int32_t *l_59 = (void*)0;
        int32_t *l_61 = &l_57;
        int32_t *l_62 = &l_60;
        int32_t *l_63 = &l_55[0];
        int32_t *l_64 = &l_55[0];
        int32_t *l_65 = &l_55[1];
        int32_t *l_66 = (void*)0;
        int32_t *l_67[1];
        int i;
        for (i = 0; i < 3; i++)
            l_55[i] = 0xE1FE01AFL;
        for (i = 0; i < 1; i++)
            l_67[i] = &l_60;
        if (g_13[4][2][2])
            break;
        (*l_42) = (void*)0;
        --g_68;
    }
    return g_28;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes: g_28
 */
static int8_t * func_9(int8_t * p_10, uint16_t  p_11)
{ /* block id: 9 */
    int32_t l_25 = 0xD32DE9E5L;
    uint16_t *l_31 = &g_20;
    uint16_t **l_30 = &l_31;
    int32_t *l_32 = &l_25;
    (*l_32) = (((((*l_30) = func_21(l_25, p_11, &g_20)) == (void*)0) ^ l_25) > 0x7716E311L);
    return &g_13[1][2][0];
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes: g_28
 */
static uint16_t * func_21(uint32_t  p_22, uint64_t  p_23, uint16_t * p_24)
{ /* block id: 10 */
    uint64_t l_26 = 18446744073709551615UL;
    int32_t *l_27 = &g_28;
    uint16_t *l_29 = &g_20;
    (*l_27) = l_26;
    return l_29;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t * func_35(int64_t * p_36, int32_t  p_37, union U1  p_38, int64_t * p_39)
{ /* block id: 18 */
    int32_t *l_41 = &g_3;
    return l_41;
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
    transparent_crc(g_3, "g_3", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_4[i], "g_4[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_13[i][j][k], "g_13[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_77, "g_77", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_79[i][j], "g_79[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_95[i][j].f0, "g_95[i][j].f0", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_138, "g_138", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_139[i][j], "g_139[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_179, "g_179", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_228[i][j][k], "g_228[i][j][k]", print_hash_value);
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
   depth: 0, occurrence: 52
XXX total union variables: 4

XXX max expression depth: 29
breakdown:
   depth: 1, occurrence: 42
   depth: 2, occurrence: 7
   depth: 6, occurrence: 1
   depth: 7, occurrence: 1
   depth: 8, occurrence: 2
   depth: 9, occurrence: 1
   depth: 10, occurrence: 1
   depth: 13, occurrence: 1
   depth: 15, occurrence: 1
   depth: 17, occurrence: 2
   depth: 19, occurrence: 1
   depth: 29, occurrence: 1

XXX total number of pointers: 74

XXX times a variable address is taken: 75
XXX times a pointer is dereferenced on RHS: 2
breakdown:
   depth: 1, occurrence: 2
XXX times a pointer is dereferenced on LHS: 24
breakdown:
   depth: 1, occurrence: 24
XXX times a pointer is compared with null: 3
XXX times a pointer is compared with address of another variable: 0
XXX times a pointer is compared with another pointer: 0
XXX times a pointer is qualified to be dereferenced: 279

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 73
   level: 2, occurrence: 1
XXX number of pointers point to pointers: 7
XXX number of pointers point to scalars: 67
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 18.9
XXX average alias set size: 1.15

XXX times a non-volatile is read: 108
XXX times a non-volatile is write: 69
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 0

XXX stmts: 41
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 11
   depth: 1, occurrence: 8
   depth: 2, occurrence: 8
   depth: 3, occurrence: 14

XXX percentage a fresh-made variable is used: 31.7
XXX percentage an existing variable is used: 68.3
********************* end of statistics **********************/

