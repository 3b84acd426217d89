/* expect-error: 4:26: continue */
int main(void) {
    int x = 3;
    switch (x) { case 3: continue; }
    return x;
}
