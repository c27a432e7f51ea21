// Laws (compile-only): d(c) = 0, and the symmetry of mixed partials, over every sample pair.
#include "../samples.hpp"

namespace laws {
using namespace samples;
using namespace ctgrad;

// d(c) = 0 for an expression without the variable
template <std::size_t I>
inline constexpr bool constant_rule_holds = std::is_same_v<decltype(d(hana::at_c<I>(expressions), z)), zero>;

// d(f, x, y) = d(f, y, x)
template <std::size_t I>
inline constexpr bool mixed_partials_commute = [] {
    const auto u = hana::at_c<I>(expressions);
    const auto v = hana::at_c<I>(partners);
    bool holds = equal_at_points(d(u * v, x, y), d(u * v, y, x), 1e-11) && equal_at_points(d(sin(u + v), x, y), d(sin(u + v), y, x), 1e-11);
    if constexpr (is_static_v<decltype(u)> && is_static_v<decltype(v)>) holds = holds && d(u * v, x, y) == d(u * v, y, x);
    return holds;
}();

static_assert(law_check<first_failing_sample([](auto i) { return constant_rule_holds<i()>; }, std::make_index_sequence<sample_count>{})>::passed);
static_assert(law_check<first_failing_sample([](auto i) { return mixed_partials_commute<i()>; }, std::make_index_sequence<sample_count>{})>::passed);
}  // namespace laws
