#pragma once
// Evaluation: `e(x = 1.0, y = 2.0)` or `ctgrad::evaluate(e, x = 1.0, y = 2.0)`. Constant-evaluable (a
// static_assert can check a value), no heap, each distinct subexpression computed once
// (<ctgrad/detail/evaluation_plan.hpp>).
//
// Value types. A variable takes the type of its value: float stays float, std::complex stays complex, a
// user type (or ctgrad's Tensor) is used through its own operators and functions. Rational constants
// become numbers of the evaluation's scalar type: the common type of the bound values' scalars (and of
// the expression's run-time constants). If that is an integer type and the expression needs fractions
// (a non-integer rational, a negative power, a transcendental function), the scalar type is double and
// integer values are converted: `d(x*x + 2*x + 1, x)(x = 2)` is the int 6; `(x / 2_c)(x = 3)` is 1.5.
//
// Bindings may also give a value to any static subexpression (`ctgrad::bind(sin(x), 0.5)`): it is then
// not computed. Bindings for variables the expression does not use are allowed.

#include <ctgrad/config.hpp>
#include <ctgrad/detail/evaluation_plan.hpp>
#include <ctgrad/detail/function_value.hpp>
#include <ctgrad/detail/numeric.hpp>
#include <ctgrad/expression.hpp>
#include <ctgrad/math.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/tuple.hpp>

#include <complex>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace ctgrad {

template <class T> inline constexpr bool is_binding_v = false;
template <class Bound, class Value> inline constexpr bool is_binding_v<binding<Bound, Value>> = true;

/// A binding of any static subexpression to a value (for variables, `x = value` says the same).
template <class E, class Value>
constexpr binding<E, std::remove_cvref_t<Value>> bind(const E&, Value&& value) {
    static_assert(Expression<E> && is_static_v<E>,
                  "ctgrad::bind(e, value): e must be a ctgrad expression without run-time constants");
    return {static_cast<Value&&>(value)};
}

