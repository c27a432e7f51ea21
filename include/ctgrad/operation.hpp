#pragma once
// The operation tags of ctgrad's expression nodes: empty types, one per operation. A node is
// expression<Tag, Operands...> (<ctgrad/expression.hpp>). `rank` fixes where nodes of each operation sort
// in the canonical order (<ctgrad/order.hpp>); `name` and `latex` are how functions print.

#include <concepts>
#include <string_view>

namespace ctgrad::operation {

// Algebraic operations (n-ary sum and product, binary power).
struct power   { static constexpr int rank = 4; };
struct product { static constexpr int rank = 5; };
struct sum     { static constexpr int rank = 6; };

// Elementary functions of one argument.
struct exp       { static constexpr int rank = 10; static constexpr std::string_view name = "exp",       latex = "\\exp"; };
struct log       { static constexpr int rank = 11; static constexpr std::string_view name = "log",       latex = "\\log"; };
struct sin       { static constexpr int rank = 12; static constexpr std::string_view name = "sin",       latex = "\\sin"; };
struct cos       { static constexpr int rank = 13; static constexpr std::string_view name = "cos",       latex = "\\cos"; };
struct tan       { static constexpr int rank = 14; static constexpr std::string_view name = "tan",       latex = "\\tan"; };
struct tanh      { static constexpr int rank = 15; static constexpr std::string_view name = "tanh",      latex = "\\tanh"; };
struct sigmoid   { static constexpr int rank = 16; static constexpr std::string_view name = "sigmoid",   latex = "\\sigma"; };
struct abs       { static constexpr int rank = 17; static constexpr std::string_view name = "abs",       latex = "\\operatorname{abs}"; };
/// sign(u): -1, 0 or 1. The derivative of abs, with PyTorch's subgradient 0 at 0.
struct sign      { static constexpr int rank = 18; static constexpr std::string_view name = "sign",      latex = "\\operatorname{sign}"; };
/// relu(u) = max(u, 0).
struct relu      { static constexpr int rank = 19; static constexpr std::string_view name = "relu",      latex = "\\operatorname{relu}"; };
/// unit_step(u): 1 for u > 0, else 0. The derivative of relu, with PyTorch's subgradient 0 at 0.
struct unit_step { static constexpr int rank = 20; static constexpr std::string_view name = "unit_step", latex = "\\theta"; };

}  // namespace ctgrad::operation

namespace ctgrad {

/// True for the operation tags of elementary functions (the unary ones with a name).
template <class Operation>
concept FunctionOperation = requires {
    { Operation::name } -> std::convertible_to<std::string_view>;
};

}  // namespace ctgrad
