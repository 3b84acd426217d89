/* expect-exit: 0 */
/* unions: size, shared storage (byte order differs by ISA), tagged unions, unions inside structs and arrays. */
#include <stdio.h>
#include <stdint.h>

union word { uint32_t w; uint16_t h[2]; uint8_t b[4]; };
enum kind { INT, STR, PAIR };
struct value {
    enum kind kind;
    union { int i; const char *s; struct { short a, b; } pair; } u;
};

static void show(const struct value *v) {
    switch (v->kind) {
    case INT: printf("int %d\n", v->u.i); break;
    case STR: printf("str %s\n", v->u.s); break;
    case PAIR: printf("pair %d,%d\n", v->u.pair.a, v->u.pair.b); break;
    }
}

int main(void) {
    union word w;
    struct value vals[3];
    int i;
    printf("sizeof union word %d\n", (int)sizeof(union word));
    w.w = 0x11223344u;
    printf("bytes %02x %02x %02x %02x\n", w.b[0], w.b[1], w.b[2], w.b[3]);
    printf("halves %04x %04x\n", w.h[0], w.h[1]);
    w.b[0] = 0xAA;
    printf("word %08x\n", w.w);
    vals[0].kind = INT; vals[0].u.i = -12;
    vals[1].kind = STR; vals[1].u.s = "text";
    vals[2].kind = PAIR; vals[2].u.pair.a = 3; vals[2].u.pair.b = -4;
    for (i = 0; i < 3; i++) show(&vals[i]);
    {
        union { int i; unsigned u; } same;
        same.i = -1;
        printf("same storage %u\n", same.u);
        same.u = 0x80000000u;
        printf("as int negative %d\n", same.i < 0);
    }
    {
        union word copy = w;
        copy.h[1] = 0;
        printf("copy %08x orig %08x\n", copy.w, w.w);
    }
    return 0;
}
