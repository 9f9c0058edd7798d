//! Environment variables and the home directory, as a value: the process's, or a test's.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// The proxy variables curl and the AWS SDKs read, kept whatever their case.
const PROXY_VARS: [&str; 3] = ["HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY"];

/// A snapshot of the environment the client reads (variables and home directory), so tests
/// can supply their own instead of touching the process environment.
///
/// `Debug` shows variable names only: values such as `AWS_SECRET_ACCESS_KEY` never appear.
#[derive(Clone, Default)]
pub struct Environment {
    vars: BTreeMap<String, String>,
    home: Option<PathBuf>,
}

impl Environment {
    /// The process's `AWS_*` variables, its proxy variables (`HTTPS_PROXY`, `HTTP_PROXY`,
    /// `NO_PROXY`, in either case) and its home directory.
    pub fn from_process() -> Self {
        // Only the variables the client reads are kept, so `Debug` output stays short.
        let vars = std::env::vars_os()
            .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
            .filter(|(k, _)| {
                k.starts_with("AWS_")
                    || k == "HOME"
                    || k == "USERPROFILE"
                    || PROXY_VARS.contains(&k.to_ascii_uppercase().as_str())
            });
        Environment::from_vars(vars)
    }

    /// An environment holding exactly `vars`; the home directory is the `HOME` variable
    /// (or `USERPROFILE`) when given.
    pub fn from_vars<I, K, V>(vars: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        // Inserted one by one: `collect` would instantiate std's stable sort for every
        // iterator type callers pass. The rest is not generic.
        let mut map = BTreeMap::new();
        for (k, v) in vars {
            map.insert(k.into(), v.into());
        }
        Environment::from_map(map)
    }

    fn from_map(vars: BTreeMap<String, String>) -> Self {
        let home = ["HOME", "USERPROFILE"]
            .iter()
            .filter_map(|name| vars.get(*name))
            .find(|v| !v.is_empty())
            .map(PathBuf::from);
        Environment { vars, home }
    }

    /// This environment with one more variable (replacing any of the same name).
    pub fn with_var(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        let name = name.into();
        let value = value.into();
        if (name == "HOME" || (name == "USERPROFILE" && self.home.is_none())) && !value.is_empty() {
            self.home = Some(PathBuf::from(&value));
        }
        self.vars.insert(name, value);
        self
    }

    /// The variable's value; an empty value counts as unset.
    pub fn var(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    /// The home directory, which `~` in file paths stands for.
    pub fn home_dir(&self) -> Option<&Path> {
        self.home.as_deref()
    }

    /// `path` with a leading `~` standing for the home directory, as the SDKs read paths in
    /// settings: `~` alone, `~/rest` (and `~\\rest` on Windows). `~user/rest`, and any `~` when
    /// the home directory is unknown, stay as written.
    pub fn expand_home(&self, path: &str) -> PathBuf {
        let (Some(home), Some(rest)) = (self.home_dir(), path.strip_prefix('~')) else {
            return PathBuf::from(path);
        };
        if rest.is_empty() {
            return home.to_path_buf();
        }
        let after_separator = rest
            .strip_prefix('/')
            .or_else(|| rest.strip_prefix('\\').filter(|_| cfg!(windows)));
        match after_separator {
            Some(rest) => home.join(rest),
            None => PathBuf::from(path),
        }
    }
}

impl fmt::Debug for Environment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Environment")
            .field("vars", &self.vars.keys().collect::<Vec<_>>())
            .field("home", &self.home)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::Environment;

    #[test]
    fn a_leading_tilde_stands_for_the_home_directory() {
        let env = Environment::from_vars([("HOME", "/home/ana")]);
        assert_eq!(env.expand_home("~"), PathBuf::from("/home/ana"));
        assert_eq!(
            env.expand_home("~/certs/ca.pem"),
            PathBuf::from("/home/ana/certs/ca.pem")
        );
        // Only a leading `~`, and not `~user`.
        assert_eq!(
            env.expand_home("/etc/~/ca.pem"),
            PathBuf::from("/etc/~/ca.pem")
        );
        assert_eq!(env.expand_home("~bob/ca.pem"), PathBuf::from("~bob/ca.pem"));
        assert_eq!(env.expand_home("ca.pem"), PathBuf::from("ca.pem"));
        // No home directory: the path stays as written (reading it then fails, naming it).
        let homeless = Environment::from_vars([("AWS_REGION", "us-east-1")]);
        assert_eq!(homeless.expand_home("~/ca.pem"), PathBuf::from("~/ca.pem"));
    }
}
