/* expect-error: 3:17: too large */
int main(void) {
    return (int)99999999999999999999;
}
