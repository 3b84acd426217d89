/* expect-error: 6:15: member reference type */
struct point { int x; };
int main(void) {
    struct point p;
    p.x = 1;
    return p->x;
}
