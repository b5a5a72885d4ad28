"""bt4j's "my first strategy" as a backtrader user writes it: an SMA crossover entered with a
bracket (stop 3 % below, take-profit 6 % above) when the RSI is not overbought, 0.1 % commission,
analyzers fetched by name. The Java port is org.bt4j.samples.FirstStrategy; generate.sh runs
this script with backtrader to produce first-strategy.txt.
"""
import argparse

import backtrader as bt


class FirstStrategy(bt.Strategy):
    params = dict(fast=10, slow=30, rsi_period=14, rsi_max=70.0, stop=0.03, take=0.06)

    def __init__(self):
        self.cross = bt.ind.CrossOver(bt.ind.SMA(period=self.p.fast), bt.ind.SMA(period=self.p.slow))
        self.rsi = bt.ind.RSI(period=self.p.rsi_period)
        self.orders = []

    def notify_order(self, order):
        if order.status == order.Completed:
            print('%s %s %s size %d at %.2f comm %.2f' % (
                self.data.datetime.date(0), 'BUY ' if order.isbuy() else 'SELL',
                order.getordername(), order.executed.size, order.executed.price, order.executed.comm))
        if not order.alive() and order in self.orders:
            self.orders.remove(order)

    def notify_trade(self, trade):
        if trade.isclosed:
            print('%s TRADE pnl %.2f net %.2f' % (self.data.datetime.date(0), trade.pnl, trade.pnlcomm))

    def next(self):
        if self.orders or self.position:
            return
        if self.cross[0] > 0 and self.rsi[0] < self.p.rsi_max:
            close = self.data.close[0]
            self.orders = list(self.buy_bracket(
                size=10, price=close, exectype=bt.Order.Market,
                stopprice=close * (1.0 - self.p.stop), limitprice=close * (1.0 + self.p.take)))


def run(args=None):
    parser = argparse.ArgumentParser(description='my first strategy')
    parser.add_argument('--data', default='../../datas/2005-2006-day-001.txt')
    args = parser.parse_args(args)
    cerebro = bt.Cerebro()
    cerebro.adddata(bt.feeds.BacktraderCSVData(dataname=args.data))
    cerebro.broker.setcash(100000.0)
    cerebro.broker.setcommission(commission=0.001)
    cerebro.addstrategy(FirstStrategy)
    cerebro.addanalyzer(bt.analyzers.DrawDown, _name='drawdown')
    cerebro.addanalyzer(bt.analyzers.SQN, _name='sqn')
    cerebro.addanalyzer(bt.analyzers.SharpeRatio, _name='sharpe', legacyannual=True)
    strat = cerebro.run()[0]
    dd = strat.analyzers.drawdown.get_analysis()
    sqn = strat.analyzers.sqn.get_analysis()
    print('Final value %.2f' % cerebro.broker.getvalue())
    print('Max drawdown %.2f%% (%.2f)' % (dd.max.drawdown, dd.max.moneydown))
    print('SQN %.2f over %d trades' % (sqn.sqn, sqn.trades))
    print('Sharpe ratio (legacy annual) %.6f' % strat.analyzers.sharpe.get_analysis()['sharperatio'])


if __name__ == '__main__':
    run()
