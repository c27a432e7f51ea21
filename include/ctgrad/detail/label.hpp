#pragma once
// How run-time constants take part in type-level normalisation.
//
// The rules (<ctgrad/detail/normalize_fwd.hpp>) work on types only. Before an operation on operands that
// carry run-time constants (constant<T>), each constant is *labelled* with where it is: the constant at
// path P of the I-th operand becomes labeled_constant<I, P, T>, an empty type. The rules then treat it as
// a number: they fold it with other numbers into folded_number types (2*x + 3*x -> folded_number<sum, c0,
// c1>*x) and move it around like any subexpression. Finally the result is *materialised*: each labelled
// constant becomes a constant<T> holding the value read from the operand, each folded number a constant
// holding the value computed from its parts. So there is one implementation of every rule, and a static
// expression (no run-time constants) never runs any code to be built.

#include <ctgrad/detail/function_value.hpp>
#include <ctgrad/detail/numeric.hpp>
#include <ctgrad/detail/type_list.hpp>
#include <ctgrad/expression.hpp>

#include <boost/hana/at.hpp>

#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

namespace ctgrad::detail {

// ---- labelling ---------------------------------------------------------------------------------------

template <class T, std::size_t Input, class Path> struct label { using type = T; };
template <class Node, std::size_t Input, class Path, class Sequence> struct label_operands;

template <class V, std::size_t Input, class Path>
struct label<constant<V>, Input, Path> { using type = labeled_constant<Input, Path, V>; };

template <class Operation, class... Operands, std::size_t Input, class Path>
struct label<expression<Operation, Operands...>, Input, Path> {
    using type = typename std::conditional_t<is_static_v<expression<Operation, Operands...>>,
                                             std::type_identity<expression<Operation, Operands...>>,
                                             label_operands<expression<Operation, Operands...>, Input, Path, std::index_sequence_for<Operands...>>>::type;
};

template <class Operation, class... Operands, std::size_t Input, std::size_t... P, std::size_t... K>
struct label_operands<expression<Operation, Operands...>, Input, path_list<P...>, std::index_sequence<K...>> {
    using type = expression<Operation, typename label<Operands, Input, path_list<P..., K>>::type...>;
};

/// T with its run-time constants labelled as belonging to the Input-th operand.
template <class T, std::size_t Input> using label_t = typename label<T, Input, path_list<>>::type;

// ---- materialising -----------------------------------------------------------------------------------

template <class T> struct has_number_leaves : is_number_leaf<T> {};
template <class Operation, class... Operands>
struct has_number_leaves<expression<Operation, Operands...>> : std::bool_constant<(has_number_leaves<Operands>::value || ...)> {};

template <class Root>
constexpr const Root& subobject(path_list<>, const Root& root) { return root; }
template <std::size_t First, std::size_t... Rest, class Root>
constexpr const auto& subobject(path_list<First, Rest...>, const Root& root) {
    return subobject(path_list<Rest...>{}, hana::at_c<First>(root.operands));
}

/// Folds materialised numbers (rational objects or constant<T>) into a constant<T>.
template <class A, class B> constexpr auto fold_numbers(operation::sum, const A& a, const B& b) { return add_numbers(a, b); }
template <class A, class B> constexpr auto fold_numbers(operation::product, const A& a, const B& b) { return multiply_numbers(a, b); }
template <class A, class B> constexpr auto fold_numbers(operation::power, const A& a, const B& b) { return power_numbers(a, b); }
template <class Operation, class A>
constexpr auto fold_numbers(Operation operation_tag, const A& a) { return make_constant(function_value(operation_tag, a.value)); }

template <std::size_t I, class P, class V, class Operands>
constexpr auto materialize_parts(std::type_identity<labeled_constant<I, P, V>>, const Operands& operands);
template <class Operation, class... Numbers, class Operands>
constexpr auto materialize_parts(std::type_identity<folded_number<Operation, Numbers...>>, const Operands& operands);
template <class Operation, class... Parts, class Operands>
constexpr auto materialize_parts(std::type_identity<expression<Operation, Parts...>>, const Operands& operands);

/// The expression R with its labelled and folded numbers replaced by constants computed from the
/// operands (a std::tuple of references to them).
template <class R, class Operands>
constexpr auto materialize(const Operands& operands) {
    if constexpr (!has_number_leaves<R>::value) return R{};
    else return materialize_parts(std::type_identity<R>{}, operands);
}

template <std::size_t I, class P, class V, class Operands>
constexpr auto materialize_parts(std::type_identity<labeled_constant<I, P, V>>, const Operands& operands) {
    return constant<V>{subobject(P{}, std::get<I>(operands)).value};
}
template <class Operation, class... Numbers, class Operands>
constexpr auto materialize_parts(std::type_identity<folded_number<Operation, Numbers...>>, const Operands& operands) {
    return fold_numbers(Operation{}, materialize<Numbers>(operands)...);
}
template <class Operation, class... Parts, class Operands>
constexpr auto materialize_parts(std::type_identity<expression<Operation, Parts...>>, const Operands& operands) {
    return make_node(Operation{}, materialize<Parts>(operands)...);
}

}  // namespace ctgrad::detail
