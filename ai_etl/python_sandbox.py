"""Checks and runs the Python Coder's polars transforms.

The Python Coder writes Python only where SQL cannot do the job (e.g. parsing a messy file), and
that code comes from a model, so it is treated as untrusted. Two layers guard it:

1. `check_transform_code` reads the code with `ast` and refuses anything outside a small shape:
   imports from an allow-list, constants, helper functions and one `transform(frames)` function;
   no file, process or network access, no dynamic code, no reaching private or dunder attributes,
   no polars I/O and no way to walk from an allowed module to another module (`pl.os`, `typing.sys`).
2. `run_transform` executes only code that passed the check, in a fresh namespace whose builtins
   are a small allow-list and whose `__import__` only loads allow-listed modules, so a check that
   missed something still meets a second wall.

This is not an OS sandbox: it does not bound CPU time or memory.
"""

from __future__ import annotations

import ast
import builtins
import importlib
import traceback
import types
import warnings
from collections.abc import Iterator
from typing import Any

import polars as pl
from pydantic import BaseModel

from ai_etl.errors import UserError

ALLOWED_MODULES = frozenset({
    "polars", "polars.selectors", "polars.exceptions", "polars.datatypes",
    "re", "math", "datetime", "decimal", "json", "string", "itertools", "functools",
    "collections", "collections.abc", "typing", "unicodedata",
})  # fmt: skip
_ALLOWED_TEXT = "polars, re, math, datetime, decimal, json, string, itertools, functools, collections, typing, unicodedata"

SAFE_BUILTINS: dict[str, Any] = {
    name: getattr(builtins, name)
    for name in (
        "len", "range", "min", "max", "sum", "abs", "round", "sorted", "reversed", "enumerate", "zip",
        "map", "filter", "list", "dict", "set", "frozenset", "tuple", "str", "int", "float", "bool",
        "isinstance", "any", "all", "divmod", "pow", "chr", "ord", "repr", "iter", "next", "slice",
        "Exception", "ValueError", "TypeError", "KeyError", "IndexError", "LookupError",
        "ArithmeticError", "ZeroDivisionError", "RuntimeError", "StopIteration",
    )
}  # fmt: skip

# Builtins that open files, run code or reach objects by name; each gets its own message.
DENIED_NAMES = {
    "open": "reads or writes files",
    "eval": "runs code from a string",
    "exec": "runs code from a string",
    "compile": "builds code from a string",
    "__import__": "imports arbitrary modules",
    "globals": "exposes the module namespace",
    "locals": "exposes the local namespace",
    "vars": "exposes object internals",
    "getattr": "reaches attributes by a computed name",
    "setattr": "changes attributes by a computed name",
    "delattr": "deletes attributes by a computed name",
    "input": "waits for user input",
    "breakpoint": "starts a debugger",
    "exit": "stops the process",
    "quit": "stops the process",
}

# Attributes that touch files or the network, run SQL (polars SQL can read files), deserialize
# (pickled plans run code), load native plugins, or hand back a way around the name rules.
DENIED_ATTRIBUTES = frozenset({
    "sql", "sql_expr", "SQLContext", "Config", "Catalog", "serialize", "deserialize", "plugins",
    "register_plugin_function", "show_graph", "Formatter", "get_type_hints", "ForwardRef",
    "attrgetter", "methodcaller",
    "os", "sys", "subprocess", "builtins", "importlib", "io", "codecs", "pathlib", "shutil", "socket",
    "ctypes", "pickle", "marshal", "types", "inspect", "gc", "operator", "numpy", "np", "pyarrow",
    "pa", "pandas", "pd",
})  # fmt: skip
IO_PREFIXES = ("read_", "scan_", "write_", "sink_", "CredentialProvider")
# Generator, coroutine, frame, traceback and code objects lead to the caller's real builtins.
FRAME_PREFIXES = ("gi_", "cr_", "ag_", "f_", "tb_", "co_")
# namedtuple's public API is spelled with one underscore.
UNDERSCORE_OK = frozenset({"_replace", "_asdict", "_fields", "_make", "_field_defaults"})

