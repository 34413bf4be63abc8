//! Runs the emulator in the foreground, like `cogman cognito serve`:
//! `cargo run -p cogman-emulator --example serve -- [PORT] [STATE_FILE] [SEED_FILE]`

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let port = args.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    let state_file = args.next().filter(|s| !s.is_empty()).map(PathBuf::from);
    let seed_file = args.next().filter(|s| !s.is_empty()).map(PathBuf::from);
    let opts = cogman_emulator::ServeOptions {
        port,
        state_file,
        seed_file,
        ..Default::default()
    };
    if let Err(e) = cogman_emulator::serve_blocking(opts) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
