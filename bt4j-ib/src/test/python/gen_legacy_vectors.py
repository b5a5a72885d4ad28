#!/usr/bin/env python3
"""Legacy (pre-v100) protocol vectors: bt4j's codec checked against IbPy, the client inside backtrader.

Run from the repository root (one line):

    mvn -B -q -pl bt4j-ib -am test-compile && python3 bt4j-ib/src/test/python/gen_legacy_vectors.py

What it does:
  * server -> client: every server message a legacy client knows, as bt4j writes it for IbPy's client
    version 62 (LegacySamples), is fed to IbPy's own decoder (ib.ext.EReader.processMsg) through a
    byte stream; the decoder must consume exactly the message's bytes, call the EWrapper method of
    that message without an error, and deliver the values checked in CHECKS;
  * client -> server: the requests backtrader's IB store sends (and a few more) are encoded by IbPy's
    own EClientSocket as it talks to a TWS of server version 76; the bytes are kept as they are.
The vetted payloads go to bt4j-ib/src/test/resources/legacy-vectors/{server,client}.txt, which
LegacyVectorsTest checks in `mvn verify` without Python. With --check nothing is written: the run fails
if the vectors differ from the committed ones.

IbPy is found in $BT4J_PEERS/ibpy (default ../shared/peers from the repository root).
"""

import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
MODULE = os.path.join(REPO, "bt4j-ib")
RESOURCES = os.path.join(MODULE, "src", "test", "resources", "legacy-vectors")
SERVER_VERSION = 76  # what the gateway answers a legacy client with, as TWS 9.72 did


def fail(msg):
    print("gen_legacy_vectors: " + msg, file=sys.stderr)
    sys.exit(2)


def load_ibpy():
    peers = os.path.abspath(os.environ.get("BT4J_PEERS") or os.path.join(REPO, "..", "shared", "peers"))
    ibpy = os.path.join(peers, "ibpy")
    if not os.path.isdir(os.path.join(ibpy, "ib")):
        fail("IbPy not found in %s (set BT4J_PEERS)" % peers)
    sys.path.insert(0, ibpy)


def show(payload):
    return "".join("|" if b == 0 else chr(b) if 32 <= b < 127 else "\\x%02x" % b for b in payload)


# --------------------------------------------------------------------------- server -> client

class Recorder(object):
    """Stands for IbPy's EClientSocket (the reader's parent) and its EWrapper: records every call."""

    def __init__(self):
        self.calls = []

    def wrapper(self):
        return self

    def serverVersion(self):
        return SERVER_VERSION

    def isConnected(self):
        return True

    def error(self, *args):
        self.calls.append(("error", args))

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return lambda *args: self.calls.append((name, args))


class Bytes(object):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def recv(self, n):
        if self.pos + n > len(self.data):
            raise EOFError("IbPy read past the message (%d bytes)" % len(self.data))
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b


def decode(payload):
    from ib.ext.EReader import EReader
    from ib.lib import DataInputStream
    rec = Recorder()
    stream = Bytes(payload)
    reader = EReader(rec, DataInputStream(stream))
    ok = reader.processMsg(reader.readInt())
    if not ok:
        raise ValueError("IbPy did not know the message")
    if stream.pos != len(payload):
        raise ValueError("IbPy left %d of %d bytes unread" % (len(payload) - stream.pos, len(payload)))
    return rec.calls


