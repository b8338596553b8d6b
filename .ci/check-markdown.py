#!/usr/bin/env python3
"""Renders markdown pages with cmark-gfm (GitHub's CommonMark) and fails on a render error or a
malformed table: a table the renderer does not see as one, a row it drops, or a row whose cell
count differs from the header's (the renderer silently pads or cuts those)."""
import re
import subprocess
import sys

def cells(row):
    # Split on pipes that are not escaped and not inside code spans.
    count, in_code, escaped = 0, False, False
    for ch in row.strip().strip("|"):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "`":
            in_code = not in_code
        elif ch == "|" and not in_code:
            count += 1
    return count + 1

def tables(markdown):
    """Table blocks outside code fences: lists of rows (header first, delimiter dropped)."""
    blocks, current, fenced = [], None, False
    lines = markdown.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("```"):
            fenced = not fenced
        if fenced:
            continue
        if current is None:
            nxt = lines[index + 1] if index + 1 < len(lines) else ""
            if line.startswith("|") and re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", nxt.strip()):
                current = [line]
        elif line.startswith("|"):
            if not re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", line.strip()):
                current.append(line)
        else:
            blocks.append(current)
            current = None
    if current:
        blocks.append(current)
    return blocks

failures = 0
for path in sys.argv[1:]:
    markdown = open(path, encoding="utf-8").read()
    result = subprocess.run(
        ["cmark-gfm", "--validate-utf8", "--extension", "table", "--extension", "autolink", path],
        capture_output=True, text=True)
    if result.returncode != 0:
        print(f"{path}: cmark-gfm failed: {result.stderr.strip()}")
        failures += 1
        continue
    html = result.stdout
    blocks = tables(markdown)
    if html.count("<table>") != len(blocks):
        print(f"{path}: {len(blocks)} tables written, {html.count('<table>')} rendered")
        failures += 1
    if html.count("<tr>") != sum(len(block) for block in blocks):
        print(f"{path}: {sum(len(b) for b in blocks)} table rows written, {html.count('<tr>')} rendered")
        failures += 1
    for block in blocks:
        width = cells(block[0])
        for row in block[1:]:
            if cells(row) != width:
                print(f"{path}: row has {cells(row)} cells, header has {width}: {row[:80]}")
                failures += 1
    if "<table>" not in html and blocks:
        failures += 1
print(f"{len(sys.argv) - 1} pages rendered, {failures} problems")
sys.exit(1 if failures else 0)
