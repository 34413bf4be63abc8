//! Library shims for Postman scripts: chai `expect` with Postman's response assertions,
//! lodash, CryptoJS, moment, uuid, tv4/ajv, atob/btoa, Buffer, xml2js and cheerio.
//!
//! Everything here is an original implementation of the commonly used surface of those
//! libraries, written to reproduce their observable behaviour (above all chai's failure
//! messages, which Newman reports verbatim).
//!
//! # How it fits together
//!
//! [`install`] runs once per JS context. It creates a private `__cogman_internal` object
//! holding the Rust natives (`native.digest`, `native.hmac`, `native.pbkdf2`, `native.cipher`,
//! `native.randomHex`, `native.uuid4`, `native.schema`), then evaluates the JS sources in
//! `crates/sandbox/js/libs/` in dependency order. Each source is an IIFE that reads what it
//! needs from `__cogman_internal` and adds its module there:
//!
//! | source | provides |
//! |---|---|
//! | `chai.js` | `chai` (loupe-style inspect, deep-eql, Assertion, core BDD assertions) |
//! | `lodash.js` | `lodash` |
//! | `crypto.js` | `CryptoJS` on top of [`crypto`] natives |
//! | `schema.js` | `tv4`, `Ajv` on top of [`schema::validate`] |
//! | `chai_postman.js` | the Postman response assertions plugin (`.status`, `.header`, ...) |
//! | `moment.js` | `moment` |
//! | `misc.js` | `uuid`, `atob`, `btoa`, `Buffer`, `xml2js`, `xml2Json` |
//! | `cheerio.js` | `cheerio` (HTML parsing and CSS selectors) |
//! | `nodelibs.js` | `querystring`, `url` (legacy API), `csv-parse/lib/sync` |
//! | `exports.js` | the globals and `__cogman_libs`, then deletes `__cogman_internal` |
//!
//! Bytes cross into Rust as hex strings and JSON documents as JSON text, so the natives take
//! and return plain Rust strings and never hold a `Ctx`.
//!
//! As in Newman, the global `_` is lodash 3 flavoured (v4 plus the v3 names and signatures
//! legacy scripts use) while `require('lodash')` is lodash 4.
//!
//! # Tests
//!
//! `tests.rs` exercises each library on a bare context. `parity_cases.rs` holds about 3000
//! expressions whose expected results were recorded by running them against the reference
//! libraries Newman 6.2.2 bundles (chai 4.4.1 + chai-postman, lodash, moment, crypto-js,
//! xml2js, tv4, ajv, cheerio); many are randomized values and schemas.

mod crypto;
#[cfg(test)]
mod parity_cases;
mod schema;
#[cfg(test)]
mod tests;

use rquickjs::context::EvalOptions;
use rquickjs::{Ctx, Exception, Function, Object};

/// The JS sources, in evaluation order.
const SOURCES: &[(&str, &str)] = &[
    ("chai.js", include_str!("../../js/libs/chai.js")),
    ("lodash.js", include_str!("../../js/libs/lodash.js")),
    ("crypto.js", include_str!("../../js/libs/crypto.js")),
    ("schema.js", include_str!("../../js/libs/schema.js")),
    (
        "chai_postman.js",
        include_str!("../../js/libs/chai_postman.js"),
    ),
    ("moment.js", include_str!("../../js/libs/moment.js")),
    ("misc.js", include_str!("../../js/libs/misc.js")),
    ("cheerio.js", include_str!("../../js/libs/cheerio.js")),
    ("nodelibs.js", include_str!("../../js/libs/nodelibs.js")),
    ("exports.js", include_str!("../../js/libs/exports.js")),
];

fn throw(ctx: &Ctx<'_>, e: impl std::fmt::Display) -> rquickjs::Error {
    Exception::throw_message(ctx, &e.to_string())
}

fn js_digest<'js>(ctx: Ctx<'js>, alg: String, data: String) -> rquickjs::Result<String> {
    crypto::digest(&alg, &data).map_err(|e| throw(&ctx, e))
}

