"""The three kinds of failure the user can meet (architecture.md, "Errors").

``InputError``: the user's own input is refused; shown next to the field (``field``) or as the reason
of a refused command (exit code 2). ``EnvironmentFault``: the machine or a file is at fault (a locked,
corrupt or newer database, a full disk); a plain message, nothing changed. Anything else is a bug.
Messages are Vietnamese: they are read by officers and printed by the command line as they are.
"""


class UserFacingError(Exception):
    """An error whose message is meant for the user, not a traceback."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class InputError(UserFacingError):
    """The user's input is refused; ``field`` names the form field it belongs to, if any."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class EnvironmentFault(UserFacingError):
    """A file, the disk or another program is in the way; nothing was changed."""


class Cancelled(Exception):
    """The user cancelled long work; the transaction was rolled back and nothing changed."""
