#!/usr/bin/env bash
# Runs inside a fresh root of scripts/fresh-root-check.sh, from the clone: the README's
# scripts/run-demo.sh on an Xvfb display (the user's desktop) until the app's window shows;
# then a screenshot of the screen (OUT.xwd) and the app is closed.
#   run-demo-shot.sh OUT
set -euo pipefail
out=$1
Xvfb :7 -screen 0 1600x1000x24 -nolisten tcp > /dev/null 2>&1 &
xserver=$!
export DISPLAY=:7
scripts/run-demo.sh > "$out.log" 2>&1 &
app=$!  # run-demo.sh ends by exec'ing the app: the same process
trap 'kill $app $xserver 2> /dev/null || true' EXIT
# MainWindow's title is "Taxa Workbench", then "<dataset> - Taxa Workbench" once it opens one.
until xwininfo -root -tree 2> /dev/null | grep -q 'Taxa Workbench"'; do
  if ! kill -0 $app 2> /dev/null; then
    tail -n 30 "$out.log"
    echo "run-demo-shot: scripts/run-demo.sh ended before the app's window showed" >&2
    exit 1
  fi
  sleep 1
done
echo "run-demo-shot: the app's window showed after $SECONDS s"
sleep 8  # the demo's thumbnails and charts fill in
xwd -root -silent > "$out.xwd"
