//! `cogman auth token|claims|doctor`: Cognito sign-in outside a collection run.
//!
//! - `token` prints exactly one token on stdout and nothing else, for shell pipelines
//!   (`TOKEN=$(cogman auth token)`). It is cogman's one deliberately unredacted output: the
//!   user asked for the token itself. Errors still go to stderr, redacted.
//! - `claims` signs in and prints the decoded claims of the access and id tokens and when they
//!   expire, never the tokens themselves.
//! - `doctor` tries every flow the given settings allow against the app client and prints,
//!   for each, whether it is enabled, and the cause and fix when it is not.
//!
//! The settings are the `--cognito-*` flags of `cogman run` ([`CognitoArgs`]), with the same
//! `COGMAN_COGNITO_*` environment variables and the same `--cognito` fallback to the seed
//! script's variables in `-e`/`-g` files.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use cogman_cognito::{
    AuthFlow, AwsCredentials, CognitoClient, CognitoConfig, CognitoError, Tokens,
};
use cogman_collection::Environment;
use serde_json::Value;

use crate::cognito_args::{CognitoArgs, SeedVars};
use crate::output::Output;
use crate::run::{EXIT_FAILURE, EXIT_OK};

/// `cogman auth`.
#[derive(Debug, Args)]
pub struct AuthArgs {
    #[command(subcommand)]
    pub command: AuthCommand,
}

/// The `auth` subcommands.
#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Sign in and print only the token on stdout (unredacted, for pipelines).
    Token(TokenArgs),
    /// Sign in and print the decoded claims and expiry (never the tokens).
    Claims(CommonArgs),
    /// Try each sign-in flow against the app client and explain each failure.
    Doctor(CommonArgs),
}

/// `--token access|id|refresh`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum WhichToken {
    /// The access token (API Gateway with OAuth scopes, most APIs).
    #[default]
    Access,
    /// The id token (API Gateway's Cognito authorizer default).
    Id,
    /// The refresh token.
    Refresh,
}

/// `cogman auth token`.
#[derive(Debug, Args)]
pub struct TokenArgs {
    /// Which token to print.
    #[arg(long, value_enum, default_value = "access")]
    pub token: WhichToken,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Settings shared by the `auth` subcommands.
#[derive(Debug, Args)]
pub struct CommonArgs {
    /// A Postman environment file (for --cognito).
    #[arg(short = 'e', long, value_name = "PATH")]
    pub environment: Option<PathBuf>,
    /// A Postman globals file (for --cognito).
    #[arg(short = 'g', long, value_name = "PATH")]
    pub globals: Option<PathBuf>,
    /// Set an environment variable, `key=value`; repeatable (for --cognito).
    #[arg(long, value_name = "KEY=VALUE")]
    pub env_var: Vec<String>,
    /// Do not verify TLS certificates.
    #[arg(short = 'k', long)]
    pub insecure: bool,
    #[command(flatten)]
    pub cognito: CognitoArgs,
}

/// Runs `cogman auth ...`; returns the exit code.
pub fn execute(args: &AuthArgs, output: &Output) -> i32 {
    let result = match &args.command {
        AuthCommand::Token(t) => token(t, output),
        AuthCommand::Claims(c) => claims(c, output),
        AuthCommand::Doctor(c) => doctor(c, output),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            print_error(output, &message);
            EXIT_FAILURE
        }
    }
}

/// `error: <first line>` then the cause and fix lines as they are, on stderr (redacted).
pub fn print_error(output: &Output, message: &str) {
    let mut lines = message.lines();
    output.error_line(lines.next().unwrap_or_default());
    let rest: Vec<&str> = lines.collect();
    if !rest.is_empty() {
        let mut err = output.stderr();
        for line in rest {
            let _ = writeln!(err, "{line}");
        }
        let _ = err.flush();
    }
}

fn load_config(args: &CommonArgs, output: &Output) -> Result<CognitoConfig, String> {
    let redactor = output.redactor();
    let read = |p: &Option<PathBuf>, globals: bool| -> Result<Option<Environment>, String> {
        match p {
            Some(p) if globals => cogman_collection::parse_globals(p)
                .map(Some)
                .map_err(|e| e.to_string()),
            Some(p) => cogman_collection::parse_environment(p)
                .map(Some)
                .map_err(|e| e.to_string()),
            None => Ok(None),
        }
    };
    let environment = read(&args.environment, false)?;
    let globals = read(&args.globals, true)?;
    for scope in [&environment, &globals].into_iter().flatten() {
        for e in scope.scope.entries() {
            if let Some(v) = e.value.as_str() {
                redactor.register_variable(&e.key, v, e.is_secret());
            }
        }
    }
    let env_vars: Vec<(String, String)> = args
        .env_var
        .iter()
        .map(|kv| {
            let (k, v) = crate::args::split_key_value(kv);
            let v = v.unwrap_or_default();
            redactor.register_variable(&k, &v, false);
            (k, v)
        })
        .collect();
    let seed = SeedVars {
        env_vars: &env_vars,
        environment: environment.as_ref(),
        global_vars: &[],
        globals: globals.as_ref(),
    };
    args.cognito.config(&seed, redactor)?.ok_or_else(|| {
        "no Cognito settings: pass --cognito-client-id with --cognito-username and \
         --cognito-password (or their COGMAN_COGNITO_* environment variables), or --cognito \
         with an environment (-e) holding the seed script's variables"
            .to_string()
    })
}

