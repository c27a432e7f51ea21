// doctest's main for the tests of ctgrad's constexpr math (test/math/*.cpp).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
