"""Staff accounts: login, lockout, two-factor, the Editors group; imports no portal layer."""
