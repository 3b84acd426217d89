/* expect-error: 4:14: member reference base type 'int' */
int main(void) {
    int n = 3;
    return n.field;
}
