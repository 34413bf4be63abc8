"""Drives the cogman emulator with boto3, a client nobody here wrote.

Usage: python boto3_client.py BASE_URL
Fake AWS credentials come from the environment (the Rust test sets them). Prints one line per
check and a closing 'N passed, 0 failed' line; exits non-zero on the first failure.
"""

import base64
import hashlib
import hmac
import struct
import sys
import time

import boto3
from botocore.exceptions import ClientError

BASE = sys.argv[1]
idp = boto3.client("cognito-idp", endpoint_url=BASE, region_name="us-east-1")
passed = 0


def check(name, cond, detail=""):
    global passed
    if not cond:
        print(f"FAIL {name} {detail}")
        sys.exit(1)
    passed += 1
    print(f"ok   {name}")


def error_of(fn, **kw):
    try:
        fn(**kw)
    except ClientError as e:
        return e.response["Error"]["Code"], e.response["Error"]["Message"]
    return None, None


def totp(secret_b32, t=None):
    key = base64.b32decode(secret_b32 + "=" * (-len(secret_b32) % 8))
    counter = struct.pack(">Q", int((t or time.time()) // 30))
    h = hmac.new(key, counter, hashlib.sha1).digest()
    o = h[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", h[o : o + 4])[0] & 0x7FFFFFFF) % 1000000)


def secret_hash(username, client_id, secret):
    mac = hmac.new(secret.encode(), (username + client_id).encode(), hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


pool = idp.create_user_pool(PoolName="boto3-pool")["UserPool"]
pool_id = pool["Id"]
check("create_user_pool", pool_id.startswith("us-east-1_"), pool_id)
check("describe_user_pool", idp.describe_user_pool(UserPoolId=pool_id)["UserPool"]["Name"] == "boto3-pool")
pages = list(idp.get_paginator("list_user_pools").paginate(MaxResults=10))
check("list_user_pools paginator", any(p["Id"] == pool_id for page in pages for p in page["UserPools"]))

client = idp.create_user_pool_client(
    UserPoolId=pool_id,
    ClientName="web",
    ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
)["UserPoolClient"]
cid = client["ClientId"]
check("create_user_pool_client", len(cid) == 26)
described = idp.describe_user_pool_client(UserPoolId=pool_id, ClientId=cid)["UserPoolClient"]
check("describe_user_pool_client", "ALLOW_USER_PASSWORD_AUTH" in described["ExplicitAuthFlows"])

idp.create_group(UserPoolId=pool_id, GroupName="admins")
idp.admin_create_user(
    UserPoolId=pool_id,
    Username="alice",
    TemporaryPassword="Temp0rary!",
    UserAttributes=[{"Name": "email", "Value": "alice@example.com"}],
    MessageAction="SUPPRESS",
)
idp.admin_add_user_to_group(UserPoolId=pool_id, Username="alice", GroupName="admins")
user = idp.admin_get_user(UserPoolId=pool_id, Username="alice")
check("admin_create_user", user["UserStatus"] == "FORCE_CHANGE_PASSWORD")

# Temporary password -> NEW_PASSWORD_REQUIRED -> tokens.
ch = idp.initiate_auth(
    ClientId=cid, AuthFlow="USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "alice", "PASSWORD": "Temp0rary!"}
)
check("NEW_PASSWORD_REQUIRED challenge", ch["ChallengeName"] == "NEW_PASSWORD_REQUIRED")
done = idp.respond_to_auth_challenge(
    ClientId=cid,
    ChallengeName="NEW_PASSWORD_REQUIRED",
    Session=ch["Session"],
    ChallengeResponses={"USERNAME": "alice", "NEW_PASSWORD": "Passw0rd!"},
)
check("respond_to_auth_challenge", "AccessToken" in done["AuthenticationResult"])

auth = idp.initiate_auth(
    ClientId=cid, AuthFlow="USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "alice", "PASSWORD": "Passw0rd!"}
)["AuthenticationResult"]
check("initiate_auth USER_PASSWORD_AUTH", auth["TokenType"] == "Bearer" and auth["ExpiresIn"] == 3600)
me = idp.get_user(AccessToken=auth["AccessToken"])
check("get_user", me["Username"] == "alice")
refreshed = idp.initiate_auth(
    ClientId=cid, AuthFlow="REFRESH_TOKEN_AUTH", AuthParameters={"REFRESH_TOKEN": auth["RefreshToken"]}
)["AuthenticationResult"]
check("refresh", "AccessToken" in refreshed and "RefreshToken" not in refreshed)
admin = idp.admin_initiate_auth(
    UserPoolId=pool_id,
    ClientId=cid,
    AuthFlow="ADMIN_USER_PASSWORD_AUTH",
    AuthParameters={"USERNAME": "alice", "PASSWORD": "Passw0rd!"},
)
check("admin_initiate_auth", "AccessToken" in admin["AuthenticationResult"])

code, msg = error_of(
    idp.initiate_auth,
    ClientId=cid,
    AuthFlow="USER_PASSWORD_AUTH",
    AuthParameters={"USERNAME": "alice", "PASSWORD": "wrong"},
)
check("wrong password", (code, msg) == ("NotAuthorizedException", "Incorrect username or password."), msg)

# UpdateUserPoolClient resets what it is not given: password auth is gone.
idp.update_user_pool_client(UserPoolId=pool_id, ClientId=cid, ExplicitAuthFlows=["ALLOW_REFRESH_TOKEN_AUTH"])
code, msg = error_of(
    idp.initiate_auth,
    ClientId=cid,
    AuthFlow="USER_PASSWORD_AUTH",
    AuthParameters={"USERNAME": "alice", "PASSWORD": "Passw0rd!"},
)
check("flow not enabled", (code, msg) == ("InvalidParameterException", "USER_PASSWORD_AUTH flow not enabled for this client"), msg)

# The documented fix for a missing flow: describe, keep everything, add the flow, update.
desc = idp.describe_user_pool_client(UserPoolId=pool_id, ClientId=cid)["UserPoolClient"]
for key in ("ClientSecret", "CreationDate", "LastModifiedDate"):
    desc.pop(key, None)
desc["ExplicitAuthFlows"] = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
idp.update_user_pool_client(**desc)
again = idp.initiate_auth(
    ClientId=cid, AuthFlow="USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "alice", "PASSWORD": "Passw0rd!"}
)
check("describe -> update round trip", "AccessToken" in again["AuthenticationResult"])

# Pool MFA configuration, groups, domains.
cfg = idp.set_user_pool_mfa_config(
    UserPoolId=pool_id, SoftwareTokenMfaConfiguration={"Enabled": True}, MfaConfiguration="OPTIONAL"
)
check("set_user_pool_mfa_config", cfg["MfaConfiguration"] == "OPTIONAL")
members = idp.list_users_in_group(UserPoolId=pool_id, GroupName="admins")["Users"]
check("list_users_in_group", [u["Username"] for u in members] == ["alice"])
idp.create_user_pool_domain(UserPoolId=pool_id, Domain="boto3-demo")
check("user pool domain", idp.describe_user_pool_domain(Domain="boto3-demo")["DomainDescription"]["UserPoolId"] == pool_id)

# A client with a secret needs SECRET_HASH.
secret_client = idp.create_user_pool_client(
    UserPoolId=pool_id, ClientName="confidential", GenerateSecret=True, ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH"]
)["UserPoolClient"]
scid, ssecret = secret_client["ClientId"], secret_client["ClientSecret"]
code, msg = error_of(
    idp.initiate_auth,
    ClientId=scid,
    AuthFlow="USER_PASSWORD_AUTH",
    AuthParameters={"USERNAME": "alice", "PASSWORD": "Passw0rd!"},
)
check("secret required", msg == f"Client {scid} is configured for secret but secret was not received", msg)
ok = idp.initiate_auth(
    ClientId=scid,
    AuthFlow="USER_PASSWORD_AUTH",
    AuthParameters={"USERNAME": "alice", "PASSWORD": "Passw0rd!", "SECRET_HASH": secret_hash("alice", scid, ssecret)},
)
check("secret hash accepted", "AccessToken" in ok["AuthenticationResult"])

# Sign-up with the documented code.
idp.update_user_pool_client(UserPoolId=pool_id, ClientId=cid, ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH"])
idp.sign_up(ClientId=cid, Username="bob", Password="Passw0rd!")
code, _ = error_of(
    idp.initiate_auth, ClientId=cid, AuthFlow="USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "bob", "PASSWORD": "Passw0rd!"}
)
check("unconfirmed user refused", code == "UserNotConfirmedException", code)
idp.confirm_sign_up(ClientId=cid, Username="bob", ConfirmationCode="123456")
check("confirm_sign_up", idp.admin_get_user(UserPoolId=pool_id, Username="bob")["UserStatus"] == "CONFIRMED")

# TOTP set-up through the user APIs.
tokens = idp.initiate_auth(
    ClientId=cid, AuthFlow="USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "bob", "PASSWORD": "Passw0rd!"}
)["AuthenticationResult"]
secret = idp.associate_software_token(AccessToken=tokens["AccessToken"])["SecretCode"]
status = idp.verify_software_token(AccessToken=tokens["AccessToken"], UserCode=totp(secret))["Status"]
check("verify_software_token", status == "SUCCESS")
idp.set_user_mfa_preference(
    AccessToken=tokens["AccessToken"], SoftwareTokenMfaSettings={"Enabled": True, "PreferredMfa": True}
)
check("set_user_mfa_preference", idp.get_user(AccessToken=tokens["AccessToken"]).get("PreferredMfaSetting") == "SOFTWARE_TOKEN_MFA")

users = idp.list_users(UserPoolId=pool_id, Filter='username = "bob"')["Users"]
check("list_users filter", [u["Username"] for u in users] == ["bob"])
idp.global_sign_out(AccessToken=tokens["AccessToken"])
code, msg = error_of(idp.get_user, AccessToken=tokens["AccessToken"])
check("global_sign_out revokes", msg == "Access Token has been revoked", msg)
idp.admin_delete_user(UserPoolId=pool_id, Username="bob")
code, _ = error_of(idp.admin_get_user, UserPoolId=pool_id, Username="bob")
check("admin_delete_user", code == "UserNotFoundException", code)
idp.delete_user_pool_client(UserPoolId=pool_id, ClientId=scid)
idp.delete_user_pool(UserPoolId=pool_id)
code, _ = error_of(idp.describe_user_pool, UserPoolId=pool_id)
check("delete_user_pool", code == "ResourceNotFoundException", code)

print(f"boto3: {passed} passed, 0 failed")
