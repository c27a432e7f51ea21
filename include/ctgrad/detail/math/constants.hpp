#pragma once
// Mathematical constants of the constexpr elementary functions, as double words (high = the constant
// rounded to nearest, low = the rest rounded to nearest: about 2 * digits correct bits), for double and for
// 80-bit long double. Computed with mpmath at 20,000 bits; each literal is an exact binary value.

#include <ctgrad/detail/math/double_word.hpp>

namespace ctgrad::detail::constexpr_math {

template <floating_point_type T>
struct constants;

template <>
struct constants<double> {
    static constexpr double_word<double> ln2{0x162e42fefa39efp-53, 0x1abc9e3b39803fp-108};
    static constexpr double inverse_ln2 = 0x171547652b82fep-52;
    static constexpr double_word<double> half_pi{0x1921fb54442d18p-52, 0x11a62633145c07p-106};
    static constexpr double_word<double> pi{0x1921fb54442d18p-51, 0x11a62633145c07p-105};
    /// atan(i / 8) for i = 0..8
    static constexpr double_word<double> atan_eighths[9] = {
        {0.0, 0.0},
        {0x1fd5ba9aac2f6ep-56, -0x1cd37686760c17p-111},
        {0x1f5b75f92c80ddp-55, 0x18ab6e3cf7afbdp-109},
        {0x16f61941e4def1p-54, -0x1c63aae6f6e918p-108},
        {0x1dac670561bb4fp-54, 0x1a2b7f222f65e2p-108},
        {0x11e00babdefeb4p-53, -0x1928df287a668fp-110},
        {0x14978fa3269ee1p-53, 0x12419a87f2a458p-108},
        {0x1700a7c5784634p-53, -0x18c34d25aadef6p-108},
        {0x1921fb54442d18p-53, 0x11a62633145c07p-107},
    };
    /// ln(DBL_MAX + ulp/2) and ln(denorm_min / 2), rounded: exp overflows above, underflows to 0 below.
    static constexpr double exp_overflow = 0x162e42fefa39efp-43;    // 709.782712893384
    static constexpr double exp_underflow = -0x174910d52d3052p-43;  // -745.1332191019412
};

namespace constants_detail {

inline constexpr bool extended = digits<long double> == 64;

// The 80-bit value where long double is x87 extended, the double one where long double is binary64.
constexpr double_word<long double> pick(double_word<long double> extended_value,
                                        double_word<double> binary64_value) noexcept {
    if (extended) return extended_value;
    return {binary64_value.high, binary64_value.low};
}

}  // namespace constants_detail

template <>
struct constants<long double> {
  private:
    static constexpr auto pick = constants_detail::pick;

  public:
    static constexpr double_word<long double> ln2 =
        pick({0xb17217f7d1cf79acp-64L, -0xd871319ff0342543p-130L}, constants<double>::ln2);
    static constexpr long double inverse_ln2 = 0x171547652b82fep-52;
    static constexpr double_word<long double> half_pi =
        pick({0xc90fdaa22168c235p-63L, -0xece675d1fc8f8cbbp-129L}, constants<double>::half_pi);
    static constexpr double_word<long double> pi =
        pick({0xc90fdaa22168c235p-62L, -0xece675d1fc8f8cbbp-128L}, constants<double>::pi);
    static constexpr double_word<long double> atan_eighths[9] = {
        {0.0L, 0.0L},
        pick({0xfeadd4d5617b6e33p-67L, -0xdda19d8305ddc422p-133L}, constants<double>::atan_eighths[1]),
        pick({0xfadbafc96406eb15p-66L, 0xdb8f3debef442fcbp-131L}, constants<double>::atan_eighths[2]),
        pick({0xb7b0ca0f26f78474p-65L, -0xeab9bdba460376fap-130L}, constants<double>::atan_eighths[3]),
        pick({0xed63382b0dda7b45p-65L, 0xdfc88bd978751a07p-130L}, constants<double>::atan_eighths[4]),
        pick({0x8f005d5ef7f59f9bp-64L, 0xb906bc2ccb886e8fp-129L}, constants<double>::atan_eighths[5]),
        pick({0xa4bc7d1934f70924p-64L, 0xcd43f9522bed64f7p-131L}, constants<double>::atan_eighths[6]),
        pick({0xb8053e2bc2319e74p-64L, -0xd3496ab7bd6eef0bp-130L}, constants<double>::atan_eighths[7]),
        pick({0xc90fdaa22168c235p-64L, -0xece675d1fc8f8cbbp-130L}, constants<double>::atan_eighths[8]),
    };
    /// ln(LDBL_MAX + ulp/2) = 11356.52340629414395 and ln(denorm_min / 2) = -11399.49853148886056.
    static constexpr long double exp_overflow =
        constants_detail::extended ? 0xb17217f7d1cf79acp-50L : constants<double>::exp_overflow;
    static constexpr long double exp_underflow =
        constants_detail::extended ? -0xb21dfe7f09e2baaap-50L : constants<double>::exp_underflow;
};

}  // namespace ctgrad::detail::constexpr_math
