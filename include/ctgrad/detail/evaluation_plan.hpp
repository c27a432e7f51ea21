#pragma once
// The evaluation plan of one or more expressions: their subexpressions as a DAG, in post-order, each
// computed once. Static subexpressions (no run-time constants) are shared by type, wherever they occur:
// in d(sin(x*x), x) = 2*x*cos(x^2), x^2 is computed once. A subexpression that carries constant<T>
// values is a node per occurrence (its type does not fix its value), but if an earlier node has the same
// type, evaluation first compares their constants and reuses the earlier value when they are equal
// (`same` below) -- the usual case when a derivative rule copied a subexpression.
//
// Bound types (variables, placeholders, or any static subexpression given a value) are leaves. A power
// u^(-q) whose reciprocal u^q is bound is computed as 1/(bound value): the derivative rules write
// d sqrt(u) = (1/2) u^(-1/2), and with sqrt(u) bound that costs a division, not a second sqrt.
//
// Note [plan paths]: a node's path is the list of operand indices from the tuple of roots to the first
// occurrence of the node; evaluation uses it to read the run-time constants of that occurrence.

#include <ctgrad/detail/rational_arithmetic.hpp>
#include <ctgrad/expression.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/size.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <type_traits>

namespace ctgrad::detail::evaluation {

inline constexpr std::size_t none = static_cast<std::size_t>(-1);

template <std::size_t... I> using path = path_list<I...>;
template <std::size_t... I> struct index_list {};
template <class... T> using list = type_list<T...>;

enum class node_kind { rational_leaf, constant_leaf, bound, reciprocal_of_bound, computed };

/// The first index of T in Types..., or none.
template <class T, class... Types>
inline constexpr std::size_t index_of_v = [] {
    constexpr bool matches[] = {std::is_same_v<T, Types>..., false};
    for (std::size_t i = 0; i < sizeof...(Types); ++i)
        if (matches[i]) return i;
    return none;
}();

template <class T, class List> struct find_in_list;
template <class T, class... Types>
struct find_in_list<T, list<Types...>> { static constexpr std::size_t value = index_of_v<T, Types...>; };

/// u^(-q) with u^q bound: the index of that binding, else none.
template <class T, class BoundList> struct bound_reciprocal { static constexpr std::size_t value = none; };
template <class Base, std::intmax_t N, std::intmax_t D, class BoundList>
    requires(N < 0)
struct bound_reciprocal<power<Base, rational<N, D>>, BoundList> {
    static constexpr std::size_t value = find_in_list<power<Base, rational<-N, D>>, BoundList>::value;
};

// ---- collecting the DAG's nodes ------------------------------------------------------------------------

/// The identity of a subexpression in the DAG: its type if it is static or bound, else the type and the
/// path of this occurrence.
template <class T, class Path> struct occurrence {};

template <class T, class Path, class BoundList>
using key_of = std::conditional_t<is_static_v<T> || find_in_list<T, BoundList>::value != none, T, occurrence<T, Path>>;

template <class Key> struct key_parts { using type = Key; using path_type = path_list<>; };
template <class T, class Path> struct key_parts<occurrence<T, Path>> { using type = T; using path_type = Path; };

template <class Keys, class T, class Path, class BoundList> struct collect;
template <class Keys, class Node, class Path, class BoundList, class Sequence> struct collect_operands;

template <class... Keys, class T, class Path, class BoundList>
struct collect<type_list<Keys...>, T, Path, BoundList> {
    using key = key_of<T, Path, BoundList>;
    static constexpr bool is_leaf = !is_node<T>::value || find_in_list<T, BoundList>::value != none ||
                                    bound_reciprocal<T, BoundList>::value != none;
    using type = typename std::conditional_t<
        (index_of_v<key, Keys...> != none), std::type_identity<type_list<Keys...>>,
        std::conditional_t<is_leaf, std::type_identity<type_list<Keys..., key>>,
                           collect_operands<type_list<Keys...>, T, Path, BoundList, std::make_index_sequence<size_of_node<T>::value>>>>::type;
};

template <class Keys, class Operation, class... Operands, class Path, class BoundList, std::size_t... K>
struct collect_operands<Keys, expression<Operation, Operands...>, Path, BoundList, std::index_sequence<K...>> {
    template <class Collected, class Next> struct step;
    template <class Collected, std::size_t J, class Operand>
    struct step<Collected, type_list<std::integral_constant<std::size_t, J>, Operand>> {
        using type = typename collect<Collected, Operand, typename extend_path<Path, J>::type, BoundList>::type;
    };
    template <class Collected, class... Steps> struct run { using type = Collected; };
    template <class Collected, class First, class... Rest> struct run<Collected, First, Rest...> {
        using type = typename run<typename step<Collected, First>::type, Rest...>::type;
    };
    using type = push_back_t<typename run<Keys, type_list<std::integral_constant<std::size_t, K>, Operands>...>::type,
                             key_of<expression<Operation, Operands...>, Path, BoundList>>;
};

/// The plan: the DAG's nodes (keys) in post-order, and which types are bound.
template <class BoundList, class Keys> struct plan;
template <class BoundList, class... Keys>
struct plan<BoundList, type_list<Keys...>> {
    static constexpr std::size_t size = sizeof...(Keys);
};

template <std::size_t I, class T> struct indexed { using type = T; };
template <class Sequence, class... T> struct indexer;
template <std::size_t... I, class... T>
struct indexer<std::index_sequence<I...>, T...> : indexed<I, T>... {};
template <std::size_t I, class T> indexed<I, T> select_indexed(const indexed<I, T>&);

/// Everything about node I of a plan.
template <std::size_t I, class Plan> struct node_at;
template <std::size_t I, class BoundList, class... Keys>
struct node_at<I, plan<BoundList, type_list<Keys...>>> {
    using key = typename decltype(select_indexed<I>(indexer<std::index_sequence_for<Keys...>, Keys...>{}))::type;
    using type = typename key_parts<key>::type;
    using path_type = typename key_parts<key>::path_type;
    static constexpr std::size_t binding = std::is_same_v<key, type> ? find_in_list<type, BoundList>::value : none;
    static constexpr node_kind kind = binding != none                                  ? node_kind::bound
                                      : is_rational_v<type>                            ? node_kind::rational_leaf
                                      : is_constant_v<type>                            ? node_kind::constant_leaf
                                      : bound_reciprocal<type, BoundList>::value != none ? node_kind::reciprocal_of_bound
                                                                                       : node_kind::computed;
    static constexpr std::size_t reciprocal_binding = bound_reciprocal<type, BoundList>::value;
    /// an earlier node of the same (non-static) type, or none
    static constexpr std::size_t same = [] {
        if constexpr (std::is_same_v<key, type>) return none;
        else {
            constexpr std::size_t first = index_of_v<type, typename key_parts<Keys>::type...>;
            return first < I ? first : none;
        }
    }();

