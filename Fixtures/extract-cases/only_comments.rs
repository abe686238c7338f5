// SPDX-License-Identifier: GPL-2.0
// A file with nothing but ordinary comments.
//
// ```
// let not_a_test = 1;
// ```
/* Neither is this:
```
let nope = 2;
```
*/
//// Nor this (four slashes).
