//! The rules-engine standard library and the AWS functions (`aws.*`).
//!
//! `getAttr` is not here: its path is parsed with the rule set, see `rules.rs`.

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, Ipv6Addr};

use super::partitions::partition_for_region;
use super::value::Value;
use crate::uri_encode::uri_encode;

/// A function a rule set may call by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Function {
    IsSet,
    Not,
    StringEquals,
    BooleanEquals,
    Substring,
    IsValidHostLabel,
    ParseUrl,
    UriEncode,
    AwsPartition,
    AwsParseArn,
    AwsIsVirtualHostableS3Bucket,
}

impl Function {
    pub(crate) fn from_name(name: &str) -> Option<Function> {
        Some(match name {
            "isSet" => Function::IsSet,
            "not" => Function::Not,
            "stringEquals" => Function::StringEquals,
            "booleanEquals" => Function::BooleanEquals,
            "substring" => Function::Substring,
            "isValidHostLabel" => Function::IsValidHostLabel,
            "parseURL" => Function::ParseUrl,
            "uriEncode" => Function::UriEncode,
            "aws.partition" => Function::AwsPartition,
            "aws.parseArn" => Function::AwsParseArn,
            "aws.isVirtualHostableS3Bucket" => Function::AwsIsVirtualHostableS3Bucket,
            _ => return None,
        })
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Function::IsSet => "isSet",
            Function::Not => "not",
            Function::StringEquals => "stringEquals",
            Function::BooleanEquals => "booleanEquals",
            Function::Substring => "substring",
            Function::IsValidHostLabel => "isValidHostLabel",
            Function::ParseUrl => "parseURL",
            Function::UriEncode => "uriEncode",
            Function::AwsPartition => "aws.partition",
            Function::AwsParseArn => "aws.parseArn",
            Function::AwsIsVirtualHostableS3Bucket => "aws.isVirtualHostableS3Bucket",
        }
    }

    pub(crate) fn arity(self) -> usize {
        match self {
            Function::IsSet
            | Function::Not
            | Function::ParseUrl
            | Function::UriEncode
            | Function::AwsPartition
            | Function::AwsParseArn => 1,
            Function::StringEquals
            | Function::BooleanEquals
            | Function::IsValidHostLabel
            | Function::AwsIsVirtualHostableS3Bucket => 2,
            Function::Substring => 4,
        }
    }

    /// Applies the function to `args` (already `arity()` long).
    ///
    /// An unset argument makes every function but `isSet` return unset, so a condition on
    /// an optional value that was not given simply does not hold. A set argument of the
    /// wrong type is an error: the rule set is malformed.
    pub(crate) fn call(self, args: &[Value]) -> Result<Value, String> {
        if self == Function::IsSet {
            return Ok(Value::Bool(!matches!(args.first(), Some(Value::Unset))));
        }
        if args.iter().any(|a| matches!(a, Value::Unset)) {
            return Ok(Value::Unset);
        }
        let args = Args {
            function: self,
            values: args,
        };
        Ok(match self {
            Function::IsSet => Value::Bool(true),
            Function::Not => Value::Bool(!args.bool(0)?),
            Function::StringEquals => Value::Bool(args.str(0)? == args.str(1)?),
            Function::BooleanEquals => Value::Bool(args.bool(0)? == args.bool(1)?),
            Function::Substring => {
                substring(args.str(0)?, args.int(1)?, args.int(2)?, args.bool(3)?)
                    .map_or(Value::Unset, |s| Value::Str(s.to_owned()))
            }
            Function::IsValidHostLabel => {
                Value::Bool(is_valid_host_label(args.str(0)?, args.bool(1)?))
            }
            Function::ParseUrl => parse_url(args.str(0)?).unwrap_or(Value::Unset),
            Function::UriEncode => Value::Str(uri_encode(args.str(0)?)),
            Function::AwsPartition => partition(args.str(0)?),
            Function::AwsParseArn => parse_arn(args.str(0)?).unwrap_or(Value::Unset),
            Function::AwsIsVirtualHostableS3Bucket => {
                Value::Bool(is_virtual_hostable_s3_bucket(args.str(0)?, args.bool(1)?))
            }
        })
    }
}

