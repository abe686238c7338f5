// SPDX-License-Identifier: GPL-2.0

//! Work queues.
//!
//! This file has two components: The raw work item API, and the safe work item API.
//!
//! One pattern that is used in both APIs is the `ID` const generic, which exists to allow a single
//! type to define multiple `work_struct` fields. This is done by choosing an id for each field,
//! and using that id to specify which field you wish to use. (The actual value doesn't matter, as
//! long as you use different values for different fields of the same struct.) Since these IDs are
//! generic, they are used only at compile-time, so they shouldn't exist in the final binary.
//!
//! # The raw API
//!
//! The raw API consists of the [`RawWorkItem`] trait, where the work item needs to provide an
//! arbitrary function that knows how to enqueue the work item. It should usually not be used
//! directly, but if you want to, you can use it without using the pieces from the safe API.
//!
//! # The safe API
//!
//! The safe API is used via the [`Work`] struct and [`WorkItem`] traits. Furthermore, it also
//! includes a trait called [`WorkItemPointer`], which is usually not used directly by the user.
//!
//!  * The [`Work`] struct is the Rust wrapper for the C `work_struct` type.
//!  * The [`WorkItem`] trait is implemented for structs that can be enqueued to a workqueue.
//!  * The [`WorkItemPointer`] trait is implemented for the pointer type that points at a something
//!    that implements [`WorkItem`].
//!
//! ## Examples
//!
//! This example defines a struct that holds an integer and can be scheduled on the workqueue. When
//! the struct is executed, it will print the integer. Since there is only one `work_struct` field,
//! we do not need to specify ids for the fields.
//!
//! ```
//! use kernel::sync::Arc;
//! use kernel::workqueue::{self, impl_has_work, new_work, Work, WorkItem};
//!
//! #[pin_data]
//! struct MyStruct {
//!     value: i32,
//!     #[pin]
//!     work: Work<MyStruct>,
//! }
//!
//! impl_has_work! {
//!     impl HasWork<Self> for MyStruct { self.work }
//! }
//!
//! impl MyStruct {
//!     fn new(value: i32) -> Result<Arc<Self>> {
//!         Arc::pin_init(pin_init!(MyStruct {
//!             value,
//!             work <- new_work!("MyStruct::work"),
//!         }), GFP_KERNEL)
//!     }
//! }
//!
//! impl WorkItem for MyStruct {
//!     type Pointer = Arc<MyStruct>;
//!
//!     fn run(this: Arc<MyStruct>) {
//!         pr_info!("The value is: {}\n", this.value);
//!     }
//! }
//!
//! /// This method will enqueue the struct for execution on the system workqueue, where its value
//! /// will be printed.
//! fn print_later(val: Arc<MyStruct>) {
//!     let _ = workqueue::system().enqueue(val);
//! }
//! # print_later(MyStruct::new(42).unwrap());
//! ```
//!
//! C header: [`include/linux/workqueue.h`](srctree/include/linux/workqueue.h)

use crate::alloc::{AllocError, Flags};
use crate::{prelude::*, sync::Arc, sync::LockClassKey, types::Opaque};
use core::marker::PhantomData;

