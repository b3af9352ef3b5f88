#!/bin/sh
# A database and a login role of its own for every service: imis_<service>, owner of imis_<service>, no
# superuser, no CREATEDB, no CREATEROLE, and no one else may connect to its database (superusers aside).
# The services are the secrets granted to this container: /run/secrets/<service>_database_password holds
# the role's password (deploy/docker-compose.yml). The official image runs this on the first start of an
# empty data volume; it is idempotent, so after adding a service or changing a password run it again:
#   docker compose -f deploy/docker-compose.yml exec postgres sh /docker-entrypoint-initdb.d/10-service-roles.sh
# Each service then creates only its tables (and the trusted extensions pg_trgm and unaccent) in its database.
set -eu

secrets_dir="${IMIS_SECRETS_DIR:-/run/secrets}"
superuser="${POSTGRES_USER:-postgres}"
count=0

for file in "$secrets_dir"/*_database_password; do
  [ -f "$file" ] || continue
  service=$(basename "$file" _database_password)
  case "$service" in
    '' | *[!a-z0-9_]*) echo "10-service-roles: $file does not name a service (lowercase letters, digits, _)" >&2; exit 1 ;;
  esac
  password=$(cat "$file")
  if [ -z "$password" ]; then
    echo "10-service-roles: $file is empty: set ${service}_DATABASE_PASSWORD in deploy/.env (upper case)" >&2
    exit 1
  fi
  # The password reaches psql through its environment, not its command line (visible to ps).
  IMIS_ROLE_PASSWORD="$password" psql --no-psqlrc -v ON_ERROR_STOP=1 --username "$superuser" --dbname postgres \
    --set role="imis_$service" --quiet <<'SQL'
\getenv password IMIS_ROLE_PASSWORD
SELECT format('CREATE ROLE %I', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I', :'role', :'role') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'role') \gexec
ALTER DATABASE :"role" OWNER TO :"role";
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
  echo "10-service-roles: role and database imis_$service ready"
  count=$((count + 1))
done

if [ "$count" -eq 0 ]; then
  echo "10-service-roles: no <service>_database_password secret in $secrets_dir" >&2
  exit 1
fi
