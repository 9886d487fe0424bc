"""followup: turn interviewer notes into a short, personal, checked follow-up email."""

__version__ = "0.1.0"
