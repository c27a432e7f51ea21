// expect: sanity
// The harness's own test: ill-formed only under CTGRAD_SHOULD_FAIL, with "sanity" in the error. If the
// harness did not compile the file, or did not check the message, this case would not prove anything.

template <class T>
inline constexpr bool false_v = false;

#ifdef CTGRAD_SHOULD_FAIL
static_assert(false_v<int>, "sanity");
#endif

int main() { return 0; }
