"""The fixed facts of the Volcengine (and BytePlus) recording API that several rooms need: the one
place they are written. The rules and models (volcengine.py, volcengine_rules.py), the client and
the sandbox import them from here."""

API_VERSION = "2023-11-01"
# The most streams one mixed recording composes (TargetStreams.StreamList, CustomLayout.Regions).
MAX_STREAMS = 17
# Layout.LayoutMode values. Custom is the one the canvas edits region by region.
LAYOUT_MODE_ADAPTIVE = 0
LAYOUT_MODE_VERTICAL = 1
LAYOUT_MODE_CUSTOM = 2
LAYOUT_MODE_SIDE_BY_SIDE = 3
# FileFormatConfig.FileFormat values, and those that hold no picture.
FILE_FORMATS = ("MP4", "HLS", "FLV", "MP3", "AAC", "M4A")
AUDIO_ONLY_FORMATS = ("MP3", "AAC", "M4A")
# The code of the warning on a secret that the account's keyring fills in when recording starts.
SECRET_AT_START = "secret-at-start"
