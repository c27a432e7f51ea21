#pragma once
// The value of each elementary function at a number. Arithmetic and std::complex values go through
// ctgrad::math (constexpr, std:: at run time); any other value type (a user's number type, ctgrad's
// Tensor) is found by argument-dependent lookup, so a type that provides exp, log, ... works as it is.

#include <ctgrad/math.hpp>
#include <ctgrad/operation.hpp>

#include <cmath>
#include <complex>
#include <type_traits>

namespace ctgrad::detail {

template <class T> inline constexpr bool is_complex_v = false;
template <class T> inline constexpr bool is_complex_v<std::complex<T>> = true;

/// Values that ctgrad::math handles (so constant evaluation works for them).
template <class T>
concept MathValue = std::is_arithmetic_v<T> || is_complex_v<T>;

template <class V>
constexpr auto function_value(operation::exp, const V& value) {
    if constexpr (MathValue<V>) return math::exp(value);
    else { using std::exp; return exp(value); }
}
template <class V>
constexpr auto function_value(operation::log, const V& value) {
    if constexpr (MathValue<V>) return math::log(value);
    else { using std::log; return log(value); }
}
template <class V>
constexpr auto function_value(operation::sin, const V& value) {
    if constexpr (MathValue<V>) return math::sin(value);
    else { using std::sin; return sin(value); }
}
template <class V>
constexpr auto function_value(operation::cos, const V& value) {
    if constexpr (MathValue<V>) return math::cos(value);
    else { using std::cos; return cos(value); }
}
template <class V>
constexpr auto function_value(operation::tan, const V& value) {
    if constexpr (std::is_arithmetic_v<V>) return math::tan(value);
    else { using std::tan; return tan(value); }
}
template <class V>
constexpr auto function_value(operation::tanh, const V& value) {
    if constexpr (std::is_arithmetic_v<V>) return math::tanh(value);
    else { using std::tanh; return tanh(value); }
}
template <class V>
concept HasSigmoid = requires(const V& value) { sigmoid(value); };

template <class V>
constexpr auto function_value(operation::sigmoid, const V& value) {
    if constexpr (std::is_arithmetic_v<V>) {
        using real = std::conditional_t<std::is_floating_point_v<V>, V, double>;
        return real(1) / (real(1) + math::exp(-static_cast<real>(value)));  // 1 / (1 + e^-u), as PyTorch computes it
    } else if constexpr (HasSigmoid<V>) return sigmoid(value);
    else return 1 / (1 + function_value(operation::exp{}, -value));
}
template <class V>
constexpr auto function_value(operation::abs, const V& value) {
    if constexpr (MathValue<V>) return math::abs(value);
    else { using std::abs; return abs(value); }
}
template <class V>
concept HasSign = requires(const V& value) { sign(value); };

template <class V>
constexpr auto function_value(operation::sign, const V& value) {
    if constexpr (std::is_arithmetic_v<V>) return static_cast<V>((V(0) < value) - (value < V(0)));  // sign(0) = 0
    else if constexpr (HasSign<V>) return sign(value);
    else return static_cast<V>((V(0) < value) - (value < V(0)));
}
template <class V>
concept HasRelu = requires(const V& value) { relu(value); };

template <class V>
constexpr auto function_value(operation::relu, const V& value) {
    if constexpr (std::is_arithmetic_v<V>) return value < V(0) ? V(0) : value;  // NaN stays NaN
    else if constexpr (HasRelu<V>) return relu(value);
    else return value < V(0) ? V(0) : value;
}
template <class V>
concept HasUnitStep = requires(const V& value) { unit_step(value); };

template <class V>
constexpr auto function_value(operation::unit_step, const V& value) {
    if constexpr (std::is_arithmetic_v<V>) return V(0) < value ? V(1) : V(0);  // 0 at 0
    else if constexpr (HasUnitStep<V>) return unit_step(value);
    else return V(0) < value ? V(1) : V(0);
}

}  // namespace ctgrad::detail
