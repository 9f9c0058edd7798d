//! File access: the real filesystem, or a directory standing for `/`.

use std::io;
use std::path::{Component, Path, PathBuf};

/// Where files are read and written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Fs {
    /// The machine's filesystem.
    #[default]
    Real,
    /// Every absolute path is taken inside this directory (`/home/.aws/config` is
    /// `<root>/home/.aws/config`); relative paths too. `..` cannot leave the root.
    Rooted(PathBuf),
}

impl Fs {
    /// A filesystem whose `/` is `root`.
    pub fn rooted(root: impl Into<PathBuf>) -> Self {
        Fs::Rooted(root.into())
    }

    /// The real path `path` stands for.
    pub fn resolve(&self, path: &Path) -> PathBuf {
        match self {
            Fs::Real => path.to_path_buf(),
            Fs::Rooted(root) => {
                let mut out = root.clone();
                let mut depth = 0usize;
                for part in path.components() {
                    match part {
                        Component::Normal(name) => {
                            out.push(name);
                            depth += 1;
                        }
                        Component::ParentDir if depth > 0 => {
                            out.pop();
                            depth -= 1;
                        }
                        _ => {}
                    }
                }
                out
            }
        }
    }

    /// The whole file.
    pub fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        std::fs::read(self.resolve(path))
    }

    /// The whole file as UTF-8 text.
    pub fn read_to_string(&self, path: &Path) -> io::Result<String> {
        String::from_utf8(self.read(path)?)
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "the file is not UTF-8"))
    }

    /// Replaces the file's contents, creating its directory when missing.
    pub fn write(&self, path: &Path, contents: &[u8]) -> io::Result<()> {
        let real = self.resolve(path);
        if let Some(dir) = real.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(real, contents)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rooted_paths_stay_inside_the_root() {
        let fs = Fs::rooted("/tmp/case");
        assert_eq!(
            fs.resolve(Path::new("/home/.aws/config")),
            PathBuf::from("/tmp/case/home/.aws/config")
        );
        assert_eq!(
            fs.resolve(Path::new("/../../etc/passwd")),
            PathBuf::from("/tmp/case/etc/passwd")
        );
    }
}
