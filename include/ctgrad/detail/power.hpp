#pragma once
// Normal form of a power u^v:
//   u^0 = 1,  u^1 = u,  1^v = 1,  0^v = 0 for a positive rational v;
//   numbers fold (exactly for rational^integer; 2^(1/2) stays a power);
//   (u^a)^n = u^(a*n) and (u*w)^n = u^n * w^n for an integer n (not for other n: (x^2)^(1/2) is |x|).
// A power of a sum is not expanded (see ctgrad::expand).

#include <ctgrad/detail/normalize_fwd.hpp>
#include <ctgrad/detail/number_folding.hpp>
#include <ctgrad/detail/product.hpp>
#include <ctgrad/detail/rational_arithmetic.hpp>

#include <type_traits>

namespace ctgrad::detail {

template <class Product, class Exponent> struct raise_product;
template <class... F, class Exponent>
struct raise_product<product<F...>, Exponent> {
    using type = typename multiply_all<one, type_list<raise_t<F, Exponent>...>>::type;
};

template <class Base, class Exponent>
struct raise_type {
    static constexpr auto compute() {
        if constexpr (is_zero_v<Exponent>) return std::type_identity<one>{};                 // u^0 = 1
        else if constexpr (is_one_v<Exponent>) return std::type_identity<Base>{};            // u^1 = u
        else if constexpr (is_numeric_v<Base> && is_numeric_v<Exponent>) {                  // numbers fold
            if constexpr (is_rational_v<Base> && is_rational_v<Exponent> && !is_integer_rational_v<Exponent>)
                return std::type_identity<power<Base, Exponent>>{};                           // 2^(1/2) stays
            else return std::type_identity<number_power_t<Base, Exponent>>{};
        } else if constexpr (is_one_v<Base>) return std::type_identity<one>{};              // 1^v = 1
        else if constexpr (is_zero_v<Base> && is_rational_v<Exponent> && !is_negative_rational_v<Exponent>)
            return std::type_identity<zero>{};                                                // 0^v = 0, v > 0
        else if constexpr (is_power_v<Base> && is_integer_rational_v<Exponent>)              // (u^a)^n = u^(a*n)
            return std::type_identity<raise_t<base_of_t<Base>, multiply_t<exponent_of_t<Base>, Exponent>>>{};
        else if constexpr (is_product_v<Base> && is_integer_rational_v<Exponent>)            // (u*w)^n = u^n * w^n
            return std::type_identity<typename raise_product<Base, Exponent>::type>{};
        else return std::type_identity<power<Base, Exponent>>{};
    }
    using type = result_of_rule<raise_type>;
};

}  // namespace ctgrad::detail
