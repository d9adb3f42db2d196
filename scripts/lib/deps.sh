# shellcheck shell=bash disable=SC2034  # the lists are used by the sourcing scripts
# Debian package helpers for Lejek's scripts. Source this file; it defines
# package lists and functions but runs nothing by itself.

# Build toolchain and libraries (needed by scripts/run and scripts/test).
LEJEK_BUILD_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev
  qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libcsv-dev libgl-dev libsqlite3-dev libpq-dev libphonenumber-dev
)

# Extra runtime packages for the GUI app: fonts, the xcb platform plugin
# (only a Recommends of libqt6gui6) and a Secret Service for the keychain.
LEJEK_RUN_PACKAGES=(
  fonts-dejavu-core qt6-qpa-plugins gnome-keyring dbus-x11
)

# Extra packages for the test suite: throwaway PostgreSQL, Xvfb, a D-Bus
# session with gnome-keyring, a notification daemon (dunst, for the task-due
# notifications), helper tools used by tests, locales.
LEJEK_TEST_PACKAGES=(
  postgresql postgresql-client
  xvfb xauth qt6-qpa-plugins fonts-dejavu-core
  dbus dbus-x11 gnome-keyring libsecret-tools
  imagemagick xdotool sqlite3 locales dunst
)

# Locales the tests rely on.
LEJEK_TEST_LOCALES=(pl_PL.UTF-8 en_US.UTF-8)

_LEJEK_APT_UPDATED=${_LEJEK_APT_UPDATED:-0}

# Run a command as root: directly, or via sudo (non-interactive without a tty).
_lejek_as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    if [[ -t 0 ]]; then sudo "$@"; else sudo -n "$@"; fi
  else
    echo "error: need root to run '$*' but not root and sudo is not installed;" >&2
    echo "       run this script as root or install sudo." >&2
    return 1
  fi
}

# lejek_ensure_packages pkg... — install the packages that are not installed yet.
lejek_ensure_packages() {
  local -A want=() have=()
  local -a order=() missing=()
  local p line
  for p in "$@"; do
    [[ -n ${want[$p]:-} ]] && continue
    want[$p]=1
    order+=("$p")
  done
  # One dpkg-query for all packages; unknown packages just print nothing.
  while read -r p line; do
    [[ $line == *" installed" ]] && have[${p%%:*}]=1
  done < <(dpkg-query -W -f='${Package} ${Status}\n' "${order[@]}" 2>/dev/null || true)
  for p in "${order[@]}"; do
    [[ -n ${have[$p]:-} ]] || missing+=("$p")
  done

  if [[ ${#missing[@]} -eq 0 ]]; then
    echo "==> all ${#order[@]} packages present"
    return 0
  fi
  echo "==> installing: ${missing[*]}"
  if [[ $_LEJEK_APT_UPDATED != 1 ]]; then
    _lejek_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || return 1
    _LEJEK_APT_UPDATED=1
  fi
  _lejek_as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q "${missing[@]}" || return 1
}

# lejek_ensure_locales pl_PL.UTF-8 ... — generate missing UTF-8 locales.
lejek_ensure_locales() {
  local -a missing=()
  local loc base available
  available=$(locale -a 2>/dev/null || true)
  for loc in "$@"; do
    base=${loc%%.*}
    # `locale -a` lists e.g. "pl_PL.utf8".
    grep -qixE "${base}\.utf-?8" <<<"$available" || missing+=("$loc")
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    echo "==> locales present: $*"
    return 0
  fi
  echo "==> generating locales: ${missing[*]}"
  for loc in "${missing[@]}"; do
    if grep -qE "^[#[:space:]]*${loc//./\\.} UTF-8" /etc/locale.gen 2>/dev/null; then
      _lejek_as_root sed -i -E "s/^[#[:space:]]*(${loc//./\\.} UTF-8)/\\1/" /etc/locale.gen || return 1
    else
      echo "$loc UTF-8" | _lejek_as_root tee -a /etc/locale.gen >/dev/null || return 1
    fi
  done
  _lejek_as_root locale-gen || return 1
}
