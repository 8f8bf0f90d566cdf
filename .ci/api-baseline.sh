#!/usr/bin/env bash
# Builds the jars of the previous release (0.1.0 = commit 4b3897e; it was never deployed and has no tag)
# from this clone's history and puts each module's jar in <module>/.api-baseline/, which activates the
# api-report profile of pom.xml: `mvn verify` then writes target/japicmp/api-report.{html,md,diff} for the
# module. Idempotent and cheap when the jars are already there. Never fails the build for a clone without
# that history (a shallow clone): it says so and the report is not made.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
version=0.1.0
commit=4b3897e42f32d2d34ef161eb8ecd096ac97b895b
modules=(sdk-core sdk-validation sdk-testkit sdk-examples)

missing=()
for m in "${modules[@]}"; do
  [[ -d "$m" && ! -f "$m/.api-baseline/$m-$version.jar" ]] && missing+=("$m")
done
if ((${#missing[@]} == 0)); then
  echo "api-baseline: $version jars present"
  exit 0
fi
if ! git cat-file -e "$commit^{commit}" 2>/dev/null; then
  echo "api-baseline: release $version (commit ${commit:0:7}) is not in this clone's history; no API report"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git archive "$commit" | tar -x -C "$work"
# 0.1.0 predates annotationProcessorPaths: on JDK 23+ javac runs class-path processors only with -proc:full.
(cd "$work" && mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -Dmaven.compiler.proc=full -pl "$(IFS=,; echo "${missing[*]}")" -am package)
for m in "${missing[@]}"; do
  mkdir -p "$root/$m/.api-baseline"
  cp "$work/$m/target/$m-$version.jar" "$root/$m/.api-baseline/"
done
echo "api-baseline: built $version jars of ${missing[*]}"
