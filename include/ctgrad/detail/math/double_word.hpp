#pragma once
// Double-word arithmetic: a number held as the unevaluated sum high + low of two floating-point numbers,
// with about twice the precision of one (106 bits for double, 128 for 80-bit long double). The elementary
// functions compute their result as a double word accurate to far below an ulp, then round it once.
//
// Algorithms (no FMA, so that they are constexpr): Knuth's TwoSum, Dekker's FastTwoSum and TwoProduct
// (Veltkamp splitting), and the double-word operations of Joldes, Muller and Popescu, "Tight and rigorous
// error bounds for basic building blocks of double-word arithmetic", ACM TOMS 44 (2017), with relative
// error bounds (u = 2^-digits): add 3u^2 (2u^2 with a single number), multiply 7u^2 (2u^2 with a single
// number), divide 15u^2. They assume no overflow or underflow in the intermediate results, which the
// callers guarantee (their arguments are reduced to moderate ranges first).
// They assume round-to-nearest arithmetic without contraction of a*b+c into an FMA: that is what constant
// evaluation does, and what x86-64 code does by default (its baseline instruction set has no FMA). The
// run-time use of these functions (ctgrad::math calls std:: at run time) is the tests'.

#include <ctgrad/detail/math/floating_point.hpp>

#include <cstdint>

namespace ctgrad::detail::constexpr_math {

/// high + low, |low| <= ulp(high) / 2 after normalisation.
template <floating_point_type T>
struct double_word {
    T high;
    T low;
};

/// The exact sum a + b as a double word (Knuth's TwoSum).
template <floating_point_type T>
constexpr double_word<T> two_sum(T a, T b) noexcept {
    const T sum = a + b;
    const T b_virtual = sum - a;
    const T a_virtual = sum - b_virtual;
    return {sum, (a - a_virtual) + (b - b_virtual)};
}

/// The exact sum a + b as a double word when |a| >= |b| or a == 0 (Dekker's FastTwoSum).
template <floating_point_type T>
constexpr double_word<T> fast_two_sum(T a, T b) noexcept {
    const T sum = a + b;
    return {sum, b - (sum - a)};
}

/// Veltkamp's splitting factor 2^ceil(digits / 2) + 1.
template <floating_point_type T>
inline constexpr T split_factor = static_cast<T>((std::uint64_t{1} << ((digits<T> + 1) / 2)) + 1);

/// a = high + low with high and low of at most half the significand bits each (|a| < 2^(max_exponent - 33)).
template <floating_point_type T>
constexpr double_word<T> split(T a) noexcept {
    const T scaled = split_factor<T> * a;
    const T high = scaled - (scaled - a);
    return {high, a - high};
}

/// The exact product a * b as a double word (Dekker's TwoProduct), barring underflow.
template <floating_point_type T>
constexpr double_word<T> two_product(T a, T b) noexcept {
    const T product = a * b;
    const auto [a_high, a_low] = split(a);
    const auto [b_high, b_low] = split(b);
    const T error = ((a_high * b_high - product) + a_high * b_low + a_low * b_high) + a_low * b_low;
    return {product, error};
}

template <floating_point_type T>
constexpr double_word<T> negate(double_word<T> x) noexcept {
    return {-x.high, -x.low};
}

/// x + y (relative error <= 2u^2).
template <floating_point_type T>
constexpr double_word<T> add(double_word<T> x, T y) noexcept {
    const auto [sum_high, sum_low] = two_sum(x.high, y);
    return fast_two_sum(sum_high, x.low + sum_low);
}

/// x + y (relative error <= 3u^2 + O(u^3)).
template <floating_point_type T>
constexpr double_word<T> add(double_word<T> x, double_word<T> y) noexcept {
    const auto [sum_high, sum_low] = two_sum(x.high, y.high);
    const auto [tail_high, tail_low] = two_sum(x.low, y.low);
    const auto [v_high, v_low] = fast_two_sum(sum_high, sum_low + tail_high);
    return fast_two_sum(v_high, tail_low + v_low);
}

/// x * y (relative error <= 2u^2).
template <floating_point_type T>
constexpr double_word<T> multiply(double_word<T> x, T y) noexcept {
    const auto [product_high, product_low] = two_product(x.high, y);
    const auto [t_high, t_low] = fast_two_sum(product_high, x.low * y);
    return fast_two_sum(t_high, t_low + product_low);
}

/// x * y (relative error <= 7u^2).
template <floating_point_type T>
constexpr double_word<T> multiply(double_word<T> x, double_word<T> y) noexcept {
    const auto [product_high, product_low] = two_product(x.high, y.high);
    const T cross = x.high * y.low + x.low * y.high;
    return fast_two_sum(product_high, product_low + cross);
}

/// x / y (relative error <= 15u^2).
template <floating_point_type T>
constexpr double_word<T> divide(double_word<T> x, double_word<T> y) noexcept {
    const T quotient = x.high / y.high;
    const auto [r_high, r_low] = multiply(y, quotient);
    const T remainder = (x.high - r_high) + (x.low - r_low);
    return fast_two_sum(quotient, remainder / y.high);
}

/// x * 2^n, exact (both parts scaled; barring overflow and underflow).
template <floating_point_type T>
constexpr double_word<T> scale(double_word<T> x, int n) noexcept {
    return {load_exponent(x.high, n), load_exponent(x.low, n)};
}

/// The double word nearest to 1 / n for a positive integer n (error below u^2 / 2).
template <floating_point_type T>
constexpr double_word<T> reciprocal(int n) noexcept {
    const T high = T(1) / static_cast<T>(n);
    const auto [product_high, product_low] = two_product(high, static_cast<T>(n));
    return {high, ((T(1) - product_high) - product_low) / static_cast<T>(n)};
}

/// high + low rounded to one number (correctly, for a normalised double word).
template <floating_point_type T>
constexpr T rounded(double_word<T> x) noexcept {
    return x.high + x.low;
}

/// v * 2^k rounded once, for a double word v: exact scaling in the normal range, ±inf on overflow, and a
/// single rounding to the subnormal grid below it.
template <floating_point_type T>
constexpr T scale_rounded(double_word<T> v, int k) noexcept {
    if (v.high < 0) return -scale_rounded(negate(v), k);
    const T nearest = rounded(v);
    if (nearest == 0) return nearest;
    if (exponent_of(nearest) + k >= min_normal_exponent<T>) return load_exponent(nearest, k);
    if (exponent_of(nearest) + k < subnormal_exponent<T> - 1) return T(0);  // at most 1/2 denorm_min
    const int shift = k - subnormal_exponent<T>;  // v * 2^shift is the result in units of denorm_min
    const T high = load_exponent(v.high, shift);
    const T low = load_exponent(v.low, shift);
    T whole = truncate(high);
    T fraction = (high - whole) + low;
    if (fraction < 0) {
        whole = whole - 1;
        fraction = fraction + 1;
    }
    if (fraction > T(0.5) || (fraction == T(0.5) && is_odd_integer(whole))) whole = whole + 1;
    return load_exponent(whole, subnormal_exponent<T>);
}

}  // namespace ctgrad::detail::constexpr_math
