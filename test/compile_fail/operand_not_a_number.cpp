// expect: an operand is neither a ctgrad expression nor a number
// expect: operand_is_expression_or_number<ctgrad::detail::diagnostic::operator_plus, std::
// Mixing a type that is neither an expression nor a number into an expression names the operator and
// the type.
#include <ctgrad/ctgrad.hpp>

#include <string>

constexpr auto x = ctgrad::var<"x">;

int main() {
    [[maybe_unused]] const auto fine = x + 2.5;
#ifdef CTGRAD_SHOULD_FAIL
    [[maybe_unused]] const auto wrong = x + std::string("2.5");
#endif
    return 0;
}
