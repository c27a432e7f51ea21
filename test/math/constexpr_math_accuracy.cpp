// Accuracy of ctgrad's constexpr elementary functions (ctgrad::detail::constexpr_math), called at run time
// and compared, at many points of their whole domain, with a reference of higher precision:
//   float and double: glibc's long double functions (within 1-2 ulp of long double, i.e. below 2^-10 ulp
//     of double and 2^-39 ulp of float);
//   long double: libquadmath's __float128 functions (within about 1 ulp of binary128, i.e. 2^-48 ulp of
//     long double). Link with -lquadmath (GCC's; Clang links it too, the declarations are below).
// For each function and type the measured maximum error in ulps is printed (MESSAGE) and checked against
// the bound asked of the implementation (2 ulp for float and double, 4 ulp for long double) and against
// the bound its comments document (0.5 ulp + a hair; checked as 1 ulp, which leaves room for the
// reference's own error). Complex functions: each component, in ulps of the larger component of the
// reference, checked against 1 ulp. The error of a real result is
// |computed - reference| / ulp(reference), with ulp(y) = 2^(max(ilogb y, emin) - digits + 1) (so
// subnormal results are measured in units of denorm_min); a NaN or infinity must match exactly.
// Special values (NaN, ±inf, ±0, overflow, underflow, C's pow cases) are checked exactly, sign of zero
// included.

#include <ctgrad/detail/constexpr_math.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <random>
#include <string>
#include <type_traits>
#include <vector>

__extension__ typedef __float128 quad;

extern "C" {
quad expq(quad);
quad expm1q(quad);
quad logq(quad);
quad log1pq(quad);
quad sinq(quad);
quad cosq(quad);
quad tanq(quad);
quad tanhq(quad);
quad atanq(quad);
quad sqrtq(quad);
quad cbrtq(quad);
quad powq(quad, quad);
quad atan2q(quad, quad);
quad hypotq(quad, quad);
quad sinhq(quad);
quad coshq(quad);
int ilogbq(quad);
quad ldexpq(quad, int);
}

