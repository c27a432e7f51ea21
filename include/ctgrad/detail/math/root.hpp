#pragma once
// sqrt, cbrt and hypot, constexpr.
//
// sqrt: correctly rounded (error <= 0.5 ulp), by integer arithmetic: x = M 2^e with M the integer
// significand, R = M 2^s (s = digits or digits - 1, to make e - s even) has 2 digits bits, its integer
// square root q = floor(sqrt(R)) (Newton's method on 128-bit integers from above) has digits bits, and q + 1
// is the nearest when R - q^2 > q (no tie is possible: (q + 1/2)^2 is not an integer).
// cbrt: x = 8^k m with m in [1, 8); a quadratic first guess of cbrt(m) (3.7% off), five Newton steps, and
// a last Newton correction whose residual m - y^3 is computed exactly in double-word arithmetic: the result
// before the final rounding is within about 2^-(2 digits - 4) relative, so error <= 0.5 ulp + a hair.
// hypot: scaled by a power of two so the larger is in [1, 2), x^2 + y^2 exact as a double word, its
// square root (correctly rounded) corrected by one Newton step, rounded once (to the subnormal grid too):
// error <= 0.5 ulp + a hair.
// float sqrt is computed in float by the same method; float cbrt and hypot in double, rounded once.

#include <ctgrad/detail/math/double_word.hpp>
#include <ctgrad/detail/math/floating_point.hpp>

#include <concepts>
#include <cstdint>

namespace ctgrad::detail::constexpr_math {

namespace root_detail {

__extension__ typedef unsigned __int128 uint128;

/// floor(sqrt(radicand)) for radicand < 2^(2 bits), by Newton's method from 2^bits (above the root).
constexpr uint128 integer_square_root(uint128 radicand, int bits) noexcept {
    uint128 root = uint128{1} << bits;
    while (true) {
        const uint128 next = (root + radicand / root) >> 1;
        if (next >= root) return root;
        root = next;
    }
}

}  // namespace root_detail

/// Square root, correctly rounded, as C's sqrt: sqrt(±0) = ±0, sqrt(+inf) = +inf, sqrt(x < 0) = NaN.
template <floating_point_type T>
constexpr T sqrt(T x) noexcept {
    using root_detail::uint128;
    if (is_nan(x) || x == 0 || x == infinity<T>) return x;
    if (x < 0) return quiet_nan<T>;
    const auto [integer, exponent] = decompose_to_integer(x);
    const int shift = ((exponent - digits<T>) & 1) == 0 ? digits<T> : digits<T> - 1;  // exponent - shift even
    const uint128 radicand = static_cast<uint128>(integer) << shift;
    uint128 root = root_detail::integer_square_root(radicand, digits<T>);
    if (radicand - root * root > root) root += 1;
    const T significand =
        root == (uint128{1} << 64) ? power_of_two<T>(64) : static_cast<T>(static_cast<std::uint64_t>(root));
    return load_exponent(significand, (exponent - shift) / 2);
}

/// The square root of a positive double word v (v.high normal), as a double word: the correctly rounded
/// root of v.high and one Newton correction (relative error about 2^-2digits).
template <floating_point_type T>
constexpr double_word<T> sqrt_double_word(double_word<T> v) noexcept {
    const T root = sqrt(v.high);
    const double_word<T> square = two_product(root, root);
    const T residual = ((v.high - square.high) - square.low) + v.low;  // v.high - square.high is exact
    return fast_two_sum(root, residual / (2 * root));
}

/// Cube root, as C's cbrt: odd, cbrt(±0) = ±0, cbrt(±inf) = ±inf. Error <= 0.5 ulp + 2^-20 ulp.
template <floating_point_type T>
constexpr T cbrt(T x) noexcept {
    if constexpr (std::same_as<T, float>) {
        return static_cast<float>(cbrt(static_cast<double>(x)));
    } else {
        if (is_nan(x) || x == 0 || is_infinite(x)) return x;
        const auto [significand, exponent] = decompose(absolute_value(x));
        int third = exponent / 3;
        int remainder = exponent - 3 * third;
        if (remainder < 0) {
            remainder += 3;
            third -= 1;
        }
        const T reduced = significand * static_cast<T>(1 << remainder);  // in [1, 8)
        T root = T(0.80152310205358) + reduced * (T(0.247856138553265) - T(0.0127323162383285) * reduced);
        for (int step = 0; step < 5; ++step) root = root - (root * root * root - reduced) / (3 * root * root);
        const double_word<T> cube = multiply(two_product(root, root), root);
        const T residual = (reduced - cube.high) - cube.low;  // reduced - cube.high is exact (Sterbenz)
        root = root + residual / (3 * root * root);
        return copy_sign(load_exponent(root, third), x);
    }
}

/// sqrt(x^2 + y^2) without undue overflow or underflow, as C's hypot: hypot(±inf, y) = +inf even for a
/// NaN y. Error <= 0.5 ulp + a hair.
template <floating_point_type T>
constexpr T hypot(T x, T y) noexcept {
    if constexpr (std::same_as<T, float>) {
        return narrow_to_float(hypot(static_cast<double>(x), static_cast<double>(y)));
    } else {
        if (is_infinite(x) || is_infinite(y)) return infinity<T>;
        if (is_nan(x)) return x;
        if (is_nan(y)) return y;
        T larger = absolute_value(x), smaller = absolute_value(y);
        if (larger < smaller) {
            const T swap = larger;
            larger = smaller;
            smaller = swap;
        }
        if (smaller == 0) return larger;
        const int exponent = exponent_of(larger);
        larger = load_exponent(larger, -exponent);  // [1, 2)
        smaller = load_exponent(smaller, -exponent);
        const double_word<T> sum = add(two_product(larger, larger), two_product(smaller, smaller));
        return scale_rounded(sqrt_double_word(sum), exponent);
    }
}

}  // namespace ctgrad::detail::constexpr_math
