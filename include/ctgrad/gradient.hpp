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

#include <ctgrad/config.hpp>
#include <ctgrad/derivative.hpp>
#include <ctgrad/derivative_rules.hpp>
#include <ctgrad/detail/evaluation_plan.hpp>
#include <ctgrad/detail/rational_arithmetic.hpp>
#include <ctgrad/detail/product.hpp>
#include <ctgrad/detail/sum.hpp>
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

/// A rule's partial derivative split into its compile-time coefficient and the rest, which is evaluated:
/// d/du (3*u^2) = 6 * u. The coefficients are not multiplied at run time where they can be folded.
template <class Plan, std::size_t I, std::size_t K>
struct partial_parts {
    using form = rule_form_of<typename node_at_t<I, Plan>::type>;
    using expression_type = std::remove_cvref_t<decltype(form::template partial<K>())>;
    using coefficient = coefficient_of_t<expression_type>;  // a rational: rules' operands carry no run-time constants
    using rest = monomial_of_t<expression_type>;             // one when the partial is a number
};

template <class T> inline constexpr bool is_reciprocal_v = false;
template <class Base> inline constexpr bool is_reciprocal_v<power<Base, minus_one>> = true;

/// The value of the rest of d(node I)/d(operand K), from the forward values (Denominator: of u, where the
/// rest is u^-1).
template <class Plan, class Scalar, std::size_t I, std::size_t K, bool Denominator = false, class Memo>
constexpr auto partial_rest_value(const Memo& memo) {
    using n = node_at_t<I, Plan>;
    using parts = partial_parts<Plan, I, K>;
    using rest = std::conditional_t<Denominator, base_of_t<typename parts::rest>, typename parts::rest>;
    return [&]<std::size_t... C>(index_list<C...>) {
        return evaluate_rule<rest, typename parts::form::node, Scalar>(slot<I>(memo), std::tie(slot<C>(memo)...));
    }(typename n::children{});
}

