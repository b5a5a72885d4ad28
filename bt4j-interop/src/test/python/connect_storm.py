"""Connect storm: N sequential connects of IB's official Python client to a bt4j gateway.

Usage: connect_storm.py PORT N   (ibapi-10.30 on PYTHONPATH)

Each connect is the official EClient.connect (handshake, START_API) and must reach
nextValidId within the timeout; then the client disconnects and the next one
connects with the next clientId. Any connect that fails is a problem.

The official client's disconnect() closes its socket while its reader thread is
still inside recv (1 s timeout), so the FIN leaves up to a second later, as it
would towards TWS; the storm shuts the socket down first so that each client is
really gone before the next connects (TWS, like the gateway, takes 32 clients).
"""
import queue
import socket
import sys
import time

from ibapi import comm
from ibapi.client import EClient
from ibapi.wrapper import EWrapper

from interop_check import Checks

PORT, N = int(sys.argv[1]), int(sys.argv[2])
checks = Checks(f"connect storm x{N}")


def one(client_id):
    """Returns None when the client got nextValidId, else what went wrong."""
    c = EClient(EWrapper())
    c.connect("127.0.0.1", PORT, client_id)
    try:
        if not c.isConnected():
            return "connect() failed"
        if c.serverVersion() != 187:
            return f"server version {c.serverVersion()}"
        deadline = time.monotonic() + 5
        while True:
            try:
                msg = c.msg_queue.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                return "no nextValidId within 5 s"
            fields = comm.read_fields(msg)
            if fields and fields[0] == b"9":
                return None
            if fields and fields[0] == b"4" and int(fields[3]) < 2100:
                return f"error {fields[3].decode()}: {fields[4].decode()}"
    finally:
        if c.conn is not None and c.conn.socket is not None:
            try:
                c.conn.socket.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        c.disconnect()


with checks.step(f"{N} sequential connects"):
    failures = {}
    t0 = time.monotonic()
    for i in range(N):
        why = one(1000 + i)
        if why:
            failures[1000 + i] = why
    took = time.monotonic() - t0
    print(f"  {N} connects in {took:.1f} s ({1000 * took / N:.1f} ms each), {len(failures)} failed", flush=True)
    if failures:
        raise AssertionError(f"{len(failures)} of {N} connects failed, e.g. {list(failures.items())[:5]}")
checks.finish()
