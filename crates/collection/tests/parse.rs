//! File formats and bad input.

use std::path::{Path, PathBuf};

use cogman_collection::*;
use serde_json::json;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(name)
}

fn request_of(item: &Item) -> &Request {
    match &item.kind {
        ItemKind::Request(r) => r,
        ItemKind::Folder(_) => panic!("{} is a folder", item.name),
    }
}

#[test]
fn v21_collection_model() {
    let c = parse_collection(&fixture("v21.postman_collection.json")).unwrap();
    assert_eq!(c.info.name, "Fixture v2.1");
    assert_eq!(
        c.info.postman_id.as_deref(),
        Some("0f6c1b7e-3d39-4d8a-9a57-2d2b51b1a001")
    );
    assert_eq!(
        c.info.description.as_deref(),
        Some("All the shapes in one place")
    );
    assert!(c.info.schema.contains("v2.1.0"));
    assert_eq!(c.items.len(), 7);
    assert_eq!(
        c.protocol_profile_behavior.get("disableBodyPruning"),
        Some(&json!(true))
    );

    // collection auth, v2.1 list shape
    let auth = c.auth.as_ref().unwrap();
    assert_eq!(auth.kind, "basic");
    assert_eq!(auth.params.get("username"), Some(&json!("{{user}}")));
    assert_eq!(auth.param_str("password").as_deref(), Some("{{pass}}"));

    // collection events: exec as a string; disabled kept
    assert_eq!(c.events.len(), 2);
    assert_eq!(c.events[0].listen, "prerequest");
    assert_eq!(
        c.events[0].script.exec,
        "console.log('pre');\nconsole.log('two');"
    );
    assert!(c.events[1].disabled);

    // variables with types
    assert_eq!(c.variables[1].value, json!(3));
    assert_eq!(c.variables[2].kind.as_deref(), Some("secret"));
    assert!(c.variables[3].disabled);

    // folder with its own auth
    let folder = &c.items[0];
    assert!(folder.is_folder());
    assert_eq!(
        folder.auth.as_ref().map(|a| a.kind.as_str()),
        Some("noauth")
    );
    let login = &folder.children().unwrap()[0];
    assert_eq!(login.id.as_deref(), Some("req-login"));
    assert_eq!(
        login.events[0].script.exec,
        "pm.test('ok', () => {\n  pm.response.to.have.status(200);\n});"
    );
    assert_eq!(login.scripts("test").count(), 1);
    let r = request_of(login);
    assert_eq!(r.method, "POST", "method is upper-cased");
    assert_eq!(r.headers.len(), 2);
    assert!(r.headers[1].disabled);
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.header("x-off"), None);
    assert_eq!(r.url.to_template_string(), "{{baseUrl}}/login?debug=1");
    match &r.body.as_ref().unwrap().mode {
        BodyMode::Raw { raw, language } => {
            assert_eq!(raw, "{\"user\": \"{{user}}\"}");
            assert_eq!(language.as_deref(), Some("json"));
        }
        other => panic!("{other:?}"),
    }

    // path variables and request auth
    let get = request_of(&c.items[1]);
    assert_eq!(get.url.variables[0].key, "id");
    assert_eq!(get.url.to_template_string(), "{{baseUrl}}/users/{{userId}}");
    assert_eq!(get.auth.as_ref().unwrap().kind, "bearer");
    assert_eq!(
        get.auth.as_ref().unwrap().params.get("token"),
        Some(&json!("{{token}}"))
    );
    assert_eq!(
        c.items[1].protocol_profile_behavior.get("followRedirects"),
        Some(&json!(false))
    );

    // a bare URL string request
    let bare = request_of(&c.items[2]);
    assert_eq!(bare.method, "GET");
    assert_eq!(bare.url.protocol.as_deref(), Some("https"));
    assert_eq!(bare.url.to_template_string(), "https://example.test/ping");

    // body modes
    match &request_of(&c.items[3]).body.as_ref().unwrap().mode {
        BodyMode::Formdata(ps) => {
            assert_eq!(ps.len(), 3);
            assert_eq!(ps[1].kind, FormParamKind::File);
            assert_eq!(ps[1].src, vec!["./a.txt".to_string()]);
            assert!(ps[2].disabled);
        }
        other => panic!("{other:?}"),
    }
    match &request_of(&c.items[4]).body.as_ref().unwrap().mode {
        BodyMode::Urlencoded(ps) => assert!(ps[1].disabled && ps[0].value == "1"),
        other => panic!("{other:?}"),
    }
    match &request_of(&c.items[5]).body.as_ref().unwrap().mode {
        BodyMode::Graphql { query, variables } => {
            assert_eq!(query, "{ me { id } }");
            assert_eq!(variables.as_deref(), Some("{\"a\": 1}"));
        }
        other => panic!("{other:?}"),
    }
    match &request_of(&c.items[6]).body.as_ref().unwrap().mode {
        BodyMode::File { src } => assert_eq!(src.as_deref(), Some("payload.bin")),
        other => panic!("{other:?}"),
    }

    // lookups
    assert_eq!(
        c.find_item("req-login").map(|i| i.name.as_str()),
        Some("Login")
    );
    assert_eq!(c.find_item("Auth").map(|i| i.is_folder()), Some(true));
    let reqs = c.requests();
    assert_eq!(reqs.len(), 7);
    assert_eq!(reqs[0].0.len(), 1, "Login sits in one folder");
    assert_eq!(reqs[0].1.name, "Login");
}

