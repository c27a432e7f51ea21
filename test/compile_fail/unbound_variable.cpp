// expect: the expression uses a variable that no binding gives a value
// expect: every_variable_is_bound<ctgrad::variable<
// Evaluating with a variable left unbound names the function and the variable's type.
#include <ctgrad/ctgrad.hpp>

constexpr auto x = ctgrad::var<"x">;
constexpr auto y = ctgrad::var<"y">;

int main() {
    [[maybe_unused]] const double fine = (x * y)(x = 1.0, y = 2.0);
#ifdef CTGRAD_SHOULD_FAIL
    [[maybe_unused]] const double value = (x * y)(x = 1.0);  // y has no value
#endif
    return 0;
}
