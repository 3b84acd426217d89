/* expect-error: 4:12: indirection requires pointer operand */
int main(void) {
    int n = 4;
    return *n;
}
