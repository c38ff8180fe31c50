"""MultiDict (query strings, forms) and Headers (case-insensitive, multi-valued).

Both keep every (key, value) pair in arrival order, because HTTP allows a key to repeat
(``?tag=a&tag=b``, two ``Set-Cookie`` lines). Plain lookups answer the first value; ``getlist``
answers all of them.
"""

from .errors import BadRequestKeyError

_TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def is_token(s):
    """True if `s` is an RFC 9110 token (a header name, a method, a cookie name)."""
    if s == "":
        return False
    for ch in s:
        if ch not in _TOKEN_CHARS:
            return False
    return True


# Tokens seen before (header names, methods), each with its lowercased form: programs and clients
# use the same few names again and again, so checking one is a dict lookup instead of a loop over
# its characters. Bounded in count and length, so a client sending ever new names can't grow it.
_known_tokens = {}
_KNOWN_TOKENS_MAX = 512
_KNOWN_TOKEN_LENGTH = 64


def token_key(name):
    """name.lower() if `name` (a str) is a token, else None."""
    key = _known_tokens.get(name)
    if key is None and is_token(name):
        key = name.lower()
        if len(_known_tokens) < _KNOWN_TOKENS_MAX and len(name) <= _KNOWN_TOKEN_LENGTH:
            _known_tokens[name] = key
    return key


def check_header_value(value):
    """Refuse CR, LF and NUL in a header value: they would split the response."""
    if "\r" in value or "\n" in value or "\0" in value:
        raise ValueError(f"invalid header value {value!r}: contains CR, LF or NUL")


class MultiDict:
    """An ordered mapping where a key may carry several values."""

    def __init__(self, pairs=None):
        self._pairs = []
        self._index = {}
        if pairs is not None:
            if isinstance(pairs, dict):
                for key in pairs:
                    self.add(key, pairs[key])
            else:
                for pair in pairs:
                    self.add(pair[0], pair[1])

    def add(self, key, value):
        self._pairs.append((key, value))
        values = self._index.get(key)
        if values is None:
            self._index[key] = [value]
        else:
            values.append(value)

    def get(self, key, default=None):
        values = self._index.get(key)
        if values is None:
            return default
        return values[0]

    def getlist(self, key):
        values = self._index.get(key)
        if values is None:
            return []
        return list(values)

    def __getitem__(self, key):
        values = self._index.get(key)
        if values is None:
            raise BadRequestKeyError(key)
        return values[0]

    def __contains__(self, key):
        return key in self._index

    def __iter__(self):
        return iter(list(self._index.keys()))

    def __len__(self):
        return len(self._index)

    def keys(self):
        return list(self._index.keys())

    def values(self):
        """The first value of each key."""
        out = []
        for key in self._index:
            out.append(self._index[key][0])
        return out

    def items(self):
        """(key, first value) for each key."""
        out = []
        for key in self._index:
            out.append((key, self._index[key][0]))
        return out

    def multi_items(self):
        """Every (key, value) pair, repeats included, in arrival order."""
        return list(self._pairs)

    def to_dict(self):
        """A plain dict of first values."""
        out = {}
        for key in self._index:
            out[key] = self._index[key][0]
        return out

    def __eq__(self, other):
        if isinstance(other, MultiDict):
            return self._pairs == other._pairs
        if isinstance(other, dict):
            return self.to_dict() == other
        return False

    def __repr__(self):
        return f"MultiDict({self._pairs!r})"


