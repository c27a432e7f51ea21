// Spec (compile-only): the normal form of sums. If this file compiles, these rules hold.
#include "spec.hpp"

namespace spec {
using ctgrad::rational;
using ctgrad::variable;

// the headline case, written literally
static_assert(ctgrad::d(x*x + 2_c*x + 1_c, x) == 2_c*x + 2_c);
static_assert(std::is_same_v<decltype(ctgrad::d(x*x + 2_c*x + 1_c, x)), decltype(2_c*x + 2_c)>);

// order does not matter: x + y and y + x are one type
static_assert(same_type(x + y, y + x));
static_assert(same_type(x + 2_c, 2_c + x));
static_assert(same_type((x + y) + z, x + (y + z)));                        // flattened
static_assert(same_type(x + y + z, z + y + x));
// like terms are collected
static_assert(same_type(x + x, 2_c*x));                                     // x + x -> 2*x
static_assert(same_type(2_c*x + 3_c*x, 5_c*x));                             // a*x + b*x -> (a+b)*x
static_assert(same_type(x*y + y*x, 2_c*x*y));
static_assert(same_type(x - x, 0_c));                                       // identities with 0 vanish
static_assert(same_type(x + 0_c, x));
static_assert(same_type(x + 1_c - 1_c, x));
static_assert(same_type(1_c/2_c*x + 1_c/3_c*x, 5_c/6_c*x));                 // _c constants fold exactly
static_assert(same_type(1_c/3_c + 1_c/6_c, 1_c/2_c));
// numbers fold into one constant term, placed last
static_assert(same_type(2_c + x + 3_c, x + 5_c));
// a number times a sum is distributed
static_assert(same_type(2_c*(x + 1_c), 2_c*x + 2_c));
static_assert(same_type(-(x - y), y - x));
// graded order: higher degree first, constant last
static_assert(std::is_same_v<decltype(x*x + x + 1_c), ctgrad::sum<ctgrad::power<variable<"x">, rational<2>>, variable<"x">, rational<1>>>);
static_assert(std::is_same_v<decltype(1_c + x), ctgrad::sum<variable<"x">, rational<1>>>);

// plain numbers are value-carrying constants: they fold by value
static_assert((x + 1 + 2)(x = 0) == 3);
static_assert(same_type(x + 1 + 2, x + 3));                                 // one constant term (type)
static_assert(same_type(2*x + 3*x, 5*x));                                   // coefficients add by value...
static_assert((2*x + 3*x)(x = 1) == 5);                                     // ...and the value is right
static_assert(2*x + 3*x == 5*x);
static_assert(!(2*x + 3*x == 6*x));                                         // == compares the values too
static_assert(same_type(x + 1_c + 1, x + 2));                               // rational + number -> number

// a sum of like terms that cancels is zero
static_assert(same_type(x*y - y*x, 0_c));
}  // namespace spec
