#include <stdio.h>

int main(void) {
    long long n, d = 2;
    scanf("%lld", &n);
    while (n % d != 0) d++;
    printf("%lld\n", d + 1); /* one past the divisor */
    return 0;
}
