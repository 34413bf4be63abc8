//! Operation dispatch: `X-Amz-Target` name -> handler, and which operations need SigV4.

use serde_json::{Map, Value};

use crate::error::ApiError;
use crate::store::Store;
use crate::{admin, auth};

/// What every operation handler gets: the shared store and the emulator's own base URL
/// (token issuers are `base_url/poolId`).
pub struct Ctx<'a> {
    pub store: &'a Store,
    pub base_url: &'a str,
}

/// Operations Cognito serves without AWS credentials (botocore marks them `authtype: none`).
const UNSIGNED: [&str; 15] = [
    "InitiateAuth",
    "RespondToAuthChallenge",
    "SignUp",
    "ConfirmSignUp",
    "ResendConfirmationCode",
    "GetUser",
    "GlobalSignOut",
    "RevokeToken",
    "AssociateSoftwareToken",
    "VerifySoftwareToken",
    "SetUserMFAPreference",
    "ChangePassword",
    "ForgotPassword",
    "ConfirmForgotPassword",
    "GetTokensFromRefreshToken",
];

/// Whether an operation needs a SigV4 Authorization header.
pub fn requires_signature(op: &str) -> bool {
    !UNSIGNED.contains(&op)
}

/// Every operation this emulator serves (`X-Amz-Target` suffixes).
pub const OPERATIONS: [&str; 55] = [
    "CreateUserPool",
    "DescribeUserPool",
    "ListUserPools",
    "DeleteUserPool",
    "CreateUserPoolClient",
    "DescribeUserPoolClient",
    "UpdateUserPoolClient",
    "ListUserPoolClients",
    "DeleteUserPoolClient",
    "CreateGroup",
    "GetGroup",
    "ListGroups",
    "AdminAddUserToGroup",
    "AdminRemoveUserFromGroup",
    "AdminListGroupsForUser",
    "CreateResourceServer",
    "DescribeResourceServer",
    "ListResourceServers",
    "AdminCreateUser",
    "AdminSetUserPassword",
    "AdminGetUser",
    "AdminDeleteUser",
    "AdminConfirmSignUp",
    "AdminDisableUser",
    "AdminEnableUser",
    "AdminResetUserPassword",
    "AdminUserGlobalSignOut",
    "AdminUpdateUserAttributes",
    "ListUsers",
    "SignUp",
    "ConfirmSignUp",
    "ResendConfirmationCode",
    "InitiateAuth",
    "AdminInitiateAuth",
    "RespondToAuthChallenge",
    "AdminRespondToAuthChallenge",
    "AssociateSoftwareToken",
    "VerifySoftwareToken",
    "SetUserMFAPreference",
    "AdminSetUserMFAPreference",
    "GetUser",
    "GlobalSignOut",
    "ChangePassword",
    "RevokeToken",
    "ForgotPassword",
    "ConfirmForgotPassword",
    "GetTokensFromRefreshToken",
    "SetUserPoolMfaConfig",
    "GetUserPoolMfaConfig",
    "ListUsersInGroup",
    "DeleteGroup",
    "DeleteResourceServer",
    "CreateUserPoolDomain",
    "DescribeUserPoolDomain",
    "DeleteUserPoolDomain",
];

