"""The sandbox templates run in: no files, no Python internals, and bounded time and memory.

A template is the user's own text, or one a colleague shared, and the
editor's preview renders it on every keystroke. So besides Jinja2's sandbox
(no ``__class__``, no files), nothing a template asks for may cost much:
every size it asks of ``center``, ``format``, ``indent``, ``*`` and the
like is checked before anything is allocated, no value it makes may be
longer than an email may be, lists and dicts cannot be changed in place, and
each loop step, call and filter counts against a budget of steps and of
time. A template that goes past any of them stops with one sentence.
"""

from __future__ import annotations

import re
import time
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import update_wrapper, wraps
from typing import Any, TypeVar

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedFormatter

from cardkeeper.wording import QT_TRANSLATE_NOOP, translate

MAX_DRAFT_CHARS = 100_000
"""Far beyond any real email; a template looping past it is a mistake, not a mail.

It also bounds every value a template makes on the way (a longer one could
never end up in the email), and every number it hands to something that
allocates by it (a width, a count, an indent), so no step takes much memory."""

MAX_TEMPLATE_STEPS = 1_000_000
"""Loop turns, calls and filters one render may take: a real template takes tens (a loop
over the lines of an address), and even a whole email written a character a step takes a
tenth of this; three nested loops over a 1,000-character name would take a billion."""

MAX_RENDER_SECONDS = 1.0
"""A real template renders in a few milliseconds, and the preview renders on every
keystroke: a second is already far longer than any template needs."""

MAX_TEXT_MADE = 100 * MAX_DRAFT_CHARS
"""All the text one render may make, kept or thrown away: a hundred emails' worth. A real
template makes a few times its email; this bounds what a loop can pile up in a list."""

MAX_NUMBER_BITS = 4 * MAX_DRAFT_CHARS
"""The largest whole number a template may make, in bits (some 120,000 digits)."""


_T = TypeVar("_T")


class TemplateLimitError(SecurityError):
    """A template asked for more time or memory than any email needs; the text is the reason."""


@dataclass
class _Budget:
    steps: int
    deadline: float
    made: int = 0


_BUDGET: ContextVar[_Budget | None] = ContextVar("template_budget", default=None)


@contextmanager
def render_budget() -> Iterator[None]:
    """Count the steps and time of the rendering done inside against the limits above."""
    token = _BUDGET.set(_Budget(MAX_TEMPLATE_STEPS, time.monotonic() + MAX_RENDER_SECONDS))
    try:
        yield
    finally:
        _BUDGET.reset(token)


def _step() -> None:
    budget = _BUDGET.get()
    if budget is None:  # folding constants while compiling: sizes are still checked
        return
    budget.steps -= 1
    if budget.steps < 0:
        raise TemplateLimitError(
            translate(
                "template_sandbox",
                "it takes more than {most} steps, "
                "which means a loop in the template repeats far too often",
            ).format(most=f"{MAX_TEMPLATE_STEPS:,}")
        )
    if time.monotonic() > budget.deadline:
        raise TemplateLimitError(
            translate(
                "template_sandbox",
                "it takes more than a second to work out, "
                "which means a loop in the template repeats far too often",
            )
        )


def _made(result: _T) -> _T:
    """``result``, counted against the text one render may make."""
    budget = _BUDGET.get()
    if budget is not None:
        budget.made += _weight(result)
        if budget.made > MAX_TEXT_MADE:
            raise TemplateLimitError(
                translate(
                    "template_sandbox",
                    "it makes more than {most} characters of text on the way, "
                    "which means a loop in the template repeats far too often",
                ).format(most=f"{MAX_TEXT_MADE:,}")
            )
    return result


def _too_long() -> TemplateLimitError:
    return TemplateLimitError(
        translate("template_sandbox", "it would make text longer than {most} characters").format(
            most=f"{MAX_DRAFT_CHARS:,}"
        )
    )


def _too_large_number() -> TemplateLimitError:
    return TemplateLimitError(translate("template_sandbox", "it would make a number far too large"))


def _weight(value: object, seen: dict[int, int] | None = None) -> int:
    """About how many characters ``value`` becomes as text, counting shared parts each time.

    A list holding the same list twice, nested thirty deep, is small in
    memory and a billion characters as text; shared parts are measured once.
    """
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, int):
        return value.bit_length() // 3 + 1
    if not isinstance(value, list | tuple | dict | set | frozenset):
        return 1
    seen = {} if seen is None else seen
    known = seen.get(id(value))
    if known is not None:
        return known
    seen[id(value)] = 0
    items: Iterable[object] = [*value.keys(), *value.values()] if isinstance(value, dict) else value
    total = 2 + sum(2 + _weight(item, seen) for item in items)
    seen[id(value)] = total
    return total


