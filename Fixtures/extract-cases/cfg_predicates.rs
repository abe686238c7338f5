//! Configuration predicates as rustdoc evaluates them when collecting doctests.

/// `all()` is true.
///
/// ```
/// let all_empty = 1;
/// ```
#[cfg(all())]
pub fn all_empty() {}

/// `any()` is false.
///
/// ```
/// let any_empty = 1;
/// ```
#[cfg(any())]
pub fn any_empty() {}

/// `not(any())` is true.
///
/// ```
/// let not_any_empty = 1;
/// ```
#[cfg(not(any()))]
pub fn not_any_empty() {}

/// Key-value predicates of the host.
///
/// ```
/// let pointer_width = 64;
/// ```
#[cfg(target_pointer_width = "64")]
pub fn pointer_width_64() {}

/// A key-value predicate that does not hold.
///
/// ```
/// let pointer_width = 32;
/// ```
#[cfg(target_pointer_width = "32")]
pub fn pointer_width_32() {}

/// Features are not set unless given with `--cfg 'feature="x"'`.
///
/// ```
/// let feature = 1;
/// ```
#[cfg(feature = "alloc")]
pub fn feature_alloc() {}

/// `panic = "unwind"` holds for the host.
///
/// ```
/// let unwind = 1;
/// ```
#[cfg(panic = "unwind")]
pub fn unwind() {}

/// `target_family = "unix"` and `unix` hold.
///
/// ```
/// let unix = 1;
/// ```
#[cfg(all(unix, target_family = "unix", target_endian = "little"))]
pub fn unix() {}

/// `windows` does not hold.
///
/// ```
/// let windows = 1;
/// ```
#[cfg(windows)]
pub fn windows() {}

/// Several `cfg` attributes must all hold.
///
/// ```
/// let two_cfgs = 1;
/// ```
#[cfg(unix)]
#[cfg(not(CONFIG_X))]
pub fn two_cfgs() {}

/// `cfg_attr` can produce a `cfg`.
///
/// ```
/// let cfg_attr_cfg = 1;
/// ```
#[cfg_attr(unix, cfg(CONFIG_X))]
pub fn cfg_attr_cfg() {}

// kunitgen: rustdoc-line-wrong (all fragments sit on one source line; rustdoc counts them as lines)
/// `cfg_attr` with several attributes and a nested `cfg_attr`.
#[cfg_attr(all(), doc = "", doc = "```", cfg_attr(unix, doc = "let nested_cfg_attr = 1;"), doc = "```")]
pub fn nested_cfg_attr() {}

/// Items inside a removed impl are removed with it.
pub struct Gated;

#[cfg(CONFIG_X)]
impl Gated {
    /// ```
    /// let gated_impl_method = 1;
    /// ```
    pub fn method() {}
}

impl Gated {
    /// ```
    /// let kept_method = 1;
    /// ```
    pub fn kept() {}

    /// ```
    /// let gated_method = 1;
    /// ```
    #[cfg(CONFIG_X)]
    pub fn gated() {}
}

/// Variants and fields can be gated too.
pub enum Mode {
    /// ```
    /// let kept_variant = 1;
    /// ```
    Kept,
    /// ```
    /// let gated_variant = 1;
    /// ```
    #[cfg(CONFIG_X)]
    Gated,
}

/// Trait items can be gated.
pub trait Ops {
    /// ```
    /// let gated_trait_item = 1;
    /// ```
    #[cfg(CONFIG_X)]
    fn gated();

    /// ```
    /// let kept_trait_item = 1;
    /// ```
    fn kept();
}

/// `CONFIG_X="y"`-style values are not the same as the bare name.
///
/// ```
/// let config_value = 1;
/// ```
#[cfg(CONFIG_X = "y")]
pub fn config_value() {}

/// `doc` and `doctest` are both set while collecting doctests.
///
/// ```
/// let doc_and_doctest = 1;
/// ```
#[cfg(all(doc, doctest, not(test)))]
pub fn doc_and_doctest() {}

/// `debug_assertions` holds (rustdoc does not optimise).
///
/// ```
/// let debug_assertions = 1;
/// ```
#[cfg(debug_assertions)]
pub fn debug_assertions() {}

/// A gated `mod` declaration without a file is simply skipped when the cfg is off.
#[cfg(CONFIG_X)]
mod missing_file;
