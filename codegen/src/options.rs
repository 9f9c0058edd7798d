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
    /// Builders for the types only responses carry (operation outputs, modeled errors and the
    /// structures reachable only from them), for tests that fake responses. Without them those
    /// types are still built with a struct literal: their fields are public and they implement
    /// `Default`. awsgen-runtime's `test-util` feature turns this on in `athena_operation!`;
    /// off by default, because most users only read responses and the builders are a sixth of
    /// a whole service's generated code.
    pub output_builders: bool,
}

impl Options {
    /// These options with serde derives on or off.
    pub fn with_serde(mut self, serde: bool) -> Self {
        self.serde = serde;
        self
    }

    /// These options with builders for response-only types on or off.
    pub fn with_output_builders(mut self, output_builders: bool) -> Self {
        self.output_builders = output_builders;
        self
    }
}
