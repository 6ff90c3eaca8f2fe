#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) {
        return 1;
    }
    /* Solve the problem here. */
    printf("%d\n", n);
    return 0;
}
