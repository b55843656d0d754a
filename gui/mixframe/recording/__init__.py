"""recording room: what both faces (the window, the command line) do to record, without Qt.

`live` decides when a running recording's layout edits go out (UpdateRecord), `errors` says an
error in one sentence with its details and exit code, `sandbox` owns the one local sandbox a
process starts, and `operations` prepares and sends a start checked once. The window's
`ui/recording.py` is a thin Qt shell around them; `cli_service.py` prints them.
"""
