//! rustls configuration, built once per client, and TLS errors in Node/OpenSSL wording.

use std::path::Path;
use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use rustls_pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};

use crate::{ClientOptions, HttpError};

/// The two configurations a run can need: verifying (the default) and not verifying
/// (`--insecure` or `strictSSL: false`).
pub(crate) struct TlsConfigs {
    pub strict: Arc<ClientConfig>,
    pub insecure: Arc<ClientConfig>,
}

fn read_file(path: &Path, what: &str) -> Result<Vec<u8>, HttpError> {
    std::fs::read(path).map_err(|e| {
        HttpError::config(format!("unable to read {what} \"{}\": {e}", path.display()))
    })
}

fn load_certs(path: &Path, what: &str) -> Result<Vec<CertificateDer<'static>>, HttpError> {
    let data = read_file(path, what)?;
    let certs: Vec<_> = rustls_pemfile::certs(&mut data.as_slice())
        .collect::<Result<_, _>>()
        .map_err(|e| {
            HttpError::config(format!("invalid PEM in {what} \"{}\": {e}", path.display()))
        })?;
    if certs.is_empty() {
        return Err(HttpError::config(format!(
            "no PEM certificate found in {what} \"{}\"",
            path.display()
        )));
    }
    Ok(certs)
}

fn load_key(path: &Path, passphrase: Option<&str>) -> Result<PrivateKeyDer<'static>, HttpError> {
    let data = read_file(path, "client key")?;
    let text = String::from_utf8_lossy(&data);
    let shown = path.display();
    let encrypted = text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")
        || text.contains("Proc-Type: 4,ENCRYPTED");
    if encrypted {
        let Some(pass) = passphrase else {
            return Err(HttpError::config(format!(
                "client key \"{shown}\" is encrypted: give its passphrase with --ssl-client-passphrase"
            )));
        };
        return decrypt_key(&text, pass)
            .map_err(|e| HttpError::config(format!("cannot decrypt client key \"{shown}\": {e}")));
    }
    match rustls_pemfile::private_key(&mut data.as_slice()) {
        Ok(Some(key)) => Ok(key),
        Ok(None) => Err(HttpError::config(format!(
            "no PEM private key found in client key \"{shown}\""
        ))),
        Err(e) => Err(HttpError::config(format!(
            "invalid PEM in client key \"{shown}\": {e}"
        ))),
    }
}

/// `Key: value` headers of a PEM block (`Proc-Type`, `DEK-Info`).
type PemHeaders = Vec<(String, String)>;

/// The PEM block labelled `label`: its headers and decoded body.
fn pem_block(text: &str, label: &str) -> Option<(PemHeaders, Vec<u8>)> {
    use base64::Engine as _;
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let start = text.find(&begin)? + begin.len();
    let stop = start + text[start..].find(&end)?;
    let mut headers = Vec::new();
    let mut b64 = String::new();
    for line in text[start..stop].lines() {
        let line = line.trim();
        if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        } else {
            b64.push_str(line);
        }
    }
    let der = base64::engine::general_purpose::STANDARD.decode(b64).ok()?;
    Some((headers, der))
}

/// Decrypts an encrypted PKCS#8 key (PBES2) or a legacy OpenSSL key
/// (`Proc-Type: 4,ENCRYPTED`, AES-CBC).
fn decrypt_key(text: &str, pass: &str) -> Result<PrivateKeyDer<'static>, String> {
    if let Some((_, der)) = pem_block(text, "ENCRYPTED PRIVATE KEY") {
        let info = pkcs8::EncryptedPrivateKeyInfo::try_from(der.as_slice())
            .map_err(|e| format!("invalid encrypted key: {e}"))?;
        let plain = info
            .decrypt(pass)
            .map_err(|_| "bad decrypt (wrong passphrase?)".to_string())?;
        return Ok(PrivateKeyDer::Pkcs8(
            rustls_pki_types::PrivatePkcs8KeyDer::from(plain.as_bytes().to_vec()),
        ));
    }
    for (label, kind) in [
        ("RSA PRIVATE KEY", 1),
        ("EC PRIVATE KEY", 2),
        ("PRIVATE KEY", 8),
    ] {
        let Some((headers, der)) = pem_block(text, label) else {
            continue;
        };
        let dek = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("DEK-Info"))
            .map(|(_, v)| v.clone())
            .ok_or("missing DEK-Info header")?;
        let (cipher, iv_hex) = dek.split_once(',').ok_or("invalid DEK-Info header")?;
        let iv = hex::decode(iv_hex.trim()).map_err(|_| "invalid DEK-Info IV")?;
        let plain = legacy_decrypt(cipher.trim(), &iv, pass, &der)?;
        return Ok(match kind {
            1 => PrivateKeyDer::Pkcs1(rustls_pki_types::PrivatePkcs1KeyDer::from(plain)),
            2 => PrivateKeyDer::Sec1(rustls_pki_types::PrivateSec1KeyDer::from(plain)),
            _ => PrivateKeyDer::Pkcs8(rustls_pki_types::PrivatePkcs8KeyDer::from(plain)),
        });
    }
    Err("no encrypted private key found".into())
}

