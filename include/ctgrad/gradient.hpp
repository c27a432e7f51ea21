#pragma once
// ctgrad::gradient(f, x, y, ...): all first partial derivatives of f.
//   auto [fx, fy] = gradient(f, x, y);            // the partial derivatives, as expressions (d(f, x), d(f, y))
//   std::array g = gradient(f, x, y)(x = 1.0, y = 2.0);   // their values, in one sweep
//   auto [value, g] = value_and_gradient(f, x, y)(x = 1.0, y = 2.0);
// The values come from reverse-mode differentiation over f's static tree: one forward sweep computes
// every distinct subexpression once (<ctgrad/detail/evaluation_plan.hpp>), one reverse sweep propagates
// adjoints through the same DAG using the derivative rules of <ctgrad/derivative_rules.hpp>, evaluated
// on the forward values (a rule's node is bound to its value, so exp' = exp costs nothing). No tape, no
// heap; the shape of the sweep is fixed at compile time, so adjoints are assigned on first write rather
// than zero-initialised and added to.

#include <ctgrad/derivative.hpp>
#include <ctgrad/derivative_rules.hpp>
#include <ctgrad/detail/evaluation_plan.hpp>
#include <ctgrad/evaluate.hpp>
#include <ctgrad/expression.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/tuple.hpp>

#include <array>
#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

namespace ctgrad {

namespace detail::reverse {

using namespace evaluation;

/// An operand of a rule as the rule sees it: rationals stay (so exponents stay compile-time), every
/// other operand becomes a placeholder bound to its value.
template <std::size_t J, class Operand>
using rule_operand = std::conditional_t<is_rational_v<Operand>, Operand, placeholder<J>>;

template <class Node, class Sequence> struct rule_form;
template <class Operation, class... Operands, std::size_t... J>
struct rule_form<expression<Operation, Operands...>, std::index_sequence<J...>> {
    using node = expression<Operation, rule_operand<J, Operands>...>;
    template <std::size_t K>
    static constexpr auto partial() { return rules::partial<K>(Operation{}, rule_operand<J, Operands>{}...); }
};
template <class Node> struct rule_form_of;
template <class Operation, class... Operands>
struct rule_form_of<expression<Operation, Operands...>> : rule_form<expression<Operation, Operands...>, std::index_sequence_for<Operands...>> {};

/// Evaluates a rule's expression T (in placeholders) for one node: the node's own form is its forward
/// value, placeholder<J> the value of operand J; u^(-q) is the reciprocal of the node when the node is
/// u^q (d sqrt(u) = 1/(2 sqrt(u)) reuses sqrt(u)). Rules are a few nodes big and reuse their node's value
/// where they repeat something, so a direct walk is all they need.
template <class T, class Form, class Scalar, class NodeValue, class OperandValues>
constexpr auto evaluate_rule(const NodeValue& node_value, const OperandValues& operand_values) {
    if constexpr (std::is_same_v<T, Form>) return node_value;
    else if constexpr (is_placeholder_v<T>) return std::get<T::index>(operand_values);
    else if constexpr (is_rational_v<T>) return rational_as<Scalar, T>();
    else if constexpr (bound_reciprocal<T, type_list<Form>>::value != none) return reciprocal<Scalar>(node_value);
    else return []<class Operation, class... Operands>(std::type_identity<expression<Operation, Operands...>>, const auto& node, const auto& operands) {
        return apply_node<T, Scalar>(evaluate_rule<Operands, Form, Scalar>(node, operands)...);
    }(std::type_identity<T>{}, node_value, operand_values);
}

/// The value of d(node I)/d(operand K), from the forward values.
template <class Plan, class Scalar, std::size_t I, std::size_t K, class Memo>
constexpr auto partial_value(const Memo& memo) {
    using n = node_at_t<I, Plan>;
    using form = rule_form_of<typename n::type>;
    using partial_expression = std::remove_cvref_t<decltype(form::template partial<K>())>;
    return [&]<std::size_t... C>(index_list<C...>) {
        return evaluate_rule<partial_expression, typename form::node, Scalar>(hana::at_c<I>(memo), std::tie(hana::at_c<C>(memo)...));
    }(typename n::children{});
}

/// The shape of the reverse sweep, computed once per plan: which nodes need an adjoint (they depend on
/// a variable we differentiate with respect to), and, for each node, which (parent, operand slot) writes
/// its adjoint first in the sweep's order (parents from last to first, slots from first to last) --
/// that write assigns, later ones add.
template <class Plan, class... Symbols>
struct sweep_shape {
    static constexpr std::size_t size = Plan::size;

