/* expect-error: 3:6: conflicting types */
int f(int x);
long f(int x) { return x; }
int main(void) { return (int)f(1); }
