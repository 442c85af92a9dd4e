#!/usr/bin/env bash
# Fuzzes Detector with afl-fuzz (AFL++) and SharpFuzz; see README.md next to this script.
#
#   tests/Detector.Fuzz/fuzz.sh TARGET [SECONDS]     TARGET: reader | normalizer | rules | session | all
#
# Publishes the harness to artifacts/fuzz/bin, instruments Detector.dll there with `sharpfuzz`, and runs afl-fuzz on
# TARGET (with `all`, on each target in turn) for SECONDS each (default 300), from the seeds in
# tests/Detector.Fuzz/seeds/TARGET, writing findings to artifacts/fuzz/TARGET/findings (kept between runs: a second run
# resumes). Exits 1 if any crash or hang was found.
# Environment: FUZZ_TIMEOUT_MS (per-input time limit, default 5000: the first input also loads the rule packs and
# models, on a machine that may be busy).
set -euo pipefail
cd "$(dirname "$0")/../.."

all_targets="reader normalizer rules session"
target="${1:-}"
seconds="${2:-300}"
if [[ ! " $all_targets all " == *" $target "* ]] || [[ ! "$seconds" =~ ^[0-9]+$ ]]; then
  echo "usage: $0 {${all_targets// /|}|all} [SECONDS]" >&2
  exit 2
fi

targets="$target"
[[ "$target" == all ]] && targets="$all_targets"

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "afl-fuzz not found: install AFL++ (Debian/Ubuntu: apt-get install -y afl++)" >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# SharpFuzz's instrumenter, pinned in .config/dotnet-tools.json.
dotnet tool restore >/dev/null

bin="artifacts/fuzz/bin"
# A fresh publish each time: sharpfuzz refuses a Detector.dll it has already instrumented.
rm -rf "$bin"
dotnet publish tests/Detector.Fuzz -c Release -o "$bin" --nologo -v quiet
dotnet tool run sharpfuzz "$bin/Detector.dll"

# The harness is a .NET program, not an AFL-compiled binary (AFL_SKIP_BIN_CHECK); don't pin it to a core on a
# shared machine (AFL_NO_AFFINITY); no CPU governor or core-pattern tuning needed for a short run.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_AUTORESUME=1

found=0
for t in $targets; do
  work="artifacts/fuzz/$t"
  mkdir -p "$work"
  afl=(afl-fuzz -i "tests/Detector.Fuzz/seeds/$t" -o "$work/findings" -t "${FUZZ_TIMEOUT_MS:-5000}" -m none -V "$seconds"
    -- dotnet "$bin/Detector.Fuzz.dll" "$t")
  if [[ -t 1 ]]; then
    "${afl[@]}"
  else
    # No terminal (CI, a log): no status screen; AFL's line-per-input log goes to a file.
    echo "afl-fuzz: $t for $seconds s; log: $work/afl.log"
    AFL_NO_UI=1 "${afl[@]}" > "$work/afl.log" 2>&1 || { tail -30 "$work/afl.log" >&2; exit 1; }
  fi

  n=$( (find "$work/findings/default/crashes" "$work/findings/default/hangs" -type f -name 'id:*' 2>/dev/null || true) | wc -l)
  echo "afl-fuzz: $t finished: $n crash/hang input(s) in $work/findings/default/{crashes,hangs}"
  grep -E '^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg)' "$work/findings/default/fuzzer_stats" || true
  if [[ "$n" -gt 0 ]]; then
    echo "reproduce one with: dotnet $bin/Detector.Fuzz.dll $t FILE" >&2
  fi
  found=$((found + n))
done

[[ "$found" -eq 0 ]]
