/* Benchmark: bitwise CRC-32 (no table) over a 128 KiB buffer, plus a 64-bit FNV-1a; shifts, xors, 64-bit multiply. */
#include <stdio.h>

#define SIZE 131072
static unsigned char data[SIZE];

int main(void) {
    unsigned crc = 0xFFFFFFFFu;
    unsigned long long h = 0xcbf29ce484222325ULL;
    int i, k;
    for (i = 0; i < SIZE; i++) data[i] = (unsigned char)(i * 131 + (i >> 7));
    for (i = 0; i < SIZE; i++) {
        crc ^= data[i];
        for (k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        h = (h ^ data[i]) * 0x100000001b3ULL;
    }
    printf("crc32 %08x fnv %016llx\n", crc ^ 0xFFFFFFFFu, h);
    return 0;
}