/// Typed access to a call's arguments, with errors that name the function.
struct Args<'a> {
    function: Function,
    values: &'a [Value],
}

impl<'a> Args<'a> {
    fn get(&self, i: usize) -> Result<&'a Value, String> {
        self.values.get(i).ok_or_else(|| {
            format!(
                "{} takes {} arguments, got {}",
                self.function.name(),
                self.function.arity(),
                self.values.len()
            )
        })
    }

    fn mismatch(&self, i: usize, want: &str, got: &Value) -> String {
        format!(
            "argument {} of {} must be a {want}, got a {}",
            i + 1,
            self.function.name(),
            got.type_name()
        )
    }

    fn str(&self, i: usize) -> Result<&'a str, String> {
        match self.get(i)? {
            Value::Str(s) => Ok(s),
            other => Err(self.mismatch(i, "string", other)),
        }
    }

    fn bool(&self, i: usize) -> Result<bool, String> {
        match self.get(i)? {
            Value::Bool(b) => Ok(*b),
            other => Err(self.mismatch(i, "boolean", other)),
        }
    }

    fn int(&self, i: usize) -> Result<i64, String> {
        match self.get(i)? {
            Value::Int(n) => Ok(*n),
            other => Err(self.mismatch(i, "integer", other)),
        }
    }
}

/// `input[start..stop]`, counted from the end when `reverse`; none for non-ASCII input or
/// a range that does not fit.
pub(crate) fn substring(input: &str, start: i64, stop: i64, reverse: bool) -> Option<&str> {
    if !input.is_ascii() {
        return None;
    }
    let start = usize::try_from(start).ok()?;
    let stop = usize::try_from(stop).ok()?;
    let len = input.len();
    if start >= stop || stop > len {
        return None;
    }
    let (from, to) = if reverse {
        (len - stop, len - start)
    } else {
        (start, stop)
    };
    input.get(from..to)
}

/// An RFC 1123 host label (letters, digits, hyphens; not starting with a hyphen; 1 to 63
/// characters), or with `allow_subdomains` several joined by dots.
pub(crate) fn is_valid_host_label(value: &str, allow_subdomains: bool) -> bool {
    if allow_subdomains {
        return value
            .split('.')
            .all(|label| is_valid_host_label(label, false));
    }
    let mut chars = value.chars();
    let starts_alphanumeric = chars.next().is_some_and(|c| c.is_ascii_alphanumeric());
    starts_alphanumeric && value.len() <= 63 && chars.all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Whether `value` can be an S3 bucket name in the host: 3 to 63 lowercase letters, digits,
/// hyphens (and dots when `allow_subdomains`), starting and ending with a letter or digit, and
/// not shaped like an IPv4 address.
pub(crate) fn is_virtual_hostable_s3_bucket(value: &str, allow_subdomains: bool) -> bool {
    let lowercase = value
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.');
    let ends_alphanumeric = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    (3..=63).contains(&value.len())
        && lowercase
        && ends_alphanumeric(value.chars().next())
        && ends_alphanumeric(value.chars().last())
        && is_valid_host_label(value, allow_subdomains)
        && !value.contains("-.")
        && value.parse::<Ipv4Addr>().is_err()
}

/// Splits an `http`/`https` URL without a query into scheme, authority and path.
fn parse_url(url: &str) -> Option<Value> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    // A query or fragment makes the URL unusable as an endpoint.
    if rest.contains(['?', '#']) {
        return None;
    }
    let (authority, path) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    if authority.is_empty() || authority.contains(|c: char| c.is_whitespace() || c == '@') {
        return None;
    }
    let is_ip = if let Some(bracketed) = authority.strip_prefix('[') {
        let (host, after) = bracketed.split_once(']')?;
        host.parse::<Ipv6Addr>().ok()?;
        if !(after.is_empty() || is_port(after)) {
            return None;
        }
        true
    } else {
        let host = match authority.rsplit_once(':') {
            Some((host, port)) if is_port(&format!(":{port}")) => host,
            Some(_) => return None,
            None => authority,
        };
        host.parse::<Ipv4Addr>().is_ok()
    };
    let normalized_path = match (path.starts_with('/'), path.ends_with('/')) {
        _ if path.is_empty() => "/".to_owned(),
        (true, true) => path.to_owned(),
        (true, false) => format!("{path}/"),
        (false, true) => format!("/{path}"),
        (false, false) => format!("/{path}/"),
    };
    let fields = [
        ("scheme", Value::Str(scheme.to_owned())),
        ("authority", Value::Str(authority.to_owned())),
        ("path", Value::Str(path.to_owned())),
        ("normalizedPath", Value::Str(normalized_path)),
        ("isIp", Value::Bool(is_ip)),
    ];
    Some(record(fields))
}

