// Spec (compile-only): evaluation's value types and bindings.
#include "spec.hpp"

#include <complex>

namespace spec {
using namespace ctgrad;

static_assert(std::is_same_v<decltype((x*x + 2*x + 1)(x = 2)), int>);       // integers stay exact...
static_assert(std::is_same_v<decltype((x/2_c)(x = 3)), double>);            // ...until fractions are needed
static_assert((x/2_c)(x = 3) == 1.5);
static_assert(std::is_same_v<decltype((x*x/2_c)(x = 3.0f)), float>);        // float stays float
static_assert(std::is_same_v<decltype(sin(x)(x = 1.0L)), long double>);
static_assert(std::is_same_v<decltype((x*y)(x = 1.0f, y = 2.0)), double>);   // usual arithmetic conversions
static_assert(std::is_same_v<decltype((x*x + 1_c)(x = std::complex<double>(0, 1))), std::complex<double>>);
static_assert((x*y + z)(z = 1, y = 2, x = 3) == 7);                         // bindings in any order
static_assert((x*x)(x = 3, y = 100) == 9);                                  // unused bindings are allowed
static_assert(sin(x)(bind(sin(x), 0.25)) == 0.25);                          // a bound subexpression is not computed
static_assert((1_c/3_c)() == 1.0/3.0);                                      // no variables: no bindings needed
static_assert(evaluate(x*x, x = 5) == 25);
static_assert(evaluate(3.5) == 3.5);
}  // namespace spec
