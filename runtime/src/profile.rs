//! Shared config and credentials files (`~/.aws/config`, `~/.aws/credentials`).
//!
//! The format follows the AWS SDKs' shared file rules:
//! - sections are `[name]`; in the config file named profiles are `[profile name]` and the
//!   default one `[default]` or `[profile default]` (the latter wins when both exist); in the
//!   credentials file every section is `[name]`; sections not following these rules, or with
//!   names outside `A-Z a-z 0-9 _ - / . % @ : +`, are ignored;
//! - `key = value` lines, keys case-insensitive, keys and values trimmed of spaces and tabs;
//! - full-line comments start with `#` or `;`; on property lines a comment starts only after
//!   whitespace (`value ;note`), on section lines anywhere after the `]`;
//! - indented lines continue the previous property (its value gains a line), or hold
//!   `key = value` sub-properties when the property's own value is empty;
//! - a value in the credentials file wins over the same profile's value in the config file;
//! - a missing file is empty; a line breaking these rules is an error naming file and line.

use std::collections::HashMap;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::os::{Environment, Fs};

/// Which of the two shared files a file is: they name sections differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Config,
    Credentials,
}

impl FileKind {
    /// The variable that overrides the file's location.
    pub fn path_var(self) -> &'static str {
        match self {
            FileKind::Config => "AWS_CONFIG_FILE",
            FileKind::Credentials => "AWS_SHARED_CREDENTIALS_FILE",
        }
    }

    fn default_name(self) -> &'static str {
        match self {
            FileKind::Config => "config",
            FileKind::Credentials => "credentials",
        }
    }
}

/// The profiles of one shared file, and where it was looked for.
#[derive(Clone)]
pub struct ProfileFile {
    kind: FileKind,
    path: Option<PathBuf>,
    /// The path as written, when it needs a home dir that is unknown.
    unlocated: Option<String>,
    found: bool,
    profiles: HashMap<String, HashMap<String, String>>,
    /// `[sso-session name]` sections (config file only).
    sso_sessions: HashMap<String, HashMap<String, String>>,
    /// `[services name]` sections (config file only).
    services: HashMap<String, HashMap<String, String>>,
}

impl ProfileFile {
    pub fn kind(&self) -> FileKind {
        self.kind
    }

    /// Where the file was looked for; `None` when its location depends on an unknown home dir.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether the file existed.
    pub fn found(&self) -> bool {
        self.found
    }

    pub fn has_profile(&self, profile: &str) -> bool {
        self.profiles.contains_key(profile)
    }

    /// A property of a profile in this file; `key` is case-insensitive.
    pub fn get(&self, profile: &str, key: &str) -> Option<&str> {
        self.profiles
            .get(profile)?
            .get(&key.to_ascii_lowercase())
            .map(String::as_str)
    }

    /// A property of an `[sso-session name]` section; `key` is case-insensitive.
    pub fn sso_session(&self, name: &str, key: &str) -> Option<&str> {
        self.sso_sessions
            .get(name)?
            .get(&key.to_ascii_lowercase())
            .map(String::as_str)
    }

    /// Whether the file has an `[sso-session name]` section.
    pub fn has_sso_session(&self, name: &str) -> bool {
        self.sso_sessions.contains_key(name)
    }

    /// A property of a `[services name]` section; `key` is case-insensitive.
    pub fn services(&self, name: &str, key: &str) -> Option<&str> {
        self.services
            .get(name)?
            .get(&key.to_ascii_lowercase())
            .map(String::as_str)
    }

    /// The names of the `[sso-session name]` sections.
    pub fn sso_session_names(&self) -> impl Iterator<Item = &str> {
        self.sso_sessions.keys().map(String::as_str)
    }

    /// The properties of a profile, keys lower-cased.
    pub fn properties(&self, profile: &str) -> Option<&HashMap<String, String>> {
        self.profiles.get(profile)
    }

    /// The properties of an `[sso-session name]` section, keys lower-cased.
    pub fn sso_session_properties(&self, name: &str) -> Option<&HashMap<String, String>> {
        self.sso_sessions.get(name)
    }

    /// The names of the profiles this file defines.
    pub fn profile_names(&self) -> impl Iterator<Item = &str> {
        self.profiles.keys().map(String::as_str)
    }

    /// The file's location for messages: its path, or why there is none.
    pub fn describe_location(&self) -> String {
        match &self.path {
            Some(path) => path.display().to_string(),
            None => format!(
                "{} (no home directory: HOME not set)",
                self.unlocated.as_deref().unwrap_or("~")
            ),
        }
    }
}

