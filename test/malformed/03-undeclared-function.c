/* expect-error: 3:12: missing_function */
int main(void) {
    return missing_function(3);
}
