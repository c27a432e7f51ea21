#pragma once
// Normal form of a sum. The terms are flattened (no sum inside a sum), sorted by term_order_v
// (<ctgrad/order.hpp>), and like terms are collected:
//   x + x -> 2*x,  a*x + b*x -> (a+b)*x for numbers a and b,  numbers fold into one constant term (last),
//   terms with coefficient 0 and a 0 constant term vanish,  a sum of one term is that term.

#include <ctgrad/detail/normalize_fwd.hpp>
#include <ctgrad/detail/number_folding.hpp>
#include <ctgrad/detail/type_list.hpp>
#include <ctgrad/order.hpp>

#include <type_traits>

namespace ctgrad::detail {

template <class T> struct terms_of { using type = type_list<T>; };
template <class... T> struct terms_of<sum<T...>> { using type = type_list<T...>; };
template <> struct terms_of<zero> { using type = type_list<>; };

/// A term is coefficient * monomial: the coefficient is the leading number of a product (1 if none), the
/// monomial the rest (1 for a number).
template <class Term> using coefficient_of_t = typename term_parts<Term>::coefficient;

template <class Factors> struct monomial_from_factors;
template <> struct monomial_from_factors<type_list<>> { using type = one; };
template <class F> struct monomial_from_factors<type_list<F>> { using type = F; };
template <class... F> struct monomial_from_factors<type_list<F...>> { using type = product<F...>; };
template <class Term> using monomial_of_t = typename monomial_from_factors<typename term_parts<Term>::factors>::type;

/// coefficient * monomial, for a monomial that is not a sum.
template <class C, class M>
constexpr auto make_term() {
    if constexpr (is_zero_v<C>) return std::type_identity<zero>{};
    else if constexpr (is_one_v<M>) return std::type_identity<C>{};
    else if constexpr (is_one_v<C>) return std::type_identity<M>{};
    else return []<class... F>(type_list<F...>) { return std::type_identity<product<C, F...>>{}; }(typename term_parts<M>::factors{});
}
template <class C, class M> using make_term_t = typename decltype(make_term<C, M>())::type;

template <class Terms> struct make_sum;
template <> struct make_sum<type_list<>> { using type = zero; };
template <class T> struct make_sum<type_list<T>> { using type = T; };
template <class... T> struct make_sum<type_list<T...>> { using type = sum<T...>; };
template <class Terms> using make_sum_t = typename make_sum<Terms>::type;

/// Merges two sorted term lists into Done, collecting like terms.
template <class Done, class A, class B> struct merge_terms;
template <int Order, class Done, class A, class B> struct merge_terms_step;

template <class... D, class... A>
struct merge_terms<type_list<D...>, type_list<A...>, type_list<>> { using type = type_list<D..., A...>; };
template <class... D, class B0, class... B>
struct merge_terms<type_list<D...>, type_list<>, type_list<B0, B...>> { using type = type_list<D..., B0, B...>; };
template <class... D, class A0, class... A, class B0, class... B>
struct merge_terms<type_list<D...>, type_list<A0, A...>, type_list<B0, B...>> {
    static constexpr int order = term_order_v<A0, B0>;
    using type = typename merge_terms_step<(order > 0) - (order < 0), type_list<D...>, type_list<A0, A...>, type_list<B0, B...>>::type;
};
template <class... D, class A0, class... A, class... B>
struct merge_terms_step<-1, type_list<D...>, type_list<A0, A...>, type_list<B...>> {
    using type = typename merge_terms<type_list<D..., A0>, type_list<A...>, type_list<B...>>::type;
};
template <class... D, class... A, class B0, class... B>
struct merge_terms_step<1, type_list<D...>, type_list<A...>, type_list<B0, B...>> {
    using type = typename merge_terms<type_list<D..., B0>, type_list<A...>, type_list<B...>>::type;
};
template <class... D, class A0, class... A, class B0, class... B>
struct merge_terms_step<0, type_list<D...>, type_list<A0, A...>, type_list<B0, B...>> {
    // a*m + b*m = (a+b)*m
    using combined = make_term_t<number_sum_t<coefficient_of_t<A0>, coefficient_of_t<B0>>, monomial_of_t<A0>>;
    using done = std::conditional_t<is_zero_v<combined>, type_list<D...>, type_list<D..., combined>>;
    using type = typename merge_terms<done, type_list<A...>, type_list<B...>>::type;
};

template <class A, class B>
struct add_type {
    static constexpr auto compute() {
        if constexpr (is_numeric_v<A> && is_numeric_v<B>) return std::type_identity<number_sum_t<A, B>>{};
        else return std::type_identity<make_sum_t<typename merge_terms<type_list<>, typename terms_of<A>::type, typename terms_of<B>::type>::type>>{};
    }
    using type = result_of_rule<add_type>;
};

/// T0 + T1 + ... (0 for none).
template <class Terms> struct sum_all;
template <> struct sum_all<type_list<>> { using type = zero; };
template <class T0, class... T> struct sum_all<type_list<T0, T...>> { using type = add_t<T0, typename sum_all<type_list<T...>>::type>; };

}  // namespace ctgrad::detail
