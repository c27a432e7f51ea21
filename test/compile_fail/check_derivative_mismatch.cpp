// expect: derivative_check_failed_at_point_number
// A compile-time derivative check that fails stops the compilation and says at which point (the 3rd).
#include <ctgrad/ctgrad.hpp>

#include <array>

constexpr auto x = ctgrad::var<"x">;

constexpr double right_derivative(double v) { return 2 * v * ctgrad::math::cos(v * v); }
static_assert(ctgrad::check_derivative(ctgrad::sin(x * x), x, right_derivative, std::array{0.0, 0.5, 4.0}));

#ifdef CTGRAD_SHOULD_FAIL
constexpr double wrong_derivative(double v) { return 2 * v * ctgrad::math::cos(v); }  // forgot the inner square
static_assert(ctgrad::check_derivative(ctgrad::sin(x * x), x, wrong_derivative, std::array{0.0, 1.0, 4.0}));
#endif

int main() { return 0; }
