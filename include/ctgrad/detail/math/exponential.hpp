#pragma once
// exp, expm1 and tanh, constexpr (and sinh/cosh for the complex functions).
//
// Method (Tang-style, table-free): x = k ln2 + r with k = nearest(x / ln2) and |r| <= ln2/2 (+ tiny),
// computed in double-word arithmetic with ln2 as a double word (r is exact to ~2^-100 absolute for
// double, ~2^-113 for long double, over the whole range of k); expm1(r) from its Taylor series (degree 15
// for double, 17 for long double: truncation below 2^-66 / 2^-77 relative), the terms of degree >= 4 in
// working precision and the rest in double-word arithmetic; then 2^k (1 + expm1(r)) or
// 2^k ((1 - 2^-k) + expm1(r)) rounded once. The double word before the final rounding is within about
// 2^-(digits+8) relative of the true value, so each result is within 0.5 ulp + a hair (measured
// <= 0.51 ulp); subnormal results of exp are rounded once, directly to the subnormal grid.
// float is computed in double and rounded (one more half ulp of double: still <= 0.51 ulp of float).

#include <ctgrad/detail/math/constants.hpp>
#include <ctgrad/detail/math/double_word.hpp>
#include <ctgrad/detail/math/floating_point.hpp>
#include <ctgrad/detail/math/series_coefficients.hpp>

#include <concepts>

