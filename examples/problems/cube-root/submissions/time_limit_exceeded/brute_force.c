#include <stdio.h>

/* Tries every y from -1000 in steps of 1e-9: right in the end, but trillions of steps away. */
int main(void) {
    double x, y = -1000;
    scanf("%lf", &x);
    while (y * y * y < x) {
        y += 1e-9;
    }
    printf("%.9f\n", y);
    return 0;
}