/// The shape of the reverse sweep, computed once per plan:
///  * which nodes need an adjoint (they depend on a variable we differentiate with respect to);
///  * for each node, which (parent, operand slot) writes its adjoint first in the sweep's order (parents
///    from last to first, slots from first to last): that write assigns, later ones add;
///  * a compile-time scale per adjoint. The rules' rational coefficients are not multiplied in as they
///    are met: the adjoint of node C is scale[C] * (its run-time part), where the run-time part may be
///    exactly 1 (`unit`). Contributions that meet at a node with equal scales keep the scale; otherwise
///    each is multiplied by its scale there. So d(2x^2 + 3y^2) gives 4*x and 6*y, as written by hand.
template <class Plan, std::size_t Root, class... Symbols>
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
        rational_value coefficient;  // of the rule's partial derivative
        bool rest_is_one;            // the partial is just its coefficient
    };
    template <std::size_t I> static constexpr std::size_t arity = size_of_node<typename node_at_t<I, Plan>::type>::value *
                                                                   (node_at_t<I, Plan>::kind == node_kind::computed);
    static constexpr std::size_t edge_count = []<std::size_t... I>(std::index_sequence<I...>) {
        return (std::size_t{0} + ... + arity<I>);
    }(std::make_index_sequence<size>{});

    template <std::size_t I, class Edges>
    static constexpr void append_edges(Edges& edges, std::size_t& next) {
        [&]<std::size_t... C>(index_list<C...>) {
            [&]<std::size_t... K>(std::index_sequence<K...>) {
                ((edges[next++] = edge{I, K, C, value_of<typename partial_parts<Plan, I, K>::coefficient>(),
                                       is_one_v<typename partial_parts<Plan, I, K>::rest>}),
                 ...);
            }(std::index_sequence_for<decltype(C)...>{});
        }(typename node_at_t<I, Plan>::children{});
    }
    static constexpr auto edges = [] {
        std::array<edge, edge_count> result{};
        std::size_t next = 0;
        [&]<std::size_t... I>(std::index_sequence<I...>) { (append_edges<I>(result, next), ...); }(std::make_index_sequence<size>{});
        return result;
    }();

    struct adjoint_shape {
        std::pair<std::size_t, std::size_t> first_writer{none, none};
        rational_value scale{1, 1};
        bool unit = false;          // the run-time part is exactly 1
        bool shared_scale = true;   // the contributions share `scale` (else each is scaled where it arrives)
    };
    static constexpr bool small(rational_value r) { return absolute(r.numerator) < (wide_integer(1) << 62) && r.denominator < (wide_integer(1) << 62); }

    /// Where node I's edges start in `edges` (they are stored node by node, slot by slot).
    static constexpr auto edge_begin = []<std::size_t... I>(std::index_sequence<I...>) {
        std::array<std::size_t, size + 1> begin{};
        std::size_t next = 0, node = 0;
        ((begin[node++] = next, next += arity<I>), ...);
        begin[size] = next;
        return begin;
    }(std::make_index_sequence<size>{});

    /// Root is the node being differentiated (its adjoint is exactly 1). One pass over the edges, parents
    /// from last to first: a node's parents all come after it in the plan, so its shape is complete when
    /// the pass reaches it.
    static constexpr auto adjoints = [] {
        std::array<adjoint_shape, size> shape{};
        // (assigned explicitly: GCC 12 at -O2 constant-evaluates the default member initialisers of this
        // array's elements to zeros)
        for (adjoint_shape& node : shape) node = adjoint_shape{{none, none}, rational_value{1, 1}, false, true};
        std::array<std::size_t, size> contributions{};
        std::array<bool, size> all_unit{}, constant_contribution{};
        for (std::size_t node = size; node-- > 0;) {
            if (!needs_adjoint[node]) continue;
            if (node == Root) shape[node].unit = true;
            else {  // all its contributions are in: settle its shape
                shape[node].unit = contributions[node] == 1 && all_unit[node];
                // a contribution that is a constant folds into the others at compile time only if each is
                // scaled where it arrives (2*x + 2, not 2*(x + 1))
                if (contributions[node] > 1 && constant_contribution[node]) shape[node].shared_scale = false;
                if (!shape[node].shared_scale || !small(shape[node].scale)) {
                    shape[node].shared_scale = false;
                    shape[node].scale = {1, 1};
                }
            }
            for (std::size_t k = edge_begin[node]; k < edge_begin[node + 1]; ++k) {
                const edge& e = edges[k];
                const std::size_t child = e.child;
                if (!needs_adjoint[child]) continue;
                const rational_value contribution_scale = shape[node].scale * e.coefficient;
                if (contributions[child] == 0) {
                    shape[child].first_writer = {node, e.slot};
                    shape[child].scale = contribution_scale;
                    all_unit[child] = true;
                } else if (compare(shape[child].scale, contribution_scale) != 0) {
                    shape[child].shared_scale = false;
                }
                const bool constant = shape[node].unit && e.rest_is_one;
                all_unit[child] = all_unit[child] && constant;
                constant_contribution[child] = constant_contribution[child] || constant;
                ++contributions[child];
            }
        }
        return shape;
    }();
};

template <class Adjoint, class V>
constexpr Adjoint as_adjoint(const V& value) {
    if constexpr (std::is_constructible_v<Adjoint, const V&>) return Adjoint(value);
    else return value;
}

template <class RootIndices> inline constexpr std::size_t first_root_v = none;
template <std::size_t R, std::size_t... Rest> inline constexpr std::size_t first_root_v<index_list<R, Rest...>> = R;

/// value * r for a compile-time rational r (nothing for 1, a negation for -1).
template <rational_value R, class Scalar, class V>
constexpr auto scaled(const V& value) {
    if constexpr (R.numerator == 1 && R.denominator == 1) return value;
    else if constexpr (R.numerator == -1 && R.denominator == 1) return -value;
    else {
        constexpr auto r = make_rational<R>();
        return value * rational_as<Scalar, decltype(r)>();
    }
}

