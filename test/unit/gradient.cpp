// gradient, value_and_gradient and hessian: the reverse sweep against the symbolic partials, one sweep
// proven by counting, structured bindings, the W4 workload against a hand-written gradient.
#include "counting.hpp"
#include "../samples.hpp"

#include <doctest/doctest.h>

#include <boost/hana/for_each.hpp>
#include <boost/hana/zip.hpp>

#include <array>
#include <cmath>

using namespace samples;
using namespace ctgrad;
namespace hana = boost::hana;

TEST_CASE("structured bindings give the partial derivatives as expressions") {
    const auto h = x * x * y + exp(-x * y);
    auto [hx, hy] = gradient(h, x, y);
    static_assert(std::is_same_v<decltype(hx), decltype(d(h, x))>);
    static_assert(std::is_same_v<decltype(hy), decltype(d(h, y))>);
    CHECK(to_string(hx) == "2*x*y - y*exp(-x*y)");
}

TEST_CASE("the reverse sweep equals the symbolic partials on every sample") {
    hana::for_each(hana::zip(expressions, partners), [](const auto& pair) {
        const auto f = hana::at_c<0>(pair) * hana::at_c<1>(pair) + sin(hana::at_c<0>(pair));
        for (const auto& p : points) {
            INFO(to_string(f) << " at (" << p.x << ", " << p.y << ")");
            const std::array<double, 2> g = gradient(f, x, y)(x = p.x, y = p.y);
            CHECK(close(g[0], d(f, x)(x = p.x, y = p.y)));
            CHECK(close(g[1], d(f, y)(x = p.x, y = p.y)));
            const auto [value, partials] = value_and_gradient(f, x, y)(x = p.x, y = p.y);
            CHECK(value == f(x = p.x, y = p.y));
            CHECK(partials == g);
        }
    });
}

TEST_CASE("one forward and one reverse sweep: each function computed once") {
    const auto h = x * x * y + exp(-x * y) + sin(x * y) * cos(y);
    counting::reset();
    const auto g = gradient(h, x, y)(x = counting::number{1.0}, y = counting::number{2.0});
    CHECK(counting::calls.exp == 1);  // the forward sweep; exp' = exp reuses it
    CHECK(counting::calls.sin == 2);  // sin(x*y) forward; sin(y) for cos'(y) = -sin(y) in the reverse sweep
    CHECK(counting::calls.cos == 2);  // cos(y) forward; cos(x*y) for sin'(x*y) in the reverse sweep
    CHECK(close(g[0].value, 2 * 2.0 - 2 * std::exp(-2.0) + 2 * std::cos(2.0) * std::cos(2.0)));
    CHECK(close(g[1].value, 1.0 - std::exp(-2.0) + std::cos(2.0) * std::cos(2.0) - std::sin(2.0) * std::sin(2.0)));
}

TEST_CASE("special cases: the variable itself, a variable not used, constant evaluation") {
    CHECK(gradient(x, x, y)(x = 1.0, y = 2.0) == std::array{1.0, 0.0});
    CHECK(gradient(sin(y), x)(x = 1.0, y = 2.0) == std::array{0.0});
    static_assert(gradient(x * x * y, x, y)(x = 3, y = 2) == std::array{12, 9});
    static_assert(std::is_same_v<decltype(gradient(x * x, x)(x = 1.0f)), std::array<float, 1>>);
}

TEST_CASE("W4: sum of a_i x_i^2 + sin(x_i) x_(i+1), 16 variables, against a hand-written gradient") {
    constexpr auto x0 = var<"x0">; constexpr auto x1 = var<"x1">; constexpr auto x2 = var<"x2">; constexpr auto x3 = var<"x3">;
    constexpr auto x4 = var<"x4">; constexpr auto x5 = var<"x5">; constexpr auto x6 = var<"x6">; constexpr auto x7 = var<"x7">;
    constexpr auto x8 = var<"x8">; constexpr auto x9 = var<"x9">; constexpr auto x10 = var<"x10">; constexpr auto x11 = var<"x11">;
    constexpr auto x12 = var<"x12">; constexpr auto x13 = var<"x13">; constexpr auto x14 = var<"x14">; constexpr auto x15 = var<"x15">;
    constexpr auto x16 = var<"x16">;
    const auto vars = hana::make_tuple(x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16);
    std::array<double, 17> values{};
    std::array<double, 16> a{};
    for (int i = 0; i < 17; ++i) values[i] = 0.1 * i + 0.3;
    for (int i = 0; i < 16; ++i) a[i] = 1.0 + 0.25 * i;
    const auto f = [&]<std::size_t... I>(std::index_sequence<I...>) {
        return ((a[I] * pow<2>(hana::at_c<I>(vars)) + sin(hana::at_c<I>(vars)) * hana::at_c<I + 1>(vars)) + ...);
    }(std::make_index_sequence<16>{});
    const auto g = [&]<std::size_t... I>(std::index_sequence<I...>) {
        return gradient(f, hana::at_c<I>(vars)...)((hana::at_c<I>(vars) = values[I])...);
    }(std::make_index_sequence<17>{});
    for (int i = 0; i < 17; ++i) {
        double expected = 0;
        if (i < 16) expected += 2 * a[i] * values[i] + std::cos(values[i]) * values[i + 1];
        if (i > 0) expected += std::sin(values[i - 1]);
        CAPTURE(i);
        CHECK(close(g[i], expected));
    }
}

TEST_CASE("hessian: entries are the mixed partials, symmetric, computed together") {
    const auto h = x * x * y + exp(-x * y);
    const auto H = hessian(h, x, y);
    static_assert(std::is_same_v<decltype(H.get<0, 1>()), decltype(d(h, x, y))>);
    static_assert(std::is_same_v<decltype(H.get<1, 0>()), decltype(d(h, x, y))>);
    for (const auto& p : points) {
        const auto m = H(x = p.x, y = p.y);
        CHECK(close(m[0][0], d(h, x, x)(x = p.x, y = p.y)));
        CHECK(close(m[0][1], d(h, x, y)(x = p.x, y = p.y)));
        CHECK(m[0][1] == m[1][0]);
        CHECK(close(m[1][1], d(h, y, y)(x = p.x, y = p.y)));
        // exact: h_xx = 2y + y^2 e^(-xy), h_xy = 2x - e^(-xy) + xy e^(-xy), h_yy = x^2 e^(-xy)
        const double e = std::exp(-p.x * p.y);
        CHECK(close(m[0][0], 2 * p.y + p.y * p.y * e));
        CHECK(close(m[0][1], 2 * p.x - e + p.x * p.y * e));
        CHECK(close(m[1][1], p.x * p.x * e));
    }
    counting::reset();
    (void)H(x = counting::number{1.0}, y = counting::number{2.0});
    CHECK(counting::calls.exp == 1);  // the three entries share exp(-x*y)
}