// Values may be secrets, so Debug lists profiles and keys only.
impl fmt::Debug for ProfileFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut profiles: Vec<(&String, Vec<&String>)> = self
            .profiles
            .iter()
            .map(|(name, props)| {
                let mut keys: Vec<_> = props.keys().collect();
                keys.sort_unstable();
                (name, keys)
            })
            .collect();
        profiles.sort_unstable();
        f.debug_struct("ProfileFile")
            .field("kind", &self.kind)
            .field("path", &self.path)
            .field("found", &self.found)
            .field("profiles", &profiles)
            .finish()
    }
}

/// The parsed shared config and credentials files.
#[derive(Debug, Clone)]
pub struct ProfileSet {
    config: ProfileFile,
    credentials: ProfileFile,
}

impl ProfileSet {
    /// Reads both files: from `AWS_CONFIG_FILE` / `AWS_SHARED_CREDENTIALS_FILE` when set, else
    /// `~/.aws/config` / `~/.aws/credentials`, with a leading `~` standing for the home dir.
    pub fn load(env: &Environment) -> Result<ProfileSet, ProfileError> {
        ProfileSet::load_from(env, &Fs::Real)
    }

    /// Like [`ProfileSet::load`], reading the files from `fs`.
    pub fn load_from(env: &Environment, fs: &Fs) -> Result<ProfileSet, ProfileError> {
        Ok(ProfileSet {
            config: load_file(FileKind::Config, env, fs)?,
            credentials: load_file(FileKind::Credentials, env, fs)?,
        })
    }

    /// Parses file contents directly (`None`: the file does not exist).
    pub fn parse(
        config: Option<&str>,
        credentials: Option<&str>,
    ) -> Result<ProfileSet, ProfileError> {
        let parse = |kind: FileKind, text: Option<&str>| {
            let label = PathBuf::from(format!("<{}>", kind.default_name()));
            parse_file(kind, Some(label), text)
        };
        Ok(ProfileSet {
            config: parse(FileKind::Config, config)?,
            credentials: parse(FileKind::Credentials, credentials)?,
        })
    }

    /// A property of a profile: from the credentials file if it has it, else the config
    /// file. `key` is case-insensitive.
    pub fn get(&self, profile: &str, key: &str) -> Option<&str> {
        self.credentials
            .get(profile, key)
            .or_else(|| self.config.get(profile, key))
    }

    /// The merged properties of a profile (credentials file values win), keys lower-cased;
    /// `None` when neither file defines it.
    pub fn profile(&self, profile: &str) -> Option<HashMap<String, String>> {
        let config = self.config.properties(profile);
        let credentials = self.credentials.properties(profile);
        if config.is_none() && credentials.is_none() {
            return None;
        }
        let mut merged = config.cloned().unwrap_or_default();
        if let Some(credentials) = credentials {
            merged.extend(credentials.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        Some(merged)
    }

    /// Whether no profile is defined in either file.
    pub fn is_empty(&self) -> bool {
        self.config.profiles.is_empty() && self.credentials.profiles.is_empty()
    }

    /// A property of an `[sso-session name]` section of the config file.
    pub fn sso_session(&self, name: &str, key: &str) -> Option<&str> {
        self.config.sso_session(name, key)
    }

    /// A property of a `[services name]` section of the config file.
    pub fn services(&self, name: &str, key: &str) -> Option<&str> {
        self.config.services(name, key)
    }

    /// Whether either file defines the profile.
    pub fn has_profile(&self, profile: &str) -> bool {
        self.credentials.has_profile(profile) || self.config.has_profile(profile)
    }

    /// The names of the profiles either file defines, sorted.
    pub fn profile_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .credentials
            .profile_names()
            .chain(self.config.profile_names())
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    pub fn config_file(&self) -> &ProfileFile {
        &self.config
    }

    pub fn credentials_file(&self) -> &ProfileFile {
        &self.credentials
    }
}

/// A shared file could not be read or broke the format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileError {
    pub path: PathBuf,
    /// The 1-based line, for format errors.
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{} line {line}: {}", self.path.display(), self.message),
            None => write!(f, "reading {}: {}", self.path.display(), self.message),
        }
    }
}

impl std::error::Error for ProfileError {}

/// Where a shared file lives: the override variable, else `~/.aws/<name>`.
pub fn file_path(kind: FileKind, env: &Environment) -> Option<PathBuf> {
    locate_file(kind, &|name| env.var(name), cfg!(windows)).map(PathBuf::from)
}

