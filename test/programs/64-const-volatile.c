/* expect-exit: 0 */
/* Qualifiers: const objects and pointers to const, const pointers, volatile accesses, qualified parameters. */
#include <stdio.h>

static const int table[4] = { 2, 3, 5, 7 };
static const char *const names[] = { "zero", "one" };
static volatile int ticks;

static int sum(const int *const v, const int n) { int i, s = 0; for (i = 0; i < n; i++) s += v[i]; return s; }
static void tick(volatile int *t) { (*t)++; }

int main(void) {
    const int local = 9;
    int value = 4;
    int *const fixed = &value;
    const int *moving = table;
    volatile unsigned char status = 0;
    int i;
    *fixed += local;
    moving += 2;
    printf("value %d moving %d sum %d\n", value, *moving, sum(table, 4));
    printf("%s %s\n", names[0], names[1]);
    for (i = 0; i < 10; i++) tick(&ticks);
    status |= 0x81;
    status &= (unsigned char)~1;
    printf("ticks %d status %d\n", ticks, status);
    return 0;
}
