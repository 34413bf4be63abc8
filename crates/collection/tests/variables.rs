//! Scopes, resolution, dynamic variables and request JSON.

use std::collections::HashSet;

use cogman_collection::*;
use serde_json::json;

fn scopes() -> Scopes {
    let mut s = Scopes::default();
    s.globals.set("who", json!("globals"));
    s.globals.set("g_only", json!("g"));
    s.collection.set("who", json!("collection"));
    s.collection.set("c_only", json!("c"));
    s.environment.set("who", json!("environment"));
    s.environment.set("e_only", json!("e"));
    s.data.set("who", json!("data"));
    s.data.set("d_only", json!("d"));
    s.local.set("who", json!("local"));
    s
}

#[test]
fn precedence_local_data_env_collection_globals() {
    let mut s = scopes();
    assert_eq!(s.get("who"), Some(&json!("local")));
    assert_eq!(
        s.resolve("{{g_only}}{{c_only}}{{e_only}}{{d_only}}"),
        "gced"
    );
    s.local.unset("who");
    assert_eq!(s.resolve("{{who}}"), "data");
    s.data.unset("who");
    assert_eq!(s.resolve("{{who}}"), "environment");
    s.environment.unset("who");
    assert_eq!(s.resolve("{{who}}"), "collection");
    s.collection.unset("who");
    assert_eq!(s.resolve("{{who}}"), "globals");
    s.globals.unset("who");
    assert_eq!(s.resolve("{{who}}"), "{{who}}");
    assert!(!s.has("who"));
}

#[test]
fn disabled_entries_fall_through_to_lower_scopes() {
    let mut s = Scopes::default();
    s.globals.set("x", json!("global"));
    s.environment = VariableScope::from_variables(&[Variable {
        key: "x".into(),
        value: json!("disabled env"),
        disabled: true,
        ..Variable::default()
    }]);
    assert_eq!(s.resolve("{{x}}"), "global");
    // setting a disabled key adds a new enabled entry and leaves the disabled one
    s.environment.set("x", json!("env"));
    assert_eq!(s.resolve("{{x}}"), "env");
    assert_eq!(s.environment.len(), 2);
}

#[test]
fn nested_and_unresolved() {
    let mut s = Scopes::default();
    s.environment.set("host", json!("127.0.0.1"));
    s.environment.set("port", json!(3000));
    s.environment.set("base", json!("http://{{host}}:{{port}}"));
    s.collection.set("url", json!("{{base}}/v1"));
    assert_eq!(s.resolve("{{url}}/users"), "http://127.0.0.1:3000/v1/users");
    assert_eq!(
        s.resolve("{{url}}/{{unknown}}/{{ spaced }}"),
        "http://127.0.0.1:3000/v1/{{unknown}}/{{ spaced }}"
    );
    // a variable name assembled from another variable
    s.environment.set("stage", json!("prod"));
    s.environment.set("prod_key", json!("K"));
    assert_eq!(s.resolve("{{{{stage}}_key}}"), "K");
    // a chain deeper than the 19 pass limit stops with the remaining token
    let mut deep = Scopes::default();
    for i in 0..25 {
        deep.environment
            .set(&format!("v{i}"), json!(format!("{{{{v{}}}}}", i + 1)));
    }
    deep.environment.set("v25", json!("end"));
    assert_eq!(deep.resolve("{{v0}}"), "{{v19}}");
    assert_eq!(deep.resolve("{{v10}}"), "end");
    // text without tokens, lone braces
    assert_eq!(s.resolve("{ {{host}} }"), "{ 127.0.0.1 }");
    assert_eq!(s.resolve("{{host"), "{{host");
    assert_eq!(s.resolve("}}{{"), "}}{{");
}

#[test]
fn typed_values_stringify_like_javascript() {
    let mut s = Scopes::default();
    s.local.set("int", json!(42));
    s.local.set("float", json!(0.1));
    s.local.set("big", json!(1e21));
    s.local.set("bool", json!(false));
    s.local.set("null", json!(null));
    s.local.set("obj", json!({"a": 1}));
    s.local.set("arr", json!([1, "two", null]));
    s.local.set("empty", json!(""));
    assert_eq!(
        s.resolve("{{int}}|{{float}}|{{big}}|{{bool}}|{{null}}|{{obj}}|{{arr}}|{{empty}}"),
        "42|0.1|1e+21|false|null|[object Object]|1,two,|"
    );
    // the stored value keeps its type
    assert_eq!(s.get("int"), Some(&json!(42)));
    assert_eq!(s.to_object()["obj"], json!({"a": 1}));
}

