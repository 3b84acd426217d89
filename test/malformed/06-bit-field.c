/* expect-error: 3:20: bit-field */
struct flags {
    unsigned ready : 1;
    unsigned error : 1;
};
int main(void) { return 0; }
