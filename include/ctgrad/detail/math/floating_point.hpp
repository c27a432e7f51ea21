#pragma once
// The building blocks of ctgrad's constexpr elementary functions: classification (is_nan, sign_bit, ...),
// splitting a number into significand and exponent, exact scaling by powers of two (load_exponent, the
// constexpr ldexp), truncation, and narrowing a double result to float.
//
// Everything here is constexpr on GCC and Clang without <cmath> or builtins. float and double are read
// through std::bit_cast; long double (x86-64's 80-bit extended format, whose 16 bytes include 6 of padding,
// so that Clang rejects its bit_cast in a constant expression) through comparisons and multiplications by
// exact powers of two.
//
// Two rules that every function of constexpr_math follows, because compilers reject a constant
// expression that breaks them: no arithmetic may produce a NaN (Clang), not even from a NaN operand, and
// no arithmetic on finite operands may overflow to infinity (GCC). NaNs and infinities are returned, never
// computed.

#include <bit>
#include <concepts>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace ctgrad::detail::constexpr_math {

template <class T>
concept floating_point_type = std::same_as<T, float> || std::same_as<T, double> || std::same_as<T, long double>;

static_assert(std::numeric_limits<double>::is_iec559 && std::numeric_limits<double>::digits == 53,
              "ctgrad's constexpr math needs IEEE 754 binary64 double");

/// Bits of the significand, the implicit one included: 24, 53, 64.
template <floating_point_type T> inline constexpr int digits = std::numeric_limits<T>::digits;
/// Exponent of the largest finite power of two: 127, 1023, 16383.
template <floating_point_type T> inline constexpr int max_exponent = std::numeric_limits<T>::max_exponent - 1;
/// Exponent of the smallest normal number: -126, -1022, -16382.
template <floating_point_type T> inline constexpr int min_normal_exponent = std::numeric_limits<T>::min_exponent - 1;
/// Exponent of the smallest subnormal number (denorm_min): -149, -1074, -16445.
template <floating_point_type T>
inline constexpr int subnormal_exponent = std::numeric_limits<T>::min_exponent - std::numeric_limits<T>::digits;

/// long double is supported as x87 80-bit extended (x86-64 Linux) or as binary64 (MSVC, Apple); other
/// formats (binary128) are not, and ctgrad::math then computes long double constants as double.
inline constexpr bool long_double_supported =
    std::numeric_limits<long double>::digits == 64 || std::numeric_limits<long double>::digits == 53;

template <floating_point_type T> inline constexpr T infinity = std::numeric_limits<T>::infinity();
template <floating_point_type T> inline constexpr T quiet_nan = std::numeric_limits<T>::quiet_NaN();

template <floating_point_type T>
constexpr bool is_nan(T x) noexcept {
    return x != x;
}

template <floating_point_type T>
constexpr bool is_infinite(T x) noexcept {
    return x == infinity<T> || x == -infinity<T>;
}

template <floating_point_type T>
constexpr bool is_finite(T x) noexcept {
    return x >= -std::numeric_limits<T>::max() && x <= std::numeric_limits<T>::max();
}

/// The sign bit, as C's signbit (for a long double NaN: false).
template <floating_point_type T>
constexpr bool sign_bit(T x) noexcept {
    if constexpr (std::same_as<T, float>) {
        return (std::bit_cast<std::uint32_t>(x) >> 31) != 0;
    } else if constexpr (std::same_as<T, double>) {
        return (std::bit_cast<std::uint64_t>(x) >> 63) != 0;
    } else {
        // A zero converts to double with its sign; any other value answers by comparison.
        if (x == 0) return sign_bit(static_cast<double>(x));
        return x < 0;
    }
}

/// |x|, as C's fabs (fabs(-0.) = +0.).
template <floating_point_type T>
constexpr T absolute_value(T x) noexcept {
    if (is_nan(x)) return x;
    return sign_bit(x) ? -x : x;
}

/// |magnitude| with the sign of sign, as C's copysign (magnitude not a NaN).
template <floating_point_type T>
constexpr T copy_sign(T magnitude, T sign) noexcept {
    const T absolute = absolute_value(magnitude);
    return sign_bit(sign) ? -absolute : absolute;
}

