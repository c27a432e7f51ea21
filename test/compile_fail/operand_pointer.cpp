// expect: an operand is neither a ctgrad expression nor a number
// expect: operand_is_expression_or_number<ctgrad::detail::diagnostic::operator_times, char
// A string literal is not a number either.
#include <ctgrad/ctgrad.hpp>

constexpr auto x = ctgrad::var<"x">;

int main() {
    [[maybe_unused]] const auto fine = 3 * x;
#ifdef CTGRAD_SHOULD_FAIL
    [[maybe_unused]] const auto wrong = "3" * x;
#endif
    return 0;
}
