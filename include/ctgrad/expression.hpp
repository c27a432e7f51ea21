#pragma once
// The expression model: leaves (rational<N, D>, constant<T>, variable<"x">, placeholder<I>) and one
// generic node, expression<Operation, Operands...>, whose operation is an empty tag type from
// <ctgrad/operation.hpp>. Every ctgrad expression is one of these types, in normal form
// (see <ctgrad/normal_form.hpp> for what that means).

#include <ctgrad/config.hpp>
#include <ctgrad/detail/type_list.hpp>
#include <ctgrad/fixed_string.hpp>
#include <ctgrad/number.hpp>
#include <ctgrad/operation.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/tuple.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace ctgrad {

namespace hana = boost::hana;

/// A value for a variable (or for any static subexpression) at evaluation: what `x = 2.0` makes.
template <class Bound, class Value>
struct binding {
    using bound_type = Bound;
    using value_type = Value;
    Value value;
};

/// Evaluates an expression with values for its variables: `evaluate(e, x = 1.0, y = 2.0)`, the same as
/// `e(x = 1.0, y = 2.0)`. Defined in <ctgrad/evaluate.hpp> (which <ctgrad/operators.hpp>, and so every
/// header that builds expressions, includes).
template <class E, class... Bindings>
CTGRAD_FORCE_INLINE constexpr auto evaluate(const E& expression_value, const Bindings&... bindings);

namespace detail {

/// What every expression type can do: be evaluated with bindings, `e(x = 2)`.
template <class Derived>
struct evaluable {
    template <class... Bindings>
    CTGRAD_FORCE_INLINE constexpr auto operator()(const Bindings&... bindings) const {
        return ctgrad::evaluate(static_cast<const Derived&>(*this), bindings...);
    }
};

/// What variables and placeholders can do besides: be bound to a value, `x = 2`.
template <class Derived>
struct bindable : evaluable<Derived> {
    template <class Value>
        requires(!std::is_base_of_v<evaluable<std::remove_cvref_t<Value>>, std::remove_cvref_t<Value>>)
    constexpr binding<Derived, std::remove_cvref_t<Value>> operator=(Value&& value) const {
        return {static_cast<Value&&>(value)};
    }
};

}  // namespace detail

/// An exact rational constant that lives in the type (what `2_c` and `2_c / 3_c` make). Always reduced,
/// with a positive denominator.
template <std::intmax_t Numerator, std::intmax_t Denominator = 1>
struct rational : detail::evaluable<rational<Numerator, Denominator>> {
    static_assert(Denominator > 0, "ctgrad::rational<N, D>: the denominator must be positive");
    static constexpr std::intmax_t numerator = Numerator;
    static constexpr std::intmax_t denominator = Denominator;
};

/// A constant whose value is carried at run time (what a plain number such as `2` or `0.5` becomes in an
/// expression). Its type says only what kind of number it is.
template <class Value>
struct constant : detail::evaluable<constant<Value>> {
    Value value{};
    constexpr constant() = default;
    constexpr constant(Value number) : value(number) {}
};

/// A named variable (`ctgrad::var<"x">`); bound to a value at evaluation with `x = 2.0`.
template <fixed_string Name>
struct variable : detail::bindable<variable<Name>> {
    static constexpr std::string_view name = Name.view();
    using detail::bindable<variable<Name>>::operator=;
};

/// The variable named Name: `constexpr auto x = ctgrad::var<"x">;`
template <fixed_string Name>
inline constexpr variable<Name> var{};

/// An anonymous symbol used by ctgrad's derivative rules (`_0`, `_1`, ...); bound like a variable.
template <std::size_t Index>
struct placeholder : detail::bindable<placeholder<Index>> {
    static constexpr std::size_t index = Index;
    using detail::bindable<placeholder<Index>>::operator=;
};

/// The one node type: an operation applied to operands, each an expression.
template <class Operation, class... Operands>
struct expression : detail::evaluable<expression<Operation, Operands...>> {
    using operation_type = Operation;
    hana::tuple<Operands...> operands;

    constexpr expression() = default;
    constexpr explicit expression(hana::tuple<Operands...> operand_values) : operands(operand_values) {}
};

namespace detail {

/// During normalisation, the run-time constant<Value> found at Path in the Input-th operand
/// (<ctgrad/detail/label.hpp>). An empty type: the value stays in the operand.
template <std::size_t Input, class Path, class Value>
struct labeled_constant {};

/// During normalisation, a number folded from others: Operation applied to Numbers (rationals, labeled
/// constants, folded numbers). Its value is computed when the result is materialised.
template <class Operation, class... Numbers>
struct folded_number {};

template <class T> struct is_number_leaf : std::false_type {};
template <std::size_t Input, class Path, class Value> struct is_number_leaf<labeled_constant<Input, Path, Value>> : std::true_type {};
template <class Operation, class... Numbers> struct is_number_leaf<folded_number<Operation, Numbers...>> : std::true_type {};

}  // namespace detail

