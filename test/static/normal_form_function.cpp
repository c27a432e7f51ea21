// Spec (compile-only): the normal form of elementary functions.
#include "spec.hpp"

namespace spec {
using namespace ctgrad;

// exact values at rationals
static_assert(same_type(exp(0_c), 1_c));
static_assert(same_type(log(1_c), 0_c));
static_assert(same_type(sin(0_c), 0_c));
static_assert(same_type(cos(0_c), 1_c));
static_assert(same_type(tan(0_c), 0_c));
static_assert(same_type(tanh(0_c), 0_c));
static_assert(same_type(sigmoid(0_c), 1_c/2_c));
static_assert(same_type(abs(-3_c/2_c), 3_c/2_c));
static_assert(same_type(sign(-5_c), -1_c));
static_assert(same_type(sign(0_c), 0_c));
static_assert(same_type(relu(-2_c), 0_c));
static_assert(same_type(unit_step(0_c), 0_c));
static_assert(!same_type(exp(1_c), 1_c));                                   // e is not rational: exp(1) stays
// identities
static_assert(same_type(log(exp(x)), x));                                   // log(exp(u)) = u
static_assert(same_type(abs(abs(x)), abs(x)));
static_assert(same_type(sin(-x), -sin(x)));                                 // odd
static_assert(same_type(tanh(-2_c*x), -tanh(2_c*x)));
static_assert(same_type(cos(-x), cos(x)));                                  // even
static_assert(same_type(abs(-x*y), abs(x*y)));
// numbers fold by value, in constant expressions too
static_assert(ctgrad::sin(2.0) > 0.909 && ctgrad::sin(2.0) < 0.9093);       // sin 2 = 0.90929...
static_assert(exp(x*0.0)(x = 1.0) == 1.0);
static_assert(same_type(exp(constant<double>{1.0}), constant<double>{}));  // exp of a number is a number...
static_assert(exp(constant<double>{1.0}).value > 2.7182818284590 &&        // ...e = 2.71828182845904523...
              exp(constant<double>{1.0}).value < 2.7182818284591);
}  // namespace spec
