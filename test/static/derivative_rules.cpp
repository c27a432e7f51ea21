// Spec (compile-only): every derivative rule, written as the mathematics says it.
#include "spec.hpp"

namespace spec {
using namespace ctgrad;

static_assert(d(5_c, x) == 0_c);                                            // d(c) = 0
static_assert(d(y, x) == 0_c);
static_assert(d(x, x) == 1_c);                                              // d(x) = 1
static_assert(d(7, x) == 0_c);                                              // a plain number too
static_assert(d(x + y, x) == 1_c);                                          // d(u + v) = du + dv
static_assert(d(x*y, x) == y);                                              // d(u v) = du v + u dv
static_assert(d(pow<3>(x), x) == 3_c*x*x);                                  // d(x^n) = n x^(n-1)
static_assert(d(pow<-1>(x), x) == -pow<-2>(x));
static_assert(d(sqrt(x), x) == 1_c/(2_c*sqrt(x)));                          // d sqrt(u) = 1/(2 sqrt(u))
static_assert(d(pow(x, y), y) == pow(x, y)*log(x));                         // d(u^v)/dv = u^v log u
static_assert(d(pow(2_c, x), x) == pow(2_c, x)*log(2_c));
static_assert(d(exp(x), x) == exp(x));                                      // d exp(u) = exp(u)
static_assert(d(log(x), x) == 1_c/x);                                       // d log(u) = 1/u
static_assert(d(sin(x), x) == cos(x));                                      // d sin(u) = cos(u)
static_assert(d(cos(x), x) == -sin(x));                                     // d cos(u) = -sin(u)
static_assert(d(tan(x), x) == 1_c + pow<2>(tan(x)));                        // d tan(u) = 1 + tan(u)^2
static_assert(d(tanh(x), x) == 1_c - pow<2>(tanh(x)));                      // d tanh(u) = 1 - tanh(u)^2
static_assert(d(sigmoid(x), x) == sigmoid(x)*(1_c - sigmoid(x)));           // d sigmoid(u) = s (1 - s)
static_assert(d(abs(x), x) == sign(x));                                     // d |u| = sign(u), 0 at 0
static_assert(d(sign(x), x) == 0_c);
static_assert(d(relu(x), x) == unit_step(x));                               // d relu(u) = step(u), 0 at 0
static_assert(d(unit_step(x), x) == 0_c);

// the chain rule
static_assert(d(sin(x*x), x) == 2_c*x*cos(x*x));
static_assert(d(exp(-x*y), x) == -y*exp(-x*y));
static_assert(d(pow<3>(x*x + 1_c), x) == 6_c*x*pow<2>(x*x + 1_c));
// the quotient rule
static_assert(d(x/y, y) == -x/(y*y));
static_assert(d(sin(x)/x, x) == cos(x)/x - sin(x)/(x*x));
// higher and mixed derivatives
static_assert(d(pow<4>(x), x, x, x) == 24_c*x);
static_assert(d(x*x*y + exp(-x*y), x, y) == d(x*x*y + exp(-x*y), y, x));
static_assert(d(x*x*y + exp(-x*y), x, y) == 2_c*x + x*y*exp(-x*y) - exp(-x*y));
// types as the compiler computes them
static_assert(same_type(d(sin(x*x), x), 2_c*x*cos(pow<2>(x))));
static_assert(same_type(d(x*x + 2*x + 1, x), 2_c*x + 2));

// values at points, in constant expressions (both compilers)
static_assert(d(x*x + 2*x + 1, x)(x = 2) == 6);
static_assert(d(sin(x*x), x)(x = 4.0) < -7.66);                             // 8 cos 16 = -7.6612...
static_assert(d(sin(x*x), x)(x = 4.0) > -7.662);
}  // namespace spec
