#!/usr/bin/env bash
# Lint and validate everything under deploy/ plus the Dockerfile, offline, with the tools of the
# `deploy` dependency group already installed in .venv (uv sync --group deploy). Installs nothing.
# Runs every check, then exits non-zero if any failed.
#   hadolint            Dockerfile (settings and mandatory OCI labels: deploy/hadolint.yaml)
#   check-jsonschema    compose file against the Compose Specification schema (vendored, offline)
#   kubernetes-validate built-in kinds under deploy/k8s, strict, oldest and newest supported Kubernetes
#   check-jsonschema    KEDA resources against deploy/schemas/keda-v1alpha1.schema.json
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${root}/.venv/bin"
cd "$root"

failed=()
run() {
  local name="$1"
  shift
  echo "== ${name}: $*"
  if "$@"; then
    echo "ok: ${name}"
  else
    echo "FAILED: ${name}"
    failed+=("$name")
  fi
}

for tool in hadolint check-jsonschema kubernetes-validate; do
  if [[ ! -x "${bin}/${tool}" ]]; then
    echo "missing ${bin}/${tool}: run 'uv sync --group deploy' first" >&2
    exit 2
  fi
done

# KEDA's kinds have no schema in kubernetes-validate; kustomization.yaml is not a cluster resource.
k8s_builtin=()
keda=()
for f in deploy/k8s/*.yaml; do
  case "$(basename "$f")" in
    kustomization.yaml) ;;
    keda-*.yaml) keda+=("$f") ;;
    *) k8s_builtin+=("$f") ;;
  esac
done

run hadolint "${bin}/hadolint" --config deploy/hadolint.yaml Dockerfile
run compose-schema "${bin}/check-jsonschema" --builtin-schema vendor.compose-spec deploy/compose/compose.yaml
for version in 1.29.0 1.37.0; do
  run "k8s-${version}" "${bin}/kubernetes-validate" --strict --quiet -k "$version" "${k8s_builtin[@]}"
done
run keda-schema-metaschema "${bin}/check-jsonschema" --check-metaschema deploy/schemas/keda-v1alpha1.schema.json
run keda-schema "${bin}/check-jsonschema" --schemafile deploy/schemas/keda-v1alpha1.schema.json "${keda[@]}"

if ((${#failed[@]})); then
  echo "check_deploy: ${#failed[@]} check(s) failed: ${failed[*]}"
  exit 1
fi
echo "check_deploy: all checks passed"
