#!/usr/bin/env bash
# End-to-end benchmark of `newsx timeline` on generated corpora.
#
#   bench/e2e.sh                 # story-dense 20 MB and 200 MB, archive mix 200 MB
#   bench/e2e.sh --size 1GB      # also story-dense 1 GB (peak memory figure)
#   MIX="200MB 1GB" bench/e2e.sh # sizes of the archive mix (default 200MB; "" for none)
#   STORY_SHARE=0.05             # share of story articles in the mix (default 0.05)
#   THREADS=1 bench/e2e.sh       # pass --threads to newsx
#   COPIES=200 bench/e2e.sh      # copies of each seed article (default 200: 1 000 copies; 0: none)
#
# Corpora are generated once by examples/gen_corpus.rs (seed 42) and cached:
# story-dense in /tmp/newsx-gen-SIZE (`--story-share 1 --copy-share 0`:
# every article recombines the story's sentences), the archive mix in
# /tmp/newsx-mix-SHARE-SIZE (`--story-share SHARE`, the rest ordinary news,
# 10 % perturbed copies). Prints MB/s, articles/s, peak RSS and the ratio of
# times (200 MB / 20 MB: linear cost means about 10). Then the copies line:
# the seed articles (corpus/) and COPIES exact copies of each (every other
# one published a day later), which should give the seeds' events (issue 18).
set -euo pipefail
cd "$(dirname "$0")/.."

extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --size) extra+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

if [ ! -x /usr/bin/time ]; then
  echo "bench/e2e.sh needs GNU time (/usr/bin/time): apt-get install -y time" >&2
  exit 2
fi

cargo build --release --quiet --bin newsx --example gen_corpus
bin=target/release/newsx
gen=target/release/examples/gen_corpus
threads=()
[ -n "${THREADS:-}" ] && threads=(--threads "$THREADS")

echo "newsx e2e benchmark — commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (dirty)')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GB RAM"
echo

declare -A secs
share=${STORY_SHARE:-0.05}
runs=()
for size in 20MB 200MB "${extra[@]}"; do runs+=("dense $size"); done
for size in ${MIX-200MB}; do runs+=("mix $size"); done
printf '%-13s %10s %9s %9s %10s %12s %11s %10s\n' corpus bytes articles seconds "MB/s" "articles/s" "peak RSS" "out MB"
for run in "${runs[@]}"; do
  read -r kind size <<<"$run"
  if [ "$kind" = dense ]; then
    dir="/tmp/newsx-gen-$size"
    mix=(--story-share 1 --copy-share 0)
  else
    dir="/tmp/newsx-mix-$share-$size"
    mix=(--story-share "$share")
  fi
  if [ ! -f "$dir/.done" ]; then
    rm -rf "$dir"
    "$gen" --size "$size" --out "$dir" --seed 42 "${mix[@]}" >/dev/null 2>&1
    touch "$dir/.done"
  fi
  bytes=$(find "$dir" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
  articles=$(find "$dir" -name '*.txt' | wc -l)
  out="/tmp/newsx-e2e-$kind-$size.json"
  log="/tmp/newsx-e2e-$kind-$size.time"
  /usr/bin/time -v "$bin" timeline "$dir" --format json --output "$out" --quiet "${threads[@]}" 2>"$log"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  s=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  [ "$kind" = dense ] && secs[$size]=$s
  printf '%-13s %10d %9d %9.2f %10.1f %12.0f %8d MB %10.1f\n' "$kind $size" "$bytes" "$articles" "$s" \
    "$(echo "$bytes $s" | awk '{print $1/1e6/$2}')" "$(echo "$articles $s" | awk '{print $1/$2}')" \
    "$((rss / 1024))" "$(stat -c %s "$out" | awk '{print $1/1e6}')"
done
echo
echo "time(200MB) / time(20MB) = $(echo "${secs[200MB]} ${secs[20MB]}" | awk '{printf "%.2f", $1/$2}') (linear: ~10; target: <= 11)"

copies=${COPIES:-200}
if [ "$copies" -gt 0 ]; then
  dir="/tmp/newsx-copies-$copies"
  if [ ! -f "$dir/.done" ]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    python3 - "$dir" "$copies" <<'PY'
import csv, datetime, shutil, sys
out, n = sys.argv[1], int(sys.argv[2])
rows = list(csv.reader(open("corpus/metadata.csv")))
meta = [rows[0]]
for row in rows[1:]:
    name, published = row[0], row[1]
    shutil.copy("corpus/" + name, f"{out}/{name}")
    meta.append(row)
    for k in range(n):
        copy = f"copy-{name[:-4]}-{k}.txt"
        shutil.copy("corpus/" + name, f"{out}/{copy}")
        day = published
        if k % 2 == 1 and len(published) == 10:
            day = str(datetime.date.fromisoformat(published) + datetime.timedelta(days=1))
        meta.append([copy, day, "", "", ""])
csv.writer(open(f"{out}/metadata.csv", "w"), lineterminator="\n").writerows(meta)
PY
    touch "$dir/.done"
  fi
  "$bin" timeline corpus --format json --output /tmp/newsx-e2e-seeds.json --quiet "${threads[@]}"
  log="/tmp/newsx-e2e-copies.time"
  /usr/bin/time -v "$bin" timeline "$dir" --format json --output /tmp/newsx-e2e-copies.json --quiet "${threads[@]}" 2>"$log"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  python3 - "$copies" "$wall" "$((rss / 1024))" <<'PY'
import json, sys
seeds = json.load(open("/tmp/newsx-e2e-seeds.json"))
got = json.load(open("/tmp/newsx-e2e-copies.json"))
docs = got["documents"]
marked = sum(1 for d in docs if d.get("duplicate_of"))
sources = sum(len(e["sources"]) for e in got["events"])
print(f"copies: {len(seeds['documents'])} seeds + {sys.argv[1]} copies of each: {len(docs)} documents, "
      f"{marked} marked duplicate_of, {got.get('copies', 0)} counted as copies, {len(got['events'])} events ({len(seeds['events'])} for the seeds alone), "
      f"{sources} sources; {sys.argv[2]} wall, {sys.argv[3]} MB peak RSS")
PY
fi
