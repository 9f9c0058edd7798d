//! Rust names for model names: heck's casing, with keywords and prelude names avoided.

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Names a generated type must not take: they would shadow what generated code uses.
const RESERVED_TYPES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "HashMap",
    "Default",
    "Clone",
    "Debug",
    "PartialEq",
    "Eq",
    "Hash",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Fn",
    "FnMut",
    "FnOnce",
    "Drop",
    "From",
    "Into",
    "Iterator",
    "ToString",
    "ToOwned",
    "AsRef",
    "Self",
];

/// The Rust type name for a shape name: `KMSKey` → `KmsKey`; prelude names get a `Shape` suffix.
pub fn type_name(shape_name: &str) -> String {
    let name = shape_name.to_upper_camel_case();
    // `_1Gb` is a Smithy identifier; its camel case `1Gb` is no Rust one.
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("Shape{name}")
    } else if RESERVED_TYPES.contains(&name.as_str()) {
        format!("{name}Shape")
    } else {
        name
    }
}

/// The Rust field or function name for a member or operation name.
pub fn snake_name(name: &str) -> String {
    let snake = name.to_snake_case();
    if snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{snake}")
    } else {
        snake
    }
}

/// An enum variant name for an enum member name: `CREATING` → `Creating`.
pub fn variant_name(name: &str) -> String {
    // Smithy 1.0 `@enum` values can hold any character; identifiers keep ASCII only.
    let camel: String = name
        .to_upper_camel_case()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if camel.is_empty() {
        "Empty".to_string()
    } else if camel.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{camel}")
    } else {
        camel
    }
}

/// An identifier, raw (`r#type`) when it is a keyword, suffixed when it cannot be raw.
pub fn ident(name: &str) -> Ident {
    match name {
        "self" | "Self" | "super" | "crate" | "_" => {
            Ident::new(&format!("{name}_"), Span::call_site())
        }
        _ if KEYWORDS.contains(&name) => Ident::new_raw(name, Span::call_site()),
        _ => Ident::new(name, Span::call_site()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_idiomatic() {
        assert_eq!(type_name("StartSessionRequest"), "StartSessionRequest");
        assert_eq!(type_name("KMSKey"), "KmsKey");
        assert_eq!(type_name("String"), "StringShape");
        assert_eq!(
            snake_name("SessionIdleTimeoutInMinutes"),
            "session_idle_timeout_in_minutes"
        );
        assert_eq!(snake_name("KmsKey"), "kms_key");
        assert_eq!(variant_name("CREATING"), "Creating");
        assert_eq!(variant_name("m5.large"), "M5Large");
        assert_eq!(variant_name("½"), "Empty");
        assert_eq!(type_name("_1Gb"), "Shape1gb");
        assert_eq!(ident("type").to_string(), "r#type");
        assert_eq!(ident("self").to_string(), "self_");
    }
}
