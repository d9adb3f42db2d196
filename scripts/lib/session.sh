# shellcheck shell=bash
# Headless desktop session for tests. Source this file, then:
#   lejek_in_test_session DIR cmd args...
# runs cmd under a fresh Xvfb (xvfb-run -a) and a private D-Bus session bus
# with gnome-keyring-daemon (secrets component) unlocked, and returns cmd's
# exit status. DIR (an existing, empty, private directory) becomes
# XDG_RUNTIME_DIR/XDG_DATA_HOME/XDG_CONFIG_HOME/XDG_CACHE_HOME/TMPDIR, so the
# test keyring, settings and temp files never touch the user's real ones and
# nothing is left in /tmp even if xvfb-run is killed. The caller deletes DIR.

# shellcheck disable=SC2016  # the inner script is single-quoted on purpose
lejek_in_test_session() {
  local dir=$1
  shift
  mkdir -p "$dir/runtime" "$dir/data" "$dir/config" "$dir/cache" "$dir/tmp"
  chmod 700 "$dir" "$dir/runtime"
  XDG_RUNTIME_DIR="$dir/runtime" XDG_DATA_HOME="$dir/data" \
  XDG_CONFIG_HOME="$dir/config" XDG_CACHE_HOME="$dir/cache" TMPDIR="$dir/tmp" \
  LEJEK_KEYRING_PASSWORD="${LEJEK_KEYRING_PASSWORD:-lejek-test}" \
    xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
    dbus-run-session -- bash -c '
      set -euo pipefail
      # Unlocks (creating it on first use) the "login" keyring in $XDG_DATA_HOME/keyrings
      # and starts the daemon on this bus; it exits when the bus goes away.
      env_out=$(printf %s "$LEJEK_KEYRING_PASSWORD" \
                | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null) || {
        echo "error: gnome-keyring-daemon --unlock failed" >&2; exit 1; }
      while IFS= read -r line; do
        [[ $line == GNOME_KEYRING_CONTROL=* ]] && export "$line"
      done <<<"$env_out"
      unset LEJEK_KEYRING_PASSWORD
      # The daemon claims org.freedesktop.secrets asynchronously: wait for it.
      for _ in $(seq 50); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
             org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
             | grep -q "boolean true"; then
          ready=1
          break
        fi
        sleep 0.2
      done
      if [[ -z ${ready:-} ]]; then
        echo "error: gnome-keyring-daemon did not provide org.freedesktop.secrets on the session bus within 10 s" >&2
        exit 1
      fi
      echo "==> session: DISPLAY=$DISPLAY, D-Bus + gnome-keyring unlocked"
      exec "$@"
    ' lejek-session "$@"
}
