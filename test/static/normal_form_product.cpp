// Spec (compile-only): the normal form of products.
#include "spec.hpp"

namespace spec {
using ctgrad::pow;

static_assert(same_type(x*y, y*x));
static_assert(same_type((x*y)*z, x*(y*z)));                                 // flattened
static_assert(same_type(x*x, pow<2>(x)));                                   // x*x -> x^2
static_assert(same_type(pow<2>(x)*pow<3>(x), pow<5>(x)));                   // x^a * x^b -> x^(a+b)
static_assert(same_type(pow(x, 1_c/2_c)*pow(x, 1_c/2_c), x));
static_assert(same_type(x/x, 1_c));                                         // x * x^-1 -> 1
static_assert(same_type(x*y/x, y));
static_assert(same_type(1_c*x, x));                                         // identities with 1 vanish
static_assert(same_type(x*0_c, 0_c));                                       // 0 annihilates
static_assert(same_type(2_c*x*3_c, 6_c*x));                                 // coefficients fold exactly
static_assert(same_type(x/2_c*4_c, 2_c*x));
static_assert(same_type(-(-x), x));
static_assert(same_type(x/y, x*pow<-1>(y)));
static_assert(same_type((x + 1_c)*(x + 1_c), pow<2>(x + 1_c)));             // equal bases merge, sums too
static_assert(same_type((x + 1_c)/(x + 1_c), 1_c));
// products of sums stay factored in the light form (expand() multiplies them out)
static_assert(!same_type((x + 1_c)*(x - 1_c), x*x - 1_c));
static_assert((x + 1_c)*(x - 1_c) == x*x - 1_c);
// canonical factor order: the coefficient first, then by base: variables before functions
static_assert(std::is_same_v<decltype(ctgrad::cos(x)*2_c*x),
                             ctgrad::product<ctgrad::rational<2>, ctgrad::variable<"x">,
                                             ctgrad::expression<ctgrad::operation::cos, ctgrad::variable<"x">>>>);
// plain numbers: value folding
static_assert((2*x*3)(x = 1) == 6);
static_assert(same_type(2*x*3, 6*x));
static_assert(same_type(x*0.5*x, 0.5*pow<2>(x)));
}  // namespace spec
