//! Typed access to a JSON 1.1 request body, with Cognito's validation wording.

use serde_json::{Map, Value};

use crate::error::ApiError;

/// A request body (always a JSON object).
pub struct Params<'a>(pub &'a Map<String, Value>);

fn type_error(member: &str, expected: &str) -> ApiError {
    ApiError::serialization(format!(
        "Unexpected value type for {member}: expected {expected}"
    ))
}

impl<'a> Params<'a> {
    fn get(&self, member: &str) -> Option<&'a Value> {
        match self.0.get(member) {
            None | Some(Value::Null) => None,
            Some(v) => Some(v),
        }
    }

    /// A required, non-empty string.
    pub fn req_str(&self, member: &str) -> Result<&'a str, ApiError> {
        match self.opt_str(member)? {
            None => Err(ApiError::missing(member)),
            Some("") => Err(ApiError::constraint(
                "",
                member,
                "Member must have length greater than or equal to 1",
            )),
            Some(s) => Ok(s),
        }
    }

    pub fn opt_str(&self, member: &str) -> Result<Option<&'a str>, ApiError> {
        match self.get(member) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(type_error(member, "a string")),
        }
    }

    pub fn opt_bool(&self, member: &str) -> Result<Option<bool>, ApiError> {
        match self.get(member) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(type_error(member, "a boolean")),
        }
    }

    pub fn opt_i64(&self, member: &str) -> Result<Option<i64>, ApiError> {
        match self.get(member) {
            None => Ok(None),
            Some(Value::Number(n)) => n
                .as_i64()
                .map(Some)
                .ok_or_else(|| type_error(member, "an integer")),
            Some(_) => Err(type_error(member, "an integer")),
        }
    }

    pub fn opt_list(&self, member: &str) -> Result<Option<Vec<String>>, ApiError> {
        match self.get(member) {
            None => Ok(None),
            Some(Value::Array(items)) => items
                .iter()
                .map(|v| {
                    v.as_str()
                        .map(str::to_string)
                        .ok_or_else(|| type_error(member, "a list of strings"))
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Some),
            Some(_) => Err(type_error(member, "a list")),
        }
    }

    pub fn opt_obj(&self, member: &str) -> Result<Option<Params<'a>>, ApiError> {
        match self.get(member) {
            None => Ok(None),
            Some(Value::Object(m)) => Ok(Some(Params(m))),
            Some(_) => Err(type_error(member, "a structure")),
        }
    }

    /// A string map such as AuthParameters (every value must be a string).
    pub fn str_map(&self, member: &str) -> Result<Vec<(String, String)>, ApiError> {
        let Some(p) = self.opt_obj(member)? else {
            return Ok(Vec::new());
        };
        p.0.iter()
            .map(|(k, v)| match v {
                Value::String(s) => Ok((k.clone(), s.clone())),
                _ => Err(type_error(member, "a map of strings")),
            })
            .collect()
    }

    /// An attribute list `[{"Name": .., "Value": ..}]`.
    pub fn attributes(&self, member: &str) -> Result<Option<Vec<(String, String)>>, ApiError> {
        match self.get(member) {
            None => Ok(None),
            Some(Value::Array(items)) => {
                let mut out = Vec::new();
                for item in items {
                    let Value::Object(m) = item else {
                        return Err(type_error(member, "a list of attributes"));
                    };
                    let p = Params(m);
                    let name = p
                        .opt_str("Name")?
                        .ok_or_else(|| ApiError::missing(&format!("{member}.member.name")))?;
                    let value = p.opt_str("Value")?.unwrap_or("");
                    out.push((name.to_string(), value.to_string()));
                }
                Ok(Some(out))
            }
            Some(_) => Err(type_error(member, "a list")),
        }
    }
}

/// Looks a key up in a string map parsed by [`Params::str_map`].
pub fn lookup<'a>(map: &'a [(String, String)], key: &str) -> Option<&'a str> {
    map.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}
