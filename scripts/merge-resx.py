#!/usr/bin/env python3
"""Resolves a git merge conflict in .resx files by taking the union of both sides' texts.

usage (during a conflicted merge): scripts/merge-resx.py [path.resx ...]   (default: every conflicted .resx)
"""
import subprocess, sys, os, importlib.util

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("text", os.path.join(here, "text.py"))
text = importlib.util.module_from_spec(spec)
spec.loader.exec_module(text)


def side(stage, path):
    out = subprocess.run(["git", "show", f":{stage}:{path}"], capture_output=True, text=True)
    if out.returncode != 0:
        return {}
    import html
    return {html.unescape(k): html.unescape(v) for k, v in text.ENTRY.findall(out.stdout)}


paths = sys.argv[1:] or [p for p in subprocess.run(["git", "diff", "--name-only", "--diff-filter=U"], capture_output=True, text=True).stdout.split() if p.endswith(".resx")]
for path in paths:
    merged = side(2, path)
    merged.update(side(3, path))
    text.save(path, merged)
    subprocess.run(["git", "add", path], check=True)
    print("merged", path, len(merged), "texts")
