#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Translation workflow for Berth's translations/*.ts, used by scripts/update-translations and
scripts/check-translations (run those; this file is their engine).

  update            lupdate -no-obsolete over core/ ui/ app/ into the committed .ts files, English entries
                    filled with their source text, then a list of what still needs a translator
  check             lupdate into temporary copies; fails on a source string missing from the committed files,
                    an unfinished or empty entry, a broken placeholder/accelerator/markup, or a tr() whose
                    context lupdate cannot see (its text would never be translated at run time)
  export FILE [--all] [--lang en]   unfinished Korean (or English) entries, or all of them, as JSON
  import FILE [--lang en]           translations from such a file back into the .ts file, marked finished;
                    a plural entry takes a list of forms (English: ["%n tag", "%n tags"]) or one text for all
"""

import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(ROOT, "translations")
LANGUAGES = ("en", "ko")
SOURCE_DIRS = ("core", "ui", "app")
# lupdate says these when tr() sits where it cannot tell the class: the text lands in a context that the running
# code never asks for, so it would stay English whatever the .ts file says.
CONTEXT_WARNINGS = re.compile(r"lacks Q_OBJECT macro|Qualifying with unknown namespace/class")


def ts_path(lang, directory=TS_DIR):
    return os.path.join(directory, "berth_%s.ts" % lang)


def qt_tool(name):
    env = os.environ.get(name.upper())
    if env:
        return env
    candidates = []
    try:
        bins = subprocess.run(["qtpaths6", "--query", "QT_INSTALL_BINS"], capture_output=True, text=True).stdout
        candidates.append(os.path.join(bins.strip(), name))
    except OSError:
        pass
    candidates += ["/usr/lib/qt6/bin/" + name, shutil.which(name + "6") or "", shutil.which(name) or ""]
    for c in candidates:
        if c and os.access(c, os.X_OK):
            return c
    sys.exit("%s not found: install qt6-l10n-tools (or set %s)" % (name, name.upper()))


def run_lupdate(ts_files):
    """Scans the tree into ts_files; returns lupdate's warnings about contexts it could not determine."""
    cmd = [qt_tool("lupdate"), "-no-obsolete", "-locations", "relative", "-extensions", "cpp,h"]
    cmd += [os.path.join(ROOT, d) for d in SOURCE_DIRS if os.path.isdir(os.path.join(ROOT, d))]
    cmd += ["-ts"] + list(ts_files)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit("lupdate failed")
    out = proc.stdout + proc.stderr
    return [line.replace(ROOT + "/", "") for line in out.splitlines() if CONTEXT_WARNINGS.search(line)]


def normalize(path):
    """Rewrites a .ts file the way Qt's tools write it, so edits made here produce no formatting noise."""
    subprocess.run([qt_tool("lconvert"), "-i", path, "-o", path], check=True)


def ensure_files():
    os.makedirs(TS_DIR, exist_ok=True)
    for lang in LANGUAGES:
        p = ts_path(lang)
        if not os.path.exists(p):
            with open(p, "w", encoding="utf-8") as f:
                f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                        '<TS version="2.1" language="%s"></TS>\n' % lang)


Message = collections.namedtuple("Message", "context source comment numerus element")


def messages(tree):
    for ctx in tree.getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.findall("message"):
            yield Message(name, m.findtext("source") or "", m.findtext("comment") or "", m.get("numerus") == "yes", m)


def key(msg):
    return (msg.context, msg.source, msg.comment)


def translation_texts(msg):
    t = msg.element.find("translation")
    if t is None:
        return []
    if msg.numerus:
        return [(f.text or "") for f in t.findall("numerusform")]
    return [t.text or ""]


def state(msg):
    """'finished', 'unfinished' or 'obsolete' (vanished/obsolete: the source no longer has it)."""
    t = msg.element.find("translation")
    if t is None:
        return "unfinished"
    kind = t.get("type", "")
    if kind in ("vanished", "obsolete"):
        return "obsolete"
    texts = translation_texts(msg)
    if kind == "unfinished" or not texts or any(not s.strip() for s in texts):
        return "unfinished"
    return "finished"


def set_translation(msg, text):
    t = msg.element.find("translation")
    if t is None:
        t = ET.SubElement(msg.element, "translation")
    t.attrib.pop("type", None)
    if msg.numerus:
        forms = t.findall("numerusform")
        values = text if isinstance(text, list) else [text] * max(1, len(forms))
        while len(forms) < len(values):
            forms.append(ET.SubElement(t, "numerusform"))
        for f, v in zip(forms, values):
            f.text = v
        t.text = None
    else:
        t.text = text


PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
TAG = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9]*)[^<>]*>")
ACCEL = re.compile(r"&(?!&)[^\s&;]")


def problems(msg):
    """Mistakes a translation must not have: lost placeholders, markup or accelerators."""
    out = []
    src = msg.source
    for text in translation_texts(msg):
        ph_src = collections.Counter(PLACEHOLDER.findall(src))
        ph_tr = collections.Counter(PLACEHOLDER.findall(text))
        if msg.numerus:  # "The last launch" may stand for %n = 1
            for c in (ph_src, ph_tr):
                c.pop("%n", None)
                c.pop("%Ln", None)
        if set(ph_src) != set(ph_tr):
            out.append("placeholders %s in the source, %s in the translation" % (sorted(ph_src), sorted(ph_tr)))
        if sorted(TAG.findall(src)) != sorted(TAG.findall(text)):
            out.append("markup differs: %s vs %s" % (TAG.findall(src), TAG.findall(text)))
        if ACCEL.search(src.replace("&&", "")) and not ACCEL.search(text.replace("&&", "")):
            out.append("the source has an accelerator (&) and the translation none")
    return out


