#pragma once
// Normal form of an elementary function applied to an argument. The rules, one line each:
//   f(c) for a run-time constant c folds by value: exp(constant{2.0}) -> constant{7.389...}
//   exact values at rationals: exp(0) = 1, log(1) = 0, sin(0) = tan(0) = tanh(0) = 0, cos(0) = 1,
//     sigmoid(0) = 1/2, abs(r) = |r|, sign(r), relu(r), unit_step(r); other rationals stay symbolic (exp(1))
//   log(exp(u)) = u                                   (true for every real u)
//   abs(abs(u)) = abs(u), sign(sign(u)) = sign(u), relu(relu(u)) = relu(u), unit_step(unit_step(u)) = unit_step(u)
//   odd functions f(-u) = -f(u): sin, tan, tanh, sign;  even functions f(-u) = f(u): cos, abs
//     (applied when the argument has a negative rational coefficient, so sin(-x) and -sin(x) are one type)

#include <ctgrad/detail/normalize_fwd.hpp>
#include <ctgrad/detail/product.hpp>
#include <ctgrad/detail/rational_arithmetic.hpp>

#include <type_traits>

namespace ctgrad::detail {

/// f(r) for a rational r when it is rational again; void when it is not (it then stays symbolic).
template <class Operation, class R>
constexpr auto rational_function_value() {
    constexpr std::intmax_t numerator = R::numerator;
    if constexpr (std::is_same_v<Operation, operation::exp> && numerator == 0) return std::type_identity<one>{};
    else if constexpr (std::is_same_v<Operation, operation::log> && std::is_same_v<R, one>) return std::type_identity<zero>{};
    else if constexpr ((std::is_same_v<Operation, operation::sin> || std::is_same_v<Operation, operation::tan> ||
                        std::is_same_v<Operation, operation::tanh>) && numerator == 0) return std::type_identity<zero>{};
    else if constexpr (std::is_same_v<Operation, operation::cos> && numerator == 0) return std::type_identity<one>{};
    else if constexpr (std::is_same_v<Operation, operation::sigmoid> && numerator == 0) return std::type_identity<rational<1, 2>>{};
    else if constexpr (std::is_same_v<Operation, operation::abs>) return std::type_identity<rational<(numerator < 0 ? -numerator : numerator), R::denominator>>{};
    else if constexpr (std::is_same_v<Operation, operation::sign>) return std::type_identity<rational<(numerator > 0) - (numerator < 0)>>{};
    else if constexpr (std::is_same_v<Operation, operation::relu>) return std::type_identity<std::conditional_t<(numerator < 0), zero, R>>{};
    else if constexpr (std::is_same_v<Operation, operation::unit_step>) return std::type_identity<rational<(numerator > 0 ? 1 : 0)>>{};
    else return std::type_identity<void>{};
}

template <class T> inline constexpr bool has_negative_coefficient_v = is_product_v<T> && is_negative_rational_v<coefficient_of_t<T>>;

template <class Operation> inline constexpr bool is_odd_function_v =
    std::is_same_v<Operation, operation::sin> || std::is_same_v<Operation, operation::tan> ||
    std::is_same_v<Operation, operation::tanh> || std::is_same_v<Operation, operation::sign>;
template <class Operation> inline constexpr bool is_even_function_v =
    std::is_same_v<Operation, operation::cos> || std::is_same_v<Operation, operation::abs>;
template <class Operation> inline constexpr bool is_idempotent_function_v =
    std::is_same_v<Operation, operation::abs> || std::is_same_v<Operation, operation::sign> ||
    std::is_same_v<Operation, operation::relu> || std::is_same_v<Operation, operation::unit_step>;

template <class Operation, class A>
struct apply_type {
    static constexpr auto compute() {
        if constexpr (is_numeric_v<A> && !is_rational_v<A>) return std::type_identity<folded_number<Operation, A>>{};  // f(c) by value
        else if constexpr (is_rational_v<A>) {
            using exact = typename decltype(rational_function_value<Operation, A>())::type;
            if constexpr (std::is_void_v<exact>) return std::type_identity<expression<Operation, A>>{};             // exp(1) stays
            else return std::type_identity<exact>{};
        } else if constexpr (std::is_same_v<Operation, operation::log> && is_operation_v<A, operation::exp>)
            return std::type_identity<typename first_operand<A>::type>{};                                             // log(exp(u)) = u
        else if constexpr (is_idempotent_function_v<Operation> && is_operation_v<A, Operation>) return std::type_identity<A>{};  // f(f(u)) = f(u)
        else if constexpr (is_odd_function_v<Operation> && has_negative_coefficient_v<A>)
            return std::type_identity<negate_t<apply_t<Operation, negate_t<A>>>>{};                                  // f(-u) = -f(u)
        else if constexpr (is_even_function_v<Operation> && has_negative_coefficient_v<A>)
            return std::type_identity<apply_t<Operation, negate_t<A>>>{};                                            // f(-u) = f(u)
        else return std::type_identity<expression<Operation, A>>{};
    }
    using type = result_of_rule<apply_type>;
};

}  // namespace ctgrad::detail
