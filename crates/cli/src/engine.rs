//! The one call into the runner, kept in one place so the CLI's side of the contract
//! (`run(&Collection, RunOptions, &mut dyn Reporter)`) is easy to follow when it grows.

use cogman_collection::Collection;
use cogman_runner::{Reporter, RunError, RunOptions, RunSummary};

/// Runs `collection`, sending every event to `reporters`.
pub fn run(
    collection: &Collection,
    options: RunOptions,
    reporters: &mut Vec<Box<dyn Reporter>>,
) -> Result<RunSummary, RunError> {
    cogman_runner::run(collection, options, reporters)
}
