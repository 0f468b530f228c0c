"""Reading C++ sources without a compiler: their #include lines and the lengths of their
function bodies.

The function scan matches braces on a token stream from which comments, string and character
literals (raw strings too) and preprocessor lines are gone; what a brace opens is told from the
tokens before it, since the last `;`, scope brace or access label. Clang-formatted sources keep
that simple enough to be reliable; code whose braces differ between #if branches would fool it
(none in this tree).
"""

import bisect
import re

INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*([<"])([^">]+)[">]', re.MULTILINE)

# One alternative per token kind, tried in this order at each position. pp-numbers come before
# character literals so that a digit separator (1'000'000) does not open one.
TOKEN = re.compile(
    r"""
      (?P<pp>^[ \t]*\#(?:\\\n|/\*.*?\*/|[^\n])*)
    | (?P<comment>//[^\n]*|/\*.*?\*/)
    | (?P<raw>(?:u8|u|U|L)?R"(?P<delim>[^()\\\s]{0,16})\(.*?\)(?P=delim)")
    | (?P<string>"(?:\\.|[^"\\\n])*")
    | (?P<number>\.?[0-9](?:[eEpP][+-]|'[0-9a-zA-Z_]|[0-9a-zA-Z_.])*)
    | (?P<char>'(?:\\.|[^'\\\n])+')
    | (?P<ident>[A-Za-z_][A-Za-z_0-9]*)
    | (?P<punct>->|::|&&|\S)
    """,
    re.VERBOSE | re.MULTILINE | re.DOTALL,
)

# Tokens that may end a function's declarator right before its body.
FUNCTION_TAIL = {")", "const", "override", "final", "noexcept", "mutable", "try", "&", "&&",
                 "volatile"}
ACCESS = {"public", "private", "protected", "signals", "slots", "Q_SIGNALS", "Q_SLOTS"}


def includes(text):
    """(line, '"' or '<', path) of every #include in text."""
    starts = _line_starts(text)
    return [(_line_of(starts, m.start()), m.group(1), m.group(2)) for m in INCLUDE.finditer(text)]


def tokens(text):
    """(text, line) of each token that the brace scan needs; literals become a placeholder."""
    starts = _line_starts(text)
    out = []
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind in ("pp", "comment"):
            continue
        if kind in ("raw", "string", "char"):
            out.append(('"', None))
        elif kind == "number":
            out.append(("0", None))
        else:
            token = m.group()
            line = _line_of(starts, m.start()) if token in ("{", "}") else None
            out.append((token, line))
    return out


def function_lengths(text):
    """(name, first line, lines) of each function body in text, outermost only: lambdas and
    local classes count as part of the function around them. Lines run from the line of the
    opening brace to that of the closing one, both included."""
    found = []
    stack = []  # per open brace: (kind, line, name); kind "scope", "function", "block", "init"
    head = []  # tokens at scope level since the last `;`, scope brace or access label
    for token, line in tokens(text):
        in_body = _in_body(stack)
        if token == "{":
            if in_body:
                stack.append(("block", line, None))
                continue
            kind = _brace_kind(head)
            stack.append((kind, line, _function_name(head) if kind == "function" else None))
            if kind != "init":  # a braced member initializer leaves the constructor's head open
                head = []
        elif token == "}":
            if not stack:
                continue  # unbalanced (braces that differ between #if branches): skip
            kind, first, name = stack.pop()
            if kind == "function":
                found.append((name, first, line - first + 1))
            if kind == "init" and not _in_body(stack):
                head.append("}")
            elif kind in ("scope", "function"):
                head = []
        elif not in_body:
            if token == ";" or (token == ":" and head and head[-1] in ACCESS):
                head = []
            else:
                head.append(token)
    return found


def _in_body(stack):
    return any(kind in ("function", "block", "init") for kind, _, _ in stack)


def _brace_kind(head):
    """What a brace at namespace or class scope opens, from the tokens before it."""
    if "namespace" in head or head == ["extern", '"']:
        return "scope"
    if _is_function(head):
        return "function"
    if any(t in ("class", "struct", "union", "enum") for t in head) and "=" not in head:
        return "scope"
    return "init"  # a braced initializer, or a lambda inside one


def _is_function(head):
    """A parameter list, then a declarator's end: `)`, a qualifier, a trailing return type
    (`-> T`), or a constructor's initializer list whose last member is braced (`b_{2} {`). A
    lambda at namespace or class scope (`= [](..) {`) counts as a function of its own."""
    if ")" not in head:
        return False
    after_params = head[head.index(")"):]
    return head[-1] in FUNCTION_TAIL or "->" in after_params or (
        head[-1] == "}" and ":" in after_params)


def _function_name(head):
    """The name before the parameter list as written (Foo::bar, operator(), lambda)."""
    if "[" in head and "=" in head and head.index("[") < head.index("("):
        return "lambda"
    if "operator" in head:
        i = head.index("operator")
        end = head.index("(", i + 1) if "(" in head[i + 1:] else i + 1
        if end == i + 1 and head[i + 2:i + 4] == [")", "("]:
            end = i + 3  # operator()
        name = head[i:end]
    else:
        i = head.index("(")
        name = []
    j = i  # back over a qualified name: identifiers joined by ::, a destructor's ~
    while j > 0 and _name_continues(head, j, last=(j == i and not name)):
        j -= 1
    return "".join(head[j:i] + name)


def _name_continues(head, j, last):
    """Whether head[j - 1] belongs to the name that head[j] continues."""
    prev = head[j - 1]
    return prev in ("::", "~") or (prev.isidentifier() and (last or head[j] in ("::", "~")))


def _line_starts(text):
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _line_of(starts, offset):
    return bisect.bisect_right(starts, offset)