_FILENAME = "<generated transform>"


class PythonTransformProblem(BaseModel):
    """One reason the generated code may not run; the message says what is wrong and what is allowed."""

    line: int
    message: str


def check_transform_code(code: str) -> list[PythonTransformProblem]:
    """Every rule the code breaks, in line order; an empty list means it may run."""
    try:
        tree = ast.parse(code, filename=_FILENAME)
    except SyntaxError as exc:
        return [PythonTransformProblem(line=exc.lineno or 1, message=f"The code is not valid Python ({exc.msg}); fix the syntax.")]
    checker = _Checker(tree)
    checker.run()
    return sorted(checker.problems, key=lambda p: p.line)


def run_transform(code: str, frames: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Run `transform(frames)` only if the code passes the check; any failure is a UserError."""
    problems = check_transform_code(code)
    if problems:
        first = problems[0]
        more = f" ({len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        raise UserError(f"The generated transform was refused at line {first.line}: {first.message}{more}")
    return _execute(code, frames)


def _execute(code: str, frames: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Execute already-checked code with restricted builtins; kept separate so tests can aim at it alone."""
    namespace: dict[str, Any] = {
        "__builtins__": {**SAFE_BUILTINS, "__import__": _guarded_import},
        "__name__": "generated_transform",
    }
    # Clones share data but not the frame objects, so in-place methods (insert_column, extend) cannot
    # change the caller's frames.
    inputs = {name: frame.clone() for name, frame in frames.items()}
    try:
        # Running generated code is this function's purpose; the check and the namespace are the guard.
        exec(compile(code, _FILENAME, "exec", dont_inherit=True), namespace)  # noqa: S102
        transform = namespace.get("transform")
        if not callable(transform):
            raise UserError("The generated code defines no transform function; define `def transform(frames)`.")
        result = transform(inputs)
    except UserError:
        raise
    except Exception as exc:  # the model's code can fail in any way; report it as something to fix
        raise UserError(f"The generated transform failed{_where(exc)}: {type(exc).__name__}: {exc}") from exc
    if isinstance(result, pl.LazyFrame):
        raise UserError("transform returned a LazyFrame; call .collect() and return a polars DataFrame.")
    if not isinstance(result, pl.DataFrame):
        raise UserError(f"transform returned {type(result).__name__}; it must return a polars DataFrame.")
    return result


def _where(exc: BaseException) -> str:
    """' at line N' for the deepest frame inside the generated code, so the fix can be aimed."""
    lines = [frame.lineno for frame in traceback.extract_tb(exc.__traceback__) if frame.filename == _FILENAME]
    return f" at line {lines[-1]}" if lines else ""


def _guarded_import(name: str, globals: Any = None, locals: Any = None, fromlist: Any = (), level: int = 0) -> Any:
    """The runtime `__import__`: allow-listed modules only, and no private or I/O names from them."""
    if level != 0 or (name not in ALLOWED_MODULES and name != "__future__"):
        raise ImportError(f"import of '{name}' is not allowed; only {_ALLOWED_TEXT} may be imported")
    module = importlib.__import__(name, globals, locals, fromlist, level)
    for item in fromlist or ():
        value = getattr(module, item, None)
        if (
            (item.startswith("_") and item not in UNDERSCORE_OK)
            or item in DENIED_ATTRIBUTES
            or item.startswith(IO_PREFIXES)
            or (isinstance(value, types.ModuleType) and value.__name__ not in ALLOWED_MODULES)
        ):
            raise ImportError(f"'{item}' may not be imported from '{name}'")
    return module


class _Checker:
    """Walks the tree once; `problems` collects every broken rule with its line."""

    def __init__(self, tree: ast.Module) -> None:
        self.tree = tree
        self.problems: list[PythonTransformProblem] = []
        self.parents: dict[ast.AST, ast.AST] = {
            child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)
        }
        self.bound = _bound_names(tree)
        self.imported: dict[str, Any] = {}  # import alias -> the real object, to follow `pl.x.y` chains

    def add(self, node: ast.AST | None, message: str) -> None:
        self.problems.append(PythonTransformProblem(line=getattr(node, "lineno", 1), message=message))

    def run(self) -> None:
        for node in ast.walk(self.tree):  # first, so constants and dotted names can be resolved
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                self.check_import(node)
        self.check_shape()
        for node in ast.walk(self.tree):
            self.check_node(node)

    # -- module shape ---------------------------------------------------------------------------

    def check_shape(self) -> None:
        transforms = []
        for index, stmt in enumerate(self.tree.body):
            if isinstance(stmt, ast.FunctionDef):
                if stmt.name == "transform":
                    transforms.append(stmt)
            elif isinstance(stmt, (ast.Import, ast.ImportFrom, ast.ClassDef, ast.AsyncFunctionDef)):
                pass  # imports are checked on their own; classes and async defs are refused everywhere
            elif isinstance(stmt, (ast.Assign, ast.AnnAssign)):
                self.check_constant(stmt)
            elif index == 0 and isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str):
                pass  # module docstring
            else:
                self.add(stmt, f"A top-level {type(stmt).__name__} statement is not allowed; the module may hold only imports, constants, helper functions and transform.")
        if not transforms:
            self.add(None, "The code defines no top-level `def transform(frames)`; define exactly one that takes the dict of input frames and returns a polars DataFrame.")
        for extra in transforms[1:]:
            self.add(extra, "transform is defined more than once; define exactly one top-level transform function.")
        for func in transforms[:1]:
            args = func.args
            if len(args.posonlyargs) + len(args.args) != 1 or args.vararg or args.kwarg or args.kwonlyargs:
                self.add(func, "transform must take exactly one positional parameter, the dict of input frames: `def transform(frames)`.")

    def check_constant(self, stmt: ast.Assign | ast.AnnAssign) -> None:
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
        if not all(isinstance(target, ast.Name) for target in targets):
            self.add(stmt, "A top-level assignment must bind a plain name; assign constants as `NAME = value`.")
        elif any(target.id == "transform" for target in targets):  # type: ignore[union-attr]
            self.add(stmt, "transform must be a function, not an assigned value; use `def transform(frames)`.")
        if stmt.value is None or not self.is_constant(stmt.value):
            self.add(stmt, "A top-level value must be a constant (literals, containers of literals, re.compile(...), polars dtypes or lambdas); compute other values inside functions.")

    def is_constant(self, node: ast.expr) -> bool:
        """Literals and containers of them, names, dotted names, lambdas, and calls of imported callables or
        safe constructors with constant arguments (re.compile, pl.Datetime, frozenset); not helper calls."""
        match node:
            case ast.Constant() | ast.Name() | ast.Lambda():
                return True
            case ast.Attribute():
                return self.is_constant(node.value)
            case ast.Tuple() | ast.List() | ast.Set():
                return all(self.is_constant(item) for item in node.elts)
            case ast.Dict():
                return all(k is None or self.is_constant(k) for k in node.keys) and all(self.is_constant(v) for v in node.values)
            case ast.UnaryOp() | ast.BinOp() | ast.BoolOp() | ast.Compare() | ast.JoinedStr() | ast.FormattedValue():
                return all(self.is_constant(child) for child in ast.iter_child_nodes(node) if isinstance(child, ast.expr))
            case ast.Starred():
                return self.is_constant(node.value)
            case ast.Call():
                root = node.func
                while isinstance(root, (ast.Attribute, ast.Call)):
                    root = root.value if isinstance(root, ast.Attribute) else root.func
                callee_ok = isinstance(root, ast.Name) and (root.id in self.imported or root.id in SAFE_BUILTINS)
                arguments = [*node.args, *(kw.value for kw in node.keywords)]
                inner_ok = not isinstance(node.func, ast.Attribute) or self.is_constant(node.func.value)
                return callee_ok and inner_ok and all(self.is_constant(arg) for arg in arguments)
        return False

    # -- imports --------------------------------------------------------------------------------

    def check_import(self, node: ast.Import | ast.ImportFrom) -> None:
        if isinstance(node, ast.ImportFrom):
            module_name = node.module or ""
            if module_name == "__future__" and node.level == 0:
                if any(alias.name != "annotations" for alias in node.names):
                    self.add(node, "Only `from __future__ import annotations` is allowed from __future__.")
                return
            if node.level or module_name not in ALLOWED_MODULES:
                self.add(node, f"Import from '{'.' * node.level}{module_name}' is not allowed; only {_ALLOWED_TEXT} may be imported.")
                return
            module = importlib.import_module(module_name)
            for alias in node.names:
                if alias.name == "*":
                    self.add(node, f"`from {module_name} import *` is not allowed; import the names you use.")
                    continue
                if message := self.denied_attribute_message(alias.name):
                    self.add(node, f"Importing '{alias.name}' from '{module_name}' is not allowed: {message}")
                    continue
                value = _lookup(module, [alias.name])
                if isinstance(value, types.ModuleType) and value.__name__ not in ALLOWED_MODULES:
                    self.add(node, f"'{module_name}.{alias.name}' is a module outside the allow-list; only {_ALLOWED_TEXT} may be imported.")
                    continue
                if value is not _MISSING:
                    self.imported[alias.asname or alias.name] = value
            return
        for alias in node.names:
            if alias.name not in ALLOWED_MODULES:
                self.add(node, f"Import of '{alias.name}' is not allowed; only {_ALLOWED_TEXT} may be imported.")
                continue
            if alias.asname:
                self.imported[alias.asname] = importlib.import_module(alias.name)
            else:
                top = alias.name.split(".")[0]
                self.imported[top] = importlib.import_module(top)

    # -- every node -----------------------------------------------------------------------------

    def check_node(self, node: ast.AST) -> None:
        match node:
            case ast.ClassDef():
                self.add(node, "Class definitions are not allowed; use functions, dicts or tuples.")
            case ast.AsyncFunctionDef() | ast.Await() | ast.AsyncFor() | ast.AsyncWith():
                self.add(node, "async code is not allowed; write plain synchronous functions.")
            case ast.Global() | ast.Nonlocal():
                self.add(node, f"`{type(node).__name__.lower()}` is not allowed; pass values in and return them instead.")
            case ast.FunctionDef() | ast.Lambda():
                if isinstance(node, ast.FunctionDef) and node.name.startswith("__"):
                    self.add(node, f"The name '{node.name}' starts with a double underscore; use ordinary names.")
                all_args = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs, node.args.vararg, node.args.kwarg]
                for arg in filter(None, all_args):
                    if arg.arg.startswith("__"):
                        self.add(arg, f"The parameter '{arg.arg}' starts with a double underscore; use ordinary names.")
            case ast.Name():
                self.check_name(node)
                self.check_module_reach(node)
            case ast.Attribute():
                if message := self.denied_attribute_message(node.attr):
                    self.add(node, f"The attribute '{node.attr}' is not allowed: {message}")
                self.check_module_reach(node)
            case ast.MatchClass():
                for attr in node.kwd_attrs:  # `case C(attr=x)` reads the attribute
                    if message := self.denied_attribute_message(attr):
                        self.add(node, f"The attribute '{attr}' is not allowed: {message}")
            case ast.alias():
                if node.asname and node.asname.startswith("__"):
                    self.add(node, f"The name '{node.asname}' starts with a double underscore; use ordinary names.")

    def check_name(self, node: ast.Name) -> None:
        if node.id in DENIED_NAMES:
            self.add(node, f"'{node.id}' is not allowed because it {DENIED_NAMES[node.id]}; the transform gets its data only from `frames` and returns a DataFrame.")
        elif node.id.startswith("__"):
            self.add(node, f"The name '{node.id}' starts with a double underscore; dunder names are not allowed.")
        elif hasattr(builtins, node.id) and node.id not in SAFE_BUILTINS and node.id not in self.bound:
            self.add(node, f"The builtin '{node.id}' is not available to transforms; allowed builtins are {', '.join(SAFE_BUILTINS)}.")

    def denied_attribute_message(self, attr: str) -> str | None:
        """Why the attribute is refused, or None; shared by attributes, `from x import y` and match patterns."""
        if attr.startswith("__"):
            return "dunder attributes reach interpreter internals; use the public API."
        if attr.startswith("_") and attr not in UNDERSCORE_OK:
            return "private attributes are not allowed; use the public API."
        if attr.startswith(("read_", "scan_", "write_", "sink_")):
            return "polars I/O is not allowed in a transform; it receives its inputs in `frames` and returns a DataFrame that the pipeline writes."
        if attr.startswith(IO_PREFIXES):
            return "cloud credentials are only for I/O, which a transform does not do."
        if attr in {"sql", "sql_expr", "SQLContext"}:
            return "SQL belongs in the SQL models (and polars SQL can read files); use polars expressions here."
        if attr in DENIED_ATTRIBUTES:
            return "it leads to files, processes, native code or dynamic attribute access; use polars expressions and the allow-listed modules."
        if attr.startswith(FRAME_PREFIXES):
            return "frame, code and generator internals are not allowed; use the public API."
        return None

    def check_module_reach(self, node: ast.Name | ast.Attribute) -> None:
        """A dotted name may only pass through allow-listed modules, and a module may only be used as
        `module.attribute`: `pl.os`, `typing.sys` or `m = pl` would hand out the rest of the interpreter."""
        parts = _dotted(node)
        if parts is None or parts[0] not in self.imported:
            return
        value = _lookup(self.imported[parts[0]], parts[1:])
        if not isinstance(value, types.ModuleType):
            return
        dotted = ".".join(parts)
        if value.__name__ not in ALLOWED_MODULES:
            self.add(node, f"'{dotted}' is the module '{value.__name__}', which is outside the allow-list; use only {_ALLOWED_TEXT}.")
            return
        parent = self.parents.get(node)
        if not (isinstance(parent, ast.Attribute) and parent.value is node) and not isinstance(parent, (ast.Import, ast.ImportFrom, ast.alias)):
            self.add(node, f"The module '{dotted}' may only be used as `{dotted}.name`, not passed around or assigned.")