    template <std::size_t I>
    static constexpr bool node_needs_adjoint() {
        using n = node_at_t<I, Plan>;
        if constexpr (n::kind == node_kind::computed) return (depends_on_v<typename n::type, Symbols> || ...);
        else return (std::is_same_v<typename n::type, Symbols> || ...);
    }
    static constexpr auto needs_adjoint = []<std::size_t... I>(std::index_sequence<I...>) {
        return std::array<bool, size>{node_needs_adjoint<I>()...};
    }(std::make_index_sequence<size>{});

    struct edge {
        std::size_t parent, slot, child;
    };
    template <std::size_t I> static constexpr std::size_t arity = size_of_node<typename node_at_t<I, Plan>::type>::value *
                                                                   (node_at_t<I, Plan>::kind == node_kind::computed);
    static constexpr std::size_t edge_count = []<std::size_t... I>(std::index_sequence<I...>) {
        return (std::size_t{0} + ... + arity<I>);
    }(std::make_index_sequence<size>{});

    template <std::size_t I, class Edges>
    static constexpr void append_edges(Edges& edges, std::size_t& next) {
        [&]<std::size_t... C>(index_list<C...>) {
            std::size_t slot = 0;
            ((edges[next++] = edge{I, slot++, C}), ...);
        }(typename node_at_t<I, Plan>::children{});
    }
    static constexpr auto edges = [] {
        std::array<edge, edge_count> result{};
        std::size_t next = 0;
        [&]<std::size_t... I>(std::index_sequence<I...>) { (append_edges<I>(result, next), ...); }(std::make_index_sequence<size>{});
        return result;
    }();

    static constexpr auto first_writer = [] {
        std::array<std::pair<std::size_t, std::size_t>, size> writer{};
        for (auto& w : writer) w = {none, none};
        for (std::size_t parent = size; parent-- > 0;)
            for (const edge& e : edges)
                if (e.parent == parent && writer[e.child].first == none) writer[e.child] = {e.parent, e.slot};
        return writer;
    }();
};

template <class Adjoint, class V>
constexpr Adjoint as_adjoint(const V& value) {
    if constexpr (std::is_constructible_v<Adjoint, const V&>) return Adjoint(value);
    else return value;
}

/// One forward and one reverse sweep; returns (value, std::array of partials).
template <class... Symbols, class E, class... Bindings>
constexpr auto value_and_gradient(const E& e, const Bindings&... bindings) {
    using context = evaluation::context<hana::tuple<E>, Bindings...>;
    using plan = typename context::plan_type;
    constexpr std::size_t root = []<std::size_t R>(index_list<R>) { return R; }(typename context::root_indices{});
    const auto memo = context::evaluator_type::run(hana::tuple<E>{e}, hana::tuple<Bindings...>{bindings...});
    using adjoint = std::remove_cvref_t<decltype(hana::at_c<root>(memo))>;
    std::array<adjoint, plan::size> adjoints{};
    using shape = sweep_shape<plan, Symbols...>;

    const auto sweep_node = [&]<std::size_t I>(std::integral_constant<std::size_t, I>) {
        using n = node_at_t<I, plan>;
        if constexpr (n::kind == node_kind::computed && shape::needs_adjoint[I]) {
            [&]<std::size_t... C>(index_list<C...>) {
                constexpr std::size_t children[] = {C...};
                const auto contribute = [&]<std::size_t Child, std::size_t K>() {
                    if constexpr (shape::needs_adjoint[Child]) {
                        using partial_type = std::remove_cvref_t<decltype(rule_form_of<typename n::type>::template partial<K>())>;
                        adjoint contribution{};
                        if constexpr (I == root) {
                            if constexpr (is_one_v<partial_type>) contribution = as_adjoint<adjoint>(1);
                            else contribution = as_adjoint<adjoint>(partial_value<plan, typename context::scalar, I, K>(memo));
                        } else {
                            if constexpr (is_one_v<partial_type>) contribution = adjoints[I];                  // adjoint * 1
                            else if constexpr (std::is_same_v<partial_type, minus_one>) contribution = -adjoints[I];
                            else contribution = as_adjoint<adjoint>(adjoints[I] * partial_value<plan, typename context::scalar, I, K>(memo));
                        }
                        if constexpr (shape::first_writer[Child] == std::pair<std::size_t, std::size_t>{I, K}) adjoints[Child] = contribution;
                        else adjoints[Child] = adjoints[Child] + contribution;
                    }
                };
                [&]<std::size_t... K>(std::index_sequence<K...>) {
                    (contribute.template operator()<children[K], K>(), ...);
                }(std::index_sequence_for<decltype(C)...>{});
            }(typename n::children{});
        }
    };
    [&]<std::size_t... P>(std::index_sequence<P...>) {
        (sweep_node(std::integral_constant<std::size_t, plan::size - 1 - P>{}), ...);
    }(std::make_index_sequence<plan::size>{});

    const auto partial_for = [&]<class Symbol>(std::type_identity<Symbol>) -> adjoint {
        constexpr std::size_t index = find_in_plan<Symbol, plan>::value;
        if constexpr (index == none) return as_adjoint<adjoint>(0);       // f does not depend on it
        else if constexpr (index == root) return as_adjoint<adjoint>(1);  // f is the variable itself
        else return adjoints[index];
    };
    return std::pair{hana::at_c<root>(memo), std::array<adjoint, sizeof...(Symbols)>{partial_for(std::type_identity<Symbols>{})...}};
}

}  // namespace detail::reverse

/// The value of f and its gradient: `auto [value, gradient] = ...`.
template <class Value, class Gradient>
struct value_and_gradient_result {
    Value value;
    Gradient gradient;
};

/// The gradient of a function with respect to some of its variables (see the top of this header).
template <class E, class... Symbols>
struct gradient_expression {
    E function;

