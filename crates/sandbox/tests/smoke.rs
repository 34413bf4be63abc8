mod common;
use common::*;

#[test]
fn smoke() {
    let (out, host, scopes) = run_test(r#"
        console.log("hi", {a: 1, b: 'x'}, [1,2,3]);
        pm.environment.set("n", 5);
        pm.test("t1", function () { if (pm.response.code !== 200) throw new Error("bad"); });
        pm.test("t2", function () { throw new TypeError("nope"); });
        tests["legacy"] = responseCode.code === 200;
        console.log(pm.request.url.toString(), pm.response.json().user.name, pm.response.headers.get('x-trace'));
        setTimeout(() => console.log("timer"), 5);
        pm.sendRequest("http://x.test/a", (err, res) => { console.log("cb", err, res.code); });
        x.y;
    "#);
    println!("{:#?}", out);
    println!("{:#?}", host.console);
    println!("{:#?}", host.requests);
    println!("{:#?}", scopes.environment);
}
