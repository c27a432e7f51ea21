#pragma once
// The normalising constructors behind every operator and function: the type-level rules
// (<ctgrad/detail/normalize_fwd.hpp>) give the result type; for static operands that is all (the result
// is an empty object), otherwise the operands' constants are labelled and the result materialised
// (<ctgrad/detail/label.hpp>).

#include <ctgrad/detail/function.hpp>
#include <ctgrad/detail/label.hpp>
#include <ctgrad/detail/normalize_fwd.hpp>
#include <ctgrad/detail/power.hpp>
#include <ctgrad/detail/product.hpp>
#include <ctgrad/detail/sum.hpp>
#include <ctgrad/expression.hpp>

#include <tuple>

namespace ctgrad::detail {

/// Rule<labelled operands...>::type, materialised from the operands; just Rule<operands...>::type{} when they are static.
template <template <class...> class Rule, class... Operands>
constexpr auto normalize(const Operands&... operands) {
    if constexpr ((is_static_v<Operands> && ...)) return typename Rule<Operands...>::type{};
    else return [&]<std::size_t... I>(std::index_sequence<I...>) {
        return materialize<typename Rule<label_t<Operands, I>...>::type>(std::tie(operands...));
    }(std::index_sequence_for<Operands...>{});
}

template <class A, class B> constexpr auto add(const A& a, const B& b) { return normalize<add_type>(a, b); }           // a + b
template <class A, class B> constexpr auto multiply(const A& a, const B& b) { return normalize<multiply_type>(a, b); }  // a * b
template <class B, class E> constexpr auto raise(const B& base, const E& exponent) { return normalize<raise_type>(base, exponent); }  // b ^ e
template <class A> constexpr auto negate(const A& a) { return multiply(minus_one{}, a); }                       // -a = (-1) * a

template <class Operation>
struct function_rule {
    template <class A> struct rule : apply_type<Operation, A> {};
};
template <class Operation, class A>
constexpr auto apply_function(Operation, const A& argument) { return normalize<function_rule<Operation>::template rule>(argument); }  // f(a)

}  // namespace ctgrad::detail
