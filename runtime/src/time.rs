//! A UTC instant with the formats the runtime needs: epoch seconds (awsJson timestamps), the
//! ISO 8601 basic form SigV4 signs (`20150830T123600Z`), RFC 3339 and the HTTP date
//! (`@timestampFormat` `date-time` and `http-date`).

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A UTC instant with nanosecond precision.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct DateTime {
    secs: i64,
    nanos: u32,
}

impl DateTime {
    pub const fn from_secs(secs: i64) -> Self {
        DateTime { secs, nanos: 0 }
    }

    /// `None` when `nanos` is a second or more.
    pub const fn from_secs_and_nanos(secs: i64, nanos: u32) -> Option<Self> {
        if nanos >= 1_000_000_000 {
            None
        } else {
            Some(DateTime { secs, nanos })
        }
    }

    /// Fractional epoch seconds, rounded to the millisecond as the wire format carries them.
    pub fn from_secs_f64(secs: f64) -> Option<Self> {
        if !secs.is_finite() || secs.abs() > 1e17 {
            return None;
        }
        let millis = (secs * 1000.0).round() as i64;
        Some(DateTime {
            secs: millis.div_euclid(1000),
            nanos: (millis.rem_euclid(1000) as u32) * 1_000_000,
        })
    }

    pub fn now() -> Self {
        Self::from(SystemTime::now())
    }

    pub fn secs(&self) -> i64 {
        self.secs
    }

    pub fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    pub fn as_secs_f64(&self) -> f64 {
        self.secs as f64 + f64::from(self.nanos) / 1e9
    }

    /// Epoch seconds as awsJson writes them: an integer, or up to millisecond fractions.
    pub fn epoch_seconds_string(&self) -> String {
        let millis = self.nanos / 1_000_000;
        if millis == 0 {
            self.secs.to_string()
        } else {
            let frac = format!("{millis:03}");
            format!("{}.{}", self.secs, frac.trim_end_matches('0'))
        }
    }

    /// (year, month, day, hour, minute, second) in UTC.
    pub fn civil(&self) -> (i64, u32, u32, u32, u32, u32) {
        let days = self.secs.div_euclid(86_400);
        let rem = self.secs.rem_euclid(86_400) as u32;
        let (y, m, d) = civil_from_days(days);
        (y, m, d, rem / 3600, rem / 60 % 60, rem % 60)
    }

    /// `20150830T123600Z`, the X-Amz-Date form.
    pub fn amz_date(&self) -> String {
        let (y, mo, d, h, mi, s) = self.civil();
        // Every request is signed with this: digits are written directly, not via `format!`.
        if !(0..=9999).contains(&y) {
            return format!("{y:04}{mo:02}{d:02}T{h:02}{mi:02}{s:02}Z");
        }
        // Two digits at a time, each by a division by the constant 10.
        let two = |value: i64| [b'0' + (value / 10 % 10) as u8, b'0' + (value % 10) as u8];
        let [y1, y2] = two(y / 100);
        let [y3, y4] = two(y % 100);
        let [mo1, mo2] = two(i64::from(mo));
        let [d1, d2] = two(i64::from(d));
        let [h1, h2] = two(i64::from(h));
        let [mi1, mi2] = two(i64::from(mi));
        let [s1, s2] = two(i64::from(s));
        let text = [
            y1, y2, y3, y4, mo1, mo2, d1, d2, b'T', h1, h2, mi1, mi2, s1, s2, b'Z',
        ];
        text.iter().map(|&b| char::from(b)).collect()
    }

    /// `20150830`, the date of a SigV4 credential scope.
    pub fn amz_day(&self) -> String {
        let (y, mo, d, ..) = self.civil();
        format!("{y:04}{mo:02}{d:02}")
    }

