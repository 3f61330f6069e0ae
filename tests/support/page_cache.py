"""The page cache's clock, which tests move by hand."""

from portal.operations import caching


class Clock:
    """The page cache's monotonic clock, moved by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now

    def tick(self):
        self.now += caching.GENERATION_CHECK_SECONDS
