/* expect-error: 4:12: undefined reference to 'helper' */
int helper(int x);
int main(void) {
    return helper(4);
}