    /// Parses `20150830T123600Z` or RFC 3339 (`2015-08-30T12:36:00Z`, fractions and offsets allowed).
    pub fn parse(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<i64> {
            let part = s.get(r)?;
            if part.is_empty() || !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let (y, mo, d, h, mi, sec, mut rest) = if b.len() == 16 && b[8] == b'T' {
            let (y, mo, d) = (digits(0..4)?, digits(4..6)?, digits(6..8)?);
            let (h, mi, sec) = (digits(9..11)?, digits(11..13)?, digits(13..15)?);
            if &s[15..] != "Z" {
                return None;
            }
            (y, mo, d, h, mi, sec, "Z")
        } else if b.len() >= 20 && b[4] == b'-' && b[7] == b'-' && b[13] == b':' && b[16] == b':' {
            if !matches!(b[10], b'T' | b't' | b' ') {
                return None;
            }
            let (y, mo, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
            let (h, mi, sec) = (digits(11..13)?, digits(14..16)?, digits(17..19)?);
            (y, mo, d, h, mi, sec, &s[19..])
        } else {
            return None;
        };
        if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || sec > 60 {
            return None;
        }
        let mut nanos = 0u32;
        if let Some(frac) = rest.strip_prefix('.') {
            let n = frac.bytes().take_while(u8::is_ascii_digit).count();
            if n == 0 {
                return None;
            }
            let mut scaled: String = frac[..n.min(9)].to_string();
            while scaled.len() < 9 {
                scaled.push('0');
            }
            nanos = scaled.parse().ok()?;
            rest = &frac[n..];
        }
        let offset = match rest {
            "Z" | "z" => 0,
            _ if rest.len() == 6 && (rest.starts_with('+') || rest.starts_with('-')) => {
                let oh: i64 = rest.get(1..3)?.parse().ok()?;
                let om: i64 = rest.get(4..6)?.parse().ok()?;
                let sign = if rest.starts_with('-') { -1 } else { 1 };
                sign * (oh * 3600 + om * 60)
            }
            _ => return None,
        };
        let days = days_from_civil(y, mo as u32, d as u32);
        let secs = days * 86_400 + h * 3600 + mi * 60 + sec - offset;
        Some(DateTime { secs, nanos })
    }
}

const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl DateTime {
    /// The HTTP date (RFC 7231 IMF-fixdate): `Sun, 02 Jan 2000 20:34:56 GMT`, with
    /// milliseconds after the seconds when there are any, as Smithy's `http-date` allows.
    pub fn http_date(&self) -> String {
        let (y, mo, d, h, mi, s) = self.civil();
        // 1970-01-01 was a Thursday.
        let weekday = WEEKDAYS[(self.secs.div_euclid(86_400) + 4).rem_euclid(7) as usize];
        let month = MONTHS[mo as usize - 1];
        let millis = self.nanos / 1_000_000;
        let frac = if millis == 0 {
            String::new()
        } else {
            format!(".{millis:03}")
        };
        format!("{weekday}, {d:02} {month} {y:04} {h:02}:{mi:02}:{s:02}{frac} GMT")
    }

    /// Parses an HTTP date in the IMF-fixdate form (`Sun, 02 Jan 2000 20:34:56 GMT`, fractional
    /// seconds allowed). The weekday is not checked against the date.
    pub fn parse_http_date(s: &str) -> Option<Self> {
        let (_weekday, rest) = s.split_once(", ")?;
        let mut parts = rest.split(' ');
        let (day, month, year, time, zone) = (
            parts.next()?,
            parts.next()?,
            parts.next()?,
            parts.next()?,
            parts.next()?,
        );
        if parts.next().is_some() || zone != "GMT" || day.len() != 2 || year.len() != 4 {
            return None;
        }
        let number = |t: &str| -> Option<i64> {
            (!t.is_empty() && t.bytes().all(|c| c.is_ascii_digit()))
                .then(|| t.parse().ok())
                .flatten()
        };
        let mo = MONTHS.iter().position(|m| *m == month)? as u32 + 1;
        let (d, y) = (number(day)?, number(year)?);
        let (hms, frac) = time.split_once('.').unwrap_or((time, ""));
        let mut hms = hms.split(':');
        let (h, mi, sec) = (
            number(hms.next()?)?,
            number(hms.next()?)?,
            number(hms.next()?)?,
        );
        if hms.next().is_some() || !(1..=31).contains(&d) || h > 23 || mi > 59 || sec > 60 {
            return None;
        }
        let nanos = if frac.is_empty() {
            0
        } else {
            let digits = &frac[..frac.len().min(9)];
            number(digits)? as u32 * 10u32.pow(9 - digits.len() as u32)
        };
        let secs = days_from_civil(y, mo, d as u32) * 86_400 + h * 3600 + mi * 60 + sec;
        Some(DateTime { secs, nanos })
    }
}

impl From<SystemTime> for DateTime {
    fn from(t: SystemTime) -> Self {
        match t.duration_since(UNIX_EPOCH) {
            Ok(d) => DateTime {
                secs: d.as_secs() as i64,
                nanos: d.subsec_nanos(),
            },
            Err(e) => {
                let d = e.duration();
                let mut secs = -(d.as_secs() as i64);
                let mut nanos = d.subsec_nanos();
                if nanos > 0 {
                    secs -= 1;
                    nanos = 1_000_000_000 - nanos;
                }
                DateTime { secs, nanos }
            }
        }
    }
}

impl From<DateTime> for SystemTime {
    fn from(t: DateTime) -> Self {
        if t.secs >= 0 {
            UNIX_EPOCH + Duration::new(t.secs as u64, t.nanos)
        } else {
            UNIX_EPOCH - Duration::from_secs(t.secs.unsigned_abs())
                + Duration::from_nanos(u64::from(t.nanos))
        }
    }
}

impl fmt::Debug for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// RFC 3339 in UTC: `2015-08-30T12:36:00Z`, with milliseconds when there are any.
impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, mo, d, h, mi, s) = self.civil();
        write!(f, "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}")?;
        if self.nanos != 0 {
            write!(f, ".{:03}", self.nanos / 1_000_000)?;
        }
        f.write_str("Z")
    }
}

