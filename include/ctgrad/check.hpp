#pragma once
// Compile-time derivative checks: compare a hand-written derivative with ctgrad's at a set of points, in
// a constant expression.
//
//   constexpr double my_derivative(double x) { return 2 * x * ctgrad::math::cos(x * x); }
//   static_assert(ctgrad::check_derivative(ctgrad::sin(x * x), x, my_derivative, std::array{0.5, 1.0, 4.0}));
//
// When they differ, compilation fails in ctgrad::derivative_mismatch(point_index, point, hand_written,
// ctgrad), reading element N of ctgrad::diagnostic::derivative_check_failed_at_point_number: both GCC and
// Clang print that N, the number of the first point where they differ (counting from 1); Clang also prints
// the call with its argument values (the point, the hand-written value and ctgrad's). Use ctgrad::math's functions in the hand-written derivative (std's are not
// constexpr). check_gradient does the same for a gradient function of several variables.

#include <ctgrad/derivative.hpp>
#include <ctgrad/evaluate.hpp>
#include <ctgrad/expression.hpp>
#include <ctgrad/gradient.hpp>

#include <array>
#include <cstddef>
#include <tuple>
#include <utility>

namespace ctgrad {

/// |a - b| <= absolute + relative * max(|a|, |b|)
struct tolerance {
    double relative = 1e-12;
    double absolute = 1e-12;
};

namespace detail {
template <class A, class B>
constexpr bool close_enough(const A& a, const B& b, tolerance allowed) {
    const double left = static_cast<double>(a), right = static_cast<double>(b);
    if (left == right) return true;  // also equal infinities
    if (left != left || right != right) return left != left && right != right;  // NaN matches only NaN
    const double difference = left > right ? left - right : right - left;
    const double magnitude = (left < 0 ? -left : left) > (right < 0 ? -right : right) ? (left < 0 ? -left : left) : (right < 0 ? -right : right);
    return difference <= allowed.absolute + allowed.relative * magnitude;
}
}  // namespace detail

namespace diagnostic {
// Reading past the end of these one-element arrays is what stops the compilation; the compilers name the
// array and the element: element N is the N-th point (counting from 1).
inline constexpr bool derivative_check_failed_at_point_number[1] = {false};
inline constexpr bool gradient_check_failed_at_point_number[1] = {false};
}  // namespace diagnostic

/// Reached only when a check fails: the compiler reports this call (Clang with its argument values) and
/// the element of derivative_check_failed_at_point_number it reads (both compilers): the point's number.
constexpr bool derivative_mismatch(std::size_t point_index, double point, double hand_written, double ctgrad_value) {
    return diagnostic::derivative_check_failed_at_point_number[point_index + 1] && point == point && hand_written == ctgrad_value;
}

/// The same for check_gradient; `component` is the index of the variable whose partial derivative differs.
constexpr bool gradient_mismatch(std::size_t point_index, std::size_t component, double hand_written, double ctgrad_value) {
    return diagnostic::gradient_check_failed_at_point_number[point_index + 1] && component < static_cast<std::size_t>(-1) && hand_written == ctgrad_value;
}

/// Compares hand_written(p) with d(f, x)(x = p) at every p in points.
template <class E, class Variable, class HandWritten, class Points>
constexpr bool check_derivative(const E& f, const Variable& x, HandWritten hand_written, const Points& points, tolerance allowed = {}) {
    static_assert(detail::diagnostic::is_a_variable<Variable>::value,
                  "ctgrad::check_derivative(f, x, ...): x must be a variable; the type given is the argument of is_a_variable above");
    const auto derivative_expression = d(f, x);
    std::size_t index = 0;
    for (const auto& point : points) {
        const auto expected = derivative_expression(x = point);
        const auto given = hand_written(point);
        if (!detail::close_enough(given, expected, allowed))
            return derivative_mismatch(index, static_cast<double>(point), static_cast<double>(given), static_cast<double>(expected));
        ++index;
    }
    return true;
}

/// Compares hand_written(p) (an array of partial derivatives) with gradient(f, x...)(x = p[0], ...) at
/// every point p (an array with one value per variable).
template <class E, class... Variables, class HandWritten, class Points>
constexpr bool check_gradient(const E& f, const std::tuple<Variables...>&, HandWritten hand_written, const Points& points, tolerance allowed = {}) {
    std::size_t index = 0;
    for (const auto& point : points) {
        const auto expected = [&]<std::size_t... I>(std::index_sequence<I...>) {
            return gradient(f, Variables{}...)((Variables{} = point[I])...);
        }(std::index_sequence_for<Variables...>{});
        const auto given = hand_written(point);
        for (std::size_t component = 0; component < sizeof...(Variables); ++component)
            if (!detail::close_enough(given[component], expected[component], allowed))
                return gradient_mismatch(index, component, static_cast<double>(given[component]), static_cast<double>(expected[component]));
        ++index;
    }
    return true;
}

}  // namespace ctgrad