    /// The I-th partial derivative, d(f, x_I), as an expression.
    template <std::size_t I>
    constexpr auto get() const {
        return d(function, std::tuple_element_t<I, std::tuple<Symbols...>>{});
    }

    /// All partial derivatives' values, in one forward and one reverse sweep.
    template <class... Bindings>
    constexpr auto operator()(const Bindings&... bindings) const {
        detail::check_evaluation<E, Bindings...>();
        if constexpr ((is_binding_v<Bindings> && ...)) return detail::reverse::value_and_gradient<Symbols...>(function, bindings...).second;
    }
};

/// Evaluates f and its gradient together.
template <class E, class... Symbols>
struct value_and_gradient_expression {
    E function;

    template <class... Bindings>
    constexpr auto operator()(const Bindings&... bindings) const {
        detail::check_evaluation<E, Bindings...>();
        if constexpr ((is_binding_v<Bindings> && ...)) {
            auto [value, partials] = detail::reverse::value_and_gradient<Symbols...>(function, bindings...);
            return value_and_gradient_result<decltype(value), decltype(partials)>{value, partials};
        }
    }
};

namespace detail {
template <class E, class... Variables>
constexpr bool check_gradient_arguments() {
    static_assert(diagnostic::is_an_expression_or_number<E>::value,
                  "ctgrad::gradient(f, x...): f must be a ctgrad expression; its type is the argument of is_an_expression_or_number above");
    static_assert(sizeof...(Variables) > 0, "ctgrad::gradient(f, x...): name at least one variable");
    static_assert((diagnostic::is_a_variable<Variables>::value && ...),
                  "ctgrad::gradient(f, x...): each x must be a variable (ctgrad::var<\"x\">); the type given is the argument of is_a_variable above");
    return Expression<E> && (is_symbol_v<Variables> && ...);
}
}  // namespace detail

template <class E, class... Variables>
constexpr auto gradient(const E& f, const Variables&...) {
    if constexpr (detail::check_gradient_arguments<E, Variables...>()) return gradient_expression<E, Variables...>{f};
}

template <class E, class... Variables>
constexpr auto value_and_gradient(const E& f, const Variables&...) {
    if constexpr (detail::check_gradient_arguments<E, Variables...>()) return value_and_gradient_expression<E, Variables...>{f};
}

/// Structured bindings: `auto [fx, fy] = gradient(f, x, y);`
template <std::size_t I, class E, class... Symbols>
constexpr auto get(const gradient_expression<E, Symbols...>& g) { return g.template get<I>(); }

}  // namespace ctgrad

template <class E, class... Symbols>
struct std::tuple_size<ctgrad::gradient_expression<E, Symbols...>> : std::integral_constant<std::size_t, sizeof...(Symbols)> {};
template <std::size_t I, class E, class... Symbols>
struct std::tuple_element<I, ctgrad::gradient_expression<E, Symbols...>> {
    using type = decltype(std::declval<const ctgrad::gradient_expression<E, Symbols...>&>().template get<I>());
};