// Howard Hinnant's days <-> civil date algorithms (public domain), proleptic Gregorian.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses_the_sigv4_suite_date() {
        let t = DateTime::parse("20150830T123600Z").unwrap();
        assert_eq!(t.secs(), 1_440_938_160);
        assert_eq!(t.amz_date(), "20150830T123600Z");
        assert_eq!(t.amz_day(), "20150830");
        assert_eq!(DateTime::parse("2015-08-30T12:36:00Z"), Some(t));
        assert_eq!(DateTime::parse("2015-08-30T14:36:00+02:00"), Some(t));
        assert_eq!(t.to_string(), "2015-08-30T12:36:00Z");
    }

    #[test]
    fn epoch_seconds_keep_milliseconds() {
        let t = DateTime::from_secs_f64(1_398_796_238.123).unwrap();
        assert_eq!(t.epoch_seconds_string(), "1398796238.123");
        assert_eq!(DateTime::from_secs(5).epoch_seconds_string(), "5");
        let neg = DateTime::from_secs_f64(-1.5).unwrap();
        assert_eq!((neg.secs(), neg.subsec_nanos()), (-2, 500_000_000));
    }

    #[test]
    fn http_dates_round_trip() {
        let t = DateTime::from_secs(946_845_296);
        assert_eq!(t.http_date(), "Sun, 02 Jan 2000 20:34:56 GMT");
        assert_eq!(
            DateTime::parse_http_date("Sun, 02 Jan 2000 20:34:56 GMT"),
            Some(t)
        );
        let fractional = DateTime::from_secs_f64(946_845_296.5).unwrap();
        assert_eq!(fractional.http_date(), "Sun, 02 Jan 2000 20:34:56.500 GMT");
        assert_eq!(
            DateTime::parse_http_date("Sun, 02 Jan 2000 20:34:56.5 GMT"),
            Some(fractional)
        );
        assert_eq!(
            DateTime::from_secs(0).http_date(),
            "Thu, 01 Jan 1970 00:00:00 GMT"
        );
        for bad in [
            "",
            "Sun, 02 Jan 2000 20:34:56",
            "Sun, 2 Jan 2000 20:34:56 GMT",
            "Sun, 02 Foo 2000 20:34:56 GMT",
            "Sun, 02 Jan 2000 20:34 GMT",
            "Sun, 02 Jan 2000 20:34:56 UTC",
        ] {
            assert_eq!(DateTime::parse_http_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn rejects_malformed_dates() {
        for bad in [
            "",
            "2015-13-01T00:00:00Z",
            "20150830T123600",
            "2015-08-30T12:36:00",
            "x",
        ] {
            assert_eq!(DateTime::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn amz_date_pads_every_field() {
        assert_eq!(DateTime::from_secs(0).amz_date(), "19700101T000000Z");
        assert_eq!(
            DateTime::from_secs(1_440_938_160).amz_date(),
            "20150830T123600Z"
        );
        assert_eq!(
            DateTime::from_secs(253_402_300_799).amz_date(),
            "99991231T235959Z"
        );
    }

    #[test]
    fn civil_round_trip_across_eras() {
        for days in [-800_000i64, -1, 0, 1, 10_957, 20_000, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}
