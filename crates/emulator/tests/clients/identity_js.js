// Drives the cogman emulator with amazon-cognito-identity-js (SRP by default).
// Usage: node identity_js.js BASE_URL POOL_ID CLIENT_ID   (NODE_PATH points at node_modules)
// The pool must have users alice / Passw0rd! (CONFIRMED) and newbie / Temp0rary! (FORCE_CHANGE_PASSWORD),
// and the client must allow SRP, USER_PASSWORD_AUTH and refresh.
'use strict';

const crypto = require('crypto');

const {
  CognitoUserPool,
  CognitoUser,
  AuthenticationDetails,
} = require('amazon-cognito-identity-js');

const [base, poolId, clientId] = process.argv.slice(2);
const pool = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint: base + '/' });
let passed = 0;

function check(name, cond, detail) {
  if (!cond) {
    console.log(`FAIL ${name} ${detail || ''}`);
    process.exit(1);
  }
  passed += 1;
  console.log(`ok   ${name}`);
}

// RFC 6238 code (SHA-1, 6 digits, 30 s) for a base32 secret.
function totp(secret) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of secret.replace(/=+$/, '').toUpperCase()) {
    bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30)));
  const h = crypto.createHmac('sha1', Buffer.from(bytes)).update(counter).digest();
  const o = h[h.length - 1] & 0x0f;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1000000).padStart(6, '0');
}

function signIn(username, password, flow, handlers) {
  return new Promise((resolve) => {
    const user = new CognitoUser({ Username: username, Pool: pool });
    if (flow) user.setAuthenticationFlowType(flow);
    const details = new AuthenticationDetails({ Username: username, Password: password });
    user.authenticateUser(details, {
      onSuccess: (session) => resolve({ ok: true, session, user }),
      onFailure: (err) => resolve({ ok: false, err, user }),
      newPasswordRequired: (attrs) => resolve({ ok: false, newPassword: true, attrs, user }),
      totpRequired: () => resolve({ ok: false, totp: true, user }),
      ...(handlers || {}),
    });
  });
}

(async () => {
  const srp = await signIn('alice', 'Passw0rd!');
  check('SRP sign-in', srp.ok, srp.err && srp.err.message);
  const payload = srp.session.getAccessToken().decodePayload();
  check('access token claims', payload.username === 'alice' && payload.token_use === 'access');
  check('id token issuer', srp.session.getIdToken().decodePayload().iss === `${base}/${poolId}`);

  const wrong = await signIn('alice', 'Wrong-passw0rd');
  check('SRP wrong password', !wrong.ok && wrong.err.code === 'NotAuthorizedException'
    && wrong.err.message === 'Incorrect username or password.', wrong.err && wrong.err.message);

  const pw = await signIn('alice', 'Passw0rd!', 'USER_PASSWORD_AUTH');
  check('USER_PASSWORD_AUTH sign-in', pw.ok, pw.err && pw.err.message);

  const refreshed = await new Promise((resolve) => {
    srp.user.refreshSession(srp.session.getRefreshToken(), (err, s) => resolve(err ? null : s));
  });
  check('refreshSession', refreshed && refreshed.isValid());

  const attrs = await new Promise((resolve) => srp.user.getUserAttributes((err, a) => resolve(err ? null : a)));
  check('getUserAttributes', Array.isArray(attrs) && attrs.some((a) => a.getName() === 'sub'));

  const fresh = await signIn('newbie', 'Temp0rary!');
  check('newPasswordRequired callback', fresh.newPassword === true);
  const completed = await new Promise((resolve) => {
    fresh.user.completeNewPasswordChallenge('Brand-new1', {}, {
      onSuccess: (s) => resolve(s),
      onFailure: (e) => resolve(e),
    });
  });
  check('completeNewPasswordChallenge', completed && typeof completed.isValid === 'function' && completed.isValid(),
    completed && completed.message);
  const again = await signIn('newbie', 'Brand-new1');
  check('sign-in with the new password', again.ok, again.err && again.err.message);

  const signedOut = await new Promise((resolve) => {
    again.user.globalSignOut({ onSuccess: () => resolve(true), onFailure: (e) => resolve(e) });
  });
  check('globalSignOut', signedOut === true, signedOut && signedOut.message);

  // TOTP: associate, verify, prefer it, then sign in through the totpRequired callback.
  const mfaUser = (await signIn('alice', 'Passw0rd!')).user;
  const secret = await new Promise((resolve) => {
    mfaUser.associateSoftwareToken({
      associateSecretCode: (code) => resolve(code),
      onFailure: (e) => resolve(e),
    });
  });
  check('associateSoftwareToken', typeof secret === 'string' && secret.length >= 16, secret && secret.message);
  const verified = await new Promise((resolve) => {
    mfaUser.verifySoftwareToken(totp(secret), 'phone', {
      onSuccess: (r) => resolve(r),
      onFailure: (e) => resolve(e),
    });
  });
  check('verifySoftwareToken', verified && verified.Status === 'SUCCESS', verified && verified.message);
  const preferred = await new Promise((resolve) => {
    mfaUser.setUserMfaPreference(null, { PreferredMfa: true, Enabled: true }, (err) => resolve(err || true));
  });
  check('setUserMfaPreference', preferred === true, preferred && preferred.message);
  const challenged = await signIn('alice', 'Passw0rd!');
  check('totpRequired callback', challenged.totp === true, challenged.err && challenged.err.message);
  const afterMfa = await new Promise((resolve) => {
    challenged.user.sendMFACode(totp(secret), {
      onSuccess: (s) => resolve(s),
      onFailure: (e) => resolve(e),
    }, 'SOFTWARE_TOKEN_MFA');
  });
  check('sendMFACode', afterMfa && typeof afterMfa.isValid === 'function' && afterMfa.isValid(),
    afterMfa && afterMfa.message);

  console.log(`amazon-cognito-identity-js: ${passed} passed, 0 failed`);
})().catch((e) => {
  console.log(`FAIL unexpected ${e && e.stack}`);
  process.exit(1);
});
