//! placeholder
use crate::args::DemoArgs;
use crate::output::Output;
pub fn run(_args: &DemoArgs, _output: &Output) -> i32 {
    0
}
