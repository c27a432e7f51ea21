#pragma once
// The elementary functions: exp log sin cos tan tanh sigmoid abs sign relu unit_step sqrt pow.
// Given an expression they build one (in normal form, <ctgrad/detail/function.hpp>); given a plain number
// they compute the number, in constant expressions too (<ctgrad/math.hpp>).
//
//   sqrt(u) = u^(1/2)
//   pow<N>(u), pow<N, D>(u), pow(u, 2_c), pow(u, 1_c/3_c): exponents in the type (evaluated by
//     multiplications, sqrt for halves);  pow(u, 2.5), pow(u, n): run-time exponents;  pow(u, v), pow(2, u):
//     any expression as exponent.

#include <ctgrad/detail/function_value.hpp>
#include <ctgrad/evaluate.hpp>
#include <ctgrad/detail/build.hpp>
#include <ctgrad/expression.hpp>
#include <ctgrad/math.hpp>
#include <ctgrad/operators.hpp>

#include <cstdint>

namespace ctgrad {

namespace detail {
template <class Operation, class A>
constexpr auto elementary_function(const A& argument) {
    if constexpr (Number<A>) return function_value(Operation{}, argument);
    else return apply_function(Operation{}, argument);
}
}  // namespace detail

template <ExpressionOrNumber A> constexpr auto exp(const A& u) { return detail::elementary_function<operation::exp>(u); }
template <ExpressionOrNumber A> constexpr auto log(const A& u) { return detail::elementary_function<operation::log>(u); }
template <ExpressionOrNumber A> constexpr auto sin(const A& u) { return detail::elementary_function<operation::sin>(u); }
template <ExpressionOrNumber A> constexpr auto cos(const A& u) { return detail::elementary_function<operation::cos>(u); }
template <ExpressionOrNumber A> constexpr auto tan(const A& u) { return detail::elementary_function<operation::tan>(u); }
template <ExpressionOrNumber A> constexpr auto tanh(const A& u) { return detail::elementary_function<operation::tanh>(u); }
/// sigmoid(u) = 1 / (1 + e^-u)
template <ExpressionOrNumber A> constexpr auto sigmoid(const A& u) { return detail::elementary_function<operation::sigmoid>(u); }
template <ExpressionOrNumber A> constexpr auto abs(const A& u) { return detail::elementary_function<operation::abs>(u); }
/// sign(u) in {-1, 0, 1}; sign(0) = 0
template <ExpressionOrNumber A> constexpr auto sign(const A& u) { return detail::elementary_function<operation::sign>(u); }
/// relu(u) = max(u, 0)
template <ExpressionOrNumber A> constexpr auto relu(const A& u) { return detail::elementary_function<operation::relu>(u); }
/// unit_step(u) = 1 for u > 0, else 0
template <ExpressionOrNumber A> constexpr auto unit_step(const A& u) { return detail::elementary_function<operation::unit_step>(u); }

/// sqrt(u) = u^(1/2)
template <ExpressionOrNumber A>
constexpr auto sqrt(const A& u) {
    if constexpr (Number<A>) return math::sqrt(u);
    else return detail::raise(u, rational<1, 2>{});
}

/// u^(N/D) with the exponent in the type: pow<2>(x), pow<1, 3>(x)
template <std::intmax_t N, std::intmax_t D = 1, Expression A>
constexpr auto pow(const A& u) {
    return detail::raise(u, decltype(detail::make_rational<detail::rational_value{N, D}>()){});
}

/// u^v: either may be an expression or a number (a number exponent is a run-time exponent; use 2_c or
/// pow<2>(u) for one in the type).
template <ExpressionOrNumber B, ExpressionOrNumber E>
constexpr auto pow(const B& base, const E& exponent) {
    if constexpr (Number<B> && Number<E>) return math::pow(base, exponent);
    else return detail::raise(detail::as_expression(base), detail::as_expression(exponent));
}

}  // namespace ctgrad
