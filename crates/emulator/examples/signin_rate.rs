//! Measures password sign-ins per second over HTTP against an in-process emulator.
//! `cargo run --release -p cogman-emulator --example signin_rate [threads] [per_thread]`

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let threads: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(4);
    let per_thread: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(250);
    let emu = match cogman_emulator::spawn(Default::default()) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("cannot start: {e}");
            std::process::exit(1);
        }
    };
    let setup = || -> Result<String, cogman_emulator::ApiError> {
        let pool = emu.create_pool("bench")?;
        let (client, _) =
            emu.create_client(&pool, "bench", &["ALLOW_USER_PASSWORD_AUTH"], false)?;
        emu.create_user(&pool, "alice", "Passw0rd!", &[])?;
        Ok(client)
    };
    let client = match setup() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("setup failed: {e}");
            std::process::exit(1);
        }
    };
    let body = format!(
        r#"{{"AuthFlow":"USER_PASSWORD_AUTH","ClientId":"{client}","AuthParameters":{{"USERNAME":"alice","PASSWORD":"Passw0rd!"}}}}"#
    );
    let addr = emu.addr();
    let start = Instant::now();
    let failures: usize = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut failures = 0;
                    for _ in 0..per_thread {
                        let req = format!(
                            "POST / HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nX-Amz-Target: AWSCognitoIdentityProviderService.InitiateAuth\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: {}\r\n\r\n{body}",
                            body.len()
                        );
                        let mut resp = String::new();
                        let ok = TcpStream::connect(addr)
                            .and_then(|mut c| {
                                c.write_all(req.as_bytes())?;
                                c.read_to_string(&mut resp)
                            })
                            .is_ok();
                        if !ok || !resp.starts_with("HTTP/1.1 200") {
                            failures += 1;
                        }
                    }
                    failures
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or(per_thread))
            .sum()
    });
    let total = threads * per_thread;
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{total} sign-ins in {secs:.2}s: {:.0}/s ({failures} failed)",
        total as f64 / secs
    );
}
