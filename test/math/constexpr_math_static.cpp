// ctgrad::math in constant expressions, on GCC and Clang: the static_asserts below are the test (this file
// compiles or it fails). Every value asserted comes from mathematics (known constants correctly rounded,
// identities, bounds), not from running the code. The run-time checks at the end verify that values
// computed in constant evaluation (every function at about 130 edge inputs: zeros, subnormals, limits,
// infinities, NaN, thresholds of overflow and underflow, huge trigonometric arguments) are bit for bit
// those the same constexpr implementation computes at run time, and that ctgrad::math calls the std::
// function at run time.

#include <ctgrad/math.hpp>

#include <doctest/doctest.h>

#include <array>
#include <bit>
#include <cmath>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <numbers>
#include <type_traits>
#include <utility>

namespace {

namespace math = ctgrad::math;
namespace cm = ctgrad::detail::constexpr_math;

constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

template <class T>
constexpr bool is_nan(T x) {
    return x != x;
}
template <class T>
constexpr bool is_positive_zero(T x) {
    return x == 0 && !cm::sign_bit(x);
}
template <class T>
constexpr bool is_negative_zero(T x) {
    return x == 0 && cm::sign_bit(x);
}
template <class T>
constexpr bool near(T x, T expected, T tolerance) {
    return x - expected <= tolerance && expected - x <= tolerance;
}

// ----- the brief's examples and exact values ---------------------------------------------------------------
static_assert(math::sin(4.0) < -0.75 && math::sin(4.0) > -0.76);  // sin 4 = -0.7568...
static_assert(math::sin(4.0) < 0);
static_assert(math::exp(0.0) == 1 && math::exp(0) == 1 && math::exp(-0.0) == 1);
static_assert(is_positive_zero(math::log(1.0)) && math::log(1) == 0);
static_assert(math::sqrt(4) == 2 && math::sqrt(4.0) == 2 && math::sqrt(0.25) == 0.5);
static_assert(math::pow(2, 10) == 1024 && math::pow(2.0, 10.0) == 1024 && math::pow(2.0, -1) == 0.5);
static_assert(math::pow(10.0, 22) == 1e22);  // 10^22 = 2^22 5^22 is a double
static_assert(math::pow(9.0, 0.5) == 3 && math::pow(8.0, 1.0 / 3) <= 2 && math::pow(8.0, 1.0 / 3) > 1.9999999999999);
static_assert(math::cbrt(27.0) == 3 && math::cbrt(-8) == -2 && math::cbrt(0.001) > 0.0999999999999999);
static_assert(math::abs(-3) == 3 && math::abs(-2.5) == 2.5 && is_positive_zero(math::abs(-0.0)));

// Correctly rounded known constants (the implementation is within 0.5 ulp + a hair; these are not near
// a rounding boundary except where noted).
static_assert(math::exp(1.0) == std::numbers::e);
static_assert(math::log(2.0) == std::numbers::ln2 && math::log(10.0) == std::numbers::ln10);
static_assert(math::log(std::numbers::e) == 1);  // e_double = e - 1.45e-16: log = 1 - 5.3e-17, rounds to 1
static_assert(math::sqrt(2.0) == std::numbers::sqrt2 && math::sqrt(3.0) == std::numbers::sqrt3);
static_assert(math::cos(std::numbers::pi) == -1 && math::sin(std::numbers::pi / 2) == 1);
// sin(pi_double) = pi - pi_double = 1.2246467991473532e-16 (to 17 digits)
static_assert(near(math::sin(std::numbers::pi), 1.2246467991473532e-16, 1e-31));  // ulp = 2.5e-32
// tan(pi_double / 4) = 1 - 6.1e-17: below the midpoint 1 - 2^-54, rounds to 1 - 2^-53
static_assert(math::tan(std::numbers::pi / 4) == 1 - 0x1p-53);
// sin(10^22) = -0.852200849767188801772705893... (a classic test of argument reduction)
static_assert(near(math::sin(1e22), -0.8522008497671888, 2e-16));
static_assert(near(math::tanh(0.5), 0.46211715726000976, 1e-16));  // 0.46211715726000975850...
static_assert(near(math::expm1(1e-10), 1.00000000005e-10, 3e-26));  // 1e-10 + 5e-21 + 1.7e-31
static_assert(near(math::log1p(1e-10), 9.9999999995e-11, 3e-26));  // 1e-10 - 5e-21 + 3.3e-31
static_assert(math::log1p(std::numbers::e - 1) > 0.9999999999999998 && math::log1p(std::numbers::e - 1) <= 1);

// Identities at large, tiny and ordinary arguments
static_assert(near(math::sin(1e300) * math::sin(1e300) + math::cos(1e300) * math::cos(1e300), 1.0, 4e-16));
static_assert(near(math::sin(123456.789) / math::cos(123456.789) / math::tan(123456.789), 1.0, 1e-15));
static_assert(near(math::exp(math::log(12345.678)), 12345.678, 5e-11));
static_assert(near(math::pow(math::cbrt(5.0), 3), 5.0, 4e-15));
static_assert(near(math::tanh(1.0), math::expm1(2.0) / (math::expm1(2.0) + 2), 5e-16));
static_assert(math::sin(1e-300) == 1e-300 && math::tan(1e-300) == 1e-300 && math::cos(1e-300) == 1);

// ----- special values, as C's <cmath> --------------------------------------------------------------------
static_assert(is_negative_zero(math::sin(-0.0)) && is_negative_zero(math::tan(-0.0)));
static_assert(is_negative_zero(math::tanh(-0.0)) && is_negative_zero(math::sqrt(-0.0)));
static_assert(is_negative_zero(math::expm1(-0.0)) && is_negative_zero(math::log1p(-0.0)) && is_negative_zero(math::cbrt(-0.0)));
static_assert(math::log(0.0) == -infinity && math::log(-0.0) == -infinity && math::log(infinity) == infinity);
static_assert(is_nan(math::log(-1.0)) && is_nan(math::sqrt(-1.0)) && is_nan(math::log1p(-2.0)));
static_assert(math::log1p(-1.0) == -infinity && math::expm1(-infinity) == -1 && math::expm1(-1000.0) == -1);
static_assert(math::exp(infinity) == infinity && is_positive_zero(math::exp(-infinity)));
static_assert(math::exp(1000.0) == infinity && is_positive_zero(math::exp(-1000.0)));
static_assert(math::exp(709.0) < infinity && math::exp(710.0) == infinity);  // ln(DBL_MAX) = 709.78
// e^-745 = 2.8e-324 = 0.57 denorm_min: rounds to denorm_min; e^-746 = 0.21 denorm_min: rounds to 0
static_assert(math::exp(-745.0) == std::numeric_limits<double>::denorm_min() && math::exp(-746.0) == 0);
static_assert(math::exp(-708.5) > 0 && math::exp(-708.5) < std::numeric_limits<double>::min());  // subnormal
static_assert(is_nan(math::sin(infinity)) && is_nan(math::cos(-infinity)) && is_nan(math::tan(infinity)));
static_assert(is_nan(math::sin(nan)) && is_nan(math::exp(nan)) && is_nan(math::log(nan)) && is_nan(math::sqrt(nan)));
static_assert(math::tanh(infinity) == 1 && math::tanh(-infinity) == -1 && math::tanh(30.0) == 1);
static_assert(math::sqrt(infinity) == infinity && math::cbrt(-infinity) == -infinity);
// pow: C99 F.9.4.4
static_assert(math::pow(nan, 0.0) == 1 && math::pow(1.0, nan) == 1 && math::pow(-1.0, infinity) == 1);
static_assert(is_nan(math::pow(nan, 1.0)) && is_nan(math::pow(2.0, nan)));
static_assert(math::pow(-2.0, 3) == -8 && math::pow(-2.0, 2) == 4 && math::pow(-2.0, -1) == -0.5);
static_assert(is_nan(math::pow(-8.0, 1.0 / 3)) && is_nan(math::pow(-2.0, 0.5)));
static_assert(math::pow(0.0, -1) == infinity && math::pow(-0.0, -1) == -infinity && math::pow(-0.0, -2) == infinity);
static_assert(math::pow(0.0, -0.5) == infinity && math::pow(-0.0, -infinity) == infinity);
static_assert(is_positive_zero(math::pow(0.0, 3)) && is_negative_zero(math::pow(-0.0, 3)) && is_positive_zero(math::pow(-0.0, 2)));
static_assert(is_positive_zero(math::pow(0.5, infinity)) && math::pow(0.5, -infinity) == infinity);
static_assert(math::pow(2.0, infinity) == infinity && is_positive_zero(math::pow(2.0, -infinity)));
static_assert(math::pow(infinity, 0.5) == infinity && is_positive_zero(math::pow(infinity, -1)));
static_assert(math::pow(-infinity, 3) == -infinity && math::pow(-infinity, 2) == infinity);
static_assert(is_negative_zero(math::pow(-infinity, -3)) && is_positive_zero(math::pow(-infinity, -2)));
static_assert(math::pow(10.0, 400) == infinity && math::pow(-10.0, 401) == -infinity && is_positive_zero(math::pow(10.0, -400)));
static_assert(math::pow(2.0, -1074) == std::numeric_limits<double>::denorm_min() && math::pow(2.0, 1023) == 0x1p1023);

// ----- float and long double ---------------------------------------------------------------------------------
static_assert(math::sin(4.0f) < -0.75f && math::sin(4.0f) > -0.76f);
static_assert(math::exp(1.0f) == std::numbers::e_v<float> && math::sqrt(2.0f) == std::numbers::sqrt2_v<float>);
static_assert(math::log(2.0f) == std::numbers::ln2_v<float> && math::pow(2.0f, 10.0f) == 1024.0f);
static_assert(math::exp(89.0f) == std::numeric_limits<float>::infinity() && math::exp(88.0f) < 1e39);
static_assert(is_negative_zero(math::sin(-0.0f)) && is_nan(math::log(-1.0f)));
static_assert(math::sin(4.0L) < -0.75L && math::sin(4.0L) > -0.76L);
static_assert(math::exp(1.0L) == std::numbers::e_v<long double> && math::sqrt(2.0L) == std::numbers::sqrt2_v<long double>);
static_assert(math::log(2.0L) == std::numbers::ln2_v<long double> && math::pow(2.0L, 64) == 18446744073709551616.0L);
static_assert(math::cos(std::numbers::pi_v<long double>) == -1 && math::exp(0.0L) == 1);
static_assert(math::exp(11356.0L) < std::numeric_limits<long double>::infinity() && math::exp(11357.0L) == std::numeric_limits<long double>::infinity());
static_assert(near(math::sin(1e4000L) * math::sin(1e4000L) + math::cos(1e4000L) * math::cos(1e4000L), 1.0L, 4e-19L));
static_assert(near(math::sin(1e22L), -0.852200849767188801773L, 2e-19L));
static_assert(is_negative_zero(math::tanh(-0.0L)) && is_negative_zero(math::sqrt(-0.0L)) && is_nan(math::sqrt(-1.0L)));
static_assert(math::log(0.0L) == -std::numeric_limits<long double>::infinity());

// ----- result types, as <cmath>'s -----------------------------------------------------------------------------
static_assert(std::is_same_v<decltype(math::sin(1)), double> && std::is_same_v<decltype(math::sin(1.0f)), float>);
static_assert(std::is_same_v<decltype(math::pow(2.0f, 3)), double> && std::is_same_v<decltype(math::pow(2.0f, 3.0f)), float>);
static_assert(std::is_same_v<decltype(math::pow(2, 3.0L)), long double> && std::is_same_v<decltype(math::abs(-3)), int>);

// ----- complex ----------------------------------------------------------------------------------------------------
using complex = std::complex<double>;
constexpr double pi = std::numbers::pi;
static_assert(near(math::exp(complex(0, pi)).real(), -1.0, 1e-15) && near(math::exp(complex(0, pi)).imag(), 0.0, 1e-15));
static_assert(near(math::exp(complex(1, 0)).real(), std::numbers::e, 0.0) && math::exp(complex(1, 0)).imag() == 0);
static_assert(math::sqrt(complex(-4, 0)) == complex(0, 2) && math::sqrt(complex(0, 2)) == complex(1, 1));
static_assert(math::log(complex(-1, 0)).imag() == pi && math::log(complex(-1, 0)).real() == 0);
static_assert(near(math::log(complex(0, 1)).imag(), pi / 2, 0.0) && math::abs(complex(3, 4)) == 5);
static_assert(near(math::pow(complex(0, 1), 2.0).real(), -1.0, 1e-15) && near(math::pow(complex(0, 1), 2).imag(), 0.0, 1e-15));
static_assert(near(math::sin(complex(0, 1)).imag(), 1.1752011936438014, 4e-16));  // i sinh 1
static_assert(near(math::cos(complex(0, 1)).real(), 1.5430806348152437, 4e-16));  // cosh 1
static_assert(near(math::pow(complex(-8, 0), complex(1.0 / 3, 0)).real(), 1.0, 1e-15));  // principal cube root 1 + i sqrt 3
static_assert(near(math::pow(2.0, complex(0, 1)).real(), 0.7692389013639721, 1e-15));  // cos(ln 2)
static_assert(near(math::exp(std::complex<float>(0, 1)).real(), 0.5403023f, 1e-7f));
static_assert(near(math::sqrt(std::complex<long double>(-1, 0)).imag(), 1.0L, 0.0L));

// ----- every function at edge inputs, in constant evaluation -------------------------------------------------
// Each element of edge_results<T> is evaluated by the compiler on its own (so the evaluation-step budget is
// per input): a path that would overflow, divide by zero or produce a NaN by arithmetic fails to compile here.
// The run-time test below then compares every value with the same code run at run time.

template <class T>
struct all_functions {
    T values[32];
};

template <class T>
constexpr all_functions<T> evaluate_all(T x) {
    using C = std::complex<T>;
    const C z = math::exp(C(x, T(1.5))), l = math::log(C(x, -x)), r = math::sqrt(C(x, T(2)));
    const C s = math::sin(C(T(1), x)), c = math::cos(C(x, x)), p = math::pow(C(x, T(1)), T(2.5));
    const C q = math::pow(C(T(2), x), C(T(0.5), x)), e = math::pow(T(1.7), C(x, T(0.25)));
    return {{math::sqrt(x), math::cbrt(x), math::exp(x), math::expm1(x), math::log(x), math::log1p(x), math::sin(x),
             math::cos(x), math::tan(x), math::tanh(x), math::pow(x, T(3)), math::pow(x, T(-2.5)), math::pow(T(1.5), x),
             math::pow(-x, T(7)), cm::atan(x), cm::atan2(x, T(-1.5)), cm::hypot(x, T(1e-30)), math::abs(x),
             z.real(), z.imag(), l.real(), l.imag(), r.real(), r.imag(), s.real(), s.imag(), c.real(), c.imag(),
             p.real(), q.imag(), e.real(), e.imag()}};
}

constexpr double edge_inputs_double[] = {
    0.0, -0.0, std::numeric_limits<double>::denorm_min(), -std::numeric_limits<double>::denorm_min(),
    std::numeric_limits<double>::min(), -0x1.8p-1022, std::numeric_limits<double>::max(), -std::numeric_limits<double>::max(),
    infinity, -infinity, nan, 1, -1, 0.5, 2, 3, std::numbers::pi / 2, std::numbers::pi, -std::numbers::pi / 4,
    1e-300, -1e-20, 1e-8, 0.1, 0.34657359027997264, 0.35, -0.35, 0.7, 1.5, 10, 20, 24.5, 30, 88.7, 89, 100,
    700, 709.78, 709.79, 710, 1400, -700, -708.4, -720, -745.1, -745.2, -746, -1e4, 1e6, -123456.789, 1e22, 1e300,
    0x1.6ac5b262ca1ffp+849, 0x1.fffffffffffffp-1, 0x1.0000000000001p0, -0x1.2bec333018867p-2, 0x1.a827999fcef32p-2,
    -0.9999999999999999, 0x1p-27, 0x1p-54, 1e15, 0x1p53, 0x1.0000000000001p53, -1e-310,
};
constexpr long double edge_inputs_long_double[] = {
    0.0L, -0.0L, std::numeric_limits<long double>::denorm_min(), std::numeric_limits<long double>::min(),
    std::numeric_limits<long double>::max(), -std::numeric_limits<long double>::max(),
    std::numeric_limits<long double>::infinity(), -std::numeric_limits<long double>::infinity(),
    std::numeric_limits<long double>::quiet_NaN(), 1, -1, 0.5L, 2, std::numbers::pi_v<long double> / 2, 1e-4000L,
    -1e-20L, 0.1L, 0.35L, 1.5L, 24.5L, 30, 100, 11356.5L, 11357, -11355, -11399.4L, -11399.6L, -11400, -1e5L,
    1e6L, 1e22L, 1e300L, 1e4000L, 0x1p-33L, 0x1p64L, 0x1.0000000000000002p0L, -0.9999999999999999999L, -1e-4940L,
};
constexpr float edge_inputs_float[] = {
    0.0f, -0.0f, std::numeric_limits<float>::denorm_min(), std::numeric_limits<float>::min(),
    std::numeric_limits<float>::max(), -std::numeric_limits<float>::max(), std::numeric_limits<float>::infinity(),
    -std::numeric_limits<float>::infinity(), std::numeric_limits<float>::quiet_NaN(), 1, -1, 0.5f, 2, 1e-30f,
    0.35f, 1.5f, 10, 24.5f, 88.7f, 88.73f, 89, -87, -103.9f, -104, -110, 1e6f, 1e22f, 1e38f, -1e-40f,
};

template <class T, const auto& Inputs, std::size_t I>
inline constexpr all_functions<T> edge_result = evaluate_all<T>(Inputs[I]);

template <class T, const auto& Inputs, std::size_t... I>
constexpr std::array<all_functions<T>, sizeof...(I)> collect_edge_results(std::index_sequence<I...>) {
    return {edge_result<T, Inputs, I>...};
}

template <class T, const auto& Inputs>
inline constexpr auto edge_results =
    collect_edge_results<T, Inputs>(std::make_index_sequence<std::size(Inputs)>{});

template <class T>
bool same_bits(T a, T b) {
    if constexpr (std::is_same_v<T, long double>) return (a == b && cm::sign_bit(a) == cm::sign_bit(b)) || (a != a && b != b);
    else if constexpr (std::is_same_v<T, double>) return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
    else return std::bit_cast<std::uint32_t>(a) == std::bit_cast<std::uint32_t>(b);
}

/// evaluate_all with the constexpr implementations called directly (at run time, ctgrad::math would call std::).
template <class T>
all_functions<T> evaluate_all_at_run_time(T x) {
    using C = std::complex<T>;
    const auto pow = [](auto a, auto b) { return cm::pow(a, b); };
    const C z = cm::exp(C(x, T(1.5))), l = cm::log(C(x, -x)), r = cm::sqrt(C(x, T(2)));
    const C s = cm::sin(C(T(1), x)), c = cm::cos(C(x, x)), p = pow(C(x, T(1)), T(2.5));
    const C q = pow(C(T(2), x), C(T(0.5), x)), e = pow(T(1.7), C(x, T(0.25)));
    return {{cm::sqrt(x), cm::cbrt(x), cm::exp(x), cm::expm1(x), cm::log(x), cm::log1p(x), cm::sin(x), cm::cos(x),
             cm::tan(x), cm::tanh(x), pow(x, T(3)), pow(x, T(-2.5)), pow(T(1.5), x), pow(-x, T(7)), cm::atan(x),
             cm::atan2(x, T(-1.5)), cm::hypot(x, T(1e-30)), cm::absolute_value(x), z.real(), z.imag(), l.real(),
             l.imag(), r.real(), r.imag(), s.real(), s.imag(), c.real(), c.imag(), p.real(), q.imag(), e.real(), e.imag()}};
}

// Opaque to the optimiser, so that the run-time calls below are run-time calls.
template <class T>
T at_run_time(T x) {
    volatile T copy = x;
    return copy;
}

}  // namespace

