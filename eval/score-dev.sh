#!/usr/bin/env bash
# Scores the development question set as README.md's Figures do: every question through
# `ask --json`, then eval/score.py. Build the jar first: mvn -B -q -DskipTests package
# Prints the misses, then 'score: right/total answered=a/A refused=r/R'. Needs java and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
questions=src/test/resources/eval/questions.jsonl
answers=target/answers.jsonl
if [[ ! -f target/talkbot.jar ]]; then
    echo "target/talkbot.jar is missing: build it first with  mvn -B -q -DskipTests package" >&2
    exit 1
fi
python3 -c 'import json, sys
for line in sys.stdin:
    if line.strip():
        print(json.loads(line)["q"])' < "$questions" | java -jar target/talkbot.jar ask --json > "$answers"
python3 eval/score.py "$questions" "$answers"
