/* expect-error: 3:8: division by zero */
#define N 0
#if 10 / N
#endif
int main(void) { return 0; }
