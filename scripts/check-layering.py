#!/usr/bin/env python3
"""Checks the layering of DESIGN.md ("Layers and the dependency rule", the ui rooms) on a
checkout, without building it. Prints each violation as `file:line: rule: detail` and exits 1
if there is any.

Rules:
  views-engine            1. Nothing under ui/views/ includes a header of core/engine/.
  ui-engine-outside-jobs  2. In ui/, only ui/jobs/ includes engine/Engine.h.
  engine-only-include     3. The programs (app/, ui/) and the torch-free core libraries include
                             no engine-only header and no LibTorch.
  folder-cycle            4. No include cycle between folders (ui/'s and ui/views/'s folders,
                             app/'s, core/'s rooms).
  function-length         5. No function in ui/ or app/ longer than 80 lines, braces included.

Which headers are engine-only is derived, not marked: the engine's targets are those in the
CMake lists that link LibTorch (or link one that does), and a header is engine-only when it
declares what one of their sources defines (X.h beside X.cpp) or includes LibTorch itself.
Why not an `// engine-only` marker in each header: the CMake lists are what the linker goes by,
so the derived set cannot drift from the build, while a marker forgotten on a new engine header
would let programs include it unnoticed. The *Types.h headers hold the plain types that cross
the engine's interface, so that programs need none of the engine-only ones.

Quoted includes resolve as the compiler resolves them: beside the including file, then in the
include roots that target_include_directories sets (core/, ui/).

Function lengths come from a brace-matching scan (layering/cppscan.py), not from clang-tidy-14's
readability-function-size: that check compiles each file against Qt's headers, 26 s of CPU for
two ui/ sources here (some 15 minutes for ui/'s 72), where this whole check takes under a second
of CPU for the tree. The two agree: clang-tidy's Lines is the difference of the brace lines, one
less than the count here (BarChart::setBars 77 there, 78 here; TrainingPanel's constructor 68,
69), so this rule is LineThreshold 79 there.

  check-layering.py [ROOT]      check the checkout at ROOT (default: this script's checkout)
  check-layering.py --self-test prove the scan, the resolution and the cycle finder on
                                synthetic trees with known answers
"""

import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from layering import rules, tree  # noqa: E402 (after the bytecode switch)


def main(argv):
    if argv[1:] == ["--self-test"]:
        from layering import selftest
        return selftest.run()
    if len(argv) > 2 or (len(argv) == 2 and argv[1].startswith("-")):
        sys.stderr.write(__doc__)
        return 2
    root = argv[1] if len(argv) == 2 else os.path.join(os.path.dirname(__file__), "..")
    found = rules.check(tree.Tree(root))
    for path, line, rule, detail in found:
        print("%s:%d: %s: %s" % (path, line, rule, detail))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
