/* expect-error: 4:12: undefined reference to 'counter' */
extern int counter;
int main(void) {
    return counter;
}
