#pragma once
// Normal form of a product. Factors are flattened (no product inside a product) and sorted by base
// (<ctgrad/order.hpp>); numbers fold into one leading coefficient; factors with one base merge by adding
// exponents (x*x -> x^2, x^a * x^b -> x^(a+b)); a coefficient 0 annihilates, 1 vanishes; a number times a
// sum is distributed (2*(x+1) -> 2*x + 2). Products of sums are NOT expanded (that would cost accuracy and
// evaluation time); ctgrad::expand (<ctgrad/normal_form.hpp>) does that when equality needs it.

#include <ctgrad/detail/normalize_fwd.hpp>
#include <ctgrad/detail/number_folding.hpp>
#include <ctgrad/detail/sum.hpp>
#include <ctgrad/detail/type_list.hpp>
#include <ctgrad/order.hpp>

#include <type_traits>

namespace ctgrad::detail {

/// number * sum, distributed over the terms (their order does not change).
template <class S, class C> struct scale_sum;
template <class... T, class C>
struct scale_sum<sum<T...>, C> {
    using type = make_sum_t<type_list<make_term_t<number_product_t<C, coefficient_of_t<T>>, monomial_of_t<T>>...>>;
};

template <class C, class Factors>
constexpr auto make_product() {
    return []<class... F>(type_list<F...>) {
        if constexpr (is_zero_v<C>) return std::type_identity<zero>{};
        else if constexpr (sizeof...(F) == 0) return std::type_identity<C>{};
        else if constexpr (sizeof...(F) == 1 && is_one_v<C>) return std::type_identity<F...>{};
        else if constexpr (sizeof...(F) == 1 && (is_sum_v<F> && ...)) return std::type_identity<typename scale_sum<F..., C>::type>{};
        else if constexpr (is_one_v<C>) return std::type_identity<product<F...>>{};
        else return std::type_identity<product<C, F...>>{};
    }(Factors{});
}
template <class C, class Factors> using make_product_t = typename decltype(make_product<C, Factors>())::type;

template <class F> using base_of_t = typename factor_parts<F>::base;
template <class F> using exponent_of_t = typename factor_parts<F>::exponent;

/// Merges two sorted factor lists into Done, adding the exponents of factors with one base. A merge
/// result that is no longer a single factor of that base goes to Extra (multiplied in afterwards).
template <class Done, class Extra, class A, class B> struct merge_factors;
template <int Order, class Done, class Extra, class A, class B> struct merge_factors_step;

template <class... D, class Extra, class... A>
struct merge_factors<type_list<D...>, Extra, type_list<A...>, type_list<>> {
    using done = type_list<D..., A...>;
    using extra = Extra;
};
template <class... D, class Extra, class B0, class... B>
struct merge_factors<type_list<D...>, Extra, type_list<>, type_list<B0, B...>> {
    using done = type_list<D..., B0, B...>;
    using extra = Extra;
};
template <class Done, class Extra, class A0, class... A, class B0, class... B>
struct merge_factors<Done, Extra, type_list<A0, A...>, type_list<B0, B...>>
    : merge_factors_step<(compare_v<base_of_t<A0>, base_of_t<B0>> > 0) - (compare_v<base_of_t<A0>, base_of_t<B0>> < 0), Done, Extra,
                         type_list<A0, A...>, type_list<B0, B...>> {};

template <class... D, class Extra, class A0, class... A, class B>
struct merge_factors_step<-1, type_list<D...>, Extra, type_list<A0, A...>, B> : merge_factors<type_list<D..., A0>, Extra, type_list<A...>, B> {};
template <class... D, class Extra, class A, class B0, class... B>
struct merge_factors_step<1, type_list<D...>, Extra, A, type_list<B0, B...>> : merge_factors<type_list<D..., B0>, Extra, A, type_list<B...>> {};

template <class Merged, class Base>
inline constexpr bool is_factor_with_base_v = !is_numeric_v<Merged> && !is_product_v<Merged> && std::is_same_v<base_of_t<Merged>, Base>;

template <class... D, class... X, class A0, class... A, class B0, class... B>
struct merge_factors_step<0, type_list<D...>, type_list<X...>, type_list<A0, A...>, type_list<B0, B...>> {
    // u^a * u^b = u^(a+b)
    using merged = raise_t<base_of_t<A0>, add_t<exponent_of_t<A0>, exponent_of_t<B0>>>;
    static constexpr bool plain = is_factor_with_base_v<merged, base_of_t<A0>>;
    using next = merge_factors<std::conditional_t<plain, type_list<D..., merged>, type_list<D...>>,
                               std::conditional_t<plain || is_one_v<merged>, type_list<X...>, type_list<X..., merged>>,
                               type_list<A...>, type_list<B...>>;
    using done = typename next::done;
    using extra = typename next::extra;
};

template <class Product, class Extra> struct multiply_all;
template <class P> struct multiply_all<P, type_list<>> { using type = P; };
template <class P, class X0, class... X>
struct multiply_all<P, type_list<X0, X...>> { using type = typename multiply_all<multiply_t<P, X0>, type_list<X...>>::type; };

template <class A, class B>
struct multiply_type {
    static constexpr auto compute() {
        if constexpr (is_zero_v<A> || is_zero_v<B>) return std::type_identity<zero>{};                 // 0 * u = 0
        else if constexpr (is_numeric_v<A> && is_numeric_v<B>) return std::type_identity<number_product_t<A, B>>{};
        else if constexpr (is_one_v<A>) return std::type_identity<B>{};                              // 1 * u = u
        else if constexpr (is_one_v<B>) return std::type_identity<A>{};
        else if constexpr (is_numeric_v<A> && is_sum_v<B>) return std::type_identity<typename scale_sum<B, A>::type>{};  // c(u + v) = cu + cv
        else if constexpr (is_numeric_v<B> && is_sum_v<A>) return std::type_identity<typename scale_sum<A, B>::type>{};
        else {
            using coefficient = number_product_t<coefficient_of_t<A>, coefficient_of_t<B>>;
            using merged = merge_factors<type_list<>, type_list<>, typename term_parts<A>::factors, typename term_parts<B>::factors>;
            return std::type_identity<typename multiply_all<make_product_t<coefficient, typename merged::done>, typename merged::extra>::type>{};
        }
    }
    using type = result_of_rule<multiply_type>;
};

}  // namespace ctgrad::detail
