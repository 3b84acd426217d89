/* expect-exit: 0 */
/* Nested structs and arrays inside structs, chains of -> and ., struct pointers in structs, anonymous nesting. */
#include <stdio.h>
#include <string.h>

struct date { short year; unsigned char month, day; };
struct employee { char name[16]; struct date born; struct date hired; int salary; struct employee *manager; };
struct dept { const char *title; struct employee staff[3]; int nstaff; struct { int floor; char wing; } where; };

static int age_at(const struct date *born, const struct date *at) {
    int a = at->year - born->year;
    if (at->month < born->month || (at->month == born->month && at->day < born->day)) a--;
    return a;
}

int main(void) {
    struct dept d;
    struct employee *boss;
    int i, total = 0;
    memset(&d, 0, sizeof d);
    d.title = "engineering";
    d.where.floor = 3;
    d.where.wing = 'B';
    strcpy(d.staff[0].name, "grace");
    d.staff[0].born.year = 1906; d.staff[0].born.month = 12; d.staff[0].born.day = 9;
    d.staff[0].hired.year = 1944; d.staff[0].hired.month = 7; d.staff[0].hired.day = 1;
    d.staff[0].salary = 9000;
    strcpy(d.staff[1].name, "alan");
    d.staff[1].born.year = 1912; d.staff[1].born.month = 6; d.staff[1].born.day = 23;
    d.staff[1].hired = d.staff[0].hired;
    d.staff[1].hired.year += 2;
    d.staff[1].salary = 8500;
    d.staff[1].manager = &d.staff[0];
    d.staff[2] = d.staff[1];
    strcpy(d.staff[2].name, "alan-copy");
    d.staff[2].manager = &d.staff[1];
    d.nstaff = 3;
    boss = d.staff[2].manager->manager;
    printf("%s on floor %d wing %c\n", d.title, d.where.floor, d.where.wing);
    for (i = 0; i < d.nstaff; i++) {
        struct employee *e = &d.staff[i];
        total += e->salary;
        printf("%-10s born %d-%02d-%02d hired at age %d, manager %s\n", e->name, e->born.year, e->born.month,
               e->born.day, age_at(&e->born, &e->hired), e->manager ? e->manager->name : "(none)");
    }
    printf("boss %s, total %d\n", boss->name, total);
    printf("chain %c\n", d.staff[2].manager->manager->name[0]);
    return 0;
}
