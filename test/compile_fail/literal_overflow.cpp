// expect: the literal does not fit a rational of std::intmax_t
// _c constants are exact: one too big for std::intmax_t is an error, never a wrapped number.
#include <ctgrad/ctgrad.hpp>

using namespace ctgrad::literals;

int main() {
    [[maybe_unused]] constexpr auto fine = 9223372036854775807_c;
#ifdef CTGRAD_SHOULD_FAIL
    [[maybe_unused]] constexpr auto wrong = 9223372036854775808_c;
#endif
    return 0;
}