/// OpenSSL's EVP_BytesToKey (MD5, one round), as used by legacy encrypted PEM keys.
fn bytes_to_key(pass: &[u8], salt: &[u8], len: usize) -> Vec<u8> {
    use md5::Digest as _;
    let mut out = Vec::with_capacity(len + 16);
    let mut prev: Vec<u8> = Vec::new();
    while out.len() < len {
        let mut h = md5::Md5::new();
        h.update(&prev);
        h.update(pass);
        h.update(salt);
        prev = h.finalize().to_vec();
        out.extend_from_slice(&prev);
    }
    out.truncate(len);
    out
}

fn legacy_decrypt(cipher: &str, iv: &[u8], pass: &str, data: &[u8]) -> Result<Vec<u8>, String> {
    if iv.len() != 16 {
        return Err(format!("unsupported key encryption \"{cipher}\""));
    }
    let pass = pass.as_bytes();
    match cipher.to_ascii_uppercase().as_str() {
        "AES-128-CBC" => cbc_decrypt::<cbc::Decryptor<aes::Aes128>>(pass, iv, data),
        "AES-192-CBC" => cbc_decrypt::<cbc::Decryptor<aes::Aes192>>(pass, iv, data),
        "AES-256-CBC" => cbc_decrypt::<cbc::Decryptor<aes::Aes256>>(pass, iv, data),
        other => Err(format!(
            "unsupported key encryption \"{other}\"; convert the key with `openssl pkcs8 -topk8`"
        )),
    }
}

/// One CBC decryption for every AES key size: the key is derived from the passphrase and the
/// IV's first 8 bytes (the salt), as long as the cipher's key.
fn cbc_decrypt<D>(pass: &[u8], iv: &[u8], data: &[u8]) -> Result<Vec<u8>, String>
where
    D: aes::cipher::KeyIvInit + aes::cipher::BlockDecryptMut,
{
    use aes::cipher::block_padding::Pkcs7;
    let salt = iv.get(..8).ok_or("invalid key or IV")?;
    let key = bytes_to_key(pass, salt, D::key_size());
    let mut buf = data.to_vec();
    Ok(D::new_from_slices(&key, iv)
        .map_err(|_| "invalid key or IV".to_string())?
        .decrypt_padded_mut::<Pkcs7>(&mut buf)
        .map_err(|_| "bad decrypt (wrong passphrase?)".to_string())?
        .to_vec())
}

pub(crate) fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::aws_lc_rs::default_provider())
}

pub(crate) fn build(opts: &ClientOptions) -> Result<TlsConfigs, HttpError> {
    let provider = provider();
    let mut roots = RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(path) = &opts.extra_ca_certs {
        for cert in load_certs(path, "extra CA certificates")? {
            roots.add(cert).map_err(|e| {
                HttpError::config(format!(
                    "invalid certificate in extra CA certificates \"{}\": {e}",
                    path.display()
                ))
            })?;
        }
    }
    let client_auth = match (&opts.client_cert, &opts.client_key) {
        (Some(cert), key) => {
            let certs = load_certs(cert, "client certificate")?;
            // The key may live in the certificate file.
            let key = load_key(
                key.as_deref().unwrap_or(cert),
                opts.client_passphrase.as_deref(),
            )?;
            Some((certs, key))
        }
        (None, Some(_)) => {
            return Err(HttpError::config(
                "a client key was given without a client certificate",
            ));
        }
        (None, None) => None,
    };

    let webpki = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
        .build()
        .map_err(|e| HttpError::config(format!("TLS setup failed: {e}")))?;
    let strict_verifier = Arc::new(NodeVerifier {
        inner: webpki,
        provider: provider.clone(),
    });
    let insecure_verifier = Arc::new(NoVerifier {
        provider: provider.clone(),
    });

    let make = |verifier: Arc<dyn ServerCertVerifier>| -> Result<Arc<ClientConfig>, HttpError> {
        let builder = ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| HttpError::config(format!("TLS setup failed: {e}")))?
            .dangerous()
            .with_custom_certificate_verifier(verifier);
        let mut cfg = match &client_auth {
            Some((certs, key)) => builder
                .with_client_auth_cert(certs.clone(), key.clone_key())
                .map_err(|e| {
                    HttpError::config(format!("invalid client certificate or key: {e}"))
                })?,
            None => builder.with_no_client_auth(),
        };
        cfg.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(Arc::new(cfg))
    };
    let insecure = make(insecure_verifier)?;
    // Always build the verifying configuration: a request's `strictSSL: true` wins over
    // `--insecure`.
    let strict = make(strict_verifier)?;
    Ok(TlsConfigs { strict, insecure })
}

