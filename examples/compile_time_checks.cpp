// Compile-time derivative checks: a hand-written derivative compared with ctgrad's at a set of points,
// by the compiler. If this file compiles, every check below holds; a wrong hand-written derivative
// stops the build and the compiler names the point (see README "Compile-time checks").
#include <ctgrad/ctgrad.hpp>

#include <array>
#include <cstdio>

using namespace ctgrad::literals;

constexpr auto x = ctgrad::var<"x">;
constexpr auto y = ctgrad::var<"y">;

// d/dx sin(x^2) = 2 x cos(x^2), written by hand with ctgrad::math (constexpr, unlike std's)
constexpr double sin_square_derivative(double v) { return 2 * v * ctgrad::math::cos(v * v); }
static_assert(ctgrad::check_derivative(ctgrad::sin(x * x), x, sin_square_derivative, std::array{-2.0, -0.5, 0.0, 0.5, 1.0, 4.0}));

// d/dx x/(1 + x^2) = (1 - x^2)/(1 + x^2)^2
constexpr double rational_derivative(double v) { return (1 - v * v) / ((1 + v * v) * (1 + v * v)); }
static_assert(ctgrad::check_derivative(x / (1_c + x * x), x, rational_derivative, std::array{-3.0, -1.0, 0.0, 0.25, 2.0}));

// The Rosenbrock function's gradient, by hand: (-2(1 - x) - 400 x (y - x^2), 200 (y - x^2))
constexpr auto rosenbrock = ctgrad::pow<2>(1_c - x) + 100_c * ctgrad::pow<2>(y - x * x);
constexpr std::array<double, 2> rosenbrock_gradient(std::array<double, 2> p) {
    return {-2 * (1 - p[0]) - 400 * p[0] * (p[1] - p[0] * p[0]), 200 * (p[1] - p[0] * p[0])};
}
static_assert(ctgrad::check_gradient(rosenbrock, std::tuple{x, y}, rosenbrock_gradient,
                                     std::array{std::array{1.0, 1.0}, std::array{-1.2, 1.0}, std::array{0.5, -0.25}}));

// Identities of normal forms, and values, as static_asserts
static_assert(ctgrad::d(ctgrad::pow<3>(x + 1_c), x) == 3_c * x * x + 6_c * x + 3_c);
static_assert(ctgrad::d(x * x * y, x, y) == ctgrad::d(x * x * y, y, x));
static_assert(ctgrad::d(ctgrad::exp(x) * ctgrad::sin(x), x)(x = 0.0) == 1.0);  // e^0 (sin 0 + cos 0) = 1

int main() {
    // the same values, computed by the compiler and printed at run time
    constexpr double slope = ctgrad::d(ctgrad::sin(x * x), x)(x = 0.5);
    constexpr auto gradient = ctgrad::gradient(rosenbrock, x, y)(x = -1.2, y = 1.0);
    std::printf("d/dx sin(x^2) at 0.5, computed at compile time: %.15f\n", slope);
    std::printf("Rosenbrock gradient at (-1.2, 1), computed at compile time: (%.4f, %.4f)\n", gradient[0], gradient[1]);
    std::printf("all compile-time checks passed\n");
}