def describe(msg):
    src = msg.source if len(msg.source) <= 100 else msg.source[:97] + "..."
    return "%s: %s%s" % (msg.context, json.dumps(src, ensure_ascii=False), " [numerus]" if msg.numerus else "")


def fill_english(tree):
    """English is the source language: an entry is finished with its own text, except plurals which need forms."""
    changed = 0
    for msg in messages(tree):
        if state(msg) == "unfinished" and not msg.numerus:
            set_translation(msg, msg.source)
            changed += 1
    return changed


def counts(tree):
    c = collections.Counter(state(m) for m in messages(tree))
    return c["finished"], c["finished"] + c["unfinished"]


def cmd_update():
    ensure_files()
    files = [ts_path(lang) for lang in LANGUAGES]
    warnings = run_lupdate(files)
    en = ET.parse(ts_path("en"))
    if fill_english(en):
        en.write(ts_path("en"), encoding="utf-8", xml_declaration=True)
        normalize(ts_path("en"))
    for w in warnings:
        print("warning: " + w)
    if warnings:
        print("  (tr() outside a Q_OBJECT/Q_DECLARE_TR_FUNCTIONS class: lupdate guesses a context the program "
              "never asks for; give the class Q_DECLARE_TR_FUNCTIONS or call QCoreApplication::translate)")
    for lang in LANGUAGES:
        tree = ET.parse(ts_path(lang))
        done, total = counts(tree)
        print("berth_%s.ts: %d of %d finished" % (lang, done, total))
        for msg in messages(tree):
            if state(msg) == "unfinished":
                print("  unfinished: " + describe(msg))
            elif state(msg) == "finished":
                for p in problems(msg):
                    print("  check: %s: %s" % (describe(msg), p))
    return 0


def cmd_check():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for lang in LANGUAGES:
            if not os.path.exists(ts_path(lang)):
                failures.append("translations/berth_%s.ts is missing" % lang)
                continue
            shutil.copy(ts_path(lang), ts_path(lang, tmp))
            copies.append(ts_path(lang, tmp))
        if failures:
            return report(failures)
        committed = {lang: {key(m): m for m in messages(ET.parse(ts_path(lang)))} for lang in LANGUAGES}
        for w in run_lupdate(copies):
            failures.append("context lupdate cannot see (the text would never be translated): " + w)
        for lang in LANGUAGES:
            tree = ET.parse(ts_path(lang, tmp))
            stale = 0
            for msg in messages(tree):
                s = state(msg)
                if key(msg) not in committed[lang]:
                    failures.append("berth_%s.ts lacks %s" % (lang, describe(msg)))
                elif s == "unfinished":
                    failures.append("berth_%s.ts: unfinished %s" % (lang, describe(msg)))
                elif s == "finished":
                    for p in problems(msg):
                        failures.append("berth_%s.ts: %s: %s" % (lang, describe(msg), p))
            scanned = {key(m) for m in messages(tree)}
            stale = sum(1 for k in committed[lang] if k not in scanned)
            done, total = counts(tree)
            print("berth_%s.ts: %d of %d finished%s" % (
                lang, done, total, ", %d entries no longer in the source" % stale if stale else ""))
    return report(failures)


def report(failures):
    for f in failures:
        print("FAIL: " + f)
    if failures:
        print("%d translation problem(s). Run scripts/update-translations, translate what it lists "
              "(Qt Linguist, or export/import), and commit translations/." % len(failures))
        return 1
    print("Translations complete.")
    return 0


def cmd_export(path, everything, lang):
    tree = ET.parse(ts_path(lang))
    rows = []
    for msg in messages(tree):
        if everything or state(msg) == "unfinished":
            texts = translation_texts(msg)
            text = texts if msg.numerus and len(texts) > 1 else (texts[0] if texts else "")
            rows.append({"context": msg.context, "source": msg.source, "comment": msg.comment,
                         "numerus": msg.numerus, "translation": text})
    with open(path, "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=False, indent=1)
    print("%d entries written to %s" % (len(rows), path))
    return 0


def filled(text):
    return all(t.strip() for t in text) if isinstance(text, list) and text else isinstance(text, str) and text.strip()


def cmd_import(path, lang):
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    wanted = {(r["context"], r["source"], r.get("comment", "")): r["translation"] for r in rows
              if filled(r.get("translation", ""))}
    tree = ET.parse(ts_path(lang))
    applied = 0
    for msg in messages(tree):
        text = wanted.pop(key(msg), None)
        if text is not None:
            set_translation(msg, text)
            applied += 1
            for p in problems(msg):
                print("check: %s: %s" % (describe(msg), p))
    tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)
    normalize(ts_path(lang))
    print("%d translations applied" % applied)
    for k in wanted:
        print("not in berth_%s.ts (source changed?): %s: %s" % (lang, k[0], k[1][:80]))
    return 0


def main(argv):
    if len(argv) < 2 or argv[1] not in ("update", "check", "export", "import"):
        print(__doc__)
        return 2
    if argv[1] == "update":
        return cmd_update()
    if argv[1] == "check":
        return cmd_check()
    lang = argv[argv.index("--lang") + 1] if "--lang" in argv[:-1] else "ko"
    if lang not in LANGUAGES:
        sys.exit("unknown language %s" % lang)
    if argv[1] == "export" and len(argv) >= 3:
        return cmd_export(argv[2], "--all" in argv[3:], lang)
    if argv[1] == "import" and len(argv) >= 3:
        return cmd_import(argv[2], lang)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
