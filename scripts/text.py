#!/usr/bin/env python3
"""Adds or updates UI texts in src/OneStop.Web/Resources/<Area>.resx (English) and <Area>.el.resx (Greek).

usage: scripts/text.py Area Key "English text" "Ελληνικό κείμενο" [Key2 en2 el2 ...]
       scripts/text.py Area --check      (lists keys missing from either language)
Entries are kept sorted by key so that concurrent additions merge cleanly.
"""
import sys, os, html, re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "OneStop.Web", "Resources")
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""
ENTRY = re.compile(r'<data name="([^"]+)" xml:space="preserve">\s*<value>(.*?)</value>\s*</data>', re.S)


def load(path):
    if not os.path.exists(path):
        return {}
    text = open(path, encoding="utf-8").read()
    return {html.unescape(k): html.unescape(v) for k, v in ENTRY.findall(text)}


def save(path, entries):
    out = [HEADER]
    for key in sorted(entries, key=str.lower):
        out.append('  <data name="%s" xml:space="preserve">\n    <value>%s</value>\n  </data>\n'
                   % (html.escape(key, quote=True), html.escape(entries[key], quote=False)))
    out.append("</root>\n")
    open(path, "w", encoding="utf-8").write("".join(out))


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    area = argv[0]
    en_path = os.path.join(ROOT, area + ".resx")
    el_path = os.path.join(ROOT, area + ".el.resx")
    en, el = load(en_path), load(el_path)
    if argv[1] == "--check":
        missing = sorted(set(en) ^ set(el))
        for k in missing:
            print("missing in", "el" if k in en else "en", ":", k)
        return 1 if missing else 0
    rest = argv[1:]
    if len(rest) % 3:
        print("give Key English Greek triples")
        return 2
    for i in range(0, len(rest), 3):
        key, e, g = rest[i:i + 3]
        en[key], el[key] = e, g
    save(en_path, en)
    save(el_path, el)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
