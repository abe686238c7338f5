// SPDX-License-Identifier: GPL-2.0

//! Kernel types.

use crate::init::{self, PinInit};
use core::{
    cell::UnsafeCell,
    marker::{PhantomData, PhantomPinned},
    mem::{ManuallyDrop, MaybeUninit},
    ops::{Deref, DerefMut},
    ptr::NonNull,
};

/// Used to transfer ownership to and from foreign (non-Rust) languages.
///
/// Ownership is transferred from Rust to a foreign language by calling [`Self::into_foreign`] and
/// later may be transferred back to Rust by calling [`Self::from_foreign`].
///
/// # Safety
///
/// Implementers must ensure that [`into_foreign`] returns a pointer which meets the alignment
/// requirements of [`PointedTo`].
///
/// [`into_foreign`]: Self::into_foreign
/// [`PointedTo`]: Self::PointedTo
pub unsafe trait ForeignOwnable: Sized {
    /// Type used when the value is foreign-owned. In practical terms only defines the alignment of
    /// the pointer.
    type PointedTo;

    /// Type used to immutably borrow a value that is currently foreign-owned.
    type Borrowed<'a>;

    /// Converts a Rust-owned object to a foreign-owned one.
    ///
    /// ```
    /// # use kernel::types::ForeignOwnable;
    /// let b = KBox::new(1u32, GFP_KERNEL)?;
    /// let p = b.into_foreign();
    /// // SAFETY: `p` was just returned by `into_foreign`.
    /// let b = unsafe { KBox::<u32>::from_foreign(p) };
    /// assert_eq!(*b, 1);
    /// # Ok::<(), Error>(())
    /// ```
    fn into_foreign(self) -> *mut Self::PointedTo;

    /// Converts a foreign-owned object back to a Rust-owned one.
    ///
    /// # Safety
    ///
    /// The provided pointer must have been returned by a previous call to [`into_foreign`].
    ///
    /// [`into_foreign`]: Self::into_foreign
    unsafe fn from_foreign(ptr: *mut Self::PointedTo) -> Self;
}

// SAFETY: The pointer returned by `into_foreign` comes from a well aligned pointer to `()`.
unsafe impl ForeignOwnable for () {
    type PointedTo = ();
    type Borrowed<'a> = ();

    /// The unit type owns nothing.
    ///
    /// ```
    /// # use kernel::types::ForeignOwnable;
    /// let p = ().into_foreign();
    /// assert!(!p.is_null());
    /// ```
    fn into_foreign(self) -> *mut Self::PointedTo {
        core::ptr::NonNull::dangling().as_ptr()
    }

    unsafe fn from_foreign(_: *mut Self::PointedTo) -> Self {}
}

/// Runs a cleanup function/closure when dropped.
///
/// The [`ScopeGuard::dismiss`] function prevents the cleanup function from running.
///
/// # Examples
///
/// In the example below, we have multiple exit paths and we want to log regardless of which one is
/// taken:
///
/// ```
/// # use kernel::types::ScopeGuard;
/// fn example1(arg: bool) {
///     let _log = ScopeGuard::new(|| pr_info!("example1 completed\n"));
///
///     if arg {
///         return;
///     }
///
///     pr_info!("Do something...\n");
/// }
///
/// # example1(false);
/// # example1(true);
/// ```
///
/// Hidden-line markers: `# ` hides a line, a lone `#` hides an empty line, `##` escapes a line
/// that really starts with `#`, and `#!` / `#[` are code:
///
/// ```
/// # #![allow(unused_variables)]
/// #![allow(dead_code)]
/// # use kernel::types::ScopeGuard;
/// #
/// ##[derive(Debug)]
/// struct Tracked(u32);
/// #[derive(Clone)]
/// struct Other;
///     # let indented_hidden = 1;
/// let guard = ScopeGuard::new_with_data(Tracked(1), |t| pr_info!("{:?}\n", t));
/// # fn helper() {}
/// # Ok::<(), Error>(())
/// ```
///
/// In the example below, we want to log the same message on all early exits but a different one
/// on the main exit path:
///
/// ```
/// # use kernel::types::ScopeGuard;
/// fn example2(arg: bool) {
///     let log = ScopeGuard::new(|| pr_info!("example2 returned early\n"));
///
///     if arg {
///         return;
///     }
///
///     // (Other early returns...)
///
///     log.dismiss();
///     pr_info!("example2 no early return\n");
/// }
///
/// # example2(false);
/// # example2(true);
/// ```
///
/// # Invariants
///
/// The value stored in the struct is nearly always `Some(_)`, except between
/// [`ScopeGuard::dismiss`] and [`ScopeGuard::drop`]: in this case, it will be `None` as the value
/// will have been returned to the caller. Since  [`ScopeGuard::dismiss`] consumes the guard,
/// callers won't be able to use it anymore.
pub struct ScopeGuard<T, F: FnOnce(T)>(Option<(T, F)>);

impl<T, F: FnOnce(T)> ScopeGuard<T, F> {
    /// Creates a new guarded object wrapping the given data and with the given cleanup function.
    pub fn new_with_data(data: T, cleanup_func: F) -> Self {
        // INVARIANT: The struct is being initialised with `Some(_)`.
        Self(Some((data, cleanup_func)))
    }