def _check(*values: object) -> None:
    """Refuse values too long to become text in an email."""
    for value in values:
        if _weight(value) > MAX_DRAFT_CHARS:
            raise _too_long()


def _check_sizes_asked(*values: object) -> None:
    """Refuse numbers given where they set a size (a width, a count): too many to allocate."""
    for value in values:
        if isinstance(value, int) and abs(value) > MAX_DRAFT_CHARS:
            raise TemplateLimitError(
                translate(
                    "template_sandbox", "it asks for a size over {most} (a width, a count)"
                ).format(most=f"{MAX_DRAFT_CHARS:,}")
            )


def _check_size(size: int) -> None:
    if size > MAX_DRAFT_CHARS:
        raise _too_long()


def _replaced_size(text: Any, old: Any, new: Any, count: int = -1) -> int:
    found = text.count(old) if isinstance(old, type(text)) else 0
    if count is not None and count >= 0:
        found = min(found, count)
    return len(text) + found * max(0, _weight(new) - _weight(old))


def _joined_size(separator: str | bytes, items: list[Any]) -> int:
    return sum(_weight(item) for item in items) + len(separator) * max(0, len(items) - 1)


_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?[a-zA-Z%]")


def _percent_size(template: str, values: Any) -> int:
    """An upper bound of ``template % values``: widths and precisions are checked first."""
    specs = _PERCENT_SPEC.findall(template)
    if isinstance(values, Mapping):
        given = list(values.values())
    else:
        given = list(values) if isinstance(values, tuple) else [values]
    sizes = [int(n) for spec in specs for n in spec if n.isdigit()]
    if any("*" in spec for spec in specs):
        sizes += [abs(v) for v in given if isinstance(v, int)]
    widest = max(sizes, default=0)
    longest = max((_weight(value) for value in given), default=0)
    return len(template) + len(specs) * (widest + longest)


