/* expect-error: 4:11: const */
int main(void) {
    const int limit = 10;
    limit = 11;
    return limit;
}
