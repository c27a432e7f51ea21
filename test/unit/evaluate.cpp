// Evaluation: common subexpressions computed once, run-time constants compared before sharing, bound
// subexpressions not computed, user value types.
#include "counting.hpp"
#include "../samples.hpp"

#include <doctest/doctest.h>

#include <boost/hana/for_each.hpp>

#include <cmath>
#include <complex>

using namespace samples;
using namespace ctgrad;
using counting::calls;
using counting::number;

TEST_CASE("a derivative's repeated subexpressions are computed once") {
    counting::reset();
    const number value = d(exp(sin(x)), x)(x = number{0.5});  // cos(x) exp(sin(x))
    CHECK(calls.sin == 1);
    CHECK(calls.exp == 1);
    CHECK(calls.cos == 1);
    CHECK(close(value.value, std::cos(0.5) * std::exp(std::sin(0.5))));

    counting::reset();
    const number second = d(sin(x * x), x, x)(x = number{1.5});  // 2 cos(x^2) - 4 x^2 sin(x^2)
    CHECK(calls.sin == 1);
    CHECK(calls.cos == 1);
    CHECK(close(second.value, 2 * std::cos(2.25) - 4 * 2.25 * std::sin(2.25)));
}

TEST_CASE("subexpressions carrying equal run-time constants are shared; different ones are not") {
    counting::reset();
    // d sigmoid(0.5 x) = 0.5 sigmoid(0.5 x) (1 - sigmoid(0.5 x)): one sigmoid, i.e. one exp
    const number slope = d(sigmoid(0.5 * x), x)(x = number{2.0});
    CHECK(calls.exp == 1);
    const double s = 1 / (1 + std::exp(-1.0));
    CHECK(close(slope.value, 0.5 * s * (1 - s)));

    counting::reset();
    // exp(2x) and exp(3x) have one type and different constants: both computed, both right
    const auto two_exponentials = exp(2 * x) + exp(3 * x);
    static_assert(std::is_same_v<decltype(exp(2 * x)), decltype(exp(3 * x))>);
    const number sum = two_exponentials(x = number{1.0});
    CHECK(calls.exp == 2);
    CHECK(close(sum.value, std::exp(2.0) + std::exp(3.0)));
}

TEST_CASE("a bound subexpression is not computed") {
    counting::reset();
    const number value = d(exp(x * x), x)(x = number{0.5}, bind(exp(x * x), number{10.0}));  // 2 x exp(x^2)
    CHECK(calls.exp == 0);
    CHECK(value.value == doctest::Approx(10.0));
    // d sqrt(u) = 1/(2 sqrt(u)): with sqrt(u) bound, no square root is taken
    counting::reset();
    const number slope = d(sqrt(x), x)(x = number{4.0}, bind(sqrt(x), number{2.0}));
    CHECK(calls.sqrt == 0);
    CHECK(slope.value == 0.25);
}

TEST_CASE("value types: float stays float, integers exact, complex, long double") {
    const float f = (x * x / 2_c)(x = 3.0f);
    CHECK(f == 4.5f);
    CHECK(d(x * x * x, x)(x = 7) == 147);
    const std::complex<double> i{0.0, 1.0};
    const auto e = exp(x)(x = std::complex<double>(0.0, M_PI));  // e^(i pi) = -1
    CHECK(e.real() == doctest::Approx(-1.0));
    CHECK(std::abs(e.imag()) < 1e-15);
    CHECK(d(x * x + 1_c, x)(x = i) == 2.0 * i);
    const long double precise = d(sin(x), x)(x = 1.0L);
    CHECK(precise == std::cos(1.0L));
}

namespace {
/// An independent evaluator: a plain recursive walk of the tree, no plan, no sharing.
template <class T>
double tree_walk(const T& e, double at_x, double at_y) {
    if constexpr (is_rational_v<T>) return double(T::numerator) / double(T::denominator);
    else if constexpr (is_constant_v<T>) return e.value;
    else if constexpr (std::is_same_v<T, std::remove_cvref_t<decltype(x)>>) return at_x;
    else if constexpr (std::is_same_v<T, std::remove_cvref_t<decltype(y)>>) return at_y;
    else {
        using operation_tag = operation_of<T>;
        const auto value = [&](auto index) { return tree_walk(boost::hana::at(e.operands, index), at_x, at_y); };
        using boost::hana::size_c;
        if constexpr (std::is_same_v<operation_tag, operation::sum>) {
            double total = 0;
            boost::hana::for_each(e.operands, [&](const auto& term) { total += tree_walk(term, at_x, at_y); });
            return total;
        } else if constexpr (std::is_same_v<operation_tag, operation::product>) {
            double total = 1;
            boost::hana::for_each(e.operands, [&](const auto& factor) { total *= tree_walk(factor, at_x, at_y); });
            return total;
        } else if constexpr (std::is_same_v<operation_tag, operation::power>) return std::pow(value(size_c<0>), value(size_c<1>));
        else if constexpr (std::is_same_v<operation_tag, operation::exp>) return std::exp(value(size_c<0>));
        else if constexpr (std::is_same_v<operation_tag, operation::log>) return std::log(value(size_c<0>));
        else if constexpr (std::is_same_v<operation_tag, operation::sin>) return std::sin(value(size_c<0>));
        else if constexpr (std::is_same_v<operation_tag, operation::cos>) return std::cos(value(size_c<0>));
        else if constexpr (std::is_same_v<operation_tag, operation::tan>) return std::tan(value(size_c<0>));
        else if constexpr (std::is_same_v<operation_tag, operation::tanh>) return std::tanh(value(size_c<0>));
        else if constexpr (std::is_same_v<operation_tag, operation::sigmoid>) return 1 / (1 + std::exp(-value(size_c<0>)));
        else if constexpr (std::is_same_v<operation_tag, operation::abs>) return std::fabs(value(size_c<0>));
        else if constexpr (std::is_same_v<operation_tag, operation::sign>) { const double v = value(size_c<0>); return (v > 0) - (v < 0); }
        else if constexpr (std::is_same_v<operation_tag, operation::relu>) return std::fmax(value(size_c<0>), 0.0);
        else { static_assert(std::is_same_v<operation_tag, operation::unit_step>); return value(size_c<0>) > 0 ? 1.0 : 0.0; }
    }
}
}  // namespace

TEST_CASE("the shared evaluation plan agrees with a plain tree walk, on expressions and derivatives") {
    boost::hana::for_each(expressions, [](const auto& u) {
        for (const auto& p : points) {
            INFO(to_string(u) << " at (" << p.x << ", " << p.y << ")");
            CHECK(close(u(x = p.x, y = p.y), tree_walk(u, p.x, p.y)));
            CHECK(close(d(u, x)(x = p.x, y = p.y), tree_walk(d(u, x), p.x, p.y)));
            CHECK(close(d(u, x, y)(x = p.x, y = p.y), tree_walk(d(u, x, y), p.x, p.y)));
        }
    });
}

TEST_CASE("run-time constants are shared only when they are the same number, bit for bit") {
    // sin(0.0 * x) and sin(-0.0 * x) have one type; sharing them would give 1/(+0) twice = inf, not NaN
    const double value = (1 / sin(0.0 * x) + 1 / sin(-0.0 * x))(x = 1.0);
    CHECK(std::isnan(value));
}
