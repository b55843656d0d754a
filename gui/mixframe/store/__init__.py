"""store room."""

from typing import TYPE_CHECKING

from mixframe.model.lazy import lazy_modules

# What the store loads on first use rather than when imported (the window's first paint needs
# none of it).
late = lazy_modules(
    secrets="secrets",  # OpenSSL's libcrypto (4 MiB) loads with the first save
    platformdirs="platformdirs",  # only when no MIXFRAME_*_DIR names the folder
    keyring_chainer="keyring.backends.chainer",  # asked only when a keyring is chosen
    keyring_fail="keyring.backends.fail",
    keyring_null="keyring.backends.null",  # missing in an older keyring
    presets="mixframe.store.presets",  # the journal keeps its file in the presets' data folder
)

if TYPE_CHECKING:  # never run: names them for type checkers and for the bundler's import scan
    import secrets

    import keyring.backends.chainer
    import keyring.backends.fail
    import keyring.backends.null
    import platformdirs

    import mixframe.store.presets
    SCANNED = (secrets, keyring, platformdirs, mixframe,)  # what the imports above bind (nothing reads it)