#[test]
fn v20_collection_model() {
    let c = parse_collection(&fixture("v20.postman_collection.json")).unwrap();
    assert_eq!(c.info.postman_id.as_deref(), Some("a-v20"));
    let r = request_of(&c.items[0]);
    let auth = r.auth.as_ref().unwrap();
    assert_eq!(auth.kind, "basic");
    assert_eq!(auth.params.get("username"), Some(&json!("alice")));
    assert_eq!(auth.params.get("password"), Some(&json!("pw")));
    assert_eq!(r.url.variables[0].key, "itemId");
    assert_eq!(r.url.query[0].value.as_deref(), Some("{{q}}"));
    assert_eq!(
        r.url.to_template_string(),
        "http://localhost:3000/items/:itemId?q={{q}}"
    );
    assert_eq!(
        c.items[0].events[0].script.exec,
        "pm.variables.set('x', 1);"
    );
    // v2.0 variables may use `id` as the name
    assert_eq!(c.variables[0].key, "q");
    // auth normalised to the v2.1 list shape on the way out
    assert_eq!(
        auth.to_json(),
        json!({"type": "basic", "basic": [
            {"key": "username", "value": "alice", "type": "string"},
            {"key": "password", "value": "pw", "type": "string"},
            {"key": "saveHelperData", "value": true, "type": "boolean"}
        ]})
    );
}

#[test]
fn malformed_json_has_line_and_column() {
    let path = fixture("malformed.json");
    let err = parse_collection(&path).unwrap_err();
    assert_eq!(err.kind, ParseErrorKind::Syntax);
    assert_eq!(err.line, Some(7));
    assert_eq!(err.column, Some(19));
    let text = err.to_string();
    assert!(
        text.starts_with(&format!(
            "{}:7:19: invalid JSON: expected `,` or `}}`",
            path.display()
        )),
        "{text}"
    );
    assert!(!text.contains('\n'));
}

