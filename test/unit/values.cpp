// Derivative values against exact derivatives from calculus and against finite differences.
#include "../samples.hpp"

#include <doctest/doctest.h>

#include <boost/hana/for_each.hpp>

#include <cmath>
#include <tuple>

using namespace samples;
using ctgrad::d;
namespace hana = boost::hana;

TEST_CASE("derivatives against exact known derivatives") {
    using namespace ctgrad;
    using std::cos, std::sin, std::exp, std::log, std::sqrt, std::tanh, std::pow;
    for (const auto& p : points) {
        const double a = p.x, b = p.y;
        CAPTURE(a);
        CAPTURE(b);
        CHECK(close(d(sin(x * x), x)(x = a), 2 * a * cos(a * a)));
        CHECK(close(d(x * x * y + exp(-x * y), x)(x = a, y = b), 2 * a * b - b * exp(-a * b)));
        CHECK(close(d(x * x * y + exp(-x * y), y)(x = a, y = b), a * a - a * exp(-a * b)));
        CHECK(close(d(x * x * y + exp(-x * y), x, y)(x = a, y = b), 2 * a - exp(-a * b) + a * b * exp(-a * b)));
        CHECK(close(d(log(x), x)(x = a), 1 / a));
        CHECK(close(d(sqrt(x), x)(x = a), 0.5 / sqrt(a)));
        CHECK(close(d(pow(x, y), x)(x = a, y = b), b * pow(a, b - 1)));
        CHECK(close(d(pow(x, y), y)(x = a, y = b), pow(a, b) * log(a)));
        CHECK(close(d(tanh(x), x)(x = a), 1 / (std::cosh(a) * std::cosh(a))));
        const double s = 1 / (1 + exp(-a));
        CHECK(close(d(sigmoid(x), x)(x = a), s * (1 - s)));
        CHECK(close(d(x / (x + 1_c), x)(x = a), 1 / ((a + 1) * (a + 1))));
        CHECK(close(d(pow<3>(x * x + 1_c), x)(x = a), 6 * a * pow(a * a + 1, 2)));
        // Rosenbrock: f = (1 - x)^2 + 100 (y - x^2)^2
        const auto rosenbrock = pow<2>(1_c - x) + 100_c * pow<2>(y - x * x);
        CHECK(close(d(rosenbrock, x)(x = a, y = b), -2 * (1 - a) - 400 * a * (b - a * a)));
        CHECK(close(d(rosenbrock, y)(x = a, y = b), 200 * (b - a * a)));
        CHECK(close(d(rosenbrock, x, x)(x = a, y = b), 2 - 400 * (b - a * a) + 800 * a * a));
    }
}

TEST_CASE("PyTorch's subgradients at kinks: abs'(0) = 0, relu'(0) = 0") {
    using namespace ctgrad;
    CHECK(d(abs(x), x)(x = 0.0) == 0.0);
    CHECK(d(abs(x), x)(x = -3.0) == -1.0);
    CHECK(d(relu(x), x)(x = 0.0) == 0.0);
    CHECK(d(relu(x), x)(x = 2.0) == 1.0);
    CHECK(d(relu(x), x)(x = -2.0) == 0.0);
    // and the edge values PyTorch documents (shared/spec/derivatives.md): d sqrt at 0 is inf, d log at 0 is inf
    CHECK(std::isinf(d(sqrt(x), x)(x = 0.0)));
    CHECK(std::isinf(d(log(x), x)(x = 0.0)));
    CHECK(d(log(x), x)(x = -1.0) == -1.0);
    CHECK(std::isnan(d(pow(x, 1.5), x)(x = -1.0)));
}

namespace {
/// Central difference with one Richardson step: error O(h^4), evaluated in long double.
template <class E, class Bind>
long double finite_difference(const E& e, Bind bind, long double at) {
    const long double h = 1e-3L * std::fmax(1.0L, std::fabs(at));
    const auto central = [&](long double step) { return (std::apply(e, bind(at + step)) - std::apply(e, bind(at - step))) / (2 * step); };
    return (4 * central(h / 2) - central(h)) / 3;
}
}  // namespace

TEST_CASE("first and second derivatives against finite differences") {
    hana::for_each(expressions, [](const auto& u) {
        for (const auto& p : points) {
            const long double a = p.x, b = p.y;
            INFO(ctgrad::to_string(u) << " at (" << p.x << ", " << p.y << ")");
            const long double exact_x = d(u, x)(x = a, y = b);
            const long double numeric_x = finite_difference(u, [&](long double v) { return std::tuple{x = v, y = b}; }, a);
            CHECK(close(double(exact_x), double(numeric_x), 1e-9));
            const long double exact_y = d(u, y)(x = a, y = b);
            const long double numeric_y = finite_difference(u, [&](long double v) { return std::tuple{x = a, y = v}; }, b);
            CHECK(close(double(exact_y), double(numeric_y), 1e-9));
            // second derivative: finite differences of ctgrad's first derivative
            const auto first = d(u, x);
            const long double exact_xx = d(u, x, x)(x = a, y = b);
            const long double numeric_xx = finite_difference(first, [&](long double v) { return std::tuple{x = v, y = b}; }, a);
            CHECK(close(double(exact_xx), double(numeric_xx), 1e-8));
        }
    });
}