template <class... Terms>
using sum = expression<operation::sum, Terms...>;
template <class... Factors>
using product = expression<operation::product, Factors...>;
template <class Base, class Exponent>
using power = expression<operation::power, Base, Exponent>;

using zero = rational<0>;
using one = rational<1>;
using minus_one = rational<-1>;

namespace detail {

template <class T> struct is_rational : std::false_type {};
template <std::intmax_t N, std::intmax_t D> struct is_rational<rational<N, D>> : std::true_type {};
template <class T> struct is_constant : std::false_type {};
template <class V> struct is_constant<constant<V>> : std::true_type {};
template <class T> struct is_variable : std::false_type {};
template <fixed_string Name> struct is_variable<variable<Name>> : std::true_type {};
template <class T> struct is_placeholder : std::false_type {};
template <std::size_t I> struct is_placeholder<placeholder<I>> : std::true_type {};
template <class T> struct is_node : std::false_type {};
template <class Operation, class... Operands> struct is_node<expression<Operation, Operands...>> : std::true_type {};

/// The number of operands of a node (0 for a leaf).
template <class T> struct size_of_node : std::integral_constant<std::size_t, 0> {};
template <class Operation, class... Operands>
struct size_of_node<expression<Operation, Operands...>> : std::integral_constant<std::size_t, sizeof...(Operands)> {};

template <class T> struct first_operand;
template <class Operation, class First, class... Rest>
struct first_operand<expression<Operation, First, Rest...>> { using type = First; };

template <class T> struct node_operation { using type = void; };
template <class Operation, class... Operands>
struct node_operation<expression<Operation, Operands...>> { using type = Operation; };

}  // namespace detail

template <class T> inline constexpr bool is_rational_v = detail::is_rational<T>::value;
template <class T> inline constexpr bool is_constant_v = detail::is_constant<T>::value;
template <class T> inline constexpr bool is_variable_v = detail::is_variable<T>::value;
template <class T> inline constexpr bool is_placeholder_v = detail::is_placeholder<T>::value;

/// True for the leaves that must be bound before evaluation: variables and placeholders.
template <class T> inline constexpr bool is_symbol_v = is_variable_v<T> || is_placeholder_v<T>;
/// True for numbers inside an expression: rational<N, D> and constant<T>.
template <class T> inline constexpr bool is_numeric_v = is_rational_v<T> || is_constant_v<T> || detail::is_number_leaf<T>::value;

/// A ctgrad expression type (after removing cv-qualifiers and references).
template <class T>
concept Expression = is_numeric_v<std::remove_cvref_t<T>> || is_symbol_v<std::remove_cvref_t<T>> ||
                     detail::is_node<std::remove_cvref_t<T>>::value;

/// A ctgrad expression type or a number that becomes one (see <ctgrad/number.hpp>).
template <class T>
concept ExpressionOrNumber = Expression<T> || Number<T>;

/// The operation of a node type; void for leaves.
template <class T> using operation_of = typename detail::node_operation<T>::type;

template <class T, class Operation>
inline constexpr bool is_operation_v = std::is_same_v<operation_of<T>, Operation>;

template <class T> inline constexpr bool is_sum_v = is_operation_v<T, operation::sum>;
template <class T> inline constexpr bool is_product_v = is_operation_v<T, operation::product>;
template <class T> inline constexpr bool is_power_v = is_operation_v<T, operation::power>;

template <class T> inline constexpr bool is_zero_v = std::is_same_v<T, zero>;
template <class T> inline constexpr bool is_one_v = std::is_same_v<T, one>;

namespace detail {

/// A static expression carries no run-time data: no constant<T> anywhere in it. Two objects of one
/// static type are the same expression, so the type alone decides equality, like terms, and sharing.
template <class T> struct is_static : std::bool_constant<!is_constant_v<T>> {};
template <class Operation, class... Operands>
struct is_static<expression<Operation, Operands...>> : std::bool_constant<(is_static<Operands>::value && ...)> {};

/// Does expression T contain the symbol S?
template <class T, class S> struct depends_on : std::is_same<T, S> {};
template <class Operation, class... Operands, class S>
struct depends_on<expression<Operation, Operands...>, S>
    : std::bool_constant<(depends_on<Operands, S>::value || ...)> {};

}  // namespace detail

template <class T> inline constexpr bool is_static_v = detail::is_static<std::remove_cvref_t<T>>::value;
template <class T, class Symbol> inline constexpr bool depends_on_v = detail::depends_on<T, Symbol>::value;

/// The operands of a node, as a hana::tuple.
template <class Operation, class... Operands>
constexpr const hana::tuple<Operands...>& operands(const expression<Operation, Operands...>& node) noexcept {
    return node.operands;
}

namespace detail {

/// Builds a node from operands that are already in the order and form the node requires.
template <class Operation, class... Operands>
constexpr expression<Operation, Operands...> make_node(Operation, Operands... operands) {
    return expression<Operation, Operands...>{hana::tuple<Operands...>{operands...}};
}

}  // namespace detail

}  // namespace ctgrad

