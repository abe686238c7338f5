//! How rustdoc names doctests: the item path, with spaces removed.

pub mod a {
    pub mod b {
        /// ```
        /// let deep = 1;
        /// ```
        pub struct C;

        impl C {
            /// ```
            /// let method_in_nested_module = 2;
            /// ```
            pub const K: u32 = 1;
        }
    }
}

/// A raw identifier.
///
/// ```
/// let raw_ident = 3;
/// ```
pub fn r#type() {}

pub struct Wrapper<'a, T: ?Sized, const N: usize>(&'a T);

impl<'a, T: ?Sized + core::fmt::Debug, const N: usize> Wrapper<'a, T, N> {
    /// Lifetimes, bounds and const parameters in the impl header.
    ///
    /// ```
    /// let generic_impl = 4;
    /// ```
    pub fn get(&self) -> &'a T {
        self.0
    }
}

impl<T> From<Box<dyn Fn(T) -> T + Send + 'static>> for Wrapper<'static, u8, 0> {
    /// A trait with a complex generic argument.
    ///
    /// ```
    /// let complex_trait_arg = 5;
    /// ```
    fn from(_: Box<dyn Fn(T) -> T + Send + 'static>) -> Self {
        Wrapper(&0)
    }
}

impl<T> Wrapper<'_, [T], { 1 + 1 }> {
    /// Slices, the anonymous lifetime and a braced const argument.
    ///
    /// ```
    /// let slice_impl = 6;
    /// ```
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl Wrapper<'_, *const u8, 3> {
    /// Raw pointers in the self type.
    ///
    /// ```
    /// let raw_pointer = 7;
    /// ```
    pub fn raw(&self) {}
}

impl<F: FnOnce() -> u32> Wrapper<'_, Option<F>, 4> where F: Send {
    /// A closure bound in the header and a where clause.
    ///
    /// ```
    /// let fn_bound = 8;
    /// ```
    pub fn call(&self) {}
}

impl core::fmt::Display for a::b::C {
    /// A qualified self type.
    ///
    /// ```
    /// let qualified_self = 9;
    /// ```
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("C")
    }
}

impl<T> Wrapper<'_, T, 5> where T: Iterator<Item = (u8, &'static str)> {
    /// Associated type bindings and tuples.
    ///
    /// ```
    /// let assoc_binding = 10;
    /// ```
    pub fn iter(&self) {}
}

impl crate::Wrapper<'_, [u8; 4], 6> {
    /// A `crate::` path and an array type.
    ///
    /// ```
    /// let crate_path = 11;
    /// ```
    pub fn array(&self) {}
}

impl<T> Wrapper<'_, T, 7> where T: ?Sized {
    /// ```
    /// let undocumented_header = 12;
    /// ```
    pub unsafe extern "C" fn ffi(&self) {}
}

/// A `use` item with docs is not a test target ... or is it?
///
/// ```
/// let use_item = 13;
/// ```
pub use a::b::C as Renamed;

/// An `extern crate` item with docs.
///
/// ```
/// let extern_crate_item = 14;
/// ```
pub extern crate core as my_core;

/// A const generic parameter default and a default type parameter.
///
/// ```
/// let defaults = 15;
/// ```
pub struct Defaults<T = u8, const N: usize = 3>([T; N]);

/// A trait with a generic associated type and a default method.
pub trait Gat {
    /// ```
    /// let gat = 16;
    /// ```
    type Item<'a> where Self: 'a;

    /// ```
    /// let assoc_const = 17;
    /// ```
    const N: usize = 0;

    /// ```
    /// let default_method = 18;
    /// ```
    fn default_method(&self) {}
}

/// A union with generic parameters.
pub union U<T: Copy> {
    /// ```
    /// let union_field = 19;
    /// ```
    pub f: T,
}

/// A type alias with generics.
///
/// ```
/// let alias = 20;
/// ```
pub type Alias<'a, T> = Wrapper<'a, T, 0>;

/// A static with interior mutability.
///
/// ```
/// let static_mut = 21;
/// ```
pub static mut COUNTER: core::sync::atomic::AtomicU32 = core::sync::atomic::AtomicU32::new(0);

/// `impl` of a trait for a trait object with a lifetime.
pub trait Tr {}

impl<'a> dyn Tr + 'a {
    /// ```
    /// let dyn_lifetime = 22;
    /// ```
    pub fn on_dyn(&self) {}
}

impl<T: Tr + ?Sized> Tr for &mut T {}

impl Tr for fn(&u8) -> &u8 {}

impl<const N: usize> Tr for [u8; N] {}

impl dyn Tr {
    /// ```
    /// let dyn_plain = 23;
    /// ```
    pub fn on_plain_dyn(&self) {}
}

impl<T> Tr for (T,) {}


impl Tr for impl_trait_is_not_allowed_here::X {}

mod impl_trait_is_not_allowed_here {
    pub struct X;

    impl X {
        /// A private module's items are still collected.
        ///
        /// ```
        /// let private_module = 24;
        /// ```
        fn private(&self) {}
    }
}