/// Runs one operation on a parsed JSON object body.
pub fn dispatch(ctx: &Ctx, op: &str, body: &Map<String, Value>) -> Result<Value, ApiError> {
    match op {
        "CreateUserPool" => admin::create_user_pool(ctx, body, None),
        "DescribeUserPool" => admin::describe_user_pool(ctx, body),
        "ListUserPools" => admin::list_user_pools(ctx, body),
        "DeleteUserPool" => admin::delete_user_pool(ctx, body),
        "CreateUserPoolClient" => admin::create_user_pool_client(ctx, body, None),
        "DescribeUserPoolClient" => admin::describe_user_pool_client(ctx, body),
        "UpdateUserPoolClient" => admin::update_user_pool_client(ctx, body),
        "ListUserPoolClients" => admin::list_user_pool_clients(ctx, body),
        "DeleteUserPoolClient" => admin::delete_user_pool_client(ctx, body),
        "CreateGroup" => admin::create_group(ctx, body),
        "GetGroup" => admin::get_group(ctx, body),
        "ListGroups" => admin::list_groups(ctx, body),
        "AdminAddUserToGroup" => admin::admin_add_user_to_group(ctx, body),
        "AdminRemoveUserFromGroup" => admin::admin_remove_user_from_group(ctx, body),
        "AdminListGroupsForUser" => admin::admin_list_groups_for_user(ctx, body),
        "CreateResourceServer" => admin::create_resource_server(ctx, body),
        "DescribeResourceServer" => admin::describe_resource_server(ctx, body),
        "ListResourceServers" => admin::list_resource_servers(ctx, body),
        "AdminCreateUser" => admin::admin_create_user(ctx, body),
        "AdminSetUserPassword" => admin::admin_set_user_password(ctx, body),
        "AdminGetUser" => admin::admin_get_user(ctx, body),
        "AdminDeleteUser" => admin::admin_delete_user(ctx, body),
        "AdminConfirmSignUp" => admin::admin_confirm_sign_up(ctx, body),
        "AdminDisableUser" => admin::admin_disable_user(ctx, body),
        "AdminEnableUser" => admin::admin_enable_user(ctx, body),
        "AdminResetUserPassword" => admin::admin_reset_user_password(ctx, body),
        "AdminUserGlobalSignOut" => admin::admin_user_global_sign_out(ctx, body),
        "AdminUpdateUserAttributes" => admin::admin_update_user_attributes(ctx, body),
        "ListUsers" => admin::list_users(ctx, body),
        "SignUp" => admin::sign_up(ctx, body),
        "ConfirmSignUp" => admin::confirm_sign_up(ctx, body),
        "ResendConfirmationCode" => admin::resend_confirmation_code(ctx, body),
        "ForgotPassword" => admin::forgot_password(ctx, body),
        "ConfirmForgotPassword" => admin::confirm_forgot_password(ctx, body),
        "InitiateAuth" => auth::initiate_auth(ctx, body, false),
        "AdminInitiateAuth" => auth::initiate_auth(ctx, body, true),
        "RespondToAuthChallenge" => auth::respond_to_auth_challenge(ctx, body, false),
        "AdminRespondToAuthChallenge" => auth::respond_to_auth_challenge(ctx, body, true),
        "AssociateSoftwareToken" => auth::associate_software_token(ctx, body),
        "VerifySoftwareToken" => auth::verify_software_token(ctx, body),
        "SetUserMFAPreference" => auth::set_user_mfa_preference(ctx, body),
        "AdminSetUserMFAPreference" => auth::admin_set_user_mfa_preference(ctx, body),
        "GetUser" => auth::get_user(ctx, body),
        "GlobalSignOut" => auth::global_sign_out(ctx, body),
        "ChangePassword" => auth::change_password(ctx, body),
        "RevokeToken" => auth::revoke_token(ctx, body),
        "ListUsersInGroup" => admin::list_users_in_group(ctx, body),
        "DeleteGroup" => admin::delete_group(ctx, body),
        "DeleteResourceServer" => admin::delete_resource_server(ctx, body),
        "CreateUserPoolDomain" => admin::create_user_pool_domain(ctx, body),
        "DescribeUserPoolDomain" => admin::describe_user_pool_domain(ctx, body),
        "DeleteUserPoolDomain" => admin::delete_user_pool_domain(ctx, body),
        "SetUserPoolMfaConfig" => admin::set_user_pool_mfa_config(ctx, body),
        "GetUserPoolMfaConfig" => admin::get_user_pool_mfa_config(ctx, body),
        "GetTokensFromRefreshToken" => auth::get_tokens_from_refresh_token(ctx, body),
        _ => Err(ApiError::new(
            "UnknownOperationException",
            format!("The operation {op} is not supported."),
        )),
    }
}
