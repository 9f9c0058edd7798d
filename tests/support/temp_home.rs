//! A throwaway home directory with `~/.aws/`, for tests of the shared config and credentials
//! files that must not touch the real ones.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use awsgen_runtime::config::Environment;

/// A unique directory under the system temp dir, removed on drop.
pub struct TempHome {
    dir: PathBuf,
}

impl TempHome {
    /// `label` names the directory, to tell test suites apart when one is left behind.
    pub fn new(label: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "awsgen-{label}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join(".aws")).expect("create temp home");
        TempHome { dir }
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Writes `~/.aws/<name>`.
    pub fn write_aws(&self, name: &str, text: &str) -> PathBuf {
        self.write(&format!(".aws/{name}"), text)
    }

    /// Writes a file relative to the home directory.
    pub fn write(&self, relative: &str, text: &str) -> PathBuf {
        let path = self.dir.join(relative);
        fs::write(&path, text).expect("write temp file");
        path
    }

    /// An environment whose home is this directory, plus `vars`. EC2 instance metadata is
    /// turned off (`AWS_EC2_METADATA_DISABLED`) unless `vars` says otherwise, so the default
    /// chain does not probe the network.
    pub fn env(&self, vars: &[(&str, &str)]) -> Environment {
        let home = self.dir.to_str().expect("temp dir is UTF-8").to_string();
        let imds_off = ("AWS_EC2_METADATA_DISABLED".to_string(), "true".to_string());
        Environment::from_vars(
            [imds_off]
                .into_iter()
                .chain(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())))
                .chain([("HOME".to_string(), home)]),
        )
    }
}

impl Drop for TempHome {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}
