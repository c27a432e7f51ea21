#pragma once
// A number type that counts the calls of its elementary functions: proves that evaluation shares
// common subexpressions and that a gradient takes one forward and one reverse sweep. It is also a
// "type that provides the operations": ctgrad reaches its functions by argument-dependent lookup.
#include <cmath>

namespace counting {

struct call_counts {
    int exp = 0, log = 0, sin = 0, cos = 0, sqrt = 0, tanh = 0;
};
inline call_counts calls;

struct number {
    double value = 0;
    number() = default;
    number(double v) : value(v) {}  // implicit: ctgrad's constants mix with it

    friend number operator+(number a, number b) { return {a.value + b.value}; }
    friend number operator-(number a, number b) { return {a.value - b.value}; }
    friend number operator*(number a, number b) { return {a.value * b.value}; }
    friend number operator/(number a, number b) { return {a.value / b.value}; }
    friend number operator-(number a) { return {-a.value}; }
    friend bool operator<(number a, number b) { return a.value < b.value; }
    friend bool operator==(number a, number b) { return a.value == b.value; }
    friend number exp(number a) { ++calls.exp; return {std::exp(a.value)}; }
    friend number log(number a) { ++calls.log; return {std::log(a.value)}; }
    friend number sin(number a) { ++calls.sin; return {std::sin(a.value)}; }
    friend number cos(number a) { ++calls.cos; return {std::cos(a.value)}; }
    friend number sqrt(number a) { ++calls.sqrt; return {std::sqrt(a.value)}; }
    friend number tanh(number a) { ++calls.tanh; return {std::tanh(a.value)}; }
    friend number pow(number a, number b) { return {std::pow(a.value, b.value)}; }
};

inline void reset() { calls = {}; }

}  // namespace counting
