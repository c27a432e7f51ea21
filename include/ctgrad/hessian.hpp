#pragma once
// ctgrad::hessian(f, x, y, ...): the matrix of second partial derivatives.
//   auto H = hessian(f, x, y);
//   auto fxy = H.get<0, 1>();                      // d(f, x, y), an expression
//   std::array<std::array<double, 2>, 2> values = H(x = 1.0, y = 2.0);
// Evaluation computes the n(n+1)/2 distinct entries (mixed partials are symmetric) in one evaluation
// plan, so what the entries share (and they share a lot) is computed once.

#include <ctgrad/derivative.hpp>
#include <ctgrad/evaluate.hpp>
#include <ctgrad/expression.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/tuple.hpp>

#include <array>
#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

namespace ctgrad {

template <class E, class... Symbols>
struct hessian_expression {
    E function;
    static constexpr std::size_t size = sizeof...(Symbols);

    template <std::size_t I>
    using symbol = std::tuple_element_t<I, std::tuple<Symbols...>>;

    /// The entry (I, J), d(f, x_I, x_J), as an expression.
    template <std::size_t I, std::size_t J>
    constexpr auto get() const {
        return d(function, symbol<(I < J ? I : J)>{}, symbol<(I < J ? J : I)>{});
    }

    /// All entries' values, as std::array<std::array<T, n>, n>.
    template <class... Bindings>
    constexpr auto operator()(const Bindings&... bindings) const {
        detail::check_evaluation<E, Bindings...>();
        if constexpr ((is_binding_v<Bindings> && ...)) {
            // the upper triangle, row by row: (0,0) (0,1) ... (0,n-1) (1,1) ...
            constexpr auto entries = [] {
                std::array<std::pair<std::size_t, std::size_t>, size * (size + 1) / 2> list{};
                std::size_t k = 0;
                for (std::size_t i = 0; i < size; ++i)
                    for (std::size_t j = i; j < size; ++j) list[k++] = {i, j};
                return list;
            }();
            const auto first_derivatives = hana::make_tuple(d(function, Symbols{})...);
            const auto values = [&]<std::size_t... K>(std::index_sequence<K...>) {
                return detail::evaluate_together(
                    hana::make_tuple(d(hana::at_c<entries[K].first>(first_derivatives), symbol<entries[K].second>{})...), bindings...);
            }(std::make_index_sequence<entries.size()>{});
            using value_type = decltype([&]<std::size_t... K>(std::index_sequence<K...>) {
                return std::common_type_t<std::remove_cvref_t<decltype(hana::at_c<K>(values))>...>{};
            }(std::make_index_sequence<entries.size()>{}));
            std::array<std::array<value_type, size>, size> matrix{};
            [&]<std::size_t... K>(std::index_sequence<K...>) {
                ((matrix[entries[K].first][entries[K].second] = static_cast<value_type>(hana::at_c<K>(values)),
                  matrix[entries[K].second][entries[K].first] = static_cast<value_type>(hana::at_c<K>(values))),
                 ...);
            }(std::make_index_sequence<entries.size()>{});
            return matrix;
        }
    }
};

template <class E, class... Variables>
constexpr auto hessian(const E& f, const Variables&...) {
    static_assert(detail::diagnostic::is_an_expression_or_number<E>::value,
                  "ctgrad::hessian(f, x...): f must be a ctgrad expression; its type is the argument of is_an_expression_or_number above");
    static_assert(sizeof...(Variables) > 0, "ctgrad::hessian(f, x...): name at least one variable");
    static_assert((detail::diagnostic::is_a_variable<Variables>::value && ...),
                  "ctgrad::hessian(f, x...): each x must be a variable (ctgrad::var<\"x\">); the type given is the argument of is_a_variable above");
    if constexpr (Expression<E> && (is_symbol_v<Variables> && ...)) return hessian_expression<E, Variables...>{f};
}

}  // namespace ctgrad
