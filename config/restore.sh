#!/usr/bin/env bash
# Restores a backup made by backup.sh into a NEW database on the server of the environment file, gives the
# service's account all privileges on it, and writes an environment file pointing at it; with --start, then
# starts the service on it (run-instance.sh): Flyway validates the restored schema at start, and
# GET /health/ready answers UP once it is current.
# Usage: config/restore.sh /etc/groupage/groupage.env BACKUP.sql.gz NEW_DATABASE [--start [Payara Micro options]]
# It never writes into an existing database: to go back to a backup, restore it under a new name, check it,
# then point GROUPAGE_DB_URL at it (the written environment file does exactly that).
#
# Settings (in the environment file or the environment), besides those of backup.sh:
#   GROUPAGE_DB_ADMIN_USER, GROUPAGE_DB_ADMIN_PASSWORD  an account that may create databases and grant on
#                              them (default root, no password); the service's account cannot
set -euo pipefail
env_file=${1:?give the environment file, e.g. /etc/groupage/groupage.env}
backup=${2:?give the backup file, e.g. /var/backups/groupage/groupage-groupage-20261207T020000Z.sql.gz}
new_db=${3:?give the name of the new database, e.g. groupage_restored}
shift 3
start=false
if [ "${1:-}" = "--start" ]; then
  start=true
  shift
fi
set -a
# shellcheck source=/dev/null
. "$env_file"
set +a
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=config/mariadb-client.sh
. "$here/mariadb-client.sh"

if [[ ! $new_db =~ ^[A-Za-z0-9_]{1,64}$ ]]; then
  echo "restore.sh: the new database name must be letters, digits and _: $new_db" >&2
  exit 2
fi
gzip -t "$backup"
if [ -f "$backup.sha256" ]; then
  (cd "$(dirname "$backup")" && sha256sum --quiet -c "$(basename "$backup").sha256")
fi
client=$(client_tool mariadb mysql)
app_user=${GROUPAGE_DB_USER:?GROUPAGE_DB_USER is not set}
client_options=
trap 'rm -f "$client_options"' EXIT
parse_db_url "${GROUPAGE_DB_URL:?GROUPAGE_DB_URL is not set}"
source_db=$db_name
write_client_options "${GROUPAGE_DB_ADMIN_USER:-root}" "${GROUPAGE_DB_ADMIN_PASSWORD:-}"
sql() {
  # shellcheck disable=SC2086
  "$client" --defaults-extra-file="$client_options" ${GROUPAGE_DB_CLIENT_OPTIONS:-} --default-character-set=utf8mb4 "$@"
}

if [ -n "$(sql -N -B -e "SHOW DATABASES LIKE '$new_db'")" ]; then
  echo "restore.sh: database $new_db already exists; restore into a new name (the source is $source_db)" >&2
  exit 1
fi
sql -e "CREATE DATABASE \`$new_db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# The service's account, from whatever hosts it may connect, gets the same rights on the restored database.
hosts=$(sql -N -B -e "SELECT Host FROM mysql.user WHERE User = '$app_user'")
if [ -z "$hosts" ]; then
  echo "restore.sh: no account $app_user on the server; create it first (config/mariadb/create-database.sql)" >&2
  exit 1
fi
while IFS= read -r host; do
  sql -e "GRANT ALL PRIVILEGES ON \`$new_db\`.* TO '$app_user'@'$host'"
done <<< "$hosts"
gzip -dc "$backup" | sql "$new_db"

restored_env="$(dirname "$env_file")/$(basename "$env_file").$new_db"
umask 077
{
  grep -v '^GROUPAGE_DB_URL=' "$env_file" || true
  echo "GROUPAGE_DB_URL=jdbc:mariadb://$db_host:$db_port/$new_db$db_query"
} > "$restored_env"
echo "restored $backup into $new_db; its environment file: $restored_env" >&2
if [ "$start" = true ]; then
  exec "$here/run-instance.sh" "$restored_env" "$@"
fi