# the EWrapper call each message type must produce, and values to compare: (argument index or
# attribute path, sample value key)
CHECKS = {
    "ErrorMsg": ("error", [(0, "reqId"), (1, "code"), (2, "message")]),
    "NextValidId": ("nextValidId", [(0, "orderId")]),
    "ManagedAccounts": ("managedAccounts", []),
    "CurrentTime": ("currentTime", [(0, "epochSeconds")]),
    "ContractData": ("contractDetails", [(0, "reqId"), ("1.m_summary.m_symbol", "details.contract.symbol"),
                                          ("1.m_summary.m_conId", "details.contract.conId"),
                                          ("1.m_minTick", "details.minTick"), ("1.m_timeZoneId", "details.timeZoneId"),
                                          ("1.m_tradingHours", "details.tradingHours")]),
    "ContractDataEnd": ("contractDetailsEnd", [(0, "reqId")]),
    "TickPrice": ("tickPrice", [(0, "tickerId"), (1, "tickType"), (2, "price")]),
    "TickSize": ("tickSize", [(0, "tickerId"), (1, "tickType"), (2, "size")]),
    "TickString": ("tickString", [(0, "tickerId"), (1, "tickType"), (2, "value")]),
    "TickGeneric": ("tickGeneric", [(0, "tickerId"), (1, "tickType"), (2, "value")]),
    "TickSnapshotEnd": ("tickSnapshotEnd", [(0, "reqId")]),
    "MarketDataType": ("marketDataType", [(0, "reqId"), (1, "marketDataType")]),
    "RealTimeBar": ("realtimeBar", [(0, "reqId"), (1, "time"), (2, "open"), (5, "close"), (6, "volume"), (8, "count")]),
    "HistoricalData": ("historicalData", [(0, "reqId")]),
    "OpenOrder": ("openOrder", [(0, "order.orderId"), ("2.m_totalQuantity", "order.totalQuantity"),
                                ("2.m_orderType", "order.orderType"), ("2.m_action", "order.action"),
                                ("3.m_status", "state.status")]),
    "OpenOrderEnd": ("openOrderEnd", []),
    "OrderStatus": ("orderStatus", [(0, "orderId"), (1, "status"), (2, "filled"), (3, "remaining"),
                                    (4, "avgFillPrice"), (8, "clientId")]),
    "ExecDetails": ("execDetails", [(0, "reqId"), ("2.m_execId", "execution.execId"), ("2.m_shares", "execution.shares"),
                                    ("2.m_price", "execution.price"), ("2.m_cumQty", "execution.cumQty")]),
    "ExecDetailsEnd": ("execDetailsEnd", [(0, "reqId")]),
    "CommissionReport": ("commissionReport", [("0.m_execId", "execId"), ("0.m_commission", "commission")]),
    "UpdateAccountValue": ("updateAccountValue", [(0, "key"), (1, "value"), (2, "currency"), (3, "accountName")]),
    "UpdatePortfolio": ("updatePortfolio", [("0.m_symbol", "contract.symbol"), (1, "position"), (2, "marketPrice")]),
    "UpdateAccountTime": ("updateAccountTime", [(0, "timeStamp")]),
    "AccountDownloadEnd": ("accountDownloadEnd", [(0, "accountName")]),
    "Position": ("position", [(0, "account"), ("1.m_symbol", "contract.symbol"), (2, "position"), (3, "avgCost")]),
    "PositionEnd": ("positionEnd", []),
    "AccountSummary": ("accountSummary", [(0, "reqId"), (1, "account"), (2, "tag"), (3, "value"), (4, "currency")]),
    "AccountSummaryEnd": ("accountSummaryEnd", [(0, "reqId")]),
    "UpdateMktDepthL2": ("updateMktDepthL2", [(0, "reqId"), (1, "position"), (2, "marketMaker"), (3, "operation"),
                                              (4, "side"), (5, "price"), (6, "size")]),
}


def pick(obj, path):
    for part in str(path).split("."):
        obj = obj[int(part)] if part.isdigit() else getattr(obj, part) if hasattr(obj, part) else obj[part]
    return obj


def same(got, want):
    if isinstance(got, int) and not isinstance(got, bool) and isinstance(want, float):
        return got == round(want)  # a legacy client reads quantities as integers
    if isinstance(want, float) or isinstance(got, float):
        return want is not None and got is not None and abs(float(got) - float(want)) < 1e-9
    if isinstance(want, str):  # non-ASCII text reaches a legacy client as \uXXXX escapes (its reader takes ASCII)
        got = re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), got or "")
        return got == want
    return got == want


def server_vectors():
    classes = [os.path.join(MODULE, "target", "classes"), os.path.join(MODULE, "target", "test-classes")]
    if not os.path.isfile(os.path.join(classes[1], "org", "bt4j", "ib", "wire", "LegacySamples.class")):
        fail("compile first: mvn -B -q -pl bt4j-ib -am test-compile")
    out = subprocess.run(["java", "-cp", os.pathsep.join(classes), "org.bt4j.ib.wire.LegacySamples"],
                         check=True, capture_output=True, text=True).stdout
    lines, problems = [], []
    for row in out.splitlines():
        s = json.loads(row)
        payload = bytes.fromhex(s["payload"])
        try:
            calls = decode(payload)
            method, checks = CHECKS[s["type"]]
            names = [c[0] for c in calls]
            if method not in names or ("error" in names and method != "error"):
                raise ValueError("IbPy called %s, expected %s" % (names, method))
            args = calls[names.index(method)][1]
            for where, key in checks:
                got, want = pick(args, where), pick(s["value"], key)
                if s["type"] == "HistoricalData" or not same(got, want):
                    if not same(got, want):
                        raise ValueError("%s: IbPy read %r, the sample has %r" % (key, got, want))
            if s["type"] == "HistoricalData":  # one call per bar, then the end marker
                bars = s["value"]["bars"]
                if len(calls) != len(bars) + 1 or not str(calls[-1][1][1]).startswith("finished"):
                    raise ValueError("IbPy read %d bars and %r, the sample has %d" % (len(calls) - 1, calls[-1], len(bars)))
                for (name, a), bar in zip(calls, bars):
                    if a[1] != bar["time"] or not same(a[2], bar["open"]) or a[6] != round(bar["volume"]) \
                            or a[7] != bar["barCount"]:
                        raise ValueError("bar %r read as %r" % (bar, a))
        except Exception as e:  # noqa: BLE001 - every failure is reported with its sample
            problems.append("%s: %s (payload %s)" % (s["name"], e, show(payload)))
            continue
        lines.append("%s\t%s" % (s["name"], show(payload)))
    return lines, problems


