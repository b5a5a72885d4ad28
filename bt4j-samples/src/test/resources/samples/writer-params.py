"""bt4j's own check of a writer's Params blocks: a strategy declaring backtrader's common
indicators (each by its short name, with non-default parameters where it has them) and a
WriterFile printing the run summary, every indicator's lines and parameters among it. The Java
port is org.bt4j.samples.WriterParams; generate.sh runs this script with backtrader to produce
writer-params.txt.
"""
import backtrader as bt


class St(bt.Strategy):
    params = dict(period=20, devfactor=2.5, label='bands', flag=True)

    def __init__(self):
        bt.ind.EMA(period=12)
        bt.ind.WMA(period=9)
        bt.ind.SMMA(period=7)
        bt.ind.DEMA(period=11)
        bt.ind.HMA(period=13)
        bt.ind.KAMA(period=15)
        bt.ind.RSI(period=10)
        bt.ind.ATR(period=12)
        bt.ind.BBands(period=self.p.period, devfactor=self.p.devfactor)
        bt.ind.MACD()
        bt.ind.Stochastic()
        bt.ind.Highest(self.data.high, period=5)
        bt.ind.Lowest(self.data.low, period=5)
        bt.ind.StdDev(period=14)
        bt.ind.Momentum(period=8)
        bt.ind.ROC(period=9)
        bt.ind.CrossUp(bt.ind.SMA(period=5), bt.ind.SMA(period=25))


cerebro = bt.Cerebro(stdstats=False)
cerebro.adddata(bt.feeds.BacktraderCSVData(dataname='../../datas/2006-day-001.txt'))
cerebro.addstrategy(St)
cerebro.addwriter(bt.WriterFile, rounding=4)
cerebro.run()
