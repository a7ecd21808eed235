#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migration projects.
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh Name}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "src/OneStop.Migrations.$provider" --startup-project "src/OneStop.Migrations.$provider" --output-dir Migrations
done