_MISSING = object()


def _lookup(obj: Any, names: list[str]) -> Any:
    """Follow attributes on real objects without calling anything; _MISSING if the chain breaks."""
    for name in names:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                obj = getattr(obj, name)
            except Exception:  # noqa: BLE001 - lazy module attributes can raise anything; treat as unknown
                return _MISSING
    return obj


def _dotted(node: ast.expr) -> list[str] | None:
    """['pl', 'selectors', 'numeric'] for `pl.selectors.numeric`; None if the chain has calls or subscripts."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return parts[::-1]


def _bound_names(tree: ast.Module) -> set[str]:
    """Every name the code binds itself, so a variable called `id` or `type` is not taken for the builtin."""
    return set(_iter_bound(tree))


def _iter_bound(tree: ast.Module) -> Iterator[str]:
    for node in ast.walk(tree):
        match node:
            case ast.Name(ctx=ast.Store() | ast.Del()):
                yield node.id
            case ast.FunctionDef() | ast.AsyncFunctionDef() | ast.ClassDef():
                yield node.name
            case ast.arg():
                yield node.arg
            case ast.alias():
                yield node.asname or node.name.split(".")[0]
            case ast.ExceptHandler(name=str()) | ast.MatchAs(name=str()) | ast.MatchStar(name=str()):
                yield node.name  # type: ignore[misc]
            case ast.MatchMapping(rest=str()):
                yield node.rest  # type: ignore[misc]
