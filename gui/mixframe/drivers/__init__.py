"""Each vendor's session driver: how a `RecordingSession` gets its keys and client and makes the
start, stop and status calls in that vendor's terms. Named by `mixframe.model.vendors`, imported
when a session first speaks to the vendor."""
