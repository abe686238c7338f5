//! Type ascription (`expr: Type`) is gone from rustc's parser: a lone `:` in an expression
//! statement makes rustdoc give up on the code (`doctest_code: null`); `let` patterns, closure
//! parameters, labels and paths keep theirs.

/// Colons in examples.
///
/// The kernel's own (rust/macros/lib.rs, `module!`): the form of a parameter entry.
///
/// ```ignore
/// parameter_name: type {
///     default: default_value,
///     description: "Description",
/// }
/// ```
///
/// Every lone `:` outside `let` and closure parameters is an error:
///
/// ```
/// x: u32 = 5;
/// ```
///
/// ```
/// let a = 1;
/// x: u32
/// ```
///
/// ```
/// foo::bar: x;
/// ```
///
/// ```
/// x as u32: u8;
/// ```
///
/// ```
/// let x = a: b;
/// ```
///
/// Colons rustc parses:
///
/// ```
/// let x: u32 = 5;
/// ```
///
/// ```
/// let (a, b): (u8, u8) = (1, 2);
/// ```
///
/// ```
/// let v = 'outer: loop { break 'outer 1; };
/// ```
///
/// ```
/// 'a: loop { break 'a; }
/// ```
///
/// ```
/// let f = |x: u32| x + 1;
/// ```
///
/// ```
/// let g = move |x: u32, y: u8| -> u32 { x };
/// ```
///
/// ```
/// let h = || 1;
/// let i = |a: u8| a || false;
/// ```
///
/// ```
/// f(|x: u32| x);
/// ```
///
/// ```
/// S { a: 1 };
/// ```
///
/// ```
/// m!(a: b);
/// ```
///
/// ```
/// x :: y;
/// ```
pub fn colons() {}
