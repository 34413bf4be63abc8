//! TLS: extra CA, insecure, strictSSL, untrusted and mismatched certificates, client
//! certificates, keep-alive over TLS.
mod common;

use std::path::PathBuf;
use std::sync::Arc;

use cogman_http::{Client, ClientOptions, HttpError, HttpRequest, RequestBody, SendOptions};
use common::{Resp, serve_tls};
use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

struct Pki {
    dir: tempfile::TempDir,
    ca_pem: PathBuf,
    leaf_chain: Vec<CertificateDer<'static>>,
    leaf_key: PrivateKeyDer<'static>,
    self_signed: (CertificateDer<'static>, PrivateKeyDer<'static>),
    self_signed_pem: PathBuf,
    wrong_name: (CertificateDer<'static>, PrivateKeyDer<'static>),
    client_cert_pem: PathBuf,
    client_key_pem: PathBuf,
    ca_der: CertificateDer<'static>,
}

fn key_der(k: &KeyPair) -> PrivateKeyDer<'static> {
    PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(k.serialize_der()))
}

fn pki() -> Pki {
    let dir = tempfile::tempdir().unwrap();
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "cogman test CA");
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::from_params(&ca_params, &ca_key);

    let leaf_key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()])
        .unwrap()
        .signed_by(&leaf_key, &issuer)
        .unwrap();

    let client_key = KeyPair::generate().unwrap();
    let mut client_params = CertificateParams::new(vec!["client".to_string()]).unwrap();
    client_params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ClientAuth];
    let client = client_params.signed_by(&client_key, &issuer).unwrap();

    let ss_key = KeyPair::generate().unwrap();
    let ss = CertificateParams::new(vec!["localhost".to_string()])
        .unwrap()
        .self_signed(&ss_key)
        .unwrap();

    let wn_key = KeyPair::generate().unwrap();
    let wn = CertificateParams::new(vec!["example.test".to_string()])
        .unwrap()
        .signed_by(&wn_key, &issuer)
        .unwrap();

    let ca_pem = dir.path().join("ca.pem");
    std::fs::write(&ca_pem, ca_cert.pem()).unwrap();
    let self_signed_pem = dir.path().join("self.pem");
    std::fs::write(&self_signed_pem, ss.pem()).unwrap();
    let client_cert_pem = dir.path().join("client.crt");
    std::fs::write(&client_cert_pem, client.pem()).unwrap();
    let client_key_pem = dir.path().join("client.key");
    std::fs::write(&client_key_pem, client_key.serialize_pem()).unwrap();
    Pki {
        ca_pem,
        leaf_chain: vec![leaf.der().clone()],
        leaf_key: key_der(&leaf_key),
        self_signed: (ss.der().clone(), key_der(&ss_key)),
        self_signed_pem,
        wrong_name: (wn.der().clone(), key_der(&wn_key)),
        client_cert_pem,
        client_key_pem,
        ca_der: ca_cert.der().clone(),
        dir,
    }
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::aws_lc_rs::default_provider())
}

fn server_config(
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
) -> Arc<rustls::ServerConfig> {
    Arc::new(
        rustls::ServerConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .unwrap(),
    )
}

fn get(url: &str) -> HttpRequest {
    HttpRequest {
        method: "GET".into(),
        url: url.into(),
        headers: vec![],
        body: RequestBody::Empty,
    }
}

fn echo(r: &common::Req) -> Resp {
    Resp::new(200, format!("secure {}", r.target))
}

#[test]
fn extra_ca_trusts_server_and_keeps_alive() {
    let p = pki();
    let server = serve_tls(
        echo,
        server_config(p.leaf_chain.clone(), p.leaf_key.clone_key()),
    );
    let c = Client::new(ClientOptions {
        extra_ca_certs: Some(p.ca_pem.clone()),
        ..Default::default()
    })
    .unwrap();
    for _ in 0..20 {
        let res = c
            .send(&get(&server.https_url("/x")), &SendOptions::default())
            .unwrap();
        assert_eq!(&res.body[..], b"secure /x");
    }
    assert_eq!(server.connections(), 1);
    let first = c
        .send(
            &get(&format!("https://127.0.0.1:{}/ip", server.addr.port())),
            &SendOptions::default(),
        )
        .unwrap();
    assert_eq!(&first.body[..], b"secure /ip", "IP SAN verifies too");
}