TEST_CASE("constexpr math: constant evaluation gives the bits the same code gives at run time") {
    // Each CHECK compares a value computed by the compiler (constexpr variable) with the same constexpr
    // implementation run at run time.
    constexpr double sin4 = math::sin(4.0), exp1 = math::exp(1.0), log10 = math::log(10.0), cos1e22 = math::cos(1e22);
    constexpr double tan1 = math::tan(1.0), tanh03 = math::tanh(0.3), expm1_tiny = math::expm1(1e-7), log1p3 = math::log1p(3.0);
    constexpr double sqrt2 = math::sqrt(2.0), cbrt10 = math::cbrt(10.0), pow_value = math::pow(1.5, 123.25);
    constexpr double subnormal = math::exp(-720.5);
    CHECK(same_bits(sin4, cm::sin(at_run_time(4.0))));
    CHECK(same_bits(exp1, cm::exp(at_run_time(1.0))));
    CHECK(same_bits(log10, cm::log(at_run_time(10.0))));
    CHECK(same_bits(cos1e22, cm::cos(at_run_time(1e22))));
    CHECK(same_bits(tan1, cm::tan(at_run_time(1.0))));
    CHECK(same_bits(tanh03, cm::tanh(at_run_time(0.3))));
    CHECK(same_bits(expm1_tiny, cm::expm1(at_run_time(1e-7))));
    CHECK(same_bits(log1p3, cm::log1p(at_run_time(3.0))));
    CHECK(same_bits(sqrt2, cm::sqrt(at_run_time(2.0))));
    CHECK(same_bits(cbrt10, cm::cbrt(at_run_time(10.0))));
    CHECK(same_bits(pow_value, cm::pow(at_run_time(1.5), at_run_time(123.25))));
    CHECK(same_bits(subnormal, cm::exp(at_run_time(-720.5))));

    constexpr float sin4f = math::sin(4.0f), powf_value = math::pow(1.1f, 77.5f);
    CHECK(same_bits(sin4f, cm::sin(at_run_time(4.0f))));
    CHECK(same_bits(powf_value, cm::pow(at_run_time(1.1f), at_run_time(77.5f))));

    constexpr long double sin4l = math::sin(4.0L), exp_big = math::exp(11000.25L), log_small = math::log(1e-4000L);
    constexpr long double sin_huge = math::sin(1e4000L), pow_l = math::pow(0.75L, -3000.5L);
    CHECK(same_bits(sin4l, cm::sin(at_run_time(4.0L))));
    CHECK(same_bits(exp_big, cm::exp(at_run_time(11000.25L))));
    CHECK(same_bits(log_small, cm::log(at_run_time(1e-4000L))));
    CHECK(same_bits(sin_huge, cm::sin(at_run_time(1e4000L))));
    CHECK(same_bits(pow_l, cm::pow(at_run_time(0.75L), at_run_time(-3000.5L))));

    constexpr std::complex<double> complex_log = math::log(std::complex<double>(1.5, -2.5));
    const std::complex<double> run_time_log = cm::log(std::complex<double>(at_run_time(1.5), at_run_time(-2.5)));
    CHECK(same_bits(complex_log.real(), run_time_log.real()));
    CHECK(same_bits(complex_log.imag(), run_time_log.imag()));
}

