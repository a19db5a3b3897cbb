#!/usr/bin/env bash
# `rusctl ny` in a real terminal: tmux runs it, keys are typed as a prosecutor would type them
# (a wrong date, a typo, "tilbake", a decimal comma), and the screen is read back. Needs tmux
# (Debian's package; .ci/run installs it). Usage: Tests/terminal/ny-in-tmux.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
rusctl="$(pwd)/.build/debug/rusctl"
[ -x "$rusctl" ] || swift build
command -v tmux >/dev/null || { echo "ny-in-tmux: tmux is not installed (apt-get install tmux)"; exit 1; }
work="$(mktemp -d)"
session="rusctl-ny-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

tmux new-session -d -s "$session" -x 160 -y 50 -c "$work" "$rusctl ny --today 2026-11-30; echo EXIT=\$?; sleep 30"
screen() { tmux capture-pane -p -t "$session" -S -200; }
wait_for() {  # text on the screen within 10 s
  for _ in $(seq 1 100); do screen | grep -qF -- "$1" && return 0; sleep 0.1; done
  echo "ny-in-tmux: never saw «$1» on the screen:"; screen; exit 1
}
type_line() { wait_for "$1"; tmux send-keys -t "$session" -l -- "$2"; tmux send-keys -t "$session" Enter; }

type_line "1. Saksnummer" "sak-2026-17"
type_line "2. Gjerningsdato" "31.02.2026"                 # no such date: asked again
wait_for "«31.02.2026» er ikke en dato som finnes: februar 2026 har 28 dager."
tmux send-keys -t "$session" -l -- "14.03.2026"; tmux send-keys -t "$session" Enter
# The arrow keys edit the line: "2026-05-2", ← and a 0 before the 2.
wait_for "3. Avgjørelsesdato"
tmux send-keys -t "$session" -l -- "2026-05-2"; tmux send-keys -t "$session" Left; tmux send-keys -t "$session" -l -- "0"
tmux send-keys -t "$session" Enter
type_line "4. Alder" "16"
type_line "5. Rusavhengig" "tilbake"                      # back to the age
wait_for "4. Alder på gjerningstidspunktet, eller fødselsdato (et helt tall i år, for eksempel 23, eller en dato)
> tilbake"
tmux send-keys -t "$session" -l -- "15 år"; tmux send-keys -t "$session" Enter
type_line "5. Rusavhengig" "nei"
type_line "6. Tidligere" "0"
type_line "7. Samtykker personen" "ja"
type_line "8. Samtykker vergen" "ja"
type_line "9. Handlinger" "bruk og besitelse"             # a typo: the nearest word is suggested
wait_for "Mente du «besittelse»?"
tmux send-keys -t "$session" -l -- "bruk og besittelse"; tmux send-keys -t "$session" Enter
type_line "10. Til eget bruk" ""
type_line "11. Stoff nr. 1" "Hasj"
type_line "12. Mengde hasj" "3,5 dl"                       # a unit that does not fit: asked again
wait_for "«dl» passer ikke for"
tmux send-keys -t "$session" Up BSpace BSpace; tmux send-keys -t "$session" -l -- "g"   # ↑ brings it back to correct
tmux send-keys -t "$session" Enter
type_line "13. Flere stoffer" "nei"
type_line "14. Andre lovbrudd" "nei"
type_line "Lagre saken som JSON?" "sak.json"
wait_for "EXIT=0"
screen | grep -qF "Anbefalt: påtaleunnlatelse" || { echo "ny-in-tmux: no recommendation on the screen:"; screen; exit 1; }
if screen | grep -q $'\x1b'; then echo "ny-in-tmux: terminal control codes on the screen"; exit 1; fi
expected='{"id":"sak-2026-17","offenceDate":"2026-03-14","decisionDate":"2026-05-02","person":{"ageAtOffence":15,"dependent":false,"priorDrugReactions":0,"consent":true,"guardianConsent":true},"acts":["use","possession"],"ownUse":true,"substances":[{"substance":"cannabis","amount":3.5,"unit":"g"}],"otherOffences":false}'
actual="$(python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1])), separators=(",", ":")))' "$work/sak.json")"
[ "$actual" = "$expected" ] || { echo "ny-in-tmux: saved case differs:"; echo "$actual"; exit 1; }
"$rusctl" evaluate "$work/sak.json" --today 2026-11-30 | grep -qF "Anbefalt: påtaleunnlatelse" \
  || { echo "ny-in-tmux: the saved case is not decided the same"; exit 1; }
echo "ny-in-tmux: typed in a real terminal, decided, saved and decided again: ok"
