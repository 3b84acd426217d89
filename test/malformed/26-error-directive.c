/* expect-error: 4:1: #error */
#define VERSION 1
#if VERSION < 2
#error version too old
#endif
int main(void) { return 0; }
