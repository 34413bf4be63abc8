//! `--shard i/n`: a deterministic share of a run, for CI matrices where `n` jobs each run one
//! shard and together run everything exactly once.
//!
//! - [`ShardBy::Items`] (the default) splits the top level of the selection: without
//!   `--folder` the collection's top-level items, with `--folder` the contents of each
//!   selected folder (a selected request counts as one item). The item at 0-based position
//!   `k` runs in shard `k % n + 1`; a folder goes whole, with its subtree, so requests that
//!   depend on each other stay together when they share a top-level folder.
//! - [`ShardBy::Iterations`] runs every request but only iterations `k` (0-based) with
//!   `k % n + 1 == i`; `pm.info.iteration`, `pm.info.iterationCount` and the data row stay
//!   those of the full run.
//!
//! The split depends only on the collection, `--folder`, `-n`/`-d` and `n`, so every job of
//! a matrix computes the same slices. [`plan`](crate::plan) tells a caller what a shard will
//! run before it runs (the CLI uses it to explain a shard that has nothing to run).

/// What `--shard` splits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ShardBy {
    /// Top-level items (folders whole).
    #[default]
    Items,
    /// Iterations.
    Iterations,
}

/// Shard `index` of `count` (1-based). Build it with [`Shard::new`], which checks the range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// This shard, `1..=count`.
    pub index: usize,
    /// How many shards the run is split into, at least 1.
    pub count: usize,
    /// What is split.
    pub by: ShardBy,
}

/// A shard specification that names no shard.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShardError {
    /// `n` is 0.
    #[error("the number of shards must be at least 1")]
    NoShards,
    /// `i` is 0 or greater than `n`.
    #[error("shard {index} does not exist: shards are numbered 1 to {count}")]
    OutOfRange {
        /// The shard asked for.
        index: usize,
        /// The number of shards.
        count: usize,
    },
}

impl Shard {
    /// Shard `index` of `count`, 1-based.
    pub fn new(index: usize, count: usize, by: ShardBy) -> Result<Shard, ShardError> {
        if count == 0 {
            return Err(ShardError::NoShards);
        }
        if index == 0 || index > count {
            return Err(ShardError::OutOfRange { index, count });
        }
        Ok(Shard { index, count, by })
    }

    /// Whether the unit (top-level item or iteration) at 0-based `position` belongs to this
    /// shard. A shard built by hand with out-of-range fields takes nothing.
    pub fn takes(&self, position: usize) -> bool {
        self.count > 0 && position % self.count + 1 == self.index
    }

    /// How many of `total` units this shard takes.
    pub fn share_of(&self, total: usize) -> usize {
        (0..total).filter(|k| self.takes(*k)).count()
    }
}

/// What a run will execute, worked out without running anything (see [`crate::plan`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunPlan {
    /// Top-level items of the selection (after `--folder`, before sharding).
    pub top_level_items: usize,
    /// Top-level items this run executes.
    pub selected_items: usize,
    /// Requests this run executes per iteration.
    pub requests: usize,
    /// Iterations of the full run (`-n`, else data rows, else 1).
    pub iterations: usize,
    /// Iterations this run executes.
    pub selected_iterations: usize,
}

impl RunPlan {
    /// True when the run sends no request of the collection: no request selected or no
    /// iteration selected. Such a run still sends its start and done events, so reporters
    /// write their (empty) reports.
    pub fn is_empty(&self) -> bool {
        self.requests == 0 || self.selected_iterations == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_is_checked() {
        assert_eq!(Shard::new(1, 0, ShardBy::Items), Err(ShardError::NoShards));
        assert_eq!(
            Shard::new(0, 3, ShardBy::Items),
            Err(ShardError::OutOfRange { index: 0, count: 3 })
        );
        assert_eq!(
            Shard::new(4, 3, ShardBy::Items).map_err(|e| e.to_string()),
            Err("shard 4 does not exist: shards are numbered 1 to 3".to_string())
        );
        assert!(Shard::new(3, 3, ShardBy::Iterations).is_ok());
    }

    #[test]
    fn every_position_has_exactly_one_shard() {
        for count in 1..=5 {
            let shards: Vec<Shard> = (1..=count)
                .map(|i| Shard::new(i, count, ShardBy::Items).expect("valid"))
                .collect();
            for k in 0..23 {
                assert_eq!(shards.iter().filter(|s| s.takes(k)).count(), 1);
            }
            let total: usize = shards.iter().map(|s| s.share_of(23)).sum();
            assert_eq!(total, 23);
        }
        let s = Shard::new(2, 3, ShardBy::Items).expect("valid");
        let taken: Vec<usize> = (0..8).filter(|k| s.takes(*k)).collect();
        assert_eq!(taken, vec![1, 4, 7]);
    }

    #[test]
    fn hand_built_invalid_shard_takes_nothing() {
        let s = Shard {
            index: 0,
            count: 0,
            by: ShardBy::Items,
        };
        assert!(!s.takes(0));
    }
}
