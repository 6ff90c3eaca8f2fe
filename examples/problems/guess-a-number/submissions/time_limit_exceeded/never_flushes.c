/* Right search, but stdout to a pipe is fully buffered: the question never leaves, both sides wait. */
#include <stdio.h>
#include <string.h>

int main(void) {
    long long lo = 1, hi, mid;
    char answer[16];
    if (scanf("%lld", &hi) != 1) return 0;
    for (;;) {
        mid = (lo + hi) / 2;
        printf("? %lld\n", mid);
        if (scanf("%15s", answer) != 1) return 0;
        if (strcmp(answer, "yes") == 0) break;
        if (strcmp(answer, "up") == 0) lo = mid + 1; else hi = mid - 1;
    }
    printf("! %lld\n", mid);
    return 0;
}
