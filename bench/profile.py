#!/usr/bin/env python3
"""Inclusive time per function from a `perf record --call-graph dwarf` run.

On this machine `perf report` leaves the release binary's frames as bare
addresses (it does not read the symbol table of the PIE binary), so this
script resolves them itself with `nm` and sums, for every function whose
name matches PATTERN, the share of samples that have it on their stack.

    perf record -F 499 --call-graph dwarf,16384 -o perf.data \\
        target/release/newsx timeline DIR --format json -o /tmp/o.json --quiet --threads 1
    bench/profile.py perf.data target/release/newsx            # newsx:: functions
    bench/profile.py perf.data target/release/newsx '^regex'   # another pattern
    bench/profile.py perf.data target/release/newsx --callees newsx::temporal::rules::candidates
    bench/profile.py perf.data target/release/newsx --self     # self time, and by first newsx frame

The file offset of a sample is mapped to a virtual address with the
executable LOAD segment of the binary (readelf).
"""
import bisect
import collections
import re
import subprocess
import sys


def symbols(binary):
    out = subprocess.run(["nm", "-C", "-n", binary], capture_output=True, text=True).stdout
    syms = []
    for line in out.splitlines():
        m = re.match(r"([0-9a-f]+) [tTwW] (.*)", line)
        if m:
            syms.append((int(m.group(1), 16), re.sub(r"::h[0-9a-f]{16}$", "", m.group(2))))
    return syms


def text_delta(binary):
    out = subprocess.run(["readelf", "-lW", binary], capture_output=True, text=True).stdout
    for line in out.splitlines():
        f = line.split()
        if f and f[0] == "LOAD" and "E" in f[6:-1]:
            return int(f[2], 16) - int(f[1], 16)
    return 0


def samples(data, binary):
    syms = symbols(binary)
    starts = [a for a, _ in syms]
    delta = text_delta(binary)
    script = subprocess.run(
        ["perf", "script", "-i", data, "-F", "ip,sym,dso"], capture_output=True, text=True
    ).stdout
    stacks, cur = [], []
    for line in script.splitlines():
        line = line.strip()
        if not line:
            if cur:
                stacks.append(cur)
                cur = []
            continue
        parts = line.split(None, 2)
        if len(parts) < 2:
            continue
        if binary.split("/")[-1] + ")" in parts[-1]:
            i = bisect.bisect_right(starts, int(parts[0], 16) + delta) - 1
            cur.append(syms[i][1] if i >= 0 else "?")
        else:
            cur.append(parts[1])
    if cur:
        stacks.append(cur)
    return stacks


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        print(__doc__)
        sys.exit(2)
    data, binary = args[0], args[1]
    stacks = samples(data, binary)
    n = max(len(stacks), 1)
    counts = collections.Counter()
    if len(args) > 2 and args[2] == "--self":
        # the leaf frame of each sample, and the first newsx frame from the leaf
        own = collections.Counter()
        for s in stacks:
            if s:
                counts["self " + s[0][:110]] += 1
            first = next((f for f in s if f.startswith("newsx::")), "?")
            own["newsx " + first[:110]] += 1
        print(f"{len(stacks)} samples")
        for name, c in counts.most_common(30) + own.most_common(30):
            print(f"{100 * c / n:6.1f}%  {name}")
        return
    if len(args) > 3 and args[2] == "--callees":
        for s in stacks:
            for i, f in enumerate(s):
                if f.startswith(args[3]):
                    counts[" <- ".join(x[:70] for x in s[max(0, i - 2) : i])] += 1
                    break
    else:
        pattern = re.compile(args[2] if len(args) > 2 else r"^<?newsx::")
        for s in stacks:
            for f in {f[:120] for f in s if pattern.search(f)}:
                counts[f] += 1
    print(f"{len(stacks)} samples")
    for name, c in counts.most_common(40):
        print(f"{100 * c / n:6.1f}%  {name}")


main()
