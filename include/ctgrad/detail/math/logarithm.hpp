#pragma once
// log, log1p and pow, constexpr.
//
// log: x = 2^e m with m in [sqrt(1/2), sqrt(2)] (exact), f = m - 1 (exact), then
// log x = e ln2 + log(1 + f) with log(1 + f) = 2 atanh(s), s = f / (2 + f), |s| <= 0.1716, from the series
// 2s (1 + s^2/3 + s^4/5 + ...) to s^28 (double) / s^34 (long double): truncation below 2^-(digits+28)
// relative; s, the first five terms and the sum with e ln2 in double-word arithmetic. The double word is
// within about 2^-(digits+25) relative of log x, so the rounded result is within 0.5 ulp + a hair.
// log1p: for 1 + x in [sqrt(1/2), sqrt(2)], f = x exactly (no rounding of 1 + x); otherwise 1 + x is formed
// exactly as a double word first. pow(x, y) = exp(y log x) with log x and y log x in double-word
// arithmetic (relative error of y log x below 2^-(digits+24), i.e. below 2^-(digits+10) absolute over the
// whole range where pow neither overflows nor underflows), so pow is within 0.5 ulp + a hair as well.
// Results that are exactly representable (pow(2, 10), pow(4, 0.5), ...) are therefore exact.
// float is computed in double and rounded.

#include <ctgrad/detail/math/constants.hpp>
#include <ctgrad/detail/math/double_word.hpp>
#include <ctgrad/detail/math/exponential.hpp>
#include <ctgrad/detail/math/floating_point.hpp>
#include <ctgrad/detail/math/series_coefficients.hpp>

#include <concepts>

