#pragma once
// What the normal form decides, and equality.
//
// Every expression ctgrad builds is in a *light* normal form: sums and products flattened and sorted in
// one canonical order (<ctgrad/order.hpp>), like terms collected (x + x -> 2*x, a*x + b*x -> (a+b)*x),
// equal bases merged (x*x -> x^2, x^a*x^b -> x^(a+b)), numbers folded (exactly for _c rationals, by value
// for plain numbers), identities with 0 and 1 gone, a number times a sum distributed. Products of sums and
// powers of sums stay factored: (y - x^2)^2 is not expanded, because the expanded form costs more to
// evaluate and loses accuracy to cancellation (Rosenbrock's valley, sigmoid(u)*(1 - sigmoid(u))).
//
// ctgrad::expand(e) is the full normal form: products distributed over sums and positive integer powers
// of sums multiplied out, everywhere (inside function arguments and exponents too). It is a polynomial in
// *atoms* -- variables, function applications and non-integer powers, each itself expanded. So:
//   * two polynomial expressions equal as polynomials have the same expand() type (normal_form_t);
//   * more generally, two expressions equal as polynomials in the same atoms have the same type;
//   * `a == b` compares expand(a) and expand(b): same type and equal run-time constants.
// It does not decide identities between atoms: sin(x)^2 + cos(x)^2 is not 1, exp(x)*exp(y) is not
// exp(x + y), sqrt(x^2) is not |x| (nor x); rational functions are not brought to a common denominator,
// so x/(x + 1) + 1/(x + 1) stays as it is. Plain numbers inside an atom (exp(2*x)) are values, not types:
// exp(2*x) + exp(3*x) and exp(2*x) + exp(2*x) are both kept as two terms (their sum evaluates
// correctly), and == then compares the terms' constants in order.

#include <ctgrad/detail/build.hpp>
#include <ctgrad/detail/label.hpp>
#include <ctgrad/evaluate.hpp>
#include <ctgrad/expression.hpp>
#include <ctgrad/operators.hpp>

#include <tuple>
#include <type_traits>
#include <utility>

namespace ctgrad {

namespace detail {

template <class T> struct expand_type;
template <class T> using expand_t = typename expand_type<T>::type;

/// Multiplies two expanded expressions, distributing over their sums:
///   (u + v) * w = u*w + v*w        u * (v + w) = u*v + u*w
template <class A, class B> struct distribute { using type = multiply_t<A, B>; };
template <class... T, class B> struct distribute<sum<T...>, B> { using type = typename sum_all<type_list<typename distribute<T, B>::type...>>::type; };
template <class A, class... T> requires(!is_sum_v<A>) struct distribute<A, sum<T...>> { using type = typename sum_all<type_list<typename distribute<A, T>::type...>>::type; };

template <class Product, class Factors> struct distribute_all;
template <class P> struct distribute_all<P, type_list<>> { using type = P; };
template <class P, class F0, class... F> struct distribute_all<P, type_list<F0, F...>> {
    using type = typename distribute_all<typename distribute<P, F0>::type, type_list<F...>>::type;
};

/// s^n = s * s^(n-1), multiplied out
template <class S, std::intmax_t N> struct expand_power { using type = typename distribute<S, typename expand_power<S, N - 1>::type>::type; };
template <class S> struct expand_power<S, 1> { using type = S; };

template <class T> inline constexpr bool is_positive_integer_v = false;
template <std::intmax_t N> inline constexpr bool is_positive_integer_v<rational<N, 1>> = (N > 0);

template <class T> struct expand_type { using type = T; };
template <class... T> struct expand_type<sum<T...>> { using type = typename sum_all<type_list<expand_t<T>...>>::type; };
template <class... F> struct expand_type<product<F...>> { using type = typename distribute_all<one, type_list<expand_t<F>...>>::type; };
template <class B, class E> struct expand_type<power<B, E>> {
    static constexpr auto compute() {
        if constexpr (is_sum_v<expand_t<B>> && is_positive_integer_v<expand_t<E>>)
            return std::type_identity<typename expand_power<expand_t<B>, expand_t<E>::numerator>::type>{};
        else return std::type_identity<raise_t<expand_t<B>, expand_t<E>>>{};
    }
    using type = result_of_rule<expand_type>;
};
template <FunctionOperation Operation, class A> struct expand_type<expression<Operation, A>> { using type = apply_t<Operation, expand_t<A>>; };

template <class E>
constexpr auto expand(const E& e) {
    if constexpr (is_static_v<E>) return expand_t<E>{};
    else return materialize<expand_t<label_t<E, 0>>>(std::tie(e));
}

}  // namespace detail

/// The full normal form (see the top of this header).
template <Expression E>
constexpr auto expand(const E& e) { return detail::expand(e); }

/// The type of the full normal form of E.
template <Expression E>
using normal_form_t = decltype(detail::expand(std::declval<const E&>()));

/// Equality of full normal forms: true when both sides expand to the same type with equal constants.
template <class L, class R>
    requires(Expression<L> || Expression<R>)
constexpr bool operator==(const L& left, const R& right) {
    if constexpr (detail::check_operands<detail::diagnostic::operator_equal, L, R>()) {
        const auto a = detail::expand(detail::as_expression(left));
        const auto b = detail::expand(detail::as_expression(right));
        if constexpr (!std::is_same_v<decltype(a), decltype(b)>) return false;
        else return detail::evaluation::same_constants(a, b);
    } else return false;
}

}  // namespace ctgrad
