#pragma once
// The _c literal: an exact rational constant in the type. `2_c` is rational<2>, `0.25_c` is
// rational<1, 4>, `1.5e-3_c` is rational<3, 2000>. Digit separators are allowed (`1'000_c`).

#include <ctgrad/detail/rational_arithmetic.hpp>
#include <ctgrad/expression.hpp>

namespace ctgrad::detail {

template <char... Characters>
constexpr rational_value parse_decimal_literal() {
    constexpr char text[] = {Characters..., '\0'};
    wide_integer numerator = 0, denominator = 1;
    int exponent = 0, exponent_sign = 1;
    bool in_fraction = false, in_exponent = false;
    constexpr wide_integer limit = wide_integer(1) << 100;
    for (char character : text) {
        if (character == '\0' || character == '\'') continue;
        if (character == '.') in_fraction = true;
        else if (character == 'e' || character == 'E') in_exponent = true;
        else if (in_exponent && character == '-') exponent_sign = -1;
        else if (in_exponent && character == '+') continue;
        else if (in_exponent) exponent = exponent * 10 + (character - '0');
        else {
            numerator = numerator * 10 + (character - '0');
            if (in_fraction) denominator *= 10;
            if (numerator > limit || denominator > limit) return {0, 0};  // too long: reported as overflow
        }
    }
    for (int step = 0; step < exponent; ++step) {
        if (exponent_sign > 0) numerator *= 10;
        else denominator *= 10;
        if (numerator > limit || denominator > limit) return {0, 0};
    }
    return reduce({numerator, denominator});
}

}  // namespace ctgrad::detail

namespace ctgrad::literals {

template <char... Characters>
constexpr auto operator""_c() {
    constexpr detail::rational_value value = detail::parse_decimal_literal<Characters...>();
    static_assert(value.denominator != 0 && detail::fits_intmax(value),
                  "ctgrad::literals::operator\"\"_c: the literal does not fit a rational of std::intmax_t");
    return detail::make_rational<value>();
}

}  // namespace ctgrad::literals
