"""backtrader's side of bench/side-by-side.sh: BT-SMACROSS-10-30 (BENCHMARKS.md) on a GenericCSV
minute file, run with backtrader's defaults (runonce, stdstats). Prints one line:
  backtrader <bars> bars final_value=<%.6f> closed_trades=<n> run_s=<seconds inside cerebro.run()>
Usage: PYTHONPATH=<peers>/backtrader python3 bt_smacross.py FILE [runonce|runnext|exactbars]"""
import sys
import time

import backtrader as bt


class SmaCross(bt.Strategy):
    params = (('fast', 10), ('slow', 30))

    def __init__(self):
        self.cross = bt.indicators.CrossOver(bt.indicators.SMA(period=self.p.fast),
                                             bt.indicators.SMA(period=self.p.slow))
        self.order = None
        self.closed = 0

    def notify_order(self, order):
        if not order.alive():
            self.order = None

    def notify_trade(self, trade):
        if trade.isclosed:
            self.closed += 1

    def next(self):
        if self.order:
            return
        if not self.position and self.cross[0] > 0:
            self.order = self.buy()
        elif self.position and self.cross[0] < 0:
            self.order = self.close()


def main():
    path = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else 'runonce'
    kw = {'runonce': dict(runonce=True), 'runnext': dict(runonce=False), 'exactbars': dict(exactbars=1)}[mode]
    cerebro = bt.Cerebro(**kw)
    cerebro.adddata(bt.feeds.GenericCSVData(dataname=path, dtformat='%Y-%m-%d %H:%M:%S',
                                            timeframe=bt.TimeFrame.Minutes, compression=1))
    cerebro.addstrategy(SmaCross)
    cerebro.broker.setcash(10000.0)
    t0 = time.perf_counter()
    strat = cerebro.run()[0]
    secs = time.perf_counter() - t0
    print('backtrader %d bars final_value=%.6f closed_trades=%d run_s=%.3f'
          % (len(strat.data), cerebro.broker.getvalue(), strat.closed, secs))


if __name__ == '__main__':
    main()