/// `:` followed by one or more digits.
fn is_port(s: &str) -> bool {
    s.strip_prefix(':')
        .is_some_and(|digits| !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()))
}

fn partition(region: &str) -> Value {
    let p = partition_for_region(region);
    record([
        ("name", Value::Str(p.name.to_owned())),
        ("dnsSuffix", Value::Str(p.dns_suffix.to_owned())),
        (
            "dualStackDnsSuffix",
            Value::Str(p.dual_stack_dns_suffix.to_owned()),
        ),
        ("supportsFIPS", Value::Bool(p.supports_fips)),
        ("supportsDualStack", Value::Bool(p.supports_dual_stack)),
        (
            "implicitGlobalRegion",
            Value::Str(p.implicit_global_region.to_owned()),
        ),
    ])
}

/// `arn:partition:service:region:account:resource`; the resource is split on `:` and `/`.
/// Region and account may be empty; partition, service and resource may not.
fn parse_arn(arn: &str) -> Option<Value> {
    let mut parts = arn.splitn(6, ':');
    let mut next = || parts.next();
    let (prefix, partition, service, region, account, resource) =
        (next()?, next()?, next()?, next()?, next()?, next()?);
    if prefix != "arn" || partition.is_empty() || service.is_empty() || resource.is_empty() {
        return None;
    }
    let resource_id = resource
        .split([':', '/'])
        .map(|s| Value::Str(s.to_owned()))
        .collect();
    Some(record([
        ("partition", Value::Str(partition.to_owned())),
        ("service", Value::Str(service.to_owned())),
        ("region", Value::Str(region.to_owned())),
        ("accountId", Value::Str(account.to_owned())),
        ("resourceId", Value::Array(resource_id)),
    ]))
}

