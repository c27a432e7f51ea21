#pragma once
// A list of types for ctgrad's type-level rules. (The rules work on types with class templates rather than
// with Hana's value-level algorithms: it compiles several times faster, and compile time is a feature.)

#include <cstddef>

namespace ctgrad::detail {

template <class... T> struct type_list {};

template <class List, class T> struct push_back;
template <class... T, class U> struct push_back<type_list<T...>, U> { using type = type_list<T..., U>; };
template <class List, class T> using push_back_t = typename push_back<List, T>::type;

template <class A, class B> struct concat;
template <class... A, class... B> struct concat<type_list<A...>, type_list<B...>> { using type = type_list<A..., B...>; };
template <class A, class B> using concat_t = typename concat<A, B>::type;

}  // namespace ctgrad::detail

namespace ctgrad::detail {

/// A path to a subexpression: operand indices from a root.
template <std::size_t... Indices> struct path_list {};

template <class Path, std::size_t K> struct extend_path;
template <std::size_t... P, std::size_t K> struct extend_path<path_list<P...>, K> { using type = path_list<P..., K>; };

}  // namespace ctgrad::detail
