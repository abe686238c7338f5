#include <cmark.h>
#include <stdio.h>

/* C's stdout is a mutable global that Swift 6 will not touch from Swift code: kunitgen makes it
   line-buffered through this, so that stdout and stderr interleave only at line ends. */
static inline void kunitgen_line_buffer_stdout(void) { setvbuf(stdout, NULL, _IOLBF, 0); }
