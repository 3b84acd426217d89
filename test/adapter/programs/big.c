/* A long array and a pointer into it, for paged variables and memory references. */
int big[10000];
struct pair { int a; int b; };
int main(void) {
    int i;
    int small[3];
    int *p = &big[9990];
    struct pair pr;
    for (i = 0; i < 10000; i++) big[i] = i * 3;
    small[0] = 1; small[1] = 2; small[2] = 3;
    pr.a = 5; pr.b = 6;
    return (*p + small[2] + pr.a) % 7;
}
