"""Writes py-repr-random.tsv.gz: doubles (as hex bits) and CPython's repr() of each, the oracle of
PyFormatTest. Run with CPython 3 from this folder; the output is the same on every run (seeded):
    python3 py_repr_vectors.py ../resources/org/bt4j/util/py-repr-random.tsv.gz
"""
import gzip
import math
import random
import struct
import sys

rnd = random.Random(1818)


def bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


values = []
# cash and PnL as a backtest computes them: prices with two decimals, sums and differences,
# commissions as a fraction of a value
cash = 10000.0
for _ in range(8000):
    p = round(rnd.uniform(1, 5000), 2)
    q = rnd.choice([1, 1, 2, 3, 10, 100, 0.5])
    cash += rnd.choice([-1, 1]) * p * q
    values += [p, cash, p * q * 0.001, cash - p, p / 3]
# any magnitude between 1e-6 and 1e18, random mantissas
for _ in range(10000):
    values.append(rnd.choice([-1, 1]) * math.ldexp(rnd.getrandbits(53) | (1 << 52), rnd.randint(-73, 8)))
# few digits: n / 10^d
for _ in range(6000):
    d = rnd.randint(0, 20)
    values.append(rnd.randint(1, 10 ** rnd.randint(1, 17)) / 10 ** d)
# large numbers with few fraction bits (ties between two shortest candidates, ulp >= 0.1)
for _ in range(4000):
    e = rnd.randint(-4, 2)
    values.append(math.ldexp(rnd.getrandbits(53) | (1 << 52), e))
# powers of two (the lower gap is half the upper) and their neighbours, powers of ten and theirs
for i in range(-40, 60):
    x = math.ldexp(1.0, i)
    values += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
for i in range(-8, 19):
    x = 10.0 ** i
    values += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
# any bits at all (subnormals, huge numbers)
for _ in range(3000):
    x = from_bits(rnd.getrandbits(64))
    if math.isfinite(x):
        values.append(x)
values += [0.0, -0.0, 5e-324, 1.7976931348623157e308, 1e16, 9999999999999998.0, 1e-4, 0.0001000000000000001]

with gzip.GzipFile(sys.argv[1], 'wb', mtime=0) as out:
    out.write(b'# double bits (hex) and CPython repr(), written by bt4j-core/src/test/python/py_repr_vectors.py\n')
    for x in values:
        out.write(('%016x\t%s\n' % (bits(x), repr(x))).encode('ascii'))
print(len(values), 'vectors')
