//! Shared config and credentials files (`~/.aws/config`, `~/.aws/credentials`).