namespace detail {

/// The scalar type of a value type: itself for arithmetic types, T for std::complex<T>, V::scalar_type
/// when V says so, else double.
template <class V> struct scalar_of { using type = double; };
template <class V> requires std::is_arithmetic_v<V> struct scalar_of<V> { using type = V; };
template <class T> struct scalar_of<std::complex<T>> { using type = T; };
template <class V> requires requires { typename V::scalar_type; } struct scalar_of<V> { using type = typename V::scalar_type; };

template <class A, class B> struct join_scalar { using type = std::common_type_t<A, B>; };
template <class B> struct join_scalar<void, B> { using type = B; };
template <class A> struct join_scalar<A, void> { using type = A; };
template <> struct join_scalar<void, void> { using type = void; };

/// The common scalar type of the run-time constants in T (void if none).
template <class T> struct constants_scalar { using type = void; };
template <class V> struct constants_scalar<constant<V>> { using type = typename scalar_of<V>::type; };
template <class Operation, class First, class... Rest>
struct constants_scalar<expression<Operation, First, Rest...>> {
    using type = typename join_scalar<typename constants_scalar<First>::type,
                                      typename constants_scalar<expression<Operation, Rest...>>::type>::type;
};

/// Can T be evaluated exactly in integers? (No fractions, negative powers or transcendental functions.)
template <class T> struct integral_closed : std::true_type {};
template <std::intmax_t N, std::intmax_t D> struct integral_closed<rational<N, D>> : std::bool_constant<D == 1> {};
template <class V> struct integral_closed<constant<V>> : std::is_integral<V> {};
template <class Operation, class... Operands>
struct integral_closed<expression<Operation, Operands...>> {
    static constexpr bool value = [] {
        if constexpr (std::is_same_v<Operation, operation::sum> || std::is_same_v<Operation, operation::product> ||
                      std::is_same_v<Operation, operation::abs> || std::is_same_v<Operation, operation::sign> ||
                      std::is_same_v<Operation, operation::relu> || std::is_same_v<Operation, operation::unit_step>)
            return (integral_closed<Operands>::value && ...);
        else return false;
    }();
};
template <class Base, std::intmax_t N>
struct integral_closed<power<Base, rational<N, 1>>> : std::bool_constant<(N >= 0) && integral_closed<Base>::value> {};

template <class Roots, class... Bindings> struct evaluation_scalar;
template <class... Roots, class... Bindings>
struct evaluation_scalar<hana::tuple<Roots...>, Bindings...> {
    template <class... T> struct join_all { using type = void; };
    template <class First, class... Rest> struct join_all<First, Rest...> {
        using type = typename join_scalar<First, typename join_all<Rest...>::type>::type;
    };
    using joined = typename join_all<typename scalar_of<typename Bindings::value_type>::type...,
                                     typename constants_scalar<Roots>::type...>::type;
    using base = std::conditional_t<std::is_void_v<joined>, int, joined>;
    static constexpr bool closed = (integral_closed<Roots>::value && ...);
    using type = std::conditional_t<std::is_integral_v<base> && !closed, double, base>;
};

/// A bound value in the evaluation: integers become the floating scalar type when that is what it is.
template <class Scalar, class V>
constexpr auto convert_bound(const V& value) {
    if constexpr (std::is_integral_v<V> && std::is_floating_point_v<Scalar>) return static_cast<Scalar>(value);
    else return value;
}

/// 1 / value, in the value's own type where it is floating.
template <class Scalar, class V>
constexpr auto reciprocal(const V& value) {
    if constexpr (std::is_floating_point_v<V>) return V(1) / value;
    else if constexpr (std::is_integral_v<V>) return 1.0 / static_cast<double>(value);
    else if constexpr (is_complex_v<V>) return typename V::value_type(1) / value;
    else return Scalar(1) / value;
}

template <class V>
constexpr auto square_root(const V& value) {
    if constexpr (MathValue<V>) return math::sqrt(value);
    else { using std::sqrt; return sqrt(value); }
}

template <class B, class E>
constexpr auto general_power(const B& base, const E& exponent) {
    if constexpr (MathValue<B> && MathValue<E>) return math::pow(base, exponent);
    else { using std::pow; return pow(base, exponent); }
}

/// base^(N/D): products for integer N/D, sqrt for halves, pow otherwise.
template <std::intmax_t N, std::intmax_t D, class Scalar, class V>
constexpr auto rational_power(const V& base) {
    if constexpr (N < 0) return reciprocal<Scalar>(rational_power<-N, D, Scalar>(base));
    else if constexpr (D == 1) return integer_power<N>(base);
    else if constexpr (D == 2 && N == 1) return square_root(base);
    else if constexpr (D == 2) return integer_power<N / 2>(base) * square_root(base);
    else return general_power(base, static_cast<Scalar>(N) / static_cast<Scalar>(D));
}

namespace evaluation {

/// The value of node T from the values of its operands.
template <class T, class Scalar, class... V>
constexpr auto apply_node(const V&... values) {
    using operation_tag = operation_of<T>;
    if constexpr (std::is_same_v<operation_tag, operation::sum>) return (... + values);
    else if constexpr (std::is_same_v<operation_tag, operation::product>) return (... * values);
    else if constexpr (std::is_same_v<operation_tag, operation::power>) {
        using exponent = std::remove_cvref_t<decltype(hana::at_c<1>(std::declval<T>().operands))>;
        if constexpr (is_rational_v<exponent>) {
            const auto& base = hana::at_c<0>(hana::tuple<const V&...>{values...});
            return rational_power<exponent::numerator, exponent::denominator, Scalar>(base);
        } else return general_power(values...);
    } else return function_value(operation_tag{}, values...);
}

template <class Plan, class Scalar, class Roots, class Bindings>
struct evaluator {
    template <std::size_t I> using node = node_at_t<I, Plan>;

    template <std::size_t K>
    using bound_value_t = std::remove_cvref_t<decltype(convert_bound<Scalar>(hana::at_c<K>(std::declval<const Bindings&>()).value))>;

