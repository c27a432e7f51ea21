// expect: ctgrad::gradient(f, x...): each x must be a variable
// expect: is_a_variable<double>
#include <ctgrad/ctgrad.hpp>

constexpr auto x = ctgrad::var<"x">;
constexpr auto y = ctgrad::var<"y">;

int main() {
    [[maybe_unused]] const auto fine = ctgrad::gradient(x * y, x, y);
#ifdef CTGRAD_SHOULD_FAIL
    [[maybe_unused]] const auto wrong = ctgrad::gradient(x * y, x, 1.0);
#endif
    return 0;
}
