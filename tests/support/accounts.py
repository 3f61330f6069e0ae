"""Staff logins as the tests make them: a password, an address, an authenticator and its codes."""

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "a-long-test-password"
HOME = "127.0.0.1"
LOGIN_REFUSED = (
    "The username, password or authenticator code is not right. Enter them again: the code only "
    "if you have turned on two-factor authentication, as your app shows it now. The username and "
    "password are case-sensitive."
)


def logged_in_user_id(client):
    return client.session.get("_auth_user_id")


def current_code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def wrong_code(device):
    """A code that is none of those the device accepts now (it allows one step either side)."""
    accepted = {
        totp(device.bin_key, device.step, device.t0, device.digits, device.drift + step)
        for step in (-1, 0, 1)
    }
    return next(f"{code:06d}" for code in range(10**6) if code not in accepted)


def authenticator(user, *, confirmed=True):
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=confirmed)
