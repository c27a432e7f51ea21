// expect: ctgrad::d(e, x): x must be a variable
// expect: is_a_variable<ctgrad::expression<ctgrad::operation::power
// d(e, x*x) is not a derivative with respect to a variable: the message names the expression's type.
#include <ctgrad/ctgrad.hpp>

constexpr auto x = ctgrad::var<"x">;

int main() {
    [[maybe_unused]] const auto fine = ctgrad::d(ctgrad::sin(x * x), x);
#ifdef CTGRAD_SHOULD_FAIL
    [[maybe_unused]] const auto wrong = ctgrad::d(ctgrad::sin(x * x), x * x);
#endif
    return 0;
}
