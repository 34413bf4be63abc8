//! Behaviour tests for the library shims: a bare QuickJS context with only [`super::install`]
//! applied, so these exercise the libraries exactly as scripts see them.

use rquickjs::{Context, Runtime};

/// Evaluates `js` (after `install`) and returns its string result, or `THROW: <message>`.
fn eval(js: &str) -> String {
    let rt = Runtime::new().expect("runtime");
    let ctx = Context::full(&rt).expect("context");
    ctx.with(|ctx| {
        let describe = |ctx: &rquickjs::Ctx<'_>| {
            let caught = ctx.catch();
            match caught.as_exception() {
                Some(ex) => format!("THROW: {}", ex.message().unwrap_or_default()),
                None => format!("THROW: {:?}", caught),
            }
        };
        if super::install(&ctx).is_err() {
            return describe(&ctx);
        }
        let prelude = "var expect = __cogman_chai.expect;\
            function __m(f) { try { f(); return 'PASS'; } catch (e) { return String(e && e.message); } }\n";
        match ctx.eval::<String, _>(format!("{prelude}{js}")) {
            Ok(s) => s,
            Err(rquickjs::Error::Exception) => describe(&ctx),
            Err(e) => format!("ERR: {e}"),
        }
    })
}

/// Runs each `(statement, expected message)` pair; `PASS` means no throw. Reports every
/// mismatch at once.
fn check_messages(cases: &[(&str, &str)]) {
    let mut js = String::from("var __out = [];\n");
    for (code, _) in cases {
        js.push_str(&format!("__out.push(__m(function () {{ {code}; }}));\n"));
    }
    js.push_str("JSON.stringify(__out)");
    let out = eval(&js);
    let got: Vec<String> = match serde_json::from_str(&out) {
        Ok(v) => v,
        Err(_) => panic!("script failed: {out}"),
    };
    let mut bad = Vec::new();
    for ((code, want), got) in cases.iter().zip(got) {
        if *want != got {
            bad.push(format!("{code}\n   want: {want}\n    got: {got}"));
        }
    }
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn install_defines_globals_and_require_table() {
    let out = eval(
        "[typeof _, typeof CryptoJS, typeof moment, typeof tv4, typeof atob, typeof btoa, \
         typeof Buffer, typeof xml2Json, typeof __cogman_internal, \
         Object.keys(__cogman_libs).sort().join(','), typeof __cogman_chai.expect, \
         typeof __cogman_chai.AssertionError, typeof __cogman_chai.chai.use].join(' ')",
    );
    assert_eq!(
        out,
        "function object function object function function function function undefined \
         ajv,atob,btoa,buffer,chai,crypto-js,lodash,moment,tv4,uuid,xml2js function function function"
    );
}

#[test]
fn expect_equality_messages() {
    check_messages(&[
        ("expect(1).to.equal(1)", "PASS"),
        ("expect(1).to.equal(2)", "expected 1 to equal 2"),
        ("expect('a').to.equal('b')", "expected 'a' to equal 'b'"),
        (
            "expect('a').to.eql('b')",
            "expected 'a' to deeply equal 'b'",
        ),
        (
            "expect({a: 1}).to.eql({a: 2})",
            "expected { a: 1 } to deeply equal { a: 2 }",
        ),
        (
            "expect({a: 1}).to.deep.equal({a: 2})",
            "expected { a: 1 } to deeply equal { a: 2 }",
        ),
        ("expect({a: [1, {b: 2}]}).to.eql({a: [1, {b: 2}]})", "PASS"),
        ("expect(1).to.not.equal(1)", "expected 1 to not equal 1"),
        ("expect(0).to.equal(1)", "expected +0 to equal 1"),
        (
            "expect(null).to.equal(undefined)",
            "expected null to equal undefined",
        ),
        (
            "expect([1, 2]).to.equal([1, 2])",
            "expected [ 1, 2 ] to equal [ 1, 2 ]",
        ),
        (
            "expect(1, 'custom').to.equal(2)",
            "custom: expected 1 to equal 2",
        ),
        (
            "expect(1).to.equal(2, 'inline')",
            "inline: expected 1 to equal 2",
        ),
        ("expect(NaN).to.eql(NaN)", "PASS"),
        ("expect(true).to.be.true", "PASS"),
        ("expect(1).to.be.true", "expected 1 to be true"),
        ("expect(false).to.not.be.false", "expected false to be true"),
        ("expect(0).to.be.ok", "expected +0 to be truthy"),
        ("expect('x').to.not.be.ok", "expected 'x' to be falsy"),
        ("expect(1).to.be.null", "expected 1 to be null"),
        ("expect(undefined).to.exist", "expected undefined to exist"),
        ("expect(1).to.be.undefined", "expected 1 to be undefined"),
        ("expect(1).to.be.NaN", "expected 1 to be NaN"),
        (
            "expect(\"it's\").to.equal('x')",
            "expected 'it\\'s' to equal 'x'",
        ),
    ]);
}

#[test]
fn expect_display_truncation() {
    check_messages(&[
        (
            "expect([1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]).to.have.lengthOf(3)",
            "expected [ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …(7) ] to have a length of 3 but got 17",
        ),
        (
            "expect(['aaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbb']).to.have.lengthOf(3)",
            "expected [ 'aaaaaaaaaaaaaaaaaaaa', …(1) ] to have a length of 3 but got 2",
        ),
        (
            "expect([{a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'}]).to.have.lengthOf(3)",
            "expected [ Array(1) ] to have a length of 3 but got 1",
        ),
        (
            "expect({id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', b: 1, c: 2}).to.have.property('x')",
            "expected { …(3) } to have property 'x'",
        ),
        (
            "expect([1, 2]).to.have.lengthOf(3)",
            "expected [ 1, 2 ] to have a length of 3 but got 2",
        ),
        (
            "expect({alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cc'}).to.eql({})",
            "expected { alpha: 'aaaaaaaaaa', …(2) } to deeply equal {}",
        ),
        (
            "expect('Lorem ipsum dolor sit amet, consectetur adipiscing').to.include('zzz')",
            "expected 'Lorem ipsum dolor sit amet, consectet…' to include 'zzz'",
        ),
        (
            "expect({a: 'Lorem ipsum dolor sit amet, consectetur adipiscing'}).to.have.property('b')",
            "expected { Object (a) } to have property 'b'",
        ),
        (
            "expect({a: 1}).to.include({a: 'Lorem ipsum dolor sit amet, consectetur'})",
            "expected { a: 1 } to have property 'a' of 'Lorem ipsum dolor sit amet, consectet…', but got 1",
        ),
        (
            "expect(function foo() {}).to.be.a('string')",
            "expected [Function foo] to be a string",
        ),
        (
            "expect(new Date(0)).to.be.a('string')",
            "expected 1970-01-01T00:00:00.000Z to be a string",
        ),
        (
            "expect(/ab+c/gi).to.be.a('string')",
            "expected /ab+c/gi to be a string",
        ),
        (
            "expect({'a-b': 1}).to.be.a('string')",
            "expected { 'a-b': 1 } to be a string",
        ),
        (
            "expect({a: {b: {c: 1}}}).to.be.a('string')",
            "expected { a: { b: { c: 1 } } } to be a string",
        ),
        ("expect([]).to.be.a('string')", "expected [] to be a string"),
        ("expect({}).to.be.a('string')", "expected {} to be a string"),
        (
            "expect('a\\nb').to.be.a('number')",
            "expected 'a\\nb' to be a number",
        ),
        ("expect(-0).to.equal(1)", "expected -0 to equal 1"),
        (
            "expect(new Error('boom')).to.be.a('string')",
            "expected Error: boom to be a string",
        ),
        (
            "function Foo() { this.x = 1; } expect(new Foo()).to.be.a('string')",
            "expected Foo{ x: 1 } to be a string",
        ),
    ]);
}

#[test]
fn expect_type_include_and_property_messages() {
    check_messages(&[
        ("expect('x').to.be.a('string')", "PASS"),
        ("expect(5).to.be.a('string')", "expected 5 to be a string"),
        ("expect(5).to.be.an('object')", "expected 5 to be an object"),
        (
            "expect(null).to.be.an('object')",
            "expected null to be an object",
        ),
        ("expect([]).to.be.an('array')", "PASS"),
        (
            "expect('x').to.not.be.a('string')",
            "expected 'x' not to be a string",
        ),
        (
            "expect([1, 2]).to.include(3)",
            "expected [ 1, 2 ] to include 3",
        ),
        (
            "expect('abc').to.include('d')",
            "expected 'abc' to include 'd'",
        ),
        ("expect('abc').to.contain('b')", "PASS"),
        (
            "expect('abc').to.not.include('b')",
            "expected 'abc' to not include 'b'",
        ),
        (
            "expect([{a: 1}]).to.deep.include({a: 2})",
            "expected [ { a: 1 } ] to deep include { a: 2 }",
        ),
        ("expect({a: 1, b: 2}).to.include({a: 1})", "PASS"),
        (
            "expect({a: 1}).to.include({a: 2})",
            "expected { a: 1 } to have property 'a' of 2, but got 1",
        ),
        (
            "expect(5).to.include(5)",
            "the given combination of arguments (number and number) is invalid for this assertion. \
             You can use an array, a map, an object, a set, a string, or a weakset instead of a number",
        ),
        (
            "expect({a: 1}).to.have.property('b')",
            "expected { a: 1 } to have property 'b'",
        ),
        (
            "expect({a: 1}).to.have.property('a', 2)",
            "expected { a: 1 } to have property 'a' of 2, but got 1",
        ),
        (
            "expect({a: 1}).to.have.property('a').that.equals(1)",
            "PASS",
        ),
        (
            "expect({a: {b: 1}}).to.have.nested.property('a.b', 1)",
            "PASS",
        ),
        (
            "expect({a: {b: 1}}).to.have.nested.property('a.c')",
            "expected { a: { b: 1 } } to have nested property 'a.c'",
        ),
        (
            "expect({a: [1, 2]}).to.have.nested.property('a[1]', 2)",
            "PASS",
        ),
        (
            "expect({a: {b: 1}}).to.have.deep.property('a', {b: 1})",
            "PASS",
        ),
        (
            "expect({a: 1}).to.have.own.property('toString')",
            "expected { a: 1 } to have own property 'toString'",
        ),
        ("expect({a: 1}).to.haveOwnProperty('a')", "PASS"),
        (
            "expect({a: 1}).to.not.have.property('a')",
            "expected { a: 1 } to not have property 'a'",
        ),
        (
            "expect(null).to.have.property('a')",
            "Target cannot be null or undefined.",
        ),
        ("expect({a: 1}).to.have.ownPropertyDescriptor('a')", "PASS"),
        (
            "expect({a: 1}).to.have.ownPropertyDescriptor('b')",
            "expected { a: 1 } to have an own property descriptor for 'b'",
        ),
    ]);
}

#[test]
fn expect_numbers_lengths_and_collections() {
    check_messages(&[
        ("expect(5).to.be.above(6)", "expected 5 to be above 6"),
        ("expect(5).to.be.greaterThan(4)", "PASS"),
        ("expect(5).to.not.be.above(4)", "expected 5 to be at most 4"),
        ("expect(5).to.be.at.least(6)", "expected 5 to be at least 6"),
        ("expect(5).to.be.below(4)", "expected 5 to be below 4"),
        ("expect(5).to.be.lessThan(4)", "expected 5 to be below 4"),
        ("expect(5).to.be.at.most(4)", "expected 5 to be at most 4"),
        (
            "expect(5).to.be.within(6, 7)",
            "expected 5 to be within 6..7",
        ),
        (
            "expect('5').to.be.above(4)",
            "expected '5' to be a number or a date",
        ),
        (
            "expect(5).to.be.above('4')",
            "the argument to above must be a number",
        ),
        (
            "expect([1, 2]).to.have.length.above(2)",
            "expected [ 1, 2 ] to have a length above 2 but got 2",
        ),
        ("expect('abc').to.have.lengthOf(3)", "PASS"),
        (
            "expect('abc').to.have.length(2)",
            "expected 'abc' to have a length of 2 but got 3",
        ),
        (
            "expect(5).to.have.lengthOf(1)",
            "expected 5 to have property 'length'",
        ),
        ("expect([]).to.be.empty", "PASS"),
        ("expect([1]).to.be.empty", "expected [ 1 ] to be empty"),
        ("expect('').to.not.be.empty", "expected '' not to be empty"),
        ("expect({}).to.not.be.empty", "expected {} not to be empty"),
        (
            "expect(1).to.be.empty",
            ".empty was passed non-string primitive 1",
        ),
        (
            "expect('abc').to.match(/^b/)",
            "expected 'abc' to match /^b/",
        ),
        (
            "expect('abc').to.have.string('z')",
            "expected 'abc' to contain 'z'",
        ),
        (
            "expect({a: 1, b: 2}).to.have.keys('a')",
            "expected { a: 1, b: 2 } to have key 'a'",
        ),
        (
            "expect({a: 1, b: 2}).to.have.all.keys('a', 'c')",
            "expected { a: 1, b: 2 } to have keys 'a', and 'c'",
        ),
        (
            "expect({a: 1, b: 2}).to.have.any.keys('c', 'd')",
            "expected { a: 1, b: 2 } to have keys 'c', or 'd'",
        ),
        ("expect({a: 1, b: 2}).to.include.keys('a')", "PASS"),
        (
            "expect({a: 1}).to.contain.keys('b')",
            "expected { a: 1 } to contain key 'b'",
        ),
        ("expect([1, 2]).to.have.members([2, 1])", "PASS"),
        (
            "expect([1, 2]).to.have.members([1, 3])",
            "expected [ 1, 2 ] to have the same members as [ 1, 3 ]",
        ),
        (
            "expect([1, 2]).to.include.members([3])",
            "expected [ 1, 2 ] to be a superset of [ 3 ]",
        ),
        ("expect([{a: 1}]).to.have.deep.members([{a: 1}])", "PASS"),
        (
            "expect([1, 2]).to.have.ordered.members([2, 1])",
            "expected [ 1, 2 ] to have the same ordered members as [ 2, 1 ]",
        ),
        (
            "expect(3).to.be.oneOf([1, 2])",
            "expected 3 to be one of [ 1, 2 ]",
        ),
        ("expect(201).to.be.oneOf([200, 201])", "PASS"),
        (
            "expect(1.5).to.be.closeTo(1, 0.1)",
            "expected 1.5 to be close to 1 +/- 0.1",
        ),
        (
            "expect(1).to.satisfy(function (n) { return n > 1; })",
            "expected 1 to satisfy [Function]",
        ),
        (
            "expect(1).to.be.instanceOf(Array)",
            "expected 1 to be an instance of Array",
        ),
        ("expect([]).to.be.instanceof(Array)", "PASS"),
        (
            "expect(Infinity).to.be.finite",
            "expected Infinity to be a finite number",
        ),
        ("expect(Object.freeze({})).to.be.frozen", "PASS"),
        ("expect({}).to.be.sealed", "expected {} to be sealed"),
        ("expect({}).to.be.extensible", "PASS"),
        (
            "var o = {v: 1}; expect(function () { o.v = 2; }).to.change(o, 'v')",
            "PASS",
        ),
        (
            "var o = {v: 1}; expect(function () {}).to.increase(o, 'v')",
            "expected .v to increase",
        ),
        (
            "expect({a: function () {}}).to.respondTo('b')",
            "expected { a: [Function a] } to respond to 'b'",
        ),
        (
            "expect(new Set([1])).to.have.lengthOf(2)",
            "expected Set{ 1 } to have a size of 2 but got 1",
        ),
    ]);
}

#[test]
fn expect_throw_and_invalid_property() {
    check_messages(&[
        (
            "expect(function () { throw new TypeError('bad'); }).to.throw(TypeError)",
            "PASS",
        ),
        (
            "expect(function () {}).to.throw()",
            "expected [Function] to throw an error",
        ),
        (
            "expect(function () { throw new Error('bad'); }).to.not.throw()",
            "expected [Function] to not throw an error but 'Error: bad' was thrown",
        ),
        (
            "expect(function () { throw new Error('bad'); }).to.throw('good')",
            "expected [Function] to throw error including 'good' but got 'bad'",
        ),
        (
            "expect(function () { throw new Error('bad'); }).to.throw(TypeError)",
            "expected [Function] to throw 'TypeError' but 'Error: bad' was thrown",
        ),
        (
            "expect(function () { throw new Error('bad'); }).to.throw(/ba/)",
            "PASS",
        ),
        (
            "expect(1).to.be.tru",
            "Invalid Chai property: tru. Did you mean \"true\"?",
        ),
        (
            "expect(1).to.equal.to",
            "Invalid Chai property: equal.to. See docs for proper usage of \"equal\".",
        ),
        ("__cogman_chai.chai.expect.fail('nope')", "nope"),
    ]);
}

#[test]
fn assertion_error_shape() {
    let out = eval(
        "var e; try { expect({a: 1}).to.eql({a: 2}); } catch (x) { e = x; } \
         [e.name, e instanceof __cogman_chai.AssertionError, e instanceof Error, \
          JSON.stringify(e.actual), JSON.stringify(e.expected), e.showDiff, \
          Object.prototype.toString.call(e)].join('|')",
    );
    assert_eq!(
        out,
        "AssertionError|true|true|{\"a\":1}|{\"a\":2}|true|[object Object]"
    );
}

#[test]
fn inspect_truncation_follows_loupe() {
    // Reference outputs of loupe 2.3 (chai 4.4's inspector) at various truncate widths.
    let cases: &[(&str, u32, &str)] = &[
        ("{ a: 1, b: 2, c: 3 }", 20, "{ a: 1, b: 2, c: 3 }"),
        ("{ a: 1, b: 2, c: 3 }", 19, "{ a: 1, …(2) }"),
        ("{ a: 1, b: 2, c: 3 }", 14, "{ a: 1, …(2) }"),
        ("{ a: 1, b: 2, c: 3 }", 13, "{ …(3) }"),
        ("['a', 'b', 'c']", 17, "[ 'a', 'b', 'c' ]"),
        ("['a', 'b', 'c']", 14, "[ 'a', …(2) ]"),
        ("['a', 'b', 'c']", 12, "[ …(3) ]"),
        ("'foobarbaz'", 11, "'foobarbaz'"),
        ("'foobarbaz'", 10, "'foobarb…'"),
        ("'foobarbaz'", 4, "'f…'"),
    ];
    let mut js = String::from("var c = __cogman_chai.chai; var out = [];\n");
    for (value, width, _) in cases {
        js.push_str(&format!(
            "c.config.truncateThreshold = {width}; out.push(c.util.inspect({value}));\n"
        ));
    }
    js.push_str("JSON.stringify(out)");
    let got: Vec<String> = serde_json::from_str(&eval(&js)).expect("json");
    for ((value, width, want), got) in cases.iter().zip(got) {
        assert_eq!(*want, got, "{value} at {width}");
    }
}
