#include <math.h>
#include <stdio.h>

int main(void) {
    double x;
    scanf("%lf", &x);
    printf("%.12g\n", cbrt(x));
    return 0;
}
