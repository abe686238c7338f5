// SPDX-License-Identifier: GPL-2.0

//! Tasks (threads and processes).
//!
//! C header: [`include/linux/sched.h`](srctree/include/linux/sched.h).
//!
//! The docs in this file use every way of writing documentation that the kernel tree uses.

use crate::{
    bindings,
    ffi::{c_int, c_long, c_uint},
    pid_namespace::PidNamespace,
    types::{ARef, NotThreadSafe, Opaque},
};
use core::{
    cmp::{Eq, PartialEq},
    ops::Deref,
    ptr,
};

/// A sentinel value used for infinite timeouts.
pub const MAX_SCHEDULE_TIMEOUT: c_long = c_long::MAX;

/// Bitmask for tasks that are sleeping in an interruptible state.
pub const TASK_INTERRUPTIBLE: c_int = bindings::TASK_INTERRUPTIBLE as c_int;

/// Returns the currently running task.
///
/// ```
/// fn print_current_pid() {
///     pr_info!("pid: {}\n", current!().pid());
/// }
/// ```
#[macro_export]
macro_rules! current {
    () => {
        // SAFETY: This expression creates a temporary value that is dropped at the end of the
        // caller's scope. The following mechanisms ensure that the resulting `&CurrentTask` cannot
        // leave current task context:
        unsafe { &*$crate::task::Task::current() }
    };
}

#[doc = "Wraps the kernel's `struct task_struct`."]
#[doc = ""]
#[doc = "# Examples"]
#[doc = ""]
#[doc = "The following is an example of getting the PID of the current thread with zero additional"]
#[doc = "cost when compared to the C version:"]
#[doc = ""]
#[doc = "```"]
#[doc = "let pid = current!().pid();"]
#[doc = "```"]
#[repr(transparent)]
pub struct Task(pub(crate) Opaque<bindings::task_struct>);

#[doc = "A multi-line doc string
that carries a code block:

```
let multi_line_doc_string = \"with \\\"escapes\\\"\";
assert!(multi_line_doc_string.contains('\"'));
```
"]
pub struct CurrentTask(Task, NotThreadSafe);

#[doc = r#"A raw doc string: nothing is escaped, "quotes" stay.

```
let raw = r"C:\path\no\escapes";
assert_eq!(raw.len(), 18);
```
"#]
pub struct Pid(c_int);

#[doc = r##"A raw string with hashes may contain "# and even `///` or `/*`:

```
let hashes = "/* still code */";
# let _ = hashes;
```"##]
pub struct Kuid(bindings::kuid_t);

// kunitgen: rustdoc-line-wrong (escaped newlines: rustdoc counts them, the fence is on this line)
#[doc = "Escapes instead of line breaks.\n\n```\nlet escaped_newlines = 1;\n```"]
pub struct Tgid(c_int);

// kunitgen: rustdoc-line-wrong (a `\` line continuation removes a line break rustdoc counts on)
/// A line continuation in a doc string joins two source lines into one doc line.
#[doc = "First part, \
         continued on the next source line.

```
let after_continuation = 1;
```"]
pub struct Session(c_int);

/// Unicode escapes in a doc string: \u{1F980} is a crab.
#[doc = "Crab: \u{1F980}, tab:\tend.

```
let unicode_escape = '\u{1F980}';
```"]
pub struct Nice(c_int);

/// Sugared line, then attribute, then a block comment, then more lines: one doc.
#[doc = "An attribute fragment."]
/** A block fragment. */
/// A final line fragment.
///
/// ```
/// let mixed_fragments = 1;
/// ```
pub struct Policy(c_uint);

/// An active `cfg_attr` adds a fragment in place.
#[cfg_attr(doc, doc = "This line is present whenever rustdoc runs.")]
///
/// ```
/// let active_cfg_attr = 1;
/// ```
pub struct Priority(c_int);

// kunitgen: rustdoc-line-wrong[not CONFIG_SCHED_DEBUG] (an inactive cfg_attr fragment above the fence shifts rustdoc's line)
/// An inactive `cfg_attr` drops its fragment and shifts rustdoc's line.
#[cfg_attr(CONFIG_SCHED_DEBUG, doc = "Only with scheduler debugging.")]
///
/// ```
/// let inactive_cfg_attr = 1;
/// ```
pub struct SchedStats(c_int);

/// An inactive `cfg_attr` after the code block changes nothing.
///
/// ```
/// let inactive_after = 1;
/// ```
#[cfg_attr(CONFIG_SCHED_DEBUG, doc = "Only with scheduler debugging.")]
pub struct SchedInfo(c_int);

// kunitgen: rustdoc-line-wrong (non-doc attribute lines between fragments are not counted by rustdoc)
/// Other `doc(...)` attributes are not text.
#[doc(alias = "task_struct")]
#[doc(hidden)]
///
/// ```
/// let doc_alias_and_hidden = 1;
/// ```
pub struct Hidden;

impl Task {
    /// Returns a raw pointer to the current task.
    ///
    /// It is up to the user to use the pointer correctly.
    #[inline]
    pub fn current_raw() -> *mut bindings::task_struct {
        // SAFETY: Getting the current pointer is always safe.
        unsafe { bindings::get_current() }
    }

    #[doc = "Returns the PID of the given task."]
    ///
    /// ```
    /// let pid = current!().pid();
    /// # let _ = pid;
    /// ```
    #[inline]
    pub fn pid(&self) -> Pid {
        // SAFETY: The pid of a task never changes after initialization, so reading this field is
        // not a data race.
        unsafe { *ptr::addr_of!((*self.as_ptr()).pid) }
    }

    /// Wakes up the task.
    pub fn wake_up(&self) {
        // SAFETY: It's always safe to call `wake_up_process` on a valid task, even if the task
        // running.
        unsafe { bindings::wake_up_process(self.as_ptr()) };
    }
}
