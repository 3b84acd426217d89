/* expect-exit: 0 */
/* CRC-32 (table driven), Adler-32 and a 64-bit FNV-1a hash over strings and generated data. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static uint32_t crc_table[256];
static void crc_init(void) {
    uint32_t c; int n, k;
    for (n = 0; n < 256; n++) {
        c = (uint32_t)n;
        for (k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}
static uint32_t crc32(const unsigned char *buf, size_t len) {
    uint32_t c = 0xFFFFFFFFu; size_t i;
    for (i = 0; i < len; i++) c = crc_table[(c ^ buf[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}
static uint32_t adler32(const unsigned char *buf, size_t len) {
    uint32_t a = 1, b = 0; size_t i;
    for (i = 0; i < len; i++) { a = (a + buf[i]) % 65521u; b = (b + a) % 65521u; }
    return (b << 16) | a;
}
static uint64_t fnv64(const unsigned char *buf, size_t len) {
    uint64_t h = 0xcbf29ce484222325ULL; size_t i;
    for (i = 0; i < len; i++) { h ^= buf[i]; h *= 0x100000001b3ULL; }
    return h;
}

int main(void) {
    const char *texts[] = { "", "a", "123456789", "The quick brown fox jumps over the lazy dog" };
    static unsigned char data[4096];
    int i;
    crc_init();
    for (i = 0; i < 4; i++) {
        const unsigned char *t = (const unsigned char *)texts[i];
        size_t n = strlen(texts[i]);
        printf("crc %08x adler %08x fnv %016llx\n", (unsigned)crc32(t, n), (unsigned)adler32(t, n), (unsigned long long)fnv64(t, n));
    }
    for (i = 0; i < 4096; i++) data[i] = (unsigned char)(i * 31 + (i >> 5));
    printf("data crc %08x adler %08x fnv %016llx\n", (unsigned)crc32(data, 4096), (unsigned)adler32(data, 4096), (unsigned long long)fnv64(data, 4096));
    return 0;
}
