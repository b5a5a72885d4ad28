#!/usr/bin/env python3
"""Differential codec vectors: bt4j's wire codec checked against IB's official Python client.

Run from the repository root (one line):

    mvn -B -q -pl bt4j-ib -am test-compile && python3 bt4j-ib/src/test/python/gen_vectors.py

What it does, for every framed server version 100..187:
  * server -> client: every sample of every server message bt4j writes (CodecSamples.server())
    is decoded by IB's official Decoder (10.30 and 10.46); the decoder must consume exactly all
    fields (missing = exception, surplus = fields left over or a wrong field count) and deliver
    the sample's values to its EWrapper;
  * client -> server: every request sample bt4j's client sends (CodecSamples.client()) is
    replayed through IB's official EClient with the same arguments; the bytes must be identical;
  * and, where present, ib_async and ib_insync decode every server message at each version they
    negotiate (157..178) without an error (their decoders do not report surplus fields).
When everything agrees the vetted payloads are written to
bt4j-ib/src/test/resources/codec-vectors/{server,client}.txt, which CodecVectorsTest checks in
`mvn verify` without Python. With --check nothing is written: the run fails if the vectors it
would write differ from the committed ones (the interop profile runs it so).

The legacy (pre-v100) protocol has its own generator against IbPy: gen_legacy_vectors.py.
IB's clients are found in $BT4J_PEERS (default ../shared/peers from the repository root):
ibapi-10.30 (standard library only) and ibapi-10.46 (needs protobuf: a venv is made under
bt4j-ib/target/py-venv from $BT4J_PEERS/wheels when the running Python lacks it).
"""

import argparse
import binascii
import inspect
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
MODULE = os.path.join(REPO, "bt4j-ib")
RESOURCES = os.path.join(MODULE, "src", "test", "resources", "codec-vectors")
PEER_DIRS = ("ibapi-10.30", "ibapi-10.46")
LENIENT_PEERS = ("ib_async", "ib_insync")
MAX_DOUBLE = 1.7976931348623157e308


def fail(msg):
    print("gen_vectors: " + msg, file=sys.stderr)
    sys.exit(2)


# --------------------------------------------------------------------------- coordinator

def peers_dir():
    d = os.environ.get("BT4J_PEERS") or os.path.join(REPO, "..", "shared", "peers")
    d = os.path.abspath(d)
    missing = [p for p in PEER_DIRS if not os.path.isdir(os.path.join(d, p, "ibapi"))]
    if missing:
        fail("IB's clients not found: %s missing in %s (set BT4J_PEERS)" % (", ".join(missing), d))
    return d


def java_samples(path):
    classes = [os.path.join(MODULE, "target", "classes"), os.path.join(MODULE, "target", "test-classes")]
    if not os.path.isfile(os.path.join(classes[1], "org", "bt4j", "ib", "wire", "CodecSamples.class")):
        fail("bt4j's test classes are not built: run `mvn -B -q -pl bt4j-ib -am test-compile` first")
    with open(path, "wb") as out:
        subprocess.run([os.environ.get("JAVA", "java"), "-cp", os.pathsep.join(classes), "org.bt4j.ib.wire.CodecSamples"],
                       stdout=out, check=True)


def python_with_protobuf(peers):
    try:
        import google.protobuf  # noqa: F401
        return sys.executable
    except ImportError:
        pass
    venv = os.path.join(MODULE, "target", "py-venv")
    py = os.path.join(venv, "bin", "python")
    if not os.path.exists(py):
        subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", venv], check=True)
    if subprocess.run([py, "-c", "import google.protobuf"], capture_output=True).returncode != 0:
        subprocess.run([py, "-m", "pip", "install", "-q", "--no-index", "--find-links",
                        os.path.join(peers, "wheels"), "protobuf"], check=True)
    return py


def vector_text(payload_hex):
    """A payload as one line: NUL shown as '|', '|', '\\' and bytes outside printable ASCII as \\xNN."""
    out = []
    for b in binascii.unhexlify(payload_hex):
        if b == 0:
            out.append("|")
        elif 0x20 <= b < 0x7f and b not in (0x7c, 0x5c):
            out.append(chr(b))
        else:
            out.append("\\x%02x" % b)
    return "".join(out)


