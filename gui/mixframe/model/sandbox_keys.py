"""The sandbox's well-known keys (shared by the emulator and the first-run profile). They open nothing but the local emulator, so they may be public."""

VOLC_ACCESS_KEY = "AKLTsandbox"
VOLC_SECRET_KEY = "sandbox-secret"
VOLC_REGION = "cn-north-1"
# The one temporary-credentials (STS) token the sandbox takes with the keys above; any other
# X-Security-Token is answered InvalidSecretToken, as the real gateway answers a forged one.
VOLC_SESSION_TOKEN = "STS2sandbox-session-token"

QINGCLOUD_ACCESS_KEY_ID = "QYSANDBOXKEY"
QINGCLOUD_SECRET_ACCESS_KEY = "qingcloud-sandbox-secret"

APP_ID = "sandbox-app"

TIME_WINDOW_SECONDS = 15 * 60
