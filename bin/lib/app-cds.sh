# Sourced by bin/labjudge and bin/app-cds (set root first): the desktop app's jar, the flags it starts with, and its
# AppCDS archive. The archive lives next to the jar and is keyed to the jar and the java that made it (their path,
# size and time), so a rebuilt jar or another JDK makes it stale instead of unusable.

app_jar=$(ls "$root"/desktop-app/target/desktop-app-*-all.jar 2>/dev/null | head -n 1 || true)
# The client compiler and the serial collector start an interactive app faster; the packages use the same file.
app_java_opts=${LABJUDGE_JAVA_OPTS:-$(cat "$root/installers/scripts/app-jvm-options")}
cds_archive="$root/desktop-app/target/labjudge-app.jsa"
# CDS reports a stale or unusable archive as a warning; the app then simply starts without it.
cds_quiet="-Xlog:cds*=off"

cds_key() {
  local java_bin
  java_bin=$(readlink -f "$(command -v java)")
  stat -c '%n %s %Y' "$app_jar" "$java_bin" "${java_bin%/bin/java}/lib/modules" 2>/dev/null || true
}

cds_current() {
  [[ -s "$cds_archive" && -f "$cds_archive.key" && "$(cat "$cds_archive.key")" == "$(cds_key)" ]]
}

# A fresh name for an archive being written; cds_install moves it into place.
cds_temp() {
  echo "$cds_archive.$$.tmp"
}

# Moves a written archive into place (rename: a reader sees the old one or the new one, never half of one).
cds_install() {
  local written=$1
  if [[ ! -s "$written" ]]; then
    rm -f "$written"
    return 0
  fi
  cds_key > "$written.key"
  mv -f "$written" "$cds_archive" && mv -f "$written.key" "$cds_archive.key" || rm -f "$written" "$written.key"
}
