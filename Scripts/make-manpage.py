#!/usr/bin/env python3
"""Writes wgdoc's man page (roff, man(7) macros) from the commands' own help.

    wgdoc --experimental-dump-help | python3 Scripts/make-manpage.py > Docs/wgdoc.1

The input is swift-argument-parser's description of every command, option and argument
(the text `--help` prints); nothing is written by hand, so the page cannot drift from the
help. The test `manPageIsCurrent` regenerates it and compares. No date in the page, so the
same help gives the same bytes.
"""
import json
import sys


def roff(text):
    """Escapes text for a roff line: backslashes, and a leading . or '."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    lines = []
    for line in text.split("\n"):
        if line.startswith(".") or line.startswith("'"):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def names(argument):
    if argument["kind"] == "positional":
        return "\\fI" + roff(argument.get("valueName", "")) + "\\fR" + (" ..." if argument.get("isRepeating") else "")
    parts = []
    for name in argument.get("names", []):
        prefix = "-" if name["kind"] == "short" else "--"
        parts.append("\\fB" + roff(prefix + name["name"]) + "\\fR")
    text = ", ".join(parts)
    if argument["kind"] == "option":
        text += " \\fI" + roff(argument.get("valueName", "value")) + "\\fR"
    return text


def describe(argument):
    text = argument.get("abstract", "")
    extras = []
    if argument.get("allValues"):
        extras.append("values: " + ", ".join(argument["allValues"]))
    if argument.get("defaultValue") is not None:
        extras.append("default: " + argument["defaultValue"])
    if extras:
        text += " (" + "; ".join(extras) + ")"
    return roff(text)


def arguments(command):
    return [a for a in command.get("arguments", []) if a.get("shouldDisplay", True)
            and not any(n["name"] in ("help", "version") for n in a.get("names", []))]


def main():
    tool = json.load(sys.stdin)["command"]
    name = tool["commandName"]
    out = []
    out.append('.TH %s 1 "" "%s" "User Commands"' % (name.upper(), name))
    out.append(".SH NAME")
    out.append("%s \\- %s" % (name, roff(tool.get("abstract", ""))))
    out.append(".SH SYNOPSIS")
    out.append(".B %s" % name)
    out.append("\\fIcommand\\fR [\\fIoptions\\fR]")
    out.append(".br")
    out.append(".B %s" % name)
    out.append("\\fB\\-\\-version\\fR | \\fB\\-\\-help\\fR")
    if tool.get("discussion"):
        out.append(".SH DESCRIPTION")
        out.append(roff(tool["discussion"]))
    out.append(".SH COMMANDS")
    def section(command, prefix):
        if not command.get("shouldDisplay", True) or command["commandName"] == "help":
            return
        title = prefix + " " + command["commandName"]
        out.append(".SS %s" % title)
        out.append(roff(command.get("abstract", "")))
        if command.get("discussion"):
            out.append(".PP")
            out.append(roff(command["discussion"]))
        for argument in arguments(command):
            out.append(".TP")
            out.append(names(argument))
            out.append(describe(argument))
        # Commands with their own subcommands (wgdoc xliff extract|merge) list each.
        for subcommand in command.get("subcommands", []):
            section(subcommand, title)

    for command in tool.get("subcommands", []):
        section(command, name)
    out.append(".SH FILES")
    out.append(".TP")
    out.append("\\fB.wgdoc.toml\\fR")
    out.append("Settings found from the working folder upward; see \\fBwgdoc config\\fR and the README.")
    out.append(".SH SEE ALSO")
    out.append("\\fBxmllint\\fR(1); README.md, shipped with wgdoc.")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
