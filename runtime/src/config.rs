//! Region and endpoint resolution.
