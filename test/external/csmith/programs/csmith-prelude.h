/* The fixed part of the prelude of Shuttle's csmith tests (it replaces csmith.h): the headers,
 * csmith's CRC-32 checksum and its platform hooks. Each program adds the UB-free safe_* math
 * helpers it uses (generate.py writes them), then its generated body. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
static uint32_t crc32_tab[256];
static uint32_t crc32_context = 0xFFFFFFFFUL;
static void crc32_gentab(void) {
    uint32_t c; int i, j;
    for (i = 0; i < 256; i++) {
        c = (uint32_t)i;
        for (j = 8; j > 0; j--) c = (c & 1) ? (c >> 1) ^ 0xEDB88320UL : c >> 1;
        crc32_tab[i] = c;
    }
}
static void crc32_byte(uint8_t b) { crc32_context = ((crc32_context >> 8) & 0x00FFFFFF) ^ crc32_tab[(crc32_context ^ b) & 0xFF]; }
static void transparent_crc(uint64_t val, const char *vname, int flag) {
    int i;
    for (i = 0; i < 8; i++) crc32_byte((uint8_t)((val >> (i * 8)) & 0xFF));
    if (flag) printf("...checksum after hashing %s : %lX\n", vname, (unsigned long)(crc32_context ^ 0xFFFFFFFFUL));
}
static void platform_main_begin(void) { }
static void platform_main_end(uint32_t crc, int flag) { (void)flag; printf("checksum = %lX\n", (unsigned long)crc); }
