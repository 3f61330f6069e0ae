"""Staff accounts: the admin's login, lockout and two-factor authentication, and the Editors group. Imports no other part of the portal."""