#[test]
fn empty_and_truncated_json() {
    let err = parse_collection_str("", "empty.json").unwrap_err();
    assert!(
        err.to_string().starts_with("empty.json: file is empty"),
        "{err}"
    );
    let err = parse_collection_str("{\"info\": {", "cut.json").unwrap_err();
    assert_eq!(err.line, Some(1));
    assert!(err.to_string().contains("end of file"), "{err}");
    // A BOM is accepted and does not shift positions off the real column.
    let err = parse_collection_str("\u{feff}{]", "bom.json").unwrap_err();
    assert_eq!((err.line, err.column), (Some(1), Some(3)));
    let ok = parse_collection_str(
        "\u{feff}{\"info\": {\"name\": \"x\"}, \"item\": []}",
        "bom.json",
    );
    assert!(ok.is_ok());
}

#[test]
fn v1_collection_is_named() {
    let err = parse_collection(&fixture("v1.postman_collection.json")).unwrap_err();
    assert_eq!(err.kind, ParseErrorKind::UnsupportedFormat);
    let text = err.to_string();
    assert!(text.contains("Postman v1 collection"), "{text}");
    assert!(text.contains("v2.0 and v2.1"), "{text}");
}

#[test]
fn v3_and_unknown_schema_are_named() {
    let err = parse_collection(&fixture("v3.postman_collection.json")).unwrap_err();
    assert_eq!(err.kind, ParseErrorKind::UnsupportedFormat);
    let text = err.to_string();
    assert!(text.contains("Postman collection v3.0.0"), "{text}");
    assert!(text.contains("v2.0 and v2.1"), "{text}");

    let err = parse_collection_str(
        r#"{"info": {"name": "x", "schema": "https://example.invalid/my-schema.json"}, "item": []}"#,
        "odd.json",
    )
    .unwrap_err();
    assert!(err.to_string().contains("unknown schema"), "{err}");

    // An environment passed as a collection is called out.
    let err = parse_collection(&fixture("env.postman_environment.json")).unwrap_err();
    assert!(err.to_string().contains("environment"), "{err}");
    // Not an object at all.
    let err = parse_collection_str("[1, 2]", "arr.json").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("arr.json:1:1: expected a Postman collection"),
        "{err}"
    );
}

#[test]
fn missing_file_is_one_line() {
    let path = fixture("does-not-exist.json");
    let err = parse_collection(&path).unwrap_err();
    assert_eq!(err.kind, ParseErrorKind::Io);
    let text = err.to_string();
    assert!(text.starts_with(&path.display().to_string()), "{text}");
    assert!(text.contains("cannot read file"), "{text}");
    assert!(!text.contains('\n'));
    assert!(parse_environment(&path).is_err());
    assert!(parse_data_file(&path).is_err());
}

#[test]
fn wrong_types_are_positioned() {
    let path = fixture("wrong_types.json");
    let err = parse_collection(&path).unwrap_err();
    assert_eq!(err.kind, ParseErrorKind::Shape);
    assert_eq!(
        err.json_path.as_deref(),
        Some("item[1].item[0].request.header")
    );
    assert_eq!((err.line, err.column), (Some(8), Some(68)));
    let text = err.to_string();
    assert!(
        text.starts_with(&format!("{}:8:68: expected headers", path.display())),
        "{text}"
    );
    assert!(text.contains("found a number"), "{text}");

    let err = parse_collection_str(
        "{\"info\": {\"name\": \"x\"},\n \"item\": \"nope\"}",
        "t.json",
    )
    .unwrap_err();
    assert_eq!((err.line, err.column), (Some(2), Some(10)));
    assert!(err.to_string().contains("expected `item`"), "{err}");

    let err = parse_collection_str(
        r#"{"info": {"name": "x"}, "item": [{"name": "f", "item": {}}]}"#,
        "t.json",
    )
    .unwrap_err();
    assert_eq!(err.json_path.as_deref(), Some("item[0].item"));

    let err = parse_collection_str(
        r#"{"info": {"name": "x"}, "item": [{"name": "r", "request": {"url": 5}}]}"#,
        "t.json",
    )
    .unwrap_err();
    assert_eq!(err.json_path.as_deref(), Some("item[0].request.url"));
    assert!(
        err.to_string().contains("expected `url` to be a string"),
        "{err}"
    );

    let err = parse_collection_str(
        r#"{"info": {"name": "x"}, "item": [], "event": [{"listen": "test", "script": 3}]}"#,
        "t.json",
    )
    .unwrap_err();
    assert_eq!(err.json_path.as_deref(), Some("event[0].script"));
}

