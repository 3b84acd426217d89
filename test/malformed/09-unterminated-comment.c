/* expect-error: 3:16: unterminated comment */
int main(void) {
    int x = 1; /* this comment never ends
    return x;
}