namespace powers_of_two_detail {

// 2^(2^i) and 2^-(2^i) in type T, by repeated squaring (exact), as far as they are representable.
template <floating_point_type T>
constexpr auto binary_powers(bool negative) noexcept {
    struct table { T value[15]; };
    table powers{};
    T power = negative ? T(0.5) : T(2);
    int exponent = 1;
    for (int i = 0; i < 15; ++i) {
        powers.value[i] = power;
        exponent *= 2;
        if (negative ? -exponent < subnormal_exponent<T> : exponent > max_exponent<T>) break;
        power = power * power;
    }
    return powers;
}

template <floating_point_type T> inline constexpr auto upward = binary_powers<T>(false);
template <floating_point_type T> inline constexpr auto downward = binary_powers<T>(true);
/// The largest i with 2^(2^i) finite: 13 for 80-bit long double, 9 for binary64.
template <floating_point_type T> inline constexpr int top_index = std::bit_width(unsigned(max_exponent<T>)) - 1;

}  // namespace powers_of_two_detail

/// 2^n, exactly, for subnormal_exponent<T> <= n <= max_exponent<T>.
template <floating_point_type T>
constexpr T power_of_two(int n) noexcept {
    if constexpr (std::same_as<T, double>) {
        if (n >= -1022) return std::bit_cast<double>(static_cast<std::uint64_t>(n + 1023) << 52);
        return std::bit_cast<double>(std::uint64_t{1} << (n + 1074));
    } else if constexpr (std::same_as<T, float>) {
        if (n >= -126) return std::bit_cast<float>(static_cast<std::uint32_t>(n + 127) << 23);
        return std::bit_cast<float>(std::uint32_t{1} << (n + 149));
    } else {
        // Every partial product is a power of two between 1 and 2^n, so representable: no rounding.
        const bool negative = n < 0;
        unsigned bits = static_cast<unsigned>(negative ? -n : n);
        T result = 1;
        for (int i = 0; bits != 0; ++i, bits >>= 1) {
            if (bits & 1u) {
                result = result * (negative ? powers_of_two_detail::downward<T>.value[i]
                                            : powers_of_two_detail::upward<T>.value[i]);
            }
        }
        return result;
    }
}

/// x = significand * 2^exponent with 1 <= |significand| < 2 (the significand has x's sign).
template <floating_point_type T>
struct decomposition {
    T significand;
    int exponent;
};

/// Significand and exponent of a finite nonzero x (like frexp, but the significand in [1, 2)). Exact.
template <floating_point_type T>
constexpr decomposition<T> decompose(T x) noexcept {
    if constexpr (std::same_as<T, double> || std::same_as<T, float>) {
        using bits_type = std::conditional_t<std::same_as<T, double>, std::uint64_t, std::uint32_t>;
        constexpr int fraction_bits = digits<T> - 1;
        constexpr int bias = max_exponent<T>;
        constexpr bits_type exponent_mask = ((bits_type{1} << (sizeof(T) * 8 - 1 - fraction_bits)) - 1)
                                            << fraction_bits;
        int adjustment = 0;
        if ((std::bit_cast<bits_type>(x) & exponent_mask) == 0) {  // subnormal: make it normal, exactly
            x = x * power_of_two<T>(digits<T>);
            adjustment = -digits<T>;
        }
        const bits_type bits = std::bit_cast<bits_type>(x);
        const int biased = static_cast<int>((bits & exponent_mask) >> fraction_bits);
        const T significand = std::bit_cast<T>(static_cast<bits_type>(
            (bits & ~exponent_mask) | (static_cast<bits_type>(bias) << fraction_bits)));
        return {significand, biased - bias + adjustment};
    } else {
        // Binary search of the exponent with exact multiplications by 2^(+-2^i).
        T a = x < 0 ? -x : x;
        int exponent = 0;
        if (a < std::numeric_limits<T>::min()) {  // subnormal
            a = a * power_of_two<T>(digits<T>);
            exponent = -digits<T>;
        }
        if (a >= 1) {
            for (int i = powers_of_two_detail::top_index<T>; i >= 0; --i) {
                if (a >= powers_of_two_detail::upward<T>.value[i]) {
                    a = a * powers_of_two_detail::downward<T>.value[i];
                    exponent += 1 << i;
                }
            }
        } else {
            for (int i = powers_of_two_detail::top_index<T>; i >= 0; --i) {
                if (a * powers_of_two_detail::upward<T>.value[i] < 1) {
                    a = a * powers_of_two_detail::upward<T>.value[i];
                    exponent -= 1 << i;
                }
            }
            a = a * 2;  // a was in [1/2, 1)
            exponent -= 1;
        }
        return {x < 0 ? -a : a, exponent};
    }
}

