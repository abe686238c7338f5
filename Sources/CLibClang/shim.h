// Types and prototypes only; the functions are resolved with dlsym at run time.
#include <clang-c/Index.h>