def _text_method_size(
    text: Any, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> int | None:
    """The size of what a str or bytes method returns, for those that can grow it many times."""
    if name == "replace" and len(args) >= 2:
        return _replaced_size(text, *args[:3])
    if name == "expandtabs":
        tab: int = args[0] if args else kwargs.get("tabsize", 8)
        tabs: int = text.count("\t" if isinstance(text, str) else b"\t")
        return len(text) + tabs * max(tab, 0)
    if name == "translate" and args and isinstance(args[0], Mapping):
        return len(text) * max((_weight(v) for v in args[0].values()), default=1)
    return None


class _BoundedFormatter(SandboxedFormatter):
    """``str.format`` that checks each field's width and the text made so far."""

    def __init__(self, environment: Any) -> None:
        super().__init__(environment)
        self._size = 0

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        _check(value)
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> Any:
        _step()
        _check(value)
        _check_sizes_asked(*(int(n) for n in re.findall(r"\d+", format_spec)))
        text = super().format_field(value, format_spec)
        self._size += len(text)
        _check_size(self._size)
        return text


class _CountingCodeGenerator(CodeGenerator):
    """Jinja's compiler, but ``~`` joins through the sandbox, which checks the size first."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:  # noqa: N802 (Jinja's name)
        self.write("environment.join_checked((")
        for argument in node.nodes:
            self.visit(argument, frame)
            self.write(", ")
        self.write("))")


_LEFT_OUT_FILTERS = frozenset({"tojson", "pprint"})
"""Filters for web pages and debugging, whose output grows with nesting as well as size."""


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """The sandbox with every way to spend much time or memory counted and bounded."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _CountingCodeGenerator

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals.clear()  # no range(), lipsum() or the like: placeholders only
        self.filters = {
            name: _bounded_filter(name, function)
            for name, function in self.filters.items()
            if name not in _LEFT_OUT_FILTERS
        }

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        _step()
        _check_operation(operator, left, right)
        return _made(super().call_binop(context, operator, left, right))

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _step()
        _check(*args, *kwargs.values())
        owner = getattr(__obj, "__self__", None)
        if isinstance(__obj, types.BuiltinMethodType):
            _check_sizes_asked(*args, *kwargs.values())  # center(), zfill(), to_bytes()...
        if isinstance(__obj, types.BuiltinMethodType) and isinstance(owner, str | bytes):
            if __obj.__name__ == "join" and args:
                args = (list(args[0]), *args[1:])
                _check_size(_joined_size(owner, args[0]))
            size = _text_method_size(owner, __obj.__name__, args, kwargs)
            if size is not None:
                _check_size(size)
        return _made(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        if super().wrap_str_format(value) is None:
            return None
        text, by_name = value.__self__, value.__name__ == "format_map"

        def bounded_format(*args: Any, **kwargs: Any) -> str:
            if by_name and (kwargs or len(args) != 1):
                raise TypeError("format_map() takes exactly one argument")
            positional, named = ((), args[0]) if by_name else (args, kwargs)
            return _BoundedFormatter(self).vformat(text, positional, named)

        return update_wrapper(bounded_format, value)

    def join_checked(self, parts: tuple[Any, ...]) -> str:
        """What ``~`` makes, its size checked before it is made."""
        _step()
        _check_size(sum(_weight(part) for part in parts))
        return _made("".join(str(part) for part in parts))

    def step_through(self, iterable: Iterable[Any]) -> Iterator[Any]:
        """A loop's items, each one a step of the budget."""
        for item in iterable:
            _step()
            yield item


def printable(value: Any) -> Any:
    """A ``{{ }}`` value as the email shows it: None as nothing; too long, refused unmade."""
    _check(value)
    return "" if value is None else value


def count_loop_steps(tree: nodes.Template) -> None:
    """Make every ``{% for %}`` of ``tree`` take its items through :meth:`step_through`."""
    for loop in tree.find_all(nodes.For):
        steps = nodes.EnvironmentAttribute("step_through", lineno=loop.lineno)
        loop.iter = nodes.Call(steps, [loop.iter], [], None, None, lineno=loop.lineno)


def _check_operation(operator: str, left: Any, right: Any) -> None:
    _check(left, right)
    numbers = isinstance(left, int) and isinstance(right, int)
    if operator == "**":
        if isinstance(right, int) and abs(right) > 64:
            raise SecurityError(QT_TRANSLATE_NOOP("template_sandbox", "a power that large"))
        if numbers and left.bit_length() * abs(right) > MAX_NUMBER_BITS:
            raise _too_large_number()
    elif operator == "*":
        if numbers and left.bit_length() + right.bit_length() > MAX_NUMBER_BITS:
            raise _too_large_number()
        for sized, times in ((left, right), (right, left)):
            repeats = isinstance(sized, str | list | tuple) and isinstance(times, int)
            if repeats and _weight(sized) * times > MAX_DRAFT_CHARS:
                raise SecurityError(
                    QT_TRANSLATE_NOOP("template_sandbox", "text repeated that many times")
                )
    elif operator == "+" and not numbers:
        _check_size(_weight(left) + _weight(right))
    elif operator == "%" and isinstance(left, str):
        _check_size(_percent_size(left, right))


def _bounded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` with its arguments checked, a step counted and its output's size first."""
    passes_environment = getattr(function, "jinja_pass_arg", None) is not None
    size_of = _FILTER_SIZES.get(name)

    @wraps(function)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _step()
        given = list(args[1:] if passes_environment else args)
        if name in ("join", "sum") and given and not isinstance(given[0], list | tuple | str):
            given[0] = list(given[0])
        _check(*given, *kwargs.values())
        _check_sizes_asked(*given[1:], *kwargs.values())
        if size_of is not None:
            _check_size(size_of(*given, **kwargs))
        first = args[:1] if passes_environment else ()
        return _made(function(*first, *given, **kwargs))

    return bounded


def _indent_size(text: Any, width: Any = 4, first: bool = False, blank: bool = False) -> int:
    value = str(text)
    each = width if isinstance(width, int) else len(str(width))
    return len(value) + (value.count("\n") + 1) * max(each, 0)


def _wordwrap_size(text: Any, width: int = 79, *args: Any, **kwargs: Any) -> int:
    value = str(text)
    wrapstring = kwargs.get("wrapstring", args[1] if len(args) > 1 else None) or "\n"
    breaks = value.count(" ") + value.count("-") + len(value) // max(width, 1) + 1
    return len(value) + min(breaks, len(value)) * len(str(wrapstring))


def _sum_size(iterable: Any, attribute: Any = None, start: Any = 0) -> int:
    if not isinstance(start, int | float):
        raise TemplateLimitError(translate("template_sandbox", "“sum” adds numbers only"))
    return 0


_FILTER_SIZES: dict[str, Callable[..., int]] = {
    "format": lambda value, *args, **kwargs: _percent_size(str(value), kwargs or args),
    "indent": _indent_size,
    "wordwrap": _wordwrap_size,
    "replace": lambda text, old, new, count=None: _replaced_size(
        str(text), str(old), str(new), -1 if count is None else count
    ),
    "join": lambda items, d="", attribute=None: _joined_size(str(d), list(items)),
    "center": lambda value, width=80: max(len(str(value)), width),
    "sum": _sum_size,
}
"""For the filters whose output can be many times their input: its size, worked out first."""
