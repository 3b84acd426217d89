/* expect-error: 3:14: address */
int main(void) {
    int *p = &(1 + 2);
    return *p;
}
