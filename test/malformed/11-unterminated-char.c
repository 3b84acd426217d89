/* expect-error: 3:14: missing terminating */
int main(void) {
    char c = 'a;
    return c;
}
