/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 5008 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3 --max-funcs 8 --max-block-depth 4 --max-expr-complexity 10
 * Seed:      5008
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
static uint16_t safe_lshift_func_uint16_t_u_u(uint16_t a, unsigned int b) { return ((unsigned int)b >= 32) ? a : (uint16_t)((uint32_t)a << b); }
/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S1 {
   uint64_t  f0;
   int64_t  f1;
   uint8_t  f2;
   uint64_t  f3;
   uint32_t  f4;
};

struct S2 {
   uint8_t  f0;
   uint64_t  f1;
};

struct S3 {
   int32_t  f0;
   uint16_t  f1;
   const struct S2  f2;
};

/* --- GLOBAL VARIABLES --- */
static struct S1 g_9 = {0x218E9934B0B4EF66LL,0x17B722BA7B7E80D6LL,255UL,0x5589B58331C587C7LL,0xB89BDD77L};
static int32_t g_11 = 1L;
static int32_t g_19 = 0x831966C4L;
static int16_t g_20 = 0L;
static int32_t g_21 = 0xE55B65ABL;
static int64_t g_24 = 3L;
static uint8_t g_25[4] = {0UL,0UL,0UL,0UL};
static struct S3 g_28 = {0L,9UL,{255UL,18446744073709551611UL}};


/* --- FORWARD DECLARATIONS --- */
static struct S3  func_1(void);
static uint16_t  func_4(const int16_t  p_5);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_11 g_25 g_28
 * writes: g_11 g_25
 */
static struct S3  func_1(void)
{ /* block id: 0 */
    const int32_t l_6 = 3L;
    int32_t *l_10 = &g_11;
    int32_t *l_12 = &g_11;
    int32_t *l_13 = (void*)0;
    int32_t *l_14 = &g_11;
    int32_t *l_15 = &g_11;
    int32_t *l_16 = &g_11;
    int32_t *l_17 = &g_11;
    int32_t *l_18[4];
    int16_t l_22 = 0L;
    int32_t l_23 = 0L;
    int i;
    for (i = 0; i < 4; i++)
        l_18[i] = &g_11;
    (*l_10) &= (safe_lshift_func_uint16_t_u_u(func_4(l_6), 7));
    ++g_25[2];
    return g_28;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint16_t  func_4(const int16_t  p_5)
{ /* block id: 1 */
    struct S1 *l_8 = &g_9;
    struct S1 **l_7 = &l_8;
    (*l_7) = (void*)0;
    return p_5;
}




/* ---------------------------------------- */
int main (int argc, char* argv[])
{
    int i;
    int print_hash_value = 0;
    if (argc == 2 && strcmp(argv[1], "1") == 0) print_hash_value = 1;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_9.f0, "g_9.f0", print_hash_value);
    transparent_crc(g_9.f1, "g_9.f1", print_hash_value);
    transparent_crc(g_9.f2, "g_9.f2", print_hash_value);
    transparent_crc(g_9.f3, "g_9.f3", print_hash_value);
    transparent_crc(g_9.f4, "g_9.f4", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_24, "g_24", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_25[i], "g_25[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_28.f0, "g_28.f0", print_hash_value);
    transparent_crc(g_28.f1, "g_28.f1", print_hash_value);
    transparent_crc(g_28.f2.f0, "g_28.f2.f0", print_hash_value);
    transparent_crc(g_28.f2.f1, "g_28.f2.f1", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 2
breakdown:
   depth: 0, occurrence: 8
   depth: 1, occurrence: 0
   depth: 2, occurrence: 1
XXX total union variables: 0

XXX max expression depth: 3
breakdown:
   depth: 1, occurrence: 7
   depth: 3, occurrence: 1

XXX total number of pointers: 10

XXX times a variable address is taken: 9
XXX times a pointer is dereferenced on RHS: 0
breakdown:
XXX times a pointer is dereferenced on LHS: 2
breakdown:
   depth: 1, occurrence: 2
XXX times a pointer is compared with null: 0
XXX times a pointer is compared with address of another variable: 0
XXX times a pointer is compared with another pointer: 0
XXX times a pointer is qualified to be dereferenced: 71

XXX max dereference level: 1
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 3
XXX number of pointers point to pointers: 1
XXX number of pointers point to scalars: 8
XXX number of pointers point to structs: 1
XXX percent of pointers has null in alias set: 20
XXX average alias set size: 1

XXX times a non-volatile is read: 4
XXX times a non-volatile is write: 5
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 5
XXX max block depth: 0
breakdown:
   depth: 0, occurrence: 5

XXX percentage a fresh-made variable is used: 69.2
XXX percentage an existing variable is used: 30.8
********************* end of statistics **********************/

