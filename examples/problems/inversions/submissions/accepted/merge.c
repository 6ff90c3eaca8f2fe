#include <stdio.h>
#include <stdlib.h>

static long long merge_count(int *a, int *buffer, int from, int to) {
    if (to - from <= 1) return 0;
    int mid = (from + to) / 2;
    long long count = merge_count(a, buffer, from, mid) + merge_count(a, buffer, mid, to);
    int i = from, j = mid, k = from;
    while (i < mid && j < to) {
        if (a[i] <= a[j]) buffer[k++] = a[i++];
        else { count += mid - i; buffer[k++] = a[j++]; }
    }
    while (i < mid) buffer[k++] = a[i++];
    while (j < to) buffer[k++] = a[j++];
    for (k = from; k < to; k++) a[k] = buffer[k];
    return count;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    int *a = malloc(sizeof(int) * n), *buffer = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) scanf("%d", &a[i]);
    printf("%lld\n", merge_count(a, buffer, 0, n));
    return 0;
}
