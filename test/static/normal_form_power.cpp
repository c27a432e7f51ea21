// Spec (compile-only): the normal form of powers and the _c literals.
#include "spec.hpp"

namespace spec {
using ctgrad::pow;
using ctgrad::rational;
using ctgrad::sqrt;

// the _c literal is an exact rational
static_assert(std::is_same_v<decltype(2_c), rational<2>>);
static_assert(std::is_same_v<decltype(0.25_c), rational<1, 4>>);
static_assert(std::is_same_v<decltype(1.5e-3_c), rational<3, 2000>>);
static_assert(std::is_same_v<decltype(1'000_c), rational<1000>>);
static_assert(std::is_same_v<decltype(2_c/6_c), rational<1, 3>>);
static_assert(std::is_same_v<decltype(-(3_c/4_c)), rational<-3, 4>>);

static_assert(same_type(pow(x, 0_c), 1_c));                                 // u^0 = 1
static_assert(same_type(pow(x, 1_c), x));                                   // u^1 = u
static_assert(same_type(pow(1_c, x), 1_c));                                 // 1^v = 1
static_assert(same_type(pow(0_c, 2_c), 0_c));
static_assert(same_type(pow(2_c, 10_c), 1024_c));                           // exact folding
static_assert(same_type(pow(2_c/3_c, -2_c), 9_c/4_c));
static_assert(same_type(pow<3>(pow<2>(x)), pow<6>(x)));                     // (u^a)^n = u^(a*n)
static_assert(same_type(pow<2>(sqrt(x)), x));
static_assert(!same_type(sqrt(pow<2>(x)), x));                              // (x^2)^(1/2) is |x|: kept
static_assert(same_type(pow<2>(2_c*x*y), 4_c*pow<2>(x)*pow<2>(y)));         // (u*w)^n = u^n * w^n
static_assert(same_type(sqrt(x), pow<1, 2>(x)));
static_assert(same_type(sqrt(x), pow(x, 1_c/2_c)));
static_assert(same_type(1_c/sqrt(x), pow<-1, 2>(x)));
static_assert(same_type(pow(x, y)*pow(x, 2_c), pow(x, y + 2_c)));           // exponents add, any exponent
// a power of a sum stays factored; expand() multiplies it out
static_assert(pow<2>(x + y) == x*x + 2_c*x*y + y*y);
static_assert(std::is_same_v<ctgrad::normal_form_t<decltype(pow<2>(x + y))>, decltype(x*x + 2_c*x*y + y*y)>);
static_assert(std::is_same_v<ctgrad::normal_form_t<decltype(pow<3>(x - 1_c))>,
                             ctgrad::normal_form_t<decltype((x - 1_c)*(x*x - 2_c*x + 1_c))>>);
// run-time exponents
static_assert(pow(x, 2.0)(x = 3.0) == 9.0);
static_assert(same_type(pow(x, 2.5)*pow(x, 0.5), pow(x, 3.0)));             // exponents add by value
}  // namespace spec
