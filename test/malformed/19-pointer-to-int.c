/* expect-error: 4:13: incompatible pointer to integer */
int main(void) {
    int x = 5;
    int y = &x;
    return y;
}
