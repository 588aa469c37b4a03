#!/usr/bin/env python3
"""Open wgdoc's XLIFF files in a real translation tool's reader: the Translate Toolkit
(translate-toolkit 3.20.4, the XLIFF 2.0 storage that Weblate and Pootle use).

usage: xliff-tool.py units FILE.xlf                 # JSON: each unit's id, source and target
       xliff-tool.py set FILE.xlf UNIT TEXT OUT.xlf  # set one unit's target as a tool does, save
       xliff-tool.py --ensure                        # install the toolkit only

The toolkit is not committed (GPL-3.0, and large): it is read from $WGDOC_TRANSLATE_TOOLKIT,
or from .cache/translate-toolkit at the repository root, where it is installed from PyPI
(`pip install --target`) the first time. Exit status: 0 done, 1 the file could not be read,
2 the toolkit is missing and could not be installed (with how to fix it).

This is not a schema check (Tests/CLITests/XLIFFSchemaTests.swift validates against the OASIS
XLIFF 2.0 core schema): it checks that a translator's tool reads every unit wgdoc writes, and
that a file the tool saved merges back.
"""
import json
import os
import subprocess
import sys

VERSION = "3.20.4"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT = os.path.join(ROOT, ".cache", "translate-toolkit")


def fail(message, status=2):
    print("xliff-tool: " + message, file=sys.stderr)
    sys.exit(status)


def ensure():
    target = os.environ.get("WGDOC_TRANSLATE_TOOLKIT", DEFAULT)
    marker = os.path.join(target, "translate_toolkit-%s.dist-info" % VERSION)
    if not os.path.isdir(marker):
        os.makedirs(target, exist_ok=True)
        result = subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-warn-script-location",
             "--target", target, "translate-toolkit==" + VERSION], capture_output=True, text=True)
        if result.returncode != 0 or not os.path.isdir(marker):
            fail("translate-toolkit %s is not in %s and pip could not install it: %s\n"
                 "install it there (pip install --target %s translate-toolkit==%s) or set WGDOC_TRANSLATE_TOOLKIT"
                 % (VERSION, target, (result.stderr or result.stdout).strip()[-300:], target, VERSION))
    sys.path.insert(0, target)


def load(path):
    from translate.storage.xliff2 import Xliff2File
    try:
        return Xliff2File.parsefile(path)
    except Exception as error:  # the toolkit raises lxml's and its own errors
        fail("%s: the Translate Toolkit cannot read it: %s" % (path, error), 1)


def main(argv):
    if argv == ["--ensure"]:
        ensure()
        return
    if len(argv) == 2 and argv[0] == "units":
        ensure()
        store = load(argv[1])
        units = [{"id": unit.getid(), "source": unit.source, "target": unit.target or None} for unit in store.units]
        print(json.dumps(units, ensure_ascii=False, indent=1))
        return
    if len(argv) == 5 and argv[0] == "set":
        ensure()
        store = load(argv[1])
        found = [unit for unit in store.units if unit.getid() == argv[2]]
        if not found:
            fail("%s: no unit '%s'" % (argv[1], argv[2]), 1)
        found[0].target = argv[3]
        with open(argv[4], "wb") as handle:
            handle.write(bytes(store))
        return
    fail(__doc__.strip().split("\n\n")[1])


if __name__ == "__main__":
    main(sys.argv[1:])
