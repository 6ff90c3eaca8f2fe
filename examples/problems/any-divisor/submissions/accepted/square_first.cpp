#include <cmath>
#include <iostream>

// Searches down from the square root: yet another correct divisor.
int main() {
    long long n;
    std::cin >> n;
    for (long long d = (long long) std::sqrt((double) n); d > 1; d--) {
        if (n % d == 0) {
            std::cout << d << "\n";
            return 0;
        }
    }
    return 1;
}
