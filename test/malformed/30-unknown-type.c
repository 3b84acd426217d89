/* expect-error: 3:5: 'widget' */
int main(void) {
    widget w;
    return 0;
}
