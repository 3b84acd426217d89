/* expect-exit: 0 */
/* enums: implicit and explicit values, negative values, use in switch, arithmetic, arrays indexed by enum. */
#include <stdio.h>

enum color { RED, GREEN, BLUE, COLOR_COUNT };
enum flags { F_READ = 1, F_WRITE = 2, F_EXEC = 4, F_ALL = F_READ | F_WRITE | F_EXEC };
enum temp { COLD = -10, MILD = 15, WARM, HOT = WARM * 2 };
typedef enum { MON = 1, TUE, WED, THU, FRI, SAT, SUN } day;

static const char *color_names[COLOR_COUNT] = { "red", "green", "blue" };

static const char *dayname(day d) {
    switch (d) {
    case SAT: case SUN: return "weekend";
    default: return "weekday";
    }
}

int main(void) {
    enum color c;
    enum flags f = F_READ | F_EXEC;
    day d;
    int counts[COLOR_COUNT] = { 0 };
    for (c = RED; c < COLOR_COUNT; c++) printf("%d %s\n", c, color_names[c]);
    printf("flags %d all %d has write %d\n", f, F_ALL, (f & F_WRITE) != 0);
    printf("temps %d %d %d %d\n", COLD, MILD, WARM, HOT);
    for (d = MON; d <= SUN; d++) printf("%d %s\n", d, dayname(d));
    counts[GREEN] += 3; counts[BLUE]++;
    printf("counts %d %d %d\n", counts[RED], counts[GREEN], counts[BLUE]);
    printf("sizeof enum %d\n", (int)sizeof(enum color));
    printf("COLD < 0: %d\n", COLD < 0);
    {
        enum { LOCAL_A = 100, LOCAL_B } e = LOCAL_B;
        printf("local enum %d\n", e);
    }
    return 0;
}
