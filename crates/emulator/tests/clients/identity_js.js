// Drives the cogman emulator with amazon-cognito-identity-js (SRP by default).
// Usage: node identity_js.js BASE_URL POOL_ID CLIENT_ID   (NODE_PATH points at node_modules)
// The pool must have users alice / Passw0rd! (CONFIRMED) and newbie / Temp0rary! (FORCE_CHANGE_PASSWORD),
// and the client must allow SRP, USER_PASSWORD_AUTH and refresh.
'use strict';

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

function signIn(username, password, flow, handlers) {
  return new Promise((resolve) => {
    const user = new CognitoUser({ Username: username, Pool: pool });
    if (flow) user.setAuthenticationFlowType(flow);
    const details = new AuthenticationDetails({ Username: username, Password: password });
    user.authenticateUser(details, {
      onSuccess: (session) => resolve({ ok: true, session, user }),
      onFailure: (err) => resolve({ ok: false, err, user }),
      newPasswordRequired: (attrs) => resolve({ ok: false, newPassword: true, attrs, user }),
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

  console.log(`amazon-cognito-identity-js: ${passed} passed, 0 failed`);
})().catch((e) => {
  console.log(`FAIL unexpected ${e && e.stack}`);
  process.exit(1);
});
