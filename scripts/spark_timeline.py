#!/usr/bin/env python3
"""newsx on Apache Spark: the timeline of a JSON Lines corpus, map and reduce.

    spark-submit scripts/spark_timeline.py --corpus articles.jsonl --newsx target/release/newsx --out out/
    python scripts/spark_timeline.py --master 'local[2]' --corpus articles.jsonl --newsx ... --out out/

Map: every partition of the corpus (one article a line) is piped through
`newsx extract -` (RDD.pipe); the extract lines are written to OUT/extract/.
Reduce: every partition of extract lines is piped through
`newsx merge --partial -` (a partial merge: document records, entity
summaries, event mentions) into OUT/partial/; the driver then runs
`newsx merge` once on the partials and writes OUT/timeline.json (and
OUT/timeline.txt). Consolidation runs once, at the root: clustering is
global; its input is only the event mentions. See docs/scale-out.md.

The newsx binary is shipped with SparkContext.addFile (like --files): in
local mode the piped command uses SparkFiles.get("newsx"); on a cluster the
file sits in each executor's working directory, so the command is
./newsx (override with --executor-binary).
"""

import argparse
import glob
import os
import subprocess
import sys
import time


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", required=True, help="JSON Lines corpus (one article a line); any Hadoop path")
    p.add_argument("--newsx", required=True, help="the newsx binary to ship to executors")
    p.add_argument("--out", required=True, help="output directory (must not exist)")
    p.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: from spark-submit)")
    p.add_argument("--partitions", type=int, default=4, help="minimum number of corpus partitions")
    p.add_argument("--executor-binary", default=None,
                   help="path of newsx on executors (default: SparkFiles.get in local mode, ./newsx otherwise)")
    p.add_argument("--flat", action="store_true",
                   help="skip the partial merges: merge all extract lines on the driver")
    return p.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    from pyspark import SparkFiles
    from pyspark.sql import SparkSession

    timings = {}
    t0 = time.monotonic()
    builder = SparkSession.builder.appName("newsx-timeline")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("WARN")
    timings["spark start"] = time.monotonic() - t0

    newsx = os.path.abspath(args.newsx)
    sc.addFile(newsx)
    name = os.path.basename(newsx)
    if args.executor_binary:
        exe = args.executor_binary
    elif sc.master.startswith("local"):
        exe = SparkFiles.get(name)
    else:
        exe = "./" + name
    # one thread per newsx process: Spark already runs one task per core
    env = {"RAYON_NUM_THREADS": "1"}

    t = time.monotonic()
    articles = sc.textFile(args.corpus, minPartitions=args.partitions)
    extracted = articles.pipe(f"{exe} extract -", env=env, checkCode=True)
    extracted.cache()
    extracted.saveAsTextFile(os.path.join(args.out, "extract"))
    timings["map: extract"] = time.monotonic() - t

    merge_inputs = sorted(glob.glob(os.path.join(args.out, "extract", "part-*")))
    if not args.flat:
        t = time.monotonic()
        partials = extracted.pipe(f"{exe} merge --partial -", env=env, checkCode=True)
        partials.saveAsTextFile(os.path.join(args.out, "partial"))
        timings["reduce: partial merges"] = time.monotonic() - t
        merge_inputs = sorted(glob.glob(os.path.join(args.out, "partial", "part-*")))
    lines = extracted.count()
    partitions = extracted.getNumPartitions()
    spark.stop()

    t = time.monotonic()
    for fmt, file in [("json", "timeline.json"), ("text", "timeline.txt")]:
        subprocess.run(
            [newsx, "merge", *merge_inputs, "--format", fmt, "--color", "never",
             "--output", os.path.join(args.out, file)],
            check=True,
        )
    timings["final merge (driver)"] = time.monotonic() - t
    timings["total"] = time.monotonic() - t0

    print(f"spark_timeline: {partitions} partitions, {lines} extract lines, "
          f"{'flat' if args.flat else 'partial'} merge -> {os.path.join(args.out, 'timeline.json')}")
    for k, v in timings.items():
        print(f"  {k:<24} {v:7.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
