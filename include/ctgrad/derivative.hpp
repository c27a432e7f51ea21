#pragma once
// ctgrad::d(e, x): the derivative of e with respect to the variable x, as a new expression type in normal
// form, computed by the compiler. d(e, x, y) is the mixed partial d(d(e, x), y).
//   d(c) = 0 for an expression without x;  d(x) = 1;
//   d(f(u_0, ..., u_n)) = sum over k of (df/du_k)(u) * d(u_k)   -- the chain rule, with df/du_k from
//   <ctgrad/derivative_rules.hpp>.
// The derivative of a static expression is a type computation only; run-time constants are labelled,
// carried through, and materialised once at the end (<ctgrad/detail/label.hpp>).

#include <ctgrad/derivative_rules.hpp>
#include <ctgrad/detail/build.hpp>
#include <ctgrad/detail/label.hpp>
#include <ctgrad/expression.hpp>

#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

namespace ctgrad {

namespace detail {

template <class E, class Symbol> struct derivative_type;
template <class E, class Symbol> using derivative_t = typename derivative_type<E, Symbol>::type;

/// The partial derivative of node E with respect to its K-th operand: the rule, applied to the operands.
template <std::size_t K, class E> struct partial_type;
template <std::size_t K, class Operation, class... Operands>
struct partial_type<K, expression<Operation, Operands...>> {
    using type = std::remove_cvref_t<decltype(rules::partial<K>(Operation{}, Operands{}...))>;
};

template <class E, class Symbol, class Sequence> struct chain_rule;
template <class Operation, class... Operands, class Symbol, std::size_t... K>
struct chain_rule<expression<Operation, Operands...>, Symbol, std::index_sequence<K...>> {
    template <std::size_t I, class Operand>
    using term = typename std::conditional_t<depends_on_v<Operand, Symbol>,
                                             multiply_type<typename partial_type<I, expression<Operation, Operands...>>::type, derivative_t<Operand, Symbol>>,
                                             std::type_identity<zero>>::type;  // df/du_k * du_k
    using type = typename sum_all<type_list<term<K, Operands>...>>::type;
};

template <class E, class Symbol>
struct derivative_type {
    static constexpr auto compute() {
        if constexpr (!depends_on_v<E, Symbol>) return std::type_identity<zero>{};     // d(c) = 0
        else if constexpr (std::is_same_v<E, Symbol>) return std::type_identity<one>{};  // d(x) = 1
        else return []<class Operation, class... Operands>(std::type_identity<expression<Operation, Operands...>>) {
            return std::type_identity<typename chain_rule<E, Symbol, std::index_sequence_for<Operands...>>::type>{};
        }(std::type_identity<E>{});
    }
    using type = result_of_rule<derivative_type>;
};

template <class Symbol, class E>
constexpr auto derivative(const E& e) {
    if constexpr (is_static_v<E>) return derivative_t<E, Symbol>{};
    else return materialize<derivative_t<label_t<E, 0>, Symbol>>(std::tie(e));
}

namespace diagnostic {
/// Only the type argument matters: the compiler prints it when the check fails.
template <class Argument> struct is_a_variable { static constexpr bool value = is_symbol_v<Argument>; };
template <class Argument> struct is_an_expression_or_number { static constexpr bool value = ExpressionOrNumber<Argument>; };
}  // namespace diagnostic

}  // namespace detail

/// The derivative of e with respect to x (or the mixed partial with respect to x, y, ... in turn).
template <class E, class... Variables>
constexpr auto d(const E& e, const Variables&...) {
    static_assert(detail::diagnostic::is_an_expression_or_number<E>::value,
                  "ctgrad::d(e, x): e must be a ctgrad expression or a number; its type is the argument of is_an_expression_or_number above");
    static_assert(sizeof...(Variables) > 0, "ctgrad::d(e, x): name at least one variable to differentiate with respect to");
    static_assert((detail::diagnostic::is_a_variable<Variables>::value && ...),
                  "ctgrad::d(e, x): x must be a variable (ctgrad::var<\"x\">); the type given is the argument of is_a_variable above");
    if constexpr (Number<E>) return zero{};
    else if constexpr (ExpressionOrNumber<E> && (is_symbol_v<Variables> && ...)) {
        return [&]<class First, class... Rest>(std::type_identity<First>, std::type_identity<Rest>...) {
            const auto first = detail::derivative<First>(e);
            if constexpr (sizeof...(Rest) == 0) return first;
            else return d(first, Rest{}...);
        }(std::type_identity<Variables>{}...);
    }
}

/// The same as ctgrad::d.
template <class E, class... Variables>
constexpr auto derivative(const E& e, const Variables&... variables) { return d(e, variables...); }

}  // namespace ctgrad
