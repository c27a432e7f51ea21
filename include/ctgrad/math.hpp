#pragma once
// ctgrad::math: exp, expm1, log, log1p, sin, cos, tan, tanh, sqrt, cbrt, pow and abs that can be called in
// constant expressions (on GCC and Clang alike: C++20's <cmath> is not constexpr) and cost nothing extra at
// run time: in constant evaluation they compute with ctgrad::detail::constexpr_math, otherwise they call
// the std:: function.
//
//   static_assert(ctgrad::math::sin(4.0) < 0);
//   constexpr double e = ctgrad::math::exp(1.0);
//
// Real functions take any arithmetic type; integers are computed as double, as <cmath> does, and pow's
// result type is that of std::pow (long double if either is, else double if either is double or an
// integer, else float). In constant evaluation the results are within 0.5 ulp + a hair (sqrt correctly
// rounded; measured maxima in test/math/constexpr_math_accuracy.cpp), with C's special values (NaN,
// ±inf, ±0, overflow to inf, underflow to subnormals and 0, pow's C99 cases); at run time they are the
// std:: library's (glibc's are within 1 ulp or so), so a constant and a run-time result may differ in the
// last bit.
// std::complex<T> (T floating): exp, log, sqrt, sin, cos, abs, pow(complex, real), pow(complex, complex),
// pow(real, complex). In constant evaluation each component is within 0.5 ulp + a hair of the larger
// component (see detail/math/complex.hpp); C's Annex G special values for exp, log and sqrt, NaN
// propagation for the others.

#include <ctgrad/detail/constexpr_math.hpp>

#include <cmath>
#include <complex>
#include <type_traits>

namespace ctgrad::detail {

/// The floating type a math function computes an arithmetic argument in: integers as double.
template <class T>
using math_floating_t = std::conditional_t<std::is_integral_v<T>, double, T>;

/// pow's result type for arithmetic A and B (as std::pow's).
template <class A, class B>
using math_promoted_t = decltype(math_floating_t<A>{} + math_floating_t<B>{});

template <class T>
concept math_arithmetic = std::is_arithmetic_v<T>;

template <class T>
concept math_floating = std::is_floating_point_v<T>;

/// The type constant evaluation computes T in: T, or double for a long double format constexpr_math does
/// not support (binary128).
template <class T>
using math_evaluation_t =
    std::conditional_t<std::is_same_v<T, long double> && !constexpr_math::long_double_supported, double, T>;

template <class T>
constexpr std::complex<math_evaluation_t<T>> math_to_evaluation(const std::complex<T>& z) noexcept {
    return {z.real(), z.imag()};
}

template <class T, class U>
constexpr std::complex<T> math_from_evaluation(const std::complex<U>& z) noexcept {
    return {static_cast<T>(z.real()), static_cast<T>(z.imag())};
}

}  // namespace ctgrad::detail

