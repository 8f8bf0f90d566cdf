#!/usr/bin/env bash
# Reproducible-build check: builds the current sources twice, in two directories at different paths,
# and requires every published file (jars, sources and Javadoc jars, dsds.jar, the CycloneDX SBOMs) to be
# byte-identical. The tests are not compiled (the main build runs them). Prints the differing files and,
# for jars, the entries whose size or time differ. Exit 1 on any difference.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for copy in first second-copy; do
  mkdir -p "$work/$copy"
  git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$work/$copy"
  (cd "$work/$copy" && mvn -B -q -Dmaven.test.skip=true package)
done

compared=0
different=0
while IFS= read -r -d '' file; do
  relative=${file#"$work/first/"}
  other="$work/second-copy/$relative"
  compared=$((compared + 1))
  if ! cmp -s "$file" "$other"; then
    different=$((different + 1))
    echo "NOT REPRODUCIBLE: $relative"
    if [[ $relative == *.jar ]]; then
      diff <(jar tvf "$file") <(jar tvf "$other") | head -20 || true
    fi
  fi
done < <(find "$work/first" -maxdepth 3 -path '*/target/*' \( -name '*.jar' -o -name 'bom.json' -o -name 'bom.xml' \) -print0 | sort -z)

if ((compared == 0)); then
  echo "reproducible: no artifacts were built" >&2
  exit 1
fi
if ((different > 0)); then
  echo "reproducible: $different of $compared files differ between two builds" >&2
  exit 1
fi
echo "reproducible: $compared files byte-identical across two builds"
