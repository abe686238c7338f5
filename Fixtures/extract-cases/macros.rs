//! Doc comments produced by `macro_rules!` expansions.

/// A macro with several rules; only the second one carries docs.
macro_rules! make_items {
    (plain $name:ident) => {
        pub struct $name;
    };
    (documented $name:ident) => {
        // kunitgen: rustdoc-line-wrong (rustdoc reports a line computed from the invocation)
        /// Documented by the second rule.
        ///
        /// ```
        /// let second_rule = 1;
        /// ```
        pub struct $name;
    };
}

make_items!(plain Quiet);
make_items!(documented Loud);
make_items! { documented Braced }
make_items![documented Bracketed];

/// Repetitions make one doctest per generated item, all from the same source lines.
macro_rules! many {
    ($($name:ident),* $(,)?) => {
        $(
            // kunitgen: rustdoc-line-wrong (rustdoc reports a line computed from the invocation)
            /// One of many.
            ///
            /// ```
            /// let one_of_many = 2;
            /// ```
            pub struct $name;
        )*
    };
}

many!(A, B, C);

pub mod inner {
    //! Invocations inside a module get the module in their path.

    macro_rules! local_fn {
        ($name:ident) => {
            // kunitgen: rustdoc-line-wrong (rustdoc reports a line computed from the invocation)
            /// A generated function.
            ///
            /// ```
            /// let generated_fn = 3;
            /// ```
            pub fn $name() {}
        };
    }

    local_fn!(generated);

    /// A generated impl block: methods get the type in their path.
    pub struct Holder;

    macro_rules! impl_methods {
        ($t:ty) => {
            impl $t {
                // kunitgen: rustdoc-line-wrong (rustdoc reports a line computed from the invocation)
                /// A generated method.
                ///
                /// ```
                /// let generated_method = 4;
                /// ```
                pub fn method(&self) {}
            }
        };
    }

    impl_methods!(Holder);
}

/// A macro whose docs come from its arguments.
macro_rules! with_docs {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        pub struct $name;
    };
}

// kunitgen: rustdoc-line-wrong (rustdoc reports a line computed from the invocation)
with_docs! {
    /// Docs passed in as arguments live at the invocation.
    ///
    /// ```
    /// let docs_from_arguments = 5;
    /// ```
    FromArgs
}

/// A macro defined and invoked inside a function body: items inside fn bodies are documented.
pub fn host() {
    macro_rules! in_fn {
        () => {
            // kunitgen: rustdoc-line-wrong (rustdoc reports a line computed from the invocation)
            /// Generated inside a function.
            ///
            /// ```
            /// let in_fn = 6;
            /// ```
            struct InFn;
        };
    }
    in_fn!();
}

/// The doc example below mentions a macro that is not expanded in docs:
///
/// ```
/// macro_rules! in_doc { () => { 7 } }
/// assert_eq!(in_doc!(), 7);
/// ```
pub fn mention() {}

/// A rule that ignores its docs (no `$(#[$meta])*` in the expansion).
macro_rules! swallow {
    ($(#[$meta:meta])* $name:ident) => {
        pub struct $name;
    };
}

swallow! {
    /// These docs are dropped by the expansion.
    ///
    /// ```
    /// let swallowed = 8;
    /// ```
    Swallowed
}
