#!/usr/bin/python3
"""dkimpy (Debian python3-dkim) on the message bench_dkim uses: sign and verify, rsa-2048 and
ed25519, relaxed/relaxed, keys from tests/data/dkim, key records from tests/data/zones/dkim.test.zone
given to dkim.verify through dnsfunc (no network). Prints microseconds per operation.

    /usr/bin/python3 tests/benchmarks/bench_dkim_dkimpy.py
"""
import os
import re
import timeit

import dkim

data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
message = open(os.path.join(data, "dkim", "bench-10k.eml"), "rb").read()
zone = open(os.path.join(data, "zones", "dkim.test.zone")).read()


def record(owner):
    line = re.search(r"^%s\s+IN TXT\s+(.*)$" % re.escape(owner), zone, re.M).group(1)
    return "".join(re.findall(r'"([^"]*)"', line)).encode()


records = {b"rsa._domainkey.dkim.test.": record("rsa._domainkey"), b"ed._domainkey.dkim.test.": record("ed._domainkey")}
keys = {"rsa": open(os.path.join(data, "dkim", "interop-rsa2048.pem"), "rb").read(),
        "ed": open(os.path.join(data, "dkim", "interop-ed25519.seed.b64"), "rb").read().strip()}
algorithms = {"rsa": b"rsa-sha256", "ed": b"ed25519-sha256"}


def dnsfunc(name, timeout=5):
    return records.get(name)


for selector in ("rsa", "ed"):
    def sign():
        return dkim.sign(message, selector.encode(), b"dkim.test", keys[selector],
                         canonicalize=(b"relaxed", b"relaxed"), signature_algorithm=algorithms[selector])
    signed = sign() + message
    assert dkim.verify(signed, dnsfunc=dnsfunc), "dkimpy could not verify its own signature"
    for name, function in (("sign", sign), ("verify", lambda: dkim.verify(signed, dnsfunc=dnsfunc))):
        runs = 200
        seconds = min(timeit.repeat(function, number=runs, repeat=3)) / runs
        print("dkimpy %-6s %-7s %8.1f us" % (name, "rsa2048" if selector == "rsa" else "ed25519", seconds * 1e6))
