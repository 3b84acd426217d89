/* expect-exit: 0 */
/* Globals with initialisers: scalars, arrays, strings, pointers to globals and into arrays, structs, zero-fill. */
#include <stdio.h>

int counter = 42;
long negative = -123456L;
unsigned char bytes[] = { 1, 2, 3, 255 };
short shorts[5] = { -1, -2 };
char greeting[] = "hi there";
char sized[10] = "abc";
const char *message = "pointer to literal";
const char *table[] = { "zero", "one", "two", 0 };
int *ptr_to_counter = &counter;
int numbers[] = { 10, 20, 30, 40, 50 };
int *into_array = &numbers[3];
int *past_start = numbers + 1;
struct config { const char *name; int level; int limits[3]; struct { char c; long long big; } inner; };
struct config cfg = { "default", 3, { 1, 2 }, { 'q', 0x123456789LL } };
struct config configs[2] = { { "a", 1, { 0 }, { 'x', -1 } }, { "b", 7 } };
int zeroed[100];
long long wide = -0x7FFFFFFFFFFFFFFFLL;
const char *const *tp = table + 2;
struct config *cfgp = &configs[1];
char *chp = greeting + 3;

int main(void) {
    int i, zero_sum = 0;
    printf("%d %ld %d %d %d\n", counter, negative, bytes[3], shorts[1], shorts[4]);
    printf("%s|%s|%d %d\n", greeting, sized, sized[3], sized[9]);
    printf("%s\n", message);
    for (i = 0; table[i]; i++) printf("table[%d] = %s\n", i, table[i]);
    *ptr_to_counter += 1;
    printf("counter %d\n", counter);
    printf("into_array %d, past_start %d, diff %d\n", *into_array, *past_start, (int)(into_array - past_start));
    printf("cfg %s %d %d %d %d %c %llx\n", cfg.name, cfg.level, cfg.limits[0], cfg.limits[1], cfg.limits[2], cfg.inner.c, cfg.inner.big);
    printf("configs %s %d %lld / %s %d %d\n", configs[0].name, configs[0].level, configs[0].inner.big, configs[1].name, configs[1].level, configs[1].limits[2]);
    for (i = 0; i < 100; i++) zero_sum += zeroed[i];
    printf("zeroed %d, wide %lld\n", zero_sum, wide);
    printf("tp %s, cfgp %s, chp %s\n", *tp, cfgp->name, chp);
    greeting[0] = 'H';
    printf("%s\n", greeting);
    return 0;
}
