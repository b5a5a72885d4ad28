"""A full session of IB's official Python client (10.30 or 10.46) against a bt4j gateway.

Usage: ibapi_session.py PORT  (the client's folder on PYTHONPATH)

Every incoming message goes through the official decoder; a message it cannot
decode, one with fields left over or missing, or an unknown message id is a
problem. Every request must get its answer (end message or an error on its own
id) within the step's timeout.
"""
import inspect
import sys
import threading
import time

from ibapi.client import EClient
from ibapi.contract import Contract
from ibapi.decoder import Decoder
from ibapi.order import Order
from ibapi.order_cancel import OrderCancel
from ibapi.wrapper import EWrapper

from interop_check import Checks, wait_until

PORT = int(sys.argv[1])  # argv[2], the client's name, is not needed
ANSWER = 15  # seconds a request may wait for its answer
ERROR_HAS_TIME = "errorTime" in inspect.signature(EWrapper.error).parameters
checks = Checks("ibapi " + ("10.46" if ERROR_HAS_TIME else "10.30"))


def exact_decoding():
    """Each decoder routine must consume exactly the fields of its message."""
    for msg_id, info in Decoder.msgId2handleInfo.items():
        if info.processMeth is None:
            continue

        def checked(decoder, fields, _orig=info.processMeth, _id=msg_id):
            fields = list(fields)
            it = iter(fields)
            _orig(decoder, it)
            rest = list(it)
            if rest:
                checks.problem(f"message {_id}: {len(rest)} field(s) left over by the decoder: {rest} in {fields}")

        info.processMeth = checked
    interpret = Decoder.interpret

    def known(decoder, fields, *msg_id):
        mid = msg_id[0] if msg_id else int(fields[0]) if fields else 0
        if mid != 0 and mid not in Decoder.msgId2handleInfo:
            checks.problem(f"unknown message id {mid}: {fields}")
        return interpret(decoder, fields, *msg_id)

    Decoder.interpret = known


class App(EWrapper, EClient):
    """Records every callback as (name, args) and wakes waiters."""

    def __init__(self):
        EWrapper.__init__(self)
        EClient.__init__(self, self)
        self.cond = threading.Condition()
        self.events = []
        self.errors = []  # (reqId, code, text)

    def record(self, name, args):
        with self.cond:
            self.events.append((name, args))
            self.cond.notify_all()

    def error(self, reqId, *rest):
        if ERROR_HAS_TIME:
            rest = rest[1:]
        code, text = rest[0], rest[1]
        with self.cond:
            self.errors.append((reqId, code, text))
            self.cond.notify_all()
        if code in (505, 507, 508):
            checks.problem(f"decoder error {code}: {text}")

    def of(self, name, pred=lambda a: True):
        with self.cond:
            return [a for n, a in self.events if n == name and pred(a)]

    def error_on(self, req_id, code=None):
        with self.cond:
            return [e for e in self.errors if e[0] == req_id and (code is None or e[1] == code)]

    def wait(self, predicate, what, timeout=ANSWER):
        return wait_until(self.cond, predicate, timeout, what)

    def answered(self, req_id, end_name, what, timeout=ANSWER):
        """Waits for the end message on req_id or an error on it; returns the error or None."""
        self.wait(lambda: self.of(end_name, lambda a: a and a[0] == req_id) or self.error_on(req_id), what, timeout)
        errs = [e for e in self.error_on(req_id) if e[1] < 2100]
        return errs[0] if errs else None


def _recorder(name):
    def method(self, *args):
        self.record(name, args)
    return method


for _name, _fn in inspect.getmembers(EWrapper, inspect.isfunction):
    if not _name.startswith("_") and _name not in ("error", "logAnswer"):
        setattr(App, _name, _recorder(_name))


def contract(symbol, sec_type, exchange, currency="USD", **kw):
    c = Contract()
    c.symbol, c.secType, c.exchange, c.currency = symbol, sec_type, exchange, currency
    for k, v in kw.items():
        setattr(c, k, v)
    return c


def order(action, qty, order_type, **kw):
    o = Order()
    o.action, o.totalQuantity, o.orderType = action, qty, order_type
    for k, v in kw.items():
        setattr(o, k, v)
    return o


