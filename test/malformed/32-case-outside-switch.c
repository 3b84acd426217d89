/* expect-error: 4:5: switch */
int main(void) {
    int x = 1;
    case 1: x = 2;
    return x;
}
