/* expect-error: 4:14: incompatible integer to pointer */
int main(void) {
    int x = 5;
    int *p = x;
    return *p;
}
