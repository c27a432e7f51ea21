// Laws (compile-only): the chain rule, with f' from calculus, over every sample.
#include "../samples.hpp"

namespace laws {
using namespace samples;
using namespace ctgrad;

// d(f(u)) = f'(u) du
template <std::size_t I>
inline constexpr bool chain_rule_holds = [] {
    const auto u = hana::at_c<I>(expressions);
    const auto du = d(u, x);
    bool holds = equal_at_points(d(sin(u), x), cos(u) * du) && equal_at_points(d(exp(u), x), exp(u) * du) &&
                 equal_at_points(d(log(u * u + 1_c), x), 2_c * u * du / (u * u + 1_c)) &&
                 equal_at_points(d(sqrt(u * u + 1_c), x), u * du / sqrt(u * u + 1_c)) &&
                 equal_at_points(d(tan(u), x), du / (cos(u) * cos(u)), 1e-10);
    if constexpr (is_static_v<decltype(u)>)
        holds = holds && d(sin(u), x) == cos(u) * du && d(cos(u), x) == -sin(u) * du && d(exp(u), x) == exp(u) * du &&
                d(tanh(u), x) == (1_c - tanh(u) * tanh(u)) * du && d(sigmoid(u), x) == sigmoid(u) * (1_c - sigmoid(u)) * du &&
                d(pow<3>(u), x) == 3_c * u * u * du;
    return holds;
}();

static_assert(law_check<first_failing_sample([](auto i) { return chain_rule_holds<i()>; }, std::make_index_sequence<sample_count>{})>::passed);
}  // namespace laws