#[test]
fn environment_file() {
    let env = parse_environment(&fixture("env.postman_environment.json")).unwrap();
    assert_eq!(env.name.as_deref(), Some("Local"));
    assert_eq!(env.kind, ScopeKind::Environment);
    let s = &env.scope;
    assert_eq!(s.len(), 6, "disabled entries are kept");
    assert_eq!(s.get("baseUrl"), Some(&json!("http://127.0.0.1:3000")));
    assert_eq!(
        s.get("appStyle"),
        Some(&json!("still-resolves")),
        "Newman ignores `enabled: false`"
    );
    assert_eq!(
        s.get("port"),
        Some(&json!(8080)),
        "values keep their JSON type"
    );
    assert_eq!(s.get("flag"), Some(&json!(true)));
    assert_eq!(s.secret_keys(), vec!["password"]);

    let g = parse_globals(&fixture("globals.postman_globals.json")).unwrap();
    assert_eq!(g.kind, ScopeKind::Globals);
    assert_eq!(g.scope.get("g"), Some(&json!("global")));

    // shape errors are positioned too
    let err = parse_environment_str("{\"values\": [1]}", "e.json").unwrap_err();
    assert_eq!(err.json_path.as_deref(), Some("values[0]"));
    assert_eq!((err.line, err.column), (Some(1), Some(13)));
    let err = parse_environment_str("{\"values\": {}}", "e.json").unwrap_err();
    assert!(err.to_string().contains("expected `values`"), "{err}");
}

#[test]
fn environment_export_shape() {
    let env = parse_environment(&fixture("env.postman_environment.json")).unwrap();
    let mut scope = env.scope.clone();
    scope.set("port", json!(9090));
    scope.set("fresh", json!({"a": 1.0}));
    scope.unset("password");
    let out = env.to_export_json(&scope);
    let keys: Vec<&str> = out
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "id",
            "name",
            "values",
            "_postman_variable_scope",
            "_postman_exported_at",
            "_postman_exported_using"
        ]
    );
    assert_eq!(out["id"], json!("5a1d0c1e-0000-4000-8000-000000000001"));
    assert_eq!(out["name"], json!("Local"));
    assert_eq!(out["_postman_variable_scope"], json!("environment"));
    let at = out["_postman_exported_at"].as_str().unwrap();
    assert!(at.ends_with('Z') && at.len() == 24, "{at}");
    let values = out["values"].as_array().unwrap();
    assert_eq!(
        values[0],
        json!({"type": "any", "value": "http://127.0.0.1:3000", "key": "baseUrl"})
    );
    let vkeys: Vec<&str> = values[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(vkeys, ["type", "value", "key"]);
    assert_eq!(
        values[1],
        json!({"type": "any", "value": 9090, "key": "port"})
    );
    assert_eq!(
        values[3],
        json!({"disabled": true, "type": "any", "value": "http://disabled.invalid", "key": "baseUrl"})
    );
    assert_eq!(
        values[4],
        json!({"type": "any", "value": "still-resolves", "key": "appStyle"})
    );
    assert_eq!(
        values[5],
        json!({"type": "any", "value": {"a": 1}, "key": "fresh"})
    );
    assert_eq!(values.len(), 6, "password was unset");

    // Globals without a file: generated id, default name.
    let g = Environment::empty(ScopeKind::Globals);
    let mut gs = VariableScope::new();
    gs.set("x", json!(1));
    let out = g.to_export_json(&gs);
    assert_eq!(out["name"], json!("globals"));
    let keys: Vec<&str> = out
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        &keys[..3],
        ["id", "values", "name"],
        "Newman's order for a nameless scope"
    );
    assert_eq!(out["_postman_variable_scope"], json!("globals"));
    assert_eq!(out["id"].as_str().map(str::len), Some(36));
}

