#!/bin/sh
# Runs once, when the PostgreSQL volume is first initialised (compose.yaml): the app's group role
# and the login the app instances and the worker use (docs/decisions/008-least-privilege-database.md).
# The migrate job then grants the group role what it may do, as the owner, on every deploy.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v web_password="$NADZOR_WEB_PASSWORD" <<'SQL'
CREATE ROLE nadzor_app NOLOGIN;
CREATE ROLE nadzor_web LOGIN PASSWORD :'web_password' IN ROLE nadzor_app;
SQL
