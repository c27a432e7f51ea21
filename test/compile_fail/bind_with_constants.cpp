// expect: ctgrad::bind(e, value): e must be a ctgrad expression without run-time constants
// Binding a subexpression that carries run-time constants is refused: its type does not say which one.
#include <ctgrad/ctgrad.hpp>

using namespace ctgrad::literals;
constexpr auto x = ctgrad::var<"x">;

int main() {
    [[maybe_unused]] const double fine = (2_c * x + 1)(ctgrad::bind(2_c * x, 3.0));
#ifdef CTGRAD_SHOULD_FAIL
    [[maybe_unused]] const double wrong = (2 * x + 1)(ctgrad::bind(2 * x, 3.0));
#endif
    return 0;
}
