import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings  # noqa: E402

# CI explores a fixed set of examples, so a landing never depends on a lucky draw; developers'
# runs stay random and keep finding new cases (a soak with 2000 examples each ran clean).
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
