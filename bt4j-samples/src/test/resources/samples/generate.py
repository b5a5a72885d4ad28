"""Runs one of backtrader's own samples as its author wrote it, with plotting switched off, and
prints what it prints: the expected output of bt4j's Java port of that sample.

usage: PYTHONPATH=<backtrader> python3 generate.py <backtrader>/samples/<dir>/<script>.py [args...]
(generate.sh runs it for every sample and writes <name>.txt next to this file)
"""
import os
import runpy
import sys

import backtrader as bt

bt.Cerebro.plot = lambda self, *args, **kwargs: None  # no display here; the printed lines are the output

script = os.path.abspath(sys.argv[1])
os.chdir(os.path.dirname(script))  # the samples find their data as ../../datas/...
sys.argv = [script] + sys.argv[2:]
runpy.run_path(script, run_name='__main__')