#[test]
fn collection_export_updates_variables() {
    let c = parse_collection(&fixture("v21.postman_collection.json")).unwrap();
    let mut scope = VariableScope::from_variables(&c.variables);
    scope.set("retries", json!(5));
    scope.set("added", json!(true));
    scope.unset("apiKey");
    let out = c.to_export_json(&scope);
    let vars = out["variable"].as_array().unwrap();
    assert_eq!(
        vars[0],
        json!({"key": "baseUrl", "value": "http://127.0.0.1:3000"})
    );
    assert_eq!(
        vars[1],
        json!({"key": "retries", "value": 5, "type": "number"})
    );
    assert_eq!(
        vars[2],
        json!({"key": "old", "value": "x", "disabled": true})
    );
    assert_eq!(vars[3], json!({"key": "added", "value": true}));
    assert_eq!(vars.len(), 4);
    // everything else is the file as read
    assert_eq!(out["item"], c.raw["item"]);
    assert_eq!(out["info"], c.raw["info"]);
}

#[test]
fn data_csv() {
    let rows = parse_data_file(&fixture("data.csv")).unwrap();
    assert_eq!(rows.len(), 2);
    let cols: Vec<&str> = rows[0].keys().map(String::as_str).collect();
    assert_eq!(
        cols,
        [
            "name", "count", "price", "quoted", "flag", "empty", "lead0", "sci"
        ],
        "BOM stripped from the first header"
    );
    let r = &rows[0];
    assert_eq!(r["name"], json!("alice"));
    assert_eq!(r["count"], json!(3));
    assert_eq!(r["price"], json!(1.5));
    assert_eq!(r["quoted"], json!("42"), "quoted fields are not cast");
    assert_eq!(r["flag"], json!("true"), "booleans are not cast");
    assert_eq!(r["empty"], json!(""));
    assert_eq!(r["lead0"], json!(7), "parseFloat('007')");
    assert_eq!(r["sci"], json!(1000));
    let r = &rows[1];
    assert_eq!(r["name"], json!("bob, jr"));
    assert_eq!(r["count"], json!("-2"));
    assert_eq!(r["price"], json!(2.5), "fields are trimmed");
    assert_eq!(r["quoted"], json!("say \"hi\""));
    assert_eq!(r["lead0"], json!(0));
    assert_eq!(r["sci"], json!("12abc"));
}

#[test]
fn data_csv_edge_cases() {
    // short and long rows, LF endings, no trailing newline
    let rows = parse_data_str("a,b\n1\n2,3,4", "d.csv").unwrap();
    assert_eq!(rows[0].len(), 1);
    assert_eq!(rows[0]["a"], json!(1));
    assert_eq!(rows[1].len(), 2);
    assert_eq!(rows[1]["b"], json!(3));
    // header only
    assert!(parse_data_str("a,b\n", "d.csv").unwrap().is_empty());
    // unclosed quote
    let err = parse_data_str("a\n\"x", "d.csv").unwrap_err();
    assert_eq!(err.line, Some(2));
    assert!(
        err.to_string()
            .starts_with("d.csv:2:1: invalid CSV: quote not closed"),
        "{err}"
    );
    // blank lines are rows with an empty first column (csv-parse without skip_empty_lines)
    let rows = parse_data_str("h\n   \nv\n\n", "d.csv").unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["h"], json!(""));
    assert_eq!(rows[1]["h"], json!("v"));
    // trimming around quoted fields; stray quotes inside unquoted fields are literal
    let rows = parse_data_str("a,b\n x , \"y\" \n", "d.csv").unwrap();
    assert_eq!((&rows[0]["a"], &rows[0]["b"]), (&json!("x"), &json!("y")));
    let rows = parse_data_str("a\nab\"c\"d\n", "d.csv").unwrap();
    assert_eq!(rows[0]["a"], json!("ab\"c\"d"));
    // text after a closing quote is an error, as in csv-parse
    let err = parse_data_str("a\n\"x\"y\n", "d.csv").unwrap_err();
    assert_eq!(err.line, Some(2));
    // auto-cast helper
    assert_eq!(auto_cast("+5"), json!(5));
    assert_eq!(auto_cast("-0.25"), json!(-0.25));
    assert_eq!(auto_cast(".5"), json!(0.5));
    assert_eq!(auto_cast("Infinity"), json!("Infinity"));
    assert_eq!(auto_cast("0x1A"), json!(0), "JS parseFloat('0x1A') is 0");
    assert_eq!(auto_cast("1.2.3"), json!("1.2.3"));
    assert_eq!(auto_cast(""), json!(""));
    assert_eq!(auto_cast("1e400"), json!("1e400"));
}