def connect(client_id):
    app = App()
    app.connect("127.0.0.1", PORT, client_id)
    threading.Thread(target=app.run, daemon=True, name=f"ibapi-{client_id}").start()
    app.wait(lambda: app.of("nextValidId") or [e for e in app.errors if e[1] == 326], "nextValidId after connect")
    if not app.of("nextValidId"):
        raise AssertionError("326: clientId still in use just after its owner disconnected")
    return app


def next_id(app):
    app.next_order = getattr(app, "next_order", app.of("nextValidId")[-1][0])
    app.next_order += 1
    return app.next_order - 1


def status(app, order_id):
    s = app.of("orderStatus", lambda a: a[0] == order_id)
    return s[-1][1] if s else None


def fills(app, order_id):
    return {a[2].execId: a[2] for a in app.of("execDetails", lambda a: a[2].orderId == order_id)}


AAPL = contract("AAPL", "STK", "SMART")
CONTRACTS = {
    "STK": AAPL,
    "FUT": contract("ES", "FUT", "CME"),
    "CASH": contract("EUR", "CASH", "IDEALPRO"),
    "IND": contract("SPX", "IND", "CBOE"),
    "OPT": contract("AAPL", "OPT", "SMART", right="C"),
    "FOP": contract("ES", "FOP", "CME", right="C"),
}