#[test]
fn untrusted_certificates_fail_in_node_wording() {
    let p = pki();
    let ss = serve_tls(
        echo,
        server_config(vec![p.self_signed.0.clone()], p.self_signed.1.clone_key()),
    );
    let signed = serve_tls(
        echo,
        server_config(p.leaf_chain.clone(), p.leaf_key.clone_key()),
    );
    let c = Client::new(ClientOptions::default()).unwrap();
    let err = c
        .send(&get(&ss.https_url("/")), &SendOptions::default())
        .unwrap_err();
    assert_eq!(err.to_string(), "self-signed certificate");
    assert_eq!(err.code(), Some("DEPTH_ZERO_SELF_SIGNED_CERT"));
    let err = c
        .send(&get(&signed.https_url("/")), &SendOptions::default())
        .unwrap_err();
    assert_eq!(err.to_string(), "unable to verify the first certificate");

    // strictSSL: false for one request.
    let opts = SendOptions {
        strict_ssl: Some(false),
        ..Default::default()
    };
    assert_eq!(c.send(&get(&ss.https_url("/")), &opts).unwrap().status, 200);

    // --insecure for the whole run.
    let insecure = Client::new(ClientOptions {
        insecure: true,
        ..Default::default()
    })
    .unwrap();
    assert_eq!(
        insecure
            .send(&get(&ss.https_url("/")), &SendOptions::default())
            .unwrap()
            .status,
        200
    );
    // A request's strictSSL: true wins over --insecure.
    let strict = SendOptions {
        strict_ssl: Some(true),
        ..Default::default()
    };
    assert!(insecure.send(&get(&ss.https_url("/")), &strict).is_err());

    // A self-signed certificate given as extra CA is trusted.
    let trusting = Client::new(ClientOptions {
        extra_ca_certs: Some(p.self_signed_pem.clone()),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(
        trusting
            .send(&get(&ss.https_url("/")), &SendOptions::default())
            .unwrap()
            .status,
        200
    );
}

#[test]
fn hostname_mismatch() {
    let p = pki();
    let server = serve_tls(
        echo,
        server_config(vec![p.wrong_name.0.clone()], p.wrong_name.1.clone_key()),
    );
    let c = Client::new(ClientOptions {
        extra_ca_certs: Some(p.ca_pem.clone()),
        ..Default::default()
    })
    .unwrap();
    let err = c
        .send(&get(&server.https_url("/")), &SendOptions::default())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Hostname/IP does not match certificate's altnames: Host: localhost. is not in the cert's altnames: DNS:example.test"
    );
    assert!(matches!(err, HttpError::Tls { .. }));
}

#[test]
fn client_certificates() {
    let p = pki();
    let mut roots = rustls::RootCertStore::empty();
    roots.add(p.ca_der.clone()).unwrap();
    let verifier =
        rustls::server::WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider())
            .build()
            .unwrap();
    let cfg = Arc::new(
        rustls::ServerConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_client_cert_verifier(verifier)
            .with_single_cert(p.leaf_chain.clone(), p.leaf_key.clone_key())
            .unwrap(),
    );
    let server = serve_tls(echo, cfg);
    let without = Client::new(ClientOptions {
        extra_ca_certs: Some(p.ca_pem.clone()),
        ..Default::default()
    })
    .unwrap();
    assert!(
        without
            .send(&get(&server.https_url("/")), &SendOptions::default())
            .is_err()
    );
    let with = Client::new(ClientOptions {
        extra_ca_certs: Some(p.ca_pem.clone()),
        client_cert: Some(p.client_cert_pem.clone()),
        client_key: Some(p.client_key_pem.clone()),
        ..Default::default()
    })
    .unwrap();
    let res = with
        .send(&get(&server.https_url("/mtls")), &SendOptions::default())
        .unwrap();
    assert_eq!(&res.body[..], b"secure /mtls");
}