fn record<const N: usize>(fields: [(&str, Value); N]) -> Value {
    // Inserted one by one: `collect` would instantiate std's stable sort for every `N`.
    let mut record = BTreeMap::new();
    for (k, v) in fields {
        record.insert(k.to_owned(), v);
    }
    Value::Record(record)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Value {
        Value::Str(v.to_owned())
    }

    fn field<'a>(v: &'a Value, key: &str) -> &'a Value {
        match v {
            Value::Record(fields) => &fields[key],
            other => panic!("not a record: {other:?}"),
        }
    }

    #[test]
    fn names_round_trip() {
        for f in [
            Function::IsSet,
            Function::Not,
            Function::StringEquals,
            Function::BooleanEquals,
            Function::Substring,
            Function::IsValidHostLabel,
            Function::ParseUrl,
            Function::UriEncode,
            Function::AwsPartition,
            Function::AwsParseArn,
            Function::AwsIsVirtualHostableS3Bucket,
        ] {
            assert_eq!(Function::from_name(f.name()), Some(f));
        }
        assert_eq!(Function::from_name("getAttr"), None);
    }

    #[test]
    fn unset_arguments_propagate() {
        assert_eq!(
            Function::IsSet.call(&[Value::Unset]),
            Ok(Value::Bool(false))
        );
        assert_eq!(Function::IsSet.call(&[s("x")]), Ok(Value::Bool(true)));
        assert_eq!(
            Function::StringEquals.call(&[Value::Unset, s("x")]),
            Ok(Value::Unset)
        );
        assert!(Function::Not.call(&[s("x")]).is_err());
    }

    #[test]
    fn substring_cases() {
        assert_eq!(substring("abcdefg", 0, 4, false), Some("abcd"));
        assert_eq!(substring("abcdefg", 0, 4, true), Some("defg"));
        assert_eq!(substring("abcdefg", 1, 7, false), Some("bcdefg"));
        assert_eq!(substring("abcdefg", 0, 8, false), None);
        assert_eq!(substring("abcdefg", 4, 4, false), None);
        assert_eq!(substring("abcdefg", -1, 4, false), None);
        assert_eq!(substring("\u{1F600}abcdef", 0, 2, false), None);
    }

    #[test]
    fn host_labels() {
        assert!(is_valid_host_label("us-east-1", false));
        assert!(is_valid_host_label("a", false));
        assert!(!is_valid_host_label("", false));
        assert!(!is_valid_host_label("-abc", false));
        assert!(!is_valid_host_label("a.b", false));
        assert!(is_valid_host_label("a.b", true));
        assert!(!is_valid_host_label("a..b", true));
        assert!(!is_valid_host_label(&"a".repeat(64), false));
        assert!(is_valid_host_label(&"a".repeat(63), false));
    }

    #[test]
    fn s3_buckets() {
        assert!(is_virtual_hostable_s3_bucket("my-bucket", false));
        assert!(!is_virtual_hostable_s3_bucket("my.bucket", false));
        assert!(is_virtual_hostable_s3_bucket("my.bucket", true));
        assert!(!is_virtual_hostable_s3_bucket("My-Bucket", false));
        assert!(!is_virtual_hostable_s3_bucket("ab", false));
        assert!(!is_virtual_hostable_s3_bucket("192.168.0.1", true));
        assert!(!is_virtual_hostable_s3_bucket("bucket-", false));
        assert!(!is_virtual_hostable_s3_bucket("a-.b", true));
    }

    #[test]
    fn urls() {
        let u = parse_url("https://example.com:8443/foo/bar").expect("parses");
        assert_eq!(field(&u, "scheme"), &s("https"));
        assert_eq!(field(&u, "authority"), &s("example.com:8443"));
        assert_eq!(field(&u, "path"), &s("/foo/bar"));
        assert_eq!(field(&u, "normalizedPath"), &s("/foo/bar/"));
        assert_eq!(field(&u, "isIp"), &Value::Bool(false));

        let u = parse_url("http://127.0.0.1").expect("parses");
        assert_eq!(field(&u, "path"), &s(""));
        assert_eq!(field(&u, "normalizedPath"), &s("/"));
        assert_eq!(field(&u, "isIp"), &Value::Bool(true));

        let u = parse_url("https://[fe80::1]:443/").expect("parses");
        assert_eq!(field(&u, "authority"), &s("[fe80::1]:443"));
        assert_eq!(field(&u, "isIp"), &Value::Bool(true));

        for bad in [
            "https://example.com/?x=1",
            "example.com",
            "ftp://example.com",
            "https://",
            "https://[nope]/",
            "https://host:port/",
        ] {
            assert_eq!(parse_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn arns() {
        let arn = parse_arn("arn:aws:kinesis:us-east-1:123:stream/test-stream").expect("parses");
        assert_eq!(field(&arn, "partition"), &s("aws"));
        assert_eq!(field(&arn, "region"), &s("us-east-1"));
        assert_eq!(field(&arn, "accountId"), &s("123"));
        assert_eq!(
            field(&arn, "resourceId"),
            &Value::Array(vec![s("stream"), s("test-stream")])
        );
        let arn = parse_arn("arn:aws:s3:::bucket:obj/key").expect("parses");
        assert_eq!(field(&arn, "region"), &s(""));
        assert_eq!(
            field(&arn, "resourceId"),
            &Value::Array(vec![s("bucket"), s("obj"), s("key")])
        );
        for bad in [
            "arn:aws:s3:::",
            "arn::s3:r:a:res",
            "arn:aws::r:a:res",
            "nope:aws:s3:r:a:b",
            "arn:aws:s3",
        ] {
            assert_eq!(parse_arn(bad), None, "{bad}");
        }
    }

    #[test]
    fn partitions() {
        let p = partition("cn-north-1");
        assert_eq!(field(&p, "dnsSuffix"), &s("amazonaws.com.cn"));
        assert_eq!(field(&p, "supportsFIPS"), &Value::Bool(true));
    }
}