/// Markdown in item docs: the places a code block can hide.
///
/// Tilde fences work like backtick fences:
///
/// ~~~
/// let tilde = 1;
/// ~~~
///
/// A longer fence can contain a shorter one, and only a fence at least as long closes it:
///
/// ````
/// let s = r"
/// ```
/// ";
/// `````
///
/// ~~~~rust
/// let tilde_with_info = "
/// ~~~
/// ";
/// ~~~~
///
/// A backtick fence may not have backticks in its info string, so this line is a paragraph with
/// inline code: ```not a fence ```
///
/// A closing fence may be indented up to three spaces and followed by spaces:
///
///    ```
///    let indented_fence = 3;
///      let more = 5;
///   ```   
///
/// Indented code blocks are tests too (rustdoc treats them as Rust):
///
///     let indented = 4;
///     assert_eq!(indented, 4);
///
/// - A list item with a code block:
///
///   ```
///   let in_list = 1;
///   ```
///
/// - A nested list:
///   1. with an ordered item holding code
///
///      ```no_run
///      let nested = 2;
///      ```
///
/// > A block quote with code:
/// >
/// > ```
/// > let quoted = 3;
/// > ```
///
/// > Lazy continuation inside a quote
/// ```
/// let after_quote = 4;
/// ```
///
/// <div class="warning">
///
/// ```
/// let in_html = 5;
/// ```
///
/// </div>
///
/// <pre>
/// ```
/// not code: inside an HTML block
/// ```
/// </pre>
///
/// <!--
/// ```
/// not code either: an HTML comment
/// ```
/// -->
///
/// Unicode around code: «Grüße», 日本語, 🦀.
///
/// ```
/// let crab = "🦀"; // Ünïcödé
/// assert_eq!(crab.chars().count(), 1);
/// ```
pub struct Queue {
    inner: Opaque<bindings::workqueue_struct>,
}

/// Tabs: a tab after `///` counts as indentation (four columns).
///
///	```
///	let after_tab = 1;
///	```
///
///	    let tab_indented = 2;
///
/// Text.
///
///		let two_tabs = 3;
pub struct Work<T: ?Sized, const ID: u64 = 0> {
    work: Opaque<bindings::work_struct>,
    _inner: PhantomData<T>,
}

impl Queue {
    /// Enqueues a work item.
    ///
    /// This may fail if the work item is already enqueued in a workqueue.
    ///
    /// The work item will be submitted using `WORK_CPU_UNBOUND`.
    ///
    /// ```
    /// # use kernel::workqueue;
    /// # use kernel::sync::Arc;
    /// # fn f(item: Arc<MyStruct>) {
    /// let _ = workqueue::system().enqueue(item);
    /// # }
    /// ```
    ///
    /// Code after a list needs a blank line, otherwise it is part of the item:
    ///
    /// * item
    /// ```
    /// let belongs_to_document = 6;
    /// ```
    ///
    /// ```
    /// let left_open = "the fence is never closed; the block runs to the end of the doc comment";
    pub fn enqueue<W, const ID: u64>(&self, w: W) -> W::EnqueueOutput
    where
        W: RawWorkItem<ID> + Send + 'static,
    {
        todo!()
    }

    /// Tries to spawn the given function or closure as a work item.
    ///
    ///    let three_spaces_is_not_indented_code = 1;
    ///
    /// ```
    /// # use kernel::workqueue;
    /// workqueue::system().try_spawn(GFP_KERNEL, || pr_info!("spawned\n"))?;
    /// # Ok::<(), Error>(())
    /// ```
    pub fn try_spawn<T: 'static + Send + FnOnce()>(
        &self,
        flags: Flags,
        func: T,
    ) -> Result<(), AllocError> {
        todo!()
    }
}

/// A raw work item.
///
/// This is the low-level trait that is designed for being as general as possible.
///
/// ```text
/// enqueue -> __enqueue -> closure -> queue_work_on
/// ```
///
/// ```c
/// bool queue_work_on(int cpu, struct workqueue_struct *wq, struct work_struct *work);
/// ```
///
/// ```sh
/// $ echo 1 > /sys/module/workqueue/parameters/debug_force_rr_cpu
/// ```
///
/// # Safety
///
/// Implementers must ensure that any pointers passed to a `queue_work_on` closure by [`__enqueue`]
/// remain valid for the duration specified in the guarantees section of the documentation for
/// [`__enqueue`].
pub unsafe trait RawWorkItem<const ID: u64> {
    /// The return type of [`Queue::enqueue`].
    type EnqueueOutput;
}

/// Returns the system work queue (`system_wq`).
///
/// It is the one used by `schedule[_delayed]_work[_on]()`. Multi-CPU multi-threaded. There are
/// users which expect relatively short queue flush time.
///
/// Callers shouldn't queue work items which can run for too long.
pub fn system() -> &'static Queue {
    // SAFETY: `system_wq` is a C global, always available.
    unsafe { Queue::from_raw(bindings::system_wq) }
}
