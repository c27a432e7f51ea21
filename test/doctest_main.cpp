// doctest's main(), compiled once into the static library doctest_main that test executables link.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
