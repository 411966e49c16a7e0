"""The providers' public API addresses: the one home of these defaults.

The application's settings start from them (and tests point them at
localhost); the channels receive whatever the application passes in.
"""

TELEGRAM_API_BASE = "https://api.telegram.org"
ZALO_API_BASE = "https://openapi.zalo.me"
ZALO_OAUTH_BASE = "https://oauth.zaloapp.com"
