import Testing
@testable import DocTestKit

/// `original_code` and `doctest_code` as rustdoc 1.95 printed them (`--output-format=doctest`,
/// crate name `kernel`, edition 2021) for each snippet written as a fenced block in a `///`
/// comment; `nil` is rustdoc's `"doctest_code": null` (code it cannot parse).
struct DoctestBuilderTests {
    enum WrapperKind: Sendable { case none, plain, result }

    struct Prepared: Sendable {
        var crateLevel: String
        var code: String
        var wrapper: WrapperKind
        init(_ crateLevel: String, _ code: String, _ wrapper: WrapperKind) {
            self.crateLevel = crateLevel
            self.code = code
            self.wrapper = wrapper
        }
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var snippet: String
        var info: String
        var original: String
        var expected: Prepared?
        init(_ snippet: String, info: String, original: String, _ expected: Prepared?) {
            self.snippet = snippet
            self.info = info
            self.original = original
            self.expected = expected
        }
        var testDescription: String { snippet.debugDescription }
    }

    static let rows: [Row] = [
        Row("let x = 1;\n// trailing comment", info: "", original: "let x = 1;\n// trailing comment", .init("#![allow(unused)]\n", "let x = 1;", .plain)),
        Row("let x = 1; // same line", info: "", original: "let x = 1; // same line", .init("#![allow(unused)]\n", "let x = 1;", .plain)),
        Row("// leading comment\nlet x = 1;", info: "", original: "// leading comment\nlet x = 1;", .init("#![allow(unused)]\n", "// leading comment\nlet x = 1;", .plain)),
        Row("#![allow(dead_code)]\nlet x = 1;", info: "", original: "#![allow(dead_code)]\nlet x = 1;", .init("#![allow(unused)]\n#![allow(dead_code)]\n\n", "let x = 1;", .plain)),
        Row("#![feature(foo)]\n#![allow(dead_code)]\n#![deny(warnings)]\n\n// c\nlet x = 1;", info: "", original: "#![feature(foo)]\n#![allow(dead_code)]\n#![deny(warnings)]\n\n// c\nlet x = 1;", .init("#![allow(unused)]\n#![feature(foo)]\n\n#![allow(dead_code)]\n#![deny(warnings)]\n\n\n// c\n", "let x = 1;", .plain)),
        Row("#![allow(internal_features)]\nlet x = 1;", info: "", original: "#![allow(internal_features)]\nlet x = 1;", .init("#![allow(unused)]\n#![allow(internal_features)]\n\n", "let x = 1;", .plain)),
        Row("#![no_std]\nlet x = 1;", info: "", original: "#![no_std]\nlet x = 1;", .init("#![allow(unused)]\n#![no_std]\n\n", "let x = 1;", .none)),
        Row("extern crate kernel;\nlet x = kernel::a();", info: "", original: "extern crate kernel;\nlet x = kernel::a();", .init("#![allow(unused)]\nextern crate kernel;\n", "let x = kernel::a();", .plain)),
        Row("extern crate alloc;\nlet x = kernel::a();", info: "", original: "extern crate alloc;\nlet x = kernel::a();", .init("#![allow(unused)]\nextern crate alloc;\n#[allow(unused_extern_crates)]\nextern crate r#kernel;\n", "let x = kernel::a();", .plain)),
        Row("use kernel::prelude::*;\nfn main() {}", info: "", original: "use kernel::prelude::*;\nfn main() {}", .init("#![allow(unused)]\n#[allow(unused_extern_crates)]\nextern crate r#kernel;\n", "use kernel::prelude::*;\nfn main() {}", .none)),
        Row("fn main() {}\nlet x = 1;", info: "", original: "fn main() {}\nlet x = 1;", .init("#![allow(unused)]\n", "fn main() {}\nlet x = 1;", .plain)),
        Row("fn main() {\n    foo();\n}", info: "", original: "fn main() {\n    foo();\n}", .init("#![allow(unused)]\n", "fn main() {\n    foo();\n}", .none)),
        Row("Ok::<(), Error>(())", info: "", original: "Ok::<(), Error>(())", .init("#![allow(unused)]\n", "Ok::<(), Error>(())", .result)),
        Row("let x = 1;\nOk(())  ", info: "", original: "let x = 1;\nOk(())  ", .init("#![allow(unused)]\n", "let x = 1;\nOk(())", .result)),
        Row("let x = 1;\nOk(()) // done", info: "", original: "let x = 1;\nOk(()) // done", .init("#![allow(unused)]\n", "let x = 1;\nOk(())", .result)),
        Row("foo(", info: "", original: "foo(", nil),
        Row("let x = \"unterminated;", info: "", original: "let x = \"unterminated;", nil),
        Row("let s = \"kernel\";", info: "", original: "let s = \"kernel\";", .init("#![allow(unused)]\n#[allow(unused_extern_crates)]\nextern crate r#kernel;\n", "let s = \"kernel\";", .plain)),
        Row("// kernel\nlet x = 1;", info: "", original: "// kernel\nlet x = 1;", .init("#![allow(unused)]\n#[allow(unused_extern_crates)]\nextern crate r#kernel;\n", "// kernel\nlet x = 1;", .plain)),
        Row("macro_rules! m { () => { fn main() {} } }\nm!();", info: "", original: "macro_rules! m { () => { fn main() {} } }\nm!();", .init("#![allow(unused)]\n", "macro_rules! m { () => { fn main() {} } }\nm!();", .plain)),
        Row("m! { fn main() {} }", info: "", original: "m! { fn main() {} }", .init("#![allow(unused)]\n", "m! { fn main() {} }", .none)),
        Row("#[macro_use] extern crate foo;\nlet x = 1;", info: "", original: "#[macro_use] extern crate foo;\nlet x = 1;", .init("#![allow(unused)]\n#[macro_use] extern crate foo;\n", "let x = 1;", .plain)),
        Row("#![doc = \"x\"]\n//! inner doc\nlet x = 1;", info: "", original: "#![doc = \"x\"]\n//! inner doc\nlet x = 1;", .init("#![allow(unused)]\n#![doc = \"x\"]\n//! inner doc\n\n", "let x = 1;", .plain)),
        Row("#![cfg_attr(feature = \"x\",\n    feature(y))]\nlet x = 1;", info: "", original: "#![cfg_attr(feature = \"x\",\n    feature(y))]\nlet x = 1;", .init("#![allow(unused)]\n#![cfg_attr(feature = \"x\",\n    feature(y))]\n\n", "let x = 1;", .plain)),
        Row("struct S;\nimpl S { fn f(&self) {} }\nextern crate foo;\nS.f();", info: "", original: "struct S;\nimpl S { fn f(&self) {} }\nextern crate foo;\nS.f();", .init("#![allow(unused)]\n\nextern crate foo;\n", "struct S;\nimpl S { fn f(&self) {} }\nS.f();", .plain)),
        Row("let x = 1\nlet y = 2;", info: "", original: "let x = 1\nlet y = 2;", .init("#![allow(unused)]\n", "let x = 1\nlet y = 2;", .plain)),
        Row("#[test]\nfn t() {}", info: "", original: "#[test]\nfn t() {}", .init("#![allow(unused)]\n", "#[test]\nfn t() {}", .plain)),
        Row("async fn main() {}", info: "", original: "async fn main() {}", .init("#![allow(unused)]\n", "async fn main() {}", .none)),
        Row("fn main() -> Result<(), Error> { Ok(()) }", info: "", original: "fn main() -> Result<(), Error> { Ok(()) }", .init("#![allow(unused)]\n", "fn main() -> Result<(), Error> { Ok(()) }", .none)),
        Row("pub(crate) fn main() {}", info: "", original: "pub(crate) fn main() {}", .init("#![allow(unused)]\n", "pub(crate) fn main() {}", .none)),
        Row("unsafe fn main() {}", info: "", original: "unsafe fn main() {}", .init("#![allow(unused)]\n", "unsafe fn main() {}", .none)),
        Row("mod m { fn main() {} }", info: "", original: "mod m { fn main() {} }", .init("#![allow(unused)]\n", "mod m { fn main() {} }", .plain)),
        Row("if true { foo() } else { bar() }\nextern crate foo;", info: "", original: "if true { foo() } else { bar() }\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "if true { foo() } else { bar() }", .plain)),
        Row("x", info: "", original: "x", .init("#![allow(unused)]\n", "x", .plain)),
        Row("", info: "", original: "", .init("#![allow(unused)]\n", "", .plain)),
        Row("// only comment\n", info: "", original: "// only comment\n", .init("#![allow(unused)]\n", "", .plain)),
        Row("let x = 1;", info: "test_harness", original: "let x = 1;", .init("#![allow(unused)]\n", "let x = 1;", .none)),
        Row("let x = 1;", info: "standalone_crate", original: "let x = 1;", .init("#![allow(unused)]\n", "let x = 1;", .plain)),
        Row("let x = 1;", info: "compile_fail", original: "let x = 1;", .init("#![allow(unused)]\n", "let x = 1;", .plain)),
        Row("let x = 1;", info: "edition2015", original: "let x = 1;", .init("#![allow(unused)]\n", "let x = 1;", .plain)),
        Row("let x = 1;\n#![feature(y)]\nlet z = 2;", info: "", original: "let x = 1;\n#![feature(y)]\nlet z = 2;", .init("#![allow(unused)]\n", "let x = 1;\n#![feature(y)]\nlet z = 2;", .plain)),
        Row("extern crate kernel as k;\nlet x = 1;", info: "", original: "extern crate kernel as k;\nlet x = 1;", .init("#![allow(unused)]\nextern crate kernel as k;\n", "let x = 1;", .plain)),
        Row("extern crate foo as kernel;\nlet x = 1;", info: "", original: "extern crate foo as kernel;\nlet x = 1;", .init("#![allow(unused)]\nextern crate foo as kernel;\n#[allow(unused_extern_crates)]\nextern crate r#kernel;\n", "let x = 1;", .plain)),
        Row("/// doc\nextern crate foo;\nlet x = 1;", info: "", original: "/// doc\nextern crate foo;\nlet x = 1;", .init("#![allow(unused)]\n/// doc\nextern crate foo;\n", "let x = 1;", .plain)),
        Row("#[cfg(x)]\nextern crate foo;\nlet x = 1;", info: "", original: "#[cfg(x)]\nextern crate foo;\nlet x = 1;", .init("#![allow(unused)]\n#[cfg(x)]\nextern crate foo;\n", "let x = 1;", .plain)),
        Row("fn main() {}\nprintln!(\"x\");", info: "", original: "fn main() {}\nprintln!(\"x\");", .init("#![allow(unused)]\n", "fn main() {}\nprintln!(\"x\");", .none)),
        Row("fn main() {}\n;", info: "", original: "fn main() {}\n;", .init("#![allow(unused)]\n", "fn main() {}\n;", .plain)),
        Row("let x = { 1 };\nextern crate foo;", info: "", original: "let x = { 1 };\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "let x = { 1 };", .plain)),
        Row("let s = S { a: 1 };\nextern crate foo;", info: "", original: "let s = S { a: 1 };\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "let s = S { a: 1 };", .plain)),
        Row("match x { _ => {} }.foo();\nextern crate foo;", info: "", original: "match x { _ => {} }.foo();\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "match x { _ => {} }.foo();", .plain)),
        Row("unsafe { foo() }\nextern crate foo;", info: "", original: "unsafe { foo() }\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "unsafe { foo() }", .plain)),
        Row("const { 1 };\nextern crate foo;", info: "", original: "const { 1 };\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "const { 1 };", .plain)),
        Row("let s = \"}\";\nextern crate foo;", info: "", original: "let s = \"}\";\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "let s = \"}\";", .plain)),
        Row("foo()?;\nOk(())", info: "", original: "foo()?;\nOk(())", .init("#![allow(unused)]\n", "foo()?;\nOk(())", .result)),
        Row("let x = 1;\nOk::<(), Error>(())\n", info: "", original: "let x = 1;\nOk::<(), Error>(())\n", .init("#![allow(unused)]\n", "let x = 1;\nOk::<(), Error>(())", .result)),
        Row("let x = || { 1 };\nextern crate foo;", info: "", original: "let x = || { 1 };\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "let x = || { 1 };", .plain)),
        Row("impl<T> X for Y<T> where T: Z {}\nextern crate foo;", info: "", original: "impl<T> X for Y<T> where T: Z {}\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "impl<T> X for Y<T> where T: Z {}", .plain)),
        Row("loop { break; }\nextern crate foo;", info: "", original: "loop { break; }\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "loop { break; }", .plain)),
        Row("let x = 1;\n#[allow(unused)]\nextern crate foo;", info: "", original: "let x = 1;\n#[allow(unused)]\nextern crate foo;", .init("#![allow(unused)]\n\n#[allow(unused)]\nextern crate foo;\n", "let x = 1;", .plain)),
        Row("#![feature(a)] #![feature(b)] let x = 1;", info: "", original: "#![feature(a)] #![feature(b)] let x = 1;", .init("#![allow(unused)]\n#![feature(a)] #![feature(b)]\n \n", "let x = 1;", .plain)),
        Row("let x = 1; extern crate foo; let y = 2;", info: "", original: "let x = 1; extern crate foo; let y = 2;", .init("#![allow(unused)]\n extern crate foo;\n", "let x = 1; let y = 2;", .plain)),
        Row("#![feature(a)]\n// c\n\n/* b */ let x = 1;", info: "", original: "#![feature(a)]\n// c\n\n/* b */ let x = 1;", .init("#![allow(unused)]\n#![feature(a)]\n\n// c\n\n/* b */ \n", "let x = 1;", .plain)),
        Row("let x = ;", info: "", original: "let x = ;", nil),
        Row("fn f() { let x = ; }", info: "", original: "fn f() { let x = ; }", .init("#![allow(unused)]\n", "fn f() { let x = ; }", .plain)),
        Row("struct S { a: u8 }\nextern crate foo;", info: "", original: "struct S { a: u8 }\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "struct S { a: u8 }", .plain)),
        Row("use a::{b, c};\nextern crate foo;", info: "", original: "use a::{b, c};\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "use a::{b, c};", .plain)),
        Row("x.y()\nextern crate foo;", info: "", original: "x.y()\nextern crate foo;", nil),
        Row("let x = 1;\nfoo(x)", info: "", original: "let x = 1;\nfoo(x)", .init("#![allow(unused)]\n", "let x = 1;\nfoo(x)", .plain)),
        Row("# fn main() {\nlet x = 1;\n# }", info: "", original: "fn main() {\nlet x = 1;\n}", .init("#![allow(unused)]\n", "fn main() {\nlet x = 1;\n}", .none)),
        Row("fn main() {\n    Ok(())\n}", info: "", original: "fn main() {\n    Ok(())\n}", .init("#![allow(unused)]\n", "fn main() {\n    Ok(())\n}", .none)),
        Row("#![no_std]\nfn main() {}", info: "", original: "#![no_std]\nfn main() {}", .init("#![allow(unused)]\n#![no_std]\n\n", "fn main() {}", .none)),
        Row("#[global_allocator]\nstatic A: X = X;\nlet x = 1;", info: "", original: "#[global_allocator]\nstatic A: X = X;\nlet x = 1;", .init("#![allow(unused)]\n", "#[global_allocator]\nstatic A: X = X;\nlet x = 1;", .plain)),
        Row("m!(fn main() {});", info: "", original: "m!(fn main() {});", .init("#![allow(unused)]\n", "m!(fn main() {});", .none)),
        Row("m![fn main () {}];", info: "", original: "m![fn main () {}];", .init("#![allow(unused)]\n", "m![fn main () {}];", .none)),
        Row("fn foo() {}\nfn main() {}", info: "", original: "fn foo() {}\nfn main() {}", .init("#![allow(unused)]\n", "fn foo() {}\nfn main() {}", .none)),
        Row("extern crate std;\nlet x = 1;", info: "", original: "extern crate std;\nlet x = 1;", .init("#![allow(unused)]\nextern crate std;\n", "let x = 1;", .plain)),
        Row("#[cfg(test)]\n#![feature(x)]\nlet x = 1;\n", info: "", original: "#[cfg(test)]\n#![feature(x)]\nlet x = 1;\n", .init("#![allow(unused)]\n", "#[cfg(test)]\n#![feature(x)]\nlet x = 1;", .plain)),
        Row("use kernel::sync::Arc;\n# fn test() -> Result {\nlet a = Arc::new(1, GFP_KERNEL)?;\n# Ok(())\n# }\n# test().unwrap();", info: "", original: "use kernel::sync::Arc;\nfn test() -> Result {\nlet a = Arc::new(1, GFP_KERNEL)?;\nOk(())\n}\ntest().unwrap();", .init("#![allow(unused)]\n#[allow(unused_extern_crates)]\nextern crate r#kernel;\n", "use kernel::sync::Arc;\nfn test() -> Result {\nlet a = Arc::new(1, GFP_KERNEL)?;\nOk(())\n}\ntest().unwrap();", .plain)),
        Row("use kernel::prelude::*;\n\nlet v = KVec::<u32>::new();\n# Ok::<(), Error>(())", info: "", original: "use kernel::prelude::*;\n\nlet v = KVec::<u32>::new();\nOk::<(), Error>(())", .init("#![allow(unused)]\n#[allow(unused_extern_crates)]\nextern crate r#kernel;\n", "use kernel::prelude::*;\n\nlet v = KVec::<u32>::new();\nOk::<(), Error>(())", .result)),
        Row("#[pin_data]\nstruct Foo {\n    #[pin]\n    a: Mutex<u32>,\n}\n\nimpl Foo {\n    fn new() -> impl PinInit<Self> {\n        pin_init!(Self { a <- new_mutex!(0) })\n    }\n}", info: "", original: "#[pin_data]\nstruct Foo {\n    #[pin]\n    a: Mutex<u32>,\n}\n\nimpl Foo {\n    fn new() -> impl PinInit<Self> {\n        pin_init!(Self { a <- new_mutex!(0) })\n    }\n}", .init("#![allow(unused)]\n", "#[pin_data]\nstruct Foo {\n    #[pin]\n    a: Mutex<u32>,\n}\n\nimpl Foo {\n    fn new() -> impl PinInit<Self> {\n        pin_init!(Self { a <- new_mutex!(0) })\n    }\n}", .plain)),
        Row("# use kernel::{c_str, str::CStr};\nconst NAME: &CStr = c_str!(\"x\");", info: "", original: "use kernel::{c_str, str::CStr};\nconst NAME: &CStr = c_str!(\"x\");", .init("#![allow(unused)]\n#[allow(unused_extern_crates)]\nextern crate r#kernel;\n", "use kernel::{c_str, str::CStr};\nconst NAME: &CStr = c_str!(\"x\");", .plain)),
        Row("use kernel::types::ARef;\n# // SAFETY: test\nunsafe impl AlwaysRefCounted for Foo {\n    fn inc_ref(&self) {}\n    unsafe fn dec_ref(_obj: NonNull<Self>) {}\n}", info: "", original: "use kernel::types::ARef;\n// SAFETY: test\nunsafe impl AlwaysRefCounted for Foo {\n    fn inc_ref(&self) {}\n    unsafe fn dec_ref(_obj: NonNull<Self>) {}\n}", .init("#![allow(unused)]\n#[allow(unused_extern_crates)]\nextern crate r#kernel;\n", "use kernel::types::ARef;\n// SAFETY: test\nunsafe impl AlwaysRefCounted for Foo {\n    fn inc_ref(&self) {}\n    unsafe fn dec_ref(_obj: NonNull<Self>) {}\n}", .plain)),
        Row("struct S<const N: usize>;\nimpl<const N: usize> S<N> {\n    const X: usize = { N + 1 };\n}", info: "", original: "struct S<const N: usize>;\nimpl<const N: usize> S<N> {\n    const X: usize = { N + 1 };\n}", .init("#![allow(unused)]\n", "struct S<const N: usize>;\nimpl<const N: usize> S<N> {\n    const X: usize = { N + 1 };\n}", .plain)),
        Row("let r = match x {\n    Some(v) => v,\n    None => return Err(EINVAL),\n};", info: "", original: "let r = match x {\n    Some(v) => v,\n    None => return Err(EINVAL),\n};", .init("#![allow(unused)]\n", "let r = match x {\n    Some(v) => v,\n    None => return Err(EINVAL),\n};", .plain)),
        Row("kernel::module! {\n    type: M,\n    name: \"m\",\n}", info: "", original: "kernel::module! {\n    type: M,\n    name: \"m\",\n}", .init("#![allow(unused)]\n#[allow(unused_extern_crates)]\nextern crate r#kernel;\n", "kernel::module! {\n    type: M,\n    name: \"m\",\n}", .plain)),
        Row("module! {\n    type: M,\n    name: \"m\",\n}\n\nstruct M;\nimpl kernel::Module for M {\n    fn init(_module: &'static ThisModule) -> Result<Self> {\n        Ok(M)\n    }\n}", info: "", original: "module! {\n    type: M,\n    name: \"m\",\n}\n\nstruct M;\nimpl kernel::Module for M {\n    fn init(_module: &'static ThisModule) -> Result<Self> {\n        Ok(M)\n    }\n}", .init("#![allow(unused)]\n#[allow(unused_extern_crates)]\nextern crate r#kernel;\n", "module! {\n    type: M,\n    name: \"m\",\n}\n\nstruct M;\nimpl kernel::Module for M {\n    fn init(_module: &'static ThisModule) -> Result<Self> {\n        Ok(M)\n    }\n}", .plain)),
        Row("static_assert!(1 == 1);", info: "", original: "static_assert!(1 == 1);", .init("#![allow(unused)]\n", "static_assert!(1 == 1);", .plain)),
        Row("fn main() {\n    let x = 1;\n}\n#[test]\nfn t() {}", info: "", original: "fn main() {\n    let x = 1;\n}\n#[test]\nfn t() {}", .init("#![allow(unused)]\n", "fn main() {\n    let x = 1;\n}\n#[test]\nfn t() {}", .none)),
        Row("let s = r#\"}\"#;\nlet c = '}';\nlet l: &'static str = \"x\";", info: "", original: "let s = r#\"}\"#;\nlet c = '}';\nlet l: &'static str = \"x\";", .init("#![allow(unused)]\n", "let s = r#\"}\"#;\nlet c = '}';\nlet l: &'static str = \"x\";", .plain)),
        Row("//! Inner doc at start\nuse kernel::x;", info: "", original: "//! Inner doc at start\nuse kernel::x;", .init("#![allow(unused)]\n//! Inner doc at start\n\n#[allow(unused_extern_crates)]\nextern crate r#kernel;\n", "use kernel::x;", .plain)),
        Row("#![expect(unused)]\nlet x = 1;", info: "", original: "#![expect(unused)]\nlet x = 1;", .init("#![allow(unused)]\n#![expect(unused)]\n\n", "let x = 1;", .plain)),
        Row("#![allow(internal_features, dead_code)]\nlet x = 1;", info: "", original: "#![allow(internal_features, dead_code)]\nlet x = 1;", .init("#![allow(unused)]\n#![allow(internal_features, dead_code)]\n\n", "let x = 1;", .plain)),
        Row("#![rustfmt::skip]\nlet x = 1;", info: "", original: "#![rustfmt::skip]\nlet x = 1;", .init("#![allow(unused)]\n#![rustfmt::skip]\n\n", "let x = 1;", .plain)),
        Row("#![allow = \"x\"]\nlet x = 1;", info: "", original: "#![allow = \"x\"]\nlet x = 1;", .init("#![allow(unused)]\n#![allow = \"x\"]\n\n", "let x = 1;", .plain)),
        Row("'outer: loop { break 'outer; }\nextern crate foo;", info: "", original: "'outer: loop { break 'outer; }\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "'outer: loop { break 'outer; }", .plain)),
        Row("async fn f() {}\nextern crate foo;", info: "", original: "async fn f() {}\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "async fn f() {}", .plain)),
        Row("let f = async move { 1 };\nextern crate foo;", info: "", original: "let f = async move { 1 };\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "let f = async move { 1 };", .plain)),
        Row("const fn f() -> u8 { 1 }\nextern crate foo;", info: "", original: "const fn f() -> u8 { 1 }\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "const fn f() -> u8 { 1 }", .plain)),
        Row("extern \"C\" { fn abs(x: i32) -> i32; }\nextern crate foo;", info: "", original: "extern \"C\" { fn abs(x: i32) -> i32; }\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "extern \"C\" { fn abs(x: i32) -> i32; }", .plain)),
        Row("unsafe extern \"C\" fn f() {}\nextern crate foo;", info: "", original: "unsafe extern \"C\" fn f() {}\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "unsafe extern \"C\" fn f() {}", .plain)),
        Row("macro_rules! m { () => {} }\nextern crate foo;", info: "", original: "macro_rules! m { () => {} }\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "macro_rules! m { () => {} }", .plain)),
        Row("if a {} else if b {} else {}\nextern crate foo;", info: "", original: "if a {} else if b {} else {}\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "if a {} else if b {} else {}", .plain)),
        Row("pub(crate) struct S;\nextern crate foo;", info: "", original: "pub(crate) struct S;\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "pub(crate) struct S;", .plain)),
        Row("{ let x = 1; }\nextern crate foo;", info: "", original: "{ let x = 1; }\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "{ let x = 1; }", .plain)),
        Row("type T = u8;\nunion U { a: u8 }\nextern crate foo;", info: "", original: "type T = u8;\nunion U { a: u8 }\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "type T = u8;\nunion U { a: u8 }", .plain)),
        Row("let x = 1;\nOk::<(), kernel::error::Error>(())", info: "", original: "let x = 1;\nOk::<(), kernel::error::Error>(())", .init("#![allow(unused)]\n#[allow(unused_extern_crates)]\nextern crate r#kernel;\n", "let x = 1;\nOk::<(), kernel::error::Error>(())", .result)),
        Row("fn r#main() {}", info: "", original: "fn r#main() {}", .init("#![allow(unused)]\n", "fn r#main() {}", .none)),
        Row("extern crate r#kernel;\nlet x = 1;", info: "", original: "extern crate r#kernel;\nlet x = 1;", .init("#![allow(unused)]\nextern crate r#kernel;\n", "let x = 1;", .plain)),
        Row("let x = y!(fn main() {}).z;", info: "", original: "let x = y!(fn main() {}).z;", .init("#![allow(unused)]\n", "let x = y!(fn main() {}).z;", .plain)),
        Row("x!(mod m { fn main() {} });", info: "", original: "x!(mod m { fn main() {} });", .init("#![allow(unused)]\n", "x!(mod m { fn main() {} });", .plain)),
        Row("trait T { fn main(); }", info: "", original: "trait T { fn main(); }", .init("#![allow(unused)]\n", "trait T { fn main(); }", .plain)),
        Row("#![feature(a)]\nextern crate foo;\n// between\nlet x = 1;", info: "", original: "#![feature(a)]\nextern crate foo;\n// between\nlet x = 1;", .init("#![allow(unused)]\n#![feature(a)]\n\nextern crate foo;\n// between\n", "let x = 1;", .plain)),
        Row("# #![allow(unused)]\n# extern crate kernel;\nuse kernel::x;\n", info: "", original: "#![allow(unused)]\nextern crate kernel;\nuse kernel::x;\n", .init("#![allow(unused)]\n#![allow(unused)]\n\nextern crate kernel;\n", "use kernel::x;", .plain)),
        Row("#[derive(Debug)]", info: "", original: "#[derive(Debug)]", .init("#![allow(unused)]\n", "", .plain)),
        Row("let x = 1 ¤ 2;", info: "", original: "let x = 1 ¤ 2;", nil),
        Row("let c = '", info: "", original: "let c = '", nil),
        Row("/* unterminated", info: "", original: "/* unterminated", nil),
        Row("let s = r#\"abc\"", info: "", original: "let s = r#\"abc\"", nil),
        Row("let x = 1; }", info: "", original: "let x = 1; }", nil),
        Row("foo()\nbar()", info: "", original: "foo()\nbar()", nil),
        Row("foo()\nlet x = 1;", info: "", original: "foo()\nlet x = 1;", nil),
        Row("let x = 1\nfoo();", info: "", original: "let x = 1\nfoo();", .init("#![allow(unused)]\n", "let x = 1\nfoo();", .plain)),
        Row("let x = 1\nextern crate foo;", info: "", original: "let x = 1\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "let x = 1", .plain)),
        Row("struct S", info: "", original: "struct S", nil),
        Row("fn f(", info: "", original: "fn f(", nil),
        Row("let x = [1, 2;", info: "", original: "let x = [1, 2;", nil),
        Row("1 +", info: "", original: "1 +", nil),
        Row("#!", info: "", original: "#!", nil),
        Row("#![", info: "", original: "#![", nil),
        Row("#![feature(x)\nlet y = 1;", info: "", original: "#![feature(x)\nlet y = 1;", nil),
        Row("@", info: "", original: "@", nil),
        Row("let x = 'ab';", info: "", original: "let x = 'ab';", .init("#![allow(unused)]\n", "let x = 'ab';", .plain)),
        Row("let x = 1 $ 2;", info: "", original: "let x = 1 $ 2;", nil),
        Row("let x: fn() = f;\nextern crate foo;", info: "", original: "let x: fn() = f;\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "let x: fn() = f;", .plain)),
        Row("x = if a { 1 } else { 2 };\nextern crate foo;", info: "", original: "x = if a { 1 } else { 2 };\nextern crate foo;", .init("#![allow(unused)]\n\nextern crate foo;\n", "x = if a { 1 } else { 2 };", .plain)),
        Row("match x { _ => () }\nfoo()", info: "", original: "match x { _ => () }\nfoo()", .init("#![allow(unused)]\n", "match x { _ => () }\nfoo()", .plain)),
        Row("let x = S { a: 1 }\nlet y = 2;", info: "", original: "let x = S { a: 1 }\nlet y = 2;", .init("#![allow(unused)]\n", "let x = S { a: 1 }\nlet y = 2;", .plain)),
        Row("use std::io\nlet y = 2;", info: "", original: "use std::io\nlet y = 2;", .init("#![allow(unused)]\n", "use std::io\nlet y = 2;", .plain)),
        Row("#[doc = \"x\"]\nlet x = 1;", info: "", original: "#[doc = \"x\"]\nlet x = 1;", .init("#![allow(unused)]\n", "#[doc = \"x\"]\nlet x = 1;", .plain)),
        Row("/// doc on let\nlet x = 1;", info: "", original: "/// doc on let\nlet x = 1;", .init("#![allow(unused)]\n", "/// doc on let\nlet x = 1;", .plain)),
        Row("let x = \"\\u{zz}\";", info: "", original: "let x = \"\\u{zz}\";", .init("#![allow(unused)]\n", "let x = \"\\u{zz}\";", .plain)),
        Row("let x = b\"é\";", info: "", original: "let x = b\"é\";", .init("#![allow(unused)]\n", "let x = b\"é\";", .plain)),
        Row("let x = 0b102;", info: "", original: "let x = 0b102;", .init("#![allow(unused)]\n", "let x = 0b102;", .plain)),
        Row("let x = 1.e3;\n", info: "", original: "let x = 1.e3;\n", .init("#![allow(unused)]\n", "let x = 1.e3;", .plain)),
    ]

    @Test(arguments: rows)
    func matchesRustdoc(_ row: Row) {
        let builder = DoctestBuilder(crateName: "kernel", edition: "2021")
        // The block's text as the finder gives it: the snippet's lines, a final newline dropped.
        let blockText = CodeBlockFinder.rustLinesJoined(row.snippet + "\n")
        let original = builder.originalCode(fromBlockText: blockText)
        #expect(original == row.original)
        let prepared = builder.prepare(originalCode: original, attributes: LangString.parse(row.info))
        guard let expected = row.expected else {
            #expect(prepared.parseFailed)
            #expect(RustdocJSON.code(prepared) == .null)
            return
        }
        #expect(!prepared.parseFailed)
        #expect(prepared.crateLevel == expected.crateLevel)
        #expect(prepared.code == expected.code)
        switch expected.wrapper {
        case .none:
            #expect(prepared.wrapper == nil)
        case .plain:
            #expect(prepared.wrapper == .init(before: "fn main() {\n", after: "\n}", returnsResult: false))
        case .result:
            #expect(prepared.wrapper == .init(
                before: "fn main() { fn _inner() -> core::result::Result<(), impl core::fmt::Debug> {\n",
                after: "\n} _inner().unwrap() }", returnsResult: true))
        }
    }

    /// Hidden-line rules, from rustdoc 1.95's `original_code` of one block.
    @Test func hiddenLines() {
        let text = "# hidden  \n    # indented hidden\n#\n  #  \n#\ttab\n## escaped\n  ##x\n#![feature(x)]\n"
            + "#[derive(Debug)]\n#x\n# \nlet a = \"\u{A0}# nbsp\";\n\u{3000}# ideo"
        let expected = "hidden\nindented hidden\n\n\n#\ttab\n# escaped\n  #x\n#![feature(x)]\n#[derive(Debug)]\n#x\n\n"
            + "let a = \"\u{A0}# nbsp\";\nideo"
        #expect(DoctestBuilder(crateName: "kernel", edition: "2021").originalCode(fromBlockText: text) == expected)
    }
}
