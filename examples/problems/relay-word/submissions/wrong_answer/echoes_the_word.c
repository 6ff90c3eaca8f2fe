/* Prints the word itself in the encode pass: not a number. */
#include <stdio.h>

int main(void) {
    char mode[16], word[64];
    if (scanf("%15s %63s", mode, word) != 2) return 0;
    printf("%s\n", word);
    return 0;
}
