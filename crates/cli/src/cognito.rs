//! `cogman cognito serve`: the local Cognito emulator in the foreground until Ctrl-C.

use std::net::IpAddr;

use cogman_emulator::ServeOptions;

use crate::args::ServeArgs;
use crate::output::Output;
use crate::run::{EXIT_FAILURE, EXIT_OK};

/// Serves until interrupted; returns the exit code.
pub fn serve(args: &ServeArgs, output: &Output) -> i32 {
    let host: IpAddr = match args.host.parse() {
        Ok(h) => h,
        Err(_) => {
            output.error_line(&format!(
                "invalid --host '{}': expected an IP address such as 127.0.0.1",
                args.host
            ));
            return EXIT_FAILURE;
        }
    };
    let options = ServeOptions {
        host,
        port: args.port,
        state_file: args.state.clone(),
        seed_file: args.seed.clone(),
    };
    match cogman_emulator::serve_blocking(options) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            output.error_line(&e.to_string());
            EXIT_FAILURE
        }
    }
}
