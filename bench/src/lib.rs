//! cogman's benchmark harness: the only source of speed and memory claims.
//!
//! Three binaries measure one thing each and print one Markdown table row per measurement;
//! `bench/run` builds them in release mode, runs them after the Newman comparison and writes
//! everything as one table (see `bench/README.md` for what each number means):
//!
//! - `script-cost`: one [`cogman_sandbox::Sandbox`] (created once, as in a run) executes a
//!   typical prerequest and test script N times; microseconds per execution.
//! - `srp-cost`: N SRP exchanges with `cogman_cognito::srp::SrpClient` against an in-process
//!   `SrpServer` (milliseconds of CPU per sign-in, client and server side), then N full
//!   `CognitoClient` SRP sign-ins against an in-process emulator over loopback HTTP.
//! - `emulator-load`: K client threads send a fixed number of USER_PASSWORD_AUTH InitiateAuth
//!   calls to an in-process emulator over keep-alive HTTP; sign-ins per second.
//!
//! This library holds what they share: [`Args`] (bounded counts from the command line),
//! [`Summary`] (mean and percentiles of a sample) and CPU-time clocks ([`thread_cpu`],
//! [`process_cpu`]), so CPU cost is reported next to wall time: on a shared machine wall time
//! includes waiting for a core, CPU time does not.
//! Every loop is bounded by a count given on the command line (with a hard cap), never by time.

use std::time::Duration;

/// Upper bound on any count accepted from the command line, so a typo cannot make a loop run
/// for hours.
pub const MAX_COUNT: usize = 10_000_000;

/// `name=value` arguments (`n=10000 warmup=200`), with defaults.
#[derive(Debug, Clone)]
pub struct Args {
    pairs: Vec<(String, String)>,
}

impl Args {
    /// Reads `std::env::args()`; exits with a usage message on a malformed argument.
    pub fn from_env(usage: &str) -> Args {
        let mut pairs = Vec::new();
        for arg in std::env::args().skip(1) {
            if arg == "-h" || arg == "--help" {
                println!("{usage}");
                std::process::exit(0);
            }
            match arg.split_once('=') {
                Some((k, v)) => pairs.push((k.to_string(), v.to_string())),
                None => fail(&format!("unexpected argument {arg:?}\n{usage}")),
            }
        }
        Args { pairs }
    }

    /// A count argument (1..=[`MAX_COUNT`]), `default` when absent.
    pub fn count(&self, name: &str, default: usize) -> usize {
        let Some((_, v)) = self.pairs.iter().rev().find(|(k, _)| k == name) else {
            return default;
        };
        match v.parse::<usize>() {
            Ok(n) if (1..=MAX_COUNT).contains(&n) => n,
            _ => fail(&format!(
                "{name}={v:?}: expected a whole number from 1 to {MAX_COUNT}"
            )),
        }
    }
}

/// Prints `message` on stderr and exits with status 1 (a benchmark that cannot run its setup
/// has nothing to report).
pub fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}

/// Mean and percentiles of a sample of durations.
#[derive(Debug, Clone, Copy)]
pub struct Summary {
    /// Number of samples.
    pub count: usize,
    /// Arithmetic mean.
    pub mean: Duration,
    /// Median.
    pub p50: Duration,
    /// 99th percentile (nearest rank).
    pub p99: Duration,
    /// Largest sample.
    pub max: Duration,
}

impl Summary {
    /// Summarises `samples` (sorted in place). An empty sample gives zeros.
    pub fn of(samples: &mut [Duration]) -> Summary {
        samples.sort_unstable();
        let count = samples.len();
        if count == 0 {
            return Summary {
                count,
                mean: Duration::ZERO,
                p50: Duration::ZERO,
                p99: Duration::ZERO,
                max: Duration::ZERO,
            };
        }
        let total: Duration = samples.iter().sum();
        let rank = |p: usize| samples[(count * p).div_ceil(100).clamp(1, count) - 1];
        Summary {
            count,
            mean: total / u32::try_from(count).unwrap_or(u32::MAX),
            p50: rank(50),
            p99: rank(99),
            max: samples[count - 1],
        }
    }
}

/// Microseconds as a decimal (`12.3`).
pub fn us(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1e6)
}

/// Milliseconds as a decimal (`4.56`).
pub fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1e3)
}

/// CPU time the calling thread has used so far (`CLOCK_THREAD_CPUTIME_ID`, nanosecond
/// resolution). `None` where the clock is unavailable.
pub fn thread_cpu() -> Option<Duration> {
    cpu_clock(libc::CLOCK_THREAD_CPUTIME_ID)
}

/// CPU time the whole process has used so far, all threads (`CLOCK_PROCESS_CPUTIME_ID`).
pub fn process_cpu() -> Option<Duration> {
    cpu_clock(libc::CLOCK_PROCESS_CPUTIME_ID)
}

fn cpu_clock(clock: libc::clockid_t) -> Option<Duration> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call, and
    // clock_gettime writes nothing else.
    let rc = unsafe { libc::clock_gettime(clock, &mut ts) };
    if rc != 0 {
        return None;
    }
    let secs = u64::try_from(ts.tv_sec).ok()?;
    let nanos = u32::try_from(ts.tv_nsec).ok()?;
    Some(Duration::new(secs, nanos))
}

/// `after - before` of two optional CPU readings, divided over `count` operations.
pub fn cpu_per_op(
    before: Option<Duration>,
    after: Option<Duration>,
    count: usize,
) -> Option<Duration> {
    match (before, after) {
        (Some(b), Some(a)) if count > 0 => {
            Some(a.saturating_sub(b) / u32::try_from(count).unwrap_or(u32::MAX))
        }
        _ => None,
    }
}

/// A duration in the given formatter, or `n/a`.
pub fn or_na(d: Option<Duration>, format: fn(Duration) -> String) -> String {
    d.map_or_else(|| "n/a".to_string(), format)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_nearest_rank() {
        let mut samples: Vec<Duration> = (1..=100).map(Duration::from_micros).collect();
        samples.reverse();
        let s = Summary::of(&mut samples);
        assert_eq!(s.count, 100);
        assert_eq!(s.p50, Duration::from_micros(50));
        assert_eq!(s.p99, Duration::from_micros(99));
        assert_eq!(s.max, Duration::from_micros(100));
        assert_eq!(s.mean, Duration::from_nanos(50_500));
    }

    #[test]
    fn empty_and_single_samples() {
        assert_eq!(Summary::of(&mut []).p99, Duration::ZERO);
        let s = Summary::of(&mut [Duration::from_millis(3)]);
        assert_eq!(
            (s.p50, s.p99),
            (Duration::from_millis(3), Duration::from_millis(3))
        );
    }

    #[test]
    fn cpu_clocks_only_grow() {
        let (a, b) = (thread_cpu(), thread_cpu());
        assert!(a.is_some() && b >= a);
        let (a, b) = (process_cpu(), process_cpu());
        assert!(a.is_some() && b >= a);
        assert_eq!(or_na(cpu_per_op(None, None, 1), ms), "n/a");
        assert_eq!(
            or_na(
                cpu_per_op(Some(Duration::ZERO), Some(Duration::from_millis(10)), 2),
                ms
            ),
            "5.00"
        );
    }
}
