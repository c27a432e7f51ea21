// Printing: the text and LaTeX forms of expressions.
#include "../samples.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace samples;
using namespace ctgrad;

TEST_CASE("to_string") {
    CHECK(to_string(d(x * x + 2_c * x + 1_c, x)) == "2*x + 2");
    CHECK(to_string(x * x + 2_c * x + 1_c) == "x^2 + 2*x + 1");
    CHECK(to_string(x * x * y + exp(-x * y)) == "x^2*y + exp(-x*y)");
    CHECK(to_string(d(sin(x * x), x)) == "2*x*cos(x^2)");
    CHECK(to_string(d(sqrt(x), x)) == "1/(2*sqrt(x))");
    CHECK(to_string(1_c - x) == "1 - x");
    CHECK(to_string(x / y) == "x/y");
    CHECK(to_string(3_c / 4_c * x) == "3*x/4");
    CHECK(to_string(pow(x, 1_c / 3_c)) == "x^(1/3)");
    CHECK(to_string(pow(x + 1_c, 3_c)) == "(x + 1)^3");
    CHECK(to_string(pow(x, y + 1_c)) == "x^(y + 1)");
    CHECK(to_string(d(sigmoid(x), x)) == "(1 - sigmoid(x))*sigmoid(x)");
    CHECK(to_string(x * x + 2 * x + 1) == "x^2 + 2*x + 1");
    CHECK(to_string(x - 2.5 * y) == "x - 2.5*y");
    CHECK(to_string(pow(x, 2.5)) == "x^2.5");
    CHECK(to_string(-x) == "-x");
    CHECK(to_string(0_c) == "0");
    CHECK(to_string(-1_c / 2_c) == "-1/2");
    std::ostringstream stream;
    stream << d(x * x + 2_c * x + 1_c, x);
    CHECK(stream.str() == "2*x + 2");
}

TEST_CASE("to_latex") {
    CHECK(to_latex(d(x * x + 2_c * x + 1_c, x)) == "2 x + 2");
    CHECK(to_latex(x * x * y + exp(-x * y)) == "x^{2} y + \\exp\\left(-x y\\right)");
    CHECK(to_latex(d(sqrt(x), x)) == "\\frac{1}{2 \\sqrt{x}}");
    CHECK(to_latex(x / y) == "\\frac{x}{y}");
    CHECK(to_latex(pow(x, 1_c / 3_c)) == "x^{\\frac{1}{3}}");
    CHECK(to_latex(sigmoid(x)) == "\\sigma\\left(x\\right)");
    CHECK(to_latex(var<"theta">) == "\\mathit{theta}");
}