fn js_hmac<'js>(ctx: Ctx<'js>, alg: String, key: String, data: String) -> rquickjs::Result<String> {
    crypto::hmac(&alg, &key, &data).map_err(|e| throw(&ctx, e))
}

fn js_pbkdf2<'js>(
    ctx: Ctx<'js>,
    alg: String,
    pass: String,
    salt: String,
    iterations: f64,
    key_len: f64,
) -> rquickjs::Result<String> {
    // Saturating float-to-int casts: NaN becomes 0 and is then raised to 1 iteration.
    let iterations = iterations.clamp(1.0, u32::MAX as f64) as u32;
    let key_len = key_len.clamp(0.0, 65536.0) as usize;
    crypto::pbkdf2(&alg, &pass, &salt, iterations, key_len).map_err(|e| throw(&ctx, e))
}

fn js_cipher<'js>(
    ctx: Ctx<'js>,
    alg: String,
    encrypt: bool,
    key: String,
    iv: String,
    data: String,
    pad: bool,
) -> rquickjs::Result<String> {
    crypto::block_cbc(&alg, encrypt, &key, &iv, &data, pad).map_err(|e| throw(&ctx, e))
}

fn js_random_hex(n: f64) -> String {
    crypto::random_hex(n.clamp(0.0, 1_048_576.0) as usize)
}

fn js_uuid4() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn js_schema<'js>(
    ctx: Ctx<'js>,
    schema: String,
    data: String,
    flavor: String,
    extra: String,
) -> rquickjs::Result<String> {
    let flavor = if flavor == "tv4" {
        schema::Flavor::Tv4
    } else {
        schema::Flavor::Ajv
    };
    schema::validate(&schema, &data, flavor, &extra).map_err(|e| throw(&ctx, e))
}

/// Defines the library globals (`_`, `CryptoJS`, `moment`, `tv4`, `atob`, `btoa`, `Buffer`,
/// `xml2Json`, `cheerio`), `__cogman_chai` (`{ expect, AssertionError, chai }`) and `__cogman_libs`
/// (require name -> module) on the context's global object.
///
/// Call once per context; it parses about 150 KB of JS.
pub(crate) fn install(ctx: &Ctx<'_>) -> rquickjs::Result<()> {
    let native = Object::new(ctx.clone())?;
    native.set("digest", Function::new(ctx.clone(), js_digest)?)?;
    native.set("hmac", Function::new(ctx.clone(), js_hmac)?)?;
    native.set("pbkdf2", Function::new(ctx.clone(), js_pbkdf2)?)?;
    native.set("cipher", Function::new(ctx.clone(), js_cipher)?)?;
    native.set("randomHex", Function::new(ctx.clone(), js_random_hex)?)?;
    native.set("uuid4", Function::new(ctx.clone(), js_uuid4)?)?;
    native.set("schema", Function::new(ctx.clone(), js_schema)?)?;
    let internal = Object::new(ctx.clone())?;
    internal.set("native", native)?;
    ctx.globals().set("__cogman_internal", internal)?;

    for (name, source) in SOURCES {
        let mut options = EvalOptions::default();
        options.global = true;
        options.strict = false;
        options.filename = Some(format!("cogman:libs/{name}"));
        if let Err(err) = ctx.eval_with_options::<(), _>(*source, options) {
            // Keep the JS message and position: a broken shim must be easy to locate.
            let detail = match err {
                rquickjs::Error::Exception => {
                    let caught = ctx.catch();
                    match caught.as_exception() {
                        Some(ex) => format!(
                            "{} {}",
                            ex.message().unwrap_or_default(),
                            ex.stack().unwrap_or_default()
                        ),
                        None => format!("{caught:?}"),
                    }
                }
                other => other.to_string(),
            };
            return Err(throw(ctx, format!("failed to load {name}: {detail}")));
        }
    }
    Ok(())
}
