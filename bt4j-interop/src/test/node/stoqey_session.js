// A full session of @stoqey/ib (a TypeScript port of IB's API, MIT) against a bt4j gateway.
// Usage: node stoqey_session.js PORT   (run from the folder where npm installed @stoqey/ib)
// Prints the same lines as the Python sessions (interop_check.py): "step NAME ok (T s)",
// "PROBLEM [STEP] ...", one summary line; exit 1 on any problem. A decoder complaint (surplus
// or missing fields, unknown message id) is a problem; a request without an answer times out.
"use strict";
const { IBApi, EventName, SecType, OrderAction, OrderType } = require("@stoqey/ib");

const PORT = Number(process.argv[2]);
const ANSWER = 15000;
const started = Date.now();
const problems = [];
let current = "-";
const events = []; // [name, args]
const waiters = new Set();

function problem(text) {
  problems.push(text);
  console.log(`PROBLEM [${current}] ${text}`);
}

function of(name, pred = () => true) {
  return events.filter(([n, a]) => n === name && pred(a)).map(([, a]) => a);
}

function waitFor(pred, what, timeout = ANSWER) {
  return new Promise((resolve, reject) => {
    if (pred()) return resolve();
    const w = { pred, resolve };
    w.timer = setTimeout(() => { waiters.delete(w); reject(new Error(`no answer within ${timeout / 1000} s: ${what}`)); }, timeout);
    waiters.add(w);
  });
}

function wake() {
  for (const w of [...waiters]) {
    if (w.pred()) { clearTimeout(w.timer); waiters.delete(w); w.resolve(); }
  }
}

const DECODER_TROUBLE = /Decoding error|Underrun error|No parser implementation|unprocessed data|Unknown message|Bad message/i;

function client(clientId, tag = "main") {
  const ib = new IBApi({ host: "127.0.0.1", port: PORT });
  ib.on(EventName.all, (name, args) => {
    events.push([name, args, tag]);
    if (name === EventName.error) {
      const [err, code] = args;
      const text = err && err.message ? err.message : String(err);
      if (DECODER_TROUBLE.test(text)) problem(`decoder: ${code} ${text}`);
    }
    wake();
  });
  ib.connect(clientId);
  return ib;
}

