/* expect-error: 3:10: nowhere */
int main(void) {
    goto nowhere;
    return 0;
}
