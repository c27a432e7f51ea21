#pragma once
// Shared by the compile-only spec files: the variables and an exact type-equality helper.
#include <ctgrad/ctgrad.hpp>

#include <type_traits>

namespace spec {
using namespace ctgrad::literals;
inline constexpr auto x = ctgrad::var<"x">;
inline constexpr auto y = ctgrad::var<"y">;
inline constexpr auto z = ctgrad::var<"z">;

/// The two expressions have exactly the same type (the light normal form every expression is in).
template <class A, class B>
constexpr bool same_type(const A&, const B&) { return std::is_same_v<A, B>; }
}  // namespace spec
