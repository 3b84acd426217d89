/* expect-error: 4:19: incomplete */
struct opaque;
int main(void) {
    struct opaque o;
    return 0;
}
