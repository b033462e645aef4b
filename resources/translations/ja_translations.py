#!/usr/bin/env python3
"""Keep the Japanese translations in a side file and (re)apply them to dmarcplan_ja.ts.

ja_translations.tsv holds one entry per line: CONTEXT <TAB> SOURCE <TAB> TRANSLATION, as plain text
(no XML escapes); a backslash escapes newline (\\n), tab (\\t) and itself (\\\\). Lines starting with
'#' are comments. After `cmake --build build --target lupdate` (or after taking main's .ts in a
rebase):

    python3 resources/translations/ja_translations.py apply     # fill dmarcplan_ja.ts from the TSV
    python3 resources/translations/ja_translations.py missing   # TSV rows still to translate
    python3 resources/translations/ja_translations.py harvest   # add translations made in Linguist

`apply` sets every message whose (context, source) is in the TSV and marks it finished; it leaves
messages that are not in the TSV as they are (so translations made elsewhere survive), reports the
unfinished ones and exits 1 if any remain. Placeholders ({name}, %1, %n) are checked: a translation
that loses or invents one is refused.
"""

import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TS = os.path.join(HERE, "dmarcplan_ja.ts")
TSV = os.path.join(HERE, "ja_translations.tsv")

MESSAGE = re.compile(r"(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION = re.compile(r"<translation(?P<attrs>[^>]*)>(?P<text>.*?)</translation>|<translation(?P<eattrs>[^>]*)/>", re.S)
CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%L?\d")


def unescape_field(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], "\\" + text[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def escape_field(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def xml_escape(text):
    # The same escapes lupdate writes.
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def read_tsv(path=TSV):
    entries = {}
    if not os.path.exists(path):
        return entries
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{path}:{number}: expected 3 tab-separated fields, found {len(parts)}")
            context, source, translation = (unescape_field(p) for p in parts)
            entries[(context, source)] = translation
    return entries


def write_tsv(entries, path=TSV):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# context\tsource\ttranslation (see ja_translations.py)\n")
        for (context, source), translation in sorted(entries.items()):
            f.write(f"{escape_field(context)}\t{escape_field(source)}\t{escape_field(translation)}\n")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def messages(ts_text):
    """Yield (context, source, match) for every message of the .ts text."""
    for ctx in CONTEXT.finditer(ts_text):
        context = html.unescape(ctx.group(1))
        base = ctx.start(2)
        for m in MESSAGE.finditer(ctx.group(2)):
            source = SOURCE.search(m.group("body"))
            yield context, html.unescape(source.group(1)) if source else "", m, base


def state(body):
    t = TRANSLATION.search(body)
    if not t:
        return "missing", ""
    attrs = t.group("attrs") if t.group("attrs") is not None else t.group("eattrs")
    text = t.group("text") or ""
    if "vanished" in attrs or "obsolete" in attrs:
        return "gone", text
    forms = re.findall(r"<numerusform>(.*?)</numerusform>", text, re.S)
    filled = all(f.strip() for f in forms) if forms else bool(text.strip())
    if "unfinished" in attrs or not filled:
        return "unfinished", text
    return "finished", text


def apply(entries):
    with open(TS, encoding="utf-8") as f:
        text = f.read()
    bad = []
    for (context, source), translation in entries.items():
        if placeholders(source) != placeholders(translation):
            bad.append(f"[{context}] {source}\n    placeholders {placeholders(source)} != {placeholders(translation)}")
    if bad:
        sys.exit("refused, placeholders differ:\n" + "\n".join(bad))
    pieces, last, applied, unfinished = [], 0, 0, []
    for context, source, m, base in messages(text):
        status, _ = state(m.group("body"))
        if status == "gone":
            continue
        key = (context, source)
        if key not in entries:
            if status != "finished":
                unfinished.append(key)
            continue
        numerus = 'numerus="yes"' in m.group("attrs")
        value = xml_escape(entries[key])
        if numerus:
            value = f"\n            <numerusform>{value}</numerusform>\n        "
        body = TRANSLATION.sub(lambda _: f"<translation>{value}</translation>", m.group("body"), count=1)
        start, end = base + m.start("body"), base + m.end("body")
        pieces.append(text[last:start])
        pieces.append(body)
        last = end
        applied += 1
    pieces.append(text[last:])
    with open(TS, "w", encoding="utf-8") as f:
        f.write("".join(pieces))
    print(f"applied {applied} translations to {os.path.relpath(TS)}; {len(unfinished)} unfinished")
    for context, source in unfinished:
        print(f"  [{context}] {source}")
    return 1 if unfinished else 0


def missing():
    with open(TS, encoding="utf-8") as f:
        text = f.read()
    rows = [(c, s) for c, s, m, _ in messages(text) if state(m.group("body"))[0] in ("unfinished", "missing")]
    for context, source in rows:
        print(f"{escape_field(context)}\t{escape_field(source)}\t")
    return 0


def harvest(entries):
    with open(TS, encoding="utf-8") as f:
        text = f.read()
    added = 0
    for context, source, m, _ in messages(text):
        status, translation = state(m.group("body"))
        if status != "finished" or (context, source) in entries:
            continue
        forms = re.findall(r"<numerusform>(.*?)</numerusform>", translation, re.S)
        entries[(context, source)] = html.unescape(forms[0] if forms else translation)
        added += 1
    write_tsv(entries)
    print(f"harvested {added} finished translations into {os.path.relpath(TSV)}")
    return 0


def main(argv):
    command = argv[1] if len(argv) > 1 else "apply"
    if command == "apply":
        return apply(read_tsv())
    if command == "missing":
        return missing()
    if command == "harvest":
        return harvest(read_tsv())
    if command == "sort":
        write_tsv(read_tsv())
        return 0
    sys.exit(f"usage: {argv[0]} apply|missing|harvest|sort")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
