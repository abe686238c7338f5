//! Inner doc comments document the enclosing item, wherever they appear.

/// Outer docs of a function that also has inner docs.
///
/// ```
/// let outer = 1;
/// ```
pub fn with_inner() {
    // kunitgen: rustdoc-line-wrong (rustdoc counts outer and inner fragments as if adjacent)
    //! Inner docs inside the function body.
    //!
    //! ```
    //! let inner = 2;
    //! ```
    let x = 1;
    /// Docs on a statement are not item docs (rustc warns, rustdoc ignores them).
    ///
    /// ```
    /// let on_statement = 3;
    /// ```
    let y = x;
    let _ = y;
}

pub mod m {
    /*! Inner block docs of a module.

    ```
    let inner_block = 4;
    ```
    */

    /// A function inside an inline module.
    ///
    /// ```
    /// let nested_item = 5;
    /// ```
    pub fn f() {
        /// Items nested in function bodies are documented but not reachable by path.
        ///
        /// ```
        /// let fn_local_item = 6;
        /// ```
        fn local() {}
        local();
    }
}

pub trait T {
    //! Inner docs of a trait.
    //!
    //! ```
    //! let trait_inner = 7;
    //! ```

    /// Required method.
    ///
    /// ```
    /// let required = 8;
    /// ```
    fn required(&self);
}

impl T for () {
    //! Inner docs of an impl.
    //!
    //! ```
    //! let impl_inner = 9;
    //! ```
    fn required(&self) {}
}

/// `extern` blocks: foreign items have docs too.
///
/// ```
/// let extern_block = 10;
/// ```
extern "C" {
    /// A foreign function.
    ///
    /// ```
    /// let foreign_fn = 11;
    /// ```
    fn foreign_fn();

    /// A foreign static.
    ///
    /// ```
    /// let foreign_static = 12;
    /// ```
    static FOREIGN: u32;
}

/// Const blocks and anonymous consts do not make named items.
const _: () = {
    /// A struct inside an anonymous const.
    ///
    /// ```
    /// let in_anon_const = 13;
    /// ```
    pub struct Hidden;
};

/// Type aliases, trait aliases and associated types.
pub type Alias = u32;

/// An enum with a variant that has fields with docs.
pub enum E {
    /// A struct-like variant.
    V {
        /// A named field of a variant.
        ///
        /// ```
        /// let variant_field = 14;
        /// ```
        field: u32,
    },
    /// A tuple variant.
    W(
        /// A positional field.
        ///
        /// ```
        /// let tuple_field = 15;
        /// ```
        u8,
    ),
}
