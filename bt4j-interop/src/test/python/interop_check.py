"""Shared checks of bt4j's interop sessions: named steps, problems, a log watch.

A session script runs one client through its steps; every step prints one line
(``step <name> ok``, or a ``PROBLEM [<name>] ...`` line). A problem is a failed or
timed-out step, a record the client library logged (a message it could not decode,
an unknown request id, ...), an unexpected error; each names the step it happened
in. The script ends with one summary line and exits 1 if there was any problem;
the Java test judges the lines (some steps may be known gaps of the gateway).
"""
import contextlib
import logging
import re
import sys
import time
import traceback


class Checks:
    def __init__(self, client):
        self.client = client
        self.problems = []
        self.expected = []
        self.current = "-"
        self.started = time.monotonic()
        self.watch = _Watch(self)
        root = logging.getLogger()
        root.addHandler(self.watch)
        root.setLevel(logging.INFO)

    def problem(self, text):
        self.problems.append(text)
        print(f"PROBLEM [{self.current}] {text}", flush=True)

    @contextlib.contextmanager
    def expecting(self, *patterns):
        """Library log records matching these patterns are expected inside the block."""
        self.expected.extend(patterns)
        try:
            yield
        finally:
            del self.expected[-len(patterns):]

    @contextlib.contextmanager
    def step(self, name):
        t0 = time.monotonic()
        self.current = name
        before = len(self.problems)
        try:
            yield
        except Exception as e:  # noqa: BLE001 - every failure of a step is reported the same way
            detail = "".join(traceback.format_exception_only(type(e), e)).strip()
            self.problem(f"step failed: {detail}")
            traceback.print_exc()
        if len(self.problems) == before:
            print(f"step {name} ok ({time.monotonic() - t0:.1f} s)", flush=True)
        self.current = "-"

    def finish(self):
        took = time.monotonic() - self.started
        if self.problems:
            print(f"{self.client}: {len(self.problems)} problem(s) in {took:.1f} s", flush=True)
            sys.exit(1)
        print(f"{self.client}: session clean in {took:.1f} s", flush=True)
        sys.exit(0)


class _Watch(logging.Handler):
    """Every WARNING or worse a client library logs is a problem unless the step expects it."""

    def __init__(self, checks):
        super().__init__(logging.WARNING)
        self.checks = checks

    def emit(self, record):
        text = f"{record.name}: {record.getMessage()}"
        if record.exc_info:
            text += " | " + "".join(traceback.format_exception_only(*record.exc_info[:2])).strip()
        if any(re.search(p, text) for p in self.checks.expected):
            return
        self.checks.problem("client logged " + logging.getLevelName(record.levelno) + " " + text[:2000])


def wait_until(condition, predicate, timeout, what):
    """Waits on ``condition`` (a threading.Condition notified on every message) until
    ``predicate()`` holds; a timeout is an unanswered request."""
    with condition:
        value = condition.wait_for(predicate, timeout)
    if not value:
        raise TimeoutError(f"no answer within {timeout} s: {what}")
    return value