def ranges(lines):
    """Collapses consecutive versions with the same payload: 'from-to<TAB>name<TAB>payload'."""
    runs = []
    last = {}
    for s in lines:
        cur = last.get(s["name"])
        if cur and cur[1] == s["v"] - 1 and cur[2] == s["payload"]:
            cur[1] = s["v"]
        else:
            cur = last[s["name"]] = [s["v"], s["v"], s["payload"], s["name"]]
            runs.append(cur)
    return ["%d-%d\t%s\t%s" % (a, b, name, vector_text(p)) for a, b, p, name in runs]


def coordinator(args):
    peers = peers_dir()
    with tempfile.TemporaryDirectory(prefix="bt4j-vectors-") as work:
        samples_path = os.path.join(work, "samples.jsonl")
        java_samples(samples_path)
        samples = [json.loads(line) for line in open(samples_path, encoding="utf-8")]
        problems = run_workers(peers, samples_path)
    report_and_write(args, samples, problems, official_versions(peers))


def run_workers(peers, samples_path):
    problems = []
    for peer in PEER_DIRS:
        py = python_with_protobuf(peers) if peer == "ibapi-10.46" else sys.executable
        res = subprocess.run([py, os.path.abspath(__file__), "--worker", os.path.join(peers, peer), samples_path],
                             capture_output=True, text=True)
        if res.returncode != 0:
            fail("the %s worker failed:\n%s" % (peer, res.stderr[-4000:]))
        report = json.loads(res.stdout)
        problems += ["%s: %s" % (peer, p) for p in report["problems"]]
        print("%s: %d server payloads decoded, %d requests compared, %d values checked, %d problems"
              % (peer, report["server"], report["client"], report["values"], len(report["problems"])))
    for pkg in LENIENT_PEERS:
        if not os.path.isdir(os.path.join(peers, pkg, pkg)):
            print("%s: not in %s, skipped" % (pkg, peers))
            continue
        res = subprocess.run([sys.executable, os.path.abspath(__file__), "--lenient-worker",
                              os.path.join(peers, pkg), samples_path], capture_output=True, text=True)
        if res.returncode != 0 and "ModuleNotFoundError" in res.stderr:
            print("%s: skipped, a module it needs is missing (%s)" % (pkg, res.stderr.strip().splitlines()[-1]))
            continue
        if res.returncode != 0:
            fail("the %s worker failed:\n%s" % (pkg, res.stderr[-4000:]))
        report = json.loads(res.stdout)
        problems += ["%s: %s" % (pkg, p) for p in report["problems"]]
        print("%s: %d server payloads decoded at %d..%d, %d problems"
              % (pkg, report["server"], report["min"], report["max"], len(report["problems"])))
    return problems


def official_versions(peers):
    """IB's table of server versions 101..187 (MIN_SERVER_VER_*), the same in 10.30 and 10.46."""
    import re
    tables = []
    for peer in PEER_DIRS:
        text = open(os.path.join(peers, peer, "ibapi", "server_versions.py"), encoding="utf-8").read()
        tables.append({name: int(v) for name, v in re.findall(r"^MIN_SERVER_VER_(\w+)\s*=\s*(\d+)", text, re.M)
                       if 100 < int(v) <= 187})
    if tables[0] != tables[1]:
        fail("IB's clients disagree on the server versions up to 187")
    return ["%s\t%d" % (name, v) for name, v in sorted(tables[0].items(), key=lambda kv: kv[1])]


