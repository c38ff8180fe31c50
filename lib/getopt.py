"""Command-line option parsing in the style of Unix getopt(3), with GNU long options.

getopt() stops at the first argument that is not an option; gnu_getopt() lets options and
other arguments mix, unless the short-option spec starts with '+' or POSIXLY_CORRECT is set.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A malformed command line: msg explains, opt names the option at fault (or '')."""
    msg = ''
    opt = ''

    def __init__(self, msg, opt=''):
        super().__init__(msg, opt)
        self.msg, self.opt = msg, opt

    def __str__(self):
        # Only the message: the option is already part of it.
        return self.msg


error = GetoptError


def _as_list(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Split args into ([(option, value), ...], remaining arguments).

    shortopts lists the one-letter options, each followed by ':' when it takes a value;
    longopts lists long option names, each ending in '=' when it takes a value. Parsing stops
    at '--' (which is dropped), at '-' or at the first argument not starting with '-'.
    """
    opts = []
    longopts = _as_list(longopts)
    # Slicing, not copying: the remaining arguments keep the sequence type they came in.
    rest = args
    while rest and rest[0].startswith('-') and rest[0] != '-':
        word, rest = rest[0], rest[1:]
        if word == '--':
            break
        if word.startswith('--'):
            rest = _take_long(opts, word[2:], longopts, rest)
        else:
            rest = _take_shorts(opts, word[1:], shortopts, rest)
    return opts, rest


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may come after other arguments, which are collected in
    order. A '+' at the start of shortopts, or POSIXLY_CORRECT in the environment, restores
    getopt()'s stop-at-the-first-argument rule."""
    opts = []
    positional = []
    longopts = _as_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        strict_order = True
    else:
        strict_order = bool(os.environ.get("POSIXLY_CORRECT"))
    rest = args
    while rest:
        word = rest[0]
        if word == '--':
            positional += rest[1:]
            break
        if word[:2] == '--':
            rest = _take_long(opts, word[2:], longopts, rest[1:])
        elif word[:1] == '-' and word != '-':
            rest = _take_shorts(opts, word[1:], shortopts, rest[1:])
        elif strict_order:
            positional += rest
            break
        else:
            positional.append(word)
            rest = rest[1:]
    return opts, positional


def _take_long(opts, text, longopts, rest):
    """Record the long option `text` (without '--', maybe with '=value'); returns the
    arguments left after any value it consumed."""
    name, equals, value = text.partition('=')
    wants_value, name = _match_long(name, longopts)
    if wants_value:
        if not equals:
            if not rest:
                raise GetoptError('option --%s requires argument' % name, name)
            value, rest = rest[0], rest[1:]
    elif equals:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value))
    return rest


def _match_long(name, longopts):
    """(takes a value, full option name) for `name`, which may abbreviate one long option."""
    candidates = [spec for spec in longopts if spec.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    # An exact name wins over longer options it also abbreviates.
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    spec = candidates[0]
    if spec.endswith('='):
        return True, spec[:-1]
    return False, spec


def _take_shorts(opts, letters, shortopts, rest):
    """Record the cluster of short options `letters` (the argument without its '-'); an
    option that takes a value uses the rest of the cluster, or else the next argument."""
    while letters:
        letter, letters = letters[0], letters[1:]
        if _short_wants_value(letter, shortopts):
            if not letters:
                if not rest:
                    raise GetoptError('option -%s requires argument' % letter, letter)
                letters, rest = rest[0], rest[1:]
            opts.append(('-' + letter, letters))
            break
        opts.append(('-' + letter, ''))
    return rest


def _short_wants_value(letter, shortopts):
    for index, spec in enumerate(shortopts):
        if spec == letter and spec != ':':
            return shortopts.startswith(':', index + 1)
    raise GetoptError('option -%s not recognized' % letter, letter)
