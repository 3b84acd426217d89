/* Hello from Shuttle: prints a greeting and the ISA the program is running on.
   Try: shuttle run examples/hello.c --isa rv32   (or --isa m68k) */
#include <stdio.h>
#include <shuttle.h>

int main(void) {
    printf("Hello from Shuttle on %s!\n", current_isa());
    return 0;
}
