/* expect-exit: 0 */
/* Arrays of structs: initialisation, field access through indexes and pointers, sorting by field. */
#include <stdio.h>
#include <string.h>

struct person { char name[12]; int age; short height; unsigned char flags; };

static struct person people[] = {
    { "ada", 36, 165, 1 }, { "bob", 52, 180, 0 }, { "cyd", 19, 172, 3 },
    { "dee", 41, 158, 2 }, { "eve", 28, 169, 1 },
};
#define N (int)(sizeof people / sizeof people[0])

static void sort_by_age(struct person *p, int n) {
    int i, j;
    for (i = 1; i < n; i++) {
        struct person key = p[i];
        for (j = i - 1; j >= 0 && p[j].age > key.age; j--) p[j + 1] = p[j];
        p[j + 1] = key;
    }
}
static int total_height(const struct person *p, int n) {
    int t = 0;
    const struct person *end = p + n;
    for (; p < end; p++) t += p->height;
    return t;
}

int main(void) {
    int i;
    struct person team[3];
    printf("count %d\n", N);
    sort_by_age(people, N);
    for (i = 0; i < N; i++) printf("%-4s %3d %4d %u\n", people[i].name, people[i].age, people[i].height, people[i].flags);
    printf("total height %d\n", total_height(people, N));
    for (i = 0; i < 3; i++) {
        team[i] = people[N - 1 - i];
        team[i].age += 1;
        strcpy(team[i].name + 3, "+1");
    }
    for (i = 0; i < 3; i++) printf("%s %d\n", team[i].name, team[i].age);
    printf("%s %d\n", people[N - 1].name, people[N - 1].age);
    (&team[1])->flags |= 0x80;
    printf("flags %u %u\n", team[1].flags, (*(team + 1)).flags);
    return 0;
}