namespace ctgrad::detail::constexpr_math {

namespace logarithm_detail {

/// m > this moves m to m/2: keeps m in [sqrt(1/2), sqrt(2)].
template <floating_point_type T> inline constexpr T sqrt_two = T(1.4142135623730951);

}  // namespace logarithm_detail

/// log(1 + f) for f (a double word) in [sqrt(1/2) - 1, sqrt(2) - 1], as a double word with relative error
/// below 2^-(digits+25).
template <floating_point_type T>
constexpr double_word<T> log1p_reduced(double_word<T> f) noexcept {
    constexpr int terms = digits<T> > 53 ? 17 : 14;  // highest power of s^2
    const auto& coefficient = odd_reciprocals<T>.value;
    const double_word<T> s = divide(f, add(f, T(2)));
    const double_word<T> square = multiply(s, s);
    T tail = coefficient[terms].high;
    for (int n = terms - 1; n >= 5; --n) tail = tail * square.high + coefficient[n].high;
    double_word<T> sum{tail, T(0)};
    for (int n = 4; n >= 0; --n) sum = add(multiply(square, sum), coefficient[n]);
    return multiply(sum, double_word<T>{2 * s.high, 2 * s.low});
}

/// log x as a double word, for finite positive x (relative error below 2^-(digits+25)).
template <floating_point_type T>
constexpr double_word<T> log_double_word(T x) noexcept {
    auto [significand, exponent] = decompose(x);
    if (significand > logarithm_detail::sqrt_two<T>) {
        significand = significand / 2;
        exponent += 1;
    }
    const double_word<T> log_significand = log1p_reduced(double_word<T>{significand - 1, T(0)});
    if (exponent == 0) return log_significand;
    return add(ln2_multiple<T>(exponent), log_significand);
}

/// log of a positive double word v (v.high normal): the low part enters log1p_reduced exactly.
template <floating_point_type T>
constexpr double_word<T> log_of_double_word(double_word<T> v) noexcept {
    auto [significand, exponent] = decompose(v.high);
    if (significand > logarithm_detail::sqrt_two<T>) {
        significand = significand / 2;
        exponent += 1;
    }
    const double_word<T> f = two_sum(significand - 1, load_exponent(v.low, -exponent));
    const double_word<T> log_significand = log1p_reduced(f);
    if (exponent == 0) return log_significand;
    return add(ln2_multiple<T>(exponent), log_significand);
}

/// Natural logarithm, as C's log: log(±0) = -inf, log(x < 0) = NaN, log(+inf) = +inf, log(1) = +0.
/// Error <= 0.5 ulp + 2^-20 ulp.
template <floating_point_type T>
constexpr T log(T x) noexcept {
    if constexpr (std::same_as<T, float>) {
        return static_cast<float>(log(static_cast<double>(x)));
    } else {
        if (is_nan(x)) return x;
        if (x < 0) return quiet_nan<T>;
        if (x == 0) return -infinity<T>;
        if (x == infinity<T>) return x;
        return rounded(log_double_word(x));
    }
}

/// log(1 + x), as C's log1p: log1p(±0) = ±0, log1p(-1) = -inf, log1p(x < -1) = NaN. Error <= 0.5 ulp + 2^-20 ulp.
template <floating_point_type T>
constexpr T log1p(T x) noexcept {
    if constexpr (std::same_as<T, float>) {
        return static_cast<float>(log1p(static_cast<double>(x)));
    } else {
        if (is_nan(x) || x == 0) return x;
        if (x == -1) return -infinity<T>;
        if (x < -1) return quiet_nan<T>;
        if (x == infinity<T>) return x;
        if (absolute_value(x) < power_of_two<T>(-digits<T> - 1)) return x;  // x - x^2/2 rounds to x
        if (x > T(-0.29289321881345248) && x < T(0.41421356237309503)) {
            return rounded(log1p_reduced(double_word<T>{x, T(0)}));  // 1 + x in [sqrt(1/2), sqrt(2)]: f = x
        }
        return rounded(log_of_double_word(two_sum(T(1), x)));
    }
}

/// x^y, as C's pow, with all of C99's special cases (Annex F.9.4.4): pow(x, ±0) = 1 for any x (NaN too),
/// pow(1, y) = 1 for any y (NaN too), pow(-1, ±inf) = 1, pow(±0, y) = ±inf / +inf / ±0 / +0 by the sign
/// and parity of y, pow(x < 0, non-integer y) = NaN, pow(x < 0, integer y) = ±|x|^y by the parity of y,
/// the limits at ±inf of x and y; overflow gives ±inf, underflow a correctly rounded subnormal or ±0.
/// Error <= 0.5 ulp + 2^-8 ulp.
template <floating_point_type T>
constexpr T pow(T x, T y) noexcept {
    if constexpr (std::same_as<T, float>) {
        return narrow_to_float(pow(static_cast<double>(x), static_cast<double>(y)));
    } else {
        if (y == 0 || x == 1) return T(1);
        if (is_nan(x)) return x;
        if (is_nan(y)) return y;
        if (is_infinite(y)) {
            const T magnitude = absolute_value(x);
            if (magnitude == 1) return T(1);
            return (magnitude < 1) == (y < 0) ? infinity<T> : T(0);
        }
        const bool odd_exponent = is_odd_integer(y);
        if (x == 0) {
            if (y < 0) return odd_exponent ? copy_sign(infinity<T>, x) : infinity<T>;
            return odd_exponent ? x : T(0);
        }
        if (is_infinite(x)) {
            if (x > 0) return y < 0 ? T(0) : infinity<T>;
            if (y < 0) return odd_exponent ? -T(0) : T(0);
            return odd_exponent ? -infinity<T> : infinity<T>;
        }
        bool negative_result = false;
        if (x < 0) {
            if (!is_integer(y)) return quiet_nan<T>;
            negative_result = odd_exponent;
            x = -x;
        }
        T result;
        if (absolute_value(y) >= power_of_two<T>(digits<T> + 16)) {
            // |y log x| > 2^15 for any x != 1: certain overflow or underflow (and y is even)
            result = (x > 1) == (y > 0) ? infinity<T> : T(0);
        } else {
            const double_word<T> exponent = multiply(log_double_word(x), y);
            if (exponent.high > constants<T>::exp_overflow + 1) result = infinity<T>;
            else if (exponent.high < constants<T>::exp_underflow - 1) result = T(0);
            else result = exp_of(exponent);
        }
        return negative_result ? -result : result;
    }
}

}  // namespace ctgrad::detail::constexpr_math
