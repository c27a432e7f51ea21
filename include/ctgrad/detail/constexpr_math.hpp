#pragma once
// ctgrad::detail::constexpr_math: elementary functions that are constant expressions on GCC and Clang
// alike (C++20's <cmath> is not constexpr), for float, double and long double (x86-64 80-bit extended;
// also binary64 long double), with C's special values (NaN, ±inf, signed zeros, overflow, underflow).
// ctgrad::math (<ctgrad/math.hpp>) calls them in constant evaluation and the std:: functions at run time.
//
//   sqrt, cbrt, hypot          math/root.hpp           sqrt correctly rounded; others <= 0.5 ulp + a hair
//   exp, expm1, tanh           math/exponential.hpp    <= 0.5 ulp + 2^-8 ulp
//   log, log1p, pow            math/logarithm.hpp      <= 0.5 ulp + 2^-8 ulp
//   sin, cos, tan, atan, atan2 math/trigonometric.hpp  <= 0.5 ulp + 2^-7 ulp, every finite argument
//   complex exp, log, sqrt, sin, cos, pow, abs   math/complex.hpp   each component <= 0.5 ulp + a hair
//                                                                   of the larger one
//   helpers: is_nan, is_infinite, is_finite, sign_bit, absolute_value (fabs), copy_sign, decompose
//   (frexp), load_exponent (ldexp), truncate, floor           math/floating_point.hpp
//
// Each function computes its result as a double word (double-word arithmetic, math/double_word.hpp)
// accurate to far below an ulp and rounds it once, so results are within 0.5 ulp plus a small fraction
// (test/math/constexpr_math_accuracy.cpp measures about two million points against higher-precision
// references and prints the maxima). float is computed in double and rounded. Nothing here uses <cmath>,
// FMA or a non-constexpr builtin; the results are the same (bit for bit) in constant evaluation and at run
// time, unless the floating-point environment is changed (rounding mode, x87 precision control,
// flush-to-zero), a*b+c is contracted into FMAs (-ffp-contract=fast with an FMA -march) or unsafe math
// flags (-ffast-math) are used.

#include <ctgrad/detail/math/complex.hpp>
#include <ctgrad/detail/math/exponential.hpp>
#include <ctgrad/detail/math/floating_point.hpp>
#include <ctgrad/detail/math/logarithm.hpp>
#include <ctgrad/detail/math/root.hpp>
#include <ctgrad/detail/math/trigonometric.hpp>
