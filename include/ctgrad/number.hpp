#pragma once
// ctgrad::Number: the plain numbers that may appear in an expression (`2 * x`, `x + 0.5`). They become
// constant<T> leaves that carry their value at run time. Arithmetic types (but bool) and std::complex are
// numbers; another type opts in by specialising ctgrad::enable_number.

#include <complex>
#include <type_traits>

namespace ctgrad {

template <class T>
inline constexpr bool enable_number = std::is_arithmetic_v<T> && !std::is_same_v<T, bool>;

template <class T>
inline constexpr bool enable_number<std::complex<T>> = true;

template <class T>
concept Number = enable_number<std::remove_cvref_t<T>>;

}  // namespace ctgrad
