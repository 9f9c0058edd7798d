//! Reads JSON text (RFC 8259) into a [`Value`]. The macro parses models with this rather than
//! serde_json: a proc-macro's dependencies are compiled for the host, apart from the program's
//! own, so serde_json there would make every user build serde_core, serde_json, memchr and
//! their number formatters a second time.
//!
//! Numbers read as serde_json reads them (without `arbitrary_precision`): an integer that fits
//! is a `u64` (or an `i64` when negative), anything else an `f64`, rounded correctly (as
//! serde_json's `float_roundtrip` does; without it, serde_json can be one bit off). Errors say what is wrong and
//! where, as a 1-based line and byte column.

use std::fmt;

use crate::json_value::{Map, Number, Value};

/// Nesting deeper than this is an error, not a stack overflow inside the compiler.
const MAX_DEPTH: usize = 128;

/// Why JSON text could not be read, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    message: &'static str,
    line: usize,
    column: usize,
}

impl ParseError {
    /// What is wrong, without the position.
    pub fn message(&self) -> &'static str {
        self.message
    }
    /// 1-based line of the offending byte.
    pub fn line(&self) -> usize {
        self.line
    }
    /// 1-based byte column of the offending byte (the line's length at the end of the text).
    pub fn column(&self) -> usize {
        self.column
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

impl std::error::Error for ParseError {}

/// Reads one JSON value; only whitespace may follow it.
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut parser = Parser { input: text, at: 0 };
    let value = parser.value(0)?;
    parser.skip_whitespace();
    if parser.at < parser.bytes().len() {
        return Err(parser.error_here("trailing characters"));
    }
    Ok(value)
}

impl std::str::FromStr for Value {
    type Err = ParseError;

    fn from_str(text: &str) -> Result<Value, ParseError> {
        parse(text)
    }
}

struct Parser<'a> {
    input: &'a str,
    /// Index of the next byte to read.
    at: usize,
}