#[test]
fn declared_types_cast_on_load_and_set() {
    let vars = [
        Variable {
            key: "n".into(),
            value: json!("12"),
            kind: Some("number".into()),
            ..Variable::default()
        },
        Variable {
            key: "s".into(),
            value: json!(7),
            kind: Some("string".into()),
            ..Variable::default()
        },
        Variable {
            key: "b".into(),
            value: json!("false"),
            kind: Some("boolean".into()),
            ..Variable::default()
        },
        Variable {
            key: "secret".into(),
            value: json!("pw"),
            kind: Some("secret".into()),
            ..Variable::default()
        },
    ];
    let c = cogman_collection::parse_collection_str(
        &json!({"info": {"name": "t"}, "item": [], "variable": [
            {"key": "n", "value": "12", "type": "number"},
            {"key": "s", "value": 7, "type": "string"},
            {"key": "b", "value": "false", "type": "boolean"}
        ]})
        .to_string(),
        "t.json",
    )
    .unwrap();
    assert_eq!(c.variables[0].value, json!(12));
    assert_eq!(c.variables[1].value, json!("7"));
    assert_eq!(
        c.variables[2].value,
        json!(true),
        "Boolean('false') is true in JS"
    );

    let mut scope = VariableScope::from_variables(&vars);
    assert_eq!(scope.secret_keys(), vec!["secret"]);
    assert!(scope.entry("secret").is_some_and(|e| e.is_secret()));
    scope.set("n", json!("3.5"));
    assert_eq!(scope.get("n"), Some(&json!(3.5)));
    scope.set("s", json!(true));
    assert_eq!(scope.get("s"), Some(&json!("true")));
    scope.set_with_kind("new", json!(1), Some("string"));
    assert_eq!(scope.get("new"), Some(&json!("1")));
    // to_object: enabled only, later duplicate wins
    let obj = scope.to_object();
    assert_eq!(obj.len(), 5);
}

#[test]
fn dynamic_variables() {
    let s = Scopes::default();
    let out = s.resolve("{{$guid}} {{$guid}}");
    let parts: Vec<&str> = out.split(' ').collect();
    assert_eq!(parts.len(), 2);
    assert_ne!(parts[0], parts[1], "fresh value per occurrence");
    for p in &parts {
        assert_eq!(p.len(), 36);
        assert_eq!(p.as_bytes()[14], b'4', "uuid v4");
    }
    let ts: i64 = s.resolve("{{$timestamp}}").parse().unwrap();
    assert!(ts > 1_600_000_000);
    let iso = s.resolve("{{$isoTimestamp}}");
    assert!(iso.ends_with('Z') && iso.contains('T'), "{iso}");
    let ints: HashSet<String> = (0..50).map(|_| s.resolve("{{$randomInt}}")).collect();
    assert!(
        ints.iter()
            .all(|i| i.parse::<u32>().is_ok_and(|n| n <= 1000))
    );
    assert!(ints.len() > 1);
    let email = s.resolve("{{$randomEmail}}");
    assert!(email.contains('@'), "{email}");
    assert!(!s.resolve("{{$randomFirstName}}").contains("{{"));
    // unknown dynamic names stay
    assert_eq!(s.resolve("{{$notAThing}}"), "{{$notAThing}}");
    // a user variable shadows a dynamic one
    let mut s = Scopes::default();
    s.globals.set("$guid", json!("mine"));
    assert_eq!(s.resolve("{{$guid}}"), "mine");
    // a variable whose value is a dynamic token resolves on the next pass
    s.environment.set("id", json!("{{$randomUUID}}"));
    assert_eq!(s.resolve("{{id}}").len(), 36);

    assert!(dynamic::names().contains(&"$randomIPV6"));
    assert!(
        dynamic::names()
            .iter()
            .all(|n| dynamic::generate(n).is_some())
    );
    assert_eq!(dynamic::generate("guid"), None, "names carry their $");
}

#[test]
fn resolve_json_touches_strings_only() {
    let mut s = Scopes::default();
    s.environment.set("k", json!("v"));
    s.environment.set("n", json!(5));
    let input = json!({
        "url": {"raw": "http://{{k}}/", "host": ["{{k}}"]},
        "{{k}}": "key stays",
        "num": 1,
        "list": ["{{n}}", true, null]
    });
    assert_eq!(
        s.resolve_json(&input),
        json!({
            "url": {"raw": "http://v/", "host": ["v"]},
            "{{k}}": "key stays",
            "num": 1,
            "list": ["5", true, null]
        })
    );
}

