#!/usr/bin/env bash
# Answer quality on the frozen question sets, as README.md's figures are measured:
#   eval/measure.sh [--alone] [tuning|held-out|held-out-2]...     (default: every group)
# Every question goes through `ask --json` over one corpus — corpus/ plus the 102 articles in
# eval/articles/ — and is scored by eval/score.py. With --alone, each group is asked over corpus/
# and that group's own articles only, as the issue's acceptance asks its questions about two unseen
# articles loaded beside the London one. Checks the sets against eval/sets/FROZEN.sha256 first.
# JAR=path/to/talkbot.jar measures another build (default target/talkbot.jar; build it with
# mvn -B -q -DskipTests package). Answers and misses go to target/eval/ (target/eval-alone/ with
# --alone). Needs java and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
alone=false
groups=()
for arg in "$@"; do
    if [[ "$arg" == --alone ]]; then
        alone=true
    else
        groups+=("$arg")
    fi
done
jar=${JAR:-target/talkbot.jar}
if [[ ! -f "$jar" ]]; then
    echo "$jar is missing: build it first with  mvn -B -q -DskipTests package" >&2
    exit 1
fi
(cd eval/sets && sha256sum --check --quiet FROZEN.sha256) || { echo "a question set changed since it was frozen" >&2; exit 1; }
out=target/eval
$alone && out=target/eval-alone
corpus=$out/corpus
# the corpus of one group: corpus/ and the articles its sets are about, or all of eval/articles/
make_corpus() {
    local questions name
    rm -rf "$corpus" && mkdir -p "$corpus"
    cp -r corpus/. "$corpus/"
    if $alone; then
        for questions in "eval/sets/$1"/*.jsonl; do
            name=$(basename "$questions" .jsonl)
            if [[ -f eval/articles/$name.txt ]]; then
                cp eval/articles/"$name".* "$corpus/"
            fi
        done
    else
        cp eval/articles/* "$corpus/"
    fi
}
$alone || make_corpus
[[ ${#groups[@]} -gt 0 ]] || groups=(tuning held-out held-out-2 held-out-3 held-out-4 held-out-5 held-out-6 held-out-7 held-out-8 held-out-9 tuning-2 held-out-10 tuning-3 held-out-11 tuning-4 held-out-12 tuning-5 held-out-13 tuning-6 tuning-7 held-out-14 tuning-8 tuning-9 tuning-10 held-out-15 tuning-11 tuning-12 tuning-13 held-out-16 held-out-17 tuning-14 held-out-18 tuning-15 held-out-19 tuning-16 tuning-17 held-out-20 tuning-18 held-out-21)
for group in "${groups[@]}"; do
    [[ -d eval/sets/$group ]] || { echo "no question sets called '$group' (tuning, held-out, held-out-2, held-out-3, held-out-4, held-out-5, held-out-6, held-out-7, held-out-8, held-out-9, tuning-2, held-out-10, tuning-3, held-out-11, tuning-4, held-out-12, tuning-5, held-out-13, tuning-6, tuning-7, held-out-14, tuning-8, tuning-9, tuning-10, held-out-15, tuning-11, tuning-12, tuning-13, held-out-16, held-out-17, tuning-14, held-out-18, tuning-15, held-out-19, tuning-16, tuning-17, held-out-20, tuning-18, held-out-21)" >&2; exit 2; }
    $alone && make_corpus "$group"
    right=0; total=0
    for questions in eval/sets/$group/*.jsonl; do
        name=$(basename "$questions" .jsonl)
        python3 -c 'import json, sys
for line in sys.stdin:
    if line.strip():
        print(json.loads(line)["q"])' < "$questions" \
            | java -jar "$jar" ask --json --corpus "$corpus" > "$out/$name.answers.jsonl" 2> "$out/$name.log"
        python3 eval/score.py "$questions" "$out/$name.answers.jsonl" > "$out/$name.score.txt"
        line=$(tail -1 "$out/$name.score.txt")
        printf '%-9s %-34s %s\n' "$group" "$name" "${line#score: }"
        score=${line#score: }; score=${score%% *}
        right=$((right + ${score%/*})); total=$((total + ${score#*/}))
    done
    printf '%-9s %-34s %s\n' "$group" "TOTAL" "$right/$total"
done
