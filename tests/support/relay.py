"""TCP relays to PostgreSQL that a test can cut or freeze, as an outage or a partition would."""

import contextlib
import socket
import threading

from tests.support.server import free_port


class PostgresRelay:
    """A TCP relay to PostgreSQL that a test can cut, as an outage would, and restore."""

    def __init__(self, upstream):
        self.upstream = upstream
        self.port = free_port()
        self.lock = threading.Lock()
        self.listener = None
        self.sockets = set()

    def start(self):
        listener = socket.create_server(("127.0.0.1", self.port))
        with self.lock:
            self.listener = listener
        threading.Thread(target=self.accept, args=[listener], daemon=True).start()

    def stop(self):
        """Refuse new connections and cut the open ones, as a database server going down."""
        with self.lock:
            listener, self.listener = self.listener, None
            cut, self.sockets = self.sockets, set()
        for endpoint in [listener, *cut]:
            with contextlib.suppress(OSError):
                endpoint.shutdown(socket.SHUT_RDWR)
            endpoint.close()

    def accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.upstream)
            except OSError:
                client.close()
                continue
            with self.lock:
                if self.listener is not listener:
                    client.close()
                    server.close()
                    return
                self.sockets |= {client, server}
            for source, sink in [(client, server), (server, client)]:
                threading.Thread(target=self.pump, args=[source, sink], daemon=True).start()

    def pump(self, source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        for endpoint in (source, sink):
            with contextlib.suppress(OSError):
                endpoint.shutdown(socket.SHUT_RDWR)


class FreezableRelay(PostgresRelay):
    """A relay that can freeze: as a network partition or a hung server looks to a client.

    Frozen, it accepts connections and holds them open, reads what either side sends and
    forwards nothing. The client's kernel sees every byte acknowledged and every keepalive
    answered, so only a deadline of the client's own ends a round trip.
    """

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