#[test]
fn bad_tls_options_are_clear_errors() {
    let p = pki();
    let missing = p.dir.path().join("nope.pem");
    let err = Client::new(ClientOptions {
        extra_ca_certs: Some(missing.clone()),
        ..Default::default()
    })
    .unwrap_err()
    .to_string();
    assert!(err.contains("nope.pem"), "{err}");
    let not_pem = p.dir.path().join("empty.pem");
    std::fs::write(&not_pem, "hello").unwrap();
    let err = Client::new(ClientOptions {
        client_cert: Some(p.client_cert_pem.clone()),
        client_key: Some(not_pem),
        ..Default::default()
    })
    .unwrap_err()
    .to_string();
    assert!(err.contains("no PEM private key"), "{err}");
    let enc = p.dir.path().join("enc.key");
    std::fs::write(
        &enc,
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n",
    )
    .unwrap();
    let err = Client::new(ClientOptions {
        client_cert: Some(p.client_cert_pem.clone()),
        client_key: Some(enc),
        client_passphrase: Some("pw".into()),
        ..Default::default()
    })
    .unwrap_err();
    assert!(matches!(err, HttpError::Config { .. }), "{err}");
}

#[test]
fn encrypted_client_keys_with_passphrase() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let dir = tempfile::tempdir().unwrap();
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::from_params(&ca_params, &ca_key);
    let server_key = KeyPair::generate().unwrap();
    let server_cert = CertificateParams::new(vec!["localhost".to_string()])
        .unwrap()
        .signed_by(&server_key, &issuer)
        .unwrap();
    let plain = std::fs::read_to_string(fixtures.join("client_plain.key")).unwrap();
    let client_key = KeyPair::from_pem(&plain).unwrap();
    let mut client_params = CertificateParams::new(vec!["client".to_string()]).unwrap();
    client_params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ClientAuth];
    let client_cert = client_params.signed_by(&client_key, &issuer).unwrap();
    let ca_pem = dir.path().join("ca.pem");
    std::fs::write(&ca_pem, ca_cert.pem()).unwrap();
    let cert_pem = dir.path().join("client.crt");
    std::fs::write(&cert_pem, client_cert.pem()).unwrap();

    let mut roots = rustls::RootCertStore::empty();
    roots.add(ca_cert.der().clone()).unwrap();
    let verifier =
        rustls::server::WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider())
            .build()
            .unwrap();
    let cfg = Arc::new(
        rustls::ServerConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_client_cert_verifier(verifier)
            .with_single_cert(vec![server_cert.der().clone()], key_der(&server_key))
            .unwrap(),
    );
    let server = serve_tls(echo, cfg);
    let options = |key: &str, pass: Option<&str>| ClientOptions {
        extra_ca_certs: Some(ca_pem.clone()),
        client_cert: Some(cert_pem.clone()),
        client_key: Some(fixtures.join(key)),
        client_passphrase: pass.map(str::to_string),
        ..Default::default()
    };
    for key in [
        "client_plain.key",
        "client_pkcs8_enc.key",
        "client_legacy_enc.key",
    ] {
        let c = Client::new(options(key, Some("secret"))).unwrap();
        let res = c
            .send(&get(&server.https_url("/k")), &SendOptions::default())
            .unwrap();
        assert_eq!(&res.body[..], b"secure /k", "{key}");
    }
    for key in ["client_pkcs8_enc.key", "client_legacy_enc.key"] {
        let err = Client::new(options(key, Some("wrong")))
            .unwrap_err()
            .to_string();
        assert!(err.contains("bad decrypt"), "{key}: {err}");
        let err = Client::new(options(key, None)).unwrap_err().to_string();
        assert!(err.contains("--ssl-client-passphrase"), "{key}: {err}");
    }
}

#[test]
fn stalled_tls_handshake_is_a_socket_timeout() {
    // Accepts TCP, never speaks TLS.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming().flatten() {
            held.push(s);
        }
    });
    let c = Client::new(ClientOptions {
        timeout: Some(std::time::Duration::from_millis(200)),
        ..Default::default()
    })
    .unwrap();
    let err = c
        .send(
            &get(&format!("https://localhost:{port}/")),
            &SendOptions::default(),
        )
        .unwrap_err();
    assert_eq!(err, HttpError::SocketTimeout);
}
