//! [`Store`]: the shared state behind one lock, the in-memory sign-in sessions, the clock, and
//! atomic persistence to the state file.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Mutex, MutexGuard};

use crate::error::{ApiError, EmulatorError};
use crate::model::{STATE_VERSION, State};

/// What a sign-in session is waiting for.
pub enum Pending {
    /// USER_SRP_AUTH answered with PASSWORD_VERIFIER: the key both sides derived. A `None` key
    /// marks a decoy session for an unknown user (PreventUserExistenceErrors).
    Srp {
        key: Option<[u8; 16]>,
        secret_block: Vec<u8>,
    },
    NewPasswordRequired,
    SoftwareTokenMfa,
    /// MFA is required but the user has none: AssociateSoftwareToken/VerifySoftwareToken with
    /// the session, then RespondToAuthChallenge MFA_SETUP.
    MfaSetup {
        verified: bool,
    },
}

/// One pending challenge. Single use: taken out of the map when answered.
pub struct Session {
    pub pool_id: String,
    pub client_id: String,
    pub username: String,
    pub pending: Pending,
    pub expires: f64,
    /// Started by an Admin* call: only the Admin* respond call may answer it (as on Cognito).
    pub admin: bool,
}

/// Shared state of one emulator instance.
pub struct Store {
    state: Mutex<State>,
    sessions: Mutex<HashMap<String, Session>>,
    state_file: Option<PathBuf>,
    /// Added to the wall clock (milliseconds), so tests can expire sessions and tokens.
    clock_offset_ms: AtomicI64,
    /// When expired refresh tokens were last swept (seconds, emulator clock).
    last_prune: AtomicI64,
    /// When expired sessions were last swept (milliseconds, emulator clock).
    last_sweep_ms: AtomicI64,
    /// Print confirmation codes and similar notices on stderr.
    pub log: bool,
}

impl Store {
    /// Opens the store, loading `state_file` when it exists.
    pub fn open(state_file: Option<PathBuf>, log: bool) -> Result<Self, EmulatorError> {
        let state = match &state_file {
            Some(path) if path.exists() => load_state(path)?,
            _ => State::default(),
        };
        Ok(Self {
            state: Mutex::new(state),
            sessions: Mutex::new(HashMap::new()),
            state_file,
            clock_offset_ms: AtomicI64::new(0),
            last_prune: AtomicI64::new(0),
            last_sweep_ms: AtomicI64::new(0),
            log,
        })
    }

    /// Seconds since the epoch on the emulator clock.
    pub fn now(&self) -> f64 {
        let wall = chrono::Utc::now().timestamp_millis();
        (wall + self.clock_offset_ms.load(Ordering::Relaxed)) as f64 / 1000.0
    }

    pub fn advance_clock(&self, by: std::time::Duration) {
        let ms = i64::try_from(by.as_millis()).unwrap_or(i64::MAX / 2);
        self.clock_offset_ms.fetch_add(ms, Ordering::Relaxed);
    }

    pub fn lock(&self) -> MutexGuard<'_, State> {
        // Nothing panics while holding the lock; if something ever did, the data is still valid.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn sessions(&self) -> MutexGuard<'_, HashMap<String, Session>> {
        self.sessions.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs a change under the lock and, when it succeeds, saves the state before returning.
    pub fn write<T>(
        &self,
        f: impl FnOnce(&mut State) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let mut guard = self.lock();
        // Once a minute, forget expired refresh tokens so the maps do not grow without bound.
        let now = self.now();
        if now as i64 - self.last_prune.load(Ordering::Relaxed) >= 60 {
            self.last_prune.store(now as i64, Ordering::Relaxed);
            for pool in guard.pools.values_mut() {
                pool.prune_expired(now);
            }
        }
        let out = f(&mut guard)?;
        self.persist(&guard)?;
        Ok(out)
    }

    /// Runs a read under the lock.
    pub fn read<T>(&self, f: impl FnOnce(&State) -> Result<T, ApiError>) -> Result<T, ApiError> {
        let guard = self.lock();
        f(&guard)
    }

    fn persist(&self, state: &State) -> Result<(), ApiError> {
        let Some(path) = &self.state_file else {
            return Ok(());
        };
        save_state(path, state).map_err(|e| ApiError::internal(e.to_string()))
    }

    /// Saves now (after a seed was applied at start).
    pub fn flush(&self) -> Result<(), EmulatorError> {
        let Some(path) = &self.state_file else {
            return Ok(());
        };
        save_state(path, &self.lock())
    }

    /// Drops sessions past their expiry. Called when new ones are made, at most once a second
    /// (it walks the whole map), so abandoned challenges cannot pile up.
    pub fn sweep_sessions(&self) {
        let now = self.now();
        let now_ms = (now * 1000.0) as i64;
        if now_ms - self.last_sweep_ms.load(Ordering::Relaxed) < 1000 {
            return;
        }
        self.last_sweep_ms.store(now_ms, Ordering::Relaxed);
        self.sessions().retain(|_, s| s.expires > now);
    }
}

fn load_state(path: &Path) -> Result<State, EmulatorError> {
    let err = |message: String| EmulatorError::State {
        path: path.to_path_buf(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
    let state: State = serde_json::from_str(&text)
        .map_err(|e| err(format!("line {}, column {}: {e}", e.line(), e.column())))?;
    if state.version != STATE_VERSION {
        return Err(err(format!(
            "format version {} is not supported (expected {STATE_VERSION})",
            state.version
        )));
    }
    Ok(state)
}

/// Write to a temporary file beside the target, fsync it, rename over the target, fsync the
/// directory: a crash leaves either the old or the new state, never a torn file.
fn save_state(path: &Path, state: &State) -> Result<(), EmulatorError> {
    let err = |message: String| EmulatorError::State {
        path: path.to_path_buf(),
        message,
    };
    let json = serde_json::to_vec(state).map_err(|e| err(e.to_string()))?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{file_name}.tmp{}", std::process::id()));
    let write = || -> std::io::Result<()> {
        // The file holds signing keys, client secrets and password verifiers: owner-only.
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
        let mut f = opts.open(&tmp)?;
        f.write_all(&json)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        err(format!("cannot save: {e}"))
    })
}