/// floor(log2(|x|)) for finite nonzero x, as C's ilogb.
template <floating_point_type T>
constexpr int exponent_of(T x) noexcept {
    return decompose(x).exponent;
}

/// x * 2^n rounded once (as C's ldexp/scalbn): exact unless the result is subnormal; +-inf on overflow,
/// a signed zero on complete underflow.
template <floating_point_type T>
constexpr T load_exponent(T x, int n) noexcept {
    if (x == 0 || n == 0 || !is_finite(x)) return x;
    const auto [significand, exponent] = decompose(x);
    const int target = exponent + n;
    if (target > max_exponent<T>) return copy_sign(infinity<T>, x);
    if (target >= min_normal_exponent<T>) return significand * power_of_two<T>(target);
    const int shift = target - min_normal_exponent<T>;  // < 0: the result is subnormal or zero
    if (shift < -(digits<T> + 1)) return copy_sign(T(0), x);
    // The first product is exact (a normal number), the second rounds once to the subnormal grid.
    return significand * power_of_two<T>(shift) * power_of_two<T>(min_normal_exponent<T>);
}

/// x = integer * 2^exponent with 2^(digits-1) <= integer < 2^digits, for finite positive x. Exact.
template <floating_point_type T>
struct integer_decomposition {
    std::uint64_t integer;
    int exponent;
};

template <floating_point_type T>
constexpr integer_decomposition<T> decompose_to_integer(T x) noexcept {
    const auto [significand, exponent] = decompose(x);
    return {static_cast<std::uint64_t>(significand * power_of_two<T>(digits<T> - 1)), exponent - (digits<T> - 1)};
}

/// x rounded toward zero to an integer, as C's trunc (keeps the sign of zero).
template <floating_point_type T>
constexpr T truncate(T x) noexcept {
    if (!is_finite(x) || !(absolute_value(x) < power_of_two<T>(digits<T> - 1))) return x;  // already integral
    const T whole = static_cast<T>(static_cast<std::uint64_t>(absolute_value(x)));
    return copy_sign(whole, x);
}

/// Largest integer <= x, as C's floor.
template <floating_point_type T>
constexpr T floor(T x) noexcept {
    const T whole = truncate(x);
    return whole > x ? whole - 1 : whole;
}

template <floating_point_type T>
constexpr bool is_integer(T x) noexcept {
    return is_finite(x) && truncate(x) == x;
}

/// An integer x is odd (|x| >= 2^digits is always even).
template <floating_point_type T>
constexpr bool is_odd_integer(T x) noexcept {
    if (!is_integer(x) || !(absolute_value(x) < power_of_two<T>(digits<T>))) return false;
    return (static_cast<std::uint64_t>(absolute_value(x)) & 1u) != 0;
}

/// The integer nearest to x (ties away from zero), for |x| < 2^30.
template <floating_point_type T>
constexpr int nearest_int(T x) noexcept {
    return static_cast<int>(x < 0 ? x - T(0.5) : x + T(0.5));
}

/// A double rounded to float, with +-inf for values that round beyond float's range (a constant
/// expression may not convert an out-of-range value) and NaN kept.
constexpr float narrow_to_float(double x) noexcept {
    if (is_nan(x)) return quiet_nan<float>;
    // FLT_MAX + half an ulp: from there on, round to nearest gives infinity.
    constexpr double overflow = 0x1.ffffffp+127;
    if (x >= overflow) return infinity<float>;
    if (x <= -overflow) return -infinity<float>;
    return static_cast<float>(x);
}

}  // namespace ctgrad::detail::constexpr_math
