//! Cost of one SRP sign-in: the client-side math alone (`SrpClient` against an in-process
//! `SrpServer`), then whole `CognitoClient` USER_SRP_AUTH sign-ins against an in-process
//! emulator over loopback HTTP.

use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use chrono::Utc;
use cogman_bench::{Args, Summary, cpu_per_op, fail, ms, or_na, process_cpu, thread_cpu};
use cogman_cognito::srp::{self, ChallengeParams, SrpClient, SrpServer};
use cogman_cognito::{AuthFlow, CognitoClient, CognitoConfig};
use cogman_redact::Redactor;

const USAGE: &str = "usage: srp-cost [n=200] [signins=100]
Runs n in-process SRP exchanges (client and server math, no I/O) and then `signins` full
CognitoClient SRP sign-ins against an in-process emulator; prints Markdown table rows.";

const POOL_ID: &str = "us-east-1_BenchPool";
const USER_ID: &str = "bench-user-id";
const PASSWORD: &str = "Bench-Passw0rd!";

/// The math alone: per exchange, the client creates `a`/A and answers the challenge; the
/// server creates `b`/B, derives its key and checks the signature. Timed separately.
fn in_process(n: usize) {
    let pool = srp::pool_name(POOL_ID).unwrap_or_else(|e| fail(&e.to_string()));
    let salt_hex = srp::random_salt_hex();
    let salt = srp::parse_hex(&salt_hex, "SALT").unwrap_or_else(|e| fail(&e.to_string()));
    // The verifier is stored once when the password is set, not per sign-in.
    let verifier = srp::verifier(&salt, pool, USER_ID, PASSWORD);
    let block = b"opaque server state for the bench";
    let secret_block = BASE64.encode(block);

    let mut client_times = Vec::with_capacity(n);
    let mut server_times = Vec::with_capacity(n);
    let mut client_cpu = Duration::ZERO;
    let mut cpu_known = true;
    for _ in 0..n {
        let t = Instant::now();
        let server = SrpServer::new(&verifier);
        let params = ChallengeParams {
            salt: salt_hex.clone(),
            srp_b: server.b_pub_hex(),
            secret_block: secret_block.clone(),
            user_id_for_srp: USER_ID.into(),
        };
        let mut server_time = t.elapsed();

        let cpu0 = thread_cpu();
        let t = Instant::now();
        let client = SrpClient::new();
        let answer = client
            .respond(&params, POOL_ID, PASSWORD, Utc::now())
            .unwrap_or_else(|e| fail(&format!("client side: {e}")));
        client_times.push(t.elapsed());
        match cpu_per_op(cpu0, thread_cpu(), 1) {
            Some(d) => client_cpu += d,
            None => cpu_known = false,
        }

        let t = Instant::now();
        let key = server
            .session_key(client.a_pub(), &verifier)
            .unwrap_or_else(|e| fail(&format!("server side: {e}")));
        let ok = srp::verify_signature(
            &key,
            pool,
            USER_ID,
            block,
            &answer.timestamp,
            &answer.signature,
        );
        server_time += t.elapsed();
        server_times.push(server_time);
        if !ok {
            fail("the server rejected the client's PASSWORD_CLAIM_SIGNATURE");
        }
    }
    let client = Summary::of(&mut client_times);
    let server = Summary::of(&mut server_times);
    let cpu = cpu_known.then(|| client_cpu / u32::try_from(n).unwrap_or(u32::MAX));
    println!(
        "| SRP client math per sign-in ({n} exchanges, in-process) | CPU {} ms; wall mean {} ms, p50 {} ms, p99 {} ms |",
        or_na(cpu, ms),
        ms(client.mean),
        ms(client.p50),
        ms(client.p99)
    );
    println!(
        "| SRP server math per sign-in (same exchanges) | wall mean {} ms, p50 {} ms, p99 {} ms |",
        ms(server.mean),
        ms(server.p50),
        ms(server.p99)
    );
}

/// Whole sign-ins: InitiateAuth + RespondToAuthChallenge over keep-alive loopback HTTP, the
/// emulator verifying the SRP proof and signing two RS256 tokens on its own threads.
fn against_emulator(n: usize) {
    let emu = cogman_emulator::spawn(Default::default())
        .unwrap_or_else(|e| fail(&format!("emulator: {e}")));
    let pool_id = emu
        .create_pool("bench")
        .unwrap_or_else(|e| fail(&format!("CreateUserPool: {e}")));
    let (client_id, _) = emu
        .create_client(
            &pool_id,
            "bench",
            &["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            false,
        )
        .unwrap_or_else(|e| fail(&format!("CreateUserPoolClient: {e}")));
    emu.create_user(&pool_id, "bench-user", PASSWORD, &[])
        .unwrap_or_else(|e| fail(&format!("AdminCreateUser: {e}")));

    let http = cogman_http::Client::new(cogman_http::ClientOptions::default())
        .unwrap_or_else(|e| fail(&format!("HTTP client: {e}")));
    let config = CognitoConfig {
        user_pool_id: Some(pool_id),
        client_id,
        username: Some("bench-user".into()),
        password: Some(PASSWORD.into()),
        flow: AuthFlow::Srp,
        endpoint: Some(emu.base_url().to_string()),
        ..CognitoConfig::default()
    };
    // A run signs in once with its own redactor; reusing one redactor here would make every
    // sign-in re-index the tokens of all the previous ones, a cost no run pays.
    let client = || CognitoClient::new(config.clone(), &http, Redactor::new());
    // One sign-in first: connection set-up and lazy statics are not per sign-in costs.
    client()
        .sign_in()
        .unwrap_or_else(|e| fail(&format!("warm-up sign-in: {e}")));

    let mut times = Vec::with_capacity(n);
    let thread0 = thread_cpu();
    let process0 = process_cpu();
    let start = Instant::now();
    for _ in 0..n {
        let t = Instant::now();
        let tokens = client()
            .sign_in()
            .unwrap_or_else(|e| fail(&format!("sign-in: {e}")));
        times.push(t.elapsed());
        if tokens.access_token.is_empty() {
            fail("sign-in returned no access token");
        }
    }
    let wall = start.elapsed();
    let client_cpu = cpu_per_op(thread0, thread_cpu(), n);
    let total_cpu = cpu_per_op(process0, process_cpu(), n);
    let s = Summary::of(&mut times);
    println!(
        "| CognitoClient SRP sign-in against the emulator ({n} sign-ins, loopback HTTP) | wall mean {} ms, p50 {} ms, p99 {} ms; client CPU {} ms; client + emulator CPU {} ms |",
        ms(s.mean),
        ms(s.p50),
        ms(s.p99),
        or_na(client_cpu, ms),
        or_na(total_cpu, ms)
    );
    println!(
        "| sequential SRP sign-ins per second (one client) | {:.0} /s |",
        n as f64 / wall.as_secs_f64()
    );
}

fn main() {
    let args = Args::from_env(USAGE);
    let n = args.count("n", 200);
    let signins = args.count("signins", 100);
    println!("| measurement | result |");
    println!("|---|---|");
    in_process(n);
    against_emulator(signins);
}