async function step(name, body) {
  const t0 = Date.now();
  current = name;
  const before = problems.length;
  try {
    await body();
  } catch (e) {
    problem(`step failed: ${e && e.stack ? e.stack.split("\n").slice(0, 3).join(" | ") : e}`);
  }
  if (problems.length === before) console.log(`step ${name} ok (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  current = "-";
}

const errorOn = (id, code) => of(EventName.error, (a) => a[2] === id && (code === undefined || a[1] === code));
const status = (id) => { const s = of(EventName.orderStatus, (a) => a[0] === id); return s.length ? s[s.length - 1][1] : null; };
const AAPL = { symbol: "AAPL", secType: SecType.STK, exchange: "SMART", currency: "USD" };

async function main() {
  let ib;
  let nextId;
  await step("connect", async () => {
    ib = client(31);
    await waitFor(() => of(EventName.nextValidId).length && of(EventName.managedAccounts).length, "nextValidId");
    nextId = of(EventName.nextValidId)[0][0];
    if (ib.serverVersion !== 187) throw new Error(`server version ${ib.serverVersion}`);
  });
  if (!nextId) return finish();
  const account = of(EventName.managedAccounts)[0][0].split(",")[0];
  let req = 5000;

  await step("contracts of every kind", async () => {
    const kinds = {
      STK: AAPL,
      FUT: { symbol: "ES", secType: SecType.FUT, exchange: "CME", currency: "USD" },
      CASH: { symbol: "EUR", secType: SecType.CASH, exchange: "IDEALPRO", currency: "USD" },
      IND: { symbol: "SPX", secType: SecType.IND, exchange: "CBOE", currency: "USD" },
      OPT: { symbol: "AAPL", secType: SecType.OPT, exchange: "SMART", currency: "USD", right: "C" },
      FOP: { symbol: "ES", secType: SecType.FOP, exchange: "CME", currency: "USD", right: "C" },
    };
    for (const [kind, c] of Object.entries(kinds)) {
      const r = ++req;
      ib.reqContractDetails(r, c);
      await waitFor(() => of(EventName.contractDetailsEnd, (a) => a[0] === r).length || errorOn(r).length, `${kind} details`);
      const found = of(EventName.contractDetails, (a) => a[0] === r);
      if (!found.length || found[0][1].contract.secType !== kind) throw new Error(`${kind}: ${JSON.stringify(errorOn(r)[0] || found[0])}`);
    }
  });

  await step("history", async () => {
    const r = ++req;
    ib.reqHistoricalData(r, AAPL, "", "2 D", "5 mins", "TRADES", 1, 1, false);
    await waitFor(() => of(EventName.historicalData, (a) => a[0] === r && String(a[1]).startsWith("finished")).length
      || errorOn(r).length, "historical bars", 60000);
    if (of(EventName.historicalData, (a) => a[0] === r).length < 2) throw new Error(JSON.stringify(errorOn(r)));
  });

  await step("live data: ticks and 5-second bars", async () => {
    const r = ++req;
    ib.reqMktData(r, AAPL, "233", false, false);
    await waitFor(() => new Set(of(EventName.tickPrice, (a) => a[0] === r).map((a) => a[1])).size >= 3, "bid, ask, last");
    ib.cancelMktData(r);
    const r2 = ++req;
    ib.reqRealTimeBars(r2, AAPL, 5, "TRADES", false);
    await waitFor(() => of(EventName.realtimeBar, (a) => a[0] === r2).length, "a 5-second bar", 20000);
    ib.cancelRealTimeBars(r2);
  });

  let mkt;
  await step("market order with partial fills", async () => {
    mkt = nextId++;
    ib.placeOrder(mkt, AAPL, { action: OrderAction.BUY, orderType: OrderType.MKT, totalQuantity: 3000, transmit: true });
    await waitFor(() => status(mkt) === "Filled", "market order filled", 60000);
    const fills = new Map(of(EventName.execDetails, (a) => a[2].orderId === mkt).map((a) => [a[2].execId, a[2].shares]));
    const total = [...fills.values()].reduce((x, y) => x + y, 0);
    if (fills.size < 2 || total !== 3000) throw new Error(`fills ${[...fills.values()]}`);
    await waitFor(() => [...fills.keys()].every((id) => of(EventName.commissionReport, (a) => a[0].execId === id).length),
      "a commission report per fill");
  });

  await step("limit and stop orders, cancel", async () => {
    for (const o of [{ action: OrderAction.BUY, orderType: OrderType.LMT, lmtPrice: 50 },
                     { action: OrderAction.SELL, orderType: OrderType.STP, auxPrice: 50 }]) {
      const id = nextId++;
      ib.placeOrder(id, AAPL, { ...o, totalQuantity: 100, transmit: true });
      await waitFor(() => ["Submitted", "PreSubmitted"].includes(status(id)), `${o.orderType} working`);
      ib.cancelOrder(id);
      await waitFor(() => status(id) === "Cancelled" && errorOn(id, 202).length, `${o.orderType} cancelled`);
    }
  });

  await step("bracket order", async () => {
    const parent = nextId++, take = nextId++, stop = nextId++;
    ib.placeOrder(parent, AAPL, { action: OrderAction.BUY, orderType: OrderType.LMT, lmtPrice: 400, totalQuantity: 200, transmit: false });
    ib.placeOrder(take, AAPL, { action: OrderAction.SELL, orderType: OrderType.LMT, lmtPrice: 1000, totalQuantity: 200, parentId: parent, transmit: false });
    ib.placeOrder(stop, AAPL, { action: OrderAction.SELL, orderType: OrderType.STP, auxPrice: 10, totalQuantity: 200, parentId: parent, transmit: true });
    await waitFor(() => status(parent) === "Filled", "bracket parent filled", 60000);
    for (const id of [take, stop]) {
      await waitFor(() => ["Submitted", "PreSubmitted"].includes(status(id)), `bracket child ${id} working`);
      ib.cancelOrder(id);
      await waitFor(() => status(id) === "Cancelled", `bracket child ${id} cancelled`);
    }
  });

  await step("account updates, positions, executions", async () => {
    ib.reqAccountUpdates(true, account);
    await waitFor(() => of(EventName.accountDownloadEnd).length, "accountDownloadEnd");
    if (!of(EventName.updatePortfolio, (a) => a[0].symbol === "AAPL").length) throw new Error("no AAPL portfolio line");
    ib.reqAccountUpdates(false, account);
    ib.reqPositions();
    await waitFor(() => of(EventName.positionEnd).length, "positionEnd");
    const pos = of(EventName.position, (a) => a[1].symbol === "AAPL" && a[1].secType === "STK");
    if (!pos.length || Number(pos[pos.length - 1][2]) !== 3200) throw new Error(`AAPL position ${JSON.stringify(pos)}`);
    const r = ++req;
    ib.reqExecutions(r, {});
    await waitFor(() => of(EventName.execDetailsEnd, (a) => a[0] === r).length, "execDetailsEnd");
    if (of(EventName.execDetails, (a) => a[0] === r).length < 3) throw new Error("executions missing");
  });

  await step("account summary", async () => {
    const r = ++req;
    ib.reqAccountSummary(r, "All", "NetLiquidation,TotalCashValue,BuyingPower");
    await waitFor(() => of(EventName.accountSummaryEnd, (a) => a[0] === r).length || errorOn(r).length, "accountSummaryEnd");
    const tags = new Set(of(EventName.accountSummary, (a) => a[0] === r).map((a) => a[2]));
    for (const t of ["NetLiquidation", "TotalCashValue", "BuyingPower"]) if (!tags.has(t)) throw new Error(`no ${t}`);
    ib.cancelAccountSummary(r);
  });

  await step("PnL, option chains, reference data", async () => {
    const r1 = ++req, r2 = ++req;
    ib.reqPnL(r1, account);
    ib.reqPnLSingle(r2, account, "", 265598);
    await waitFor(() => of(EventName.pnl, (a) => a[0] === r1).length && of(EventName.pnlSingle, (a) => a[0] === r2).length, "pnl");
    ib.cancelPnL(r1);
    ib.cancelPnLSingle(r2);
    const r3 = ++req;
    ib.reqSecDefOptParams(r3, "AAPL", "", SecType.STK, 265598);
    await waitFor(() => of(EventName.securityDefinitionOptionParameterEnd, (a) => a[0] === r3).length, "option chain end");
    const smart = of(EventName.securityDefinitionOptionParameter, (a) => a[0] === r3 && a[1] === "SMART");
    if (!smart.length || smart[0][5].length < 4 || smart[0][6].length < 9) throw new Error(`chains ${JSON.stringify(smart)}`);
    const r4 = ++req;
    ib.reqHeadTimestamp(r4, AAPL, "TRADES", true, 1);
    await waitFor(() => of(EventName.headTimestamp, (a) => a[0] === r4).length, "head time stamp");
    const r5 = ++req;
    ib.reqMatchingSymbols(r5, "AA");
    await waitFor(() => of(EventName.symbolSamples, (a) => a[0] === r5).length, "matching symbols");
    ib.reqMarketRule(26);
    await waitFor(() => of(EventName.marketRule, (a) => a[0] === 26).length, "market rule 26");
    const r6 = ++req;
    ib.reqFundamentalData(r6, AAPL, "ReportsFinSummary");
    await waitFor(() => errorOn(r6, 430).length, "error 430 on the request's id");
  });

  await step("market depth, historical ticks, tick-by-tick", async () => {
    const r1 = ++req;
    ib.reqMktDepth(r1, AAPL, 5, false);
    await waitFor(() => of(EventName.updateMktDepthL2, (a) => a[0] === r1).length >= 10, "ten depth rows");
    ib.cancelMktDepth(r1, false);
    const r2 = ++req;
    const end = new Date(Date.now() + 3600e3).toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
    ib.reqHistoricalTicks(r2, AAPL, "", `${end.slice(0, 9)}${end.slice(9, 11)}:${end.slice(11, 13)}:${end.slice(13, 15)}`,
      100, "TRADES", 1, true);
    await waitFor(() => of(EventName.historicalTicksLast, (a) => a[0] === r2 && a[2]).length, "historical trades");
    const r3 = ++req;
    ib.reqTickByTickData(r3, AAPL, "AllLast", 0, false);
    await waitFor(() => of(EventName.tickByTickAllLast, (a) => a[0] === r3).length, "a tick-by-tick trade");
    ib.cancelTickByTickData(r3);
  });

  await step("completed orders", async () => {
    ib.reqCompletedOrders(false);
    await waitFor(() => of(EventName.completedOrdersEnd).length, "completedOrdersEnd");
    if (!of(EventName.completedOrder, (a) => a[2].status === "Filled").length) throw new Error("no Filled completed order");
  });

  await step("duplicate clientId is refused with 326", async () => {
    const dup = client(31, "dup"); // @stoqey/ib reports TWS's 326 as an info event
    await waitFor(() => events.some(([n, a, tag]) => tag === "dup" && (n === EventName.error || n === EventName.info)
      && a[1] === 326), "error 326");
    dup.disconnect();
  });

  await step("reconnect", async () => {
    ib.disconnect();
    await waitFor(() => of(EventName.disconnected).length, "disconnected");
    const seen = of(EventName.nextValidId).length;
    ib = client(31);
    await waitFor(() => of(EventName.nextValidId).length > seen, "nextValidId after reconnect");
    const ends = of(EventName.openOrderEnd).length;
    ib.reqOpenOrders();
    await waitFor(() => of(EventName.openOrderEnd).length > ends, "openOrderEnd after reconnect");
    ib.disconnect();
  });
  finish();
}

function finish() {
  const took = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length) {
    console.log(`stoqey/ib: ${problems.length} problem(s) in ${took} s`);
    process.exit(1);
  }
  console.log(`stoqey/ib: session clean in ${took} s`);
  process.exit(0);
}

main().catch((e) => { problem(`session crashed: ${e.stack}`); finish(); });
