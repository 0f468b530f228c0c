"""The layering rules (see check-layering.py); each returns (file, line, rule, detail)."""

from . import cppscan
from .tree import TORCH

ENGINE_HEADER = "core/engine/Engine.h"
MAX_FUNCTION_LINES = 80
PROGRAM_LAYERS = ("app", "ui")


def views_include_no_engine(tree):
    """Rule 1: views show; nothing of the engine's interface reaches them."""
    return [(path, inc.line, "views-engine", "includes %s" % inc.text)
            for path in tree.files("ui/views") for inc in tree.includes[path]
            if inc.target and inc.target.startswith("core/engine/")]


def engine_only_from_jobs(tree):
    """Rule 2: in ui/, the jobs alone talk to the engine."""
    return [(path, inc.line, "ui-engine-outside-jobs", "includes %s" % inc.text)
            for path in tree.files("ui") if not path.startswith("ui/jobs/")
            for inc in tree.includes[path] if inc.target == ENGINE_HEADER]


def programs_include_no_engine_only(tree):
    """Rule 3: the programs and the torch-free libraries reach the engine through its
    interface only; an engine-only declaration would leave them to the linker's mercy."""
    found = []
    for path in sorted(tree.text):
        if tree.is_engine(path):
            continue
        for inc in tree.includes[path]:
            if inc.angled and TORCH.match(inc.text):
                found.append((path, inc.line, "engine-only-include", "includes LibTorch <%s>"
                              % inc.text))
            elif inc.target in tree.engine_headers:
                found.append((path, inc.line, "engine-only-include", "includes %s, which %s"
                              % (inc.text, tree.engine_headers[inc.target])))
    return found


def folder_node(path):
    """The node of a file in the folder graph: each folder of ui/ and of ui/views/, ui/'s own
    files as one; each folder of app/; each room of core/ (with its private subfolders, such
    as dataset/detail, which belong to the room)."""
    parts = path.split("/")[:-1]
    depth = 3 if parts[:2] == ["ui", "views"] else 2
    return "/".join(parts[:depth])


def folder_cycles(tree):
    """Rule 4: dependencies between folders point one way. One finding per set of folders
    that reach each other (a strongly connected component), naming every include between
    them, so that each cycle is reported once however many paths it has."""
    edges = {}
    for path in sorted(tree.text):
        for inc in tree.includes[path]:
            if inc.target:
                a, b = folder_node(path), folder_node(inc.target)
                if a != b:
                    edges.setdefault(a, {}).setdefault(b, (path, inc.line))
    found = []
    for component in strongly_connected(edges):
        links = ["%s -> %s (%s:%d)" % (a, b, *edges[a][b])
                 for a in component for b in sorted(edges.get(a, {})) if b in component]
        path, line = edges[component[0]][min(b for b in edges[component[0]] if b in component)]
        found.append((path, line, "folder-cycle", "folders %s include each other: %s"
                      % (", ".join(component), "; ".join(links))))
    return found


def strongly_connected(edges):
    """Tarjan's components of more than one node, each sorted, in sorted order."""
    index, low, on_stack, stack, out = {}, {}, set(), [], []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in sorted(edges.get(node, {})):
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(out)


def short_functions(tree):
    """Rule 5: no function in the programs longer than MAX_FUNCTION_LINES."""
    found = []
    for layer in PROGRAM_LAYERS:
        for path in tree.files(layer):
            for name, line, lines in cppscan.function_lengths(tree.text[path]):
                if lines > MAX_FUNCTION_LINES:
                    found.append((path, line, "function-length", "%s is %d lines (at most %d)"
                                  % (name, lines, MAX_FUNCTION_LINES)))
    return found


ALL = (views_include_no_engine, engine_only_from_jobs, programs_include_no_engine_only,
       folder_cycles, short_functions)


def check(tree):
    return sorted(f for rule in ALL for f in rule(tree))
