// expect: a compile-time (_c) constant overflows std::intmax_t
// Folding _c constants is exact: a result that does not fit is an error.
#include <ctgrad/ctgrad.hpp>

using namespace ctgrad::literals;

int main() {
    [[maybe_unused]] constexpr auto fine = ctgrad::pow(10_c, 18_c) * ctgrad::var<"x">;
#ifdef CTGRAD_SHOULD_FAIL
    [[maybe_unused]] constexpr auto wrong = ctgrad::pow(10_c, 19_c) * ctgrad::var<"x">;
#endif
    return 0;
}
