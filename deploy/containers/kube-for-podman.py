#!/usr/bin/env python3
"""Writes deploy/k8s's manifests in the form `podman kube play` (podman 4.3) runs.

podman kube play runs Pod, Deployment, PersistentVolumeClaim and ConfigMap documents. It has no
StatefulSet and no Service (there is no cluster network to route them). So, per manifest:
- Deployments are kept as they are;
- a StatefulSet becomes a Deployment of the same pod template (containers, env, probes,
  resources, security context unchanged), and each volumeClaimTemplate a PersistentVolumeClaim
  named as Kubernetes would name the first replica's claim (<template>-<statefulset>-0), which
  podman makes a named volume;
- Services are left out, and the lines say so;
- podman 4.3 leaves "$(VAR)" in an env value as it is: a value that is only a reference to a
  variable set from a fieldRef becomes that fieldRef (search-service's consumer group = pod name);
- podman 4.3 turns the liveness probe into a health check, but resolves a named port to 0 and
  runs httpGet through curl, which the images do not have: httpGet probes become exec probes of
  the image's own /deployments/bin/health (live, ready, started), which GETs the same path;
- podman 4.3 publishes every containerPort on the host under the same number (hostPort defaults to
  containerPort), so three pods listening on 8080 cannot run side by side: each container port gets
  the hostPort given on the command line (a valid Kubernetes field), e.g. ingest-service=18081.

Usage: kube-for-podman.py K8S_DIR OUT_DIR [NAME=HOSTPORT ...]
"""
import copy
import os
import sys

import yaml


def set_host_ports(pod_spec, host_port, name, notes):
    for container in pod_spec.get("containers", []):
        for port in container.get("ports", []):
            port["hostPort"] = host_port
            notes.append("%s: containerPort %s published on hostPort %s" % (name, port["containerPort"], host_port))


def fix_pod(pod_spec, name, notes):
    for container in pod_spec.get("containers", []):
        env = container.get("env", [])
        field_refs = {e["name"]: e["valueFrom"] for e in env if "fieldRef" in e.get("valueFrom", {})}
        for e in env:
            value = e.get("value", "")
            if value.startswith("$(") and value.endswith(")") and value[2:-1] in field_refs:
                del e["value"]
                e["valueFrom"] = copy.deepcopy(field_refs[value[2:-1]])
                notes.append("%s: env %s=%s set from the same fieldRef" % (name, e["name"], value))
        for probe_name in ("livenessProbe", "readinessProbe", "startupProbe"):
            probe = container.get(probe_name)
            if probe and "httpGet" in probe:
                path = probe.pop("httpGet")["path"]
                probe["exec"] = {"command": ["/deployments/bin/health", path.rsplit("/", 1)[-1]]}
                notes.append("%s: %s httpGet %s -> exec /deployments/bin/health %s" % (
                    name, probe_name, path, path.rsplit("/", 1)[-1]))


def convert(doc, out, notes, host_ports):
    kind = doc.get("kind")
    name = doc.get("metadata", {}).get("name")
    if kind in ("Deployment", "StatefulSet"):
        fix_pod(doc["spec"]["template"]["spec"], name, notes)
        if name in host_ports:
            set_host_ports(doc["spec"]["template"]["spec"], host_ports[name], name, notes)
    if kind in ("Deployment", "Pod", "PersistentVolumeClaim", "ConfigMap"):
        out.append(doc)
    elif kind == "StatefulSet":
        spec = doc["spec"]
        template = copy.deepcopy(spec["template"])
        volumes = template["spec"].setdefault("volumes", [])
        for claim in spec.get("volumeClaimTemplates", []):
            claim_name = "%s-%s-0" % (claim["metadata"]["name"], name)
            pvc = {"apiVersion": "v1", "kind": "PersistentVolumeClaim",
                   "metadata": {"name": claim_name}, "spec": claim["spec"]}
            out.append(pvc)
            volumes.append({"name": claim["metadata"]["name"], "persistentVolumeClaim": {"claimName": claim_name}})
        out.append({"apiVersion": "apps/v1", "kind": "Deployment",
                    "metadata": copy.deepcopy(doc["metadata"]),
                    "spec": {"replicas": 1, "selector": spec["selector"], "template": template}})
        notes.append("StatefulSet %s -> Deployment + PersistentVolumeClaim(s) %s" % (
            name, ", ".join("%s-%s-0" % (c["metadata"]["name"], name) for c in spec.get("volumeClaimTemplates", []))))
    else:
        notes.append("%s %s left out (podman kube play does not run it)" % (kind, name))


def main(source, target, host_ports):
    os.makedirs(target, exist_ok=True)
    for file in sorted(os.listdir(source)):
        if not file.endswith(".yaml") or file == "kustomization.yaml":
            continue
        out, notes = [], []
        with open(os.path.join(source, file)) as f:
            for doc in yaml.safe_load_all(f):
                if doc:
                    convert(doc, out, notes, host_ports)
        with open(os.path.join(target, file), "w") as f:
            yaml.safe_dump_all(out, f, sort_keys=False)
        for note in notes:
            print("   %s: %s" % (file, note))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], {a.split("=")[0]: int(a.split("=")[1]) for a in sys.argv[3:]})