#[test]
fn scope_replace_in_uses_one_scope() {
    let mut e = VariableScope::new();
    e.set("a", json!("A"));
    assert_eq!(e.replace_in("{{a}}{{b}}"), "A{{b}}");
}

#[test]
fn request_json_round_trip() {
    let c = parse_collection_str(
        include_str!("fixtures/v21.postman_collection.json"),
        "v21.json",
    )
    .unwrap();
    for (_, item) in c.requests() {
        let ItemKind::Request(r) = &item.kind else {
            unreachable!()
        };
        let j = r.to_json();
        let back = Request::from_json(&j).unwrap();
        assert_eq!(&back.method, &r.method, "{}", item.name);
        assert_eq!(back.headers, r.headers, "{}", item.name);
        assert_eq!(back.body, r.body, "{}", item.name);
        assert_eq!(back.auth, r.auth, "{}", item.name);
        assert_eq!(
            back.url.to_template_string(),
            r.url.to_template_string(),
            "{}",
            item.name
        );
    }
    let ItemKind::Request(login) = &c.items[0].children().unwrap()[0].kind else {
        unreachable!()
    };
    let j = login.to_json();
    assert_eq!(j["method"], json!("POST"));
    assert_eq!(j["url"]["raw"], json!("{{baseUrl}}/login?debug=1"));
    assert_eq!(j["url"]["host"], json!(["{{baseUrl}}"]));
    assert_eq!(
        j["header"],
        json!([
            {"key": "Content-Type", "value": "application/json"},
            {"key": "X-Off", "value": "1", "disabled": true}
        ])
    );
    assert_eq!(
        j["body"],
        json!({"mode": "raw", "raw": "{\"user\": \"{{user}}\"}", "options": {"raw": {"language": "json"}}})
    );
}

#[test]
fn request_from_json_is_forgiving() {
    // a bare URL
    let r = Request::from_json(&json!("http://127.0.0.1:9/x")).unwrap();
    assert_eq!(r.method, "GET");
    assert_eq!(r.url.to_template_string(), "http://127.0.0.1:9/x");

    // pm.sendRequest style: header map, url string, lower-case method
    let r = Request::from_json(&json!({
        "url": "http://127.0.0.1:9/token",
        "method": "post",
        "header": {"Content-Type": "application/x-www-form-urlencoded", "X-Multi": ["1", "2"], "X-N": 5},
        "body": {"mode": "urlencoded", "urlencoded": [{"key": "grant_type", "value": "client_credentials"}]}
    }))
    .unwrap();
    assert_eq!(r.method, "POST");
    assert_eq!(r.headers.len(), 4);
    assert_eq!(r.header("x-n"), Some("5"));
    assert!(
        matches!(&r.body.as_ref().unwrap().mode, BodyMode::Urlencoded(p) if p[0].key == "grant_type")
    );

    // header as text, body as a string, `headers` alias, raw inferred without mode
    let r = Request::from_json(&json!({
        "url": {"raw": "http://h/p?a=1"},
        "headers": "A: 1\nB: two: parts\n",
        "body": {"raw": "hello"}
    }))
    .unwrap();
    assert_eq!(r.headers.len(), 2);
    assert_eq!(r.header("b"), Some("two: parts"));
    assert!(matches!(&r.body.as_ref().unwrap().mode, BodyMode::Raw { raw, .. } if raw == "hello"));
    assert_eq!(r.url.query[0].key.as_deref(), Some("a"));
    let r = Request::from_json(&json!({"url": "http://h", "body": "text"})).unwrap();
    assert!(matches!(&r.body.as_ref().unwrap().mode, BodyMode::Raw { raw, .. } if raw == "text"));

    // formdata object map
    let r = Request::from_json(
        &json!({"url": "http://h", "body": {"mode": "formdata", "formdata": {"a": "1"}}}),
    )
    .unwrap();
    assert!(matches!(&r.body.as_ref().unwrap().mode, BodyMode::Formdata(p) if p[0].value == "1"));

    // query given as an object map
    let r = Request::from_json(&json!({"url": {"host": ["h"], "query": {"q": "1"}}})).unwrap();
    assert_eq!(r.url.to_template_string(), "h?q=1");

    // auth without a type means inherit
    let r = Request::from_json(&json!({"url": "http://h", "auth": {}})).unwrap();
    assert!(r.auth.is_none());

    // hopeless input is an error, not a panic
    let err = Request::from_json(&json!(12)).unwrap_err();
    assert!(err.to_string().contains("expected a request"), "{err}");
    let err = Request::from_json(&json!({"method": 5})).unwrap_err();
    assert!(err.to_string().contains("method"), "{err}");
}

