//! bench/ours's request and CPU path, as its criterion bench includes them.

#[allow(dead_code)]
#[path = "../../ours/src/request.rs"]
pub mod request;

#[path = "../../ours/src/cpu_path.rs"]
pub mod cpu_path;
