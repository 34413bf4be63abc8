mod common;

use cogman_http::{Client, ClientOptions, HttpRequest, RequestBody, SendOptions};
use common::{Resp, serve};

fn get(url: &str) -> HttpRequest {
    HttpRequest {
        method: "GET".into(),
        url: url.into(),
        headers: vec![],
        body: RequestBody::Empty,
    }
}

#[test]
fn plain_get_and_default_headers() {
    let server = serve(|_| Resp::new(200, "hello").header("X-Custom", "Yes"));
    let client = Client::new(ClientOptions::default()).unwrap();
    let res = client
        .send(&get(&server.url("/a?b=1")), &SendOptions::default())
        .unwrap();
    assert_eq!(res.status, 200);
    assert_eq!(res.reason, "OK");
    assert_eq!(&res.body[..], b"hello");
    assert_eq!(res.header("x-custom"), Some("Yes"));
    assert!(
        res.headers.iter().any(|(k, _)| k == "X-Custom"),
        "case kept: {:?}",
        res.headers
    );
    let req = server.last();
    assert_eq!(req.target, "/a?b=1");
    let names: Vec<&str> = req.headers.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        names,
        [
            "User-Agent",
            "Accept",
            "Cache-Control",
            "Postman-Token",
            "Host",
            "Accept-Encoding",
            "Connection"
        ]
    );
    assert_eq!(req.header("user-agent"), Some("PostmanRuntime/7.39.1"));
    assert_eq!(req.header("host"), Some(server.addr.to_string().as_str()));
    assert_eq!(res.request_headers.len(), 7);
}

#[test]
fn client_is_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Client>();
    assert_send_sync::<cogman_http::HttpError>();
    assert_send_sync::<cogman_http::HttpResponse>();

    let server = serve(|r| Resp::new(200, r.target.clone()));
    let client = Client::new(ClientOptions::default()).unwrap();
    std::thread::scope(|s| {
        for t in 0..4 {
            let (client, url) = (&client, server.url(&format!("/t{t}")));
            s.spawn(move || {
                for _ in 0..25 {
                    let res = client.send(&get(&url), &SendOptions::default()).unwrap();
                    assert_eq!(res.body, format!("/t{t}").as_bytes());
                }
            });
        }
    });
    assert_eq!(server.all().len(), 100);
}
