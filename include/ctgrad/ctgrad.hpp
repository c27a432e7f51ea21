#pragma once
// ctgrad: differentiation for C++20. This header brings in the whole compile-time layer:
//   expressions and variables     <ctgrad/expression.hpp>      ctgrad::var<"x">, rational, constant
//   _c literals                   <ctgrad/literals.hpp>        using namespace ctgrad::literals; 2_c
//   + - * / and ==                <ctgrad/operators.hpp>, <ctgrad/normal_form.hpp>
//   exp log sin ... pow sqrt      <ctgrad/functions.hpp>
//   d(f, x), the derivative rules <ctgrad/derivative.hpp>, <ctgrad/derivative_rules.hpp>
//   evaluation e(x = 2)           <ctgrad/evaluate.hpp>
//   gradient, value_and_gradient  <ctgrad/gradient.hpp>
//   hessian                       <ctgrad/hessian.hpp>
//   to_string, to_latex, <<       <ctgrad/print.hpp>
//   compile-time derivative checks <ctgrad/check.hpp>
//   constexpr math                <ctgrad/math.hpp>

#include <ctgrad/config.hpp>
#include <ctgrad/check.hpp>
#include <ctgrad/derivative.hpp>
#include <ctgrad/derivative_rules.hpp>
#include <ctgrad/evaluate.hpp>
#include <ctgrad/expression.hpp>
#include <ctgrad/functions.hpp>
#include <ctgrad/gradient.hpp>
#include <ctgrad/hessian.hpp>
#include <ctgrad/literals.hpp>
#include <ctgrad/math.hpp>
#include <ctgrad/normal_form.hpp>
#include <ctgrad/operators.hpp>
#include <ctgrad/print.hpp>
