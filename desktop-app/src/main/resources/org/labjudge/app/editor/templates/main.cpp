#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::string word;
    while (std::cin >> word) {
        // Solve the problem here.
        std::cout << word << '\n';
    }
    return 0;
}
