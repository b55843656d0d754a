"""The toy vendor's one registration, for the tests of this folder."""

import pytest

from mixframe.model import vendors
from toy_vendor import TOY


@pytest.fixture
def toy():
    vendors.register(TOY)
    try:
        yield TOY
    finally:
        vendors.unregister(TOY.family)
