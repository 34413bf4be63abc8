//! Shared helpers: a recording reporter and collection builders.

#![allow(dead_code)]

use cogman_collection::{Collection, parse_collection_str};
use cogman_runner::{Event, Reporter, RunOptions, RunSummary, run};
use serde_json::Value;

/// One recorded event, owned.
#[derive(Debug, Clone)]
pub struct Rec {
    pub name: &'static str,
    pub item: Option<String>,
    pub detail: Option<String>,
    /// Response body parsed as JSON (request events).
    pub body: Option<Value>,
    pub code: Option<u16>,
    pub error: Option<String>,
    pub via_send_request: bool,
    /// Cookies set by the response.
    pub cookies: Vec<(String, String)>,
}

#[derive(Default)]
pub struct Recorder {
    pub events: Vec<Rec>,
}

impl Reporter for Recorder {
    fn on_event(&mut self, event: &Event<'_>) {
        let mut rec = Rec {
            name: event.name(),
            item: None,
            detail: None,
            body: None,
            code: None,
            error: None,
            via_send_request: false,
            cookies: Vec::new(),
        };
        match event {
            Event::BeforeItem { item, .. } | Event::Item { item, .. } => {
                rec.item = Some(item.name.clone())
            }
            Event::Request {
                item,
                request,
                response,
                error,
                via_send_request,
                ..
            } => {
                rec.item = Some(item.name.clone());
                rec.detail = Some(format!("{} {}", request.method, request.url));
                rec.body = response.and_then(|r| serde_json::from_slice(&r.body).ok());
                rec.code = response.map(|r| r.code);
                rec.error = error.map(|e| e.message.clone());
                rec.via_send_request = *via_send_request;
                rec.cookies = response
                    .map(|r| {
                        r.cookies
                            .iter()
                            .map(|c| (c.key.clone(), c.value.clone()))
                            .collect()
                    })
                    .unwrap_or_default();
            }
            Event::Assertion {
                item, assertion, ..
            } => {
                rec.item = Some(item.name.clone());
                rec.detail = Some(assertion.name.clone());
                rec.error = assertion.error.as_ref().map(|e| e.message.clone());
            }
            Event::Script { item, error, .. } => {
                rec.item = Some(item.name.clone());
                rec.error = error.map(|e| e.to_string());
            }
            Event::Console { item, message, .. } => {
                rec.item = Some(item.name.clone());
                rec.detail = Some(message.to_string());
            }
            _ => {}
        }
        self.events.push(rec);
    }
}

impl Recorder {
    pub fn requests(&self) -> Vec<&Rec> {
        self.events.iter().filter(|e| e.name == "request").collect()
    }

    pub fn names(&self) -> Vec<&'static str> {
        self.events.iter().map(|e| e.name).collect()
    }

    pub fn items_run(&self) -> Vec<String> {
        self.events
            .iter()
            .filter(|e| e.name == "beforeItem")
            .filter_map(|e| e.item.clone())
            .collect()
    }

    pub fn consoles(&self) -> Vec<String> {
        self.events
            .iter()
            .filter(|e| e.name == "console")
            .filter_map(|e| e.detail.clone())
            .collect()
    }
}

pub fn collection(v: Value) -> Collection {
    parse_collection_str(&v.to_string(), "test.json").expect("valid test collection")
}

pub fn request_item(name: &str, method: &str, url: &str) -> Value {
    serde_json::json!({"name": name, "request": {"method": method, "url": url}})
}

pub fn coll(items: Vec<Value>) -> Value {
    serde_json::json!({
        "info": {"name": "test", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": items
    })
}

pub fn go(c: &Collection, opts: RunOptions) -> (RunSummary, Recorder) {
    let mut rec = Recorder::default();
    let summary = run(c, opts, &mut rec).expect("run starts");
    (summary, rec)
}

/// A loopback port with nothing listening.
pub fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = l.local_addr().expect("addr").port();
    drop(l);
    port
}
