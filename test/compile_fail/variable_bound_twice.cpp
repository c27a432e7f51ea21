// expect: a variable is bound twice
// Two values for one variable are an error, not "the last one wins".
#include <ctgrad/ctgrad.hpp>

constexpr auto x = ctgrad::var<"x">;

int main() {
    [[maybe_unused]] const double fine = (x * x)(x = 2.0);
#ifdef CTGRAD_SHOULD_FAIL
    [[maybe_unused]] const double wrong = (x * x)(x = 2.0, x = 3.0);
#endif
    return 0;
}