#[test]
fn data_json() {
    let rows = parse_data_file(&fixture("data.json")).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["nested"], json!({"a": [1, 2]}));
    assert_eq!(rows[1]["n"], json!(2.5));
    let err = parse_data_str("{\"a\": 1}", "d.json").unwrap_err();
    assert!(err.to_string().contains("JSON array of objects"), "{err}");
    let err = parse_data_str("[1]", "d.json").unwrap_err();
    assert!(err.to_string().contains("row 1 must be an object"), "{err}");
    let err = parse_data_str("[\n{\"a\": }\n]", "d.json").unwrap_err();
    assert_eq!((err.line, err.column), (Some(2), Some(7)));
}

#[test]
fn non_utf8_file() {
    let dir = std::env::temp_dir().join(format!("cogman-collection-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("latin1.json");
    std::fs::write(&p, b"{\n \"a\": \"\xe9\"}").unwrap();
    let err = parse_collection(&p).unwrap_err();
    assert_eq!(err.kind, ParseErrorKind::Io);
    assert_eq!((err.line, err.column), (Some(2), Some(8)));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn positions_count_characters_and_lines_after_leading_blank_lines() {
    let err = parse_collection_str("{\"é\": 1,, }", "u.json").unwrap_err();
    assert_eq!((err.line, err.column), (Some(1), Some(9)));
    let err = parse_data_str("\n\n[1,}", "d.json").unwrap_err();
    assert_eq!((err.line, err.column), (Some(3), Some(4)));
    let err = parse_data_str("\u{feff}[1,}", "d.json").unwrap_err();
    assert_eq!((err.line, err.column), (Some(1), Some(5)));
}

/// Every prefix of every fixture, and each fixture with one byte changed, must give a result
/// or an error, never a panic; errors must be one line.
#[test]
fn no_panics_on_damaged_input() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for path in names {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut cuts: Vec<String> = (0..text.len())
            .filter(|i| text.is_char_boundary(*i))
            .map(|i| text[..i].to_string())
            .collect();
        for (i, c) in text.char_indices().step_by(3) {
            for replacement in ["\"", "[", "{", "}", "0", ":"] {
                let mut t = text.clone();
                t.replace_range(i..i + c.len_utf8(), replacement);
                cuts.push(t);
            }
        }
        for t in &cuts {
            for res in [
                parse_collection_str(t, "f").map(|_| ()),
                parse_environment_str(t, "f").map(|_| ()),
                parse_data_str(t, "f").map(|_| ()),
            ] {
                if let Err(e) = res {
                    assert!(!e.to_string().contains('\n'), "{e}");
                }
            }
            let _ = serde_json::from_str::<serde_json::Value>(t)
                .map(|v| Request::from_json(&v).map(|r| r.to_json()));
        }
    }
}
