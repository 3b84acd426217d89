/* expect-error: 6:14: no member named 'z' */
struct point { int x, y; };
int main(void) {
    struct point p;
    p.x = 1;
    return p.z;
}
