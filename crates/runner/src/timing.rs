//! Newman's running response-time statistics (`run.timings`).

use crate::summary::RunTimings;

#[derive(Debug, Default, Clone, Copy)]
struct Phase {
    average: f64,
    min: f64,
    max: f64,
    sd: f64,
}

impl Phase {
    /// Newman's update: the running mean and Welford variance use the count of *all*
    /// requests so far (failed ones included), and zero values are skipped.
    fn add(&mut self, count: u64, value: f64) {
        if value == 0.0 || count == 0 {
            return;
        }
        let n = count as f64;
        let prev_avg = self.average;
        let prev_var = self.sd * self.sd;
        let delta1 = value - prev_avg;
        self.average = (prev_avg * (n - 1.0) + value) / n;
        self.min = if self.min == 0.0 {
            value
        } else {
            self.min.min(value)
        };
        self.max = self.max.max(value);
        let delta2 = value - self.average;
        let var = (prev_var * (n - 1.0) + delta1 * delta2) / n;
        self.sd = var.max(0.0).sqrt();
    }
}

/// Accumulates response, DNS and first-byte statistics.
#[derive(Debug, Default, Clone)]
pub(crate) struct TimingStats {
    /// Collect DNS and first-byte statistics (`--verbose`).
    phases: bool,
    response: Phase,
    dns: Phase,
    first_byte: Phase,
}

impl TimingStats {
    pub(crate) fn new(phases: bool) -> TimingStats {
        TimingStats {
            phases,
            ..TimingStats::default()
        }
    }

    /// Adds one response; `count` is `stats.requests.total` after counting it.
    pub(crate) fn add(&mut self, count: u64, response: f64, dns: f64, first_byte: f64) {
        self.response.add(count, response);
        if self.phases {
            self.dns.add(count, dns);
            self.first_byte.add(count, first_byte);
        }
    }

    pub(crate) fn write_into(&self, t: &mut RunTimings) {
        t.response_average = self.response.average;
        t.response_min = self.response.min;
        t.response_max = self.response.max;
        t.response_sd = self.response.sd;
        t.dns_average = self.dns.average;
        t.dns_min = self.dns.min;
        t.dns_max = self.dns.max;
        t.dns_sd = self.dns.sd;
        t.first_byte_average = self.first_byte.average;
        t.first_byte_min = self.first_byte.min;
        t.first_byte_max = self.first_byte.max;
        t.first_byte_sd = self.first_byte.sd;
    }
}