/// Where a shared file lives, from the variables `var` gives, on Windows or not: the
/// override variable (a leading `~` standing for the home directory), else
/// `<home>/.aws/<name>`. The home directory is `HOME`; on Windows then `USERPROFILE`, then
/// `HOMEDRIVE` + `HOMEPATH`. `None` when the home directory is needed and unknown.
pub fn locate_file<'a>(
    kind: FileKind,
    var: &dyn Fn(&str) -> Option<&'a str>,
    windows: bool,
) -> Option<String> {
    let separator = if windows { '\\' } else { '/' };
    let set = |name: &str| -> Option<&'a str> { var(name).filter(|v| !v.is_empty()) };
    let home = || -> Option<String> {
        if let Some(home) = set("HOME") {
            return Some(home.to_string());
        }
        if !windows {
            return None;
        }
        if let Some(home) = set("USERPROFILE") {
            return Some(home.to_string());
        }
        Some(format!("{}{}", set("HOMEDRIVE")?, set("HOMEPATH")?))
    };
    match set(kind.path_var()) {
        Some(path) => match path.strip_prefix('~') {
            None => Some(path.to_string()),
            Some("") => home(),
            Some(rest) if rest.starts_with('/') || (windows && rest.starts_with('\\')) => {
                Some(format!("{}{separator}{}", home()?, &rest[1..]))
            }
            // `~user/...` is not expanded: taken literally.
            Some(_) => Some(path.to_string()),
        },
        None => Some(format!(
            "{}{separator}.aws{separator}{}",
            home()?,
            kind.default_name()
        )),
    }
}

fn load_file(kind: FileKind, env: &Environment, fs: &Fs) -> Result<ProfileFile, ProfileError> {
    let path = file_path(kind, env);
    let text = match &path {
        None => None,
        Some(path) => match fs.read(path) {
            Ok(bytes) => Some(String::from_utf8(bytes).map_err(|_| ProfileError {
                path: path.clone(),
                line: None,
                message: "the file is not valid UTF-8".into(),
            })?),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(ProfileError {
                    path: path.clone(),
                    line: None,
                    message: e.to_string(),
                })
            }
        },
    };
    let mut file = parse_file(kind, path, text.as_deref())?;
    if file.path.is_none() {
        file.unlocated = Some(
            env.var(kind.path_var())
                .map(str::to_string)
                .unwrap_or_else(|| format!("~/.aws/{}", kind.default_name())),
        );
    }
    Ok(file)
}

fn parse_file(
    kind: FileKind,
    path: Option<PathBuf>,
    text: Option<&str>,
) -> Result<ProfileFile, ProfileError> {
    let sections = match text {
        Some(text) => parse_sections(text).map_err(|(line, message)| ProfileError {
            path: path.clone().unwrap_or_default(),
            line: Some(line),
            message,
        })?,
        None => Vec::new(),
    };
    let sections = normalize(kind, sections);
    Ok(ProfileFile {
        kind,
        path,
        unlocated: None,
        found: text.is_some(),
        profiles: sections.profiles,
        sso_sessions: sections.sso_sessions,
        services: sections.services,
    })
}

/// A section as written, before its name is interpreted.
struct RawSection {
    name: String,
    properties: Vec<(String, String)>,
}

/// Spaces and tabs only: the format does not treat other whitespace as blank.
const BLANK: &[char] = &[' ', '\t'];
const COMMENT: &[char] = &['#', ';'];

/// Splits the text into sections; an error is (line number, message), and never quotes the
/// line, which may hold a secret.
fn parse_sections(text: &str) -> Result<Vec<RawSection>, (usize, String)> {
    let mut sections: Vec<RawSection> = Vec::new();
    // Whether the last property had an empty value, so indented lines are sub-properties.
    let mut in_property: Option<bool> = None;
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let error = |message: &str| Err((number, message.to_string()));
        if line.trim_matches(BLANK).is_empty() || line.starts_with(COMMENT) {
            continue;
        }
        if line.starts_with('[') {
            let line = strip_comment(line.trim_matches(BLANK), false);
            let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) else {
                return error("Profile definition must end with ']'");
            };
            sections.push(RawSection {
                name: name.trim_matches(BLANK).to_string(),
                properties: Vec::new(),
            });
            in_property = None;
        } else if line.starts_with(BLANK) {
            let Some(section) = sections.last_mut() else {
                return error("Expected a profile definition before this continuation line");
            };
            let (Some(sub_properties), Some((_, value))) =
                (in_property, section.properties.last_mut())
            else {
                return error("Expected a property definition, found continuation (an indented line must follow a 'key = value' line)");
            };
            let continuation = line.trim_matches(BLANK);
            if sub_properties {
                split_property(continuation)
                    .map_err(|why| (number, why.describe("sub-property")))?;
            }
            value.push('\n');
            value.push_str(continuation);
        } else {
            let Some(section) = sections.last_mut() else {
                return error("Expected a profile definition before this property");
            };
            let (key, value) =
                split_property(line).map_err(|why| (number, why.describe("property")))?;
            in_property = Some(value.is_empty());
            section
                .properties
                .push((key.to_ascii_lowercase(), value.to_string()));
        }
    }
    Ok(sections)
}

