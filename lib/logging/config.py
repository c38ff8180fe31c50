"""Configure logging from a dictionary (dictConfig) or a configparser file (fileConfig).

A dictionary's strings "ext://module.name" stand for the object of that name and
"cfg://path.to[key]" for another part of the same dictionary; both are resolved when the value
is read, as CPython does, so a cfg:// reference to a handler finds the configured handler.
The socket listener (listen/stopListening) is not provided.
"""

import io
import os
import re
import sys

import logging
import logging.handlers

DEFAULT_LOGGING_CONFIG_PORT = 9030

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    """True when s is an identifier; ValueError otherwise."""
    if IDENTIFIER.match(s) is None:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """The object a dotted name leads to, importing modules on the way as needed."""
    parts = name.split('.')
    path = parts[0]
    found = __import__(path)
    for part in parts[1:]:
        path += '.' + part
        if not hasattr(found, part):
            __import__(path)
        found = getattr(found, part)
    return found


def _names(text):
    """The comma-separated names of a fileConfig 'keys' entry, without surrounding spaces."""
    return [part.strip() for part in text.split(',')]


def _clearExistingHandlers():
    """Forget every handler's name and close them all (newest first)."""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """Loggers a new configuration does not name are disabled (if asked), except children of
    the loggers it configures, which are reset to propagate to them."""
    loggers = logging.root.manager.loggerDict
    for name in existing:
        node = loggers[name]
        if name not in child_loggers:
            node.disabled = disable_existing
        elif not isinstance(node, logging.PlaceHolder):
            node.setLevel(logging.NOTSET)
            node.handlers = []
            node.propagate = True


def _take_children(existing, name, child_loggers):
    """Remove name from existing, noting the existing loggers below it as children."""
    if name not in existing:
        return
    below = name + "."
    start = existing.index(name) + 1
    child_loggers.extend(other for other in existing[start:] if other.startswith(below))
    existing.remove(name)


# -- fileConfig ---------------------------------------------------------------------------------

