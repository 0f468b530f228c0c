"""check-layering.py --self-test: the scan, the include resolution, the engine-only set and the
cycle finder on inputs whose answers were worked out by hand. Exits 1 on any difference."""

import os
import tempfile
import textwrap

from . import cppscan, rules, tree

# Lines numbered from 1 in each snippet; the expected (name, first line, lines) follow it.
SNIPPETS = [
    ("lambdas, braced members, literals, operators, trailing return", """\
namespace a {
int f(int x = 3) {
    auto l = [x](int y) {
        return x + y;
    };
    return l(1);
}
}  // namespace a
Foo::Foo(QWidget* p) : QWidget(p), t_{new QTimer(this)} {
    int n = 1'000'000;
    char c = '{';
    const char* s = R"x(}})" {)x";
    // }
}
class X {
  public:
    int g() const { return 1; }
    std::vector<int> v_{1, 2};
    bool operator()(int) const {
        return true;
    }
};
auto h() -> std::function<void(int)> {
    return {};
}
""", [("f", 2, 6), ("Foo::Foo", 9, 6), ("g", 17, 1), ("operator()", 19, 3), ("h", 23, 3)]),
    ("preprocessor, comments, strings, initializers and scopes", """\
#define OPEN {
#define MULTI(x) \\
    }
extern "C" {
const std::map<int, int> kMap = {{1, 2}, {3, 4}};
enum class Kind : int { A, B };
/* } { */
static const char* kText = "\\" } {";
static const auto kLess = [](int a, int b) {
    return a < b;
};
}
class Panel : public QWidget {
    Q_OBJECT
  public slots:
    void show(int row);
  private:
    struct Row {
        int n = 0;
        int twice() const {
            return 2 * n;
        }
    };
    std::function<void()> done_ = [] { finish(); };
};
void Panel::show(int row) {
    struct Local {
        void run() {
        }
    };
    connect(this, &Panel::x, this, [this, row] {
        if (row) {
            emit changed('}');
        }
    });
}
Panel::~Panel() = default;
""", [("lambda", 9, 3), ("twice", 20, 3), ("Panel::show", 26, 11)]),
]


def check_scan(failures):
    for title, text, expected in SNIPPETS:
        got = cppscan.function_lengths(text)
        if got != expected:
            failures.append("scan, %s: got %s, want %s" % (title, got, expected))


def check_components(failures):
    graph = {"a": {"b": 0}, "b": {"c": 0}, "c": {"a": 0, "d": 0}, "d": {"e": 0}, "e": {"d": 0},
             "f": {"a": 0}, "g": {"g": 0}}
    cases = [(graph, [["a", "b", "c"], ["d", "e"]]), ({"a": {"b": 0}, "b": {"c": 0}}, [])]
    for edges, want in cases:
        got = rules.strongly_connected(edges)
        if got != want:
            failures.append("components of %s: got %s, want %s" % (sorted(edges), got, want))


def body(lines):
    """A function whose body spans @p lines lines, braces included."""
    return "void f%d() {\n%s}\n" % (lines, "    step();\n" * (lines - 2))


