#!/usr/bin/env bash
# Issue 4's "done when", over the API alone: technicians, a tool, a work order with a normal and a critical task,
# a serviceable part issued, sign-offs, an independent inspection, CRS refusals and release, PDFs, traceability,
# an amendment. Run it against a server started with `npm start` (embedded defaults):
#   B=http://localhost:3000 ADMIN_PASSWORD=<the printed password> docs/walkthrough/work-order-to-release.sh
set -euo pipefail
B=${B:-http://localhost:3000}
: "${ADMIN_PASSWORD:?set ADMIN_PASSWORD to the admin password npm start printed}"
OUT=${OUT:-$(mktemp -d)}
J='content-type: application/json'
field() { node -pe "JSON.parse(require('fs').readFileSync(0))$1"; }
token() { curl -sf -X POST "$B/api/v1/auth/token" -H "$J" -d "{\"username\":\"$1\",\"password\":\"$2\"}" | field .accessToken; }
call() { # call <token> <method> <path> [json] [device]: prints the body, fails on an unexpected status
  local status; status=$(curl -s -o "$OUT/body" -w '%{http_code}' -X "$2" "$B$3" -H "Authorization: Bearer $1" -H "$J" \
    ${5:+-H "X-Device-Id: $5"} ${4:+-d "$4"}); cat "$OUT/body"; echo " ← $2 $3: $status" >&2
}
user() { # user <name> <roles>: registers a user as admin and signs them in
  call "$ADMIN" POST /api/v1/users "{\"username\":\"$1\",\"displayName\":\"$1\",\"password\":\"$1-password-1\",\"roles\":$2}" >/dev/null
  token "$1" "$1-password-1"
}
RUN=$(date +%s)
ADMIN=$(token admin "$ADMIN_PASSWORD")
QUALITY=$(user "quality$RUN" '["quality"]'); LEAD=$(user "lead$RUN" '["team-lead"]'); KEEPER=$(user "keeper$RUN" '["storekeeper"]')

technician() { # technician <name> <employee no> <authorisation expiry>: licence B1.2 + DR400 rating, authorisation, recency, training, user link
  local login="tech$2$RUN" id; local tok; tok=$(user "$login" '["technician"]')
  id=$(call "$QUALITY" POST /api/v1/resources/technicians "{\"employeeNumber\":\"$2-$RUN\",\"name\":\"$1\"}" | field .technicianId)
  call "$QUALITY" POST "/api/v1/resources/technicians/$id/licences" '{"licenceNumber":"FR.66.'"$2"'","categories":["B1.2"],"ratings":[{"kind":"type","aircraftType":"DR400"}],"issuedOn":"2024-01-10","expiresOn":"2030-01-09"}' >/dev/null
  call "$QUALITY" POST "/api/v1/resources/technicians/$id/authorisations" '{"authorisationId":"AUT-'"$2"'","categories":["B1.2"],"aircraftTypes":["DR400"],"components":[],"issuedOn":"2025-01-01","expiresOn":"'"$3"'"}' >/dev/null
  call "$QUALITY" POST "/api/v1/resources/technicians/$id/experience" "{\"workedOn\":\"$(date -d '-30 days' +%F)\",\"days\":200,\"note\":\"DR400 fleet\"}" >/dev/null
  call "$QUALITY" POST "/api/v1/resources/technicians/$id/continuation-training" "{\"completedOn\":\"$(date -d '-200 days' +%F)\",\"course\":\"Human factors\"}" >/dev/null
  call "$QUALITY" PUT "/api/v1/resources/technicians/$id/user-account" "{\"username\":\"$login\"}" >/dev/null
  echo "$id $tok"
}
read -r CAMILLE_ID CAMILLE < <(technician 'Camille Martin' 101 2030-12-31)
read -r HELENE_ID HELENE < <(technician 'Hélène Morel' 102 2030-12-31)
read -r PAUL_ID PAUL < <(technician 'Paul Girard' 103 "$(date -d yesterday +%F)")

TOOL="TQW-$RUN"
call "$QUALITY" POST /api/v1/resources/tools "{\"toolId\":\"$TOOL\",\"description\":\"Torque wrench 5-60 Nm\",\"calibrationIntervalDays\":180,\"lastCalibration\":{\"performedOn\":\"$(date -d '-10 days' +%F)\",\"certificateRef\":\"CAL-001\"}}" >/dev/null

PN="SG-$RUN"; SN="SN-$RUN"
PART=$(call "$KEEPER" POST /api/v1/stock/parts "{\"partNumber\":\"$PN\",\"manufacturer\":\"0CVA5\",\"description\":\"Starter generator\",\"unit\":\"EA\"}" | field .partId)
call "$KEEPER" POST "/api/v1/stock/parts/$PART/classification" '{"partClass":"rotable","tracking":"serial","shelfLifeLimited":false,"lifeLimited":false}' >/dev/null
ITEM=$(call "$KEEPER" POST /api/v1/stock/items "{\"partId\":\"$PART\",\"partNumber\":\"$PN\",\"serialNumber\":\"$SN\",\"locationCode\":\"MAIN-A01\",\"quantity\":1,\"releaseDocument\":{\"kind\":\"easa-form-1\",\"trackingNumber\":\"F1-$SN\",\"approvalReference\":\"FR.145.0123\",\"partNumber\":\"$PN\",\"serialOrBatchNumber\":\"$SN\",\"block11Status\":\"OVERHAULED\",\"signatory\":\"J. Martin\",\"signedOn\":\"2026-02-20\",\"fileRef\":\"documents/F1-$SN.pdf\"}}" | field .itemId)

WO=/api/v1/production/work-orders
WOID=$(call "$LEAD" POST $WO "{\"customerRef\":\"PO-AEROCLUB-17\",\"subject\":{\"kind\":\"aircraft\",\"registration\":\"F-GKXA\",\"aircraftType\":\"DR400\",\"serialNumber\":\"1789\"},\"requestedWork\":\"Replace the starter generator; torque the engine mount\",\"teamLeadId\":\"$HELENE_ID\",\"projectLead\":{\"technicianId\":\"$HELENE_ID\",\"name\":\"Hélène Morel\"}}" | field .workOrderId)
NORMAL=$(call "$LEAD" POST "$WO/$WOID/tasks" '{"title":"Replace starter generator","maintenanceData":{"reference":"AMM 80-10-00","revision":"45"},"critical":false,"requiredCategory":"B1.2"}' | field .taskId)
CRITICAL=$(call "$LEAD" POST "$WO/$WOID/tasks" '{"title":"Torque engine mount bolts","maintenanceData":{"reference":"AMM 71-20-00","revision":"12"},"critical":true,"requiredCategory":"B1.2"}' | field .taskId)
call "$LEAD" POST "$WO/$WOID/opening" >/dev/null

call "$CAMILLE" POST "$WO/$WOID/tasks/$CRITICAL/tool-uses" "{\"toolId\":\"$TOOL\"}" >/dev/null
call "$CAMILLE" POST "$WO/$WOID/tasks/$NORMAL/part-issues" "{\"itemId\":\"$ITEM\"}" >/dev/null
call "$CAMILLE" POST "$WO/$WOID/tasks/$NORMAL/sign-off" '{}' ipad-07 >/dev/null
call "$CAMILLE" POST "$WO/$WOID/tasks/$CRITICAL/sign-off" '{}' ipad-07 >/dev/null

echo "CRS before the independent inspection:"; call "$CAMILLE" POST "$WO/$WOID/crs" '{}' ipad-07 | field .rule
call "$HELENE" POST "$WO/$WOID/tasks/$CRITICAL/independent-inspection" '{"remarks":"Torque stripes checked"}' ipad-03 >/dev/null
echo "CRS by a signer whose authorisation expired yesterday:"; call "$PAUL" POST "$WO/$WOID/crs" '{}' desk-1 | field .rule
echo "CRS by a valid signer:"; POS=$(call "$CAMILLE" POST "$WO/$WOID/crs" '{}' ipad-07 | field .position)

curl -sf "$B$WO/$WOID/job-card.pdf" -H "Authorization: Bearer $LEAD" -o "$OUT/job-card.pdf"
curl -sf "$B$WO/$WOID/crs.pdf" -H "Authorization: Bearer $QUALITY" -o "$OUT/crs.pdf"
echo "PDFs: $OUT/job-card.pdf $OUT/crs.pdf"
echo "Traceability (CSV):"; curl -sf "$B$WO/$WOID/traceability?format=csv" -H "Authorization: Bearer $QUALITY" -H "X-Consistency-Position: $POS" | grep -E "$SN" | head -3
echo "Issuing the CRS again (no edit in place):"; call "$CAMILLE" POST "$WO/$WOID/crs" '{}' ipad-07 | field .rule
echo "Amendment with a reason:"; call "$QUALITY" POST "$WO/$WOID/crs/amendments" '{"reason":"Typo in the customer reference","changes":"Customer ref PO-AEROCLUB-17 → PO-AEROCLUB-18"}' desk-quality | field .version
