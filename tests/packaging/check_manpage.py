#!/usr/bin/env python3
"""The man page documents every command and option the program has, and man finds no mistakes in it.

Usage: check_manpage.py DMARCPLAN_BINARY MAN_PAGE

The command tree is read from the program's own --help (CLI11 layout), so a command or option added
to app/cli/ without a line in installers/dmarcplan.1 fails here with what to add.
"""
import os
import re
import subprocess
import sys


def help_text(binary, path):
    result = subprocess.run([binary, *path, "--help"], capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        sys.exit(f"FAIL: {' '.join(['dmarcplan', *path, '--help'])} exited {result.returncode}")
    return result.stdout


def subcommands(text):
    names, inside = [], False
    for line in text.splitlines():
        if line.startswith("Subcommands:"):
            inside = True
        elif inside and not line.strip():
            inside = False
        elif inside and re.match(r"^  \S", line):
            names.append(line.split()[0])
    return names


def options(text):
    found = []
    for line in text.splitlines():
        match = re.match(r"^ +(-\S+)", line)
        if match:
            found += [name for name in match.group(1).split(",") if name.startswith("--")]
    return [name for name in found if name != "--help"]


def commands(binary, path=()):
    """(path, options) for every command that runs something (the leaves of the tree)."""
    text = help_text(binary, list(path))
    children = subcommands(text)
    if not children:
        yield path, options(text)
    for child in children:
        yield from commands(binary, (*path, child))


def plain(roff):
    """roff source as searchable text: no font escapes, \\- as -."""
    roff = re.sub(r"\\f[BIRP]|\\f\(..|\\&", "", roff)
    return roff.replace("\\-", "-")


def main():
    binary, page = sys.argv[1], sys.argv[2]
    source = open(page, encoding="utf-8").read()
    failures = []

    env = dict(os.environ, LC_ALL="C.UTF-8", MANWIDTH="80", MANROFFSEQ="")
    rendered = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", page],
                              capture_output=True, text=True, env=env, timeout=60)
    if rendered.returncode != 0 or rendered.stderr.strip():
        failures.append(f"man --warnings reports problems:\n{rendered.stderr}")

    # Sections: ".SH NAME" and ".SS \"spf check\"" headings, each with the text up to the next one.
    sections, heading, lines = {}, None, []
    for line in source.splitlines():
        match = re.match(r'^\.S[HS] "?([^"]*)"?\s*$', line)
        if match:
            if heading is not None:
                sections[heading] = plain("\n".join(lines))
            heading, lines = match.group(1), []
        else:
            lines.append(line)
    if heading is not None:
        sections[heading] = plain("\n".join(lines))
    shared = sections.get("OPTIONS", "") + sections.get("DNS OPTIONS", "")

    checked = 0
    for path, names in commands(binary):
        if not path:
            continue
        checked += 1
        name = " ".join(path)
        if name not in sections:
            failures.append(f'command "dmarcplan {name}" has no section: add .SS "{name}" under .SH COMMANDS')
            continue
        for option in names:
            pattern = re.compile(re.escape(option) + r"(?![A-Za-z0-9-])")
            if not pattern.search(sections[name]) and not pattern.search(shared):
                failures.append(f'option {option} of "dmarcplan {name}" is not documented: '
                                f'add it to .SS "{name}" (or to OPTIONS / DNS OPTIONS if it is shared)')
        print(f"documented: dmarcplan {name} ({len(names)} options)")

    if checked == 0:
        failures.append("the program lists no commands at all")
    for failure in failures:
        print("FAIL:", failure)
    print(f"{checked} commands checked against {page}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
