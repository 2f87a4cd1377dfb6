#!/usr/bin/env bash
# Every candidate answer the core considers, with its features, for the inspected question sets in
# both settings (all articles; corpus/ beside each group's own articles): what eval/fit_confidence.py
# fits the confidence model on.
#   eval/dump-features.sh OUT.jsonl [GROUP...]   (default: the seventeen inspected groups)
# Then: eval/fit_confidence.py OUT.jsonl src/main/resources/talkbot/confidence.tsv
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1; shift
groups=("$@")
[[ ${#groups[@]} -gt 0 ]] || groups=(tuning held-out held-out-2 held-out-3 held-out-8 tuning-2 tuning-3 tuning-4 tuning-5 tuning-6 tuning-7 tuning-8 tuning-9 tuning-10 tuning-11 tuning-12 tuning-13)
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/eval-classpath.txt
cp="target/test-classes:target/classes:$(cat target/eval-classpath.txt)"
work=target/features
rm -rf "$work" && mkdir -p "$work/all"
cp -r corpus/. "$work/all/" && cp eval/articles/* "$work/all/"
sets=()
for g in "${groups[@]}"; do sets+=(eval/sets/"$g"/*.jsonl); done
java -cp "$cp" talkbot.answer.FeatureDump "$work/all" "$work/all.jsonl" "${sets[@]}" 2>/dev/null
for g in "${groups[@]}"; do
    mkdir -p "$work/$g" && cp -r corpus/. "$work/$g/"
    for q in eval/sets/"$g"/*.jsonl; do
        n=$(basename "$q" .jsonl)
        if [[ -f eval/articles/$n.txt ]]; then cp eval/articles/"$n".* "$work/$g/"; fi
    done
    java -cp "$cp" talkbot.answer.FeatureDump "$work/$g" "$work/alone-$g.jsonl" eval/sets/"$g"/*.jsonl 2>/dev/null
done
cat "$work/all.jsonl" "$work"/alone-*.jsonl > "$out"
echo "$(wc -l < "$out") questions with their candidates in $out"
