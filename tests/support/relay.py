"""A relay to PostgreSQL that can freeze: as a network partition or a hung server looks to a client.

Frozen, it accepts connections and holds them open, reads what either side sends and forwards
nothing. The client's kernel sees every byte acknowledged and every keepalive answered, so only a
deadline of the client's own ends a round trip.
"""

import threading

from tests.portal.operations.test_outage import PostgresRelay


class FreezableRelay(PostgresRelay):
    def __init__(self, upstream):
        super().__init__(upstream)
        self.frozen = threading.Event()

    def freeze(self):
        self.frozen.set()

    def thaw(self):
        """Forward again; the connections held while frozen are cut, as their bytes are lost."""
        self.stop()
        self.frozen.clear()
        self.start()

    def pump(self, source, sink):
        super().pump(source, FrozenSink(sink, self.frozen))


class FrozenSink:
    """A socket whose sendall drops the bytes while the relay is frozen."""

    def __init__(self, sink, frozen):
        self.sink = sink
        self.frozen = frozen

    def sendall(self, data):
        if not self.frozen.is_set():
            self.sink.sendall(data)

    def shutdown(self, how):
        self.sink.shutdown(how)