impl<'a> Parser<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.input.as_bytes()
    }

    /// An error at byte `index` (at the end of the text when `index` is past it).
    fn error_at(&self, index: usize, message: &'static str) -> ParseError {
        let index = index.min(self.bytes().len());
        let before = &self.bytes()[..index];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        // The offending byte's own column; at the end, the last line's length.
        let column = if index < self.bytes().len() {
            index - line_start + 1
        } else {
            index - line_start
        };
        ParseError {
            message,
            line,
            column,
        }
    }

    /// An error at the next unread byte.
    fn error_here(&self, message: &'static str) -> ParseError {
        self.error_at(self.at, message)
    }

    fn peek(&self) -> Option<u8> {
        self.bytes().get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        self.skip_whitespace();
        match self.peek() {
            None => Err(self.error_here("EOF while parsing a value")),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            Some(b'[') => self.array(depth + 1),
            Some(b'{') => self.object(depth + 1),
            Some(_) => Err(self.error_here("expected value")),
        }
    }

    fn literal(&mut self, word: &'static str, value: Value) -> Result<Value, ParseError> {
        for &expected in word.as_bytes() {
            match self.peek() {
                Some(b) if b == expected => self.at += 1,
                Some(_) => return Err(self.error_here("expected value")),
                None => return Err(self.error_here("EOF while parsing a value")),
            }
        }
        Ok(value)
    }

    fn enter(&self, depth: usize) -> Result<(), ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.error_here("recursion limit exceeded"));
        }
        Ok(())
    }

    /// Past the opening `[` or `{` at `depth`; whether `close` follows at once (an empty
    /// container, then read to its end).
    fn open(&mut self, depth: usize, close: u8) -> Result<bool, ParseError> {
        self.enter(depth)?;
        self.at += 1;
        self.skip_whitespace();
        let empty = self.peek() == Some(close);
        if empty {
            self.at += 1;
        }
        Ok(empty)
    }

    fn array(&mut self, depth: usize) -> Result<Value, ParseError> {
        let mut items = Vec::new();
        if self.open(depth, b']')? {
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            if self.separator(b']', "expected `,` or `]`", "EOF while parsing a list")? {
                return Ok(Value::Array(items));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, ParseError> {
        let mut map = Map::new();
        if self.open(depth, b'}')? {
            return Ok(Value::Object(map));
        }
        loop {
            match self.peek() {
                Some(b'"') => {}
                Some(_) => return Err(self.error_here("key must be a string")),
                None => return Err(self.error_here("EOF while parsing an object")),
            }
            let name = self.string()?;
            self.skip_whitespace();
            match self.peek() {
                Some(b':') => self.at += 1,
                Some(_) => return Err(self.error_here("expected `:`")),
                None => return Err(self.error_here("EOF while parsing an object")),
            }
            let value = self.value(depth)?;
            map.insert(name, value);
            if self.separator(b'}', "expected `,` or `}`", "EOF while parsing an object")? {
                return Ok(Value::Object(map));
            }
        }
    }

    /// What follows an item of a list or object: `,` and then another item, or `close`, which
    /// ends it (the answer is whether it ended).
    fn separator(
        &mut self,
        close: u8,
        expected: &'static str,
        eof: &'static str,
    ) -> Result<bool, ParseError> {
        self.skip_whitespace();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                self.skip_whitespace();
                if self.peek() == Some(close) {
                    return Err(self.error_here("trailing comma"));
                }
                Ok(false)
            }
            Some(b) if b == close => {
                self.at += 1;
                Ok(true)
            }
            Some(_) => Err(self.error_here(expected)),
            None => Err(self.error_here(eof)),
        }
    }

    /// A string, from its opening quote; the text is UTF-8 already (it came from a `&str`).
    fn string(&mut self) -> Result<String, ParseError> {
        self.at += 1; // "
        let mut out = String::new();
        loop {
            // Plain characters up to the next quote, backslash or control character.
            let run_start = self.at;
            let run = self.bytes()[self.at..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20);
            self.at = run.map_or(self.bytes().len(), |n| self.at + n);
            out.push_str(self.text(run_start, self.at));
            match self.peek() {
                None => return Err(self.error_here("EOF while parsing a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                Some(_) => {
                    return Err(self.error_here(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ))
                }
            }
        }
    }

    /// Bytes `start..end` of the input, which begin and end on character boundaries (they are
    /// cut only at ASCII bytes).
    fn text(&self, start: usize, end: usize) -> &'a str {
        self.input.get(start..end).unwrap_or_default()
    }

    /// The character an escape stands for; `at` is just past the backslash.
    fn escape(&mut self) -> Result<char, ParseError> {
        let Some(b) = self.peek() else {
            return Err(self.error_here("EOF while parsing a string"));
        };
        self.at += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => return Err(self.error_at(self.at - 1, "invalid escape")),
        })
    }

    /// `\uXXXX`, or a pair of them for a character outside the Basic Multilingual Plane.
    fn unicode_escape(&mut self) -> Result<char, ParseError> {
        let first = self.hex4()?;
        match first {
            0xD800..=0xDBFF => {
                if self.bytes().get(self.at..self.at + 2) != Some(b"\\u") {
                    return Err(self.error_here("lone leading surrogate in hex escape"));
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error_at(self.at - 1, "lone leading surrogate in hex escape"));
                }
                let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                char::from_u32(code).ok_or_else(|| self.error_here("invalid unicode code point"))
            }
            0xDC00..=0xDFFF => {
                Err(self.error_at(self.at - 1, "lone trailing surrogate in hex escape"))
            }
            _ => char::from_u32(first).ok_or_else(|| self.error_here("invalid unicode code point")),
        }
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut code = 0;
        for _ in 0..4 {
            let Some(b) = self.peek() else {
                return Err(self.error_here("EOF while parsing a string"));
            };
            let digit = (b as char)
                .to_digit(16)
                .ok_or_else(|| self.error_here("invalid escape"))?;
            code = code * 16 + digit;
            self.at += 1;
        }
        Ok(code)
    }

    /// A number by JSON's grammar: `-`? int (`.` digits)? ([eE] [+-]? digits)?
    fn number(&mut self) -> Result<Number, ParseError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.error_here("invalid number"));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error_here("invalid number")),
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            integer = false;
            self.at += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error_here("invalid number"));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            integer = false;
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error_here("invalid number"));
            }
            self.digits();
        }
        let lexeme = self.text(start, self.at);
        // serde_json reads `-0` as the float -0.0, and so do we.
        if integer && lexeme != "-0" {
            if let Some(n) = lexeme.parse::<u64>().ok().map(Number::from) {
                return Ok(n);
            }
            if let Some(n) = lexeme.parse::<i64>().ok().map(Number::from) {
                return Ok(n);
            }
        }
        lexeme
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .ok_or_else(|| self.error_at(start, "number out of range"))
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(
            " {\"s\":\"a\\\"b\\\\c\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00é\",\"n\":[0,-0,12,-7,1.5,2e3,\
             -1E-2,18446744073709551615,18446744073709551616,-9223372036854775809],\
             \"l\":[true,false,null,[],{}]} ",
        )
        .unwrap();
        assert_eq!(v["s"].as_str(), Some("a\"b\\c/\u{8}\u{c}\n\r\té😀é"));
        let n = v["n"].as_array().unwrap();
        assert_eq!(n[0].as_u64(), Some(0));
        assert_eq!(n[1].as_u64(), None, "-0 is a float, as with serde_json");
        assert!(n[1]
            .as_f64()
            .is_some_and(|f| f == 0.0 && f.is_sign_negative()));
        assert_eq!(n[2].as_u64(), Some(12));
        assert_eq!((n[3].as_i64(), n[3].as_u64()), (Some(-7), None));
        assert_eq!((n[4].as_f64(), n[4].as_i64()), (Some(1.5), None));
        assert_eq!((n[5].as_f64(), n[5].as_u64()), (Some(2000.0), None));
        assert_eq!(n[6].as_f64(), Some(-0.01));
        assert_eq!(n[7].as_u64(), Some(u64::MAX));
        assert_eq!(
            (n[8].as_u64(), n[8].as_f64()),
            (None, Some(18446744073709551616.0))
        );
        assert_eq!(n[9].as_f64(), Some(-9223372036854775809.0));
        assert_eq!(
            v["l"].to_string(),
            "[true,false,null,[],{}]",
            "literals and empty containers"
        );
    }

    #[test]
    fn errors_name_what_and_where() {
        let cases: &[(&str, &str, usize, usize)] = &[
            ("", "EOF while parsing a value", 1, 0),
            ("{\n  \"a\": 1,\n}", "trailing comma", 3, 1),
            ("[1,]", "trailing comma", 1, 4),
            ("[1 2]", "expected `,` or `]`", 1, 4),
            ("{\"a\" 1}", "expected `:`", 1, 6),
            ("{\"a\":1 \"b\"}", "expected `,` or `}`", 1, 8),
            ("{1:2}", "key must be a string", 1, 2),
            ("[tru]", "expected value", 1, 5),
            ("nul", "EOF while parsing a value", 1, 3),
            ("01", "invalid number", 1, 2),
            ("1.", "invalid number", 1, 2),
            ("-", "invalid number", 1, 1),
            ("1e", "invalid number", 1, 2),
            ("1e999", "number out of range", 1, 1),
            ("\"a\\x\"", "invalid escape", 1, 4),
            ("\"\\ud800\"", "lone leading surrogate in hex escape", 1, 8),
            ("\"\\udc00\"", "lone trailing surrogate in hex escape", 1, 7),
            (
                "\"a\tb\"",
                "control character (\\u0000-\\u001F) found while parsing a string",
                1,
                3,
            ),
            ("\"abc", "EOF while parsing a string", 1, 4),
            ("[1", "EOF while parsing a list", 1, 2),
            ("{\"a\":1", "EOF while parsing an object", 1, 6),
            ("1 2", "trailing characters", 1, 3),
            ("\u{feff}{}", "expected value", 1, 1),
        ];
        for &(text, message, line, column) in cases {
            let e = parse(text).unwrap_err();
            assert_eq!(
                (e.message(), e.line(), e.column()),
                (message, line, column),
                "{text:?}"
            );
        }
    }

    #[test]
    fn nesting_is_limited_not_a_stack_overflow() {
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(
            parse(&deep).unwrap_err().message(),
            "recursion limit exceeded"
        );
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
    }

    /// Every JSON file in ../shared (models, protocol vectors, credential fixtures) reads to
    /// the same value as with serde_json, and writes back to text serde_json reads the same.
    #[test]
    fn every_shared_fixture_reads_as_serde_json_reads_it() {
        let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared");
        let mut files = Vec::new();
        let mut dirs = vec![shared.clone()];
        while let Some(dir) = dirs.pop() {
            let entries = std::fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("{}: {e} (../shared is needed)", dir.display()));
            for entry in entries {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|x| x == "json") {
                    files.push(path);
                }
            }
        }
        assert!(
            files.len() > 100,
            "only {} JSON files under {}",
            files.len(),
            shared.display()
        );
        for path in &files {
            let text = std::fs::read_to_string(path).unwrap();
            let theirs = serde_json::from_str::<serde_json::Value>(&text);
            let Ok(theirs) = theirs else {
                assert!(
                    parse(&text).is_err(),
                    "{}: serde_json refuses it",
                    path.display()
                );
                continue;
            };
            let ours = parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(ours, Value::from(theirs.clone()), "{}", path.display());
            let written = serde_json::from_str::<serde_json::Value>(&ours.to_string()).unwrap();
            assert_eq!(written, theirs, "{} written back", path.display());
        }
    }

    /// Numbers write back as serde_json writes them.
    #[test]
    fn numbers_write_as_serde_json_writes_them() {
        let texts = [
            "0",
            "-0",
            "7",
            "-7",
            "18446744073709551615",
            "-9223372036854775808",
            "0.0",
            "-0.0",
            "1.5",
            "0.1",
            "123.456",
            "1e15",
            "1e16",
            "1e17",
            "1e20",
            "1e21",
            "1e22",
            "1e39",
            "1.5e300",
            "1e-4",
            "1e-5",
            "1e-6",
            "1e-7",
            "2.5e-10",
            "5e-324",
            "1.7976931348623157e308",
            "18446744073709551616",
            "0.000001234",
            "1.5e-5",
            "-2.5e-5",
            "9.99e-6",
            "-1e21",
        ];
        let differ: Vec<_> = texts
            .iter()
            .map(|text| {
                let theirs = serde_json::from_str::<serde_json::Value>(text).unwrap();
                (text, parse(text).unwrap().to_string(), theirs.to_string())
            })
            .filter(|(_, ours, theirs)| ours != theirs)
            .collect();
        assert!(differ.is_empty(), "(text, ours, serde_json): {differ:?}");
    }

    /// Strings write back as serde_json writes them: every control character, quotes and
    /// backslashes escaped, everything else (DEL, non-ASCII) as it is.
    #[test]
    fn strings_write_as_serde_json_writes_them() {
        let mut s: String = (0u8..0x20).map(char::from).collect();
        s.push_str("\"\\/\u{7f}é😀 end");
        let ours = Value::String(s.clone()).to_string();
        assert_eq!(ours, serde_json::Value::String(s.clone()).to_string());
        assert_eq!(parse(&ours).unwrap().as_str(), Some(s.as_str()));
    }

    /// serde_json reads the same text to the same values and finds errors on the same byte.
    #[test]
    fn agrees_with_serde_json() {
        let texts = [
            r#"{"b":1,"a":[true,null,"x"],"c":{"z":1.5,"y":-2},"b":3}"#,
            "[1.0,0.1,1e21,1e-7,123456789.125,-0.0,5e-324,1.7976931348623157e308]",
            "\"\\u0041\\u00e9\\u4e2d\\ud834\\udd1e\"",
            "{\n  \"a\": [1, 2,\n  ]\n}",
            "[1 2]",
            "{\"a\" 1}",
            "\"abc",
        ];
        for text in texts {
            let ours = parse(text);
            let theirs = serde_json::from_str::<serde_json::Value>(text);
            match (ours, theirs) {
                (Ok(ours), Ok(theirs)) => assert_eq!(ours, Value::from(theirs), "{text}"),
                (Err(ours), Err(theirs)) => assert_eq!(
                    (ours.line(), ours.column()),
                    (theirs.line(), theirs.column()),
                    "{text}"
                ),
                (ours, theirs) => panic!("{text}: ours {ours:?}, serde_json {theirs:?}"),
            }
        }
    }
}
