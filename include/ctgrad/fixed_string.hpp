#pragma once
// ctgrad::fixed_string: a string usable as a template argument, so a variable's name can live in its type
// (`ctgrad::var<"x">`).

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace ctgrad {

template <std::size_t Size>
struct fixed_string {
    char characters[Size]{};  // includes the terminating '\0'

    constexpr fixed_string(const char (&text)[Size]) noexcept { std::copy_n(text, Size, characters); }

    [[nodiscard]] constexpr std::string_view view() const noexcept { return {characters, Size - 1}; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return Size - 1; }
};

template <std::size_t LeftSize, std::size_t RightSize>
constexpr bool operator==(const fixed_string<LeftSize>& left, const fixed_string<RightSize>& right) noexcept {
    return left.view() == right.view();
}

}  // namespace ctgrad
