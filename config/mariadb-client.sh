# Shared by backup.sh and restore.sh (sourced, not run): finds the MariaDB client tools and turns the
# service's JDBC URL and account into client options, the password in a private file, never on a command line.

# The path of the first of the named tools found in GROUPAGE_MARIADB_BIN, then in PATH.
client_tool() {
  local name
  for name in "$@"; do
    if [ -n "${GROUPAGE_MARIADB_BIN:-}" ] && [ -x "$GROUPAGE_MARIADB_BIN/$name" ]; then
      echo "$GROUPAGE_MARIADB_BIN/$name"
      return 0
    fi
    if command -v "$name" > /dev/null 2>&1; then
      command -v "$name"
      return 0
    fi
  done
  echo "no $* found in ${GROUPAGE_MARIADB_BIN:+$GROUPAGE_MARIADB_BIN or }PATH: install the MariaDB client or set GROUPAGE_MARIADB_BIN" >&2
  return 1
}

# Sets db_host, db_port, db_name and db_query (from ?, may be empty) from jdbc:mariadb://host[:port]/database[?options].
parse_db_url() {
  local url=$1
  local pattern='^jdbc:(mariadb|mysql)://([^/:?]+)(:([0-9]+))?/([A-Za-z0-9_]+)([?].*)?$'
  if [[ ! $url =~ $pattern ]]; then
    echo "not a JDBC URL of one MariaDB database: $url (expected jdbc:mariadb://host:port/database)" >&2
    return 1
  fi
  db_host=${BASH_REMATCH[2]}
  db_port=${BASH_REMATCH[4]:-3306}
  db_name=${BASH_REMATCH[5]}
  db_query=${BASH_REMATCH[6]}
}

# Writes a private option file for the client tools (host, port, user, password) and sets client_options
# to its path; the caller deletes it.
write_client_options() {
  local user=$1 password=$2
  client_options=$(mktemp)
  chmod 600 "$client_options"
  {
    echo "[client]"
    echo "host=$db_host"
    echo "port=$db_port"
    echo "protocol=tcp"
    echo "user=$user"
    if [ -n "$password" ]; then
      echo "password=\"$password\""
    fi
  } > "$client_options"
}