class Headers:
    """HTTP header fields: names compare case-insensitively, order and repeats are kept.

    ``h["content-type"]``, ``h.get("Content-Type")`` and ``"CONTENT-TYPE" in h`` all find the
    same field. Setting a field validates it: the name must be a token and the value must not
    contain CR, LF or NUL (ValueError otherwise).
    """

    def __init__(self, source=None):
        self._pairs = []
        # Lowercased name -> its values in order: a lookup lowercases one name, not every field's.
        self._index = {}
        if source is not None:
            if isinstance(source, Headers):
                for pair in source._pairs:
                    self._append_unchecked(pair[0], pair[1])
            elif isinstance(source, dict):
                for name in source:
                    self.add(name, source[name])
            else:
                for pair in source:
                    self.add(pair[0], pair[1])

    def _key_of(self, name):
        """name.lower() of a valid field name; ValueError for anything else."""
        key = None
        if type(name) is str:
            key = token_key(name)
        elif isinstance(name, str) and is_token(name):
            # A str subclass may lower itself its own way: it is not looked up among plain names.
            key = name.lower()
        if key is None:
            raise ValueError(f"invalid header name {name!r}")
        return key

    def _checked_value(self, value):
        if isinstance(value, int):
            value = str(value)
        if not isinstance(value, str):
            raise TypeError(f"header value must be str or int, not {type(value).__name__}")
        check_header_value(value)
        return value

    def add(self, name, value):
        """Append a field, keeping any existing field of the same name (e.g. Set-Cookie)."""
        key = self._key_of(name)
        self._append_keyed(name, key, self._checked_value(value))

    def _append_unchecked(self, name, value):
        # Used by the request parser, which has validated the bytes itself.
        self._append_keyed(name, name.lower(), value)

    def _append_keyed(self, name, key, value):
        # `key` is name.lower(), which the request parser keeps from one request to the next.
        self._pairs.append((name, value))
        values = self._index.get(key)
        if values is None:
            self._index[key] = [value]
        else:
            values.append(value)

    def _replace_pairs(self, pairs):
        self._pairs = []
        self._index = {}
        for pair in pairs:
            self._append_unchecked(pair[0], pair[1])

    def __setitem__(self, name, value):
        """Replace every field named `name` by one field."""
        key = self._key_of(name)
        value = self._checked_value(value)
        if key not in self._index:
            self._append_keyed(name, key, value)
            return
        kept = []
        placed = False
        for pair in self._pairs:
            if pair[0].lower() == key:
                if not placed:
                    kept.append((name, value))
                    placed = True
            else:
                kept.append(pair)
        if not placed:
            kept.append((name, value))
        self._replace_pairs(kept)

    def setdefault(self, name, value):
        if name not in self:
            self[name] = value
        return self.get(name)

    def get(self, name, default=None):
        values = self._index.get(name.lower())
        if values is None:
            return default
        return values[0]

    def getlist(self, name):
        values = self._index.get(name.lower())
        if values is None:
            return []
        return list(values)

    def __getitem__(self, name):
        value = self.get(name)
        if value is None:
            raise KeyError(name)
        return value

    def __delitem__(self, name):
        key = name.lower()
        if key not in self._index:
            raise KeyError(name)
        kept = []
        for pair in self._pairs:
            if pair[0].lower() != key:
                kept.append(pair)
        self._replace_pairs(kept)

    def pop(self, name, default=None):
        value = self.get(name)
        if value is None:
            return default
        del self[name]
        return value

    def __contains__(self, name):
        return name.lower() in self._index

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self._pairs)

    def keys(self):
        out = []
        for pair in self._pairs:
            out.append(pair[0])
        return out

    def items(self):
        """Every (name, value) pair, in order, repeats included."""
        return list(self._pairs)

    def update(self, other):
        """Set each field of `other` (a dict, Headers or list of pairs), replacing same names."""
        if isinstance(other, dict):
            for name in other:
                self[name] = other[name]
        else:
            # A list of pairs may repeat a name on purpose (two Set-Cookie fields): every
            # name it mentions is cleared once, then each pair is appended.
            source = other
            if isinstance(other, Headers):
                source = other._pairs
            for pair in source:
                if pair[0] in self:
                    del self[pair[0]]
            for pair in source:
                self.add(pair[0], pair[1])

    def __repr__(self):
        return f"Headers({self._pairs!r})"
