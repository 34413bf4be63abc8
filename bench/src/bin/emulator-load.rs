//! Emulator throughput: K client threads, each with its own keep-alive HTTP client and its own
//! user, send a fixed total of USER_PASSWORD_AUTH InitiateAuth calls to an in-process emulator.
//! Every call must return tokens; the rate is successful sign-ins per second of wall time.

use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use cogman_bench::{Args, Summary, cpu_per_op, fail, ms, or_na, process_cpu};
use serde_json::{Value, json};

const USAGE: &str = "usage: emulator-load [requests=5000] [threads=4]
Spawns the emulator in-process, creates a pool, an app client and one user per thread, then
sends `requests` InitiateAuth USER_PASSWORD_AUTH calls from `threads` threads over keep-alive
HTTP; prints sign-ins per second and latency as Markdown table rows.";

const PASSWORD: &str = "Bench-Passw0rd!";

fn sign_in_request(url: &str, client_id: &str, username: &str) -> cogman_http::HttpRequest {
    let body = json!({
        "AuthFlow": "USER_PASSWORD_AUTH",
        "ClientId": client_id,
        "AuthParameters": { "USERNAME": username, "PASSWORD": PASSWORD },
    });
    cogman_http::HttpRequest {
        method: "POST".into(),
        url: url.to_string(),
        headers: vec![
            ("Content-Type".into(), "application/x-amz-json-1.1".into()),
            (
                "X-Amz-Target".into(),
                "AWSCognitoIdentityProviderService.InitiateAuth".into(),
            ),
        ],
        body: cogman_http::RequestBody::Bytes(bytes::Bytes::from(body.to_string())),
    }
}

/// Sends one sign-in; an error unless the reply is 200 with an access token.
fn send(http: &cogman_http::Client, req: &cogman_http::HttpRequest) -> Result<(), String> {
    let resp = http
        .send(req, &cogman_http::SendOptions::default())
        .map_err(|e| e.to_string())?;
    if resp.status != 200 {
        return Err(format!(
            "HTTP {}: {}",
            resp.status,
            String::from_utf8_lossy(&resp.body)
        ));
    }
    let v: Value = serde_json::from_slice(&resp.body).map_err(|e| e.to_string())?;
    if v["AuthenticationResult"]["AccessToken"].as_str().is_none() {
        return Err("no AccessToken in the reply".into());
    }
    Ok(())
}

fn main() {
    let args = Args::from_env(USAGE);
    let requests = args.count("requests", 5000);
    let threads = args.count("threads", 4).min(256);

    let emu = cogman_emulator::spawn(Default::default())
        .unwrap_or_else(|e| fail(&format!("emulator: {e}")));
    let pool_id = emu
        .create_pool("bench")
        .unwrap_or_else(|e| fail(&format!("CreateUserPool: {e}")));
    let (client_id, _) = emu
        .create_client(&pool_id, "bench", &["ALLOW_USER_PASSWORD_AUTH"], false)
        .unwrap_or_else(|e| fail(&format!("CreateUserPoolClient: {e}")));
    let url = format!("{}/", emu.base_url());

    // Split the total as evenly as possible; each thread signs in its own user.
    let barrier = Arc::new(Barrier::new(threads + 1));
    let mut workers = Vec::with_capacity(threads);
    for t in 0..threads {
        let username = format!("bench-user-{t}");
        emu.create_user(&pool_id, &username, PASSWORD, &[])
            .unwrap_or_else(|e| fail(&format!("AdminCreateUser: {e}")));
        let share = requests / threads + usize::from(t < requests % threads);
        let req = sign_in_request(&url, &client_id, &username);
        let barrier = Arc::clone(&barrier);
        workers.push(std::thread::spawn(
            move || -> Result<Vec<Duration>, String> {
                let http = cogman_http::Client::new(cogman_http::ClientOptions::default())
                    .map_err(|e| e.to_string());
                // Open the keep-alive connection before the clock starts.
                let warm = http
                    .as_ref()
                    .map_err(Clone::clone)
                    .and_then(|h| send(h, &req));
                barrier.wait();
                let http = http?;
                warm?;
                let mut times = Vec::with_capacity(share);
                for _ in 0..share {
                    let t = Instant::now();
                    send(&http, &req)?;
                    times.push(t.elapsed());
                }
                Ok(times)
            },
        ));
    }
    let cpu0 = process_cpu();
    barrier.wait();
    let start = Instant::now();
    let mut times = Vec::with_capacity(requests);
    let mut errors = Vec::new();
    for w in workers {
        match w.join() {
            Ok(Ok(t)) => times.extend(t),
            Ok(Err(e)) => errors.push(e),
            Err(_) => errors.push("a client thread panicked".into()),
        }
    }
    let wall = start.elapsed();
    let cpu = cpu_per_op(cpu0, process_cpu(), times.len());
    if let Some(e) = errors.first() {
        fail(&format!(
            "{} client thread(s) failed; first: {e}",
            errors.len()
        ));
    }
    let s = Summary::of(&mut times);
    println!("| measurement | result |");
    println!("|---|---|");
    println!(
        "| emulator USER_PASSWORD_AUTH sign-ins ({} requests, {threads} keep-alive client threads) | {:.0} sign-ins/s |",
        s.count,
        s.count as f64 / wall.as_secs_f64()
    );
    println!(
        "| emulator sign-in latency under that load | mean {} ms, p50 {} ms, p99 {} ms |",
        ms(s.mean),
        ms(s.p50),
        ms(s.p99)
    );
    println!(
        "| CPU per sign-in, emulator + load clients (same process) | {} ms |",
        or_na(cpu, ms)
    );
}
