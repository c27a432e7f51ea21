// A user's program: ctgrad through its umbrella header, checked at compile time and at run time.
#include <ctgrad/ctgrad.hpp>

#include <cmath>
#include <cstdio>

using namespace ctgrad::literals;

constexpr auto x = ctgrad::var<"x">;
constexpr auto y = ctgrad::var<"y">;

static_assert(ctgrad::d(x * x + 2_c * x + 1_c, x) == 2_c * x + 2_c);
static_assert(ctgrad::d(x * x + 2 * x + 1, x)(x = 2) == 6);

int main() {
    const auto [fx, fy] = ctgrad::gradient(x * y + ctgrad::sin(x), x, y)(x = 0.0, y = 3.0);  // (y + cos x, x)
    if (fx != 4.0 || fy != 0.0) {
        std::printf("consumer: wrong gradient (%g, %g), expected (4, 0)\n", fx, fy);
        return 1;
    }
    std::printf("consumer: ctgrad %d.%d.%d works\n", CTGRAD_VERSION_MAJOR, CTGRAD_VERSION_MINOR, CTGRAD_VERSION_PATCH);
    return 0;
}
