/* expect-exit: 0 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 18 --no-bitfields --no-volatiles --no-volatile-pointers --no-packed-struct --no-builtins --max-funcs 5 --max-block-depth 3 --max-expr-complexity 6 --max-array-len-per-dim 5 --max-struct-fields 5 --max-union-fields 3
 * Seed:      18
 */

/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"

/* --- end of prelude --- */


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint32_t  f0;
};

union U2 {
   struct S0  f0;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2[5][4][5] = {{{0x1EA66E58L,0L,0x1EA66E58L,0xE135E1F6L,0L},{0L,0x04F3D4E6L,6L,0L,6L},{(-1L),(-1L),0xBD2AB60EL,0L,0L},{7L,(-1L),6L,6L,(-1L)}},{{0L,1L,0x1EA66E58L,0L,0xE135E1F6L},{0x69161D59L,(-1L),0x2456160CL,(-1L),0x69161D59L},{0x1EA66E58L,(-1L),1L,0xE135E1F6L,(-1L)},{0x69161D59L,0x04F3D4E6L,0x04F3D4E6L,0x69161D59L,6L}},{{0L,0L,0xBD2AB60EL,(-1L),(-1L)},{7L,0x04F3D4E6L,1L,6L,0x04F3D4E6L},{0x1EA66E58L,0xBD2AB60EL,0xD0357257L,0x1EA66E58L,0xD0357257L},{7L,7L,0L,0x04F3D4E6L,6L}},{{0x21705914L,0xE135E1F6L,0xD0357257L,0xD0357257L,0xE135E1F6L},{6L,0x2456160CL,1L,6L,6L},{1L,0xE135E1F6L,(-1L),0xE135E1F6L,1L},{1L,7L,0x2456160CL,6L,7L}},{{1L,0xBD2AB60EL,0xBD2AB60EL,1L,0xD0357257L},{6L,0x04F3D4E6L,0L,7L,7L},{0x21705914L,1L,0x21705914L,0xD0357257L,1L},{7L,0x2456160CL,6L,7L,6L}}};
static int32_t g_4 = 0xC3F4F880L;
static int64_t g_5 = 4L;
static int32_t g_6 = 0x48110CBBL;
static uint32_t g_7 = 0UL;
static union U2 g_10 = {{0xA9A98436L}};


/* --- FORWARD DECLARATIONS --- */
static union U2  func_1(void);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_7 g_10
 * writes: g_2 g_7
 */
static union U2  func_1(void)
{ /* block id: 0 */
    int32_t *l_3[4][4][1] = {{{&g_4},{&g_4},{&g_4},{&g_4}},{{&g_4},{&g_4},{&g_4},{&g_4}},{{&g_4},{&g_4},{&g_4},{&g_4}},{{&g_4},{&g_4},{&g_4},{&g_4}}};
    int i, j, k;
    g_2[0][0][4] &= (-7L);
    g_7--;
    return g_10;
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
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_2[i][j][k], "g_2[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_10.f0.f0, "g_10.f0.f0", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 5
XXX total union variables: 1

XXX max expression depth: 1
breakdown:
   depth: 1, occurrence: 5

XXX total number of pointers: 1

XXX times a variable address is taken: 4
XXX times a pointer is dereferenced on RHS: 0
breakdown:
XXX times a pointer is dereferenced on LHS: 0
breakdown:
XXX times a pointer is compared with null: 0
XXX times a pointer is compared with address of another variable: 0
XXX times a pointer is compared with another pointer: 0
XXX times a pointer is qualified to be dereferenced: 38
XXX number of pointers point to pointers: 0
XXX number of pointers point to scalars: 1
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 0
XXX average alias set size: 1

XXX times a non-volatile is read: 1
XXX times a non-volatile is write: 2
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 3
XXX max block depth: 0
breakdown:
   depth: 0, occurrence: 3

XXX percentage a fresh-made variable is used: 62.5
XXX percentage an existing variable is used: 37.5
********************* end of statistics **********************/

