// expect: every argument after the expression must be a binding such as x = 2.0
// expect: is_a_binding<double>
// e(2.0) does not say which variable is 2.0: evaluation takes bindings only.
#include <ctgrad/ctgrad.hpp>

constexpr auto x = ctgrad::var<"x">;

int main() {
    [[maybe_unused]] const double fine = (x * x)(x = 2.0);
#ifdef CTGRAD_SHOULD_FAIL
    [[maybe_unused]] const double wrong = (x * x)(2.0);
#endif
    return 0;
}
