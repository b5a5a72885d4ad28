"""Runs one of backtrader's own samples as its author wrote it, with plotting switched off, and
prints what it prints: the expected output of bt4j's Java port of that sample.

usage: PYTHONPATH=<backtrader> python3 generate.py <backtrader>/samples/<dir>/<script>.py [args...]
(generate.sh runs it for every sample in samples.list and writes <name>.txt next to this file;
a script listed as bt4j/<script>.py is one of bt4j's own, kept next to this file, run from a
backtrader sample folder so that it finds backtrader's data as ../../datas/ too)

Seven adaptations, none of which changes what the sample computes:
- cerebro.plot() does nothing (no display here);
- --bt4j-yahoo NAME: bt.feeds.YahooFinanceData (an online download) reads backtrader's own
  Yahoo CSV file datas/NAME instead (same rows, same YahooFinanceCSVData parsing), as this machine is
  offline;
- --bt4j-final-value: prints 'Final Value: %.2f' of the broker after cerebro.run(), for samples
  that print nothing themselves;
- --bt4j-writer: adds a bt.WriterFile with csv=True before cerebro.run(), for samples whose
  result is their data (data-resample prints nothing itself: the writer prints every bar);
- --bt4j-lines: after cerebro.run(), prints the lines of the first strategy's indicators (those
  it declared) and observers, bar by bar ('Name: line1, line2' then 'len,repr1,repr2' rows), for
  samples whose result is only plotted (observer-benchmark, relative-volume);
- an object printed with Python's default repr ('<backtrader.comminfo.CommInfoBase object at
  0x7f..>', as print(order) does) is printed without its memory address, which changes every run;
- the sample's source is run with one Python 2 idiom fixed ("d.keys()[0]" -> "list(d.keys())[0]").
"""
import os
import re
import sys

import backtrader as bt

bt.Cerebro.plot = lambda self, *args, **kwargs: None


class WithoutAddresses:
    """sys.stdout without the memory address of default reprs: '<x object at 0x7f..>' -> '<x object>'."""

    def __init__(self, out):
        self.out = out

    def write(self, text):
        return self.out.write(re.sub(r' at 0x[0-9a-fA-F]+>', '>', text))

    def flush(self):
        self.out.flush()


sys.stdout = WithoutAddresses(sys.stdout)

argv = sys.argv[2:]
if '--bt4j-yahoo' in argv:
    i = argv.index('--bt4j-yahoo')
    yahoo_file = os.path.join(os.path.dirname(os.path.abspath(sys.argv[1])), '..', '..', 'datas', argv[i + 1])
    del argv[i:i + 2]

    def offline_yahoo(dataname=None, **kwargs):
        return bt.feeds.YahooFinanceCSVData(dataname=yahoo_file, **kwargs)

    bt.feeds.YahooFinanceData = offline_yahoo

if '--bt4j-final-value' in argv:
    argv.remove('--bt4j-final-value')
    run = bt.Cerebro.run

    def run_and_print(self, *args, **kwargs):
        result = run(self, *args, **kwargs)
        print('Final Value: %.2f' % self.broker.getvalue())
        return result

    bt.Cerebro.run = run_and_print

if '--bt4j-writer' in argv:
    argv.remove('--bt4j-writer')
    run_without_writer = bt.Cerebro.run

    def run_with_writer(self, *args, **kwargs):
        self.addwriter(bt.WriterFile, csv=True)
        return run_without_writer(self, *args, **kwargs)

    bt.Cerebro.run = run_with_writer

if '--bt4j-lines' in argv:
    argv.remove('--bt4j-lines')
    run_without_lines = bt.Cerebro.run

    def run_and_print_lines(self, *args, **kwargs):
        result = run_without_lines(self, *args, **kwargs)
        strat = result[0]
        for obj in strat.getindicators() + strat.getobservers():
            print('%s: %s' % (type(obj).__name__, ', '.join(obj.lines.getlinealiases())))
            for i in range(len(obj)):
                print('%d,%s' % (i + 1, ','.join(repr(line.array[i]) for line in obj.lines)))
        return result

    bt.Cerebro.run = run_and_print_lines

script = os.path.abspath(sys.argv[1])
if not os.path.exists(script):  # one of bt4j's own scripts, kept next to this file
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.path.basename(script))
    os.chdir(os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(sys.argv[1])), '..', 'bracket')))
else:
    os.chdir(os.path.dirname(script))  # the samples find their data as ../../datas/...
sys.argv = [script] + argv
sys.path.insert(0, os.path.dirname(script))  # a sample's own modules next to it
with open(script) as f:
    source = f.read().replace('.keys()[0]', '.keys())[0]').replace('default=MAINSIGNALS', 'default=list(MAINSIGNALS')
code = compile(source, script, 'exec')
exec(code, {'__name__': '__main__', '__file__': script})
