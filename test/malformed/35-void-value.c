/* expect-error: 4:13: void */
static void nothing(void) { }
int main(void) {
    int x = nothing();
    return x;
}
