#pragma once
// ctgrad's configuration: version numbers. Every ctgrad macro is defined here and starts with CTGRAD_.

#define CTGRAD_VERSION_MAJOR 0
#define CTGRAD_VERSION_MINOR 1
#define CTGRAD_VERSION_PATCH 0

// CTGRAD_FORCE_INLINE (functions) and CTGRAD_FORCE_INLINE_LAMBDA (after a lambda's parameter list) ask
// Clang to inline the evaluation and reverse sweeps, whose one-call-per-node shape its inliner otherwise
// judges too costly (the values then live in memory). GCC inlines them anyway and does better left to
// itself, so they are empty there.
#if defined(__clang__)
#define CTGRAD_FORCE_INLINE [[gnu::always_inline]] inline
#define CTGRAD_FORCE_INLINE_LAMBDA __attribute__((always_inline))
#else
#define CTGRAD_FORCE_INLINE inline
#define CTGRAD_FORCE_INLINE_LAMBDA
#endif
