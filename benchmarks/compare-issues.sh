#!/usr/bin/env bash
# Byte-for-byte check that a change left every result of dsds validate as it was (issue 13): runs two builds
# of dsds.jar on the same inputs and compares the --issues files and the summaries (elapsedMillis removed).
# Usage: benchmarks/compare-issues.sh BEFORE.jar AFTER.jar [FILE.jsonl|FILE.csv ...]
#   Without files: the bundled sample. Every input is validated with --profile qinghai and with --profile
#   national, --as-of 2025-12-31 --fail-on never --lang en, JSON summary. Both jars run in-process (DSDS_RELAUNCH=off).
#   Exits 0 when everything is identical, 1 otherwise (the differing files are named).
set -euo pipefail
BEFORE=$1 AFTER=$2; shift 2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export DSDS_RELAUNCH=off
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(--sample)
status=0
for input in "${inputs[@]}"; do
  for profile in qinghai national; do
    name=$(basename -- "$input" | tr -c 'A-Za-z0-9._\n-' _)-$profile
    for side in before after; do
      jar=$BEFORE; [ "$side" = after ] && jar=$AFTER
      java -jar "$jar" validate "$input" --profile "$profile" --as-of 2025-12-31 --fail-on never --lang en \
        --format json --issues "$WORK/$side-$name.issues" | sed 's/"elapsedMillis":[0-9]*//' > "$WORK/$side-$name.summary"
    done
    for kind in issues summary; do
      if cmp -s "$WORK/before-$name.$kind" "$WORK/after-$name.$kind"; then
        echo "identical: $input ($profile) $kind, $(wc -l < "$WORK/after-$name.$kind") lines"
      else
        echo "DIFFERENT: $input ($profile) $kind"; status=1
      fi
    done
  done
done
exit $status
