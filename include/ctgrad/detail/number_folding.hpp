#pragma once
// Folding numbers at the type level: rationals fold exactly into a new rational type; anything with a
// run-time constant becomes a folded_number whose value is computed when the result is materialised.
//   r + s, r * s, r^n (rational r, s, integer n): exact      0 + c = c    1 * c = c    0 * c = 0
//   c^0 = 1, c^1 = c

#include <ctgrad/detail/rational_arithmetic.hpp>
#include <ctgrad/expression.hpp>

#include <type_traits>

namespace ctgrad::detail {

template <class A, class B>
constexpr auto number_sum() {
    if constexpr (is_rational_v<A> && is_rational_v<B>) return std::type_identity<decltype(rational_sum(A{}, B{}))>{};
    else if constexpr (is_zero_v<A>) return std::type_identity<B>{};
    else if constexpr (is_zero_v<B>) return std::type_identity<A>{};
    else return std::type_identity<folded_number<operation::sum, A, B>>{};
}
template <class A, class B> using number_sum_t = typename decltype(number_sum<A, B>())::type;

template <class A, class B>
constexpr auto number_product() {
    if constexpr (is_rational_v<A> && is_rational_v<B>) return std::type_identity<decltype(rational_product(A{}, B{}))>{};
    else if constexpr (is_zero_v<A> || is_zero_v<B>) return std::type_identity<zero>{};
    else if constexpr (is_one_v<A>) return std::type_identity<B>{};
    else if constexpr (is_one_v<B>) return std::type_identity<A>{};
    else return std::type_identity<folded_number<operation::product, A, B>>{};
}
template <class A, class B> using number_product_t = typename decltype(number_product<A, B>())::type;

/// Base^Exponent for numbers, except a rational to a non-integer rational power (that stays a power node).
template <class Base, class Exponent>
constexpr auto number_power() {
    if constexpr (is_zero_v<Exponent>) return std::type_identity<one>{};
    else if constexpr (is_one_v<Exponent>) return std::type_identity<Base>{};
    else if constexpr (is_rational_v<Base> && is_integer_rational_v<Exponent>)
        return std::type_identity<decltype(rational_integer_power<Base, Exponent::numerator>())>{};
    else return std::type_identity<folded_number<operation::power, Base, Exponent>>{};
}
template <class Base, class Exponent> using number_power_t = typename decltype(number_power<Base, Exponent>())::type;

}  // namespace ctgrad::detail
