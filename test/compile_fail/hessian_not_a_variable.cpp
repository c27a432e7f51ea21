// expect: ctgrad::hessian(f, x...): each x must be a variable
// expect: is_a_variable<ctgrad::constant<int>
#include <ctgrad/ctgrad.hpp>

constexpr auto x = ctgrad::var<"x">;

int main() {
    [[maybe_unused]] const auto fine = ctgrad::hessian(x * x * x, x);
#ifdef CTGRAD_SHOULD_FAIL
    [[maybe_unused]] const auto wrong = ctgrad::hessian(x * x * x, ctgrad::constant<int>{1});
#endif
    return 0;
}
