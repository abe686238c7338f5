// SPDX-License-Identifier: GPL-2.0

//! Synchronisation primitives.
//!
//! This module contains the kernel APIs related to synchronisation that have been ported or
//! wrapped for usage by Rust code in the kernel.

use crate::prelude::*;
use crate::types::Opaque;

mod arc;
pub mod lock;

pub use arc::{Arc, ArcBorrow, UniqueArc};
pub use lock::mutex::{new_mutex, Mutex, MutexGuard};
pub use lock::spinlock::{new_spinlock, SpinLock, SpinLockGuard};

/// Represents a lockdep class. It's a wrapper around C's `lock_class_key`.
#[repr(transparent)]
#[pin_data(PinnedDrop)]
pub struct LockClassKey {
    #[pin]
    inner: Opaque<bindings::lock_class_key>,
}

// SAFETY: `bindings::lock_class_key` is designed to be used concurrently from multiple threads and
// provides its own synchronization.
unsafe impl Sync for LockClassKey {}

impl LockClassKey {
    /// Initializes a dynamically allocated lock class key. In the common case of using a
    /// statically allocated lock class key, the static_lock_class! macro should be used instead.
    ///
    /// # Examples
    /// ```
    /// # use kernel::c_str;
    /// # use kernel::alloc::KBox;
    /// # use kernel::types::ForeignOwnable;
    /// # use kernel::sync::{LockClassKey, SpinLock};
    /// # use pin_init::stack_pin_init;
    ///
    /// let key = KBox::pin_init(LockClassKey::new_dynamic(), GFP_KERNEL)?;
    /// let key_ptr = key.into_foreign();
    ///
    /// {
    ///     stack_pin_init!(let num: SpinLock<u32> = SpinLock::new(
    ///         0,
    ///         c_str!("my_spinlock"),
    ///         // SAFETY: `key_ptr` is returned by the above `into_foreign()`, whose
    ///         // `from_foreign()` has not yet been called.
    ///         unsafe { <Pin<KBox<LockClassKey>> as ForeignOwnable>::borrow(key_ptr) }
    ///     ));
    /// }
    ///
    /// // SAFETY: We dropped `num`, the only use of the key, so we can free it.
    /// drop(unsafe { <Pin<KBox<LockClassKey>> as ForeignOwnable>::from_foreign(key_ptr) });
    ///
    /// # Ok::<(), Error>(())
    /// ```
    pub fn new_dynamic() -> impl PinInit<Self> {
        pin_init!(Self {
            // SAFETY: lockdep_register_key expects an uninitialized block of memory
            inner <- Opaque::ffi_init(|slot| unsafe { bindings::lockdep_register_key(slot) })
        })
    }

    pub(crate) fn as_ptr(&self) -> *mut bindings::lock_class_key {
        self.inner.get()
    }
}

/// Defines a new static lock class and returns a pointer to it.
///
/// ```
/// # use kernel::static_lock_class;
/// let class = static_lock_class!();
/// # let _ = class;
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! static_lock_class {
    () => {{
        static CLASS: $crate::sync::LockClassKey =
            // SAFETY: lockdep expects uninitialized memory when it's handed a statically allocated
            // lock_class_key
            unsafe { ::core::mem::MaybeUninit::uninit().assume_init() };
        $crate::prelude::Pin::static_ref(&CLASS)
    }};
}

/// Inline submodule with its own docs.
pub mod barrier {
    // kunitgen: rustdoc-line-wrong (rustdoc counts outer and inner fragments as if adjacent)
    //! Memory barriers.
    //!
    //! These primitives have the same semantics as their C counterparts: and the precise
    //! definitions of semantics can be found at [`LKMM`].
    //!
    //! ```
    //! use kernel::sync::barrier::smp_mb;
    //! smp_mb();
    //! ```
    //!
    //! [`LKMM`]: srctree/tools/memory-model/

    /// A compiler barrier.
    ///
    /// A barrier that prevents compiler from reordering memory accesses across the barrier.
    #[inline(always)]
    pub(crate) fn barrier() {
        // By default, Rust inline asms are treated as being able to access any memory or flags,
        // hence it suffices as a compiler barrier.
        //
        // SAFETY: An empty asm block.
        unsafe { core::arch::asm!("") };
    }

    /// A full memory barrier.
    ///
    /// ```
    /// # use kernel::sync::barrier::smp_mb;
    /// smp_mb();
    /// ```
    #[inline(always)]
    pub fn smp_mb() {
        if cfg!(CONFIG_SMP) {
            // SAFETY: `smp_mb()` is safe to call.
            unsafe { bindings::smp_mb() };
        } else {
            barrier();
        }
    }

    /// A config-gated inline module is removed with everything inside it.
    #[cfg(CONFIG_ARCH_HAS_NOT_A_REAL_OPTION)]
    pub mod gated {
        /// ```
        /// let never_seen = 1;
        /// ```
        pub fn hidden() {}
    }
}