template <class T, const auto& Inputs>
void check_edge_results() {
    constexpr auto& compile_time = edge_results<T, Inputs>;
    for (std::size_t i = 0; i < std::size(Inputs); ++i) {
        const all_functions<T> run_time = evaluate_all_at_run_time(at_run_time(Inputs[i]));
        for (int j = 0; j < 32; ++j) {
            INFO("input " << static_cast<long double>(Inputs[i]) << ", function " << j);
            CHECK(same_bits(compile_time[i].values[j], run_time.values[j]));
        }
    }
}

TEST_CASE("constexpr math: edge inputs give the same bits in constant evaluation and at run time") {
    check_edge_results<double, edge_inputs_double>();
    check_edge_results<long double, edge_inputs_long_double>();
    check_edge_results<float, edge_inputs_float>();
}

TEST_CASE("constexpr math: at run time ctgrad::math is the std:: function") {
    const double x = at_run_time(0.7), y = at_run_time(2.3);
    CHECK(same_bits(math::sin(x), std::sin(x)));
    CHECK(same_bits(math::cos(x), std::cos(x)));
    CHECK(same_bits(math::tan(x), std::tan(x)));
    CHECK(same_bits(math::exp(x), std::exp(x)));
    CHECK(same_bits(math::expm1(x), std::expm1(x)));
    CHECK(same_bits(math::log(x), std::log(x)));
    CHECK(same_bits(math::log1p(x), std::log1p(x)));
    CHECK(same_bits(math::tanh(x), std::tanh(x)));
    CHECK(same_bits(math::sqrt(x), std::sqrt(x)));
    CHECK(same_bits(math::cbrt(x), std::cbrt(x)));
    CHECK(same_bits(math::pow(x, y), std::pow(x, y)));
    const std::complex<double> z(x, y);
    CHECK(math::exp(z) == std::exp(z));
    CHECK(math::log(z) == std::log(z));
    CHECK(math::sqrt(z) == std::sqrt(z));
    CHECK(math::pow(z, y) == std::pow(z, y));
    CHECK(math::abs(z) == std::abs(z));
}
