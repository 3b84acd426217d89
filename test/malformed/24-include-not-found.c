/* expect-error: 2:10: file not found */
#include <nosuchheader.h>
int main(void) { return 0; }
