#pragma once
// Complex exp, log, sqrt, sin, cos, pow and abs, constexpr, built on the real functions' double-word
// internals. complex<float> is computed as complex<double> and rounded.
//
// exp, sin, cos and pow compute modulus and angle (or sin x, cos x, sinh y, cosh y) as double words and
// round each component once; pow's log z is a double word too (its rounding costs about |w log z| 2^-2digits
// relative: nothing in practice). log: the real part from x^2 + y^2 as an exact double word (accurate near
// |z| = 1 too), the imaginary part atan2. sqrt: in double-word arithmetic as well. abs: hypot.
// Error bound: each component within 0.5 ulp + a hair of the larger component (measured <= 0.51 ulp, see
// test/math/constexpr_math_accuracy.cpp); components that are subnormal: within 1 ulp (two roundings).
// Special values: exp, log and sqrt follow C's Annex G for infinities, NaNs and signed zeros; sin, cos and
// pow propagate NaNs (NaN components out) without the finer points of Annex G; results that overflow are
// infinite, those that underflow subnormal or zero.

#include <ctgrad/detail/math/constants.hpp>
#include <ctgrad/detail/math/double_word.hpp>
#include <ctgrad/detail/math/exponential.hpp>
#include <ctgrad/detail/math/floating_point.hpp>
#include <ctgrad/detail/math/logarithm.hpp>
#include <ctgrad/detail/math/root.hpp>
#include <ctgrad/detail/math/trigonometric.hpp>

#include <complex>
#include <concepts>