def main():
    exact_decoding()
    app = None
    with checks.step("connect"):
        app = connect(11)
        if app.serverVersion() != 187:
            raise AssertionError(f"server version {app.serverVersion()}")
        app.wait(lambda: app.of("managedAccounts"), "managedAccounts")
    if app is None or not app.isConnected():
        checks.finish()
    account = app.of("managedAccounts")[0][0].split(",")[0]

    req = iter(range(1000, 100000))
    with checks.step("contracts of every kind"):
        for kind, c in CONTRACTS.items():
            r = next(req)
            app.reqContractDetails(r, c)
            err = app.answered(r, "contractDetailsEnd", f"contractDetails {kind}")
            found = app.of("contractDetails", lambda a: a[0] == r)
            if err or not found:
                raise AssertionError(f"{kind}: {err or 'no contract'}")
            if found[0][1].contract.secType != kind:
                raise AssertionError(f"{kind}: got {found[0][1].contract.secType}")

    with checks.step("history"):
        for c, bar, dur, what in ((AAPL, "5 mins", "2 D", "TRADES"), (CONTRACTS["CASH"], "1 day", "1 M", "MIDPOINT")):
            r = next(req)
            app.reqHistoricalData(r, c, "", dur, bar, what, 1, 1, False, [])
            err = app.answered(r, "historicalDataEnd", f"history {c.symbol} {bar}", timeout=60)
            if err or not app.of("historicalData", lambda a: a[0] == r):
                raise AssertionError(f"{c.symbol} {bar}: {err or 'no bars'}")

    with checks.step("live data: ticks and 5-second bars"):
        r = next(req)
        app.reqMktData(r, AAPL, "233", False, False, [])
        app.wait(lambda: {a[1] for a in app.of("tickPrice", lambda a: a[0] == r)} >= {1, 2}, "bid and ask ticks")
        app.wait(lambda: app.of("tickString", lambda a: a[0] == r and a[1] == 48), "RTVolume")
        app.cancelMktData(r)
        r2 = next(req)
        app.reqRealTimeBars(r2, AAPL, 5, "TRADES", False, [])
        app.wait(lambda: app.of("realtimeBar", lambda a: a[0] == r2), "a 5-second bar", timeout=20)
        app.cancelRealTimeBars(r2)

    mkt = None
    with checks.step("market order with partial fills"):
        mkt = next_id(app)
        app.placeOrder(mkt, AAPL, order("BUY", 3000, "MKT"))
        app.wait(lambda: status(app, mkt) == "Filled", "market order filled", timeout=60)
        fs = fills(app, mkt)
        if len(fs) < 2 or sum(e.shares for e in fs.values()) != 3000:
            raise AssertionError(f"fills {[(e.shares, e.price) for e in fs.values()]}")
        app.wait(lambda: {a[0].execId for a in app.of("commissionReport") + app.of("commissionAndFeesReport")}
                 >= set(fs), "a commission report per fill")

    with checks.step("limit and stop orders, cancel"):
        lmt, stp = next_id(app), next_id(app)
        app.placeOrder(lmt, AAPL, order("BUY", 100, "LMT", lmtPrice=50.0))
        app.placeOrder(stp, AAPL, order("SELL", 100, "STP", auxPrice=50.0))
        for oid in (lmt, stp):
            app.wait(lambda: status(app, oid) in ("Submitted", "PreSubmitted"), f"order {oid} working")
            app.cancelOrder(oid, OrderCancel())
            app.wait(lambda: status(app, oid) == "Cancelled" and app.error_on(oid, 202), f"order {oid} cancelled")

    with checks.step("bracket order"):
        parent, take, stop = next_id(app), next_id(app), next_id(app)
        app.placeOrder(parent, AAPL, order("BUY", 200, "LMT", lmtPrice=400.0, transmit=False))
        app.placeOrder(take, AAPL, order("SELL", 200, "LMT", lmtPrice=1000.0, parentId=parent, transmit=False))
        app.placeOrder(stop, AAPL, order("SELL", 200, "STP", auxPrice=10.0, parentId=parent, transmit=True))
        app.wait(lambda: status(app, parent) == "Filled", "bracket parent filled", timeout=60)
        for oid in (take, stop):
            app.wait(lambda: status(app, oid) in ("Submitted", "PreSubmitted"), f"bracket child {oid} working")
        for oid in (take, stop):
            app.cancelOrder(oid, OrderCancel())
            app.wait(lambda: status(app, oid) == "Cancelled" and app.error_on(oid, 202), f"bracket child {oid} cancelled")

    with checks.step("account updates, positions, executions"):
        app.reqAccountUpdates(True, account)
        app.wait(lambda: app.of("accountDownloadEnd"), "accountDownloadEnd")
        if not app.of("updatePortfolio", lambda a: a[0].symbol == "AAPL"):
            raise AssertionError("no AAPL portfolio line")
        app.reqAccountUpdates(False, account)
        app.reqPositions()
        app.wait(lambda: app.of("positionEnd"), "positionEnd")
        pos = [a for a in app.of("position") if a[1].symbol == "AAPL" and a[1].secType == "STK"]
        if not pos or float(pos[-1][2]) != 3200:
            raise AssertionError(f"AAPL position {pos and pos[-1][2]}")
        r = next(req)
        from ibapi.execution import ExecutionFilter
        app.reqExecutions(r, ExecutionFilter())
        app.answered(r, "execDetailsEnd", "execDetailsEnd")
        if len(app.of("execDetails", lambda a: a[0] == r)) < len(fills(app, mkt)) + 1:
            raise AssertionError("executions missing")

    with checks.step("account summary"):
        r = next(req)
        app.reqAccountSummary(r, "All", "NetLiquidation,TotalCashValue,BuyingPower,$LEDGER")
        err = app.answered(r, "accountSummaryEnd", "accountSummaryEnd")
        tags = {a[2] for a in app.of("accountSummary", lambda a: a[0] == r)}
        if err or not {"NetLiquidation", "TotalCashValue", "BuyingPower"} <= tags:
            raise AssertionError(f"account summary: {err or sorted(tags)}")
        app.cancelAccountSummary(r)

    with checks.step("PnL and PnL of one position"):
        r, r2 = next(req), next(req)
        app.reqPnL(r, account, "")
        app.reqPnLSingle(r2, account, "", 265598)
        app.wait(lambda: app.of("pnl", lambda a: a[0] == r) and app.of("pnlSingle", lambda a: a[0] == r2), "pnl, pnlSingle")
        if float(app.of("pnlSingle", lambda a: a[0] == r2)[0][1]) != 3200:
            raise AssertionError(f"pnlSingle {app.of('pnlSingle')}")
        app.cancelPnL(r)
        app.cancelPnLSingle(r2)

    with checks.step("option chain parameters, futures months"):
        r = next(req)
        app.reqSecDefOptParams(r, "AAPL", "", "STK", 265598)
        app.wait(lambda: app.of("securityDefinitionOptionParameterEnd", lambda a: a[0] == r), "option chain end")
        rows = app.of("securityDefinitionOptionParameter", lambda a: a[0] == r and a[1] == "SMART")
        if not rows or len(rows[0][5]) < 4 or len(rows[0][6]) < 9:
            raise AssertionError(f"chains {rows}")
        r = next(req)
        app.reqContractDetails(r, CONTRACTS["FUT"])
        app.answered(r, "contractDetailsEnd", "ES months")
        months = {a[1].contract.lastTradeDateOrContractMonth for a in app.of("contractDetails", lambda a: a[0] == r)}
        if len(months) < 4:
            raise AssertionError(f"ES months {months}")

    with checks.step("head time stamp, matching symbols, market rule, fundamentals"):
        r = next(req)
        app.reqHeadTimeStamp(r, AAPL, "TRADES", 1, 1)
        app.wait(lambda: app.of("headTimestamp", lambda a: a[0] == r), "headTimestamp")
        r = next(req)
        app.reqMatchingSymbols(r, "AA")
        app.wait(lambda: app.of("symbolSamples", lambda a: a[0] == r), "symbolSamples")
        if "AAPL" not in [d.contract.symbol for d in app.of("symbolSamples", lambda a: a[0] == r)[0][1]]:
            raise AssertionError("AAPL not matched by AA")
        app.reqMarketRule(26)
        app.wait(lambda: app.of("marketRule", lambda a: a[0] == 26), "marketRule 26")
        r = next(req)
        app.reqFundamentalData(r, AAPL, "ReportsFinSummary", [])
        app.wait(lambda: app.error_on(r, 430), "error 430 on the request's id")

    with checks.step("market depth"):
        r = next(req)
        app.reqMktDepth(r, AAPL, 5, False, [])
        app.wait(lambda: len(app.of("updateMktDepthL2", lambda a: a[0] == r)) >= 10, "ten depth rows")
        app.cancelMktDepth(r, False)

    with checks.step("historical ticks"):
        for what, callback in (("TRADES", "historicalTicksLast"), ("BID_ASK", "historicalTicksBidAsk"),
                               ("MIDPOINT", "historicalTicks")):
            r = next(req)
            app.reqHistoricalTicks(r, AAPL, "", time.strftime("%Y%m%d-%H:%M:%S", time.gmtime(time.time() + 3600)),
                                   100, what, 1, True, [])
            app.wait(lambda: app.of(callback, lambda a: a[0] == r and a[2]) or app.error_on(r), f"{what} ticks")
            if app.error_on(r) or not app.of(callback, lambda a: a[0] == r)[0][1]:
                raise AssertionError(f"{what}: {app.error_on(r)}")

    with checks.step("tick-by-tick"):
        r, r2 = next(req), next(req)
        app.reqTickByTickData(r, AAPL, "AllLast", 0, False)
        app.reqTickByTickData(r2, AAPL, "BidAsk", 0, False)
        app.wait(lambda: app.of("tickByTickAllLast", lambda a: a[0] == r) and app.of("tickByTickBidAsk", lambda a: a[0] == r2),
                 "tick-by-tick trades and quotes")
        app.cancelTickByTickData(r)
        app.cancelTickByTickData(r2)

    with checks.step("duplicate clientId is refused with 326"):
        dup = App()
        with checks.expecting(r"already in use"):
            dup.connect("127.0.0.1", PORT, 11)
            threading.Thread(target=dup.run, daemon=True).start()
            dup.wait(lambda: [e for e in dup.errors if e[1] == 326], "error 326")
            dup.wait(lambda: not dup.isConnected(), "socket closed after 326")

    with checks.step("completed orders"):
        app.reqCompletedOrders(False)
        app.wait(lambda: app.of("completedOrdersEnd"), "completedOrdersEnd")
        done = app.of("completedOrder")
        if not any(a[2].status == "Filled" for a in done):
            raise AssertionError(f"completed orders: {[(a[1].orderId, a[2].status) for a in done]}")

    with checks.step("reconnect at once with the same clientId"):
        app.disconnect()
        app = connect(11)
        app.reqOpenOrders()
        app.wait(lambda: app.of("openOrderEnd"), "openOrderEnd after reconnect")
        app.reqPositions()
        app.wait(lambda: app.of("positionEnd"), "positionEnd after reconnect")
    app.disconnect()
    checks.finish()


main()
