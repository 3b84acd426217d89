/* expect-error: 4:12: break */
int main(void) {
    int x = 3;
    if (x) break;
    return x;
}
