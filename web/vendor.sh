#!/bin/sh
# Re-create src/sitrep/web/static/vendor from the npm registry (pinned in web/package.json).
set -eu
cd "$(dirname "$0")"
npm install --no-audit --no-fund --no-save
V=../src/sitrep/web/static/vendor
rm -rf "$V" && mkdir -p "$V/leaflet" "$V/topojson" "$V/world-atlas" "$V/swagger-ui"
cp -r node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/dist/images node_modules/leaflet/LICENSE "$V/leaflet/"
cp node_modules/topojson-client/dist/topojson-client.min.js node_modules/topojson-client/LICENSE "$V/topojson/"
cp node_modules/world-atlas/countries-50m.json node_modules/world-atlas/LICENSE "$V/world-atlas/"
# Swagger UI for /api/docs (Apache-2.0: LICENSE and NOTICE kept beside it)
cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css \
   node_modules/swagger-ui-dist/favicon-32x32.png node_modules/swagger-ui-dist/LICENSE node_modules/swagger-ui-dist/NOTICE "$V/swagger-ui/"
