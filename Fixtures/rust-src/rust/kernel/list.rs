// SPDX-License-Identifier: GPL-2.0
// kunitgen: rustdoc-line-wrong (rustdoc drops the empty first line of a block doc comment)
/*!
 * A linked list implementation.
 *
 * ```
 * use kernel::list::*;
 * let mut list = List::<BasicItem>::new();
 * assert!(list.is_empty());
 * ```
 */

use crate::sync::ArcBorrow;
use crate::types::Opaque;
use core::iter::{DoubleEndedIterator, FusedIterator};
use core::marker::PhantomData;
use core::ptr;

// kunitgen: rustdoc-line-wrong (rustdoc drops the empty first line of a block doc comment)
/**
 * A linked list.
 *
 * All elements in this linked list will be [`ListArc`] references to the value. Since a value can
 * only have one `ListArc` (for each pair of prev/next pointers), this ensures that the same
 * prev/next pointers are not used for several linked lists.
 *
 * # Examples
 *
 * ```
 * use kernel::list::*;
 *
 * #[pin_data]
 * struct BasicItem {
 *     value: i32,
 *     #[pin]
 *     links: ListLinks,
 * }
 *
 * impl BasicItem {
 *     fn new(value: i32) -> Result<ListArc<Self>> {
 *         ListArc::pin_init(try_pin_init!(Self {
 *             value,
 *             links <- ListLinks::new(),
 *         }), GFP_KERNEL)
 *     }
 * }
 *
 * impl_list_arc_safe! {
 *     impl ListArcSafe<0> for BasicItem { untracked; }
 * }
 * impl_list_item! {
 *     impl ListItem<0> for BasicItem { using ListLinks { self.links }; }
 * }
 *
 * // Create a new empty list.
 * let mut list = List::new();
 * {
 *     assert!(list.is_empty());
 * }
 *
 * // Insert 3 elements using `push_back()`.
 * list.push_back(BasicItem::new(15)?);
 * list.push_back(BasicItem::new(10)?);
 * list.push_back(BasicItem::new(30)?);
 *
 * // Iterate over the list to verify the nodes were inserted correctly.
 * // [15, 10, 30]
 * {
 *     let mut iter = list.iter();
 *     assert_eq!(iter.next().unwrap().value, 15);
 *     assert_eq!(iter.next().unwrap().value, 10);
 *     assert_eq!(iter.next().unwrap().value, 30);
 *     assert!(iter.next().is_none());
 * }
 *
 * # Result::<(), Error>::Ok(())
 * ```
 */
pub struct List<T: ?Sized + ListItem<ID>, const ID: u64 = 0> {
    first: *mut ListLinksFields,
    _ty: PhantomData<ListArc<T, ID>>,
}

/** Implemented by types where a [`ListArc<Self>`] can be inserted into a [`List`].

A one-line opener keeps the text on the opener's line; no leading stars here.

```
use kernel::list::ListItem;
fn assert_item<T: ListItem<0>>() {}
```
*/
pub unsafe trait ListItem<const ID: u64 = 0>: ListArcSafe<ID> {
    /// Views the [`ListLinks`] for this value.
    ///
    /// # Safety
    ///
    /// The provided pointer must point at a valid value. (It need not be in an `Arc`.)
    unsafe fn view_links(me: *const Self) -> *mut ListLinks<ID>;
}

#[repr(C)]
#[derive(Copy, Clone)]
struct ListLinksFields {
    next: *mut ListLinksFields,
    prev: *mut ListLinksFields,
}

/// The prev/next pointers for an item in a linked list.
///
/// # Invariants
///
/// The fields are null if and only if this item is not in a list.
#[repr(transparent)]
pub struct ListLinks<const ID: u64 = 0> {
    // This type is `!Unpin` for aliasing reasons as the pointers are part of an intrusive linked
    // list.
    inner: Opaque<ListLinksFields>,
}

impl<T: ?Sized + ListItem<ID>, const ID: u64> List<T, ID> {
    /** Creates a new empty list. */
    pub const fn new() -> Self {
        Self {
            first: ptr::null_mut(),
            _ty: PhantomData,
        }
    }

    /** Returns whether this list is empty.
     *
     * ```
     * # use kernel::list::*;
     * let list = List::<BasicItem>::new();
     * assert!(list.is_empty());
     * ```
     */
    pub fn is_empty(&self) -> bool {
        self.first.is_null()
    }

    /// Add the provided item to the back of the list.
    ///
    /** Mixed forms: this part comes from a block comment, after two line comments.

    ```
    # use kernel::list::*;
    let mut list = List::<BasicItem>::new();
    list.push_back(BasicItem::new(1)?);
    # Ok::<(), Error>(())
    ```
    */
    /// And this line comes after it.
    pub fn push_back(&mut self, item: ListArc<T, ID>) {
        let raw_item = ListArc::into_raw(item);
        let _ = raw_item;
    }
}

/// An iterator over a [`List`].
///
/// # Invariants
///
/// * There must be a [`List`] that is immutably borrowed for the duration of `'a`.
/// * The `current` pointer is null or points at a value in that [`List`].
#[derive(Clone)]
pub struct Iter<'a, T: ?Sized + ListItem<ID>, const ID: u64 = 0> {
    current: *mut ListLinksFields,
    stop: *mut ListLinksFields,
    _ty: PhantomData<&'a ListArc<T, ID>>,
}

impl<'a, T: ?Sized + ListItem<ID>, const ID: u64> Iterator for Iter<'a, T, ID> {
    type Item = ArcBorrow<'a, T>;

    /// Yields the next element.
    ///
    /// ```
    /// # use kernel::list::*;
    /// let list = List::<BasicItem>::new();
    /// assert!(list.iter().next().is_none());
    /// ```
    fn next(&mut self) -> Option<ArcBorrow<'a, T>> {
        if self.current.is_null() {
            return None;
        }
        None
    }
}

impl<'a, T: ?Sized + ListItem<ID>, const ID: u64> FusedIterator for Iter<'a, T, ID> {}
