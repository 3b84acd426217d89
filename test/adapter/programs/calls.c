/* Calls without arguments, for stepping over a call that starts its line. */
int count = 0;
void tick(void) {
    count = count + 1;
}
int main(void) {
    tick();
    tick();
    return count;
}
