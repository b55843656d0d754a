"""fs room: reading the files a person names, bounded. The lowest room beside the model: it
imports nothing of Mixframe, and the store and the compositor both read with it (neither may
import the other, and the model does no I/O)."""