#[test]
fn serde_round_trip() {
    let r: Request =
        serde_json::from_value(json!({"url": "http://h/a", "method": "DELETE"})).unwrap();
    assert_eq!(r.method, "DELETE");
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["url"]["raw"], json!("http://h/a"));
    let err = serde_json::from_value::<Request>(json!({"url": true})).unwrap_err();
    assert!(err.to_string().contains("at `url`"), "{err}");
    let c: Collection =
        serde_json::from_str(include_str!("fixtures/v20.postman_collection.json")).unwrap();
    assert_eq!(c.info.name, "Fixture v2.0");
    assert_eq!(serde_json::to_value(&c).unwrap(), c.raw);
}

#[test]
fn resolved_request_encodes_query_values_from_variables() {
    let r = Request::from_json(&json!({
        "url": {
            "protocol": "http",
            "host": ["{{host}}"],
            "path": ["users", ":id"],
            "query": [{"key": "q", "value": "{{q}}"}],
            "variable": [{"key": "id", "value": "{{userId}}"}]
        },
        "method": "GET",
        "header": [{"key": "Authorization", "value": "Bearer {{token}}"}],
        "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}"}]}
    }))
    .unwrap();
    let mut s = Scopes::default();
    s.environment.set("host", json!("127.0.0.1:3000"));
    s.environment.set("q", json!("a&b"));
    s.environment.set("userId", json!(7));
    s.environment.set("token", json!("t0k"));
    let resolved = r.resolved(&s);
    assert_eq!(
        resolved.url.to_template_string(),
        "http://127.0.0.1:3000/users/7?q=a%26b"
    );
    assert_eq!(resolved.header("authorization"), Some("Bearer t0k"));
    assert_eq!(resolved.auth.unwrap().params["token"], json!("t0k"));
    // the original keeps its templates
    assert_eq!(
        r.url.to_template_string(),
        "http://{{host}}/users/{{userId}}?q={{q}}"
    );
}

#[test]
fn absent_value_reads_empty_null_reads_null() {
    let env = parse_environment_str(
        r#"{"values": [{"key": "absent"}, {"key": "nul", "value": null}]}"#,
        "e.json",
    )
    .unwrap();
    let s = Scopes {
        environment: env.scope,
        ..Scopes::default()
    };
    assert_eq!(s.resolve("[{{absent}}][{{nul}}]"), "[][null]");
}

/// The same template and values run through postman-collection 4.4.0's
/// `VariableScope#replaceIn` gave the expected string below.
#[test]
fn matches_postman_collection_replace_in() {
    let vars: Vec<Variable> = serde_json::from_value(json!([
        {"key": "int", "value": 42}, {"key": "float", "value": 0.1}, {"key": "big", "value": 1e21},
        {"key": "bool", "value": false}, {"key": "nul", "value": null}, {"key": "obj", "value": {"a": 1}},
        {"key": "arr", "value": [1, "two", null, [3, 4]]}, {"key": "empty", "value": ""}, {"key": "absent"},
        {"key": "host", "value": "e"}, {"key": "which", "value": "host"}, {"key": "loop", "value": "{{loop}}"},
        {"key": "n", "value": "12", "type": "number"}, {"key": "s", "value": 7, "type": "string"},
        {"key": "b", "value": "false", "type": "boolean"},
        {"key": "sec", "value": "pw", "type": "secret"}, {"key": "def", "value": "d", "type": "default"},
        {"key": "dis", "value": "x", "disabled": true},
        {"key": "small", "value": 1.5e-7}, {"key": "neg", "value": -0.0}, {"key": "x", "value": 123456789.125}
    ]))
    .unwrap();
    let scope = VariableScope::from_variables(&vars);
    let t = "{{int}}|{{float}}|{{big}}|{{bool}}|{{nul}}|{{obj}}|{{arr}}|{{empty}}|{{absent}}|{{ host }}|{{{host}}}|{{{{which}}}}|{{loop}}|{{n}}|{{s}}|{{b}}|{{dis}}|{{small}}|{{neg}}|{{x}}|{{host";
    assert_eq!(
        scope.replace_in(t),
        "42|0.1|1e+21|false|null|[object Object]|1,two,,3,4|||{{ host }}|{e}|e|{{loop}}|12|7|true|{{dis}}|1.5e-7|0|123456789.125|{{host"
    );
}
