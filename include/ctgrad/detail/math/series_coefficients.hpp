#pragma once
// Coefficient tables of the Taylor series used by the constexpr elementary functions: 1/n! and 1/(2n+1).

#include <ctgrad/detail/math/double_word.hpp>
#include <ctgrad/detail/math/floating_point.hpp>

namespace ctgrad::detail::constexpr_math {

/// 1/n! for n = 0..22, each correctly rounded (n! itself is exact in double and long double up to 22!).
template <floating_point_type T>
inline constexpr auto inverse_factorials = [] {
    struct table { T value[23]; };
    table result{};
    T factorial = 1;
    for (int n = 0; n <= 22; ++n) {
        if (n > 0) factorial = factorial * static_cast<T>(n);
        result.value[n] = T(1) / factorial;
    }
    return result;
}();

/// 1/(2n + 1) for n = 0..17, as double words.
template <floating_point_type T>
inline constexpr auto odd_reciprocals = [] {
    struct table { double_word<T> value[18]; };
    table result{};
    for (int n = 0; n < 18; ++n) result.value[n] = reciprocal<T>(2 * n + 1);
    return result;
}();

}  // namespace ctgrad::detail::constexpr_math
