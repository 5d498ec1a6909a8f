#!/usr/bin/env bash
# End-to-end test of .pre-commit-hooks.yaml with the real pre-commit from PyPI.
#
# A scratch git repository gets a .pre-commit-config.yaml that points at THIS repository at its
# HEAD commit (pre-commit clones local paths, so only committed work is tested). Then:
#   1. committing a law-and-order draft that does not even parse is blocked;
#   2. committing an open draft passes;
#   3. committing a broken draft below a folder the configuration excludes passes (the hook runs
#      with --force-exclude, although pre-commit names the file).
# pre-commit builds the hook with `cargo install`; it uses the caller's CARGO_HOME (so the registry
# cache is shared) and a persistent target directory under target/ (so later runs only rebuild
# guidelint itself). Exits non-zero on any failure; the last line says PASS or FAIL.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
fixtures="$root/tests/fixtures/formats"
rev=$(git -C "$root" rev-parse HEAD)

fail() {
  echo "pre-commit e2e: FAIL: $*" >&2
  exit 1
}

for tool in git python3 cargo; do
  command -v "$tool" >/dev/null || fail "$tool is required"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/guidelint-pre-commit.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "-- installing pre-commit from PyPI into a scratch venv"
python3 -m venv "$work/venv" || fail "python3 -m venv failed (Debian: apt-get install python3-venv)"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check pre-commit \
  || fail "pip install pre-commit failed"
pre_commit="$work/venv/bin/pre-commit"
"$pre_commit" --version

# Share the registry cache; keep pre-commit's own cache (the clone and the built hook) scratch.
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export CARGO_TARGET_DIR="${GUIDELINT_PRE_COMMIT_TARGET_DIR:-$root/target/pre-commit-e2e}"
export PRE_COMMIT_HOME="$work/pre-commit-home"

repo="$work/repo"
git init --quiet "$repo"
cd "$repo"
git config user.name "pre-commit e2e"
git config user.email "e2e@guidelint.invalid"
git config commit.gpgsign false
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $root
    rev: $rev
    hooks:
      - id: guidelint
YAML
cat .pre-commit-config.yaml
"$pre_commit" install

echo "-- building the hook at $rev (cargo install; the first run takes a few minutes)"
"$pre_commit" install-hooks || fail "pre-commit could not install the guidelint hook"

echo "-- 1. a law-and-order draft with a syntax error must be blocked"
cp "$fixtures/syntax error draft.guideline" "draft.guideline"
grep -q 'block facebook for everyone' draft.guideline || fail "the draft lost its blanket block"
git add .pre-commit-config.yaml draft.guideline
set +e
git commit --quiet -m "law-and-order draft" >"$work/blocked.log" 2>&1
status=$?
set -e
cat "$work/blocked.log"
[ "$status" -ne 0 ] || fail "the commit of a law-and-order draft went through"
git rev-parse --verify --quiet HEAD >/dev/null && fail "a commit was created although the hook failed"
grep -q 'guidelint' "$work/blocked.log" || fail "the guidelint hook did not run"
grep -q 'syntax-error' "$work/blocked.log" || fail "the hook output does not name syntax-error"
grep -q 'draft.guideline' "$work/blocked.log" || fail "the hook output does not name the file"

echo "-- 2. an open draft must pass"
git rm --cached --quiet draft.guideline
rm draft.guideline
cp "$fixtures/open.guideline" "open draft.guideline"
git add "open draft.guideline"
git commit --quiet -m "open draft" >"$work/open.log" 2>&1 || {
  cat "$work/open.log"
  fail "the commit of an open draft was blocked"
}
cat "$work/open.log"
git rev-parse --verify --quiet HEAD >/dev/null || fail "no commit was created for the open draft"
grep -q 'guidelint.*Passed' "$work/open.log" || fail "the guidelint hook did not report Passed"

echo "-- 3. a broken draft below an excluded folder must pass"
printf 'exclude: ["archive/**"]\n' > .guidelint.yaml
mkdir -p archive
cp "$fixtures/syntax error draft.guideline" "archive/old draft.guideline"
git add .guidelint.yaml "archive/old draft.guideline"
git commit --quiet -m "archived draft" >"$work/excluded.log" 2>&1 || {
  cat "$work/excluded.log"
  fail "the commit of a draft the configuration excludes was blocked"
}
cat "$work/excluded.log"
[ "$(git rev-list --count HEAD)" -eq 2 ] || fail "no commit was created for the archived draft"
grep -q 'guidelint.*Passed' "$work/excluded.log" || fail "the guidelint hook did not report Passed"

echo "pre-commit e2e: PASS (law-and-order draft blocked, open and excluded drafts committed; hook from $rev)"
