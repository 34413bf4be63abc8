//! The jar lists cookies the way tough-cookie does (Newman's `pm.cookies`, `Cookie` header and
//! `--export-cookie-jar`): longer paths first, then creation order, the same on every run.

use cogman_http::CookieJar;

const NAMES: [&str; 12] = [
    "flavour", "size", "direct", "a", "zeta", "m1", "m2", "b", "k", "y", "c", "x",
];

fn names(list: &[cogman_http::JarCookie]) -> Vec<&str> {
    list.iter().map(|c| c.name.as_str()).collect()
}

#[test]
fn listings_follow_creation_order() {
    let jar = CookieJar::new();
    let url = "http://127.0.0.1:9/cookies";
    // Created within the same clock tick: the order must still be the creation order.
    for name in NAMES {
        jar.set_cookie(url, &format!("{name}=v; Path=/")).unwrap();
    }
    assert_eq!(names(&jar.cookies_for_url(url).unwrap()), NAMES);
    assert_eq!(names(&jar.all()), NAMES);
    let exported: Vec<String> = jar.to_json()["cookies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["key"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(exported, NAMES);

    // Replacing a cookie keeps its place (tough-cookie keeps the creation time).
    jar.set_cookie(url, "flavour=new; Path=/").unwrap();
    assert_eq!(names(&jar.cookies_for_url(url).unwrap())[0], "flavour");

    // A removed and re-created cookie moves to the end.
    assert!(jar.remove(url, "size").unwrap());
    jar.set_cookie(url, "size=again; Path=/").unwrap();
    let listed = jar.cookies_for_url(url).unwrap();
    assert_eq!(names(&listed).last(), Some(&"size"));

    // Longer paths come first.
    jar.set_cookie(url, "deep=1; Path=/cookies").unwrap();
    assert_eq!(names(&jar.cookies_for_url(url).unwrap())[0], "deep");
}
