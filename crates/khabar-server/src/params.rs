//! Query-string parsing with clear errors: unknown, repeated, malformed or out-of-range
//! parameters are rejected with a message naming the parameter, never silently ignored.

use axum::http::StatusCode;

use crate::api::ApiError;

/// Longest accepted raw query string, in bytes (longer ones get 414).
pub(crate) const MAX_QUERY_STRING: usize = 4096;
/// Longest accepted free-text query (`q`), in characters.
pub(crate) const MAX_Q_CHARS: usize = 500;
/// Longest accepted name-like parameter (`entity`, `source`, `speaker`), in characters.
pub(crate) const MAX_NAME_CHARS: usize = 200;

/// Parsed, validated query parameters.
#[derive(Debug)]
pub(crate) struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    /// Parses `raw` (the part after `?`), allowing only the names in `allowed`.
    pub(crate) fn parse(raw: Option<&str>, allowed: &[&str]) -> Result<Params, ApiError> {
        let raw = raw.unwrap_or("");
        if raw.len() > MAX_QUERY_STRING {
            return Err(ApiError::new(
                StatusCode::URI_TOO_LONG,
                format!(
                    "query string too long ({} bytes, max {MAX_QUERY_STRING})",
                    raw.len()
                ),
            ));
        }
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw)
            .map_err(|e| ApiError::bad_request(format!("malformed query string: {e}")))?;
        for (i, (name, _)) in pairs.iter().enumerate() {
            if !allowed.contains(&name.as_str()) {
                return Err(ApiError::bad_request(format!(
                    "unknown parameter `{name}` (allowed: {})",
                    allowed.join(", ")
                )));
            }
            if pairs[..i].iter().any(|(n, _)| n == name) {
                return Err(ApiError::bad_request(format!(
                    "parameter `{name}` given more than once"
                )));
            }
        }
        Ok(Params { pairs })
    }

    fn raw(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// A trimmed string parameter; empty means absent. Longer than `max_chars` is an error.
    pub(crate) fn string(&self, name: &str, max_chars: usize) -> Result<Option<String>, ApiError> {
        let Some(v) = self.raw(name).map(str::trim).filter(|v| !v.is_empty()) else {
            return Ok(None);
        };
        let n = v.chars().count();
        if n > max_chars {
            return Err(ApiError::bad_request(format!(
                "parameter `{name}` too long ({n} characters, max {max_chars})"
            )));
        }
        Ok(Some(v.to_string()))
    }

    /// An integer parameter in `min..=max`, `default` when absent.
    pub(crate) fn integer(
        &self,
        name: &str,
        min: usize,
        max: usize,
        default: usize,
    ) -> Result<usize, ApiError> {
        let Some(v) = self.raw(name).map(str::trim).filter(|v| !v.is_empty()) else {
            return Ok(default);
        };
        let n: usize = v.parse().map_err(|_| {
            ApiError::bad_request(format!(
                "parameter `{name}` must be a whole number, got {v:?}"
            ))
        })?;
        if n < min || n > max {
            return Err(ApiError::bad_request(format!(
                "parameter `{name}` must be between {min} and {max}, got {n}"
            )));
        }
        Ok(n)
    }

    /// A boolean flag: absent → false; `1`, `true`, `yes`, `on` or empty → true; `0`, `false`,
    /// `no`, `off` → false.
    pub(crate) fn flag(&self, name: &str) -> Result<bool, ApiError> {
        match self.raw(name).map(|v| v.trim().to_ascii_lowercase()) {
            None => Ok(false),
            Some(v) => match v.as_str() {
                "" | "1" | "true" | "yes" | "on" => Ok(true),
                "0" | "false" | "no" | "off" => Ok(false),
                _ => Err(ApiError::bad_request(format!(
                    "parameter `{name}` must be true or false, got {v:?}"
                ))),
            },
        }
    }

    /// A date parameter, see [`parse_date`]; `end` picks the last day of a year or month.
    pub(crate) fn date(&self, name: &str, end: bool) -> Result<Option<String>, ApiError> {
        let Some(v) = self.raw(name).map(str::trim).filter(|v| !v.is_empty()) else {
            return Ok(None);
        };
        parse_date(v, end)
            .map(Some)
            .map_err(|why| ApiError::bad_request(format!("parameter `{name}`: {why} (got {v:?})")))
    }

    /// `from` and `to` dates, checked to be in order.
    pub(crate) fn date_range(&self) -> Result<(Option<String>, Option<String>), ApiError> {
        let from = self.date("from", false)?;
        let to = self.date("to", true)?;
        if let (Some(f), Some(t)) = (&from, &to) {
            if f > t {
                return Err(ApiError::bad_request(format!(
                    "`from` ({f}) is after `to` ({t})"
                )));
            }
        }
        Ok((from, to))
    }
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into a full `YYYY-MM-DD` date. A year or month
/// stands for its first day, or its last day when `end` is set, so `from=2017-01&to=2017-01`
/// covers all of January 2017.
pub(crate) fn parse_date(s: &str, end: bool) -> Result<String, String> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize, what: &str| -> Result<u32, String> {
        if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!(
                "{what} must be {len} digits; expected YYYY, YYYY-MM or YYYY-MM-DD"
            ));
        }
        p.parse().map_err(|_| format!("bad {what}"))
    };
    if parts.is_empty() || parts.len() > 3 {
        return Err("expected YYYY, YYYY-MM or YYYY-MM-DD".into());
    }
    let year = num(parts[0], 4, "year")?;
    let month = match parts.get(1) {
        Some(p) => num(p, 2, "month")?,
        None if end => 12,
        None => 1,
    };
    if !(1..=12).contains(&month) {
        return Err(format!("month {month} is not between 01 and 12"));
    }
    let last = days_in_month(year, month);
    let day = match parts.get(2) {
        Some(p) => num(p, 2, "day")?,
        None if end => last,
        None => 1,
    };
    if day == 0 || day > last {
        return Err(format!("day {day} does not exist in {year:04}-{month:02}"));
    }
    Ok(format!("{year:04}-{month:02}-{day:02}"))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_expand_and_validate() {
        assert_eq!(parse_date("2017", false).unwrap(), "2017-01-01");
        assert_eq!(parse_date("2017", true).unwrap(), "2017-12-31");
        assert_eq!(parse_date("2016-02", true).unwrap(), "2016-02-29");
        assert_eq!(parse_date("2017-02", true).unwrap(), "2017-02-28");
        assert_eq!(parse_date("2017-03-05", true).unwrap(), "2017-03-05");
        for bad in [
            "17",
            "2017-13",
            "2017-02-30",
            "2017-1-05",
            "2017-01-01-01",
            "abcd",
            "2017/01",
        ] {
            assert!(parse_date(bad, false).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn unknown_and_repeated_parameters_are_rejected() {
        let e = Params::parse(Some("q=a&qq=b"), &["q"]).unwrap_err();
        assert!(
            e.message.contains("unknown parameter `qq`"),
            "{}",
            e.message
        );
        let e = Params::parse(Some("q=a&q=b"), &["q"]).unwrap_err();
        assert!(e.message.contains("more than once"), "{}", e.message);
        let long = "q=".to_string() + &"a".repeat(MAX_QUERY_STRING);
        let e = Params::parse(Some(&long), &["q"]).unwrap_err();
        assert_eq!(e.status, StatusCode::URI_TOO_LONG);
    }

    #[test]
    fn values_are_decoded_and_checked() {
        let p = Params::parse(
            Some("q=%D8%AE%D8%A8%D8%B1+x&limit=5&collapse=&from=2017-01&to=2017-01"),
            &["q", "limit", "collapse", "from", "to"],
        )
        .unwrap();
        assert_eq!(p.string("q", 10).unwrap().as_deref(), Some("خبر x"));
        assert_eq!(p.integer("limit", 1, 100, 10).unwrap(), 5);
        assert!(p.flag("collapse").unwrap());
        assert_eq!(
            p.date_range().unwrap(),
            (Some("2017-01-01".into()), Some("2017-01-31".into()))
        );
        let p = Params::parse(
            Some("limit=0&from=2017-02&to=2017-01"),
            &["limit", "from", "to"],
        )
        .unwrap();
        assert!(p.integer("limit", 1, 100, 10).is_err());
        assert!(p.date_range().unwrap_err().message.contains("after"));
    }
}
