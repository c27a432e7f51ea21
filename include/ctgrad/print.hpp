#pragma once
// Printing expressions: ctgrad::to_string(e) ("2*x + 2", "x^2*y + exp(-x*y)", "1/(2*sqrt(x))"),
// ctgrad::to_latex(e) ("2 x + 2", "\frac{1}{2 \sqrt{x}}"), and operator<< (the same as to_string).
// Terms print in the normal form's order; a negative coefficient prints as subtraction; negative
// rational powers print as division; u^(1/2) prints as sqrt(u). Run-time constants print their value
// (floating values in their shortest round-trip form).

#include <ctgrad/expression.hpp>
#include <ctgrad/operation.hpp>

#include <boost/hana/at.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/size.hpp>

#include <algorithm>
#include <charconv>
#include <complex>
#include <cstdint>
#include <ostream>
#include <sstream>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace ctgrad {

namespace detail::printing {

enum class style { text, latex };

template <class V>
std::string number_to_string(const V& value) {
    if constexpr (std::is_floating_point_v<V>) {
        char buffer[64];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        return std::string(buffer, result.ptr);
    } else if constexpr (std::is_integral_v<V>) {
        return std::to_string(value);
    } else {
        std::ostringstream stream;
        stream << value;
        return stream.str();
    }
}

/// Is a run-time number negative (false for types without an order)?
template <class V>
bool is_negative_number(const V& value) {
    if constexpr (std::is_arithmetic_v<V>) return value < V(0);
    else return false;
}

inline std::string symbol_name(std::string_view name, style how) {
    if (how == style::latex && name.size() > 1) return "\\mathit{" + std::string(name) + "}";
    return std::string(name);
}

/// Binding strength, to decide parentheses.
enum precedence : int { sum_level = 1, product_level = 2, power_level = 3, atom_level = 4 };

template <class T> constexpr int precedence_of() {
    if constexpr (is_sum_v<T>) return sum_level;
    else if constexpr (is_product_v<T>) return product_level;
    else if constexpr (is_power_v<T>) {
        using exponent = std::remove_cvref_t<decltype(hana::at_c<1>(std::declval<T>().operands))>;
        if constexpr (std::is_same_v<exponent, rational<1, 2>>) return atom_level;  // sqrt(u)
        else if constexpr (is_rational_v<exponent> && exponent::numerator < 0) return product_level;  // 1/u
        else return power_level;
    } else if constexpr (is_rational_v<T>) return T::denominator == 1 && T::numerator >= 0 ? atom_level : product_level;
    else return atom_level;
}

template <class T> std::string print(const T& e, style how);

template <class T>
std::string print_at(const T& e, style how, int required) {
    const std::string text = print(e, how);
    if (precedence_of<T>() >= required) return text;
    return how == style::latex ? "\\left(" + text + "\\right)" : "(" + text + ")";
}

/// One factor of a product, printed with a positive exponent (`negate_exponent` flips a negative one).
template <class F>
std::string print_factor(const F& factor, style how, bool negate_exponent) {
    if constexpr (is_power_v<F>) {
        const auto& base = hana::at_c<0>(factor.operands);
        const auto& exponent = hana::at_c<1>(factor.operands);
        using exponent_type = std::remove_cvref_t<decltype(exponent)>;
        if constexpr (is_rational_v<exponent_type>) {
            constexpr std::intmax_t numerator = exponent_type::numerator;
            const std::intmax_t shown = negate_exponent && numerator < 0 ? -numerator : numerator;
            constexpr std::intmax_t denominator = exponent_type::denominator;
            if (shown == 1 && denominator == 1) return print_at(base, how, power_level + 1);
            if (shown == 1 && denominator == 2)
                return how == style::latex ? "\\sqrt{" + print(base, how) + "}" : "sqrt(" + print(base, how) + ")";
            std::string exponent_text = std::to_string(shown);
            if (denominator != 1) exponent_text += "/" + std::to_string(denominator);
            if (how == style::latex) {
                if (denominator != 1) exponent_text = "\\frac{" + std::to_string(shown) + "}{" + std::to_string(denominator) + "}";
                return print_at(base, how, power_level + 1) + "^{" + exponent_text + "}";
            }
            if (denominator != 1 || shown < 0) exponent_text = "(" + exponent_text + ")";
            return print_at(base, how, power_level + 1) + "^" + exponent_text;
        } else {
            if (how == style::latex) return print_at(base, how, power_level + 1) + "^{" + print(exponent, how) + "}";
            return print_at(base, how, power_level + 1) + "^" + print_at(exponent, how, atom_level);
        }
    } else {
        return print_at(factor, how, power_level);
    }
}

template <class F> constexpr bool is_denominator_factor() {
    if constexpr (is_power_v<F>) {
        using exponent = std::remove_cvref_t<decltype(hana::at_c<1>(std::declval<F>().operands))>;
        if constexpr (is_rational_v<exponent>) return exponent::numerator < 0;
        else return false;
    } else return false;
}

inline std::string join(const std::vector<std::string>& parts, style how) {
    std::string text;
    for (const auto& part : parts) {
        if (!text.empty()) text += how == style::latex ? " " : "*";
        text += part;
    }
    return text;
}

/// A term: a sign, then numerator factors, then `/ denominator`. `absolute` drops a negative sign (the
/// caller printed " - ").
template <class T>
std::string print_term(const T& term, style how, bool absolute) {
    std::vector<std::string> numerator, denominator;
    bool negative = false;
    const auto add_coefficient = [&](const auto& coefficient) {
        using C = std::remove_cvref_t<decltype(coefficient)>;
        if constexpr (is_rational_v<C>) {
            negative = C::numerator < 0;
            const std::intmax_t magnitude = negative ? -C::numerator : C::numerator;
            if (magnitude != 1) numerator.push_back(std::to_string(magnitude));
            if (C::denominator != 1) denominator.push_back(std::to_string(C::denominator));
        } else {
            if (absolute && is_negative_number(coefficient.value)) {
                negative = true;
                numerator.push_back(number_to_string(-coefficient.value));
            } else numerator.push_back(print_at(coefficient, how, power_level));
        }
    };
    const auto add_factor = [&](const auto& factor) {
        using F = std::remove_cvref_t<decltype(factor)>;
        if constexpr (is_numeric_v<F>) add_coefficient(factor);
        else if constexpr (is_denominator_factor<F>()) denominator.push_back(print_factor(factor, how, true));
        else numerator.push_back(print_factor(factor, how, false));
    };
    if constexpr (is_product_v<T>) hana::for_each(term.operands, add_factor);
    else add_factor(term);

    std::string text = (negative && !absolute) ? "-" : "";
    if (how == style::latex && !denominator.empty())
        return text + "\\frac{" + (numerator.empty() ? "1" : join(numerator, how)) + "}{" + join(denominator, how) + "}";
    text += numerator.empty() ? "1" : join(numerator, how);
    if (!denominator.empty()) text += "/" + (denominator.size() == 1 ? denominator.front() : "(" + join(denominator, how) + ")");
    return text;
}

/// Does a term of a sum print with a leading minus (so the sum shows it as subtraction)?
template <class T>
bool has_negative_sign(const T& term) {
    if constexpr (is_rational_v<T>) return T::numerator < 0;
    else if constexpr (is_constant_v<T>) return is_negative_number(term.value);
    else if constexpr (is_product_v<T>) return has_negative_sign(hana::at_c<0>(term.operands));
    else return false;
}

template <class T>
std::string print(const T& e, style how) {
    if constexpr (is_variable_v<T>) return symbol_name(T::name, how);
    else if constexpr (is_placeholder_v<T>) return "_" + std::to_string(T::index);
    else if constexpr (is_rational_v<T>) {
        if constexpr (T::denominator == 1) return std::to_string(T::numerator);
        else if (how == style::latex)
            return std::string(T::numerator < 0 ? "-" : "") + "\\frac{" + std::to_string(T::numerator < 0 ? -T::numerator : T::numerator) +
                   "}{" + std::to_string(T::denominator) + "}";
        else return std::to_string(T::numerator) + "/" + std::to_string(T::denominator);
    } else if constexpr (is_constant_v<T>) return number_to_string(e.value);
    else if constexpr (is_sum_v<T>) {
        // In normal-form order, except that a leading negative term gives way to the first positive one:
        // 1 - x rather than -x + 1.
        std::vector<std::pair<bool, std::string>> terms;  // (negative, magnitude)
        hana::for_each(e.operands, [&](const auto& term) {
            const bool negative = has_negative_sign(term);
            terms.emplace_back(negative, print_term(term, how, negative));
        });
        for (std::size_t i = 0; i < terms.size() && terms.front().first; ++i)
            if (!terms[i].first) {
                std::rotate(terms.begin(), terms.begin() + static_cast<std::ptrdiff_t>(i), terms.begin() + static_cast<std::ptrdiff_t>(i) + 1);
                break;
            }
        std::string text;
        for (const auto& [negative, magnitude] : terms) {
            if (text.empty()) text = (negative ? "-" : "") + magnitude;
            else text += (negative ? " - " : " + ") + magnitude;
        }
        return text;
    } else if constexpr (is_product_v<T> || is_power_v<T>) return print_term(e, how, false);
    else {
        using operation_tag = operation_of<T>;
        const auto& argument = hana::at_c<0>(e.operands);
        if (how == style::latex) return std::string(operation_tag::latex) + "\\left(" + print(argument, how) + "\\right)";
        return std::string(operation_tag::name) + "(" + print(argument, how) + ")";
    }
}

}  // namespace detail::printing

/// The expression as text: `2*x + 2`.
template <Expression E>
std::string to_string(const E& e) { return detail::printing::print(e, detail::printing::style::text); }

/// The expression as LaTeX: `2 x + 2`.
template <Expression E>
std::string to_latex(const E& e) { return detail::printing::print(e, detail::printing::style::latex); }

template <Expression E>
std::ostream& operator<<(std::ostream& stream, const E& e) { return stream << to_string(e); }

}  // namespace ctgrad
