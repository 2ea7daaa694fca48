"""Derive a tool's input model from its signature, so MCP and the agent never hand-write a schema."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, get_type_hints

from pydantic import BaseModel, ConfigDict, create_model
from pydantic.fields import FieldInfo

from tools.context import ToolContext


def tool_parameters(fn: Callable[..., Any]) -> dict[str, tuple[Any, Any]]:
    """``name -> (annotation, default)`` for every model-facing parameter (the context excluded)."""
    hints = get_type_hints(fn, include_extras=True)
    params = {}
    for name, param in inspect.signature(fn).parameters.items():
        if hints.get(name) is ToolContext:
            continue
        default = ... if param.default is inspect.Parameter.empty else param.default
        params[name] = (hints[name], default)
    return params


def input_model(fn: Callable[..., Any]) -> type[BaseModel]:
    """A pydantic model of ``fn``'s arguments: the tool's input schema."""
    fields: dict[str, Any] = dict(tool_parameters(fn).items())
    return create_model(f"{fn.__name__}_input", __config__=ConfigDict(extra="forbid"), **fields)


def described(annotation: Any) -> str | None:
    """The description attached with ``Annotated[..., Field(description=...)]``, if any."""
    for extra in getattr(annotation, "__metadata__", ()):
        if isinstance(extra, FieldInfo) and extra.description:
            return extra.description
    return None


def output_model(fn: Callable[..., Any]) -> type[BaseModel]:
    result = get_type_hints(fn)["return"]
    assert isinstance(result, type) and issubclass(result, BaseModel)
    return result
