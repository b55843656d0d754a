"""What both emulated services share on the wire: reading a JSON body a client may have made hostile."""

from __future__ import annotations

import json
import math
from typing import Any

from mixframe.model.values import too_deep

# A recording request nests about six levels deep; anything much deeper is not a request.
MAX_JSON_DEPTH = 32


class BodyUnreadable(ValueError):
    """The body is not JSON a service would read: the client's fault, answered as a 400."""


def parse_json(body: bytes) -> Any:
    """The JSON value of `body`, as strictly as the services' Go decoders read it.

    No NaN or Infinity (not JSON), no number that overflows a float, and no nesting deeper than
    MAX_JSON_DEPTH. Raises BodyUnreadable, never anything else.
    """
    try:
        value = json.loads(body, parse_constant=_refuse_constant, parse_float=_finite_float)
    except RecursionError:
        raise BodyUnreadable(f"the body nests deeper than {MAX_JSON_DEPTH} levels") from None
    except BodyUnreadable:
        raise
    except ValueError as exc:  # includes UnicodeDecodeError and the int-digits limit
        raise BodyUnreadable(f"the body is not JSON ({type(exc).__name__})") from None
    if too_deep(value, MAX_JSON_DEPTH) is not None:
        raise BodyUnreadable(f"the body nests deeper than {MAX_JSON_DEPTH} levels")
    return value


def _refuse_constant(name: str) -> Any:
    raise BodyUnreadable(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise BodyUnreadable(f"the number {text[:20]} is out of range")
    return value

