"""Reading compiled time zone files (the TZif format of RFC 8536) into plain Python values."""

import struct


class ZoneInfoNotFoundError(KeyError):
    """No time zone data could be found for the requested key."""


ZoneInfoNotFoundError.__module__ = "zoneinfo._common"


class TZifData:
    """The parts of a TZif file the zone logic uses, with everything else dropped.

    utc_transitions: seconds since the epoch (UTC) at which the local rules change, ascending;
    transition_types: for each transition, the index of the local time type that starts there;
    offsets, dst_flags, abbreviations: one entry per local time type;
    footer: the POSIX TZ string (bytes) describing times past the last transition, or None when
    the file (version 1) carries none."""

    __slots__ = ("utc_transitions", "transition_types", "offsets", "dst_flags",
                 "abbreviations", "footer")

    def __init__(self, utc_transitions, transition_types, offsets, dst_flags, abbreviations,
                 footer):
        self.utc_transitions = utc_transitions
        self.transition_types = transition_types
        self.offsets = offsets
        self.dst_flags = dst_flags
        self.abbreviations = abbreviations
        self.footer = footer


# Six big-endian 32-bit counts follow the magic, the version byte and 15 reserved bytes.
_COUNT_NAMES = ("isutcnt", "isstdcnt", "leapcnt", "timecnt", "typecnt", "charcnt")


def _read_header(stream):
    """(version, counts dict) of the header at the stream's position."""
    if stream.read(4) != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    marker = stream.read(1)
    version = 1 if marker == b"\x00" else int(marker)
    stream.read(15)
    counts = dict(zip(_COUNT_NAMES, struct.unpack(">6l", stream.read(24))))
    return version, counts


def _data_block_size(counts, time_size):
    """Bytes taken by the data block that a header with `counts` announces."""
    return (counts["timecnt"] * (time_size + 1)
            + counts["typecnt"] * 6
            + counts["charcnt"]
            + counts["leapcnt"] * (time_size + 4)
            + counts["isstdcnt"]
            + counts["isutcnt"])


def _abbreviation_at(table, start):
    """The NUL-terminated name beginning at byte `start` of the designation table; names may
    share storage (an index can point into the middle of a longer name)."""
    stop = table.find(b"\x00", start)
    return table[start:stop].decode()


def _read_footer(stream):
    """The TZ string between the newlines that close a version 2+ file."""
    first = stream.read(1)
    if first != b"\n":
        raise ValueError("Invalid TZif file: footer not found")
    gathered = []
    while True:
        char = stream.read(1)
        if char == b"\n":
            return b"".join(gathered)
        if not char:
            raise ValueError("Invalid TZif file: footer not terminated")
        gathered.append(char)


def read_tzif(stream):
    """Parse the binary zone data readable from `stream` (a file opened in binary mode)."""
    version, counts = _read_header(stream)
    time_code, time_size = "l", 4
    if version >= 2:
        # Newer files repeat everything with 64-bit times after a legacy 32-bit copy; only
        # the second copy is complete, so the first is skipped.
        stream.read(_data_block_size(counts, 4))
        version, counts = _read_header(stream)
        time_code, time_size = "q", 8

    transitions = counts["timecnt"]
    utc_transitions = ()
    transition_types = ()
    if transitions:
        utc_transitions = struct.unpack(">%d%s" % (transitions, time_code),
                                        stream.read(transitions * time_size))
        transition_types = struct.unpack(">%dB" % transitions, stream.read(transitions))

    offsets = []
    dst_flags = []
    name_starts = []
    for _ in range(counts["typecnt"]):
        offset, is_dst, name_start = struct.unpack(">lbb", stream.read(6))
        offsets.append(offset)
        dst_flags.append(is_dst)
        name_starts.append(name_start)

    table = stream.read(counts["charcnt"])
    abbreviations = [_abbreviation_at(table, start) for start in name_starts]

    footer = None
    if version >= 2:
        # Leap second records and the standard/UT indicator arrays are not needed.
        stream.read(counts["leapcnt"] * (time_size + 4) + counts["isstdcnt"]
                    + counts["isutcnt"])
        footer = _read_footer(stream)

    return TZifData(tuple(utc_transitions), tuple(transition_types), offsets, dst_flags,
                    abbreviations, footer)


def missing_zone(key):
    """The error for a key that names no zone file on the search path."""
    return ZoneInfoNotFoundError("No time zone found with key %s" % (key,))
