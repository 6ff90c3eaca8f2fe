// Accepts y when y^3 is the input x within the relative error given as "relative_error E".
#include "validate.h"
#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
    if (argc < 4) return 1;
    std::string feedback = argv[3];
    double tolerance = 1e-6;
    for (int i = 4; i + 1 < argc; i++) {
        if (std::string(argv[i]) == "relative_error") tolerance = std::atof(argv[i + 1]);
    }
    std::ifstream input(argv[1]);
    double x;
    if (!(input >> x)) return 1;  // a broken test file is the judge's error
    std::string token, extra;
    if (!(std::cin >> token)) reject(feedback, "empty output", "print one number");
    if (std::cin >> extra) reject(feedback, "more than one token", "print only one number");
    char* end = nullptr;
    double y = std::strtod(token.c_str(), &end);
    if (end == token.c_str() || *end != '\0' || !std::isfinite(y)) {
        reject(feedback, "not a number: " + token.substr(0, 40), "print a real number");
    }
    double error = std::fabs(y * y * y - x);
    if (error <= tolerance * std::max(1.0, std::fabs(x))) accept();
    std::ostringstream judge;
    judge << "x = " << x << ", y = " << y << ", y^3 - x = " << (y * y * y - x);
    reject(feedback, judge.str(), "y cubed is too far from x");
}