# --------------------------------------------------------------------------- client -> server

class Capture(object):
    def __init__(self):
        self.data = bytearray()

    def send(self, b):
        self.data += b


def client_vectors():
    from ib.ext.EClientSocket import EClientSocket
    from ib.ext.Contract import Contract
    from ib.ext.Order import Order
    from ib.ext.ExecutionFilter import ExecutionFilter
    from ib.lib import DataOutputStream

    def stock(symbol="TWTR"):
        c = Contract()
        c.m_symbol, c.m_secType, c.m_exchange, c.m_currency = symbol, "STK", "SMART", "USD"
        return c

    def order(action, qty, kind, lmt=None, aux=None, tif="GTC"):
        o = Order()  # as backtrader's IBOrder fills it
        o.m_action, o.m_totalQuantity, o.m_orderType, o.m_tif = action, qty, kind, tif
        o.m_lmtPrice = 0.0 if lmt is None else lmt
        o.m_auxPrice = 0.0 if aux is None else aux
        o.m_transmit = True
        return o

    requests = [
        ("reqCurrentTime", lambda c: c.reqCurrentTime()),
        ("reqIds", lambda c: c.reqIds(1)),
        ("reqManagedAccts", lambda c: c.reqManagedAccts()),
        ("reqContractDetails", lambda c: c.reqContractDetails(16777217, stock())),
        ("reqMktData/rtVolume", lambda c: c.reqMktData(16777218, stock(), "233", False)),
        ("cancelMktData", lambda c: c.cancelMktData(16777218)),
        ("reqMarketDataType/delayed", lambda c: c.reqMarketDataType(3)),
        ("reqHistoricalData/5secs", lambda c: c.reqHistoricalData(16777219, stock(), "20261202 15:00:00 GMT",
                                                                  "7200 S", "5 secs", "TRADES", 1, 2)),
        ("cancelHistoricalData", lambda c: c.cancelHistoricalData(16777219)),
        ("reqRealTimeBars", lambda c: c.reqRealTimeBars(16777220, stock(), 5, "TRADES", False)),
        ("cancelRealTimeBars", lambda c: c.cancelRealTimeBars(16777220)),
        ("placeOrder/mktBuy", lambda c: c.placeOrder(1, stock(), order("BUY", 20000, "MKT"))),
        ("placeOrder/lmtSell", lambda c: c.placeOrder(2, stock(), order("SELL", 10000, "LMT", lmt=41.62))),
        ("placeOrder/stpDay", lambda c: c.placeOrder(3, stock(), order("SELL", 100, "STP", aux=40.5, tif="DAY"))),
        ("cancelOrder", lambda c: c.cancelOrder(3)),
        ("reqOpenOrders", lambda c: c.reqOpenOrders()),
        ("reqAllOpenOrders", lambda c: c.reqAllOpenOrders()),
        ("reqAutoOpenOrders", lambda c: c.reqAutoOpenOrders(True)),
        ("reqGlobalCancel", lambda c: c.reqGlobalCancel()),
        ("reqAccountUpdates", lambda c: c.reqAccountUpdates(True, "DU1234567")),
        ("reqPositions", lambda c: c.reqPositions()),
        ("cancelPositions", lambda c: c.cancelPositions()),
        ("reqExecutions", lambda c: c.reqExecutions(16777221, ExecutionFilter())),
    ]
    lines = []
    for name, call in requests:
        sink = Capture()
        client = EClientSocket(Recorder())
        client.m_dos = DataOutputStream(sink)
        client.m_serverVersion = SERVER_VERSION
        client.m_connected = True
        call(client)
        if not sink.data:
            fail("IbPy sent nothing for " + name)
        lines.append("%s\t%s" % (name, show(bytes(sink.data))))
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed vectors, write nothing")
    args = ap.parse_args()
    load_ibpy()
    server, problems = server_vectors()
    if problems:
        fail("IbPy's decoder refused %d legacy message(s):\n  %s" % (len(problems), "\n  ".join(problems)))
    client = client_vectors()
    header = ("# %s vetted with IbPy 0.8 (gen_legacy_vectors.py): name<TAB>payload, NUL as |, other bytes as \\xNN.\n"
              "# Do not edit: regenerate.\n")
    files = {"server.txt": header % "bt4j's legacy server messages (client version 62)",
             "client.txt": header % "IbPy's requests to a TWS of server version 76"}
    texts = {"server.txt": files["server.txt"] + "\n".join(server) + "\n",
             "client.txt": files["client.txt"] + "\n".join(client) + "\n"}
    for name, text in texts.items():
        path = os.path.join(RESOURCES, name)
        if args.check:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    fail("%s differs from what IbPy vets now: regenerate" % path)
        else:
            os.makedirs(RESOURCES, exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    print("gen_legacy_vectors: %d server and %d client vectors %s" % (len(server), len(client),
                                                                      "match" if args.check else "written"))


if __name__ == "__main__":
    main()
