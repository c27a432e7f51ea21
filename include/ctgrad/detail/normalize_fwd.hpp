#pragma once
// The type-level normalising rules: each takes expression types in normal form and gives the normal form
// of the result (see <ctgrad/normal_form.hpp> for what that is). They call one another, so they are
// declared here and defined in sum.hpp, product.hpp, power.hpp and function.hpp. Run-time constants take
// part as labeled_constant and folded_number types (<ctgrad/detail/label.hpp>), so the rules see types
// only.

#include <ctgrad/expression.hpp>

#include <type_traits>

namespace ctgrad::detail {

template <class A, class B> struct add_type;                 // A + B
template <class A, class B> struct multiply_type;            // A * B
template <class Base, class Exponent> struct raise_type;     // Base ^ Exponent
template <class Operation, class A> struct apply_type;       // f(A)

template <class A, class B> using add_t = typename add_type<A, B>::type;
template <class A, class B> using multiply_t = typename multiply_type<A, B>::type;
template <class Base, class Exponent> using raise_t = typename raise_type<Base, Exponent>::type;
template <class Operation, class A> using apply_t = typename apply_type<Operation, A>::type;
template <class A> using negate_t = multiply_t<minus_one, A>;  // -u = (-1) * u

/// The type a rule's `compute()` returns, wrapped in std::type_identity.
template <class Rule> using result_of_rule = typename decltype(Rule::compute())::type;

}  // namespace ctgrad::detail