namespace ctgrad::math {

// Each function: constexpr_math in constant evaluation (in its evaluation type), std:: at run time.

/// e^x
template <detail::math_arithmetic T>
constexpr detail::math_floating_t<T> exp(T x) noexcept {
    using F = detail::math_floating_t<T>;
    using E = detail::math_evaluation_t<F>;
    if (std::is_constant_evaluated()) return static_cast<F>(detail::constexpr_math::exp(static_cast<E>(x)));
    return std::exp(static_cast<F>(x));
}

/// e^x - 1, accurate for small x
template <detail::math_arithmetic T>
constexpr detail::math_floating_t<T> expm1(T x) noexcept {
    using F = detail::math_floating_t<T>;
    using E = detail::math_evaluation_t<F>;
    if (std::is_constant_evaluated()) return static_cast<F>(detail::constexpr_math::expm1(static_cast<E>(x)));
    return std::expm1(static_cast<F>(x));
}

/// natural logarithm
template <detail::math_arithmetic T>
constexpr detail::math_floating_t<T> log(T x) noexcept {
    using F = detail::math_floating_t<T>;
    using E = detail::math_evaluation_t<F>;
    if (std::is_constant_evaluated()) return static_cast<F>(detail::constexpr_math::log(static_cast<E>(x)));
    return std::log(static_cast<F>(x));
}

/// log(1 + x), accurate for small x
template <detail::math_arithmetic T>
constexpr detail::math_floating_t<T> log1p(T x) noexcept {
    using F = detail::math_floating_t<T>;
    using E = detail::math_evaluation_t<F>;
    if (std::is_constant_evaluated()) return static_cast<F>(detail::constexpr_math::log1p(static_cast<E>(x)));
    return std::log1p(static_cast<F>(x));
}

/// sine (x in radians)
template <detail::math_arithmetic T>
constexpr detail::math_floating_t<T> sin(T x) noexcept {
    using F = detail::math_floating_t<T>;
    using E = detail::math_evaluation_t<F>;
    if (std::is_constant_evaluated()) return static_cast<F>(detail::constexpr_math::sin(static_cast<E>(x)));
    return std::sin(static_cast<F>(x));
}

/// cosine (x in radians)
template <detail::math_arithmetic T>
constexpr detail::math_floating_t<T> cos(T x) noexcept {
    using F = detail::math_floating_t<T>;
    using E = detail::math_evaluation_t<F>;
    if (std::is_constant_evaluated()) return static_cast<F>(detail::constexpr_math::cos(static_cast<E>(x)));
    return std::cos(static_cast<F>(x));
}

/// tangent (x in radians)
template <detail::math_arithmetic T>
constexpr detail::math_floating_t<T> tan(T x) noexcept {
    using F = detail::math_floating_t<T>;
    using E = detail::math_evaluation_t<F>;
    if (std::is_constant_evaluated()) return static_cast<F>(detail::constexpr_math::tan(static_cast<E>(x)));
    return std::tan(static_cast<F>(x));
}

/// hyperbolic tangent
template <detail::math_arithmetic T>
constexpr detail::math_floating_t<T> tanh(T x) noexcept {
    using F = detail::math_floating_t<T>;
    using E = detail::math_evaluation_t<F>;
    if (std::is_constant_evaluated()) return static_cast<F>(detail::constexpr_math::tanh(static_cast<E>(x)));
    return std::tanh(static_cast<F>(x));
}

/// square root, correctly rounded (IEEE 754 requires it at run time too)
template <detail::math_arithmetic T>
constexpr detail::math_floating_t<T> sqrt(T x) noexcept {
    using F = detail::math_floating_t<T>;
    using E = detail::math_evaluation_t<F>;
    if (std::is_constant_evaluated()) return static_cast<F>(detail::constexpr_math::sqrt(static_cast<E>(x)));
    return std::sqrt(static_cast<F>(x));
}

/// cube root (real: cbrt(-8) = -2)
template <detail::math_arithmetic T>
constexpr detail::math_floating_t<T> cbrt(T x) noexcept {
    using F = detail::math_floating_t<T>;
    using E = detail::math_evaluation_t<F>;
    if (std::is_constant_evaluated()) return static_cast<F>(detail::constexpr_math::cbrt(static_cast<E>(x)));
    return std::cbrt(static_cast<F>(x));
}

/// base^exponent, real, with C's special cases: pow(x, 0) = 1, pow(-8, 1/3.) = NaN, pow(-2, 3) = -8,
/// pow(0, -1) = inf, ...
template <detail::math_arithmetic B, detail::math_arithmetic E>
constexpr detail::math_promoted_t<B, E> pow(B base, E exponent) noexcept {
    using F = detail::math_promoted_t<B, E>;
    using V = detail::math_evaluation_t<F>;
    if (std::is_constant_evaluated()) {
        return static_cast<F>(detail::constexpr_math::pow(static_cast<V>(base), static_cast<V>(exponent)));
    }
    return std::pow(static_cast<F>(base), static_cast<F>(exponent));
}

/// |x|: integers stay integers (abs of the most negative value is undefined, as std::abs's), floating
/// point as C's fabs (abs(-0.) = +0.)
template <detail::math_arithmetic T>
constexpr T abs(T x) noexcept {
    if constexpr (std::is_floating_point_v<T>) {
        if (std::is_constant_evaluated()) {
            return static_cast<T>(detail::constexpr_math::absolute_value(static_cast<detail::math_evaluation_t<T>>(x)));
        }
        return std::fabs(x);
    } else if constexpr (std::is_signed_v<T>) {
        return x < 0 ? static_cast<T>(-x) : x;
    } else {
        return x;
    }
}

// ----- std::complex<T> ------------------------------------------------------------------------------------

/// e^z
template <detail::math_floating T>
constexpr std::complex<T> exp(const std::complex<T>& z) {
    if (std::is_constant_evaluated()) {
        return detail::math_from_evaluation<T>(detail::constexpr_math::exp(detail::math_to_evaluation(z)));
    }
    return std::exp(z);
}

/// principal logarithm (imaginary part in [-pi, pi])
template <detail::math_floating T>
constexpr std::complex<T> log(const std::complex<T>& z) {
    if (std::is_constant_evaluated()) {
        return detail::math_from_evaluation<T>(detail::constexpr_math::log(detail::math_to_evaluation(z)));
    }
    return std::log(z);
}

/// principal square root (real part >= 0)
template <detail::math_floating T>
constexpr std::complex<T> sqrt(const std::complex<T>& z) {
    if (std::is_constant_evaluated()) {
        return detail::math_from_evaluation<T>(detail::constexpr_math::sqrt(detail::math_to_evaluation(z)));
    }
    return std::sqrt(z);
}

/// sine
template <detail::math_floating T>
constexpr std::complex<T> sin(const std::complex<T>& z) {
    if (std::is_constant_evaluated()) {
        return detail::math_from_evaluation<T>(detail::constexpr_math::sin(detail::math_to_evaluation(z)));
    }
    return std::sin(z);
}

/// cosine
template <detail::math_floating T>
constexpr std::complex<T> cos(const std::complex<T>& z) {
    if (std::is_constant_evaluated()) {
        return detail::math_from_evaluation<T>(detail::constexpr_math::cos(detail::math_to_evaluation(z)));
    }
    return std::cos(z);
}

/// |z|
template <detail::math_floating T>
constexpr T abs(const std::complex<T>& z) {
    if (std::is_constant_evaluated()) {
        return static_cast<T>(detail::constexpr_math::abs(detail::math_to_evaluation(z)));
    }
    return std::abs(z);
}

/// z^y, y real (an integer y is computed as double)
template <detail::math_floating T, detail::math_arithmetic E>
constexpr std::complex<detail::math_promoted_t<T, E>> pow(const std::complex<T>& base, E exponent) {
    using F = detail::math_promoted_t<T, E>;
    const std::complex<F> z(base);
    if (std::is_constant_evaluated()) {
        return detail::math_from_evaluation<F>(detail::constexpr_math::pow(
            detail::math_to_evaluation(z), static_cast<detail::math_evaluation_t<F>>(exponent)));
    }
    return std::pow(z, static_cast<F>(exponent));
}

/// z^w
template <detail::math_floating T, detail::math_floating U>
constexpr std::complex<detail::math_promoted_t<T, U>> pow(const std::complex<T>& base, const std::complex<U>& exponent) {
    using F = detail::math_promoted_t<T, U>;
    const std::complex<F> z(base), w(exponent);
    if (std::is_constant_evaluated()) {
        return detail::math_from_evaluation<F>(
            detail::constexpr_math::pow(detail::math_to_evaluation(z), detail::math_to_evaluation(w)));
    }
    return std::pow(z, w);
}

/// x^w, x real (an integer x is computed as double)
template <detail::math_arithmetic B, detail::math_floating U>
constexpr std::complex<detail::math_promoted_t<B, U>> pow(B base, const std::complex<U>& exponent) {
    using F = detail::math_promoted_t<B, U>;
    const std::complex<F> w(exponent);
    if (std::is_constant_evaluated()) {
        return detail::math_from_evaluation<F>(detail::constexpr_math::pow(
            static_cast<detail::math_evaluation_t<F>>(base), detail::math_to_evaluation(w)));
    }
    return std::pow(static_cast<F>(base), w);
}

}  // namespace ctgrad::math
