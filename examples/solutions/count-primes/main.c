#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n;
    if (scanf("%ld", &n) != 1) {
        return 1;
    }
    if (n < 2) {
        printf("0\n");
        return 0;
    }
    char *composite = calloc(n + 1, 1);
    long count = 0;
    for (long i = 2; i <= n; i++) {
        if (!composite[i]) {
            count++;
            for (long j = i * i; j <= n; j += i) {
                composite[j] = 1;
            }
        }
    }
    printf("%ld\n", count);
    free(composite);
    return 0;
}
