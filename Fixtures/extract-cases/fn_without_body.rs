//! A `fn` without a body as the last statement of a doctest: rustc reports the missing body,
//! but keeps the fn (the `}` of rustdoc's wrapper closes the block), so rustdoc prepares the
//! code; anything else after the signature is a parse error (`doctest_code: null`).

/// Prototypes in examples.
///
/// The kernel's own (rust/kernel/drm/ioctl.rs, `declare_drm_ioctls!`): a prototype, no body.
///
/// ```ignore
/// fn foo(device: &kernel::drm::Device<Self>,
///        data: &mut uapi::argument_type,
///        file: &kernel::drm::File<Self::File>,
/// ) -> Result<u32>
/// ```
///
/// The signature may end the code in any complete form:
///
/// ```
/// fn f() -> impl Iterator<Item = u8>
/// ```
///
/// ```
/// fn f<T: Fn(u32) -> u32>(t: T)
/// ```
///
/// ```
/// fn f() -> !
/// ```
///
/// ```
/// fn f() where T: 'static
/// ```
///
/// ```
/// fn f() -> u32 where
/// ```
///
/// ```
/// fn f() -> dyn for<'a> Fn(&'a u8)
/// ```
///
/// ```
/// let a = 1;
/// fn f(a: u32)
/// // a trailing comment
/// ```
///
/// ```
/// fn main()
/// ```
///
/// rustc cannot recover when another statement follows the signature, or it is cut short:
///
/// ```
/// fn f() -> u32
/// let x = 1;
/// ```
///
/// ```
/// fn f() -> u32 fn g() {}
/// ```
///
/// ```
/// fn f()
/// fn g()
/// ```
///
/// ```
/// fn f() -> u32
/// #[test]
/// fn g() {}
/// ```
///
/// ```
/// fn f() -> u32 5
/// ```
///
/// ```
/// fn f(a: u32) ->
/// ```
pub fn prototypes() {}
