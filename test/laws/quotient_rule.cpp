// Laws (compile-only): the quotient rule, over every sample pair.
#include "../samples.hpp"

namespace laws {
using namespace samples;
using namespace ctgrad;

// d(u / v) = (du v - u dv) / v^2
template <std::size_t I>
inline constexpr bool quotient_rule_holds = [] {
    const auto u = hana::at_c<I>(expressions);
    const auto v = hana::at_c<I>(partners);
    return equal_at_points(d(u / v, x), (d(u, x) * v - u * d(v, x)) / pow<2>(v), 1e-10) &&
           equal_at_points(d(u / v, y), (d(u, y) * v - u * d(v, y)) / pow<2>(v), 1e-10);
}();

static_assert(law_check<first_failing_sample([](auto i) { return quotient_rule_holds<i()>; }, std::make_index_sequence<sample_count>{})>::passed);
}  // namespace laws
