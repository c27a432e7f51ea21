// expect: ctgrad::d(e, x): x must be a variable
// expect: is_a_variable<int>
// Differentiating with respect to something that is not a variable names the function and the type.
#include <ctgrad/ctgrad.hpp>

constexpr auto x = ctgrad::var<"x">;

int main() {
    [[maybe_unused]] const auto fine = ctgrad::d(x * x, x);
#ifdef CTGRAD_SHOULD_FAIL
    [[maybe_unused]] const auto wrong = ctgrad::d(x * x, 2);
#endif
    return 0;
}