/// A message from our verifier, carried through rustls as `CertificateError::Other`.
#[derive(Debug)]
pub(crate) struct NodeTlsMessage(pub String);

impl std::fmt::Display for NodeTlsMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NodeTlsMessage {}

fn node_message(msg: &str) -> rustls::Error {
    rustls::Error::InvalidCertificate(CertificateError::Other(rustls::OtherError(Arc::new(
        NodeTlsMessage(msg.to_string()),
    ))))
}

/// Verifies with webpki, but tells a self-signed certificate from an unknown issuer so the
/// message can be Node's.
#[derive(Debug)]
struct NodeVerifier {
    inner: Arc<WebPkiServerVerifier>,
    provider: Arc<CryptoProvider>,
}

impl NodeVerifier {
    fn is_self_signed(
        &self,
        end_entity: &CertificateDer<'_>,
        server_name: &ServerName<'_>,
        now: UnixTime,
    ) -> bool {
        let mut roots = RootCertStore::empty();
        if roots.add(end_entity.clone().into_owned()).is_err() {
            return false;
        }
        let Ok(v) =
            WebPkiServerVerifier::builder_with_provider(Arc::new(roots), self.provider.clone())
                .build()
        else {
            return false;
        };
        !matches!(
            v.verify_server_cert(end_entity, &[], server_name, &[], now),
            Err(rustls::Error::InvalidCertificate(
                CertificateError::UnknownIssuer
            ))
        )
    }
}

impl ServerCertVerifier for NodeVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self.inner.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        ) {
            Ok(v) => Ok(v),
            Err(rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer)) => {
                if intermediates.is_empty() && self.is_self_signed(end_entity, server_name, now) {
                    Err(node_message("self-signed certificate"))
                } else if intermediates.is_empty() {
                    Err(node_message("unable to verify the first certificate"))
                } else {
                    Err(node_message("unable to get local issuer certificate"))
                }
            }
            Err(e) => Err(e),
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// `--insecure`: accept any certificate (handshake signatures are still checked).
#[derive(Debug)]
struct NoVerifier {
    provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for NoVerifier {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// Node/OpenSSL wording for a TLS failure during the handshake.
pub(crate) fn tls_error_message(err: &std::io::Error, host: &str) -> String {
    let Some(inner) = err.get_ref() else {
        return io_tls_message(err);
    };
    let Some(tls) = inner.downcast_ref::<rustls::Error>() else {
        return io_tls_message(err);
    };
    match tls {
        rustls::Error::InvalidCertificate(ce) => certificate_message(ce, host),
        rustls::Error::AlertReceived(alert) => {
            format!("SSL alert received from the server: {alert:?}")
        }
        other => other.to_string(),
    }
}

fn io_tls_message(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::UnexpectedEof => {
            "Client network socket disconnected before secure TLS connection was established"
                .to_string()
        }
        std::io::ErrorKind::ConnectionReset => "read ECONNRESET".to_string(),
        _ => err.to_string(),
    }
}

fn certificate_message(ce: &CertificateError, host: &str) -> String {
    match ce {
        CertificateError::Other(other) => other.to_string(),
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
            "certificate has expired".to_string()
        }
        CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
            "certificate is not yet valid".to_string()
        }
        CertificateError::UnknownIssuer => "unable to verify the first certificate".to_string(),
        CertificateError::NotValidForNameContext { presented, .. } => {
            let names: Vec<String> = presented
                .iter()
                .map(|p| {
                    if let Some(dns) = p
                        .strip_prefix("DnsName(\"")
                        .and_then(|s| s.strip_suffix("\")"))
                    {
                        format!("DNS:{dns}")
                    } else if let Some(ip) = p
                        .strip_prefix("IpAddress(")
                        .and_then(|s| s.strip_suffix(')'))
                    {
                        format!("IP Address:{ip}")
                    } else {
                        p.clone()
                    }
                })
                .collect();
            if host.parse::<std::net::IpAddr>().is_ok() {
                format!(
                    "Hostname/IP does not match certificate's altnames: IP: {host} is not in the cert's list: {}",
                    names.join(", ")
                )
            } else {
                format!(
                    "Hostname/IP does not match certificate's altnames: Host: {host}. is not in the cert's altnames: {}",
                    names.join(", ")
                )
            }
        }
        CertificateError::NotValidForName => format!(
            "Hostname/IP does not match certificate's altnames: Host: {host}. is not in the cert's altnames"
        ),
        other => format!("{other:?}"),
    }
}
