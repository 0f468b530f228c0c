"""The source tree as the layering rules see it: its files and their resolved includes, the
include roots that CMake sets, and which files belong to the engine module."""

import os
import re

from . import cppscan

LAYERS = ("app", "ui", "core")
SOURCE = (".h", ".hpp", ".cpp", ".cc")
TORCH = re.compile(r"(torch|ATen|c10|caffe2)/")
CALL = re.compile(r"\b(add_library|target_sources|target_link_libraries|target_include_directories)"
                  r"\s*\(([^)]*)\)")
DIR_VAR = re.compile(r"\$\{(CMAKE_CURRENT_SOURCE_DIR|PROJECT_SOURCE_DIR)\}(/[^\s)\"]*)?")


class Include:
    def __init__(self, line, angled, text, target):
        self.line = line
        self.angled = angled  # <...> rather than "..."
        self.text = text  # as written
        self.target = target  # the tree's file it names (relative path), or None


class Tree:
    """Files under app/, ui/ and core/ of a checkout, by path relative to its root."""

    def __init__(self, root):
        self.root = root
        self.text = {}
        for layer in LAYERS:
            for folder, _, names in os.walk(os.path.join(root, layer)):
                for name in names:
                    if name.endswith(SOURCE):
                        path = os.path.join(folder, name)
                        rel = os.path.relpath(path, root).replace(os.sep, "/")
                        with open(path, encoding="utf-8", errors="replace") as f:
                            self.text[rel] = f.read()
        self.cmake = _cmake_calls(root)
        self.include_roots = _include_roots(self.cmake)
        self.includes = {path: self._resolve_all(path) for path in self.text}
        self.engine_targets, self.engine_sources = _engine(self.cmake)
        self.engine_headers = self._engine_headers()

    def files(self, under):
        return sorted(p for p in self.text if p.startswith(under.rstrip("/") + "/"))

    def is_engine(self, path):
        """Compiled only into the engine module: its sources and engine-only headers."""
        return path in self.engine_sources or path in self.engine_headers

    def _resolve_all(self, path):
        out = []
        for line, quote, text in cppscan.includes(self.text[path]):
            target = None if quote == "<" else self._resolve(path, text)
            out.append(Include(line, quote == "<", text, target))
        return out

    def _resolve(self, path, text):
        """As the compiler looks for a quoted include: beside the file, then the roots."""
        for folder in [os.path.dirname(path)] + self.include_roots:
            candidate = os.path.normpath(os.path.join(folder, text)).replace(os.sep, "/")
            if candidate in self.text:
                return candidate
        return None

    def _engine_headers(self):
        """The header of each engine source (X.h beside X.cpp), and every header of core/ that
        includes LibTorch (the engine's header-only parts; one in app/ or ui/ is a violation).
        Not closed over includes: a program-side header that includes an engine-only one is the
        violation to report (EngineApi.h, say), not one more engine-only header whose includers
        would all be reported instead."""
        headers = {}
        for source, target in self.engine_sources.items():
            header = os.path.splitext(source)[0] + ".h"
            if header in self.text:
                headers[header] = "declares what %s (in %s) defines" % (source, target)
        for path in self.text:
            torch = [i.text for i in self.includes[path] if i.angled and TORCH.match(i.text)]
            if path.startswith("core/") and path.endswith((".h", ".hpp")) and torch \
                    and path not in headers:
                headers[path] = "includes <%s>" % torch[0]
        return headers


def _cmake_calls(root):
    """(folder of the CMakeLists.txt, command, arguments) of the commands the rules need."""
    calls = []
    for layer in LAYERS:
        for folder, _, names in os.walk(os.path.join(root, layer)):
            if "CMakeLists.txt" not in names:
                continue
            with open(os.path.join(folder, "CMakeLists.txt"), encoding="utf-8") as f:
                text = re.sub(r"#[^\n]*", "", f.read())
            rel = os.path.relpath(folder, root).replace(os.sep, "/")
            for m in CALL.finditer(text):
                calls.append((rel, m.group(1), m.group(2).split()))
    return calls


def _include_roots(calls):
    roots = []
    for folder, command, args in calls:
        if command != "target_include_directories":
            continue
        for arg in args:
            m = DIR_VAR.fullmatch(arg)
            if m:
                base = folder if m.group(1) == "CMAKE_CURRENT_SOURCE_DIR" else ""
                root = os.path.normpath(os.path.join(base, (m.group(2) or "/")[1:]))
                if root not in roots:
                    roots.append(root.replace(os.sep, "/"))
    return roots


def _engine(calls):
    """The engine's targets: those that link LibTorch, or link a target that does. Returns
    them and {source: target} of their sources, as the CMake lists name them."""
    links = {}
    for _, command, args in calls:
        if command == "target_link_libraries" and args:
            links.setdefault(args[0], set()).update(args[1:])
    engine = set()
    changed = True
    while changed:
        changed = False
        for target, linked in links.items():
            torch = any("TORCH" in a or a.startswith("torch") for a in linked)
            if target not in engine and (torch or linked & engine):
                engine.add(target)
                changed = True
    sources = {}
    for folder, command, args in calls:
        if command in ("add_library", "target_sources") and args and args[0] in engine:
            for arg in args[1:]:
                if arg.endswith(SOURCE):
                    sources[os.path.normpath(os.path.join(folder, arg))] = args[0]
    return engine, sources
