//! Number formatting in Newman's words: sizes like the `filesize` package (`441B`, `1.54kB`),
//! durations like Newman's `prettyms` helper (`33ms`, `850µs`, `2.5s`, `1m 5.2s`).

/// Bytes in decimal units with up to two decimals and no space: `0B`, `999B`, `1kB`, `1.54kB`.
pub fn filesize(bytes: u64) -> String {
    const UNITS: [&str; 9] = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
    if bytes == 0 {
        return "0B".to_string();
    }
    let mut exponent = 0usize;
    let mut scaled = bytes as f64;
    while scaled >= 1000.0 && exponent < UNITS.len() - 1 {
        scaled /= 1000.0;
        exponent += 1;
    }
    let mut rounded = (scaled * 100.0).round() / 100.0;
    if rounded >= 1000.0 && exponent < UNITS.len() - 1 {
        rounded = 1.0;
        exponent += 1;
    }
    format!("{}{}", trim_decimals(rounded), UNITS[exponent])
}

fn trim_decimals(value: f64) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0');
    text.trim_end_matches('.').to_string()
}

/// Milliseconds as Newman prints them: below 1ms in whole microseconds, below 1998ms in whole
/// milliseconds, above that in the `pretty-ms` style (`2.5s`, `1m 5.2s`, `1h 2m 3s`).
pub fn prettyms(ms: f64) -> String {
    if !ms.is_finite() || ms <= 0.0 {
        return "0µs".to_string();
    }
    if ms < 1.0 {
        return format!("{}µs", (ms * 1000.0) as u64);
    }
    if ms < 1998.0 {
        return format!("{}ms", ms as u64);
    }
    let total_ms = ms as u64;
    let days = total_ms / 86_400_000;
    let hours = (total_ms / 3_600_000) % 24;
    let minutes = (total_ms / 60_000) % 60;
    // pretty-ms floors seconds to one decimal and drops a trailing `.0`.
    let tenths = (total_ms % 60_000) / 100;
    let mut parts = Vec::new();
    if days > 0 {
        parts.push(format!("{days}d"));
    }
    if hours > 0 {
        parts.push(format!("{hours}h"));
    }
    if minutes > 0 {
        parts.push(format!("{minutes}m"));
    }
    if tenths > 0 || parts.is_empty() {
        if tenths.is_multiple_of(10) {
            parts.push(format!("{}s", tenths / 10));
        } else {
            parts.push(format!("{}.{}s", tenths / 10, tenths % 10));
        }
    }
    parts.join(" ")
}

/// Left-pads `n` with spaces to `width` characters (Newman's `padLeft`).
pub fn pad_left(n: usize, width: usize) -> String {
    format!("{n:>width$}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_match_the_filesize_package() {
        let cases = [
            (0, "0B"),
            (1, "1B"),
            (999, "999B"),
            (1000, "1kB"),
            (1023, "1.02kB"),
            (1536, "1.54kB"),
            (10_000, "10kB"),
            (1_048_576, "1.05MB"),
            (123_456_789, "123.46MB"),
            (999_999, "1MB"),
        ];
        for (bytes, want) in cases {
            assert_eq!(filesize(bytes), want, "{bytes}");
        }
    }

    #[test]
    fn durations_match_newman() {
        assert_eq!(prettyms(0.5), "500µs");
        assert_eq!(prettyms(33.0), "33ms");
        assert_eq!(prettyms(1997.9), "1997ms");
        assert_eq!(prettyms(2000.0), "2s");
        assert_eq!(prettyms(2550.0), "2.5s");
        assert_eq!(prettyms(65_200.0), "1m 5.2s");
        assert_eq!(prettyms(3_723_000.0), "1h 2m 3s");
    }
}
