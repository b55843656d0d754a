import pytest

from mixframe.sandbox import start_sandbox


@pytest.fixture
def sandbox():
    with start_sandbox() as sb:
        yield sb
