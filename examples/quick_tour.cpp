// A quick tour of ctgrad's compile-time layer: the README's tour is this file and what it prints.
#include <ctgrad/ctgrad.hpp>

#include <cstdio>
#include <iostream>

using namespace ctgrad::literals;

int main() {
    constexpr auto x = ctgrad::var<"x">;
    constexpr auto y = ctgrad::var<"y">;

    // 1. An expression is a type; its derivative is a new type, computed by the compiler, in normal form.
    constexpr auto g = x * x + 2_c * x + 1_c;  // _c constants live in the type
    static_assert(ctgrad::d(g, x) == 2_c * x + 2_c);
    static_assert(std::is_same_v<decltype(ctgrad::d(g, x)), decltype(2_c * x + 2_c)>);
    std::cout << "g       = " << g << '\n';
    std::cout << "dg/dx   = " << ctgrad::d(g, x) << '\n';
    std::cout << "d2g/dx2 = " << ctgrad::d(g, x, x) << '\n';

    // 2. Plain numbers are constants that carry their value; evaluation binds variables by name,
    //    in constant expressions too.
    constexpr auto f = x * x + 2 * x + 1;
    static_assert(ctgrad::d(f, x)(x = 2) == 6);
    std::cout << "df/dx   = " << ctgrad::d(f, x) << ", at x = 2: " << ctgrad::d(f, x)(x = 2) << '\n';

    // 3. Elementary functions, evaluated by ctgrad's own constexpr math at compile time.
    constexpr auto s = ctgrad::sin(x * x);
    static_assert(ctgrad::d(s, x)(x = 4.0) < -7.66);
    std::printf("d/dx sin(x^2) = %s, at x = 4: %.6f\n", ctgrad::to_string(ctgrad::d(s, x)).c_str(), ctgrad::d(s, x)(x = 4.0));

    // 4. Several variables: the value, all partial derivatives in one sweep, mixed partials, the Hessian.
    auto h = x * x * y + ctgrad::exp(-x * y);
    auto [hx, hy] = ctgrad::gradient(h, x, y);                   // the partial derivatives, as expressions
    auto gradient = ctgrad::gradient(h, x, y)(x = 1.0, y = 2.0);  // their values, one forward + one reverse sweep
    auto hessian = ctgrad::hessian(h, x, y)(x = 1.0, y = 2.0);
    std::cout << "h       = " << h << '\n';
    std::cout << "dh/dx   = " << hx << "\ndh/dy   = " << hy << '\n';
    std::cout << "d2h/dxdy = " << ctgrad::d(h, x, y) << '\n';
    std::printf("h(1, 2) = %.6f, gradient = (%.6f, %.6f)\n", h(x = 1.0, y = 2.0), gradient[0], gradient[1]);
    std::printf("Hessian = [[%.6f, %.6f], [%.6f, %.6f]]\n", hessian[0][0], hessian[0][1], hessian[1][0], hessian[1][1]);

    // 5. One sample's logistic-regression loss (seed 002): BCE(sigmoid(w*x + b), t) and its gradient in
    //    (w, b). PyTorch prints loss 6.7012, w.grad 6.6918, b.grad 0.9988 for x = 6.7, t = 0, w = 1, b = 0.
    constexpr auto w = ctgrad::var<"w">;
    constexpr auto b = ctgrad::var<"b">;
    constexpr auto t = ctgrad::var<"t">;
    const auto p = ctgrad::sigmoid(w * x + b);
    const auto loss = -(t * ctgrad::log(p) + (1_c - t) * ctgrad::log(1_c - p));
    const auto [value, partials] = ctgrad::value_and_gradient(loss, w, b)(x = 6.7, t = 0.0, w = 1.0, b = 0.0);
    std::printf("loss = %.4f, dloss/dw = %.4f, dloss/db = %.4f\n", value, partials[0], partials[1]);

    // 6. Printing for papers.
    std::cout << "LaTeX: " << ctgrad::to_latex(ctgrad::d(ctgrad::sqrt(x * x + y * y), x)) << '\n';
}
