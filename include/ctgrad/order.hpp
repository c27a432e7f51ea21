#pragma once
// The canonical total order on expression types. Sums and products keep their operands sorted by it,
// so that `x + 2` and `2 + x` are one type.
//
//   * compare_v<A, B>: the structural order used for product factors (by base, then exponent):
//     numbers < placeholders < variables (by name) < powers < products < sums < functions
//     (exp, log, sin, cos, tan, tanh, sigmoid, abs, sign, relu, unit_step); nodes of one operation by
//     number of operands, then operand by operand.
//   * term_order_v<A, B>: the order of the terms of a sum, a graded one as mathematicians write
//     polynomials: higher total degree first, constant term last, then by factors (x^2*y before x*y^2,
//     x before y). `x^2 + 2*x + 1`, `x^2*y + exp(-x*y)`.
// Two types compare equal only if they are the same type. Different objects of one type carrying
// different constant<T> values are not ordered: they keep the order in which they were built.

#include <ctgrad/detail/rational_arithmetic.hpp>
#include <ctgrad/expression.hpp>

#include <complex>
#include <cstdint>
#include <type_traits>

namespace ctgrad::detail {

template <class T> inline constexpr int number_type_rank = 100;
template <> inline constexpr int number_type_rank<short> = 1;
template <> inline constexpr int number_type_rank<unsigned short> = 2;
template <> inline constexpr int number_type_rank<int> = 3;
template <> inline constexpr int number_type_rank<unsigned> = 4;
template <> inline constexpr int number_type_rank<long> = 5;
template <> inline constexpr int number_type_rank<unsigned long> = 6;
template <> inline constexpr int number_type_rank<long long> = 7;
template <> inline constexpr int number_type_rank<unsigned long long> = 8;
template <> inline constexpr int number_type_rank<float> = 9;
template <> inline constexpr int number_type_rank<double> = 10;
template <> inline constexpr int number_type_rank<long double> = 11;
template <> inline constexpr int number_type_rank<std::complex<float>> = 12;
template <> inline constexpr int number_type_rank<std::complex<double>> = 13;
template <> inline constexpr int number_type_rank<std::complex<long double>> = 14;

template <class T> struct kind_rank;
template <std::intmax_t N, std::intmax_t D> struct kind_rank<rational<N, D>> { static constexpr int value = 0; };
template <class V> struct kind_rank<constant<V>> { static constexpr int value = 1; };
template <std::size_t I, class P, class V> struct kind_rank<labeled_constant<I, P, V>> { static constexpr int value = 1; };
template <class Operation, class... N> struct kind_rank<folded_number<Operation, N...>> { static constexpr int value = 1; };
template <std::size_t I> struct kind_rank<placeholder<I>> { static constexpr int value = 2; };
template <fixed_string Name> struct kind_rank<variable<Name>> { static constexpr int value = 3; };
template <class Operation, class... Operands>
struct kind_rank<expression<Operation, Operands...>> { static constexpr int value = Operation::rank; };

constexpr int sign_of(auto difference) noexcept { return difference < 0 ? -1 : (difference > 0 ? 1 : 0); }

template <class A, class B> struct structural_compare;

template <class A, class B>
inline constexpr int compare_v = structural_compare<A, B>::value;

// Different kinds (or operations) order by rank; the specialisations below order within a kind.
template <class A, class B>
struct structural_compare {
    static constexpr int value = sign_of(kind_rank<A>::value - kind_rank<B>::value);
};

template <std::intmax_t NA, std::intmax_t DA, std::intmax_t NB, std::intmax_t DB>
struct structural_compare<rational<NA, DA>, rational<NB, DB>> {
    static constexpr int value = compare(value_of<rational<NA, DA>>(), value_of<rational<NB, DB>>());
};
template <class ValueA, class ValueB>
struct structural_compare<constant<ValueA>, constant<ValueB>> {
    static constexpr int value = sign_of(number_type_rank<ValueA> - number_type_rank<ValueB>);
};
// numbers being folded: labeled constants by input and path, before folded numbers (by structure)
template <std::size_t IA, std::size_t... PA, class VA, std::size_t IB, std::size_t... PB, class VB>
struct structural_compare<labeled_constant<IA, path_list<PA...>, VA>, labeled_constant<IB, path_list<PB...>, VB>> {
    static constexpr int value = [] {
        constexpr std::size_t a[] = {IA, PA...};
        constexpr std::size_t b[] = {IB, PB...};
        for (std::size_t i = 0; i < sizeof(a) / sizeof(a[0]) && i < sizeof(b) / sizeof(b[0]); ++i)
            if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
        return sign_of(static_cast<long>(sizeof(a)) - static_cast<long>(sizeof(b)));
    }();
};
template <std::size_t I, class P, class V, class Operation, class... N>
struct structural_compare<labeled_constant<I, P, V>, folded_number<Operation, N...>> { static constexpr int value = -1; };
template <std::size_t I, class P, class V, class Operation, class... N>
struct structural_compare<folded_number<Operation, N...>, labeled_constant<I, P, V>> { static constexpr int value = 1; };
template <class OperationA, class... NA, class OperationB, class... NB>
struct structural_compare<folded_number<OperationA, NA...>, folded_number<OperationB, NB...>> {
    static constexpr int value = [] {
        if constexpr (std::is_same_v<folded_number<OperationA, NA...>, folded_number<OperationB, NB...>>) return 0;
        else if constexpr (OperationA::rank != OperationB::rank) return sign_of(OperationA::rank - OperationB::rank);
        else if constexpr (sizeof...(NA) != sizeof...(NB)) return sizeof...(NA) < sizeof...(NB) ? -1 : 1;
        else {
            int result = 0;
            ((result == 0 ? (result = compare_v<NA, NB>, 0) : 0), ...);
            return result;
        }
    }();
};

template <fixed_string NameA, fixed_string NameB>
struct structural_compare<variable<NameA>, variable<NameB>> {
    static constexpr int value = sign_of(NameA.view().compare(NameB.view()));
};
template <std::size_t IndexA, std::size_t IndexB>
struct structural_compare<placeholder<IndexA>, placeholder<IndexB>> {
    static constexpr int value = IndexA < IndexB ? -1 : (IndexA > IndexB ? 1 : 0);
};
template <class Operation, class... OperandsA, class... OperandsB>
struct structural_compare<expression<Operation, OperandsA...>, expression<Operation, OperandsB...>> {
    static constexpr int value = [] {
        if constexpr (sizeof...(OperandsA) != sizeof...(OperandsB)) {
            return sizeof...(OperandsA) < sizeof...(OperandsB) ? -1 : 1;
        } else {
            int result = 0;
            // the first operand that differs decides
            ((result == 0 ? (result = compare_v<OperandsA, OperandsB>, 0) : 0), ...);
            return result;
        }
    }();
};

// ---- the parts of a term and of a factor -------------------------------------------------------------

/// A factor `base^exponent`; anything that is not a power is its own base, to the power 1.
template <class Factor> struct factor_parts { using base = Factor; using exponent = one; };
template <class Base, class Exponent>
struct factor_parts<power<Base, Exponent>> { using base = Base; using exponent = Exponent; };

/// A term `coefficient * monomial`: the coefficient is the leading number of a product (1 if none);
/// the monomial's factors are listed in `factors` (none for a number).
template <class Term> struct term_parts {
    using coefficient = std::conditional_t<is_numeric_v<Term>, Term, one>;
    using factors = std::conditional_t<is_numeric_v<Term>, type_list<>, type_list<Term>>;
};
template <class First, class... Rest>
struct term_parts<product<First, Rest...>> {
    using coefficient = std::conditional_t<is_numeric_v<First>, First, one>;
    using factors = std::conditional_t<is_numeric_v<First>, type_list<Rest...>, type_list<First, Rest...>>;
};

/// The total degree of a monomial: the sum of its rational exponents (any other exponent counts 1).
template <class Factors> struct degree;
template <class... Factors> struct degree<type_list<Factors...>> {
    static constexpr rational_value value = [] {
        rational_value total{0, 1};
        ((total = total + [] {
              using exponent = typename factor_parts<Factors>::exponent;
              if constexpr (is_rational_v<exponent>) return value_of<exponent>();
              else return rational_value{1, 1};
          }()),
         ...);
        return total;
    }();
};

template <class FactorsA, class FactorsB> struct factor_list_order;
template <> struct factor_list_order<type_list<>, type_list<>> { static constexpr int value = 0; };
template <class... A> struct factor_list_order<type_list<A...>, type_list<>> { static constexpr int value = -1; };
template <class... B> struct factor_list_order<type_list<>, type_list<B...>> { static constexpr int value = 1; };
template <class A, class... RestA, class B, class... RestB>
struct factor_list_order<type_list<A, RestA...>, type_list<B, RestB...>> {
    using parts_a = factor_parts<A>;
    using parts_b = factor_parts<B>;
    static constexpr int value = [] {
        constexpr int by_base = compare_v<typename parts_a::base, typename parts_b::base>;
        if constexpr (by_base != 0) return by_base;  // the term with the earlier base comes first
        else {
            using exponent_a = typename parts_a::exponent;
            using exponent_b = typename parts_b::exponent;
            constexpr int by_exponent = [] {
                if constexpr (is_rational_v<exponent_a> && is_rational_v<exponent_b>)
                    return -compare(value_of<exponent_a>(), value_of<exponent_b>());  // higher power first
                else return compare_v<exponent_a, exponent_b>;
            }();
            if constexpr (by_exponent != 0) return by_exponent;
            else return factor_list_order<type_list<RestA...>, type_list<RestB...>>::value;
        }
    }();
};

template <class A, class B>
struct term_order {
    using factors_a = typename term_parts<A>::factors;
    using factors_b = typename term_parts<B>::factors;
    static constexpr int value = [] {
        constexpr bool constant_a = std::is_same_v<factors_a, type_list<>>;
        constexpr bool constant_b = std::is_same_v<factors_b, type_list<>>;
        if constexpr (constant_a || constant_b) return int(constant_a) - int(constant_b);  // constant term last
        else {
            constexpr int by_degree = -compare(degree<factors_a>::value, degree<factors_b>::value);
            if constexpr (by_degree != 0) return by_degree;  // higher degree first
            else return factor_list_order<factors_a, factors_b>::value;
        }
    }();
};

/// The order of terms in a sum; 0 means like terms (same monomial).
template <class A, class B>
inline constexpr int term_order_v = term_order<A, B>::value;

/// The order of factors in a product: by base, then by exponent; 0 means same base and exponent.
template <class A, class B>
inline constexpr int factor_order_v = [] {
    constexpr int by_base = compare_v<typename factor_parts<A>::base, typename factor_parts<B>::base>;
    if constexpr (by_base != 0) return by_base;
    else return compare_v<typename factor_parts<A>::exponent, typename factor_parts<B>::exponent>;
}();

}  // namespace ctgrad::detail