def report_and_write(args, samples, problems, versions):
    if problems:
        for p in problems[:int(os.environ.get("BT4J_SHOW", "400"))]:
            print(p)
        print("gen_vectors: %d problems (first 400 shown)" % len(problems), file=sys.stderr)
        sys.exit(1)
    files = {
        "server.txt": ranges([s for s in samples if s["dir"] == "S"]),
        "client.txt": ranges([s for s in samples if s["dir"] == "C"]),
    }
    headers = {"server-versions.txt": "# IB's server versions 101..187 (MIN_SERVER_VER_<name> in its clients 10.30 and"
                                      " 10.46; gen_vectors.py)\n# name<TAB>version. Do not edit: regenerate.\n"}
    files["server-versions.txt"] = versions
    stale = []
    for name, lines in files.items():
        header = headers.get(name, "# bt4j payloads vetted by IB's official Python client 10.30 and 10.46"
                                   " (gen_vectors.py);\n# versions<TAB>sample<TAB>payload (NUL as |, other bytes as"
                                   " \\xNN). Do not edit: regenerate.\n")
        text = header + "\n".join(lines) + "\n"
        path = os.path.join(RESOURCES, name)
        if args.check:
            old = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
            if old != text:
                stale.append(path)
        else:
            os.makedirs(RESOURCES, exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print("wrote %s (%d lines)" % (os.path.relpath(path, REPO), len(lines)))
    if stale:
        print("gen_vectors: the committed vectors are stale, regenerate them: " + ", ".join(stale),
              file=sys.stderr)
        sys.exit(1)


# --------------------------------------------------------------------------- worker (one IB client)

def worker(peer, samples_path):
    sys.path.insert(0, peer)
    import ibapi.decoder as decoder_mod
    from ibapi.client import EClient
    from ibapi.wrapper import EWrapper
    from ibapi import comm

    new_api = "sendMsgProtoBuf" in EClient.__dict__  # 10.37+: message id split off before decoding
    calls = []

    class Recorder(EWrapper):
        pass

    def recorder(name, fn):
        sig = inspect.signature(fn)

        def record(self, *a, **kw):
            bound = sig.bind(self, *a, **kw)
            args = dict(bound.arguments)
            args.pop("self")
            calls.append((name, args))
        return record

    for name, fn in inspect.getmembers(EWrapper, inspect.isfunction):
        if not name.startswith("_"):
            setattr(Recorder, name, recorder(name, fn))

    rec = Recorder()
    problems = []
    counts = {"server": 0, "client": 0, "values": 0}
    decoders = {}

    def decode(version, payload):
        dec = decoders.get(version)
        if dec is None:
            dec = decoders[version] = decoder_mod.Decoder(rec, version)
        fields = comm.read_fields(payload)
        msg_id = int(fields[0])
        if new_api:
            fields = fields[1:]
        info = dec.msgId2handleInfo.get(msg_id)
        if info is None:
            return "the official decoder has no handler for message id %d" % msg_id
        if info.wrapperMeth is not None:
            expected = len(info.wrapperParams) - 1 + (1 if new_api else 2)
            if len(fields) != expected:
                return "%d fields, the official decoder wants exactly %d" % (len(fields), expected)
            dec.interpretWithSignature(fields, info)
            return None
        it = iter(fields)
        try:
            info.processMeth(dec, it)
        except Exception as e:  # missing or malformed field
            return "decoder raised %s: %s" % (type(e).__name__, e)
        rest = list(it)
        if rest:
            return "%d surplus fields left over: %r" % (len(rest), rest)
        return None

    class Conn:
        def __init__(self):
            self.sent = []

        def isConnected(self):
            return True

        def sendMsg(self, msg):
            self.sent.append(msg)

    def official_request(version, typ, value):
        client = EClient(rec)
        client.conn = Conn()
        client.connState = EClient.CONNECTED
        client.serverVersion_ = version
        del calls[:]
        call_request(client, typ, value)
        errors = [c for c in calls if c[0] == "error"]
        if errors:
            return None, "EClient refused: %r" % (errors[0][1],)
        if len(client.conn.sent) != 1:
            return None, "EClient sent %d messages" % len(client.conn.sent)
        return client.conn.sent[0][4:], None

    for line in open(samples_path, encoding="utf-8"):
        s = json.loads(line)
        payload = binascii.unhexlify(s["payload"])
        where = "%s v%d" % (s["name"], s["v"])
        if s["dir"] == "S":
            counts["server"] += 1
            del calls[:]
            err = decode(s["v"], payload)
            if err:
                problems.append("%s: %s | %s" % (where, err, render(payload)))
                continue
            errs = [c for c in calls if c[0] == "error" and s["type"] != "ErrorMsg"]
            if errs:
                problems.append("%s: decoder reported %r" % (where, errs[0][1]))
                continue
            for p in check_values(s["type"], s["value"], list(calls), counts, new_api, s["v"]):
                problems.append("%s: %s" % (where, p))
        else:
            counts["client"] += 1
            try:
                theirs, err = official_request(s["v"], s["type"], s["value"])
            except Exception as e:
                theirs, err = None, "EClient raised %s: %s" % (type(e).__name__, e)
            if err:
                problems.append("%s: %s" % (where, err))
            elif theirs != payload:
                problems.append("%s: bytes differ: %s" % (where, first_difference(payload, theirs)))
    json.dump({"problems": problems, **counts}, sys.stdout)


def first_difference(mine, theirs):
    a, b = mine.split(b"\0")[:-1], theirs.split(b"\0")[:-1]
    i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    show = lambda f: "|".join(x.decode("utf-8", "backslashreplace") for x in f[max(0, i - 3):i + 4])
    return "%d fields, official %d; first difference at field %d: bt4j ..%s.. official ..%s.." % (
        len(a), len(b), i, show(a), show(b))


def lenient_worker(peer, samples_path):
    """ib_async / ib_insync: their Decoder must take every server message without an error."""
    import datetime
    import importlib
    import logging
    pkg = os.path.basename(peer)
    sys.path.insert(0, peer)
    decoder_mod = importlib.import_module(pkg + ".decoder")
    client_mod = importlib.import_module(pkg + ".client")
    low, high = client_mod.Client.MinClientVersion, client_mod.Client.MaxClientVersion
    errors = []

    class Errors(logging.Handler):
        def emit(self, record):
            errors.append("%s %r" % (record.getMessage()[:60], record.exc_info[1] if record.exc_info else ""))

    log = logging.getLogger(pkg + ".Decoder")
    log.addHandler(Errors())
    log.propagate = False

    class Ib:
        TimezoneTWS = None

    class Wrapper:  # accepts every callback; what it receives is checked against IB's own decoders
        ib = Ib()
        defaultTimezone = datetime.timezone.utc

        def __getattr__(self, name):
            return lambda *a, **kw: None

    problems = []
    count = 0
    for line in open(samples_path, encoding="utf-8"):
        s = json.loads(line)
        if s["dir"] != "S" or not low <= s["v"] <= high:
            continue
        count += 1
        del errors[:]
        payload = binascii.unhexlify(s["payload"])
        decoder_mod.Decoder(Wrapper(), s["v"]).interpret(payload.decode("utf-8").split("\0")[:-1])
        if errors:
            problems.append("%s v%d: %s | %s" % (s["name"], s["v"], errors[0], render(payload)))
    json.dump({"problems": problems, "server": count, "min": low, "max": high}, sys.stdout)


def render(b):
    return b.decode("utf-8", "backslashreplace").replace("\0", "|")


# --------------------------------------------------------------------------- requests through EClient

def ib_object(cls, value, renames=None):
    o = cls()
    for k, v in value.items():
        k = (renames or {}).get(k, k)
        if hasattr(o, k):
            setattr(o, k, v)
    return o


def decimal(x):
    from decimal import Decimal
    return Decimal(int(x)) if float(x).is_integer() else Decimal(repr(float(x)))


def contract_of(value):
    from ibapi.contract import Contract
    return ib_object(Contract, value)


def order_of(value):
    from ibapi.order import Order
    o = ib_object(Order, value)
    o.totalQuantity = decimal(value["totalQuantity"])
    return o


def call_request(c, typ, v):
    if typ == "StartApi":
        c.clientId = v["clientId"]
        c.optCapab = v["optionalCapabilities"]
        c.startApi()
    elif typ == "ReqCurrentTime":
        c.reqCurrentTime()
    elif typ == "ReqIds":
        c.reqIds(v["numIds"])
    elif typ == "ReqManagedAccts":
        c.reqManagedAccts()
    elif typ == "ReqContractDetails":
        con = contract_of(v["contract"])
        con.includeExpired = v["includeExpired"]
        con.issuerId = v["issuerId"]
        c.reqContractDetails(v["reqId"], con)
    elif typ == "ReqMktData":
        c.reqMktData(v["tickerId"], contract_of(v["contract"]), v["genericTickList"], v["snapshot"],
                     v["regulatorySnapshot"], [])
    elif typ == "CancelMktData":
        c.cancelMktData(v["tickerId"])
    elif typ == "ReqMarketDataType":
        c.reqMarketDataType(v["marketDataType"])
    elif typ == "ReqRealTimeBars":
        c.reqRealTimeBars(v["tickerId"], contract_of(v["contract"]), v["barSize"], v["whatToShow"], v["useRth"], [])
    elif typ == "CancelRealTimeBars":
        c.cancelRealTimeBars(v["tickerId"])
    elif typ == "ReqHistoricalData":
        con = contract_of(v["contract"])
        con.includeExpired = v["includeExpired"]
        c.reqHistoricalData(v["reqId"], con, v["endDateTime"], v["durationStr"], v["barSizeSetting"],
                            v["whatToShow"], int(v["useRth"]), v["formatDate"], v["keepUpToDate"], [])
    elif typ == "CancelHistoricalData":
        c.cancelHistoricalData(v["reqId"])
    elif typ == "PlaceOrder":
        c.placeOrder(v["orderId"], contract_of(v["contract"]), order_of(v["order"]))
    elif typ == "CancelOrder":
        from ibapi.order_cancel import OrderCancel
        oc = OrderCancel()
        oc.manualOrderCancelTime = v["manualOrderCancelTime"]
        c.cancelOrder(v["orderId"], oc)
    elif typ == "ReqGlobalCancel":
        params = inspect.signature(c.reqGlobalCancel).parameters
        if params:
            from ibapi.order_cancel import OrderCancel
            c.reqGlobalCancel(OrderCancel())
        else:
            c.reqGlobalCancel()
    elif typ == "ReqOpenOrders":
        c.reqOpenOrders()
    elif typ == "ReqAllOpenOrders":
        c.reqAllOpenOrders()
    elif typ == "ReqAutoOpenOrders":
        c.reqAutoOpenOrders(v["autoBind"])
    elif typ == "ReqCompletedOrders":
        c.reqCompletedOrders(v["apiOnly"])
    elif typ == "ReqAccountUpdates":
        c.reqAccountUpdates(v["subscribe"], v["acctCode"])
    elif typ == "ReqAccountUpdatesMulti":
        c.reqAccountUpdatesMulti(v["reqId"], v["account"], v["modelCode"], v["ledgerAndNlv"])
    elif typ == "CancelAccountUpdatesMulti":
        c.cancelAccountUpdatesMulti(v["reqId"])
    elif typ == "ReqPositions":
        c.reqPositions()
    elif typ == "CancelPositions":
        c.cancelPositions()
    elif typ == "ReqExecutions":
        from ibapi.execution import ExecutionFilter
        c.reqExecutions(v["reqId"], ib_object(ExecutionFilter, v["filter"]))
    elif typ == "ReqAccountSummary":
        c.reqAccountSummary(v["reqId"], v["group"], v["tags"])
    elif typ == "CancelAccountSummary":
        c.cancelAccountSummary(v["reqId"])
    elif typ == "ReqPnL":
        c.reqPnL(v["reqId"], v["account"], v["modelCode"])
    elif typ == "CancelPnL":
        c.cancelPnL(v["reqId"])
    elif typ == "ReqPnLSingle":
        c.reqPnLSingle(v["reqId"], v["account"], v["modelCode"], v["conId"])
    elif typ == "CancelPnLSingle":
        c.cancelPnLSingle(v["reqId"])
    elif typ == "ReqSecDefOptParams":
        c.reqSecDefOptParams(v["reqId"], v["underlyingSymbol"], v["futFopExchange"], v["underlyingSecType"],
                             v["underlyingConId"])
    elif typ == "ReqMatchingSymbols":
        c.reqMatchingSymbols(v["reqId"], v["pattern"])
    elif typ == "ReqHeadTimestamp":
        con = contract_of(v["contract"])
        con.includeExpired = v["includeExpired"]
        c.reqHeadTimeStamp(v["reqId"], con, v["whatToShow"], int(v["rth"]), v["formatDate"])
    elif typ == "CancelHeadTimestamp":
        c.cancelHeadTimeStamp(v["reqId"])
    elif typ == "ReqMarketRule":
        c.reqMarketRule(v["marketRuleId"])
    elif typ == "ReqMktDepth":
        c.reqMktDepth(v["tickerId"], contract_of(v["contract"]), v["numRows"], v["smartDepth"], [])
    elif typ == "CancelMktDepth":
        c.cancelMktDepth(v["tickerId"], v["smartDepth"])
    elif typ == "ReqHistoricalTicks":
        con = contract_of(v["contract"])
        con.includeExpired = v["includeExpired"]
        c.reqHistoricalTicks(v["reqId"], con, v["start"], v["end"], v["numberOfTicks"], v["whatToShow"],
                             int(v["rth"]), v["ignoreSize"], [])
    elif typ == "ReqTickByTickData":
        c.reqTickByTickData(v["reqId"], contract_of(v["contract"]), v["tickType"], v["numberOfTicks"], v["ignoreSize"])
    elif typ == "CancelTickByTickData":
        c.cancelTickByTickData(v["reqId"])
    elif typ == "ReqFundamentalData":
        c.reqFundamentalData(v["reqId"], contract_of(v["contract"]), v["reportType"], [])
    elif typ == "CancelFundamentalData":
        c.cancelFundamentalData(v["reqId"])
    else:
        raise ValueError("no EClient call known for bt4j's %s: add it to call_request in gen_vectors.py" % typ)


# --------------------------------------------------------------------------- values delivered to EWrapper

# bt4j type -> (EWrapper method, {bt4j component: EWrapper argument}); other components by the same name.
SERVER = {
    "ErrorMsg": ("error", {"code": "errorCode", "message": "errorString"}),
    "NextValidId": ("nextValidId", {}),
    "ManagedAccounts": ("managedAccounts", {"accounts": "accountsList"}),
    "CurrentTime": ("currentTime", {"epochSeconds": "time"}),
    "ContractData": ("contractDetails", {"details": "contractDetails"}),
    "ContractDataEnd": ("contractDetailsEnd", {}),
    "TickPrice": ("tickPrice", {"tickerId": "reqId", "attrMask": "attrib", "size": None}),
    "TickSize": ("tickSize", {"tickerId": "reqId"}),
    "TickString": ("tickString", {"tickerId": "reqId"}),
    "TickGeneric": ("tickGeneric", {"tickerId": "reqId"}),
    "TickReqParams": ("tickReqParams", {}),
    "TickSnapshotEnd": ("tickSnapshotEnd", {}),
    "MarketDataType": ("marketDataType", {}),
    "RealTimeBar": ("realtimeBar", {"open": "open_"}),
    "HistoricalData": ("historicalDataEnd", {"startDate": "start", "endDate": "end", "bars": None}),
    "HistoricalDataUpdate": ("historicalDataUpdate", {}),
    "OpenOrder": ("openOrder", {"state": "orderState"}),
    "OpenOrderEnd": ("openOrderEnd", {}),
    "OrderStatus": ("orderStatus", {}),
    "ExecDetails": ("execDetails", {}),
    "ExecDetailsEnd": ("execDetailsEnd", {}),
    "CommissionReport": ("commissionReport", {}),
    "UpdateAccountValue": ("updateAccountValue", {"value": "val"}),
    "UpdatePortfolio": ("updatePortfolio", {"unrealizedPnl": "unrealizedPNL", "realizedPnl": "realizedPNL"}),
    "UpdateAccountTime": ("updateAccountTime", {}),
    "AccountDownloadEnd": ("accountDownloadEnd", {}),
    "AccountUpdateMulti": ("accountUpdateMulti", {}),
    "AccountUpdateMultiEnd": ("accountUpdateMultiEnd", {}),
    "Position": ("position", {}),
    "PositionEnd": ("positionEnd", {}),
    "CompletedOrder": ("completedOrder", {"state": "orderState"}),
    "CompletedOrdersEnd": ("completedOrdersEnd", {}),
    "AccountSummary": ("accountSummary", {}),
    "AccountSummaryEnd": ("accountSummaryEnd", {}),
    "PnL": ("pnl", {}),
    "PnLSingle": ("pnlSingle", {}),
    # IB's decoder hands expirations and strikes over as sets (no order to compare)
    "SecDefOptParameter": ("securityDefinitionOptionParameter", {"expirations": None, "strikes": None}),
    "SecDefOptParameterEnd": ("securityDefinitionOptionParameterEnd", {}),
    "HeadTimestamp": ("headTimestamp", {}),
    "SymbolSamples": ("symbolSamples", {}),
    "MarketRule": ("marketRule", {}),
    "UpdateMktDepthL2": ("updateMktDepthL2", {}),
    "HistoricalTicks": ("historicalTicks", {}),
    "HistoricalTicksBidAsk": ("historicalTicksBidAsk", {}),
    "HistoricalTicksLast": ("historicalTicksLast", {}),
    "TickByTickAllLast": ("tickByTickAllLast", {"mask": None}),
    "TickByTickBidAsk": ("tickByTickBidAsk", {"mask": None}),
    "TickByTickMidPoint": ("tickByTickMidPoint", {}),
}

# Attribute names inside IB's objects where they differ from bt4j's record components.
ATTRS = {
    "time": ["date", "time"],
    "realizedPnl": ["realizedPNL"],
    "yield": ["yield_"],
    "commission": ["commission", "commissionAndFees"],
    "minCommission": ["minCommission", "minCommissionAndFees"],
    "maxCommission": ["maxCommission", "maxCommissionAndFees"],
    "commissionCurrency": ["commissionCurrency", "commissionAndFeesCurrency"],
}

# Components a layout does not carry (so IB's object keeps its default): type -> {path: first version
# that carries it, or None for never}.
NOT_SENT = {
    "short contract": {"primaryExchange": None, "secIdType": None, "secId": None},
    "OpenOrder": {"order.transmit": None},
    "CompletedOrder": {"order.transmit": None, "order.orderId": None, "order.clientId": None,
                       "order.parentId": None, "order.whatIf": None},
    "UpdatePortfolio": {"contract.exchange": None, "contract.secIdType": None, "contract.secId": None},
    "ContractData": {"details.contract.secIdType": None, "details.contract.secId": None,
                     "details.aggGroup": 121, "details.underSymbol": 122, "details.underSecType": 122,
                     "details.marketRuleIds": 126, "details.realExpirationDate": 134, "details.stockType": 152,
                     "details.minSize": 164, "details.sizeIncrement": 164, "details.suggestedSizeIncrement": 164,
                     "details.lastTradeDate": 182},
    "ErrorMsg": {"advancedOrderRejectJson": 166},
    "OrderStatus": {"mktCapPrice": 131},
    "PnL": {"unrealizedPnL": 129, "realizedPnL": 135},
    "PnLSingle": {"unrealizedPnL": 129, "realizedPnL": 135},
    "UpdateMktDepthL2": {"isSmartDepth": 146},
    "ExecDetails": {"execution.modelCode": 103, "execution.lastLiquidity": 136,
                    "execution.pendingPriceRevision": 178},
}
SHORT_CONTRACT = {"OpenOrder", "CompletedOrder", "ExecDetails", "Position"}


def check_values(typ, value, calls, counts, new_api, version):
    if typ not in SERVER:
        return ["no EWrapper method known for bt4j's %s: add it to SERVER in gen_vectors.py" % typ]
    meth, alias = SERVER[typ]
    if typ == "CommissionReport" and new_api:
        meth = "commissionAndFeesReport"
    main = [c for c in calls if c[0] == meth]
    if len(main) != 1:
        return ["expected one %s call, got %r" % (meth, [c[0] for c in calls])]
    args = main[0][1]
    skip = {p for p, since in NOT_SENT.get(typ, {}).items() if since is None or version < since}
    if typ in SHORT_CONTRACT:
        skip |= {"contract." + k for k in NOT_SENT["short contract"]}
    out = []
    if typ == "CommissionReport":
        compare("commissionReport", value, next(iter(args.values())), out, counts, skip)
        return out
    for k, v in value.items():
        target = alias.get(k, k)
        if target is None:
            continue
        if typ == "TickPrice" and k == "attrMask":
            a = args["attrib"]
            got = int(a.canAutoExecute) | int(a.pastLimit) << 1 | int(a.preOpen) << 2
            compare(k, v, got, out, counts, skip)
        elif typ == "ManagedAccounts":
            compare(k, v, args["accountsList"].split(","), out, counts, skip)
        elif target not in args:
            out.append("the official %s has no argument %s" % (meth, target))
        else:
            compare(k, v, args[target], out, counts, skip)
    if typ == "TickPrice" and value["tickType"] in (1, 2, 4, 66, 67, 68):
        sizes = [c[1]["size"] for c in calls if c[0] == "tickSize"]
        compare("size", value["size"], sizes[0] if sizes else None, out, counts, skip)
    if typ == "HistoricalData":
        bars = [c[1]["bar"] for c in calls if c[0] == "historicalData"]
        compare("bars", value["bars"], bars, out, counts, skip)
    return out


def compare(path, mine, theirs, out, counts, skip):
    if path in skip:
        return
    if isinstance(mine, dict):
        for k, v in mine.items():
            names = ATTRS.get(k, [k])
            sub = next((n for n in names if hasattr(theirs, n)), None)
            if sub is None:
                if isinstance(theirs, dict) and k in theirs:
                    compare(path + "." + k, v, theirs[k], out, counts, skip)
                continue  # IB's object has no such attribute: nothing to compare
            compare(path + "." + k, v, getattr(theirs, sub), out, counts, skip)
        return
    if isinstance(mine, list):
        theirs = list(theirs) if theirs is not None else []
        if len(mine) != len(theirs):
            out.append("%s: %d items, the official decoder delivered %d" % (path, len(mine), len(theirs)))
            return
        for i, (m, t) in enumerate(zip(mine, theirs)):
            if hasattr(t, "tag") and isinstance(m, dict):
                t = {"tag": t.tag, "value": t.value}
            compare("%s[%d]" % (path, i), m, t, out, counts, skip)
        return
    counts["values"] += 1
    if not same(mine, theirs):
        out.append("%s: bt4j %r, official %r" % (path, mine, theirs))


def same(mine, theirs):
    from decimal import Decimal
    if isinstance(mine, str) and isinstance(theirs, int) and not isinstance(theirs, bool):
        return mine == str(theirs) or (mine == "" and theirs == 0)  # e.g. yieldRedemptionDate
    if isinstance(mine, bool):
        return theirs in (True, False, 0, 1) and bool(theirs) == mine
    if isinstance(mine, (int, float)):
        if isinstance(theirs, str):
            try:
                theirs = float(theirs) if theirs else 0.0
            except ValueError:
                return False
        if isinstance(theirs, Decimal):
            theirs = float(theirs) if theirs != Decimal(2 ** 127 - 1) else MAX_DOUBLE
        if not isinstance(theirs, (int, float)):
            return False
        if float(mine) >= MAX_DOUBLE or mine == 2 ** 31 - 1:  # unset: IB reads an empty field as 0
            return float(theirs) >= MAX_DOUBLE or theirs in (2 ** 31 - 1, 2 ** 63 - 1, 0)
        return float(mine) == float(theirs)
    return mine == theirs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed vectors are stale; write nothing")
    ap.add_argument("--worker", nargs=2, metavar=("PEER", "SAMPLES"), help=argparse.SUPPRESS)
    ap.add_argument("--lenient-worker", nargs=2, metavar=("PEER", "SAMPLES"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(*args.worker)
    elif args.lenient_worker:
        lenient_worker(*args.lenient_worker)
    else:
        coordinator(args)


if __name__ == "__main__":
    main()
