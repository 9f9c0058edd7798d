//! bench/sdk's request and CPU path, as its criterion bench includes them.

#[allow(dead_code)]
#[path = "../../sdk/src/request.rs"]
pub mod request;

#[path = "../../sdk/src/cpu_path.rs"]
pub mod cpu_path;