/// One forward and one reverse sweep; returns (value, std::array of partials).
template <class... Symbols, class E, class... Bindings>
CTGRAD_FORCE_INLINE constexpr auto value_and_gradient(const E& e, const Bindings&... bindings) {
    using context = evaluation::context<hana::tuple<E>, Bindings...>;
    using plan = typename context::plan_type;
    using scalar = typename context::scalar;
    constexpr std::size_t root = first_root_v<typename context::root_indices>;
    const auto memo = context::evaluator_type::run(hana::tuple<E>{e}, hana::tuple<Bindings...>{bindings...});
    using adjoint = std::remove_cvref_t<decltype(slot<root>(memo))>;
    using shape = sweep_shape<plan, root, Symbols...>;
    std::array<adjoint, plan::size> adjoints;  // each read adjoint is written first (the sweep's shape says where)

    // The contribution of node I to its operand K, Child: d(root)/d(node I) * d(node I)/d(Child).
    const auto contribute = [&]<std::size_t I, std::size_t K, std::size_t Child>() CTGRAD_FORCE_INLINE_LAMBDA {
        using parts = partial_parts<plan, I, K>;
        constexpr bool parent_unit = shape::adjoints[I].unit;
        constexpr bool rest_is_one = is_one_v<typename parts::rest>;
        constexpr bool child_unit = shape::adjoints[Child].unit;
        constexpr bool child_shared_scale = shape::adjoints[Child].shared_scale;
        constexpr rational_value edge_scale = shape::adjoints[I].scale * value_of<typename parts::coefficient>();
        constexpr bool first_write = shape::adjoints[Child].first_writer == std::pair<std::size_t, std::size_t>{I, K};
        if constexpr (!child_unit) {  // (a unit adjoint is the constant `scale`: nothing to store)
            adjoint contribution = [&] {
                if constexpr (parent_unit && rest_is_one) return as_adjoint<adjoint>(1);
                else if constexpr (parent_unit) return as_adjoint<adjoint>(partial_rest_value<plan, scalar, I, K>(memo));
                else if constexpr (rest_is_one) return adjoints[I];
                else if constexpr (is_reciprocal_v<typename parts::rest>)  // adjoint * u^-1 as adjoint / u: one rounding
                    return as_adjoint<adjoint>(adjoints[I] / partial_rest_value<plan, scalar, I, K, true>(memo));
                else return as_adjoint<adjoint>(adjoints[I] * partial_rest_value<plan, scalar, I, K>(memo));
            }();
            if constexpr (!child_shared_scale) contribution = as_adjoint<adjoint>(scaled<edge_scale, scalar>(contribution));
            if constexpr (first_write) adjoints[Child] = contribution;
            else adjoints[Child] = adjoints[Child] + contribution;
        }
    };
    const auto sweep_node = [&]<std::size_t I>(std::integral_constant<std::size_t, I>) CTGRAD_FORCE_INLINE_LAMBDA {
        using n = node_at_t<I, plan>;
        if constexpr (n::kind == node_kind::computed && shape::needs_adjoint[I]) {
            [&]<std::size_t... C>(index_list<C...>) CTGRAD_FORCE_INLINE_LAMBDA {
                constexpr std::size_t children[] = {C...};
                [&]<std::size_t... K>(std::index_sequence<K...>) CTGRAD_FORCE_INLINE_LAMBDA {
                    ((shape::needs_adjoint[children[K]] ? contribute.template operator()<I, K, children[K]>() : void()), ...);
                }(std::index_sequence_for<decltype(C)...>{});
            }(typename n::children{});
        }
    };
    [&]<std::size_t... P>(std::index_sequence<P...>) CTGRAD_FORCE_INLINE_LAMBDA {
        (sweep_node(std::integral_constant<std::size_t, plan::size - 1 - P>{}), ...);
    }(std::make_index_sequence<plan::size>{});

    const auto partial_for = [&]<class Symbol>(std::type_identity<Symbol>) -> adjoint {
        constexpr std::size_t index = find_in_plan<Symbol, plan>::value;
        if constexpr (index == none) return as_adjoint<adjoint>(0);  // f does not depend on it
        else {
            constexpr auto& node = shape::adjoints[index];
            constexpr rational_value scale = node.shared_scale ? node.scale : rational_value{1, 1};
            if constexpr (node.unit) return as_adjoint<adjoint>(scaled<scale, scalar>(as_adjoint<adjoint>(1)));
            else return as_adjoint<adjoint>(scaled<scale, scalar>(adjoints[index]));
        }
    };
    return std::pair{slot<root>(memo), std::array<adjoint, sizeof...(Symbols)>{partial_for(std::type_identity<Symbols>{})...}};
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
    CTGRAD_FORCE_INLINE constexpr auto operator()(const Bindings&... bindings) const {
        detail::check_evaluation<E, Bindings...>();
        if constexpr ((is_binding_v<Bindings> && ...)) return detail::reverse::value_and_gradient<Symbols...>(function, bindings...).second;
    }
};

/// Evaluates f and its gradient together.
template <class E, class... Symbols>
struct value_and_gradient_expression {
    E function;

    template <class... Bindings>
    CTGRAD_FORCE_INLINE constexpr auto operator()(const Bindings&... bindings) const {
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
