"""The request's settings as forms (record and layout mode, streams, encode, control, files,
storage; QingCloud's options), a view of the RequestDocument."""

from mixframe.ui.forms.panel import RequestForms

__all__ = ["RequestForms"]
