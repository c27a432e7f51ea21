// Laws (compile-only): linearity and the product rule, over every sample pair (../samples.hpp). Each law
// is checked as an identity of normal forms where the normal form decides it (both operands static),
// and at the sample points always. A failure names the law and the sample in the compiler's message
// ("in instantiation of ... product_rule_holds<N>").
#include "../samples.hpp"

namespace laws {
using namespace samples;
using namespace ctgrad;

// d(a u + b v) = a du + b dv
template <std::size_t I>
inline constexpr bool linearity_holds = [] {
    const auto u = hana::at_c<I>(expressions);
    const auto v = hana::at_c<I>(partners);
    bool holds = equal_at_points(d(2_c * u - 3_c * v, x), 2_c * d(u, x) - 3_c * d(v, x)) &&
                 equal_at_points(d(0.5 * u + 4 * v, y), 0.5 * d(u, y) + 4 * d(v, y));
    if constexpr (is_static_v<decltype(u)> && is_static_v<decltype(v)>) holds = holds && d(2_c * u - 3_c * v, x) == 2_c * d(u, x) - 3_c * d(v, x);
    return holds;
}();

// d(u v) = du v + u dv
template <std::size_t I>
inline constexpr bool product_rule_holds = [] {
    const auto u = hana::at_c<I>(expressions);
    const auto v = hana::at_c<I>(partners);
    bool holds = equal_at_points(d(u * v, x), d(u, x) * v + u * d(v, x)) && equal_at_points(d(u * v, y), d(u, y) * v + u * d(v, y));
    if constexpr (is_static_v<decltype(u)> && is_static_v<decltype(v)>) holds = holds && d(u * v, x) == d(u, x) * v + u * d(v, x);
    return holds;
}();

static_assert(law_check<first_failing_sample([](auto i) { return linearity_holds<i()>; }, std::make_index_sequence<sample_count>{})>::passed);
static_assert(law_check<first_failing_sample([](auto i) { return product_rule_holds<i()>; }, std::make_index_sequence<sample_count>{})>::passed);
}  // namespace laws