namespace {

namespace cm = ctgrad::detail::constexpr_math;

template <class T>
using reference_type = std::conditional_t<std::is_same_v<T, long double>, quad, long double>;

// ----- the reference's arithmetic ---------------------------------------------------------------------

bool reference_is_nan(long double x) { return std::isnan(x); }
bool reference_is_nan(quad x) { return x != x; }
bool reference_is_infinite(long double x) { return std::isinf(x); }
bool reference_is_infinite(quad x) {
    const quad infinity = static_cast<quad>(std::numeric_limits<long double>::infinity());
    return x == infinity || x == -infinity;
}
int reference_ilogb(long double x) { return std::ilogb(x); }
int reference_ilogb(quad x) { return ilogbq(x); }
long double reference_ldexp(long double x, int n) { return std::ldexp(x, n); }
quad reference_ldexp(quad x, int n) { return ldexpq(x, n); }
template <class R> R reference_abs(R x) { return x < 0 ? -x : x; }

/// The error of computed against reference, in ulps of T at the reference.
template <class T, class R>
double ulp_error(T computed, R reference) {
    constexpr double never = std::numeric_limits<double>::infinity();
    if (reference_is_nan(reference)) return std::isnan(computed) ? 0 : never;
    if (std::isnan(computed)) return never;
    if (reference_is_infinite(reference)) {
        return std::isinf(computed) && (computed > 0) == (reference > 0) ? 0 : never;
    }
    constexpr int digits = std::numeric_limits<T>::digits;
    constexpr int min_exponent = std::numeric_limits<T>::min_exponent - 1;
    constexpr int max_exponent = std::numeric_limits<T>::max_exponent - 1;
    const int exponent = reference == 0 ? min_exponent : std::max(reference_ilogb(reference), min_exponent);
    const R ulp = reference_ldexp(R(1), exponent - digits + 1);
    if (std::isinf(computed)) {
        // measured as 2^(max_exponent + 1), the value that rounds to infinity
        if ((computed > 0) != (reference > 0)) return never;
        const R max = static_cast<R>(std::numeric_limits<T>::max());
        const R max_ulp = reference_ldexp(R(1), max_exponent - digits + 1);
        return static_cast<double>((max - reference_abs(reference)) / max_ulp + 1);
    }
    return static_cast<double>(reference_abs(static_cast<R>(computed) - reference) / ulp);
}

template <class T>
std::string type_name() {
    if constexpr (std::is_same_v<T, float>) return "float";
    else if constexpr (std::is_same_v<T, double>) return "double";
    else return "long double";
}

template <class T>
constexpr double error_bound = std::is_same_v<T, long double> ? 4.0 : 2.0;

// ----- test points --------------------------------------------------------------------------------------

using generator = std::mt19937_64;

template <class T>
void add_grid(std::vector<T>& points, long double low, long double high, int count) {
    for (int i = 0; i <= count; ++i) points.push_back(static_cast<T>(low + (high - low) * i / count));
}

template <class T>
void add_uniform(std::vector<T>& points, generator& random, long double low, long double high, int count) {
    std::uniform_real_distribution<long double> distribution(low, high);
    for (int i = 0; i < count; ++i) points.push_back(static_cast<T>(distribution(random)));
}

/// |x| log-uniform in [low, high] (positive bounds), with a random sign when both_signs.
template <class T>
void add_log_uniform(std::vector<T>& points, generator& random, long double low, long double high, int count,
                     bool both_signs) {
    std::uniform_real_distribution<long double> distribution(std::log(low), std::log(high));
    for (int i = 0; i < count; ++i) {
        T x = static_cast<T>(std::exp(distribution(random)));
        if (both_signs && (random() & 1)) x = -x;
        points.push_back(x);
    }
}

/// Any finite value, subnormals included: uniform over the exponents, random significand bits.
template <class T>
T random_finite(generator& random) {
    constexpr int digits = std::numeric_limits<T>::digits;
    constexpr int low = std::numeric_limits<T>::min_exponent - digits;
    constexpr int high = std::numeric_limits<T>::max_exponent - 1;
    std::uniform_int_distribution<int> exponent(low, high);
    const std::uint64_t significand = (random() >> (64 - digits)) | (std::uint64_t{1} << (digits - 1));
    const T x = std::ldexp(static_cast<T>(significand), exponent(random) - (digits - 1));
    return (random() & 1) ? -x : x;
}

template <class T>
void add_random_finite(std::vector<T>& points, generator& random, int count, bool positive_only) {
    for (int i = 0; i < count; ++i) {
        const T x = random_finite<T>(random);
        points.push_back(positive_only ? std::fabs(x) : x);
    }
}

/// Points at and next to k pi/2 (k from small to huge): the hard cases of argument reduction.
template <class T>
void add_near_half_pi_multiples(std::vector<T>& points, generator& random, int count) {
    const quad half_pi = static_cast<quad>(cm::constants<long double>::half_pi.high) +
                         static_cast<quad>(cm::constants<long double>::half_pi.low);
    std::uniform_int_distribution<std::int64_t> small(1, 2000), large(1, std::int64_t{1} << 40);
    for (int i = 0; i < count; ++i) {
        const std::int64_t k = i % 2 == 0 ? small(random) : large(random);
        T x = static_cast<T>(static_cast<quad>(k) * half_pi);
        const int steps = static_cast<int>(random() % 5) - 2;
        for (int step = 0; step < steps; ++step) x = std::nextafter(x, std::numeric_limits<T>::infinity());
        for (int step = 0; step > steps; --step) x = std::nextafter(x, -std::numeric_limits<T>::infinity());
        points.push_back((random() & 1) ? -x : x);
    }
    if constexpr (std::is_same_v<T, double>) {
        points.push_back(0x1.6ac5b262ca1ffp+849);  // 6381956970095103 2^797: the double nearest a multiple of pi/2
        points.push_back(-0x1.6ac5b262ca1ffp+849);
    }
}

// ----- the functions under test -----------------------------------------------------------------------

struct measurement {
    double max_error = 0;
    std::string worst;
    long count = 0;
};

template <class T>
std::string describe(T x) {
    char text[64];
    std::snprintf(text, sizeof text, "%.21Lg", static_cast<long double>(x));
    return text;
}

/// "x, y" (formatted in one go: GCC 12 at -O3 warns falsely about std::string's operator+, -Wrestrict)
template <class T>
std::string describe(T x, T y, const char* format = "%.21Lg, %.21Lg") {
    char text[128];
    std::snprintf(text, sizeof text, format, static_cast<long double>(x), static_cast<long double>(y));
    return text;
}

template <class T, class Computed, class Reference>
measurement measure(const std::vector<T>& points, Computed computed, Reference reference) {
    measurement result;
    for (const T x : points) {
        const double error = ulp_error(computed(x), reference(static_cast<reference_type<T>>(x)));
        ++result.count;
        if (!(error <= result.max_error)) {
            result.max_error = error;
            result.worst = describe(x);
        }
    }
    return result;
}

template <class T, class Computed, class Reference>
measurement measure(const std::vector<std::pair<T, T>>& points, Computed computed, Reference reference) {
    measurement result;
    for (const auto& [x, y] : points) {
        using R = reference_type<T>;
        const double error = ulp_error(computed(x, y), reference(static_cast<R>(x), static_cast<R>(y)));
        ++result.count;
        if (!(error <= result.max_error)) {
            result.max_error = error;
            result.worst = describe(x, y);
        }
    }
    return result;
}

template <class T>
void report(const char* function, const measurement& result) {
    MESSAGE(std::string(function) << "<" << type_name<T>() << ">: max error " << result.max_error << " ulp over "
                     << result.count << " points (worst at " << result.worst << ")");
    CHECK(result.max_error <= error_bound<T>);  // the bound asked for
    CHECK(result.max_error <= 1);               // the bound documented: 0.5 ulp + a hair, with room for the reference
}

long double reference_sqrt(long double x) { return std::sqrt(x); }
quad reference_sqrt(quad x) { return sqrtq(x); }

template <class T>
void test_sqrt(generator& random) {
    std::vector<T> points;
    add_random_finite(points, random, 40000, true);
    add_grid<T>(points, 0, 16, 4000);
    for (int i = 1; i <= 2000; ++i) points.push_back(static_cast<T>(i) * static_cast<T>(i));
    add_log_uniform(points, random, std::numeric_limits<T>::denorm_min(), std::numeric_limits<T>::min(), 2000, false);
    report<T>("sqrt", measure(points, [](T x) { return cm::sqrt(x); },
                              [](auto x) { return reference_sqrt(x); }));
}

long double reference_cbrt(long double x) { return std::cbrt(x); }
quad reference_cbrt(quad x) { return cbrtq(x); }

template <class T>
void test_cbrt(generator& random) {
    std::vector<T> points;
    add_random_finite(points, random, 40000, false);
    add_grid<T>(points, -27, 27, 4000);
    for (int i = -300; i <= 300; ++i) points.push_back(static_cast<T>(i) * static_cast<T>(i) * static_cast<T>(i));
    report<T>("cbrt", measure(points, [](T x) { return cm::cbrt(x); }, [](auto x) { return reference_cbrt(x); }));
}

long double reference_exp(long double x) { return std::exp(x); }
quad reference_exp(quad x) { return expq(x); }

/// log of the largest finite value and of the smallest subnormal, for the ranges of exp and pow
template <class T>
constexpr long double overflow_log = std::numeric_limits<T>::max_exponent * 0.693147180559945309417L;
template <class T>
constexpr long double underflow_log =
    (std::numeric_limits<T>::min_exponent - std::numeric_limits<T>::digits) * 0.693147180559945309417L;

template <class T>
void test_exp(generator& random) {
    std::vector<T> points;
    add_uniform(points, random, underflow_log<T> - 2, overflow_log<T> + 2, 40000);
    add_grid<T>(points, -10, 10, 5000);
    add_log_uniform(points, random, 0x1p-80L, 1, 4000, true);
    add_uniform(points, random, overflow_log<T> - 1, overflow_log<T> + 0.01L, 2000);
    // subnormal results
    add_uniform(points, random, underflow_log<T> - 1, underflow_log<T> + std::numeric_limits<T>::digits, 4000);
    report<T>("exp", measure(points, [](T x) { return cm::exp(x); }, [](auto x) { return reference_exp(x); }));
}

long double reference_expm1(long double x) { return std::expm1(x); }
quad reference_expm1(quad x) { return expm1q(x); }

template <class T>
void test_expm1(generator& random) {
    std::vector<T> points;
    add_uniform(points, random, -60, overflow_log<T> + 1, 40000);
    add_grid<T>(points, -2, 2, 5000);
    add_log_uniform(points, random, 0x1p-100L, 1, 6000, true);
    for (int k = -6; k <= 6; ++k) {  // where the reduction switches k
        add_uniform(points, random, (k + 0.5L) * 0.693147180559945309417L - 0.01L,
                    (k + 0.5L) * 0.693147180559945309417L + 0.01L, 300);
    }
    add_uniform(points, random, overflow_log<T> - 1, overflow_log<T> + 0.01L, 2000);
    report<T>("expm1", measure(points, [](T x) { return cm::expm1(x); }, [](auto x) { return reference_expm1(x); }));
}

long double reference_log(long double x) { return std::log(x); }
quad reference_log(quad x) { return logq(x); }

template <class T>
void test_log(generator& random) {
    std::vector<T> points;
    add_random_finite(points, random, 40000, true);
    add_grid<T>(points, 0.5L, 2, 5000);
    std::vector<T> offsets;
    add_log_uniform(offsets, random, 0x1p-70L, 0.5L, 8000, true);
    for (const T offset : offsets) points.push_back(1 + offset);  // near 1
    add_log_uniform(points, random, std::numeric_limits<T>::denorm_min(), std::numeric_limits<T>::min(), 2000, false);
    report<T>("log", measure(points, [](T x) { return cm::log(x); }, [](auto x) { return reference_log(x); }));
}

long double reference_log1p(long double x) { return std::log1p(x); }
quad reference_log1p(quad x) { return log1pq(x); }

template <class T>
void test_log1p(generator& random) {
    std::vector<T> points;
    add_log_uniform(points, random, 0x1p-100L, 0.999L, 15000, true);
    add_log_uniform(points, random, 1, std::numeric_limits<T>::max() / 2, 10000, false);
    add_uniform(points, random, -1, 1, 10000);
    add_grid<T>(points, -0.5L, 2, 5000);
    std::vector<T> offsets;
    add_log_uniform(offsets, random, 0x1p-60L, 0.5L, 3000, false);
    for (const T offset : offsets) points.push_back(-1 + offset);  // near -1
    report<T>("log1p", measure(points, [](T x) { return cm::log1p(x); }, [](auto x) { return reference_log1p(x); }));
}

long double reference_sin(long double x) { return std::sin(x); }
quad reference_sin(quad x) { return sinq(x); }
long double reference_cos(long double x) { return std::cos(x); }
quad reference_cos(quad x) { return cosq(x); }
long double reference_tan(long double x) { return std::tan(x); }
quad reference_tan(quad x) { return tanq(x); }

template <class T>
std::vector<T> trigonometric_points(generator& random) {
    std::vector<T> points;
    add_grid<T>(points, -10, 10, 10000);
    add_uniform(points, random, -1e6L, 1e6L, 10000);
    add_log_uniform(points, random, 1, std::numeric_limits<T>::max(), 10000, true);
    add_random_finite(points, random, 6000, false);
    add_near_half_pi_multiples(points, random, 8000);
    add_log_uniform(points, random, 0x1p-80L, 1, 3000, true);
    return points;
}

template <class T>
void test_trigonometric(generator& random) {
    const std::vector<T> points = trigonometric_points<T>(random);
    report<T>("sin", measure(points, [](T x) { return cm::sin(x); }, [](auto x) { return reference_sin(x); }));
    report<T>("cos", measure(points, [](T x) { return cm::cos(x); }, [](auto x) { return reference_cos(x); }));
    report<T>("tan", measure(points, [](T x) { return cm::tan(x); }, [](auto x) { return reference_tan(x); }));
}

long double reference_tanh(long double x) { return std::tanh(x); }
quad reference_tanh(quad x) { return tanhq(x); }

template <class T>
void test_tanh(generator& random) {
    std::vector<T> points;
    add_grid<T>(points, -10, 10, 5000);
    add_uniform(points, random, -30, 30, 20000);
    add_log_uniform(points, random, 0x1p-80L, 1, 8000, true);
    add_random_finite(points, random, 4000, false);
    report<T>("tanh", measure(points, [](T x) { return cm::tanh(x); }, [](auto x) { return reference_tanh(x); }));
}

long double reference_atan(long double x) { return std::atan(x); }
quad reference_atan(quad x) { return atanq(x); }

template <class T>
void test_atan(generator& random) {
    std::vector<T> points;
    add_grid<T>(points, -5, 5, 5000);
    add_uniform(points, random, -1, 1, 10000);
    add_random_finite(points, random, 10000, false);
    add_log_uniform(points, random, 0x1p-80L, 1, 3000, true);
    report<T>("atan", measure(points, [](T x) { return cm::atan(x); }, [](auto x) { return reference_atan(x); }));
}

long double reference_pow(long double x, long double y) { return std::pow(x, y); }
quad reference_pow(quad x, quad y) { return powq(x, y); }

template <class T>
void test_pow(generator& random) {
    std::vector<std::pair<T, T>> points;
    std::uniform_real_distribution<long double> exponent(-100, 100), unit(0, 1), logarithm(-7, 7);
    for (int i = 0; i < 40000; ++i) {  // x in [1e-3, 1e3], y in [-100, 100]
        const T x = static_cast<T>(std::exp(logarithm(random)));
        points.emplace_back(x, static_cast<T>(exponent(random)));
    }
    for (int i = 0; i < 10000; ++i) {  // x near 1, large y
        const long double offset = std::exp(-70 * unit(random)) * ((random() & 1) ? 1 : -1) / 2;
        points.emplace_back(static_cast<T>(1 + offset), static_cast<T>(std::ldexp(exponent(random), 14)));
    }
    for (int i = 0; i < 10000; ++i) {  // results near overflow and underflow, subnormal ones included
        const T x = static_cast<T>(std::exp(logarithm(random)));
        if (x == 1) continue;
        const long double target =
            underflow_log<T> - 2 + (overflow_log<T> - underflow_log<T> + 3) * unit(random);
        const long double target_near_edge =
            (random() & 1) ? overflow_log<T> - 2 + 3 * unit(random) : underflow_log<T> - 2 + 60 * unit(random);
        points.emplace_back(x, static_cast<T>((i % 2 ? target : target_near_edge) / std::log(static_cast<long double>(x))));
    }
    for (int i = 0; i < 5000; ++i) {  // negative base, integer exponent
        const T x = static_cast<T>(-std::exp(logarithm(random)));
        points.emplace_back(x, static_cast<T>(std::round(exponent(random))));
    }
    for (int base = 2; base <= 20; ++base) {  // exact cases
        for (int power = -30; power <= 30; ++power) points.emplace_back(static_cast<T>(base), static_cast<T>(power));
    }
    for (int i = 0; i < 5000; ++i) {
        const T x = random_finite<T>(random);
        points.emplace_back(x, random_finite<T>(random));
    }
    report<T>("pow", measure(points, [](T x, T y) { return cm::pow(x, y); },
                             [](auto x, auto y) { return reference_pow(x, y); }));
}

long double reference_atan2(long double y, long double x) { return std::atan2(y, x); }
quad reference_atan2(quad y, quad x) { return atan2q(y, x); }
long double reference_hypot(long double x, long double y) { return std::hypot(x, y); }
quad reference_hypot(quad x, quad y) { return hypotq(x, y); }

template <class T>
void test_atan2_hypot(generator& random) {
    std::vector<std::pair<T, T>> points;
    std::uniform_real_distribution<long double> unit(-1, 1);
    for (int i = 0; i < 20000; ++i) {
        const T x = static_cast<T>(unit(random));
        points.emplace_back(x, static_cast<T>(unit(random)));
    }
    for (int i = 0; i < 20000; ++i) {
        const T x = random_finite<T>(random);
        points.emplace_back(x, random_finite<T>(random));
    }
    std::vector<std::pair<T, T>> atan2_points = points;
    for (int i = 0; i < 5000; ++i) {  // tiny quotients: subnormal results
        const T x = random_finite<T>(random);
        atan2_points.emplace_back(std::ldexp(x, -std::numeric_limits<T>::digits), std::fabs(x) * T(1e10));
    }
    report<T>("atan2", measure(atan2_points, [](T y, T x) { return cm::atan2(y, x); },
                               [](auto y, auto x) { return reference_atan2(y, x); }));
    report<T>("hypot", measure(points, [](T x, T y) { return cm::hypot(x, y); },
                               [](auto x, auto y) { return reference_hypot(x, y); }));
}

template <class T>
void test_all_real_functions() {
    generator random(20240611 + sizeof(T));
    test_sqrt<T>(random);
    test_cbrt<T>(random);
    test_exp<T>(random);
    test_expm1<T>(random);
    test_log<T>(random);
    test_log1p<T>(random);
    test_trigonometric<T>(random);
    test_tanh<T>(random);
    test_atan<T>(random);
    test_pow<T>(random);
    test_atan2_hypot<T>(random);
}

// ----- special values ----------------------------------------------------------------------------------------

template <class T>
bool is_negative_zero(T x) {
    return x == 0 && std::signbit(x);
}
template <class T>
bool is_positive_zero(T x) {
    return x == 0 && !std::signbit(x);
}

template <class T>
void check_special_values() {
    constexpr T infinity = std::numeric_limits<T>::infinity();
    constexpr T nan = std::numeric_limits<T>::quiet_NaN();
    constexpr T max = std::numeric_limits<T>::max();
    constexpr T denorm_min = std::numeric_limits<T>::denorm_min();
    const auto opaque = [](T x) {  // keeps the optimiser from folding the calls
        volatile T copy = x;
        return copy;
    };
    const T zero = opaque(0), negative_zero = opaque(-T(0)), one = opaque(1);
    INFO(type_name<T>());
    // NaN propagates
    for (const T result : {cm::sqrt(opaque(nan)), cm::cbrt(opaque(nan)), cm::exp(opaque(nan)), cm::expm1(opaque(nan)),
                           cm::log(opaque(nan)), cm::log1p(opaque(nan)), cm::sin(opaque(nan)), cm::cos(opaque(nan)),
                           cm::tan(opaque(nan)), cm::tanh(opaque(nan)), cm::pow(opaque(nan), one),
                           cm::pow(one + one, opaque(nan)), cm::atan(opaque(nan))}) {
        CHECK(std::isnan(result));
    }
    // domain errors
    for (const T result : {cm::sqrt(-one), cm::log(-one), cm::log1p(-one - one), cm::sin(opaque(infinity)),
                           cm::cos(-opaque(infinity)), cm::tan(opaque(infinity)), cm::pow(-one - one, opaque(T(0.5))),
                           cm::sqrt(-opaque(infinity)), cm::log(-opaque(infinity))}) {
        CHECK(std::isnan(result));
    }
    // signed zeros
    for (const T result : {cm::sqrt(negative_zero), cm::cbrt(negative_zero), cm::expm1(negative_zero),
                           cm::log1p(negative_zero), cm::sin(negative_zero), cm::tan(negative_zero), cm::tanh(negative_zero),
                           cm::atan(negative_zero), cm::pow(negative_zero, opaque(3)), cm::pow(-opaque(infinity), opaque(-3))}) {
        CHECK(is_negative_zero(result));
    }
    for (const T result : {cm::sqrt(zero), cm::cbrt(zero), cm::expm1(zero), cm::log1p(zero), cm::sin(zero), cm::tan(zero),
                           cm::tanh(zero), cm::log(one), cm::exp(-opaque(infinity)), cm::exp(-opaque(max)),
                           cm::pow(negative_zero, opaque(2)), cm::pow(zero, opaque(T(0.5))), cm::pow(opaque(T(0.5)), opaque(infinity)),
                           cm::pow(opaque(infinity), -one), cm::pow(opaque(2), -opaque(max))}) {
        CHECK(is_positive_zero(result));
    }
    // infinities, exact values, saturation
    CHECK(cm::exp(opaque(max)) == infinity);
    CHECK(cm::exp(opaque(infinity)) == infinity);
    CHECK(cm::expm1(opaque(max)) == infinity);
    CHECK(cm::expm1(-opaque(infinity)) == -1);
    CHECK(cm::expm1(-opaque(max)) == -1);
    CHECK(cm::log(zero) == -infinity);
    CHECK(cm::log(negative_zero) == -infinity);
    CHECK(cm::log(opaque(infinity)) == infinity);
    CHECK(cm::log1p(-one) == -infinity);
    CHECK(cm::log1p(opaque(infinity)) == infinity);
    CHECK(cm::sqrt(opaque(infinity)) == infinity);
    CHECK(cm::cbrt(-opaque(infinity)) == -infinity);
    CHECK(cm::tanh(opaque(infinity)) == 1);
    CHECK(cm::tanh(-opaque(infinity)) == -1);
    CHECK(cm::tanh(opaque(max)) == 1);
    CHECK(cm::cos(zero) == 1);
    CHECK(cm::exp(zero) == 1);
    CHECK(cm::exp(negative_zero) == 1);
    CHECK(cm::sqrt(opaque(denorm_min)) > 0);
    CHECK(cm::exp(cm::log(opaque(denorm_min))) == denorm_min);
    CHECK(cm::sin(opaque(denorm_min)) == denorm_min);
    CHECK(cm::sin(opaque(max)) == cm::sin(opaque(max)));  // defined (reduced exactly)
    // pow, C99 F.9.4.4
    CHECK(cm::pow(opaque(nan), zero) == 1);
    CHECK(cm::pow(opaque(nan), negative_zero) == 1);
    CHECK(cm::pow(one, opaque(nan)) == 1);
    CHECK(cm::pow(-one, opaque(infinity)) == 1);
    CHECK(cm::pow(-one, -opaque(infinity)) == 1);
    CHECK(cm::pow(zero, -one) == infinity);
    CHECK(cm::pow(negative_zero, -one) == -infinity);
    CHECK(cm::pow(negative_zero, opaque(-2)) == infinity);
    CHECK(cm::pow(negative_zero, -opaque(infinity)) == infinity);
    CHECK(cm::pow(opaque(T(0.5)), -opaque(infinity)) == infinity);
    CHECK(cm::pow(opaque(2), opaque(infinity)) == infinity);
    CHECK(cm::pow(-opaque(infinity), opaque(3)) == -infinity);
    CHECK(cm::pow(-opaque(infinity), opaque(T(2.5))) == infinity);
    CHECK(cm::pow(opaque(-2), opaque(3)) == -8);
    CHECK(cm::pow(opaque(-2), opaque(-2)) == T(0.25));
    CHECK(cm::pow(opaque(-3), opaque(max)) == infinity);  // max is an even integer
    CHECK(cm::pow(opaque(2), opaque(std::numeric_limits<T>::min_exponent - std::numeric_limits<T>::digits)) == denorm_min);
    CHECK(cm::pow(opaque(2), opaque(std::numeric_limits<T>::max_exponent)) == infinity);
    CHECK(cm::pow(opaque(-2), opaque(std::numeric_limits<T>::max_exponent - 1)) == -std::ldexp(T(1), std::numeric_limits<T>::max_exponent - 1));
}

// ----- complex ----------------------------------------------------------------------------------------------

// References: glibc's complex long double for float and double; for long double, the textbook formulas
// evaluated with libquadmath's __float128 functions (exact to far below an ulp of long double at the points
// used, which keep away from the cancellations of the formulas).
template <class R>
using pair_of = std::pair<R, R>;

pair_of<long double> from_complex(const std::complex<long double>& z) { return {z.real(), z.imag()}; }

pair_of<long double> reference_complex_exp(long double x, long double y) { return from_complex(std::exp(std::complex<long double>(x, y))); }
pair_of<long double> reference_complex_log(long double x, long double y) { return from_complex(std::log(std::complex<long double>(x, y))); }
pair_of<long double> reference_complex_sqrt(long double x, long double y) { return from_complex(std::sqrt(std::complex<long double>(x, y))); }
pair_of<long double> reference_complex_sin(long double x, long double y) { return from_complex(std::sin(std::complex<long double>(x, y))); }
pair_of<long double> reference_complex_cos(long double x, long double y) { return from_complex(std::cos(std::complex<long double>(x, y))); }
pair_of<long double> reference_complex_pow(long double x, long double y, long double u, long double v) {
    return from_complex(std::exp(std::complex<long double>(u, v) * std::log(std::complex<long double>(x, y))));
}

pair_of<quad> reference_complex_exp(quad x, quad y) { return {expq(x) * cosq(y), expq(x) * sinq(y)}; }
pair_of<quad> reference_complex_log(quad x, quad y) { return {logq(hypotq(x, y)), atan2q(y, x)}; }
pair_of<quad> reference_complex_sqrt(quad x, quad y) {
    const quad root = sqrtq(((x < 0 ? -x : x) + hypotq(x, y)) / 2);
    const quad other = (y < 0 ? -y : y) / (2 * root);
    if (x >= 0) return {root, y < 0 ? -other : other};
    return {other, y < 0 ? -root : root};
}
pair_of<quad> reference_complex_sin(quad x, quad y) { return {sinq(x) * coshq(y), cosq(x) * sinhq(y)}; }
pair_of<quad> reference_complex_cos(quad x, quad y) { return {cosq(x) * coshq(y), -sinq(x) * sinhq(y)}; }
pair_of<quad> reference_complex_pow(quad x, quad y, quad u, quad v) {
    const pair_of<quad> logarithm = reference_complex_log(x, y);
    return reference_complex_exp(u * logarithm.first - v * logarithm.second, u * logarithm.second + v * logarithm.first);
}

/// The larger of the component errors, each in ulps of the larger component of the reference.
template <class T, class R>
double complex_error(const std::complex<T>& computed, const pair_of<R>& reference) {
    const auto [real, imaginary] = reference;
    const R scale = std::max(reference_abs(real), reference_abs(imaginary));
    const int exponent = std::max(reference_ilogb(scale), std::numeric_limits<T>::min_exponent - 1);
    const R ulp = reference_ldexp(R(1), exponent - std::numeric_limits<T>::digits + 1);
    if (std::isnan(computed.real()) || std::isnan(computed.imag())) return std::numeric_limits<double>::infinity();
    return static_cast<double>(std::max(reference_abs(static_cast<R>(computed.real()) - real),
                                        reference_abs(static_cast<R>(computed.imag()) - imaginary)) / ulp);
}

template <class T, class Computed, class Reference>
void measure_complex(const char* function, const std::vector<std::complex<T>>& points, Computed computed,
                     Reference reference, double bound) {
    using R = reference_type<T>;
    measurement result;
    for (const auto& z : points) {
        const double error = complex_error(computed(z), reference(static_cast<R>(z.real()), static_cast<R>(z.imag())));
        ++result.count;
        if (!(error <= result.max_error)) {
            result.max_error = error;
            result.worst = describe(z.real(), z.imag(), "(%.21Lg, %.21Lg)");
        }
    }
    MESSAGE("complex " << std::string(function) << "<" << type_name<T>() << ">: max error " << result.max_error
                       << " ulp of the larger component over " << result.count << " points (worst at "
                       << result.worst << ")");
    CHECK(result.max_error <= bound);
}

template <class T>
void test_complex() {
    generator random(7 + sizeof(T));
    std::vector<std::complex<T>> points;
    std::uniform_real_distribution<long double> unit(-1, 1), moderate(-20, 20);
    for (int i = 0; i < 5000; ++i) {
        const T x = static_cast<T>(unit(random));
        points.emplace_back(x, static_cast<T>(unit(random)));
    }
    for (int i = 0; i < 5000; ++i) {
        const T x = static_cast<T>(moderate(random));
        points.emplace_back(x, static_cast<T>(moderate(random)));
    }
    using R = reference_type<T>;
    measure_complex<T>("exp", points, [](auto z) { return cm::exp(z); }, [](R x, R y) { return reference_complex_exp(x, y); }, 1);
    measure_complex<T>("log", points, [](auto z) { return cm::log(z); }, [](R x, R y) { return reference_complex_log(x, y); }, 1);
    measure_complex<T>("sqrt", points, [](auto z) { return cm::sqrt(z); }, [](R x, R y) { return reference_complex_sqrt(x, y); }, 1);
    measure_complex<T>("sin", points, [](auto z) { return cm::sin(z); }, [](R x, R y) { return reference_complex_sin(x, y); }, 1);
    measure_complex<T>("cos", points, [](auto z) { return cm::cos(z); }, [](R x, R y) { return reference_complex_cos(x, y); }, 1);
    // wide ranges: any finite z for log and sqrt; up to the overflow threshold for exp, sin and cos
    std::vector<std::complex<T>> any_points, exp_points, trigonometric_points;
    for (int i = 0; i < 10000; ++i) {
        const T x = random_finite<T>(random);
        any_points.emplace_back(x, random_finite<T>(random));
    }
    // exp(x + iy): x up to the overflow threshold, y from denorm_min to 10^10; sin and cos the other way round
    std::vector<T> large, symmetric, wide;
    add_uniform(large, random, underflow_log<T> * 0.99L, overflow_log<T> * 0.99L, 6000);
    add_uniform(symmetric, random, -overflow_log<T> * 0.99L, overflow_log<T> * 0.99L, 6000);
    add_log_uniform(wide, random, std::numeric_limits<T>::denorm_min(), 1e10L, 6000, true);
    for (int i = 0; i < 6000; ++i) {
        exp_points.emplace_back(large[i], wide[i]);
        trigonometric_points.emplace_back(wide[i], symmetric[i]);
    }
    measure_complex<T>("log (any z)", any_points, [](auto z) { return cm::log(z); }, [](R x, R y) { return reference_complex_log(x, y); }, 1);
    measure_complex<T>("sqrt (any z)", any_points, [](auto z) { return cm::sqrt(z); }, [](R x, R y) { return reference_complex_sqrt(x, y); }, 1);
    measure_complex<T>("exp (wide z)", exp_points, [](auto z) { return cm::exp(z); }, [](R x, R y) { return reference_complex_exp(x, y); }, 1);
    measure_complex<T>("sin (wide z)", trigonometric_points, [](auto z) { return cm::sin(z); }, [](R x, R y) { return reference_complex_sin(x, y); }, 1);
    measure_complex<T>("cos (wide z)", trigonometric_points, [](auto z) { return cm::cos(z); }, [](R x, R y) { return reference_complex_cos(x, y); }, 1);
    measure_complex<T>("pow(z, 2.5)", points, [](auto z) { return cm::pow(z, T(2.5)); },
                       [](R x, R y) { return reference_complex_pow(x, y, R(2.5), R(0)); }, 1);
    measure_complex<T>("pow(z, 0.3 - 0.7i)", points, [](auto z) { return cm::pow(z, std::complex<T>(T(0.3), T(-0.7))); },
                       [](R x, R y) { return reference_complex_pow(x, y, static_cast<R>(T(0.3)), static_cast<R>(T(-0.7))); }, 1);
    measure_complex<T>("pow(1.7, z)", points, [](auto z) { return cm::pow(T(1.7), z); },
                       [](R x, R y) { return reference_complex_pow(static_cast<R>(T(1.7)), R(0), x, y); }, 1);
}

}  // namespace

TEST_CASE("constexpr math special values") {
    check_special_values<float>();
    check_special_values<double>();
    check_special_values<long double>();
}

TEST_CASE("constexpr math accuracy: complex") {
    test_complex<float>();
    test_complex<double>();
    test_complex<long double>();
}

TEST_CASE("constexpr math accuracy: float") { test_all_real_functions<float>(); }
TEST_CASE("constexpr math accuracy: double") { test_all_real_functions<double>(); }
TEST_CASE("constexpr math accuracy: long double") { test_all_real_functions<long double>(); }
