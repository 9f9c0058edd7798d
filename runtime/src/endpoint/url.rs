//! The one check of an endpoint URL, wherever it came from (code, environment, profile, the
//! model's rules), and its split into what sending and signing need.

/// An endpoint URL found usable: `http(s)://host[:port][/path]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndpointUrl {
    /// The URL requests are sent to; its path ends in `/`, where awsJson operations live
    /// (`https://example.com/custom` sends to `/custom/`, as the SDKs do).
    pub url: String,
    /// `host[:port]`, the port only when not the scheme's default: the Host header.
    pub host: String,
    /// The request target: path (and query, for URLs from the rules).
    pub path_and_query: String,
}

impl EndpointUrl {
    /// Checks `text` and splits it; the error says what is wrong.
    pub fn parse(text: &str) -> Result<EndpointUrl, String> {
        check(text)?;
        let mut url = reqwest::Url::parse(text).map_err(|e| e.to_string())?;
        let host = match (url.host_str(), url.port()) {
            (Some(host), Some(port)) => format!("{host}:{port}"),
            (Some(host), None) => host.to_string(),
            (None, _) => return Err("it has no host".into()),
        };
        if !url.path().ends_with('/') {
            let path = format!("{}/", url.path());
            url.set_path(&path);
        }
        let mut path_and_query = url.path().to_string();
        if let Some(query) = url.query() {
            path_and_query.push('?');
            path_and_query.push_str(query);
        }
        Ok(EndpointUrl {
            url: url.to_string(),
            host,
            path_and_query,
        })
    }
}

/// `text` is `http(s)://host[:port][/path]`, without user information, query or fragment,
/// and with a host of letters, digits, `-`, `_` and `.` (or a bracketed IPv6 address).
fn check(url: &str) -> Result<(), String> {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("it contains whitespace or control characters".into());
    }
    let rest = strip_prefix_ignore_case(url, "https://")
        .or_else(|| strip_prefix_ignore_case(url, "http://"))
        .ok_or_else(|| match url.split_once("://") {
            Some((scheme, _)) => format!("the scheme must be http or https, not {scheme:?}"),
            None => "it has no scheme (add https://)".to_string(),
        })?;
    if rest.contains(['?', '#']) {
        return Err("it may not have a query or fragment".into());
    }
    let (authority, _path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    if authority.contains('@') {
        return Err("it may not contain user information ('@')".into());
    }
    let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
        // An IPv6 literal: `[::1]` or `[::1]:8080`.
        let (inside, after) = bracketed
            .split_once(']')
            .ok_or("the IPv6 host has no closing ']'")?;
        if inside.is_empty() || !inside.chars().all(|c| c.is_ascii_hexdigit() || c == ':') {
            return Err(format!("[{inside}] is not an IPv6 address"));
        }
        match after {
            "" => (inside, None),
            _ => match after.strip_prefix(':') {
                Some(port) => (inside, Some(port)),
                None => return Err(format!("unexpected {after:?} after the IPv6 host")),
            },
        }
    } else {
        match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    if host.is_empty() {
        return Err("the host is empty".into());
    }
    if !authority.starts_with('[')
        && !host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_'))
    {
        return Err(format!(
            "the host {host:?} may hold only letters, digits, '-', '_' and '.'"
        ));
    }
    if let Some(port) = port {
        let valid = !port.is_empty()
            && port.bytes().all(|b| b.is_ascii_digit())
            && port.parse::<u16>().is_ok_and(|p| p != 0);
        if !valid {
            return Err(format!("the port {port:?} is not a number from 1 to 65535"));
        }
    }
    Ok(())
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_host_and_path_as_sent() {
        let u = EndpointUrl::parse("http://127.0.0.1:4566").unwrap();
        assert_eq!(
            (u.url.as_str(), u.host.as_str(), u.path_and_query.as_str()),
            ("http://127.0.0.1:4566/", "127.0.0.1:4566", "/")
        );
        let u = EndpointUrl::parse("https://example.com:443/custom").unwrap();
        assert_eq!(
            (u.url.as_str(), u.host.as_str(), u.path_and_query.as_str()),
            ("https://example.com/custom/", "example.com", "/custom/")
        );
        let u = EndpointUrl::parse("http://[::1]:8080/").unwrap();
        assert_eq!(u.host, "[::1]:8080");
    }

    #[test]
    fn refuses_what_is_not_an_endpoint() {
        for (url, why) in [
            ("ftp://h", "scheme"),
            ("h:80", "no scheme"),
            ("https://h/?q", "query"),
            ("https://u@h", "user information"),
            ("https://h:0", "port"),
            ("https://h h", "whitespace"),
            ("https://", "host is empty"),
        ] {
            let err = EndpointUrl::parse(url).unwrap_err();
            assert!(err.contains(why), "{url}: {err}");
        }
    }
}
