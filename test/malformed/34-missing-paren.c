/* expect-error: 3:19: expected ')' */
int main(void) {
    int x = (1 + 2;
    return x;
}
