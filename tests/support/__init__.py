"""What the tests share: factories, content to visit, servers, files and settings."""

from pathlib import Path

# The checkout, where subprocesses of the portal start.
ROOT = Path(__file__).resolve().parents[2]
