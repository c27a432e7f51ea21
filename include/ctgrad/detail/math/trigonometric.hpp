#pragma once
// sin, cos, tan (and atan, atan2 for the complex functions), constexpr.
//
// Argument reduction: x = n pi/2 + r with |r| <= pi/4, for EVERY finite x (the error bound holds over the
// whole domain, up to DBL_MAX / LDBL_MAX): Payne and Hanek's method with exact integer arithmetic. With
// x = M 2^e (M the 64-bit integer significand), x * 2/pi mod 4 is M times a 256-bit window of the bits of
// 2/pi (two_over_pi.hpp) taken from bit e - 1 on, mod 2^256; the bits dropped above are multiples of 4 and
// those dropped below weigh less than 2^-190. So the fractional part f of x 2/pi (distance to the nearest
// integer, in [0, 1/2]) has an absolute error below 2^-190, and r = f pi/2 keeps the error bound below as
// long as f > 2^-100. For double the smallest f over all doubles is known (Kahan and McDonald's worst case,
// 6381956970095103 2^797, in the tests): about 2^-60. For long double we know no proven minimum; its
// 2^79 finite values make a minimum near 2^-80 the expectation, twenty binary orders of magnitude above the
// limit. f's top 128 bits times pi/2 in double-word arithmetic give r as a double word.
// |x| <= pi/4 is not reduced.
// Kernels: sin r = r (1 - r^2/3! + r^4/5! - ...) and cos r = 1 - r^2/2! + r^4/4! - ... (Taylor to r^19 /
// r^18 for double, r^21 / r^20 for long double: truncation below 2^-67 / 2^-77 relative), the first three
// or four terms in double-word arithmetic; tan = sin / cos (or -cos / sin), the quotient in double-word
// arithmetic. Each result is a double word within about 2^-(digits+8) relative, rounded once: error <= 0.5
// ulp + a hair, for every finite x. float is computed in double and rounded.
// atan: |x| > 1 through pi/2 - atan(1/x); then atan(t) = atan(i/8) + atan((t - i/8) / (1 + t i/8)) with
// i = nearest(8t), the last from its Taylor series (|argument| <= 1/16), in double-word arithmetic. atan2
// builds on it with C's special cases. Error <= 0.5 ulp + a hair.

#include <ctgrad/detail/math/constants.hpp>
#include <ctgrad/detail/math/double_word.hpp>
#include <ctgrad/detail/math/exponential.hpp>
#include <ctgrad/detail/math/floating_point.hpp>
#include <ctgrad/detail/math/series_coefficients.hpp>
#include <ctgrad/detail/math/two_over_pi.hpp>

#include <bit>
#include <concepts>
#include <cstdint>