def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from a configparser file (a path, file object or parser)."""
    import configparser
    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        if not os.path.getsize(fname):
            raise RuntimeError(f'{fname} is an empty file')
    if isinstance(fname, configparser.RawConfigParser):
        parser = fname
    else:
        try:
            parser = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                parser.read_file(fname)
            else:
                parser.read(fname, encoding=io.text_encoding(encoding))
        except configparser.ParsingError as e:
            raise RuntimeError(f'{fname} is invalid: {e}')
    formatters = _create_formatters(parser)
    with logging._lock:
        _clearExistingHandlers()
        handlers = _install_handlers(parser, formatters)
        _install_loggers(parser, handlers, disable_existing_loggers)


def _create_formatters(cp):
    keys = cp["formatters"]["keys"]
    made = {}
    if not keys:
        return made
    for name in _names(keys):
        section = "formatter_%s" % name
        factory = logging.Formatter
        class_name = cp[section].get("class")
        if class_name:
            factory = _resolve(class_name)
        made[name] = factory(cp.get(section, "format", raw=True, fallback=None),
                             cp.get(section, "datefmt", raw=True, fallback=None),
                             cp.get(section, "style", raw=True, fallback='%'))
    return made


def _install_handlers(cp, formatters):
    keys = cp["handlers"]["keys"]
    made = {}
    if not keys:
        return made
    targets = []  # (memory handler, name of its target), set once every handler exists
    names = vars(logging)
    for name in _names(keys):
        section = cp["handler_%s" % name]
        try:
            klass = _evaluate(section["class"], names)
        except (AttributeError, NameError):
            klass = _resolve(section["class"])
        args = _evaluate(section.get("args", '()'), names)
        kwargs = _evaluate(section.get("kwargs", '{}'), names)
        handler = klass(*args, **kwargs)
        handler.name = name
        if "level" in section:
            handler.setLevel(section["level"])
        formatter = section.get("formatter", "")
        if formatter:
            handler.setFormatter(formatters[formatter])
        if issubclass(klass, logging.handlers.MemoryHandler):
            target = section.get("target", "")
            if target:
                targets.append((handler, target))
        made[name] = handler
    for handler, target in targets:
        handler.setTarget(made[target])
    return made


def _install_loggers(cp, handlers, disable_existing):
    names = _names(cp["loggers"]["keys"])
    names.remove("root")
    section = cp["logger_root"]
    root = logging.root
    if "level" in section:
        root.setLevel(section["level"])
    for handler in root.handlers[:]:
        root.removeHandler(handler)
    if section["handlers"]:
        for handler in _names(section["handlers"]):
            root.addHandler(handlers[handler])
    existing = sorted(root.manager.loggerDict)
    child_loggers = []
    for name in names:
        section = cp["logger_%s" % name]
        qualname = section["qualname"]
        logger = logging.getLogger(qualname)
        _take_children(existing, qualname, child_loggers)
        if "level" in section:
            logger.setLevel(section["level"])
        for handler in logger.handlers[:]:
            logger.removeHandler(handler)
        logger.propagate = section.getint("propagate", fallback=1)
        logger.disabled = 0
        if section["handlers"]:
            for handler in _names(section["handlers"]):
                logger.addHandler(handlers[handler])
    _handle_existing_loggers(existing, child_loggers, disable_existing)


# fileConfig's class, args and kwargs entries are Python expressions that CPython evaluates
# with the logging module's names. There is no eval() here, so this reads the expressions such
# entries use: literals, names (with attribute access), calls, tuples, lists and dicts.

_EXPRESSION_TOKEN = re.compile(r'''
    \s*(?:
      (?P<string>[rRbBuU]{0,2}(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"))
    | (?P<number>[-+]?(?:\d[\d_]*\.?[\d_]*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)[jJ]?)
    | (?P<name>[A-Za-z_]\w*)
    | (?P<punct>[()\[\]{},:.=])
    )''', re.VERBOSE)


class _ExpressionReader:
    def __init__(self, text, names):
        self.text = text
        self.names = names
        self.pos = 0

    def fail(self):
        raise SyntaxError('invalid syntax')

    def peek(self):
        match = _EXPRESSION_TOKEN.match(self.text, self.pos)
        if match is None or match.end() == self.pos:
            return None, None, self.pos
        kind = match.lastgroup
        return kind, match.group(kind), match.end()

    def take(self, expected=None):
        kind, value, end = self.peek()
        if kind is None or (expected is not None and value != expected):
            self.fail()
        self.pos = end
        return kind, value

    def at(self, value):
        kind, found, _ = self.peek()
        return kind == 'punct' and found == value

    def expression(self):
        from _ast_literal import literal_eval_text
        kind, value = self.take()
        if kind in ('string', 'number'):
            result = literal_eval_text(value)
            # adjacent string literals join up
            while kind == 'string' and self.peek()[0] == 'string':
                result = result + literal_eval_text(self.take()[1])
        elif kind == 'name':
            result = self._name(value)
        elif value in '([{':
            result = self._display(value)
        else:
            self.fail()
        while self.at('.') or self.at('('):
            if self.take()[1] == '.':
                kind, attribute = self.take()
                if kind != 'name':
                    self.fail()
                result = getattr(result, attribute)
            else:
                args, kwargs = self._call_arguments()
                result = result(*args, **kwargs)
        return result

    def _name(self, value):
        constants = {'True': True, 'False': False, 'None': None}
        if value in constants:
            return constants[value]
        if value in self.names:
            return self.names[value]
        import builtins
        if hasattr(builtins, value):
            return getattr(builtins, value)
        raise NameError("name '%s' is not defined" % value)

    def _display(self, opener):
        closer = {'(': ')', '[': ']', '{': '}'}[opener]
        items = []
        is_dict = False
        trailing_comma = False
        while not self.at(closer):
            key = self.expression()
            if opener == '{' and self.at(':'):
                self.take(':')
                items.append((key, self.expression()))
                is_dict = True
            else:
                items.append(key)
            trailing_comma = self.at(',')
            if not trailing_comma:
                break
            self.take(',')
        self.take(closer)
        if opener == '(':
            return items[0] if len(items) == 1 and not trailing_comma else tuple(items)
        if opener == '[':
            return items
        return dict(items) if is_dict or not items else set(items)

    def _call_arguments(self):
        args, kwargs = [], {}
        while not self.at(')'):
            kind, value, end = self.peek()
            if kind == 'name' and _EXPRESSION_TOKEN.match(self.text, end) and \
                    self.text[end:].lstrip().startswith('=') and \
                    not self.text[end:].lstrip().startswith('=='):
                self.take()
                self.take('=')
                kwargs[value] = self.expression()
            else:
                args.append(self.expression())
            if not self.at(','):
                break
            self.take(',')
        self.take(')')
        return args, kwargs


def _evaluate(text, names):
    reader = _ExpressionReader(text.strip(), names)
    value = reader.expression()
    if reader.text[reader.pos:].strip():
        reader.fail()
    return value


# -- dictConfig ---------------------------------------------------------------------------------

def _copy_containers(value):
    """value with its dicts, lists and (plain) tuples copied all the way down, so that the
    configuration can be rewritten as it is applied without touching the caller's."""
    if isinstance(value, dict):
        return {k: _copy_containers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_containers(v) for v in value]
    if isinstance(value, tuple) and not hasattr(value, '_fields'):
        return tuple(_copy_containers(v) for v in value)
    return value


