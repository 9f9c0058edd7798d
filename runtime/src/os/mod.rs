//! The operating system as the configuration layer sees it: environment variables, files
//! and the clock. Everything above reads the machine only through these values, so
//! a test can hand it a whole environment, a directory standing for `/`, and a fixed clock.

pub mod clock;
pub mod env;
pub mod fs;

pub use clock::Clock;
pub use env::Environment;
pub use fs::Fs;

/// The environment, filesystem and clock one configuration is resolved against.
#[derive(Debug, Clone, Default)]
pub struct Os {
    pub env: Environment,
    pub fs: Fs,
    pub clock: Clock,
}

impl Os {
    /// The real machine: the process environment, the real filesystem, the system clock.
    pub fn real() -> Self {
        Os {
            env: Environment::from_process(),
            ..Os::default()
        }
    }

    /// The real filesystem and clock with the environment `env`.
    pub fn with_env(env: Environment) -> Self {
        Os {
            env,
            ..Os::default()
        }
    }
}
