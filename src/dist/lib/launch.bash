# Sourced by both launchers, ./crossroads in the repository and bin/crossroads when installed:
# what they share, so it is written and kept in one place. Reads the command's arguments ("$@")
# and $given_columns (COLUMNS as the person's environment had it, noted before any command ran);
# exports COLUMNS and a UTF-8 locale; sets $tty and the JVM's flags in the array $jvm.

# A width the person set is theirs to keep; otherwise bash notes the terminal's own after a
# command it waited for (checkwinsize), and it is passed on, so crossroads need not load JLine's
# native library before its first screen to ask the terminal. A subshell is such a command, for
# a launcher that has run none yet.
if [ -z "$given_columns" ] && [ -z "${COLUMNS:-}" ] && [ -t 1 ]; then
  (:)
fi
COLUMNS=${given_columns:-${COLUMNS:-}}
[ -z "$COLUMNS" ] || export COLUMNS
# Whether standard input and output are a terminal, which the shell knows for free: Java would
# ask through its Console, whose setup is the slowest thing before the first screen.
if [ -t 0 ] && [ -t 1 ]; then tty=true; else tty=false; fi

# Korean arguments and text need a UTF-8 locale; keep the person's own if it is UTF-8. Java
# decodes arguments with the locale's character set, and under LC_ALL=C a Korean name would
# arrive as replacement characters. LC_ALL overrides LC_CTYPE, so its value moves to LANG (with
# the other LC_ variables it overrode gone, every category but the characters stays as it was,
# and so does the language crossroads speaks).
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *UTF-8*|*utf8*|*UTF8*|*utf-8*) ;;
  *)
    if [ -n "${LC_ALL:-}" ]; then
      export LANG="$LC_ALL"
      unset "${!LC_@}"
    fi
    export LC_CTYPE=C.UTF-8 ;;
esac

# Serial GC, and a class-data archive written by the first run after a build (usually an
# interactive session, so it holds what the first prompt needs); that run then also goes through a
# short save/edit/show/analyse workload on a throw-away profile, so the archive holds what the
# other commands load too. The archive is used only while it is newer than the jar: a stale one
# would be refused anyway, but with a warning.
# A small initial heap: the JVM's default (1/64 of the machine's memory) lets a session touch
# tens of megabytes it never needs before the first collection; the heap still grows on demand.
# No perf-data file: nothing reads it, and creating it costs start-up time.
jvm=(-XX:+UseSerialGC -Xss4m -Xms16m -XX:-UsePerfData -Xshare:auto -Dcrossroads.tty=$tty
     -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8
     -Xlog:disable -Xlog:all=error:stderr)
# The compiler follows the work. A session, a show or an analysis at the default 10,000 draws is
# over in about a second, and C1 alone gets there sooner (an analysis of the grad-school example
# takes 1.4 times as long with C2 compiling beside it on two cores). A run asked for many draws
# (analyze with --draws of 50,000 or more; compare and money take no --draws) lasts seconds to minutes, where C2's
# code is what counts (a 30 x 40 profile at 300,000 draws: 0.8 times the CPU of C1 alone). The
# command is the first word that is neither an option nor the value of --home or --lang.
command=
draws=
value=
for arg in "$@"; do
  if [ -n "$value" ]; then
    [ "$value" = draws ] && draws=$arg
    value=
    continue
  fi
  case "$arg" in
    --home|--lang) value=skip ;;
    --draws) value=draws ;;
    --draws=*) draws=${arg#--draws=} ;;
    -*) ;;
    *) [ -n "$command" ] || command=$arg ;;
  esac
done
heavy=
case "$command:$draws" in
  analyze:*)
    case "$draws" in
      ''|*[!0-9]*) ;;
      *) [ "${#draws}" -gt 9 ] || [ "$draws" -ge 50000 ] && heavy=1 ;;
    esac ;;
esac
[ -n "$heavy" ] || jvm+=(-XX:TieredStopAtLevel=1)
