"""The benchmark of `make bench`: the portal's pages against a bare Django view (run.py)."""