class BaseConfigurator(object):
    """Resolves the ext:// and cfg:// strings of a configuration dictionary."""

    # The converter method of each protocol prefix.
    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')

    # cfg:// paths: a first word, then ".word" or "[key]" steps.
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = _copy_containers(dict(config))

    def resolve(self, s):
        """The object named by the dotted name s, importing as needed."""
        parts = s.split('.')
        path = parts[0]
        try:
            found = self.importer(path)
            for part in parts[1:]:
                path += '.' + part
                if not hasattr(found, part):
                    self.importer(path)
                found = getattr(found, part)
            return found
        except ImportError as e:
            raise ValueError('Cannot resolve %r: %s' % (s, e)) from e

    def ext_convert(self, value):
        """Default converter for the ext:// protocol: the object of that dotted name."""
        return self.resolve(value)

    def cfg_convert(self, value):
        """Default converter for the cfg:// protocol."""
        first = self.WORD_PATTERN.match(value)
        if first is None:
            raise ValueError("Unable to convert %r" % value)
        current = self._item(self.config, first.group(1))
        rest = value[first.end():]
        while rest:
            step = self.DOT_PATTERN.match(rest)
            if step:
                current = self._item(current, step.group(1))
            else:
                step = self.INDEX_PATTERN.match(rest)
                if not step:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                key = step.group(1)
                if self.DIGIT_PATTERN.match(key):
                    try:
                        current = self._item(current, int(key))
                    except TypeError:
                        current = self._item(current, key)
                else:
                    current = self._item(current, key)
            rest = rest[step.end():]
        return current

    def _item(self, container, key):
        """container[key], converted (and, in a dict or list, stored back converted)."""
        value = self.convert(container[key])
        if isinstance(container, (dict, list)):
            container[key] = value
        return value

    def _get(self, container, key, default=None):
        if key not in container:
            return default
        return self._item(container, key)

    def _pop(self, container, key, default=None):
        if key not in container:
            return default
        return self.convert(container.pop(key))

    def convert(self, value):
        """value with an ext:// or cfg:// string replaced by what it names."""
        if isinstance(value, str):
            match = self.CONVERT_PATTERN.match(value)
            if match:
                converter = self.value_converters.get(match.group('prefix'))
                if converter:
                    return getattr(self, converter)(match.group('suffix'))
        return value

    def configure_custom(self, config):
        """Build an object with the factory under '()', the identifier keys as keyword
        arguments, and the '.' mapping's entries set as attributes."""
        factory = self._pop(config, '()')
        if not callable(factory):
            factory = self.resolve(factory)
        kwargs = {k: self._item(config, k) for k in list(config) if k != '.' and valid_ident(k)}
        made = factory(**kwargs)
        attributes = self._pop(config, '.')
        if attributes:
            for name, value in attributes.items():
                setattr(made, name, value)
        return made

    def as_tuple(self, value):
        """A list made into a tuple (other values unchanged)."""
        return tuple(value) if isinstance(value, list) else value


