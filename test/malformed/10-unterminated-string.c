/* expect-error: 4:12: missing terminating */
#include <stdio.h>
int main(void) {
    printf("no closing quote);
    return 0;
}