    template <std::size_t I>
    static constexpr auto value_type_of() {
        using n = node<I>;
        using type = typename n::type;
        if constexpr (n::kind == node_kind::rational_leaf) return std::type_identity<decltype(rational_as<Scalar, type>())>{};
        else if constexpr (n::kind == node_kind::constant_leaf) return std::type_identity<decltype(type::value)>{};
        else if constexpr (n::kind == node_kind::bound) return std::type_identity<bound_value_t<n::binding>>{};
        else if constexpr (n::kind == node_kind::reciprocal_of_bound)
            return std::type_identity<std::remove_cvref_t<decltype(reciprocal<Scalar>(std::declval<bound_value_t<n::reciprocal_binding>>()))>>{};
        else return []<std::size_t... C>(index_list<C...>) {
            return std::type_identity<std::remove_cvref_t<decltype(apply_node<type, Scalar>(
                std::declval<const typename decltype(value_type_of<C>())::type&>()...))>>{};
        }(typename n::children{});
    }
    template <std::size_t I> using value_t = typename decltype(value_type_of<I>())::type;

    using memo_type = typename decltype([]<std::size_t... I>(std::index_sequence<I...>) {
        return std::type_identity<memo_storage<std::index_sequence<I...>, value_t<I>...>>{};
    }(std::make_index_sequence<Plan::size>{}))::type;

    template <std::size_t I>
    CTGRAD_FORCE_INLINE static constexpr void compute(memo_type& memo, const Roots& roots, const Bindings& bindings) {
        using n = node<I>;
        auto& value = slot<I>(memo);
        if constexpr (n::kind == node_kind::rational_leaf) value = rational_as<Scalar, typename n::type>();
        else if constexpr (n::kind == node_kind::constant_leaf) value = object_at(typename n::path_type{}, roots).value;
        else if constexpr (n::kind == node_kind::bound) value = convert_bound<Scalar>(hana::at_c<n::binding>(bindings).value);
        else if constexpr (n::kind == node_kind::reciprocal_of_bound)
            value = reciprocal<Scalar>(convert_bound<Scalar>(hana::at_c<n::reciprocal_binding>(bindings).value));
        else {
            const auto compute_from_operands = [&]<std::size_t... C>(index_list<C...>) {
                return apply_node<typename n::type, Scalar>(slot<C>(memo)...);
            };
            if constexpr (n::same == none) value = compute_from_operands(typename n::children{});
            else {
                using earlier = node<n::same>;
                if (same_constants(object_at(typename n::path_type{}, roots), object_at(typename earlier::path_type{}, roots)))
                    value = slot<n::same>(memo);
                else value = compute_from_operands(typename n::children{});
            }
        }
    }

