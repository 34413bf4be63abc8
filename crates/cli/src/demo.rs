//! `cogman demo`: an offline tour. Starts a small echo API on 127.0.0.1:0 inside the process,
//! runs the bundled collection (`crates/cli/demo/`) against it with the cli reporter, and
//! writes nothing to disk.
//!
//! The services this first part needs are gathered in [`DemoServices`]. The Cognito part
//! (local emulator, protected API, the published pre-request script, native SRP sign-in and
//! the troubleshooting error) follows in [`crate::demo_cognito`].

use cogman_collection::parse_collection_str;
use cogman_report::{CliOptions, CliReporter};
use cogman_runner::{Reporter, RunOptions};

use crate::args::DemoArgs;
use crate::output::Output;
use crate::run::{EXIT_FAILURE, EXIT_OK};

/// The bundled collection.
const DEMO_COLLECTION: &str = include_str!("../demo/demo.postman_collection.json");

/// Servers started for the demo; dropping this stops them.
struct DemoServices {
    echo: cogman_testkit::EchoServer,
}

impl DemoServices {
    fn start() -> std::io::Result<DemoServices> {
        Ok(DemoServices {
            echo: cogman_testkit::EchoServer::try_start()?,
        })
    }

    /// Environment variables that point the collection at the local services.
    fn env_vars(&self) -> Vec<(String, String)> {
        vec![("baseUrl".to_string(), self.echo.base_url())]
    }
}

/// Runs the demo; returns the exit code.
pub fn execute(args: &DemoArgs, output: &Output) -> i32 {
    let collection = match parse_collection_str(DEMO_COLLECTION, "demo.postman_collection.json") {
        Ok(c) => c,
        Err(e) => {
            output.error_line(&e.to_string());
            return EXIT_FAILURE;
        }
    };
    let services = match DemoServices::start() {
        Ok(s) => s,
        Err(e) => {
            output.error_line(&format!("cannot start the demo API on 127.0.0.1: {e}"));
            return EXIT_FAILURE;
        }
    };
    crate::demo_cognito::heading(
        output,
        args.disable_unicode,
        "Step 1: a collection against a local echo API",
        &["Variables, dynamic ids, bodies, redirects, gzip and auth helpers, checked by pm.test."],
    );
    let options = RunOptions {
        env_vars: services.env_vars(),
        redactor: output.redactor().clone(),
        ..Default::default()
    };
    let cli = CliOptions {
        disable_unicode: args.disable_unicode,
        verbose: args.verbose,
        banner: "cogman".to_string(),
        redactor: output.redactor().clone(),
        width: output.terminal_width(),
        ..Default::default()
    };
    let mut reporters: Vec<Box<dyn Reporter>> =
        vec![Box::new(CliReporter::new(output.stdout(), cli))];
    let result = crate::engine::run(&collection, options, &mut reporters);
    drop(reporters);
    drop(services);
    let code = match result {
        Ok(summary) if summary.has_failures() => EXIT_FAILURE,
        Ok(_) => EXIT_OK,
        Err(e) => {
            output.error_line(&e.to_string());
            EXIT_FAILURE
        }
    };
    // Then the Cognito part: local emulator, protected API, seed script and native sign-in.
    let cognito = crate::demo_cognito::run(args, output);
    if code == EXIT_OK { cognito } else { code }
}