namespace ctgrad::detail::constexpr_math {

namespace trigonometric_detail {

__extension__ typedef unsigned __int128 uint128;

/// x = quadrant pi/2 + remainder (mod 2 pi), |remainder| <= pi/4 (+ an ulp).
template <floating_point_type T>
struct reduced_argument {
    int quadrant;
    double_word<T> remainder;
};

template <floating_point_type T>
constexpr reduced_argument<T> reduce_half_pi(T x) noexcept {
    const T magnitude = absolute_value(x);
    if (magnitude <= constants<T>::half_pi.high / 2) return {0, {x, T(0)}};

    const auto [integer, exponent] = decompose_to_integer(magnitude);  // magnitude = integer 2^exponent
    // window = floor(2/pi 2^last_bit) mod 2^256: the bits of 2/pi from exponent - 1 to last_bit
    const int last_bit = exponent + 254;
    const int word_end = (last_bit + 63) / 64;  // last_bit > 0
    const int shift = 64 * word_end - last_bit;  // 0..63
    std::uint64_t words[5]{};
    for (int j = 0; j < 5; ++j) {
        const int index = word_end - 5 + j;
        words[j] = index >= 0 ? two_over_pi_bits[index] : 0;
    }
    std::uint64_t window[4]{};  // most significant first
    for (int j = 0; j < 4; ++j) {
        window[j] = shift == 0 ? words[j + 1] : (words[j] << (64 - shift)) | (words[j + 1] >> shift);
    }
    // product = integer * window mod 2^256: x 2/pi mod 4 = product / 2^254
    std::uint64_t product[4]{};
    uint128 carry = 0;
    for (int j = 3; j >= 0; --j) {
        const uint128 partial = static_cast<uint128>(integer) * window[j] + carry;
        product[j] = static_cast<std::uint64_t>(partial);
        carry = partial >> 64;
    }
    int quadrant = static_cast<int>(product[0] >> 62);
    constexpr std::uint64_t fraction_mask = (std::uint64_t{1} << 62) - 1;
    product[0] &= fraction_mask;  // the fraction, 254 bits
    const bool negative = (product[0] >> 61) != 0;  // fraction >= 1/2: the nearest multiple is the next one
    if (negative) {
        quadrant += 1;
        // 2^254 - fraction: two's complement within 254 bits
        bool carry_in = true;
        for (int j = 3; j >= 0; --j) {
            product[j] = ~product[j] + (carry_in ? 1 : 0);
            carry_in = carry_in && product[j] == 0;
        }
        product[0] &= fraction_mask;
    }
    // normalise: the top 128 bits of the 254-bit fraction, from its leading one
    int leading_word = 0;
    while (leading_word < 4 && product[leading_word] == 0) ++leading_word;
    if (leading_word == 4) return {quadrant & 3, {T(0), T(0)}};  // cannot happen for a nonzero x
    const int leading_zeros = std::countl_zero(product[leading_word]);
    const auto word_at = [&](int j) { return j < 4 ? product[j] : std::uint64_t{0}; };
    const std::uint64_t first = word_at(leading_word), second = word_at(leading_word + 1),
                        third = word_at(leading_word + 2);
    const std::uint64_t top = leading_zeros == 0 ? first : (first << leading_zeros) | (second >> (64 - leading_zeros));
    const std::uint64_t next =
        leading_zeros == 0 ? second : (second << leading_zeros) | (third >> (64 - leading_zeros));
    // The leading one is bit leading_bit of the 256-bit number, worth 2^(leading_bit - 254).
    const int leading_bit = 255 - (64 * leading_word + leading_zeros);
    // high_bits: the top digits bits (exact in T); low_bits: the 64 bits after them
    constexpr int precision = digits<T>;
    const std::uint64_t high_bits = precision < 64 ? top >> (64 - precision) : top;
    const std::uint64_t low_bits =
        precision < 64 ? (top << (precision % 64)) | (next >> ((64 - precision) % 64)) : next;
    const int scale_exponent = leading_bit - 254 - (precision - 1);
    const double_word<T> fraction = fast_two_sum(load_exponent(static_cast<T>(high_bits), scale_exponent),
                                                 load_exponent(static_cast<T>(low_bits), scale_exponent - 64));
    double_word<T> remainder = multiply(fraction, constants<T>::half_pi);
    if (negative) remainder = negate(remainder);
    if (x < 0) {
        remainder = negate(remainder);
        quadrant = -quadrant;
    }
    return {quadrant & 3, remainder};
}

// 1/n! with alternating signs as double words, for the double-word part of the kernels.
template <floating_point_type T> inline constexpr double_word<T> minus_one_sixth = negate(reciprocal<T>(6));
template <floating_point_type T> inline constexpr double_word<T> one_120th = reciprocal<T>(120);
template <floating_point_type T> inline constexpr double_word<T> one_24th = reciprocal<T>(24);
template <floating_point_type T> inline constexpr double_word<T> minus_one_720th = negate(reciprocal<T>(720));

}  // namespace trigonometric_detail

/// sin r for |r| <= pi/4 (a double word), as a double word (relative error below 2^-(digits+9)).
template <floating_point_type T>
constexpr double_word<T> sin_reduced(double_word<T> r) noexcept {
    constexpr int terms = digits<T> > 53 ? 10 : 9;  // highest power of r^2
    const auto& inverse_factorial = inverse_factorials<T>.value;
    const double_word<T> square = multiply(r, r);
    T tail = (terms % 2 == 0 ? 1 : -1) * inverse_factorial[2 * terms + 1];
    for (int n = terms - 1; n >= 3; --n) {
        tail = tail * square.high + (n % 2 == 0 ? 1 : -1) * inverse_factorial[2 * n + 1];
    }
    double_word<T> sum = add(multiply(square, tail), trigonometric_detail::one_120th<T>);
    sum = add(multiply(square, sum), trigonometric_detail::minus_one_sixth<T>);
    sum = add(multiply(square, sum), T(1));
    return multiply(r, sum);
}

/// cos r for |r| <= pi/4 (a double word), as a double word (relative error below 2^-(digits+9)).
template <floating_point_type T>
constexpr double_word<T> cos_reduced(double_word<T> r) noexcept {
    constexpr int terms = digits<T> > 53 ? 10 : 9;
    const auto& inverse_factorial = inverse_factorials<T>.value;
    const double_word<T> square = multiply(r, r);
    T tail = (terms % 2 == 0 ? 1 : -1) * inverse_factorial[2 * terms];
    for (int n = terms - 1; n >= 4; --n) {
        tail = tail * square.high + (n % 2 == 0 ? 1 : -1) * inverse_factorial[2 * n];
    }
    double_word<T> sum = add(multiply(square, tail), trigonometric_detail::minus_one_720th<T>);
    sum = add(multiply(square, sum), trigonometric_detail::one_24th<T>);
    sum = add(multiply(square, sum), T(-0.5));
    return add(multiply(square, sum), T(1));
}

/// sin and cos of a finite double word angle, as double words (for the complex functions).
template <floating_point_type T>
struct sine_cosine {
    double_word<T> sine;
    double_word<T> cosine;
};

template <floating_point_type T>
constexpr sine_cosine<T> sin_cos_double_word(double_word<T> angle) noexcept {
    auto [quadrant, r] = trigonometric_detail::reduce_half_pi(angle.high);
    if (absolute_value(angle.low) < T(0.0625)) {
        r = add(r, angle.low);
    } else {  // a huge angle: its low part needs a reduction of its own
        const auto [low_quadrant, low_remainder] = trigonometric_detail::reduce_half_pi(angle.low);
        quadrant += low_quadrant;
        r = add(r, low_remainder);
        if (r.high > constants<T>::half_pi.high / 2) {
            r = add(r, negate(constants<T>::half_pi));
            quadrant += 1;
        } else if (r.high < -constants<T>::half_pi.high / 2) {
            r = add(r, constants<T>::half_pi);
            quadrant += 3;
        }
    }
    const double_word<T> sine = sin_reduced(r), cosine = cos_reduced(r);
    switch (quadrant & 3) {
        case 0: return {sine, cosine};
        case 1: return {cosine, negate(sine)};
        case 2: return {negate(sine), negate(cosine)};
        default: return {negate(cosine), sine};
    }
}

/// Sine, as C's sin: sin(±0) = ±0, sin(±inf) = NaN. Error <= 0.5 ulp + 2^-8 ulp, every finite x.
template <floating_point_type T>
constexpr T sin(T x) noexcept {
    if constexpr (std::same_as<T, float>) {
        return static_cast<float>(sin(static_cast<double>(x)));
    } else {
        if (is_nan(x)) return x;
        if (is_infinite(x)) return quiet_nan<T>;
        if (absolute_value(x) < power_of_two<T>(-(digits<T> / 2) - 2)) return x;  // x - x^3/6 rounds to x
        const auto [quadrant, r] = trigonometric_detail::reduce_half_pi(x);
        const T value = rounded(quadrant % 2 == 0 ? sin_reduced(r) : cos_reduced(r));
        return quadrant >= 2 ? -value : value;
    }
}

/// Cosine, as C's cos: cos(±inf) = NaN. Error <= 0.5 ulp + 2^-8 ulp, every finite x.
template <floating_point_type T>
constexpr T cos(T x) noexcept {
    if constexpr (std::same_as<T, float>) {
        return static_cast<float>(cos(static_cast<double>(x)));
    } else {
        if (is_nan(x)) return x;
        if (is_infinite(x)) return quiet_nan<T>;
        if (absolute_value(x) < power_of_two<T>(-(digits<T> / 2) - 2)) return T(1);  // 1 - x^2/2 rounds to 1
        const auto [quadrant, r] = trigonometric_detail::reduce_half_pi(x);
        const T value = rounded(quadrant % 2 == 0 ? cos_reduced(r) : sin_reduced(r));
        return quadrant == 1 || quadrant == 2 ? -value : value;
    }
}

/// Tangent, as C's tan: tan(±0) = ±0, tan(±inf) = NaN. Error <= 0.5 ulp + 2^-7 ulp, every finite x.
template <floating_point_type T>
constexpr T tan(T x) noexcept {
    if constexpr (std::same_as<T, float>) {
        return static_cast<float>(tan(static_cast<double>(x)));
    } else {
        if (is_nan(x)) return x;
        if (is_infinite(x)) return quiet_nan<T>;
        if (absolute_value(x) < power_of_two<T>(-(digits<T> / 2) - 2)) return x;  // x + x^3/3 rounds to x
        const auto [quadrant, r] = trigonometric_detail::reduce_half_pi(x);
        const double_word<T> sine = sin_reduced(r), cosine = cos_reduced(r);
        if (quadrant % 2 == 0) return rounded(divide(sine, cosine));
        return -rounded(divide(cosine, sine));
    }
}

/// atan t for 0 <= t <= 1 (a double word), as a double word (relative error below 2^-(digits+8)).
template <floating_point_type T>
constexpr double_word<T> atan_reduced(double_word<T> t) noexcept {
    const int eighths = nearest_int(t.high * 8);
    double_word<T> u = t;
    if (eighths != 0) {
        const T point = static_cast<T>(eighths) / 8;
        u = divide(add(t, -point), add(multiply(t, point), T(1)));  // |u| <= 1/16
    }
    // atan u = u (1 - u^2/3 + u^4/5 - ...): truncation below 2^-72 (double) / 2^-88 (long double)
    constexpr int terms = digits<T> > 53 ? 10 : 8;
    const auto& coefficient = odd_reciprocals<T>.value;
    const double_word<T> square = multiply(u, u);
    T tail = (terms % 2 == 0 ? 1 : -1) * coefficient[terms].high;
    for (int n = terms - 1; n >= 3; --n) tail = tail * square.high + (n % 2 == 0 ? 1 : -1) * coefficient[n].high;
    double_word<T> sum = add(multiply(square, tail), coefficient[2]);
    sum = add(multiply(square, sum), negate(coefficient[1]));
    sum = add(multiply(square, sum), T(1));
    return add(constants<T>::atan_eighths[eighths], multiply(u, sum));
}

/// Arc tangent, as C's atan: atan(±0) = ±0, atan(±inf) = ±pi/2. Error <= 0.5 ulp + 2^-7 ulp.
template <floating_point_type T>
constexpr T atan(T x) noexcept {
    if constexpr (std::same_as<T, float>) {
        return static_cast<float>(atan(static_cast<double>(x)));
    } else {
        if (is_nan(x)) return x;
        const T magnitude = absolute_value(x);
        if (magnitude < power_of_two<T>(-(digits<T> / 2) - 2)) return x;  // x - x^3/3 rounds to x
        // pi/2 - 1/x rounds to pi/2 (whose double word has a positive low part)
        if (magnitude > power_of_two<T>(digits<T> + 2)) return copy_sign(constants<T>::half_pi.high, x);
        const double_word<T> argument{magnitude, T(0)};
        const double_word<T> angle =
            magnitude <= 1 ? atan_reduced(argument)
                           : add(constants<T>::half_pi, negate(atan_reduced(divide(double_word<T>{T(1), T(0)}, argument))));
        return copy_sign(rounded(angle), x);
    }
}

/// The angle of (x, y) for y >= 0 (y_magnitude), in [0, pi], as a double word, for finite x and
/// y_magnitude not both zero.
template <floating_point_type T>
constexpr double_word<T> atan2_magnitude(T y_magnitude, T x) noexcept {
    if (y_magnitude == 0) return sign_bit(x) ? constants<T>::pi : double_word<T>{T(0), T(0)};
    if (x == 0) return constants<T>::half_pi;
    // scale so that the larger magnitude is in [1, 2): the double-word division stays in range
    const T x_magnitude = absolute_value(x);
    const int exponent = exponent_of(x_magnitude > y_magnitude ? x_magnitude : y_magnitude);
    const T x_scaled = load_exponent(x_magnitude, -exponent), y_scaled = load_exponent(y_magnitude, -exponent);
    if (y_scaled <= x_scaled) {
        // a quotient near the subnormal range: atan t = t, and y / x rounds once (the scaled y may have lost bits)
        const double_word<T> angle =
            y_scaled < power_of_two<T>(min_normal_exponent<T> + digits<T>)
                ? double_word<T>{y_magnitude / x_magnitude, T(0)}
                : atan_reduced(divide(double_word<T>{y_scaled, T(0)}, double_word<T>{x_scaled, T(0)}));
        return x < 0 ? add(constants<T>::pi, negate(angle)) : angle;
    }
    const double_word<T> angle = atan_reduced(divide(double_word<T>{x_scaled, T(0)}, double_word<T>{y_scaled, T(0)}));
    return x < 0 ? add(constants<T>::half_pi, angle) : add(constants<T>::half_pi, negate(angle));
}

/// The angle of (x, y), as C's atan2(y, x), with its special cases: atan2(±0, +0) = ±0,
/// atan2(±0, -0) = ±pi, atan2(±y, +inf) = ±0, atan2(±y, -inf) = ±pi, atan2(±inf, ±inf) = ±pi/4, ±3pi/4,
/// atan2(±inf, x) = ±pi/2, ... Error <= 0.5 ulp + 2^-7 ulp.
template <floating_point_type T>
constexpr T atan2(T y, T x) noexcept {
    if constexpr (std::same_as<T, float>) {
        return static_cast<float>(atan2(static_cast<double>(y), static_cast<double>(x)));
    } else {
        if (is_nan(x)) return x;
        if (is_nan(y)) return y;
        const T pi = constants<T>::pi.high, half_pi = constants<T>::half_pi.high;
        if (is_infinite(x)) {
            if (is_infinite(y)) return copy_sign(x > 0 ? half_pi / 2 : rounded(multiply(constants<T>::pi, T(0.75))), y);
            return x > 0 ? copy_sign(T(0), y) : copy_sign(pi, y);
        }
        if (is_infinite(y)) return copy_sign(half_pi, y);
        return copy_sign(rounded(atan2_magnitude(absolute_value(y), x)), y);
    }
}

}  // namespace ctgrad::detail::constexpr_math
