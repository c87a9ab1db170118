#!/usr/bin/env bash
# Starts one Groupage instance on Payara Micro against the MariaDB named in the environment file.
# Usage: config/run-instance.sh /etc/groupage/groupage.env [extra Payara Micro options]
# Several instances (one per port or host) share one database; add --clustername groupage so they form a
# Payara Micro cluster (Hazelcast) and the reverse proxy (config/nginx-groupage.conf) spreads the load.
set -euo pipefail
env_file=${1:?give the environment file, e.g. /etc/groupage/groupage.env}
shift
set -a; . "$env_file"; set +a
here=$(cd "$(dirname "$0")/.." && pwd)
war=${GROUPAGE_WAR:-$here/service/target/groupage.war}
micro=${GROUPAGE_PAYARA_MICRO:-$here/launcher/target/payara-micro.jar}
exec java -Xms512m -Xmx1g -jar "$micro" \
  --deploy "$war" --contextroot / \
  --port "${GROUPAGE_HTTP_PORT:-8080}" \
  --postbootcommandfile "$here/config/post-boot-commands.asadmin" \
  --logproperties "$here/config/logging.properties" \
  "$@"
