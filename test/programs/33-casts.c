/* expect-exit: 0 */
/* Casts: between integer widths, to and from pointers via void *, const, pointer-to-integer round trips kept abstract. */
#include <stdio.h>
#include <string.h>

struct hdr { int type; int len; };

static int compare_ints(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

int main(void) {
    int i = 0x12345678;
    unsigned char *bytes;
    void *vp;
    char buf[16];
    struct hdr h = { 7, 99 }, *hp;
    long long big = 0x1122334455667788LL;
    printf("(char)%d (short)%d (unsigned char)%u (unsigned short)%u\n",
           (signed char)i, (short)i, (unsigned char)i, (unsigned short)i);
    printf("(int)big %x, (short)big %d\n", (int)big, (short)big);
    printf("(long long)(unsigned)-1 %lld, (long long)-1 %lld\n", (long long)(unsigned)-1, (long long)-1);
    printf("(unsigned long long)(int)-2 %llx\n", (unsigned long long)(int)-2);
    printf("(_Bool)256 %d, (_Bool)0 %d, (unsigned char)256 %d\n", (_Bool)256, (_Bool)0, (unsigned char)256);
    vp = &h;
    hp = (struct hdr *)vp;
    printf("through void*: %d %d\n", hp->type, ((struct hdr *)vp)->len);
    vp = buf;
    strcpy((char *)vp, "casted");
    printf("%s\n", buf);
    bytes = (unsigned char *)&h.len;
    printf("sum of bytes %d\n", bytes[0] + bytes[1] + bytes[2] + bytes[3]);
    {
        int a = 3, b = 5;
        printf("cmp %d %d\n", compare_ints(&a, &b) < 0, compare_ints(&b, &a) > 0);
    }
    {
        const int ci = 10;
        const int *cp = &ci;
        int *mp = (int *)cp;
        printf("const via cast %d\n", *mp);
    }
    {
        int x = 300;
        printf("(char)x == 44: %d\n", (char)x == 44);
        printf("(unsigned)(char)-1 > 255: %d\n", (unsigned)(signed char)-1 > 255u);
        printf("chain %d\n", (int)(short)(unsigned char)(int)-1);
        printf("void cast ok\n");
        (void)x;
    }
    return 0;
}