    template <class Node, class Sequence> struct children_of { using type = index_list<>; };
    template <class Operation, class... Operands, std::size_t... K>
    struct children_of<expression<Operation, Operands...>, std::index_sequence<K...>> {
        using type = index_list<index_of_v<key_of<Operands, typename extend_path<path_type, K>::type, BoundList>, Keys...>...>;
    };
    using children = typename std::conditional_t<kind == node_kind::computed,
                                                  children_of<type, std::make_index_sequence<size_of_node<type>::value>>,
                                                  std::type_identity<index_list<>>>::type;
};
template <std::size_t I, class Plan> using node_at_t = node_at<I, Plan>;

/// The node of a plan whose key is T (a static or bound type), or none.
template <class T, class Plan> struct find_in_plan;
template <class T, class BoundList, class... Keys>
struct find_in_plan<T, plan<BoundList, type_list<Keys...>>> { static constexpr std::size_t value = index_of_v<T, Keys...>; };

/// The plan of the roots Roots..., with BoundList the bound types; `root_indices` are the roots' nodes.
template <class BoundList, class... Roots>
struct make_plan {
    template <class Keys, class Sequence> struct collect_roots;
    template <class Keys, std::size_t... R>
    struct collect_roots<Keys, std::index_sequence<R...>> {
        template <class Collected, class... Steps> struct run { using type = Collected; };
        template <class Collected, std::size_t J, class Root, class... Rest>
        struct run<Collected, type_list<std::integral_constant<std::size_t, J>, Root>, Rest...> {
            using type = typename run<typename collect<Collected, Root, path_list<J>, BoundList>::type, Rest...>::type;
        };
        using type = typename run<Keys, type_list<std::integral_constant<std::size_t, R>, Roots>...>::type;
    };
    using keys = typename collect_roots<type_list<>, std::index_sequence_for<Roots...>>::type;
    using plan_type = plan<BoundList, keys>;
    template <class Keys, class Sequence> struct root_indices_of;
    template <class... Keys, std::size_t... R>
    struct root_indices_of<type_list<Keys...>, std::index_sequence<R...>> {
        using type = index_list<index_of_v<key_of<Roots, path_list<R>, BoundList>, Keys...>...>;
    };
    using root_indices = typename root_indices_of<keys, std::index_sequence_for<Roots...>>::type;
};

/// The object at a path inside a tuple of roots.
template <std::size_t First, std::size_t... Rest, class Roots>
constexpr const auto& object_at(path<First, Rest...>, const Roots& roots) {
    const auto& root = hana::at_c<First>(roots);
    if constexpr (sizeof...(Rest) == 0) return root;
    else return object_at(path<Rest...>{}, root.operands);
}

/// The values of a plan's nodes: one member per node, left uninitialised until the node is computed
/// (each is written before it is read), so that no time goes into zeroing them.
template <std::size_t I, class T> struct memo_slot { T value; };
template <class Sequence, class... T> struct memo_storage;
template <std::size_t... I, class... T>
struct memo_storage<std::index_sequence<I...>, T...> : memo_slot<I, T>... {};

template <std::size_t I, class T> constexpr T& slot(memo_slot<I, T>& memo) { return memo.value; }
template <std::size_t I, class T> constexpr const T& slot(const memo_slot<I, T>& memo) { return memo.value; }

/// Are two numbers the same constant? Bit for bit for floating types (so -0.0 is not 0.0, and a NaN is
/// itself): the evaluation plan then knows two copies of one constant are the same without a run-time test.
template <class V>
constexpr bool same_number(const V& a, const V& b) {
    if constexpr (std::is_same_v<V, float>) return std::bit_cast<std::uint32_t>(a) == std::bit_cast<std::uint32_t>(b);
    else if constexpr (std::is_same_v<V, double>) return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
    else if constexpr (std::is_floating_point_v<V>) {
        const auto negative = [](const V& v) { return v < 0 || (v == 0 && 1 / v < 0); };
        return (a == b && negative(a) == negative(b)) || (a != a && b != b);
    } else if constexpr (requires { a.real(); a.imag(); }) return same_number(a.real(), b.real()) && same_number(a.imag(), b.imag());
    else return a == b;
}

/// Do two objects of one type carry the same run-time constants?
template <class T>
constexpr bool same_constants(const T& a, const T& b) {
    if constexpr (is_static_v<T>) return true;
    else if constexpr (is_constant_v<T>) return same_number(a.value, b.value);
    else return [&]<std::size_t... K>(std::index_sequence<K...>) {
        return (same_constants(hana::at_c<K>(a.operands), hana::at_c<K>(b.operands)) && ...);
    }(std::make_index_sequence<decltype(hana::size(a.operands))::value>{});
}

}  // namespace ctgrad::detail::evaluation
