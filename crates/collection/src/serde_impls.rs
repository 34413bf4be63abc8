//! serde support: every model type serialises to its Postman JSON shape and deserialises
//! through the same forgiving converters the file parser uses.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::model::{Auth, Body, Collection, Event, Item, Request, Variable};
use crate::url::Url;

macro_rules! postman_serde {
    ($ty:ty, $to:expr, $from:expr) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let v: Value = $to(self);
                v.serialize(s)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let v = Value::deserialize(d)?;
                $from(&v).map_err(|e: crate::error::ShapeError| {
                    let path = crate::error::path_to_string(&e.path());
                    if path.is_empty() {
                        D::Error::custom(e.message)
                    } else {
                        D::Error::custom(format!("{} (at `{path}`)", e.message))
                    }
                })
            }
        }
    };
}

postman_serde!(Request, Request::to_json, Request::from_value);
postman_serde!(Url, Url::to_json, Url::from_value);
postman_serde!(Item, Item::to_json, Item::from_value);
postman_serde!(Event, Event::to_json, Event::from_value);
postman_serde!(Variable, Variable::to_json, Variable::from_value);
postman_serde!(Body, Body::to_json, body_from);
postman_serde!(Auth, Auth::to_json, auth_from);
postman_serde!(Collection, collection_json, Collection::from_value);

fn body_from(v: &Value) -> Result<Body, crate::error::ShapeError> {
    Body::from_value(v)?.ok_or_else(|| crate::error::ShapeError::new("expected a body object"))
}

fn auth_from(v: &Value) -> Result<Auth, crate::error::ShapeError> {
    Auth::from_value(v)?.ok_or_else(|| crate::error::ShapeError::new("expected `auth.type`"))
}

/// A collection serialises as the file it was read from (or, when built in code, from its
/// parts).
fn collection_json(c: &Collection) -> Value {
    if c.raw.is_null() {
        c.to_json()
    } else {
        c.raw.clone()
    }
}
