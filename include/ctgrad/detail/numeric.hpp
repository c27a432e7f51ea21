#pragma once
// Folding of numbers inside expressions: rational<N, D> with rational<N, D> folds exactly (a new type);
// anything involving a constant<T> folds by value into a constant of the arithmetic result type.

#include <ctgrad/detail/rational_arithmetic.hpp>
#include <ctgrad/expression.hpp>
#include <ctgrad/math.hpp>

#include <complex>
#include <type_traits>

namespace ctgrad::detail {

template <class T> struct real_part_type { using type = T; };
template <class T> struct real_part_type<std::complex<T>> { using type = T; };

/// The value of rational<N, D> in arithmetic with numbers of type T: T itself when that is exact enough
/// (T floating or complex, or D == 1); double when T is an integer type and D != 1.
template <class T, class Rational>
constexpr auto rational_as() noexcept {
    using real = typename real_part_type<T>::type;
    if constexpr (Rational::denominator == 1 && std::is_arithmetic_v<real>) {
        return static_cast<real>(Rational::numerator);
    } else if constexpr (std::is_floating_point_v<real>) {
        return static_cast<real>(Rational::numerator) / static_cast<real>(Rational::denominator);
    } else {
        return static_cast<double>(Rational::numerator) / static_cast<double>(Rational::denominator);
    }
}

/// The run-time value of a numeric leaf, for a partner of type T.
template <class T, class Numeric>
constexpr auto numeric_value(const Numeric& number) noexcept {
    if constexpr (is_rational_v<Numeric>) return rational_as<T, Numeric>();
    else return number.value;
}

template <class T> struct numeric_type { using type = T; };
template <class V> struct numeric_type<constant<V>> { using type = V; };
template <std::intmax_t N, std::intmax_t D> struct numeric_type<rational<N, D>> { using type = int; };

template <class Value>
constexpr constant<Value> make_constant(Value value) noexcept { return {value}; }

// a + b
template <class A, class B>
constexpr auto add_numbers(const A& a, const B& b) {
    if constexpr (is_rational_v<A> && is_rational_v<B>) return rational_sum(a, b);
    else {
        using left = typename numeric_type<A>::type;
        using right = typename numeric_type<B>::type;
        return make_constant(numeric_value<right>(a) + numeric_value<left>(b));
    }
}

// a * b
template <class A, class B>
constexpr auto multiply_numbers(const A& a, const B& b) {
    if constexpr (is_rational_v<A> && is_rational_v<B>) return rational_product(a, b);
    else {
        using left = typename numeric_type<A>::type;
        using right = typename numeric_type<B>::type;
        return make_constant(numeric_value<right>(a) * numeric_value<left>(b));
    }
}

/// value^n for an integer n by repeated squaring; 1/value^|n| for negative n (in a floating type).
template <std::intmax_t Exponent, class Value>
constexpr auto integer_power(const Value& value) {
    if constexpr (Exponent < 0) {
        using real = typename real_part_type<Value>::type;
        if constexpr (std::is_integral_v<real>) return 1.0 / integer_power<-Exponent>(static_cast<double>(value));
        else return real(1) / integer_power<-Exponent>(value);
    } else if constexpr (Exponent == 0) {
        return Value(1);
    } else if constexpr (Exponent == 1) {
        return value;
    } else if constexpr (Exponent % 2 == 0) {
        const auto half = integer_power<Exponent / 2>(value);
        return half * half;
    } else {
        return integer_power<Exponent - 1>(value) * value;
    }
}

/// base^exponent for numeric leaves: exact for rational^integer; by value when a constant<T> is involved;
/// nullptr (meaning: stays symbolic, e.g. 2^(1/2)) for a rational to a non-integer rational power.
template <class B, class E>
constexpr auto power_numbers(const B& base, const E& exponent) {
    if constexpr (is_rational_v<B> && is_rational_v<E>) {
        if constexpr (E::denominator == 1) return rational_integer_power<B, E::numerator>();
        else return nullptr;
    } else if constexpr (is_rational_v<E> && E::denominator == 1) {
        return make_constant(integer_power<E::numerator>(base.value));
    } else {
        using base_type = typename numeric_type<B>::type;
        using exponent_type = typename numeric_type<E>::type;
        return make_constant(math::pow(numeric_value<exponent_type>(base), numeric_value<base_type>(exponent)));
    }
}

}  // namespace ctgrad::detail
