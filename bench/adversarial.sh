#!/usr/bin/env bash
# Adversarial inputs for `newsx timeline` (issue 19): each should cost time
# linear in its size. Prints the size, the time, MB/s and peak memory of each
# case at two sizes, and the ratio of times (twice the size: linear cost
# means about 2).
#
#   bench/adversarial.sh            # sizes 1x and 2x (about 5 and 10 MB)
#   SCALE=4 bench/adversarial.sh    # 4x and 8x
#
# Cases: one 10 MB line of sentences; about 1 M tiny lines; one run-on "sentence"
# with no full stop; repeated dates; repeated names; punctuation runs;
# sentences with `hier` and an event verb; acts dated by an event of the
# article (`lors de leur rencontre`); dates completing a noun before
# year-less dates (`sommet d'avril 2019, en juillet`); a folder tree 1 000
# levels deep. Every file is read with a publication day (`--published`),
# so that the rules that need one run. Inputs are generated in a temporary
# folder, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/time ]; then
  echo "bench/adversarial.sh needs GNU time (/usr/bin/time)" >&2
  exit 2
fi
cargo build --release --quiet --bin newsx
bin="$PWD/target/release/newsx"
scale="${SCALE:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

gen() { # CASE BYTES FILE
  python3 - "$1" "$2" "$3" <<'PY'
import sys
case, size, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
unit = {
  "one-line": "Kim Jong-un est arrivé mardi à Vladivostok pour rencontrer Vladimir Poutine. ",
  "tiny-lines": "Il est là.\n",
  "run-on": "Kim Jong-un est arrivé en Russie pour rencontrer Vladimir Poutine, ",
  "dates": "le 12 septembre 2023, le 13 septembre, hier, mardi dernier, en 2019, ",
  "names": "Kim Jong-un, Vladimir Poutine, Sergueï Choïgou, Pyongyang, Moscou. ",
  "punctuation": "!?.,;:«»()…—-- . . . ,,, ;;; !!! ??? ",
  "hier": "Hier, Kim Jong-un est arrivé à Moscou.\n",
  "anchors": "Kim Jong-un a rencontré Vladimir Poutine mardi. Il l'a invité lors de leur rencontre. ",
  "noun-dates": "après leur sommet d'avril 2019, en juillet, ",
}[case]
with open(path, "w") as f:
  f.write("La Corée du Nord et la Russie. " + unit * (size // len(unit.encode())))
PY
}

deep() { # LEVELS DIR
  python3 - "$1" "$2" <<'PY'
import os, sys
levels, root = int(sys.argv[1]), sys.argv[2]
os.makedirs(root)
fd = os.open(root, os.O_RDONLY)
for _ in range(levels):
  os.mkdir("d", dir_fd=fd)
  fd2 = os.open("d", os.O_RDONLY, dir_fd=fd); os.close(fd); fd = fd2
f = os.open("a.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
os.write(f, "Hier, Kim Jong-un est arrivé à Moscou.\n".encode()); os.close(f)
PY
}

measure() { # NAME INPUT BYTES -> prints a line, echoes seconds in $secs
  local name="$1" input="$2" bytes="$3"
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin" timeline "$input" --format json \
    -o "$work/out.json" --max-file-size 100000000 --lang-check off --published 2024-01-15 2>/dev/null || true
  # GNU time puts "Command exited with non-zero status N" first on failure
  read -r secs kb < <(tail -n 1 "$work/time")
  python3 -c "import sys; b,s,k=int(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]); \
print(f'{sys.argv[4]:<28} {b/1e6:8.1f} MB {s:8.2f} s {b/1e6/max(s,0.01):8.2f} MB/s {k/1024:7.0f} MB peak')" \
    "$bytes" "$secs" "$kb" "$name"
}

printf '%-28s %11s %10s %13s %12s\n' case size time speed memory
for case in one-line tiny-lines run-on dates names punctuation hier anchors noun-dates; do
  t=()
  for mult in 1 2; do
    size=$((5000000 * scale * mult))
    [ "$case" = run-on ] && size=$((size / 10))
    gen "$case" "$size" "$work/$case.txt"
    line="$(measure "$case x$mult" "$work/$case.txt" "$(stat -c %s "$work/$case.txt")")"
    echo "$line"
    t+=("$(awk '{print $5}' <<<"$line")")
  done
  python3 -c "import sys; a,b=map(float,sys.argv[1:]); print(f'  time ratio x2/x1: {b/max(a,0.01):.2f}')" "${t[@]}"
done
for levels in 500 1000; do
  rm -rf "$work/deep"
  deep "$levels" "$work/deep"
  /usr/bin/time -f "%e" -o "$work/time" "$bin" timeline "$work/deep" --format json -o "$work/out.json" 2>/dev/null || true
  echo "deep folders, $levels levels: $(tail -n 1 "$work/time") s"
done
