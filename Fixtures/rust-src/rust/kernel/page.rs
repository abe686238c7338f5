// SPDX-License-Identifier: GPL-2.0

//! Kernel page allocation and management.
//!
//! Unicode in docs and identifiers: «Seiten», ページ, страница, 🦀.

use crate::{
    alloc::{AllocError, Flags},
    bindings,
    error::code::*,
    error::Result,
    uaccess::UserSliceReader,
};
use core::ptr::{self, NonNull};

/// A bitwise shift for the page size.
pub const PAGE_SHIFT: usize = bindings::PAGE_SHIFT as usize;

/// The number of bytes in a page.
///
/// ```
/// use kernel::page::{PAGE_SIZE, PAGE_SHIFT};
/// assert_eq!(PAGE_SIZE, 1 << PAGE_SHIFT);
/// ```
pub const PAGE_SIZE: usize = bindings::PAGE_SIZE;

/// A bitmask that gives the page containing a given address.
pub const PAGE_MASK: usize = !(PAGE_SIZE - 1);

/// Round up the given number to the next multiple of [`PAGE_SIZE`].
///
/// It is incorrect to pass an address where the next multiple of [`PAGE_SIZE`] doesn't fit in a
/// [`usize`].
///
/// ```
/// # use kernel::page::{page_align, PAGE_SIZE};
/// assert_eq!(page_align(1), PAGE_SIZE);
/// ```
pub const fn page_align(addr: usize) -> usize {
    // Parentheses around `PAGE_SIZE - 1` to avoid triggering overflow sanitizers in the wrong
    // cases.
    (addr + (PAGE_SIZE - 1)) & PAGE_MASK
}

/// A pointer to a page that owns the page allocation.
///
/// # Invariants
///
/// The pointer is valid, and has ownership over the page.
pub struct Page {
    page: NonNull<bindings::page>,
}

impl Page {
    /// Allocates a new page.
    ///
    /// # Examples
    ///
    /// Allocate memory for a page.
    ///
    /// ```
    /// use kernel::page::Page;
    ///
    /// let page = Page::alloc_page(GFP_KERNEL)?;
    /// # Ok::<(), kernel::alloc::AllocError>(())
    /// ```
    ///
    /// Allocate memory for a page and zero its contents.
    ///
    /// ```
    /// use kernel::page::Page;
    ///
    /// let page = Page::alloc_page(GFP_KERNEL | __GFP_ZERO)?;
    /// # Ok::<(), kernel::alloc::AllocError>(())
    /// ```
    #[inline]
    pub fn alloc_page(flags: Flags) -> Result<Self, AllocError> {
        // SAFETY: Depending on the value of `gfp_flags`, this call may sleep. Other than that, it
        // is always safe to call this method.
        let page = unsafe { bindings::alloc_pages(flags.as_raw(), 0) };
        let page = NonNull::new(page).ok_or(AllocError)?;
        // INVARIANT: We just successfully allocated a page, so we now have ownership of the newly
        // allocated page. We transfer that ownership to the new `Page` object.
        Ok(Self { page })
    }
}

/// Seitengröße in Bytes (a Unicode identifier).
///
/// ```
/// use kernel::page::Größe;
/// let größe: usize = Größe;
/// assert!(größe > 0);
/// ```
#[allow(non_upper_case_globals)]
pub const Größe: usize = PAGE_SIZE;

/// ページ — a struct with a non-ASCII name.
///
/// ```
/// # use kernel::page::ページ;
/// let p = ページ { 番号: 1 };
/// assert_eq!(p.番号, 1);
/// ```
#[allow(non_camel_case_types)]
pub struct ページ {
    /// The page number (番号).
    ///
    /// ```
    /// let 数 = 42; // 数 means "number"
    /// assert_eq!(数, 42);
    /// ```
    pub 番号: u32,
}

impl ページ {
    /// Methods of a non-ASCII type get names with that type in them.
    ///
    /// ```
    /// # use kernel::page::ページ;
    /// assert_eq!(ページ::größe(), 4096);
    /// ```
    pub fn größe() -> usize {
        4096
    }
}
