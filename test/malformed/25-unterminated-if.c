/* expect-error: 3:2: unterminated conditional directive */
#define A 1
#if A
int main(void) { return 0; }