fn http_client(args: &CommonArgs) -> Result<cogman_http::Client, String> {
    cogman_http::Client::new(cogman_http::ClientOptions {
        insecure: args.insecure,
        proxy: cogman_http::ProxyConfig::from_env(),
        ..Default::default()
    })
    .map_err(|e| e.to_string())
}

fn sign_in(config: CognitoConfig, args: &CommonArgs, output: &Output) -> Result<Tokens, String> {
    let transport = http_client(args)?;
    let redactor = output.redactor().clone();
    let client = CognitoClient::new(config, transport, redactor.clone());
    let mut manager = cogman_cognito::TokenManager::new(client);
    let tokens = manager
        .current()
        .map_err(|e| redactor.redact(&e.to_string()).into_owned())?
        .clone();
    register(output, &tokens);
    Ok(tokens)
}

fn register(output: &Output, tokens: &Tokens) {
    let r = output.redactor();
    r.add_secret(&tokens.access_token);
    for t in [&tokens.id_token, &tokens.refresh_token]
        .into_iter()
        .flatten()
    {
        r.add_secret(t);
    }
}

fn token(args: &TokenArgs, output: &Output) -> Result<i32, String> {
    let config = load_config(&args.common, output)?;
    let tokens = sign_in(config, &args.common, output)?;
    let chosen = match args.token {
        WhichToken::Access => Some(&tokens.access_token),
        WhichToken::Id => tokens.id_token.as_ref(),
        WhichToken::Refresh => tokens.refresh_token.as_ref(),
    };
    let Some(value) = chosen else {
        return Err(format!(
            "the sign-in returned no {} token (client_credentials gives only an access token)",
            match args.token {
                WhichToken::Access => "access",
                WhichToken::Id => "id",
                WhichToken::Refresh => "refresh",
            }
        ));
    };
    // Deliberately unredacted: this command exists to hand the token to the next program.
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{value}");
    let _ = out.flush();
    Ok(EXIT_OK)
}

/// "in 59 min", "2 h 5 min ago".
pub fn human_duration(seconds: i64) -> String {
    let abs = seconds.unsigned_abs();
    let text = if abs < 60 {
        format!("{abs} s")
    } else if abs < 3600 {
        format!("{} min", abs / 60)
    } else if abs < 86_400 {
        match (abs % 3600) / 60 {
            0 => format!("{} h", abs / 3600),
            m => format!("{} h {m} min", abs / 3600),
        }
    } else {
        format!("{} d {} h", abs / 86_400, (abs % 86_400) / 3600)
    };
    if seconds >= 0 {
        format!("in {text}")
    } else {
        format!("{text} ago")
    }
}

fn expiry_line(claims: &Value) -> Option<String> {
    let exp = claims.get("exp")?.as_i64()?;
    let when = chrono::DateTime::<chrono::Utc>::from_timestamp(exp, 0)?;
    let left = exp - chrono::Utc::now().timestamp();
    let verb = if left >= 0 { "expires" } else { "expired" };
    Some(format!(
        "{verb} {} ({})",
        human_duration(left),
        when.format("%Y-%m-%d %H:%M:%S UTC")
    ))
}

fn show_claims(out: &mut dyn Write, title: &str, c: Result<Value, CognitoError>) {
    let _ = writeln!(out, "{title}");
    match c {
        Ok(c) => {
            if let Some(line) = expiry_line(&c) {
                let _ = writeln!(out, "  {line}");
            }
            let pretty = serde_json::to_string_pretty(&c).unwrap_or_default();
            for line in pretty.lines() {
                let _ = writeln!(out, "  {line}");
            }
        }
        Err(e) => {
            let _ = writeln!(out, "  cannot decode: {e}");
        }
    }
}

fn claims(args: &CommonArgs, output: &Output) -> Result<i32, String> {
    let config = load_config(args, output)?;
    let tokens = sign_in(config, args, output)?;
    let mut out = output.stdout();
    show_claims(&mut out, "access token claims", tokens.access_claims());
    if let Some(c) = tokens.id_claims() {
        show_claims(&mut out, "id token claims", c);
    }
    let _ = writeln!(
        out,
        "refresh token: {}",
        if tokens.refresh_token.is_some() {
            "present (not shown)"
        } else {
            "none"
        }
    );
    let _ = out.flush();
    Ok(EXIT_OK)
}