    CTGRAD_FORCE_INLINE static constexpr memo_type run(const Roots& roots, const Bindings& bindings) {
        memo_type memo;  // every node is computed below, in order
        [&]<std::size_t... I>(std::index_sequence<I...>) CTGRAD_FORCE_INLINE_LAMBDA {
            (compute<I>(memo, roots, bindings), ...);
        }(std::make_index_sequence<Plan::size>{});
        return memo;
    }
};

/// Everything about evaluating the roots in the tuple Roots with Bindings...
template <class Roots, class... Bindings>
struct context;
template <class... Roots, class... Bindings>
struct context<hana::tuple<Roots...>, Bindings...> {
    using scalar = typename evaluation_scalar<hana::tuple<Roots...>, Bindings...>::type;
    using made = make_plan<list<typename Bindings::bound_type...>, Roots...>;
    using plan_type = typename made::plan_type;
    using root_indices = typename made::root_indices;
    using evaluator_type = evaluator<plan_type, scalar, hana::tuple<Roots...>, hana::tuple<Bindings...>>;
};

}  // namespace evaluation

// ---- diagnostics -------------------------------------------------------------------------------------

/// The first symbol of T that no binding covers (void if none).
template <class T, class BoundList> struct first_unbound_symbol { using type = void; };
template <class T, class... Bound>
    requires(is_symbol_v<T> && evaluation::index_of_v<T, Bound...> == evaluation::none)
struct first_unbound_symbol<T, evaluation::list<Bound...>> { using type = T; };
template <class Operation, class... Operands, class... Bound>
    requires(evaluation::index_of_v<expression<Operation, Operands...>, Bound...> == evaluation::none)
struct first_unbound_symbol<expression<Operation, Operands...>, evaluation::list<Bound...>> {
    template <class... T> struct first_non_void { using type = void; };
    template <class First, class... Rest> struct first_non_void<First, Rest...> {
        using type = std::conditional_t<std::is_void_v<First>, typename first_non_void<Rest...>::type, First>;
    };
    using type = typename first_non_void<typename first_unbound_symbol<Operands, evaluation::list<Bound...>>::type...>::type;
};

namespace diagnostic {
/// Only the type argument matters: the compiler prints it when the check fails.
// (Each has its own `value` rather than a base class's, so that GCC, too, names the template in its note.)
template <class UnboundVariable> struct every_variable_is_bound { static constexpr bool value = std::is_void_v<UnboundVariable>; };
template <class Argument> struct is_a_binding { static constexpr bool value = is_binding_v<Argument>; };
}  // namespace diagnostic

template <class Bound, class List> struct count_in;
template <class Bound, class... Types> struct count_in<Bound, evaluation::list<Types...>> {
    static constexpr std::size_t value = (std::size_t(std::is_same_v<Bound, Types>) + ... + 0);
};

template <class E, class... Bindings>
constexpr void check_evaluation() {
    static_assert((diagnostic::is_a_binding<Bindings>::value && ...),
                  "ctgrad::evaluate(e, bindings...) / e(bindings...): every argument after the expression must be a binding such as x = 2.0");
    if constexpr ((is_binding_v<Bindings> && ...)) {
        using bound = evaluation::list<typename Bindings::bound_type...>;
        static_assert(((count_in<typename Bindings::bound_type, bound>::value == 1) && ...),
                      "ctgrad::evaluate(e, bindings...) / e(bindings...): a variable is bound twice");
        static_assert(diagnostic::every_variable_is_bound<typename first_unbound_symbol<E, bound>::type>::value,
                      "ctgrad::evaluate(e, bindings...) / e(bindings...): the expression uses a variable that no binding gives a value "
                      "(its type is the argument of every_variable_is_bound above)");
    }
}

/// Evaluates several expressions together, sharing their common subexpressions; returns a hana::tuple.
template <class... Roots, class... Bindings>
constexpr auto evaluate_together(const hana::tuple<Roots...>& roots, const Bindings&... bindings) {
    using context = evaluation::context<hana::tuple<Roots...>, Bindings...>;
    const auto memo = context::evaluator_type::run(roots, hana::tuple<Bindings...>{bindings...});
    return [&]<std::size_t... R>(evaluation::index_list<R...>) { return hana::make_tuple(evaluation::slot<R>(memo)...); }(
        typename context::root_indices{});
}

/// Evaluation without the diagnostics (for callers that checked, or built the bindings themselves).
template <class E, class... Bindings>
CTGRAD_FORCE_INLINE constexpr auto evaluate_unchecked(const E& expression_value, const Bindings&... bindings) {
    using context = evaluation::context<hana::tuple<E>, Bindings...>;
    const auto memo = context::evaluator_type::run(hana::tuple<E>{expression_value}, hana::tuple<Bindings...>{bindings...});
    return [&]<std::size_t R>(evaluation::index_list<R>) { return evaluation::slot<R>(memo); }(typename context::root_indices{});
}

}  // namespace detail

template <class E, class... Bindings>
CTGRAD_FORCE_INLINE constexpr auto evaluate(const E& expression_value, const Bindings&... bindings) {
    static_assert(ExpressionOrNumber<E>, "ctgrad::evaluate(e, bindings...): e must be a ctgrad expression or a number");
    detail::check_evaluation<E, Bindings...>();
    if constexpr (Number<E>) return expression_value;
    else if constexpr ((is_binding_v<Bindings> && ...)) return detail::evaluate_unchecked(expression_value, bindings...);
}

}  // namespace ctgrad
