#include <cstdlib>
#include <iostream>

int main() {
    long long n;
    std::cin >> n;
    std::cout << "? " << n << std::endl;
    std::abort();  // SIGABRT before reading the answer
}