namespace ctgrad::detail::constexpr_math {

namespace exponential_detail {

template <floating_point_type T> inline constexpr double_word<T> one_sixth = reciprocal<T>(6);

/// Below this, expm1(x) rounds to -1: e^x < 2^-(digits+2).
template <floating_point_type T> inline constexpr T expm1_saturation = digits<T> > 53 ? T(-48) : T(-40);

}  // namespace exponential_detail

/// expm1(r) for |r| <= 0.35, as a double word with relative error below 2^-(digits+10).
template <floating_point_type T>
constexpr double_word<T> expm1_reduced(double_word<T> r) noexcept {
    constexpr int degree = digits<T> > 53 ? 17 : 15;
    const auto& coefficient = inverse_factorials<T>.value;
    T tail = coefficient[degree];  // sum of r^(n-4) / n! for n >= 4
    for (int n = degree - 1; n >= 4; --n) tail = tail * r.high + coefficient[n];
    double_word<T> sum = add(exponential_detail::one_sixth<T>, r.high * tail);
    sum = add(multiply(r, sum), T(0.5));
    sum = add(multiply(r, sum), T(1));
    return multiply(r, sum);
}

/// x - k ln2 as a double word (exact to about 2^-2digits relative to ln2, times k).
template <floating_point_type T>
constexpr double_word<T> subtract_ln2_multiple(double_word<T> x, int k) noexcept {
    if (k == 0) return x;
    const T multiple = static_cast<T>(k);
    const double_word<T> product = two_product(multiple, constants<T>::ln2.high);
    return add(add(x, negate(product)), -(multiple * constants<T>::ln2.low));
}

/// k ln2 as a double word.
template <floating_point_type T>
constexpr double_word<T> ln2_multiple(int k) noexcept {
    const T multiple = static_cast<T>(k);
    return add(two_product(multiple, constants<T>::ln2.high), multiple * constants<T>::ln2.low);
}

/// A double word times a power of two: value * 2^exponent.
template <floating_point_type T>
struct scaled_double_word {
    double_word<T> value;
    int exponent;
};

/// e^z = value 2^exponent with value in [0.7, 1.42] (a double word), for |z.high| < 2^20.
template <floating_point_type T>
constexpr scaled_double_word<T> exp_scaled(double_word<T> z) noexcept {
    const int k = nearest_int(z.high * constants<T>::inverse_ln2);
    return {add(expm1_reduced(subtract_ln2_multiple(z, k)), T(1)), k};
}

/// e^z for a double word z with z.high in [exp_underflow - 1, exp_overflow + 1], rounded once.
template <floating_point_type T>
constexpr T exp_of(double_word<T> z) noexcept {
    const auto [value, exponent] = exp_scaled(z);
    return scale_rounded(value, exponent);
}

/// expm1(z) = value * 2^exponent, value a double word, for z.high in [-48, exp_overflow].
template <floating_point_type T>
constexpr scaled_double_word<T> expm1_scaled(double_word<T> z) noexcept {
    const int k = nearest_int(z.high * constants<T>::inverse_ln2);
    const double_word<T> expm1_of_remainder = expm1_reduced(subtract_ln2_multiple(z, k));
    if (k == 0) return {expm1_of_remainder, 0};
    // 2^k (1 + e) - 1 = 2^k ((1 - 2^-k) + e), with 1 - 2^-k exact as a double word
    return {add(two_sum(T(1), -power_of_two<T>(-k)), expm1_of_remainder), k};
}

/// e^x, as C's exp: exp(-inf) = +0, exp(+inf) = +inf, NaN propagates; overflow gives +inf, underflow a
/// correctly rounded subnormal or +0. Error <= 0.5 ulp + 2^-8 ulp.
template <floating_point_type T>
constexpr T exp(T x) noexcept {
    if constexpr (std::same_as<T, float>) {
        return narrow_to_float(exp(static_cast<double>(x)));
    } else {
        if (is_nan(x)) return x;
        if (x > constants<T>::exp_overflow) return infinity<T>;
        if (x < constants<T>::exp_underflow) return T(0);
        if (absolute_value(x) < power_of_two<T>(-digits<T> - 1)) return T(1);
        return exp_of(double_word<T>{x, T(0)});
    }
}

/// e^x - 1, as C's expm1: expm1(±0) = ±0, expm1(-inf) = -1. Error <= 0.5 ulp + 2^-8 ulp.
template <floating_point_type T>
constexpr T expm1(T x) noexcept {
    if constexpr (std::same_as<T, float>) {
        return narrow_to_float(expm1(static_cast<double>(x)));
    } else {
        if (is_nan(x) || x == 0) return x;
        if (x > constants<T>::exp_overflow) return infinity<T>;
        if (x < exponential_detail::expm1_saturation<T>) return T(-1);
        if (absolute_value(x) < power_of_two<T>(-digits<T> - 1)) return x;
        const auto [value, exponent] = expm1_scaled(double_word<T>{x, T(0)});
        return load_exponent(rounded(value), exponent);
    }
}

/// tanh x = expm1(2|x|) / (expm1(2|x|) + 2) with the sign of x, the quotient in double-word arithmetic;
/// tanh(±0) = ±0, tanh(±inf) = ±1. Error <= 0.5 ulp + 2^-8 ulp.
template <floating_point_type T>
constexpr T tanh(T x) noexcept {
    if constexpr (std::same_as<T, float>) {
        return static_cast<float>(tanh(static_cast<double>(x)));
    } else {
        if (is_nan(x) || x == 0) return x;
        const T magnitude = absolute_value(x);
        if (magnitude < power_of_two<T>(-(digits<T> / 2) - 2)) return x;  // tanh x = x - x^3/3 rounds to x
        if (magnitude > T(24)) return copy_sign(T(1), x);                // 1 - tanh x < 2^-68
        const auto [value, exponent] = expm1_scaled(double_word<T>{2 * magnitude, T(0)});
        const double_word<T> expm1_of_double = scale(value, exponent);
        return copy_sign(rounded(divide(expm1_of_double, add(expm1_of_double, T(2)))), x);
    }
}

/// sinh x = sinh * 2^exponent and cosh x = cosh * 2^exponent (double words), for finite x (used by the
/// complex sin and cos): from expm1(|x|) in double-word arithmetic up to |x| = 24 (exponent 0), from
/// e^(|x| - ln2) above (sinh = ±cosh there: e^-|x| is below 2^-69 of e^|x|).
template <floating_point_type T>
struct scaled_hyperbolic_pair {
    double_word<T> sinh;
    double_word<T> cosh;
    int exponent;
};

template <floating_point_type T>
constexpr scaled_hyperbolic_pair<T> sinh_cosh_scaled(T x) noexcept {
    const T magnitude = absolute_value(x);
    if (magnitude > T(24)) {
        const auto [value, exponent] = exp_scaled(add(negate(constants<T>::ln2), magnitude));
        return {x < 0 ? negate(value) : value, value, exponent};
    }
    if (magnitude < power_of_two<T>(-(digits<T> / 2) - 2)) return {{x, T(0)}, {T(1), T(0)}, 0};
    const auto [value, exponent] = expm1_scaled(double_word<T>{magnitude, T(0)});
    const double_word<T> expm1_value = scale(value, exponent);
    const double_word<T> exp_value = add(expm1_value, T(1));
    // sinh = (t + t / (t + 1)) / 2 with t = expm1(|x|); cosh = (e + 1/e) / 2
    double_word<T> sinh = scale(add(expm1_value, divide(expm1_value, exp_value)), -1);
    const double_word<T> cosh = scale(add(exp_value, divide(double_word<T>{T(1), T(0)}, exp_value)), -1);
    if (x < 0) sinh = negate(sinh);
    return {sinh, cosh, 0};
}

}  // namespace ctgrad::detail::constexpr_math