class DictConfigurator(BaseConfigurator):
    """Applies a configuration dictionary (version 1 of the schema)."""

    def configure(self):
        config = self.config
        version = config.get('version')
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if version != 1:
            raise ValueError("Unsupported version: %s" % version)
        incremental = self._pop(config, 'incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incrementally()
            else:
                self._configure_afresh()

    def _section(self, name):
        return self._get(self.config, name, None) or {}

    def _configure_incrementally(self):
        """Change only the levels of named handlers and the settings of loggers."""
        handlers = self._section('handlers')
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                level = self._get(self._item(handlers, name), 'level')
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        loggers = self._section('loggers')
        for name in loggers:
            try:
                self.configure_logger(name, self._item(loggers, name), True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = self._get(self.config, 'root')
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_afresh(self):
        config = self.config
        disable_existing = self._pop(config, 'disable_existing_loggers', True)
        _clearExistingHandlers()
        self._build_all('formatters', self.configure_formatter, 'formatter')
        self._build_all('filters', self.configure_filter, 'filter')
        self._build_handlers()
        root = logging.root
        existing = sorted(root.manager.loggerDict)
        child_loggers = []
        loggers = self._section('loggers')
        for name in loggers:
            _take_children(existing, name, child_loggers)
            try:
                self.configure_logger(name, self._item(loggers, name))
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        _handle_existing_loggers(existing, child_loggers, disable_existing)
        root_config = self._get(config, 'root')
        if root_config:
            try:
                self.configure_root(root_config)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _build_all(self, section, build, what):
        """Replace each entry of a section by the object built from it."""
        entries = self._section(section)
        for name in entries:
            try:
                entries[name] = build(self._item(entries, name))
            except Exception as e:
                raise ValueError('Unable to configure %s %r' % (what, name)) from e

    def _build_handlers(self):
        # In name order; a memory handler whose target is not built yet waits for a second pass.
        handlers = self._section('handlers')
        deferred = []
        for name in sorted(handlers):
            try:
                self._build_handler(handlers, name)
            except Exception as e:
                if 'target not configured yet' in str(e.__cause__):
                    deferred.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from e
        for name in deferred:
            try:
                self._build_handler(handlers, name)
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e

    def _build_handler(self, handlers, name):
        handler = self.configure_handler(self._item(handlers, name))
        handler.name = name
        handlers[name] = handler

    def configure_formatter(self, config):
        """A formatter from its configuration."""
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                # An old-style factory may call its first argument fmt rather than format.
                if "'format'" not in str(te):
                    raise
                config['()'] = factory
                config['fmt'] = config.pop('format')
                return self.configure_custom(config)
        class_name = self._get(config, 'class')
        factory = _resolve(class_name) if class_name else logging.Formatter
        args = [self._get(config, 'format'), self._get(config, 'datefmt'),
                self._get(config, 'style', '%')]
        if 'validate' in config:
            args.append(self._item(config, 'validate'))
        return factory(*args)

    def configure_filter(self, config):
        """A filter from its configuration."""
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(self._get(config, 'name', ''))

    def add_filters(self, filterer, filters):
        """Attach filters (objects, or names of configured ones) to a logger or handler."""
        for entry in filters:
            try:
                if callable(entry) or callable(getattr(entry, 'filter', None)):
                    chosen = entry
                else:
                    chosen = self._item(self._section('filters'), entry)
                filterer.addFilter(chosen)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % entry) from e

    def configure_handler(self, config):
        """A handler from its configuration."""
        original = dict(config)  # restored when the handler has to wait for its target
        formatter = self._pop(config, 'formatter')
        if formatter:
            try:
                formatter = self._item(self._section('formatters'), formatter)
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = self._pop(config, 'level')
        filters = self._pop(config, 'filters')
        if '()' in config:
            factory = self._pop(config, '()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = self.resolve(self._pop(config, 'class'))
            if issubclass(factory, logging.handlers.MemoryHandler) and 'target' in config:
                self._link_target(config, original)
        kwargs = {k: self._item(config, k) for k in list(config) if k != '.' and valid_ident(k)}
        try:
            made = factory(**kwargs)
        except TypeError as te:
            # Handlers written for old Pythons call the stream argument strm.
            if "'stream'" not in str(te):
                raise
            kwargs.update(strm=kwargs.pop('stream'))
            made = factory(**kwargs)
        if formatter:
            made.setFormatter(formatter)
        if level is not None:
            made.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(made, filters)
        attributes = self._pop(config, '.')
        if attributes:
            for name, value in attributes.items():
                setattr(made, name, value)
        return made

    def _link_target(self, config, original):
        target_name = config['target']
        try:
            target = self._item(self._section('handlers'), target_name)
            if not isinstance(target, logging.Handler):
                config.update(original)
                raise TypeError('target not configured yet')
            config['target'] = target
        except Exception as e:
            raise ValueError('Unable to set target handler %r' % target_name) from e

    def add_handlers(self, logger, handlers):
        """Attach configured handlers, by name, to a logger."""
        for name in handlers:
            try:
                logger.addHandler(self._item(self._section('handlers'), name))
            except Exception as e:
                raise ValueError('Unable to add handler %r' % name) from e

    def common_logger_config(self, logger, config, incremental=False):
        """What the root and the other loggers share: level, handlers, filters."""
        level = self._get(config, 'level')
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if incremental:
            return
        for handler in logger.handlers[:]:
            logger.removeHandler(handler)
        handlers = self._get(config, 'handlers')
        if handlers:
            self.add_handlers(logger, handlers)
        filters = self._get(config, 'filters')
        if filters:
            self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        """Configure the logger called name."""
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = self._get(config, 'propagate')
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        """Configure the root logger."""
        self.common_logger_config(logging.getLogger(), config, incremental)


# The class dictConfig() uses; a program may put a subclass here.
dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from the dictionary config (see the logging.config docs for its
    schema)."""
    dictConfigClass(config).configure()
