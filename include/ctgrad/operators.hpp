#pragma once
// The arithmetic operators on expressions: + - * / and unary -, + (each returns the normal form of the
// result), and == (equality of normal forms, <ctgrad/normal_form.hpp>). One operand must be a ctgrad
// expression; the other may be a plain number, which becomes a constant<T> carrying its value.
//   a - b = a + (-1)*b        a / b = a * b^(-1)        -a = (-1)*a

#include <ctgrad/detail/build.hpp>
#include <ctgrad/evaluate.hpp>
#include <ctgrad/expression.hpp>

#include <type_traits>

namespace ctgrad {

namespace detail {

/// An expression stays itself; a number becomes a constant<T> leaf.
template <class T>
constexpr auto as_expression(const T& operand) {
    if constexpr (Expression<T>) return operand;
    else return constant<std::remove_cvref_t<T>>{operand};
}

namespace diagnostic {
struct operator_plus;
struct operator_minus;
struct operator_times;
struct operator_divide;
struct operator_equal;
/// Only the type arguments matter: the compiler prints the function and the operand type when it fails.
template <class Function, class Operand>
struct operand_is_expression_or_number { static constexpr bool value = ExpressionOrNumber<Operand>; };
}  // namespace diagnostic

template <class Function, class L, class R>
constexpr bool check_operands() {
    static_assert(diagnostic::operand_is_expression_or_number<Function, L>::value &&
                      diagnostic::operand_is_expression_or_number<Function, R>::value,
                  "ctgrad operator (+ - * / ==): an operand is neither a ctgrad expression nor a number (arithmetic, "
                  "std::complex, or a type with ctgrad::enable_number); the operator and the operand type are the "
                  "arguments of operand_is_expression_or_number above");
    return ExpressionOrNumber<L> && ExpressionOrNumber<R>;
}

}  // namespace detail

template <class L, class R>
    requires(Expression<L> || Expression<R>)
constexpr auto operator+(const L& left, const R& right) {
    if constexpr (detail::check_operands<detail::diagnostic::operator_plus, L, R>()) return detail::add(detail::as_expression(left), detail::as_expression(right));
}

template <class L, class R>
    requires(Expression<L> || Expression<R>)
constexpr auto operator-(const L& left, const R& right) {
    if constexpr (detail::check_operands<detail::diagnostic::operator_minus, L, R>())
        return detail::add(detail::as_expression(left), detail::negate(detail::as_expression(right)));
}

template <class L, class R>
    requires(Expression<L> || Expression<R>)
constexpr auto operator*(const L& left, const R& right) {
    if constexpr (detail::check_operands<detail::diagnostic::operator_times, L, R>()) return detail::multiply(detail::as_expression(left), detail::as_expression(right));
}

template <class L, class R>
    requires(Expression<L> || Expression<R>)
constexpr auto operator/(const L& left, const R& right) {
    if constexpr (detail::check_operands<detail::diagnostic::operator_divide, L, R>())
        return detail::multiply(detail::as_expression(left), detail::raise(detail::as_expression(right), minus_one{}));
}

template <Expression A>
constexpr auto operator-(const A& operand) { return detail::negate(operand); }

template <Expression A>
constexpr auto operator+(const A& operand) { return operand; }

}  // namespace ctgrad
