//! AWS credentials and SigV4 signing for the `Admin*` operations.

use std::fmt;
use std::time::SystemTime;

use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
use aws_sigv4::sign::v4;

use crate::error::CognitoError;
use crate::transport::TransportRequest;

/// Long-term or temporary AWS credentials.
#[derive(Clone, PartialEq, Eq)]
pub struct AwsCredentials {
    /// `AWS_ACCESS_KEY_ID`.
    pub access_key_id: String,
    /// `AWS_SECRET_ACCESS_KEY`.
    pub secret_access_key: String,
    /// `AWS_SESSION_TOKEN`, for temporary credentials.
    pub session_token: Option<String>,
}

impl fmt::Debug for AwsCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AwsCredentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"<redacted>")
            .field(
                "session_token",
                &self.session_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl AwsCredentials {
    /// Reads `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`.
    pub fn from_env() -> Result<AwsCredentials, CognitoError> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        match (var("AWS_ACCESS_KEY_ID"), var("AWS_SECRET_ACCESS_KEY")) {
            (Some(access_key_id), Some(secret_access_key)) => Ok(AwsCredentials {
                access_key_id,
                secret_access_key,
                session_token: var("AWS_SESSION_TOKEN"),
            }),
            _ => Err(CognitoError::Config(
                "the admin flow (AdminInitiateAuth) is signed with AWS credentials: set \
                 AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for \
                 temporary credentials) for an identity allowed cognito-idp:AdminInitiateAuth"
                    .into(),
            )),
        }
    }
}

/// Adds the SigV4 headers (`Authorization`, `X-Amz-Date`, `X-Amz-Security-Token`) for
/// service `cognito-idp` in `region`.
pub(crate) fn sign_request(
    req: &mut TransportRequest,
    creds: &AwsCredentials,
    region: &str,
    time: SystemTime,
) -> Result<(), CognitoError> {
    let identity = aws_credential_types::Credentials::new(
        creds.access_key_id.clone(),
        creds.secret_access_key.clone(),
        creds.session_token.clone(),
        None,
        "cogman",
    )
    .into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(region)
        .name("cognito-idp")
        .time(time)
        .settings(SigningSettings::default())
        .build()
        .map_err(|e| CognitoError::Config(format!("cannot sign the admin request: {e}")))?
        .into();
    let signable = SignableRequest::new(
        &req.method,
        req.url.as_str(),
        req.headers.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        SignableBody::Bytes(&req.body),
    )
    .map_err(|e| CognitoError::Config(format!("cannot sign a request to {}: {e}", req.url)))?;
    let (instructions, _signature) = sign(signable, &params)
        .map_err(|e| CognitoError::Config(format!("cannot sign a request to {}: {e}", req.url)))?
        .into_parts();
    let added: Vec<(String, String)> = instructions
        .headers()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    req.headers.extend(added);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_with_authorization_and_token() {
        let mut req = TransportRequest {
            method: "POST".into(),
            url: "http://127.0.0.1:5000/".into(),
            headers: vec![
                ("Content-Type".into(), "application/x-amz-json-1.1".into()),
                (
                    "X-Amz-Target".into(),
                    "AWSCognitoIdentityProviderService.AdminInitiateAuth".into(),
                ),
            ],
            body: b"{}".to_vec(),
        };
        let creds = AwsCredentials {
            access_key_id: "AKIDEXAMPLE".into(),
            secret_access_key: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".into(),
            session_token: Some("session-token-value".into()),
        };
        sign_request(&mut req, &creds, "us-east-1", SystemTime::UNIX_EPOCH)
            .unwrap_or_else(|e| panic!("{e}"));
        let auth = req.header("authorization").unwrap_or_default().to_string();
        assert!(
            auth.starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/19700101/us-east-1/cognito-idp/aws4_request"),
            "{auth}"
        );
        assert!(auth.contains("x-amz-target"), "{auth}");
        assert_eq!(
            req.header("x-amz-security-token"),
            Some("session-token-value")
        );
        assert!(!format!("{creds:?}").contains("EXAMPLEKEY"));
    }
}
