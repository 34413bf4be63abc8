//! The sandbox's view of the run's variable scopes.
//!
//! Scripts read a snapshot of every scope at start and their writes are replayed here in order,
//! so the runner's scopes keep metadata (types, disabled entries) the script never sees.

use cogman_collection::{Scopes, VariableScope};
use serde_json::Value;

/// One of the five variable scopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeName {
    /// `pm.globals`
    Globals,
    /// `pm.collectionVariables`
    Collection,
    /// `pm.environment`
    Environment,
    /// `pm.iterationData`
    Data,
    /// `pm.variables` (local)
    Local,
}

impl ScopeName {
    /// All scopes, lowest precedence first.
    pub const ALL: [ScopeName; 5] = [
        ScopeName::Globals,
        ScopeName::Collection,
        ScopeName::Environment,
        ScopeName::Data,
        ScopeName::Local,
    ];

    pub(crate) fn key(self) -> &'static str {
        match self {
            ScopeName::Globals => "globals",
            ScopeName::Collection => "collection",
            ScopeName::Environment => "environment",
            ScopeName::Data => "data",
            ScopeName::Local => "local",
        }
    }

    pub(crate) fn from_key(key: &str) -> Option<ScopeName> {
        ScopeName::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Variable storage the sandbox reads and writes. Implemented for `cogman_collection::Scopes`;
/// tests may use their own.
pub trait VariableStore {
    /// Enabled variables of a scope, in order.
    fn entries(&self, scope: ScopeName) -> Vec<(String, Value)>;
    /// Sets (or adds) a variable; `kind` is the optional type argument of `set(key, value, type)`.
    fn set(&mut self, scope: ScopeName, key: &str, value: Value, kind: Option<&str>);
    /// Removes a variable.
    fn unset(&mut self, scope: ScopeName, key: &str);
    /// Removes every variable of a scope.
    fn clear(&mut self, scope: ScopeName);
    /// Name of the active environment (`pm.environment.name`).
    fn environment_name(&self) -> Option<String> {
        None
    }
}

fn scope_mut(scopes: &mut Scopes, scope: ScopeName) -> &mut VariableScope {
    match scope {
        ScopeName::Globals => &mut scopes.globals,
        ScopeName::Collection => &mut scopes.collection,
        ScopeName::Environment => &mut scopes.environment,
        ScopeName::Data => &mut scopes.data,
        ScopeName::Local => &mut scopes.local,
    }
}

impl VariableStore for Scopes {
    fn entries(&self, scope: ScopeName) -> Vec<(String, Value)> {
        let s = match scope {
            ScopeName::Globals => &self.globals,
            ScopeName::Collection => &self.collection,
            ScopeName::Environment => &self.environment,
            ScopeName::Data => &self.data,
            ScopeName::Local => &self.local,
        };
        s.to_object().into_iter().collect()
    }

    fn set(&mut self, scope: ScopeName, key: &str, value: Value, kind: Option<&str>) {
        let s = scope_mut(self, scope);
        match kind {
            Some(k) => s.set_with_kind(key, value, Some(k)),
            None => s.set(key, value),
        }
    }

    fn unset(&mut self, scope: ScopeName, key: &str) {
        scope_mut(self, scope).unset(key);
    }

    fn clear(&mut self, scope: ScopeName) {
        scope_mut(self, scope).clear();
    }

    fn environment_name(&self) -> Option<String> {
        self.environment.name.clone()
    }
}
