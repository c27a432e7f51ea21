#pragma once
// Sample expressions and points shared by the law checks and the value tests.
#include <ctgrad/ctgrad.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/tuple.hpp>

#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace samples {
using namespace ctgrad::literals;
inline constexpr auto x = ctgrad::var<"x">;
inline constexpr auto y = ctgrad::var<"y">;
inline constexpr auto z = ctgrad::var<"z">;

/// Expressions in x and y, smooth at the sample points (all points have x, y in [0.3, 2.5]). Four of
/// them carry run-time constants (plain numbers).
inline constexpr auto expressions = boost::hana::make_tuple(
    x, x * x, 3_c * x + 1_c, ctgrad::pow<3>(x - y), ctgrad::sin(x), ctgrad::exp(2_c * x), x * y,
    ctgrad::sqrt(x), ctgrad::log(x * x + 1_c), x / (y + 2_c), ctgrad::tanh(x * y), ctgrad::sigmoid(x - y),
    ctgrad::cos(x) * ctgrad::exp(y), ctgrad::pow(x, y), ctgrad::tan(x / 4_c), 2.5 * x * y - 0.5,
    ctgrad::exp(-x * y) + x * x * y, ctgrad::abs(x - 5_c), ctgrad::relu(x) * y, ctgrad::pow(x, 1.5));

/// Partners for the binary laws (expression I goes with partner I).
inline constexpr auto partners = boost::hana::make_tuple(
    y, ctgrad::sin(y), x * x * x, ctgrad::exp(x), x + y, ctgrad::log(y), ctgrad::cos(x * y), 1_c / x,
    ctgrad::sqrt(x + y), ctgrad::pow<2>(y), x - 2_c * y, ctgrad::sigmoid(2_c * x), ctgrad::tanh(y), 0.5 * x,
    ctgrad::exp(x / y), y * y, ctgrad::sin(x + y), 3 * x, ctgrad::pow<-2>(x + 1_c), x * y * y);

inline constexpr std::size_t sample_count = decltype(boost::hana::size(expressions))::value;

struct point {
    double x, y;
};
inline constexpr std::array<point, 4> points{{{0.3, 0.7}, {1.2, 0.4}, {2.5, 1.5}, {0.9, 2.2}}};

/// |a - b| <= tolerance * max(1, |a|, |b|)
constexpr bool close(double a, double b, double tolerance = 1e-12) {
    const double magnitude_a = ctgrad::math::abs(a), magnitude_b = ctgrad::math::abs(b);
    double scale = magnitude_a > magnitude_b ? magnitude_a : magnitude_b;
    if (scale < 1) scale = 1;
    return ctgrad::math::abs(a - b) <= tolerance * scale;
}

/// The two expressions have equal values at every sample point.
template <class A, class B>
constexpr bool equal_at_points(const A& left, const B& right, double tolerance = 1e-12) {
    for (const auto& p : points)
        if (!close(left(x = p.x, y = p.y), right(x = p.x, y = p.y), tolerance)) return false;
    return true;
}
}  // namespace samples

namespace samples {
inline constexpr std::size_t no_sample = static_cast<std::size_t>(-1);

/// The first sample index for which a law does not hold (no_sample if it holds for all).
template <class Law, std::size_t... I>
constexpr std::size_t first_failing_sample(Law law, std::index_sequence<I...>) {
    std::size_t failing = no_sample;
    ((failing == no_sample && !law(std::integral_constant<std::size_t, I>{}) ? failing = I : 0), ...);
    return failing;
}

/// Instantiated with the first failing sample's index: when that is not no_sample, compilation stops
/// here and the compiler's message shows the index as this template's argument.
template <std::size_t FirstFailingSample>
struct law_check {
    static_assert(FirstFailingSample == no_sample, "the law does not hold for the sample whose index is law_check's argument");
    static constexpr bool passed = true;
};
}  // namespace samples
