//! Script errors use V8's names and sentences (what Newman prints), with script positions.
mod common;
use common::*;

fn error_of(src: &str) -> (String, String, String) {
    let (out, _, _) = run_test(src);
    let e = out.error.unwrap_or_else(|| panic!("no error for {src}"));
    (e.name, e.message, e.stack.unwrap_or_default())
}

#[test]
fn syntax_errors() {
    let cases = [
        ("a b", "Unexpected identifier 'b'"),
        ("if (", "Unexpected token ';'"),
        ("var x = {;", "Unexpected token ';'"),
        ("var = 1;", "Unexpected token '='"),
        (
            "function () {}",
            "Function statements require a function name",
        ),
        // The wrapper closes one brace and one parenthesis, as V8's Function source does.
        ("pm.test('x', () => {", "Unexpected end of input"),
        ("if (a) {\n  b();", "Unexpected token ')'"),
    ];
    for (src, want) in cases {
        let (name, message, _) = error_of(src);
        assert_eq!(
            (name.as_str(), message.as_str()),
            ("SyntaxError", want),
            "{src}"
        );
    }
}

#[test]
fn runtime_errors() {
    let cases = [
        ("pm.nothing();", "TypeError", "pm.nothing is not a function"),
        (
            "var o = {}; o['k']();",
            "TypeError",
            "o.k is not a function",
        ),
        ("let f = 3;\n  f();", "TypeError", "f is not a function"),
        (
            "var s; s.length;",
            "TypeError",
            "Cannot read properties of undefined (reading 'length')",
        ),
        (
            "const c = 1; c = 2;",
            "TypeError",
            "Assignment to constant variable.",
        ),
        (
            "x.y = 5; let x;",
            "ReferenceError",
            "Cannot access 'x' before initialization",
        ),
        ("nope;", "ReferenceError", "nope is not defined"),
        ("throw new RangeError('r');", "RangeError", "r"),
        ("throw 'plain';", "Error", "plain"),
        // Scripts' JSON.parse is liquid-json's, as in Postman.
        (
            "JSON.parse('{');",
            "JSONError",
            "Unexpected end of input at 1:2\n{\n ^",
        ),
    ];
    for (src, want_name, want_message) in cases {
        let (name, message, _) = error_of(src);
        assert_eq!(
            (name.as_str(), message.as_str()),
            (want_name, want_message),
            "{src}"
        );
    }
}

#[test]
fn stacks_point_into_the_script() {
    let (_, _, stack) = error_of("var a = 1;\nvar b = 2;\nnull.x;");
    assert!(
        stack.starts_with("TypeError: Cannot read properties of null (reading 'x')\n"),
        "{stack}"
    );
    assert!(stack.contains("Folder / Request:3:"), "{stack}");
    assert!(!stack.contains("prelude"), "{stack}");
    let (_, _, stack) = error_of("  undefinedThing();");
    assert!(stack.contains("Folder / Request:1:3"), "{stack}");
}

#[test]
fn console_prints_errors_like_node() {
    // Engine messages read directly (`e.message`) keep QuickJS wording; printed errors and
    // reported errors use V8's.
    let (out, host, _) = run_test("try { null.x; } catch (e) { console.log(e); }");
    no_error(&out);
    let printed = &host.lines()[0];
    assert!(
        printed.starts_with("TypeError: Cannot read properties of null (reading 'x')\n    at "),
        "{printed}"
    );
}

/// Positions follow V8's columns (UTF-16 units, a member call on its property name) on every
/// line, the first one included: Newman reports `pm.expect(1).to.equal(2)` at column 17.
#[test]
fn call_positions_match_v8_columns() {
    let position = |src: &str| {
        let (_, _, stack) = error_of(src);
        let at = stack.split("Folder / Request:").nth(1).unwrap_or("");
        at.split(')').next().unwrap_or("").to_string()
    };
    assert_eq!(position("pm.expect(1).to.equal(2);"), "1:17");
    assert_eq!(position("\npm.expect(1).to.equal(2);"), "2:17");
    assert_eq!(position("var o = {}; o.y();"), "1:15");
    assert_eq!(position("var a = 'é'; pm.expect(1).to.equal(2);"), "1:30");
    assert_eq!(position("  undefinedThing();"), "1:3");
    let (_, message, _) = error_of("var o = {}; o.y();");
    assert_eq!(message, "o.y is not a function");
}
