//! The JSON interface of the `sign` tool (placeholder).