# A small checkout: an engine target linking LibTorch and a module linking that, a host
# library, a ui with views, jobs and workers, and the violations each rule must find.
TREE = {
    "core/CMakeLists.txt": """\
        add_library(lib_a STATIC alpha/A.cpp)
        target_include_directories(lib_a PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
        add_library(eng_core STATIC model/Net.cpp)  # the engine's rooms
        target_link_libraries(eng_core PUBLIC lib_a ${TORCH_LIBRARIES})
        add_library(eng MODULE engine/Module.cpp)
        target_link_libraries(eng PRIVATE eng_core)
        add_library(host STATIC engine/Engine.cpp)
        target_link_libraries(host PUBLIC lib_a)
        """,
    "core/alpha/A.h": '#include "beta/B.h"\n',
    "core/alpha/A.cpp": '#include "alpha/A.h"\n#include "model/Net.h"\n',
    "core/alpha/Bad.h": "#include <torch/types.h>\n",
    "core/beta/B.h": '#include "gamma/G.h"\n',
    "core/gamma/G.h": '#include "alpha/A.h"\n#include "beta/B.h"\n',
    "core/dataset/X.cpp": '#include "dataset/detail/D.h"\n',
    "core/dataset/X.h": "",
    "core/dataset/detail/D.h": '#include "dataset/X.h"\n',
    "core/model/Net.h": '#include "model/NetTypes.h"\n',
    "core/model/Net.cpp": '#include "model/Net.h"\n#include <torch/torch.h>\n',
    "core/model/NetTypes.h": "",
    "core/model/Tensors.h": "#include <ATen/Tensor.h>\n",
    "core/engine/Engine.h": '#include "model/NetTypes.h"\n',
    "core/engine/Engine.cpp": '#include "engine/Engine.h"\n',
    "core/engine/Module.cpp": '#include "model/Net.h"\n#include "model/Tensors.h"\n',
    "app/cli/CMakeLists.txt": "add_executable(cli Cmd.cpp)\n",
    "app/cli/Cmd.cpp": '#include "Cmd.h"\n#include "model/Tensors.h"\n' + body(80) + body(81),
    "app/cli/Cmd.h": "",
    "ui/CMakeLists.txt": "target_include_directories(ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})\n",
    "ui/jobs/Job.cpp": '#include "engine/Engine.h"\n',
    "ui/workers/W.cpp": '#include "engine/Engine.h"\n',
    "ui/models/M.h": '#include "views/dataset/Panel.h"\n',
    "ui/views/dataset/Panel.h": "",
    "ui/views/dataset/Panel.cpp": '#include "Panel.h"\n#include "models/M.h"\n'
                                  '#include "engine/Engine.h"\n',
    "ui/views/Shared.h": '#include "model/NetTypes.h"\n#include "engine/Gone.h"\n'
                         "#include <c10/core/Device.h>\n",
}

WANT = [
    ("app/cli/Cmd.cpp", 2, "engine-only-include"),
    ("app/cli/Cmd.cpp", 83, "function-length"),
    ("core/alpha/A.cpp", 2, "engine-only-include"),
    ("core/alpha/A.h", 1, "folder-cycle"),
    ("ui/models/M.h", 1, "folder-cycle"),
    ("ui/views/Shared.h", 3, "engine-only-include"),
    ("ui/views/dataset/Panel.cpp", 3, "ui-engine-outside-jobs"),
    ("ui/views/dataset/Panel.cpp", 3, "views-engine"),
    ("ui/workers/W.cpp", 1, "ui-engine-outside-jobs"),
]


def check_tree(failures):
    with tempfile.TemporaryDirectory() as root:
        for path, text in TREE.items():
            os.makedirs(os.path.join(root, os.path.dirname(path)), exist_ok=True)
            with open(os.path.join(root, path), "w") as f:
                f.write(textwrap.dedent(text))
        t = tree.Tree(root)
        got = [(path, line, rule) for path, line, rule, _ in rules.check(t)]
        if got != WANT:
            failures.append("tree: got %s, want %s" % (got, WANT))
        cycles = [d for _, _, rule, d in rules.check(t) if rule == "folder-cycle"]
        if not cycles or not cycles[0].startswith("folders core/alpha, core/beta, core/gamma "):
            failures.append("cycle among three folders: got %s" % cycles)
        engine = sorted(t.engine_headers)
        if engine != ["core/alpha/Bad.h", "core/model/Net.h", "core/model/Tensors.h"]:
            failures.append("engine-only headers: got %s" % engine)


def run():
    failures = []
    for check in (check_scan, check_components, check_tree):
        check(failures)
    for failure in failures:
        print("self-test failed: " + failure)
    if not failures:
        print("self-test passed: %d scans, cycles, a synthetic tree" % len(SNIPPETS))
    return 1 if failures else 0
