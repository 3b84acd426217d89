/* expect-error: 4:12: unterminated argument list */
#define ADD(a, b) ((a) + (b))
int main(void) {
    return ADD(1,
}
