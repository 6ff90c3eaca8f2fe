#include <stdio.h>
#include <string.h>

int main(void) {
    static char line[4096];
    char *words[2048];
    int n;
    if (scanf("%d", &n) != 1) {
        return 1;
    }
    fgets(line, sizeof line, stdin); /* the rest of the first line */
    for (int i = 0; i < n && fgets(line, sizeof line, stdin); i++) {
        int count = 0;
        for (char *w = strtok(line, " \r\n"); w != NULL; w = strtok(NULL, " \r\n")) {
            words[count++] = w;
        }
        for (int j = count - 1; j >= 0; j--) {
            printf("%s%s", words[j], j > 0 ? " " : "");
        }
        printf("\n");
    }
    return 0;
}
