#pragma once
// Exact arithmetic on rational<N, D> at compile time, with overflow checked: a result that does not fit
// std::intmax_t is a compile error, never a wrapped number.

#include <ctgrad/expression.hpp>

#include <cstdint>

namespace ctgrad::detail {

__extension__ using wide_integer = __int128;

struct rational_value {
    wide_integer numerator;
    wide_integer denominator;
};

constexpr wide_integer absolute(wide_integer value) noexcept { return value < 0 ? -value : value; }

constexpr wide_integer greatest_common_divisor(wide_integer a, wide_integer b) noexcept {
    a = absolute(a);
    b = absolute(b);
    while (b != 0) {
        const wide_integer remainder = a % b;
        a = b;
        b = remainder;
    }
    return a == 0 ? 1 : a;
}

constexpr rational_value reduce(rational_value value) noexcept {
    if (value.denominator < 0) {
        value.numerator = -value.numerator;
        value.denominator = -value.denominator;
    }
    const wide_integer divisor = greatest_common_divisor(value.numerator, value.denominator);
    return {value.numerator / divisor, value.denominator / divisor};
}

constexpr bool fits_intmax(rational_value value) noexcept {
    constexpr wide_integer largest = INTMAX_MAX;
    return value.numerator <= largest && value.numerator >= -largest && value.denominator <= largest;
}

template <class Rational>
constexpr rational_value value_of() noexcept {
    return {Rational::numerator, Rational::denominator};
}

/// The rational<N, D> type of an exact value; a compile error if it does not fit std::intmax_t.
template <rational_value Value>
constexpr auto make_rational() noexcept {
    constexpr rational_value reduced = reduce(Value);
    static_assert(reduced.denominator != 0, "ctgrad: division by zero in a compile-time (_c) constant");
    static_assert(fits_intmax(reduced), "ctgrad: a compile-time (_c) constant overflows std::intmax_t");
    return rational<static_cast<std::intmax_t>(reduced.numerator), static_cast<std::intmax_t>(reduced.denominator)>{};
}

constexpr rational_value operator+(rational_value a, rational_value b) noexcept {
    return reduce({a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator});
}
constexpr rational_value operator*(rational_value a, rational_value b) noexcept {
    return reduce({a.numerator * b.numerator, a.denominator * b.denominator});
}
/// -1, 0 or 1 as a is less than, equal to or greater than b.
constexpr int compare(rational_value a, rational_value b) noexcept {
    const wide_integer left = a.numerator * b.denominator;
    const wide_integer right = b.numerator * a.denominator;
    return left < right ? -1 : (left > right ? 1 : 0);
}

template <class A, class B>
constexpr auto rational_sum(A, B) noexcept { return make_rational<value_of<A>() + value_of<B>()>(); }
template <class A, class B>
constexpr auto rational_product(A, B) noexcept { return make_rational<value_of<A>() * value_of<B>()>(); }

/// a^n for an integer n, exactly; 0 to a negative power is a compile error.
template <class Base, std::intmax_t Exponent>
constexpr auto rational_integer_power() noexcept {
    static_assert(!(Base::numerator == 0 && Exponent < 0), "ctgrad: 0 raised to a negative power in a compile-time (_c) constant");
    constexpr rational_value result = [] {
        rational_value power{1, 1};
        const rational_value base = value_of<Base>();
        const std::intmax_t count = Exponent < 0 ? -Exponent : Exponent;
        for (std::intmax_t step = 0; step < count && fits_intmax(power); ++step) power = power * base;
        if (Exponent < 0) power = reduce({power.denominator, power.numerator});
        return power;
    }();
    return make_rational<result>();
}

template <class T> inline constexpr bool is_integer_rational_v = false;
template <std::intmax_t N> inline constexpr bool is_integer_rational_v<rational<N, 1>> = true;

template <class T> inline constexpr bool is_negative_rational_v = false;
template <std::intmax_t N, std::intmax_t D> inline constexpr bool is_negative_rational_v<rational<N, D>> = (N < 0);

}  // namespace ctgrad::detail