/// Why a line is not `key = value`.
enum BadProperty {
    NoEquals,
    NoName,
}

impl BadProperty {
    /// The message, for a "property" or "sub-property" (the cross-SDK suite's wording).
    fn describe(&self, what: &str) -> String {
        match self {
            BadProperty::NoEquals => {
                format!("Expected an '=' sign defining a {what} (key = value)")
            }
            BadProperty::NoName if what == "property" => {
                "Property did not have a name (nothing before '=')".to_string()
            }
            BadProperty::NoName => "Sub-property did not have a name (nothing before '=')".into(),
        }
    }
}

/// `key = value` with an inline comment removed.
fn split_property(line: &str) -> Result<(&str, &str), BadProperty> {
    let line = strip_comment(line.trim_matches(BLANK), true);
    let (key, value) = line.split_once('=').ok_or(BadProperty::NoEquals)?;
    let key = key.trim_matches(BLANK);
    if key.is_empty() {
        return Err(BadProperty::NoName);
    }
    Ok((key, value.trim_matches(BLANK)))
}

/// Cuts a trailing `#` or `;` comment; on property lines only one that follows whitespace.
fn strip_comment(line: &str, needs_whitespace: bool) -> &str {
    let mut after_blank = false;
    for (i, c) in line.char_indices() {
        if COMMENT.contains(&c) && (after_blank || !needs_whitespace) {
            return line[..i].trim_matches(BLANK);
        }
        after_blank = c == ' ' || c == '\t';
    }
    line
}

type Sections = HashMap<String, HashMap<String, String>>;

/// A file's sections by what they are.
struct Normalized {
    profiles: Sections,
    sso_sessions: Sections,
    services: Sections,
}

/// Turns section names into profile names per file kind, keeps `[sso-session x]` and
/// `[services x]` sections of the config file, drops other sections, and merges repeated
/// sections (later values win).
fn normalize(kind: FileKind, sections: Vec<RawSection>) -> Normalized {
    let prefixed_default = kind == FileKind::Config
        && sections
            .iter()
            .any(|s| profile_suffix(&s.name) == Some("default"));
    let mut out = Normalized {
        profiles: HashMap::new(),
        sso_sessions: HashMap::new(),
        services: HashMap::new(),
    };
    for section in sections {
        let (table, name) = match kind {
            FileKind::Credentials => (&mut out.profiles, section.name.as_str()),
            FileKind::Config => {
                if let Some(name) = profile_suffix(&section.name) {
                    (&mut out.profiles, name)
                } else if let Some(name) = prefixed(&section.name, "sso-session") {
                    (&mut out.sso_sessions, name)
                } else if let Some(name) = prefixed(&section.name, "services") {
                    (&mut out.services, name)
                } else if section.name == "default" && !prefixed_default {
                    // `[profile default]` replaces `[default]` entirely.
                    (&mut out.profiles, "default")
                } else {
                    continue;
                }
            }
        };
        if !valid_profile_name(name) {
            continue;
        }
        table
            .entry(name.to_string())
            .or_default()
            .extend(section.properties);
    }
    out
}

/// `profile <name>` → `<name>`.
fn profile_suffix(section: &str) -> Option<&str> {
    prefixed(section, "profile")
}

/// `<prefix> <name>` → `<name>`: the prefix must be followed by blanks.
fn prefixed<'a>(section: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = section.strip_prefix(prefix)?;
    if !rest.starts_with(BLANK) {
        return None;
    }
    Some(rest.trim_matches(BLANK))
}

fn valid_profile_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '/' | '.' | '%' | '@' | ':' | '+')
        })
}