/// One doctor check's outcome.
enum Check {
    Ok(String),
    Failed(String),
    Skipped(String),
}

fn doctor(args: &CommonArgs, output: &Output) -> Result<i32, String> {
    let base = load_config(args, output)?;
    let transport = http_client(args)?;
    let redactor = output.redactor().clone();
    let mut out = output.stdout();
    let _ = writeln!(
        out,
        "cogman auth doctor: app client {} ({})",
        base.client_id,
        base.service_url()
            .unwrap_or_else(|_| "no region or endpoint".into())
    );
    let has_user = base.username.is_some() && base.password.is_some();
    let mut refresh_from: Option<(String, Option<String>)> = base
        .refresh_token
        .clone()
        .map(|t| (t, base.username.clone()));
    let mut any_ok = false;
    let attempt = |flow: AuthFlow| -> Result<Tokens, String> {
        let cfg = CognitoConfig {
            flow,
            cache: false,
            ..base.clone()
        };
        let client = CognitoClient::new(cfg, &transport, redactor.clone());
        let tokens = client
            .sign_in()
            .map_err(|e| redactor.redact(&e.to_string()).into_owned())?;
        client.register_tokens(&tokens);
        Ok(tokens)
    };
    let mut results: Vec<(AuthFlow, Check)> = Vec::new();
    for flow in [AuthFlow::Srp, AuthFlow::Password, AuthFlow::AdminPassword] {
        let check = if !has_user {
            Check::Skipped("needs --cognito-username and --cognito-password".into())
        } else if flow == AuthFlow::Srp && base.user_pool_id.is_none() {
            Check::Skipped("needs --cognito-user-pool-id (SRP signs with the pool name)".into())
        } else if flow == AuthFlow::AdminPassword && AwsCredentials::from_env().is_err() {
            Check::Skipped(
                "needs AWS credentials (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) allowed \
                 cognito-idp:AdminInitiateAuth"
                    .into(),
            )
        } else {
            match attempt(flow) {
                Ok(t) => {
                    if refresh_from.is_none()
                        && let Some(r) = &t.refresh_token
                    {
                        refresh_from = Some((r.clone(), t.internal_username()));
                    }
                    Check::Ok("enabled: signed in".into())
                }
                Err(e) => Check::Failed(e),
            }
        };
        results.push((flow, check));
    }
    let refresh = match &refresh_from {
        None => Check::Skipped(
            "needs a refresh token: --cognito-refresh-token, or a flow above that signs in".into(),
        ),
        Some((token, user)) => {
            let cfg = CognitoConfig {
                flow: AuthFlow::Refresh,
                refresh_token: Some(token.clone()),
                username: user.clone().or_else(|| base.username.clone()),
                cache: false,
                ..base.clone()
            };
            let client = CognitoClient::new(cfg, &transport, redactor.clone());
            match client.sign_in() {
                Ok(t) => {
                    client.register_tokens(&t);
                    Check::Ok("enabled: refreshed".into())
                }
                Err(e) => Check::Failed(redactor.redact(&e.to_string()).into_owned()),
            }
        }
    };
    results.push((AuthFlow::Refresh, refresh));
    let cc = if base.domain.is_some() && base.client_secret.is_some() {
        match attempt(AuthFlow::ClientCredentials) {
            Ok(_) => Check::Ok("enabled: got an access token".into()),
            Err(e) => Check::Failed(e),
        }
    } else {
        Check::Skipped("needs --cognito-domain and --cognito-client-secret".into())
    };
    results.push((AuthFlow::ClientCredentials, cc));
    for (flow, check) in &results {
        let name = flow.as_str();
        match check {
            Check::Ok(text) => {
                any_ok = true;
                let _ = writeln!(out, "  ✓ {name:<26} {text}");
            }
            Check::Skipped(text) => {
                let _ = writeln!(out, "  - {name:<26} skipped: {text}");
            }
            Check::Failed(text) => {
                let mut lines = text.lines();
                let _ = writeln!(out, "  ✗ {name:<26} {}", lines.next().unwrap_or_default());
                for line in lines {
                    let _ = writeln!(out, "      {}", line.trim_start());
                }
            }
        }
    }
    let _ = writeln!(
        out,
        "{}",
        if any_ok {
            "At least one flow works: cogman run can sign in with it (--cognito-flow)."
        } else {
            "No flow signed in: apply one of the fixes above."
        }
    );
    let _ = out.flush();
    Ok(if any_ok { EXIT_OK } else { EXIT_FAILURE })
}

#[cfg(test)]
mod tests {
    use super::human_duration;

    #[test]
    fn durations_read_well() {
        assert_eq!(human_duration(3540), "in 59 min");
        assert_eq!(human_duration(3600), "in 1 h");
        assert_eq!(human_duration(-30), "30 s ago");
        assert_eq!(human_duration(7500), "in 2 h 5 min");
        assert_eq!(human_duration(90_000), "in 1 d 1 h");
    }
}
