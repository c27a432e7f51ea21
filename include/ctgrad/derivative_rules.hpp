#pragma once
// The derivative rules: for each operation, the partial derivative of a node with respect to its K-th
// operand, as an expression in the operands. This table is the only place ctgrad knows a derivative:
// ctgrad::d applies it with the chain rule (<ctgrad/derivative.hpp>), ctgrad::gradient evaluates it in a
// reverse sweep (<ctgrad/gradient.hpp>), and the Tensor layer evaluates it on tensors.
// Subgradients at kinks are PyTorch's: abs'(0) = 0, relu'(0) = 0.

#include <ctgrad/expression.hpp>
#include <ctgrad/functions.hpp>
#include <ctgrad/literals.hpp>
#include <ctgrad/operators.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/fold_left.hpp>
#include <boost/hana/tuple.hpp>

#include <cstddef>
#include <utility>

namespace ctgrad::rules {

using namespace ctgrad::literals;

// d/du_k (u_0 + u_1 + ... + u_n) = 1
template <std::size_t K, class... U>
constexpr auto partial(operation::sum, const U&...) { return 1_c; }

// d/du_k (u_0 * u_1 * ... * u_n) = the product of the other factors
template <std::size_t K, class... U>
constexpr auto partial(operation::product, const U&... factors) {
    const hana::tuple<U...> all{factors...};
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
        return (1_c * ... * [&] {
            if constexpr (I == K) return 1_c;
            else return hana::at_c<I>(all);
        }());
    }(std::index_sequence_for<U...>{});
}

// d/du u^v = v * u^(v - 1)          d/dv u^v = u^v * log(u)
template <std::size_t K, class U, class V>
constexpr auto partial(operation::power, const U& u, const V& v) {
    if constexpr (K == 0) return v * pow(u, v - 1_c);
    else return pow(u, v) * log(u);
}

// d/du exp(u) = exp(u)
template <std::size_t K, class U> constexpr auto partial(operation::exp, const U& u) { return exp(u); }
// d/du log(u) = 1/u
template <std::size_t K, class U> constexpr auto partial(operation::log, const U& u) { return pow(u, -1_c); }
// d/du sin(u) = cos(u)
template <std::size_t K, class U> constexpr auto partial(operation::sin, const U& u) { return cos(u); }
// d/du cos(u) = -sin(u)
template <std::size_t K, class U> constexpr auto partial(operation::cos, const U& u) { return -sin(u); }
// d/du tan(u) = 1 + tan(u)^2
template <std::size_t K, class U> constexpr auto partial(operation::tan, const U& u) { return 1_c + pow<2>(tan(u)); }
// d/du tanh(u) = 1 - tanh(u)^2
template <std::size_t K, class U> constexpr auto partial(operation::tanh, const U& u) { return 1_c - pow<2>(tanh(u)); }
// d/du sigmoid(u) = sigmoid(u) * (1 - sigmoid(u))
template <std::size_t K, class U> constexpr auto partial(operation::sigmoid, const U& u) { return sigmoid(u) * (1_c - sigmoid(u)); }
// d/du abs(u) = sign(u)                 (0 at 0, PyTorch's subgradient)
template <std::size_t K, class U> constexpr auto partial(operation::abs, const U& u) { return sign(u); }
// d/du sign(u) = 0                      (almost everywhere)
template <std::size_t K, class U> constexpr auto partial(operation::sign, const U&) { return 0_c; }
// d/du relu(u) = unit_step(u)           (0 at 0, PyTorch's subgradient)
template <std::size_t K, class U> constexpr auto partial(operation::relu, const U& u) { return unit_step(u); }
// d/du unit_step(u) = 0                 (almost everywhere)
template <std::size_t K, class U> constexpr auto partial(operation::unit_step, const U&) { return 0_c; }


}  // namespace ctgrad::rules
