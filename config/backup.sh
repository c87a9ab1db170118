#!/usr/bin/env bash
# Backs up the Groupage database named in the environment file: one consistent logical dump (mariadb-dump
# --single-transaction: a snapshot of every InnoDB table at one instant, taken without locking the service out),
# compressed, dated, checked, and the backups older than the retention deleted.
# Usage: config/backup.sh /etc/groupage/groupage.env
# Prints the path of the new backup. It holds the whole database: the issued PDFs and UBL files (stored as
# blobs), the accounts, the audit trail and Flyway's history. It does not hold the environment file, the
# Peppol keystores nor any file outside the database: keep those apart.
#
# Settings (in the environment file or the environment):
#   GROUPAGE_DB_URL, GROUPAGE_DB_USER, GROUPAGE_DB_PASSWORD   the service's own; its account suffices
#   GROUPAGE_BACKUP_DIR        where backups go (default /var/backups/groupage)
#   GROUPAGE_BACKUP_KEEP_DAYS  backups older than this many days are deleted (default 35; 0 keeps all)
#   GROUPAGE_MARIADB_BIN       folder of mariadb-dump, when it is not in PATH (e.g. an unpacked MariaDB)
#   GROUPAGE_DB_CLIENT_OPTIONS extra options for the MariaDB client tools (e.g. --ssl)
set -euo pipefail
env_file=${1:?give the environment file, e.g. /etc/groupage/groupage.env}
set -a
# shellcheck source=/dev/null
. "$env_file"
set +a
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=config/mariadb-client.sh
. "$here/mariadb-client.sh"

backup_dir=${GROUPAGE_BACKUP_DIR:-/var/backups/groupage}
keep_days=${GROUPAGE_BACKUP_KEEP_DAYS:-35}
dump=$(client_tool mariadb-dump mysqldump)
client_options=
partial=
trap 'rm -f "$client_options" "$partial"' EXIT
parse_db_url "${GROUPAGE_DB_URL:?GROUPAGE_DB_URL is not set}"
write_client_options "${GROUPAGE_DB_USER:?GROUPAGE_DB_USER is not set}" "${GROUPAGE_DB_PASSWORD:-}"

mkdir -p "$backup_dir"
umask 077
stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$backup_dir/groupage-$db_name-$stamp.sql.gz"
partial="$target.partial"

# --single-transaction: consistent without locks (every table is InnoDB); --hex-blob: the stored documents
# written as hexadecimal, so no character set can alter a byte; --routines --triggers: the whole schema;
# --no-tablespaces: no PROCESS privilege needed, so the service's account can back up its own database.
# shellcheck disable=SC2086
"$dump" --defaults-extra-file="$client_options" ${GROUPAGE_DB_CLIENT_OPTIONS:-} \
  --single-transaction --quick --routines --triggers --hex-blob --no-tablespaces \
  --default-character-set=utf8mb4 "$db_name" | gzip -6 > "$partial"
gzip -t "$partial"
# A dump cut short lacks mariadb-dump's closing line.
if ! gzip -dc "$partial" | tail -n 1 | grep -q '^-- Dump completed'; then
  echo "backup.sh: the dump of $db_name is incomplete" >&2
  exit 1
fi
mv "$partial" "$target"
(cd "$backup_dir" && sha256sum "$(basename "$target")" > "$(basename "$target").sha256")

if [ "$keep_days" -gt 0 ]; then
  find "$backup_dir" -maxdepth 1 -type f \( -name "groupage-$db_name-*.sql.gz" -o -name "groupage-$db_name-*.sql.gz.sha256" \) \
    -mtime +"$keep_days" -delete
fi
echo "$target"
