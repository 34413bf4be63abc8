//! Script behaviours found by the scripted parity collections (`tests/parity/scripts-*`), each
//! checked here against what Newman 6.2.2 does.
mod common;
use common::*;

#[test]
fn json_parse_is_liquid_json() {
    // Newman 6.2.2's messages for each input, as observed.
    let cases = [
        ("''", "No data, empty input at 1:1\n\n^"),
        ("'{not json'", "Unexpected token 'n' at 1:2\n{not json\n ^"),
        ("'[1,]'", "Trailing comma in array at 1:4\n[1,]\n   ^"),
        ("undefined", "\"undefined\" is not valid JSON"),
        (
            "'{\"a\":1} x'",
            "Unexpected token 'x' at 1:9\n{\"a\":1} x\n        ^",
        ),
        ("'nul'", "Unexpected token 'n' at 1:1\nnul\n^"),
        ("'\"abc'", "Unexpected end of input at 1:5\n\"abc\n    ^"),
        (
            "'{\"a\":\\n  bad}'",
            "No value found for key a at 2:3\n  bad}\n  ^",
        ),
        ("{}", "Unexpected token 'o' at 1:2\n[object Object]\n ^"),
    ];
    for (arg, want) in cases {
        let (out, host, _) = run_test(&format!(
            "try {{ JSON.parse({arg}); }} catch (e) {{ console.log(e.name + '|' + e.message + '|' + (e instanceof SyntaxError)); }}"
        ));
        no_error(&out);
        assert_eq!(
            host.lines(),
            vec![format!("JSONError|{want}|true")],
            "{arg}"
        );
    }
    let (out, host, _) = run_test(
        "console.log(JSON.stringify(JSON.parse('\\ufeff{\"a\":1}')), JSON.parse('123'), JSON.parse.length,\n\
           JSON.stringify(JSON.parse('{\"a\":1}', function (k, v) { return typeof v === 'number' ? v + 1 : v; })));",
    );
    no_error(&out);
    assert_eq!(host.lines(), vec!["{\"a\":1} 123 3 {\"a\":2}"]);
}
