"""The exceptions of the email package, and the defects a lenient parser records on a message
instead of raising."""


class MessageError(Exception):
    """Root of the email package's errors."""


class MessageParseError(MessageError):
    """A message could not be parsed."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart's closing boundary is missing."""


class MultipartConversionError(MessageError, TypeError):
    """A message cannot be turned into a multipart."""


class CharsetError(MessageError):
    """The charset given is not acceptable."""


class MessageDefect(ValueError):
    """Root of the defects: a flaw found in a message, with the offending line if known."""

    def __init__(self, line=None):
        # no line, no args: str() of the defect is then empty
        args = () if line is None else (line,)
        super().__init__(*args)
        self.line = line


class NoBoundaryInMultipartDefect(MessageDefect):
    """A multipart message has no boundary parameter."""


class StartBoundaryNotFoundDefect(MessageDefect):
    """A multipart's first boundary never appears."""


class CloseBoundaryNotFoundDefect(MessageDefect):
    """A multipart's opening boundary appears but its closing one does not."""


class FirstHeaderLineIsContinuationDefect(MessageDefect):
    """The first header line is a continuation line."""


class MisplacedEnvelopeHeaderDefect(MessageDefect):
    """A 'From ' envelope line appears among the headers."""


class MissingHeaderBodySeparatorDefect(MessageDefect):
    """A line that is neither a header nor blank ends the headers."""


MalformedHeaderDefect = MissingHeaderBodySeparatorDefect


class MultipartInvariantViolationDefect(MessageDefect):
    """A message says it is a multipart but has no parts."""


class InvalidMultipartContentTransferEncodingDefect(MessageDefect):
    """A multipart has a content transfer encoding other than 7bit, 8bit or binary."""


class UndecodableBytesDefect(MessageDefect):
    """A header holds bytes that do not decode."""


class InvalidBase64PaddingDefect(MessageDefect):
    """Base64 data has the wrong amount of padding."""


class InvalidBase64CharactersDefect(MessageDefect):
    """Base64 data holds characters outside the base64 alphabet."""


class InvalidBase64LengthDefect(MessageDefect):
    """Base64 data has a length that no encoder produces (1 modulo 4)."""


class HeaderDefect(MessageDefect):
    """Root of the defects found in a header."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)


class InvalidHeaderDefect(HeaderDefect):
    """A header is not valid; the message says why."""


class HeaderMissingRequiredValue(HeaderDefect):
    """A header that needs a value has none."""


class NonPrintableDefect(HeaderDefect):
    """A header holds ASCII control characters."""

    def __init__(self, non_printables):
        self.non_printables = non_printables
        super().__init__(non_printables)

    def __str__(self):
        return 'the following ASCII non-printables found in header: ' + format(
            self.non_printables)


class ObsoleteHeaderDefect(HeaderDefect):
    """A header uses syntax RFC 5322 calls obsolete."""


class NonASCIILocalPartDefect(HeaderDefect):
    """An address's local part is not ASCII."""


class InvalidDateDefect(HeaderDefect):
    """A date header cannot be read or is not a valid date."""
