//! The one path generated code takes into this crate: `::awsgen_runtime::__private::...`.
//!
//! Not public API. Generated code is rebuilt with the runtime it runs on, so what is named here
//! may move or change in any release; the modules behind it can be reorganised without
//! breaking a user's build as long as this list still names what the generator emits.

pub use crate::client::{Client, ServiceHandle};
pub use crate::error::{self, Error, ErrorMetadata, OperationError};
pub use crate::idempotency::idempotency_token;
pub use crate::json::{self, Blob, Document};
/// The shared loop and member helpers of generated structures' JSON code.
pub mod json_structure {
    pub use crate::json_structure::{member, read_structure};
}
pub use crate::paginate::{self, PageItems, PageSize, Pages};
pub use crate::request_id::{self, EmptyOutput, RequestId};
pub use crate::sensitive::{self, REDACTED};
pub use crate::time::DateTime;
pub use crate::validate::{self, BuildError, ValidationErrors};
pub use crate::waiter::{self, FinalPoll, WaitOptions, WaiterError};
pub use crate::{protocol, NonExhaustive};

/// The serde that `athena_operation!(serde = true, ...)` derives go through
/// (`#[serde(crate = "::awsgen_runtime::__private::serde")]`), so users need no serde
/// dependency of their own.
#[cfg(feature = "serde")]
pub use serde;

/// What the serde impls of generated error enums call.
#[cfg(feature = "serde")]
pub use crate::error_serde;
