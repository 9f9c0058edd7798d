//! What a caller may ask of the generator beyond the model and the operations.

/// Generation options; `Options::default()` is what `athena_operation!` does without options.
///
/// ```
/// let options = awsgen_codegen::Options::default().with_serde(true);
/// assert!(options.serde);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Derive serde's `Serialize` and `Deserialize` on every generated structure, union and
    /// enum, with the model's member names (`@jsonName` where given) as keys. The generated
    /// code then needs awsgen-runtime's `serde` feature. Members marked `@sensitive` are
    /// serialized like the others: only `Debug` redacts them.
    pub serde: bool,
}

impl Options {
    /// These options with serde derives on or off.
    pub fn with_serde(mut self, serde: bool) -> Self {
        self.serde = serde;
        self
    }
}
