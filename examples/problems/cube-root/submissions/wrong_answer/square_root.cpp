#include <cmath>
#include <iostream>

int main() {
    double x;
    std::cin >> x;
    std::cout << std::sqrt(std::fabs(x)) << "\n";
}
