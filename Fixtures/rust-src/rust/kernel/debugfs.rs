// SPDX-License-Identifier: GPL-2.0

//! DebugFS Abstraction
//!
//! C header: [`include/linux/debugfs.h`](srctree/include/linux/debugfs.h)
//!
//! Most items here only exist with `CONFIG_DEBUG_FS`; the differential suite also runs this file
//! with `--cfg CONFIG_DEBUG_FS`.

use crate::prelude::*;
use crate::str::CStr;
use crate::sync::Arc;

/// Owning handle to a DebugFS directory.
///
/// The directory in the filesystem represented by [`Dir`] will be removed when handle has been
/// dropped *and* all children have been removed.
///
/// ```
/// # use kernel::c_str;
/// # use kernel::debugfs::Dir;
/// let dir = Dir::new(c_str!("my_debug_dir"));
/// # let _ = dir;
/// ```
#[derive(Clone)]
pub struct Dir(#[cfg(CONFIG_DEBUG_FS)] Option<Arc<Entry>>);

impl Dir {
    /// Create a new directory in DebugFS. If `parent` is [`None`], it will be created at the root.
    fn create(name: &CStr, parent: Option<&Dir>) -> Self {
        #[cfg(CONFIG_DEBUG_FS)]
        {
            let parent_entry = match parent {
                // If the parent failed to allocate, fail here too.
                Some(Dir(None)) => return Self(None),
                Some(Dir(Some(entry))) => Some(entry.clone()),
                None => None,
            };
            Self(Arc::new(Entry::dynamic_dir(name, parent_entry), GFP_KERNEL).ok())
        }
        #[cfg(not(CONFIG_DEBUG_FS))]
        Self()
    }

    /// Creates a subdirectory, only when DebugFS is built in.
    ///
    /// ```
    /// # use kernel::{c_str, debugfs::Dir};
    /// let parent = Dir::new(c_str!("parent"));
    /// let child = parent.subdir(c_str!("child"));
    /// # let _ = child;
    /// ```
    #[cfg(CONFIG_DEBUG_FS)]
    pub fn subdir(&self, name: &CStr) -> Self {
        Dir::create(name, Some(self))
    }

    /// The stub used when DebugFS is disabled.
    ///
    /// ```
    /// # use kernel::{c_str, debugfs::Dir};
    /// let d = Dir::new(c_str!("x")).subdir(c_str!("y"));
    /// # let _ = d;
    /// ```
    #[cfg(not(CONFIG_DEBUG_FS))]
    pub fn subdir(&self, _name: &CStr) -> Self {
        Self()
    }
}

/// Owning handle to a DebugFS entry.
///
/// ```
/// # use kernel::debugfs::Entry;
/// let _ = core::mem::size_of::<Entry>();
/// ```
#[cfg(CONFIG_DEBUG_FS)]
pub struct Entry {
    entry: *mut bindings::dentry,
    // If we were created with an owning parent, this is the keep-alive
    _parent: Option<Arc<Entry>>,
}

/// Either DebugFS or tracing must be on for this one.
///
/// ```
/// let either = 1;
/// ```
#[cfg(any(CONFIG_DEBUG_FS, CONFIG_TRACING))]
pub fn either() {}

/// Both DebugFS and the kernel's Rust support must be on for this one.
///
/// ```
/// let both = 1;
/// ```
#[cfg(all(CONFIG_DEBUG_FS, CONFIG_RUST))]
pub fn both() {}

/// Present whenever rustdoc collects doctests, whatever the configuration.
///
/// ```
/// let only_under_doc = 1;
/// ```
#[cfg(doc)]
pub fn documented_only() {}

/// Present when rustdoc collects doctests (`cfg(doctest)` is set then).
///
/// ```
/// let only_under_doctest = 1;
/// ```
#[cfg(doctest)]
pub fn doctest_only() {}

/// Absent: `cfg(test)` is not set when doctests are collected.
///
/// ```
/// let only_under_test = 1;
/// ```
#[cfg(test)]
pub fn test_only() {}

/// Host configuration predicates hold (rustdoc collects for its host, x86_64 Linux here).
///
/// ```
/// let host = 1;
/// ```
#[cfg(all(target_os = "linux", not(target_os = "windows")))]
pub fn host_linux() {}

// kunitgen: rustdoc-line-wrong[not CONFIG_DEBUG_FS] (inactive cfg_attr fragments above the fence shift rustdoc's line)
/// A `cfg_attr` that adds a doc line only with DebugFS.
#[cfg_attr(CONFIG_DEBUG_FS, doc = "")]
#[cfg_attr(CONFIG_DEBUG_FS, doc = "With DebugFS, this line is part of the docs.")]
///
/// ```
/// let cfg_attr_gated_text = 1;
/// ```
pub fn gated_text() {}

/// The whole example comes from `cfg_attr`s, so it exists only with DebugFS.
#[cfg_attr(CONFIG_DEBUG_FS, doc = "```")]
#[cfg_attr(CONFIG_DEBUG_FS, doc = "let cfg_attr_example = 1;")]
#[cfg_attr(CONFIG_DEBUG_FS, doc = "```")]
pub fn gated_example() {}

/// A `cfg_attr` that can hide the item's own `cfg`: `cfg_attr(not(X), cfg(doc))`.
///
/// ```
/// let nested_cfg_attr = 1;
/// ```
#[cfg_attr(not(CONFIG_DEBUG_FS), cfg(doc))]
pub fn nested() {}

/// An inline module that exists only with DebugFS; everything inside goes with it.
#[cfg(CONFIG_DEBUG_FS)]
pub mod file_ops {
    // kunitgen: rustdoc-line-wrong[CONFIG_DEBUG_FS] (rustdoc counts outer and inner fragments as if adjacent)
    //! Inner docs of a gated module.
    //!
    //! ```
    //! let gated_module = 1;
    //! ```

    /// ```
    /// let gated_module_item = 2;
    /// ```
    pub fn read() {}
}