    /// Prevents the cleanup function from running and returns the guarded data.
    pub fn dismiss(mut self) -> T {
        // INVARIANT: This is the exception case in the invariant; it is not visible to callers
        // because this function consumes `self`.
        self.0.take().unwrap().0
    }
}

impl<T, F: FnOnce(T)> Drop for ScopeGuard<T, F> {
    fn drop(&mut self) {
        // Run the cleanup function if one is still present.
        if let Some((data, cleanup)) = self.0.take() {
            cleanup(data)
        }
    }
}

/// Stores an opaque value.
///
/// [`Opaque<T>`] is meant to be used with FFI objects that are never interpreted by Rust code.
#[repr(transparent)]
pub struct Opaque<T> {
    value: UnsafeCell<MaybeUninit<T>>,
    _pin: PhantomPinned,
}

/// Types that are _always_ reference counted.
///
/// ```
/// # use kernel::types::{ARef, AlwaysRefCounted};
/// fn count<T: AlwaysRefCounted>(r: &ARef<T>) -> usize {
///     core::mem::size_of_val(r)
/// }
/// ```
pub unsafe trait AlwaysRefCounted {
    /// Increments the reference count on the object.
    fn inc_ref(&self);

    /// Decrements the reference count on the object.
    ///
    /// # Safety
    ///
    /// Callers must ensure that there was a previous matching increment to the reference count,
    /// and that the object is no longer used after its reference count is decremented.
    unsafe fn dec_ref(obj: NonNull<Self>);
}

/// An owned reference to an always-reference-counted object.
pub struct ARef<T: AlwaysRefCounted> {
    ptr: NonNull<T>,
    _p: PhantomData<T>,
}

impl<T: AlwaysRefCounted> Deref for ARef<T> {
    type Target = T;

    /// Dereferences to the object.
    ///
    /// ```
    /// # use kernel::types::ARef;
    /// fn name_len(task: &ARef<kernel::task::Task>) -> i32 {
    ///     task.pid()
    /// }
    /// ```
    fn deref(&self) -> &Self::Target {
        // SAFETY: The type invariants guarantee that the object is valid.
        unsafe { self.ptr.as_ref() }
    }
}

/// A trait for things that can describe themselves, used through references and trait objects.
pub trait Describe {
    /// Describes `self`.
    fn describe(&self) -> &'static str;
}

impl<'a, T: Describe + ?Sized> Describe for &'a T {
    /// References describe what they point at.
    ///
    /// ```
    /// # use kernel::types::Describe;
    /// struct S;
    /// impl Describe for S { fn describe(&self) -> &'static str { "s" } }
    /// assert_eq!((&S).describe(), "s");
    /// ```
    fn describe(&self) -> &'static str {
        (**self).describe()
    }
}

impl<'a> Describe for &'a mut [u8] {
    /// Mutable byte slices.
    ///
    /// ```
    /// # use kernel::types::Describe;
    /// let mut buf = [0u8; 4];
    /// assert_eq!((&mut buf[..]).describe(), "bytes");
    /// ```
    fn describe(&self) -> &'static str {
        "bytes"
    }
}

impl dyn Describe + Send {
    /// Inherent methods on a trait object type.
    ///
    /// ```
    /// # use kernel::types::Describe;
    /// struct S;
    /// impl Describe for S { fn describe(&self) -> &'static str { "s" } }
    /// let d: &(dyn Describe + Send) = &S;
    /// assert_eq!(d.loud(), "S");
    /// ```
    pub fn loud(&self) -> &'static str {
        "S"
    }
}

impl<T: Describe> Describe for [T; 2] {
    /// Arrays describe their first element.
    ///
    /// ```
    /// # use kernel::types::Describe;
    /// # struct S;
    /// # impl Describe for S { fn describe(&self) -> &'static str { "s" } }
    /// assert_eq!([S, S].describe(), "s");
    /// ```
    fn describe(&self) -> &'static str {
        self[0].describe()
    }
}

impl<F> Describe for fn(F) -> F {
    /// Function pointers.
    ///
    /// ```
    /// # use kernel::types::Describe;
    /// fn id(x: u8) -> u8 { x }
    /// assert_eq!((id as fn(u8) -> u8).describe(), "fn");
    /// ```
    fn describe(&self) -> &'static str {
        "fn"
    }
}

impl Describe for (u8, u16) {
    /// Tuples.
    ///
    /// ```
    /// # use kernel::types::Describe;
    /// assert_eq!((1u8, 2u16).describe(), "pair");
    /// ```
    fn describe(&self) -> &'static str {
        "pair"
    }
}

/// Zero-sized type to mark types not [`Send`].
///
/// Add this type as a field to your struct if your type should not be sent to a different task.
/// Since [`Send`] is an auto trait, adding a single field that is `!Send` will ensure that the
/// whole type is `!Send`.
pub type NotThreadSafe = PhantomData<*mut ()>;

/// Used to construct instances of type [`NotThreadSafe`] similar to how `PhantomData` is
/// constructed.
///
/// [`NotThreadSafe`]: type@NotThreadSafe
#[allow(non_upper_case_globals)]
pub const NotThreadSafe: NotThreadSafe = PhantomData;
