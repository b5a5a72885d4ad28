"""A full session of ib_insync 0.9.86 or ib_async 2.0.1 against a bt4j gateway.

Usage: insync_session.py PORT LIBRARY   (LIBRARY = ib_insync or ib_async, its folder on PYTHONPATH)

Both negotiate server version 178 and decode with their own code. Every
request runs under the library's RequestTimeout (a timeout is an unanswered
request); every WARNING or ERROR the library logs (a message it could not
decode, a tick for an unknown request id, a request that failed) is a problem
unless the step expects it.
"""
import importlib
import sys
import time

from interop_check import Checks

PORT = int(sys.argv[1])
LIB = sys.argv[2]
ib_lib = importlib.import_module(LIB)
checks = Checks(LIB)
ANSWER = 15


def until(ib, predicate, what, timeout=ANSWER):
    """Lets the library's event loop run until predicate() holds (woken by each update)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"no answer within {timeout} s: {what}")
        ib.waitOnUpdate(timeout=min(left, 0.5))


def connect(client_id):
    ib = ib_lib.IB()
    ib.RequestTimeout = ANSWER
    ib.RaiseRequestErrors = True
    ib.connect("127.0.0.1", PORT, clientId=client_id, timeout=ANSWER)
    return ib


def main():
    L = ib_lib
    ib = None
    with checks.step("connect"):
        ib = connect(21)
        if ib.client.serverVersion() != 178:
            raise AssertionError(f"server version {ib.client.serverVersion()}")
        if not ib.managedAccounts():
            raise AssertionError("no managed accounts")
    if ib is None or not ib.isConnected():
        checks.finish()
    aapl = L.Stock("AAPL", "SMART", "USD")

    with checks.step("contracts of every kind"):
        kinds = {
            "STK": aapl, "FUT": L.Future("ES", exchange="CME"), "CASH": L.Forex("EURUSD"),
            "IND": L.Index("SPX", "CBOE"), "OPT": L.Option("AAPL", exchange="SMART", right="C"),
            "FOP": L.FuturesOption("ES", exchange="CME", right="C"),
        }
        for kind, c in kinds.items():
            details = ib.reqContractDetails(c)
            if not details or details[0].contract.secType != kind:
                raise AssertionError(f"{kind}: {details}")
        ib.qualifyContracts(aapl)
        if aapl.conId != 265598:
            raise AssertionError(f"qualified AAPL conId {aapl.conId}")

    with checks.step("history"):
        bars = ib.reqHistoricalData(aapl, "", "2 D", "5 mins", "TRADES", True)
        daily = ib.reqHistoricalData(L.Forex("EURUSD"), "", "1 M", "1 day", "MIDPOINT", True)
        if not bars or not daily:
            raise AssertionError(f"{len(bars)} 5-minute bars, {len(daily)} daily bars")

    with checks.step("live data: ticks and 5-second bars"):
        t = ib.reqMktData(aapl, "233")
        until(ib, lambda: t.bid > 0 and t.ask > 0 and t.last > 0 and t.rtVolume >= 0, "bid, ask, last")
        ib.cancelMktData(aapl)
        rt = ib.reqRealTimeBars(aapl, 5, "TRADES", False)
        until(ib, lambda: len(rt) > 0, "a 5-second bar", timeout=20)
        ib.cancelRealTimeBars(rt)

    with checks.step("market order with partial fills"):
        trade = ib.placeOrder(aapl, L.MarketOrder("BUY", 3000))
        until(ib, lambda: trade.isDone(), "market order done", timeout=60)
        fills = trade.fills
        if trade.orderStatus.status != "Filled" or len(fills) < 2 or sum(f.execution.shares for f in fills) != 3000:
            raise AssertionError(f"{trade.orderStatus.status}, fills {[f.execution.shares for f in fills]}")
        until(ib, lambda: all(f.commissionReport.commission > 0 for f in trade.fills), "commission of each fill")

    # TWS confirms a cancel with the status Cancelled and then error 202, which ib_async logs as an
    # error and ib_insync as a warning: each step waits for both, so no 202 spills into the next step
    cancel_confirmed = set()
    ib.errorEvent += lambda req_id, code, *rest: cancel_confirmed.add(req_id) if code == 202 else None

    def cancelled(tr):
        return tr.orderStatus.status == "Cancelled" and tr.order.orderId in cancel_confirmed

    with checks.step("limit and stop orders, cancel"), checks.expecting(r"Error 202, reqId \d+: Order Canceled"):
        for o in (L.LimitOrder("BUY", 100, 50.0), L.StopOrder("SELL", 100, 50.0)):
            tr = ib.placeOrder(aapl, o)
            until(ib, lambda: tr.orderStatus.status in ("Submitted", "PreSubmitted"), f"{o.orderType} working")
            ib.cancelOrder(o)
            until(ib, lambda: cancelled(tr), f"{o.orderType} cancelled and 202 received")

    with checks.step("bracket order"), checks.expecting(r"Error 202, reqId \d+: Order Canceled"):
        br = ib.bracketOrder("BUY", 200, limitPrice=400.0, takeProfitPrice=1000.0, stopLossPrice=10.0)
        trades = [ib.placeOrder(aapl, o) for o in br]
        until(ib, lambda: trades[0].orderStatus.status == "Filled", "bracket parent filled", timeout=60)
        for tr in trades[1:]:
            until(ib, lambda: tr.orderStatus.status in ("Submitted", "PreSubmitted"), "bracket child working")
            ib.cancelOrder(tr.order)
            until(ib, lambda: cancelled(tr), "bracket child cancelled and 202 received")

    with checks.step("account values, portfolio, positions, executions"):
        if not [v for v in ib.accountValues() if v.tag == "NetLiquidation"]:
            raise AssertionError("no NetLiquidation account value")
        until(ib, lambda: [p for p in ib.portfolio() if p.contract.symbol == "AAPL"], "AAPL in the portfolio")
        pos = [p for p in ib.reqPositions() if p.contract.symbol == "AAPL" and p.contract.secType == "STK"]
        if not pos or pos[0].position != 3200:
            raise AssertionError(f"positions {pos}")
        fills = ib.reqExecutions()
        if len(fills) < 3:
            raise AssertionError(f"{len(fills)} executions")

    with checks.step("account summary"):
        tags = {v.tag for v in ib.accountSummary()}
        if not {"NetLiquidation", "TotalCashValue", "BuyingPower"} <= tags:
            raise AssertionError(f"account summary tags {sorted(tags)}")

    with checks.step("PnL and PnL of one position"):
        account = ib.managedAccounts()[0]
        pnl = ib.reqPnL(account)
        single = ib.reqPnLSingle(account, "", 265598)
        until(ib, lambda: pnl.dailyPnL == pnl.dailyPnL and single.position == 3200, "pnl and pnlSingle")
        ib.cancelPnL(account)
        ib.cancelPnLSingle(account, "", 265598)

    with checks.step("option chain parameters, futures months"):
        chains = ib.reqSecDefOptParams("AAPL", "", "STK", 265598)
        smart = [c for c in chains if c.exchange == "SMART"]
        if not smart or len(smart[0].expirations) < 4 or len(smart[0].strikes) < 9:
            raise AssertionError(f"chains {chains}")
        months = {d.contract.lastTradeDateOrContractMonth for d in ib.reqContractDetails(L.Future("ES", exchange="CME"))}
        if len(months) < 4:
            raise AssertionError(f"ES months {months}")

    with checks.step("head time stamp, matching symbols, market rule, fundamentals"):
        head = ib.reqHeadTimeStamp(aapl, "TRADES", True)
        if not head or head.year > 2010:
            raise AssertionError(f"head time stamp {head}")
        if "AAPL" not in [d.contract.symbol for d in ib.reqMatchingSymbols("AA")]:
            raise AssertionError("AAPL not matched by AA")
        if not ib.reqMarketRule(26):
            raise AssertionError("no market rule 26")
        with checks.expecting(r"Error 430"):
            try:
                ib.reqFundamentalData(aapl, "ReportsFinSummary")
                raise AssertionError("fundamental data answered")
            except ib_lib.RequestError as e:
                if e.code != 430:
                    raise

    with checks.step("market depth"):
        book = ib.reqMktDepth(aapl, 5)
        until(ib, lambda: len(book.domBids) >= 5 and len(book.domAsks) >= 5, "a five-row book")
        ib.cancelMktDepth(aapl)

    with checks.step("historical ticks"):
        for what in ("TRADES", "BID_ASK", "MIDPOINT"):
            ticks = ib.reqHistoricalTicks(aapl, "", time.strftime("%Y%m%d-%H:%M:%S", time.gmtime(time.time() + 3600)),
                                          100, what, True)
            if not ticks:
                raise AssertionError(f"no {what} ticks")

    with checks.step("tick-by-tick"):
        t = ib.reqTickByTickData(aapl, "AllLast")
        until(ib, lambda: len(t.tickByTicks) > 0, "a tick-by-tick trade")
        ib.cancelTickByTickData(aapl, "AllLast")

    with checks.step("completed orders"):
        done = ib.reqCompletedOrders(False)
        if not any(t.orderStatus.status == "Filled" for t in done):
            raise AssertionError(f"completed orders {[t.orderStatus.status for t in done]}")

    with checks.step("duplicate clientId is refused with 326"):
        dup = ib_lib.IB()
        refused = []
        dup.errorEvent += lambda req_id, code, *rest: refused.append(code)
        with checks.expecting(r"already in use", r"Peer closed connection", r"API connection failed",
                              r"Error 326", r"TimeoutError", r"ConnectionError"):
            try:
                # the library notices the closed socket only when its connect times out
                dup.connect("127.0.0.1", PORT, clientId=21, timeout=3)
                raise AssertionError("a second client with clientId 21 was accepted")
            except (ConnectionError, TimeoutError, OSError):
                pass
            dup.disconnect()
        if 326 not in refused:
            raise AssertionError(f"errors {refused}, no 326")

    with checks.step("reconnect at once with the same clientId"):
        ib.disconnect()
        ib = connect(21)
        if not [p for p in ib.positions() if p.contract.symbol == "AAPL"]:
            raise AssertionError("no AAPL position after reconnecting")
        ib.reqOpenOrders()
    ib.disconnect()
    checks.finish()


main()