namespace ctgrad::detail::constexpr_math {

namespace complex_detail {

template <floating_point_type T>
constexpr std::complex<double> widen(const std::complex<T>& z) noexcept {
    return {static_cast<double>(z.real()), static_cast<double>(z.imag())};
}

constexpr std::complex<float> narrow(const std::complex<double>& z) noexcept {
    return {narrow_to_float(z.real()), narrow_to_float(z.imag())};
}

template <floating_point_type T>
constexpr bool has_nan(const std::complex<T>& z) noexcept {
    return is_nan(z.real()) || is_nan(z.imag());
}

template <floating_point_type T>
constexpr bool is_finite(const std::complex<T>& z) noexcept {
    return constexpr_math::is_finite(z.real()) && constexpr_math::is_finite(z.imag());
}

/// a * b for finite a, b without an overflowing operation: ±inf when the product is out of range.
template <floating_point_type T>
constexpr T product(T a, T b) noexcept {
    if (a == 0 || b == 0) return a * b;
    const auto [a_significand, a_exponent] = decompose(a);
    const auto [b_significand, b_exponent] = decompose(b);
    return load_exponent(a_significand * b_significand, a_exponent + b_exponent);
}

/// a * y as a double word for |y| < 2^(max_exponent/2); beyond that (a result no finite angle or modulus
/// survives) the plain product, without an overflowing operation.
template <floating_point_type T>
constexpr double_word<T> times(double_word<T> a, T y) noexcept {
    if (absolute_value(y) < power_of_two<T>(max_exponent<T> / 2)) return multiply(a, y);
    return {product(a.high, y), T(0)};
}

/// |sinh y| and cosh y are so large that any nonzero finite number times them overflows.
template <floating_point_type T>
constexpr bool hyperbolic_overflows(T y) noexcept {
    // e^|y| / 2 > 2^(max_exponent - subnormal_exponent + 1)
    return absolute_value(y) > 3 * constants<T>::exp_overflow;
}

/// a * b * 2^exponent rounded once, for double words a (any magnitude) and b (not tiny: above 2^-200): a
/// tiny a is scaled up first, so that the product keeps its precision.
template <floating_point_type T>
constexpr T product_rounded(double_word<T> a, double_word<T> b, int exponent) noexcept {
    if (a.high != 0 && absolute_value(a.high) < power_of_two<T>(min_normal_exponent<T> + 2 * digits<T>)) {
        a = scale(a, 2 * digits<T>);
        exponent -= 2 * digits<T>;
    }
    return scale_rounded(multiply(a, b), exponent);
}

/// e^real (cos angle + i sin angle), each component rounded once, for double words real and angle with
/// finite high parts (either may be huge).
template <floating_point_type T>
constexpr std::complex<T> exp_polar(double_word<T> real, double_word<T> angle) noexcept {
    if (!constexpr_math::is_finite(angle.high)) return {quiet_nan<T>, quiet_nan<T>};
    if (real.high > 2 * constants<T>::exp_overflow) {
        if (angle.high == 0) return {infinity<T>, angle.high};
        const auto [sine, cosine] = sin_cos_double_word(angle);
        return {copy_sign(infinity<T>, cosine.high), copy_sign(infinity<T>, sine.high)};
    }
    if (real.high < 2 * constants<T>::exp_underflow) {
        if (angle.high == 0) return {T(0), angle.high};
        const auto [sine, cosine] = sin_cos_double_word(angle);
        return {copy_sign(T(0), cosine.high), copy_sign(T(0), sine.high)};
    }
    const auto [modulus, exponent] = exp_scaled(real);
    if (angle.high == 0) return {scale_rounded(modulus, exponent), angle.high};
    const auto [sine, cosine] = sin_cos_double_word(angle);
    return {product_rounded(cosine, modulus, exponent), product_rounded(sine, modulus, exponent)};
}

/// log |x + iy| as a double word, for finite (x, y) not both zero, from x^2 + y^2 as an exact double word.
template <floating_point_type T>
constexpr double_word<T> log_modulus(T x, T y) noexcept {
    T larger = absolute_value(x), smaller = absolute_value(y);
    if (larger < smaller) {
        const T swap = larger;
        larger = smaller;
        smaller = swap;
    }
    const int exponent = exponent_of(larger);
    larger = load_exponent(larger, -exponent);
    smaller = load_exponent(smaller, -exponent);
    const double_word<T> square = add(two_product(larger, larger), two_product(smaller, smaller));  // [1, 8)
    const double_word<T> half_log = scale(log_of_double_word(square), -1);
    if (exponent == 0) return half_log;
    return add(ln2_multiple<T>(exponent), half_log);
}

/// arg(x + iy) in [-pi, pi] as a double word, for finite (x, y) not both zero.
template <floating_point_type T>
constexpr double_word<T> argument(T x, T y) noexcept {
    const double_word<T> angle = atan2_magnitude(absolute_value(y), x);
    return sign_bit(y) ? negate(angle) : angle;
}

}  // namespace complex_detail

/// e^z, with C's special values (Annex G.6.3.1).
template <floating_point_type T>
constexpr std::complex<T> exp(const std::complex<T>& z) noexcept {
    if constexpr (std::same_as<T, float>) {
        return complex_detail::narrow(constexpr_math::exp(complex_detail::widen(z)));
    } else {
        const T x = z.real(), y = z.imag();
        if (is_nan(x)) return {x, y == 0 ? y : quiet_nan<T>};
        if (x == infinity<T>) {
            if (y == 0) return {x, y};
            if (!is_finite(y)) return {x, quiet_nan<T>};
            return {copy_sign(infinity<T>, cos(y)), copy_sign(infinity<T>, sin(y))};
        }
        if (x == -infinity<T>) {
            if (!is_finite(y)) return {T(0), T(0)};
            return {copy_sign(T(0), cos(y)), copy_sign(T(0), sin(y))};
        }
        if (!is_finite(y)) return {quiet_nan<T>, quiet_nan<T>};
        return complex_detail::exp_polar(double_word<T>{x, T(0)}, double_word<T>{y, T(0)});
    }
}

/// The principal logarithm log|z| + i arg z, arg in [-pi, pi], with C's special values (G.6.3.2):
/// log(-0 + i0) = -inf + i pi, log(±inf + iNaN) = +inf + iNaN, ...
template <floating_point_type T>
constexpr std::complex<T> log(const std::complex<T>& z) noexcept {
    if constexpr (std::same_as<T, float>) {
        return complex_detail::narrow(constexpr_math::log(complex_detail::widen(z)));
    } else {
        const T x = z.real(), y = z.imag();
        if (complex_detail::has_nan(z)) {
            if (is_infinite(x) || is_infinite(y)) return {infinity<T>, quiet_nan<T>};
            return {quiet_nan<T>, quiet_nan<T>};
        }
        if (x == 0 && y == 0) return {-infinity<T>, atan2(y, x)};
        if (is_infinite(x) || is_infinite(y)) return {infinity<T>, atan2(y, x)};
        return {rounded(complex_detail::log_modulus(x, y)), atan2(y, x)};
    }
}

/// The principal square root (real part >= 0), with C's special values (G.6.4.2).
template <floating_point_type T>
constexpr std::complex<T> sqrt(const std::complex<T>& z) noexcept {
    if constexpr (std::same_as<T, float>) {
        return complex_detail::narrow(constexpr_math::sqrt(complex_detail::widen(z)));
    } else {
        const T x = z.real(), y = z.imag();
        if (is_infinite(y)) return {infinity<T>, y};
        if (x == -infinity<T>) {
            if (is_nan(y)) return {quiet_nan<T>, infinity<T>};
            return {T(0), copy_sign(infinity<T>, y)};
        }
        if (x == infinity<T>) return {x, is_nan(y) ? y : copy_sign(T(0), y)};
        if (complex_detail::has_nan(z)) return {quiet_nan<T>, quiet_nan<T>};
        if (x == 0 && y == 0) return {T(0), y};
        // scale by an even power of two, so that the larger magnitude is in [1, 4)
        const T x_magnitude = absolute_value(x), y_magnitude = absolute_value(y);
        const int exponent = exponent_of(x_magnitude > y_magnitude ? x_magnitude : y_magnitude) & ~1;
        const T x_scaled = load_exponent(x_magnitude, -exponent), y_scaled = load_exponent(y_magnitude, -exponent);
        // root = sqrt((|x| + |z|) / 2), other = |y| / (2 root), in double-word arithmetic
        const double_word<T> modulus =
            sqrt_double_word(add(two_product(x_scaled, x_scaled), two_product(y_scaled, y_scaled)));
        const double_word<T> root_double_word = sqrt_double_word(scale(add(modulus, x_scaled), -1));
        const T root = scale_rounded(root_double_word, exponent / 2);
        const T other = scale_rounded(divide(double_word<T>{y_scaled, T(0)}, scale(root_double_word, 1)), exponent / 2);
        if (x >= 0) return {root, copy_sign(other, y)};
        return {other, copy_sign(root, y)};
    }
}

/// sin z = sin x cosh y + i cos x sinh y.
template <floating_point_type T>
constexpr std::complex<T> sin(const std::complex<T>& z) noexcept {
    if constexpr (std::same_as<T, float>) {
        return complex_detail::narrow(constexpr_math::sin(complex_detail::widen(z)));
    } else {
        const T x = z.real(), y = z.imag();
        if (!complex_detail::is_finite(z)) {
            if (x == 0 && !is_nan(y)) return {x, y};  // sin(±0 ± i inf) = ±0 ± i inf
            return {quiet_nan<T>, quiet_nan<T>};
        }
        if (y == 0) return {sin(x), y};
        if (complex_detail::hyperbolic_overflows(y)) {
            if (x == 0) return {x, copy_sign(infinity<T>, y)};
            const auto [sine, cosine] = sin_cos_double_word(double_word<T>{x, T(0)});
            const T imaginary_sign = sign_bit(y) ? -cosine.high : cosine.high;
            return {copy_sign(infinity<T>, sine.high), copy_sign(infinity<T>, imaginary_sign)};
        }
        const auto [sinh, cosh, exponent] = sinh_cosh_scaled(y);
        if (x == 0) return {x, scale_rounded(sinh, exponent)};
        const auto [sine, cosine] = sin_cos_double_word(double_word<T>{x, T(0)});
        return {complex_detail::product_rounded(sine, cosh, exponent),
                complex_detail::product_rounded(sinh, cosine, exponent)};
    }
}

/// cos z = cos x cosh y - i sin x sinh y.
template <floating_point_type T>
constexpr std::complex<T> cos(const std::complex<T>& z) noexcept {
    if constexpr (std::same_as<T, float>) {
        return complex_detail::narrow(constexpr_math::cos(complex_detail::widen(z)));
    } else {
        const T x = z.real(), y = z.imag();
        const T zero_imaginary = copy_sign(T(0), sign_bit(x) == sign_bit(y) ? T(-1) : T(1));  // the sign of -x y
        if (!complex_detail::is_finite(z)) {
            if (x == 0 && is_infinite(y)) return {infinity<T>, zero_imaginary};
            return {quiet_nan<T>, quiet_nan<T>};
        }
        if (y == 0) return {cos(x), x == 0 ? zero_imaginary : -(sin(x) * y)};
        if (complex_detail::hyperbolic_overflows(y)) {
            if (x == 0) return {infinity<T>, zero_imaginary};
            const auto [sine, cosine] = sin_cos_double_word(double_word<T>{x, T(0)});
            const T imaginary_sign = sign_bit(y) ? sine.high : -sine.high;
            return {copy_sign(infinity<T>, cosine.high), copy_sign(infinity<T>, imaginary_sign)};
        }
        const auto [sinh, cosh, exponent] = sinh_cosh_scaled(y);
        if (x == 0) return {scale_rounded(cosh, exponent), zero_imaginary};
        const auto [sine, cosine] = sin_cos_double_word(double_word<T>{x, T(0)});
        return {complex_detail::product_rounded(cosine, cosh, exponent),
                -complex_detail::product_rounded(sine, sinh, exponent)};
    }
}

/// |z| = hypot(x, y).
template <floating_point_type T>
constexpr T abs(const std::complex<T>& z) noexcept {
    return hypot(z.real(), z.imag());
}

/// z^y for real y, as libstdc++ computes it: x^y for real positive z, otherwise
/// e^(y log|z|) (cos(y arg z) + i sin(y arg z)); 0^y = 0 for y > 0, 1 for y = 0, inf for y < 0.
template <floating_point_type T>
constexpr std::complex<T> pow(const std::complex<T>& z, T y) noexcept {
    if constexpr (std::same_as<T, float>) {
        return complex_detail::narrow(constexpr_math::pow(complex_detail::widen(z), static_cast<double>(y)));
    } else {
        if (y == 0) return {T(1), T(0)};
        if (complex_detail::has_nan(z) || !complex_detail::is_finite(z) || !is_finite(y)) {
            return {quiet_nan<T>, quiet_nan<T>};
        }
        if (z.imag() == 0 && z.real() > 0) return {pow(z.real(), y), T(0)};
        if (z.real() == 0 && z.imag() == 0) return {y > 0 ? T(0) : infinity<T>, T(0)};
        return complex_detail::exp_polar(complex_detail::times(complex_detail::log_modulus(z.real(), z.imag()), y),
                                         complex_detail::times(complex_detail::argument(z.real(), z.imag()), y));
    }
}

/// z^w = e^(w log z); 0^w = 0 for Re w > 0, 1 for w = 0.
template <floating_point_type T>
constexpr std::complex<T> pow(const std::complex<T>& z, const std::complex<T>& w) noexcept {
    if constexpr (std::same_as<T, float>) {
        return complex_detail::narrow(constexpr_math::pow(complex_detail::widen(z), complex_detail::widen(w)));
    } else {
        if (w.real() == 0 && w.imag() == 0) return {T(1), T(0)};
        if (w.imag() == 0 && !is_nan(w.real())) return constexpr_math::pow(z, w.real());
        if (!complex_detail::is_finite(z) || !complex_detail::is_finite(w)) return {quiet_nan<T>, quiet_nan<T>};
        if (z.real() == 0 && z.imag() == 0) {
            if (w.real() > 0) return {T(0), T(0)};
            return {quiet_nan<T>, quiet_nan<T>};
        }
        // w log z = (u L - v A) + i (u A + v L) with log z = L + i A, w = u + iv
        const double_word<T> modulus_log = complex_detail::log_modulus(z.real(), z.imag());
        const double_word<T> angle = complex_detail::argument(z.real(), z.imag());
        const T u = w.real(), v = w.imag();
        const T huge = power_of_two<T>(max_exponent<T> / 4);  // beyond: no digit of the result would survive
        if (absolute_value(u) >= huge || absolute_value(v) >= huge) return {quiet_nan<T>, quiet_nan<T>};
        return complex_detail::exp_polar(
            add(complex_detail::times(modulus_log, u), negate(complex_detail::times(angle, v))),
            add(complex_detail::times(angle, u), complex_detail::times(modulus_log, v)));
    }
}

/// x^w for real x: x^Re w (cos(Im w log x) + i sin(Im w log x)) for x > 0, else (x + i0)^w.
template <floating_point_type T>
constexpr std::complex<T> pow(T x, const std::complex<T>& w) noexcept {
    if constexpr (std::same_as<T, float>) {
        return complex_detail::narrow(constexpr_math::pow(static_cast<double>(x), complex_detail::widen(w)));
    } else {
        if (x > 0 && is_finite(x) && complex_detail::is_finite(w)) {
            if (w.imag() == 0) return {pow(x, w.real()), w.imag()};
            const double_word<T> logarithm = log_double_word(x);
            return complex_detail::exp_polar(complex_detail::times(logarithm, w.real()),
                                             complex_detail::times(logarithm, w.imag()));
        }
        return constexpr_math::pow(std::complex<T>{x, T(0)}, w);
    }
}

}  // namespace ctgrad::detail::constexpr_math
