#!/usr/bin/env bash
# Builds Heard's front-end assets into the Maven project. The outputs are committed, so only run
# this after changing heard.scss or upgrading govuk-frontend (then commit what changed).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
project="$(dirname "$here")"
static="$project/src/main/resources/static/assets"
fixtures="$project/src/test/resources/govuk-frontend"
govuk="$here/node_modules/govuk-frontend/dist/govuk"

cd "$here"
npm ci --no-audit --no-fund

mkdir -p "$static/images"
npx sass --pkg-importer=node --style=compressed --no-source-map heard.scss "$static/heard.css"
cp "$govuk/govuk-frontend.min.js" "$govuk/govuk-frontend.min.js.map" "$static/"
# Only our own images: GOV.UK's crest, crown icons and GDS Transport fonts are not the council's.
cp images/favicon.svg "$static/images/"

# The Nunjucks components' own examples, which the fragments in templates/govuk are tested against.
rm -rf "$fixtures"
for component in "$govuk"/components/*/; do
  name="$(basename "$component")"
  mkdir -p "$fixtures/components/$name"
  cp "$component/fixtures.json" "$fixtures/components/$name/"
done
node -p "require('govuk-frontend/package.json').version" > "$fixtures/VERSION"

if grep -q -e "GDS Transport" -e "govuk-crest" -e "@font-face" "$static/heard.css"; then
  echo "heard.css refers to GOV.UK's own font or crest" >&2
  exit 1
fi
