"""Map file names and URLs to MIME types, and MIME types back to file extensions.

    guess_type(url, strict=True)           -> (type, encoding), e.g. ('text/plain', 'gzip')
    guess_extension(type, strict=True)     -> '.ext' or None
    guess_all_extensions(type, strict=True) -> ['.ext', ...]
    add_type(type, ext, strict=True)       -> teach one more extension

A "strict" lookup uses the types registered with IANA only; strict=False also accepts a few
common but unofficial ones (common_types). The tables are the built-in defaults: init() reads
only the mime.types-style files it is given, never the machine's own (knownfiles), so a program
sees the same answers everywhere.
"""

import os

__all__ = ['knownfiles', 'inited', 'MimeTypes', 'guess_type', 'guess_all_extensions', 'guess_extension',
           'add_type', 'init', 'read_mime_types', 'suffix_map', 'encodings_map', 'types_map', 'common_types']

# Where Unix systems keep mime.types tables. Listed for programs that look at it; init() does
# not read these files unless they are passed to it.
knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# The built-in tables, one "key value" pair a line, in the order lookups must see them: the first
# extension listed for a type is the one guess_extension() answers.

_TYPES_TEXT = '''
.js          application/javascript
.mjs         application/javascript
.json        application/json
.webmanifest application/manifest+json
.doc         application/msword
.dot         application/msword
.wiz         application/msword
.nq          application/n-quads
.nt          application/n-triples
.bin         application/octet-stream
.a           application/octet-stream
.dll         application/octet-stream
.exe         application/octet-stream
.o           application/octet-stream
.obj         application/octet-stream
.so          application/octet-stream
.oda         application/oda
.pdf         application/pdf
.p7c         application/pkcs7-mime
.ps          application/postscript
.ai          application/postscript
.eps         application/postscript
.trig        application/trig
.m3u         application/vnd.apple.mpegurl
.m3u8        application/vnd.apple.mpegurl
.xls         application/vnd.ms-excel
.xlb         application/vnd.ms-excel
.ppt         application/vnd.ms-powerpoint
.pot         application/vnd.ms-powerpoint
.ppa         application/vnd.ms-powerpoint
.pps         application/vnd.ms-powerpoint
.pwz         application/vnd.ms-powerpoint
.wasm        application/wasm
.bcpio       application/x-bcpio
.cpio        application/x-cpio
.csh         application/x-csh
.dvi         application/x-dvi
.gtar        application/x-gtar
.hdf         application/x-hdf
.h5          application/x-hdf5
.latex       application/x-latex
.mif         application/x-mif
.cdf         application/x-netcdf
.nc          application/x-netcdf
.p12         application/x-pkcs12
.pfx         application/x-pkcs12
.ram         application/x-pn-realaudio
.pyc         application/x-python-code
.pyo         application/x-python-code
.sh          application/x-sh
.shar        application/x-shar
.swf         application/x-shockwave-flash
.sv4cpio     application/x-sv4cpio
.sv4crc      application/x-sv4crc
.tar         application/x-tar
.tcl         application/x-tcl
.tex         application/x-tex
.texi        application/x-texinfo
.texinfo     application/x-texinfo
.roff        application/x-troff
.t           application/x-troff
.tr          application/x-troff
.man         application/x-troff-man
.me          application/x-troff-me
.ms          application/x-troff-ms
.ustar       application/x-ustar
.src         application/x-wais-source
.xsl         application/xml
.rdf         application/xml
.wsdl        application/xml
.xpdl        application/xml
.zip         application/zip
.3gp         audio/3gpp
.3gpp        audio/3gpp
.3g2         audio/3gpp2
.3gpp2       audio/3gpp2
.aac         audio/aac
.adts        audio/aac
.loas        audio/aac
.ass         audio/aac
.au          audio/basic
.snd         audio/basic
.mp3         audio/mpeg
.mp2         audio/mpeg
.opus        audio/opus
.aif         audio/x-aiff
.aifc        audio/x-aiff
.aiff        audio/x-aiff
.ra          audio/x-pn-realaudio
.wav         audio/x-wav
.avif        image/avif
.bmp         image/bmp
.gif         image/gif
.ief         image/ief
.jpg         image/jpeg
.jpe         image/jpeg
.jpeg        image/jpeg
.heic        image/heic
.heif        image/heif
.png         image/png
.svg         image/svg+xml
.tiff        image/tiff
.tif         image/tiff
.ico         image/vnd.microsoft.icon
.ras         image/x-cmu-raster
.pnm         image/x-portable-anymap
.pbm         image/x-portable-bitmap
.pgm         image/x-portable-graymap
.ppm         image/x-portable-pixmap
.rgb         image/x-rgb
.xbm         image/x-xbitmap
.xpm         image/x-xpixmap
.xwd         image/x-xwindowdump
.eml         message/rfc822
.mht         message/rfc822
.mhtml       message/rfc822
.nws         message/rfc822
.css         text/css
.csv         text/csv
.html        text/html
.htm         text/html
.n3          text/n3
.txt         text/plain
.bat         text/plain
.c           text/plain
.h           text/plain
.ksh         text/plain
.pl          text/plain
.srt         text/plain
.rtx         text/richtext
.tsv         text/tab-separated-values
.vtt         text/vtt
.py          text/x-python
.etx         text/x-setext
.sgm         text/x-sgml
.sgml        text/x-sgml
.vcf         text/x-vcard
.xml         text/xml
.mp4         video/mp4
.mpeg        video/mpeg
.m1v         video/mpeg
.mpa         video/mpeg
.mpe         video/mpeg
.mpg         video/mpeg
.mov         video/quicktime
.qt          video/quicktime
.webm        video/webm
.avi         video/x-msvideo
.movie       video/x-sgi-movie
'''

_COMMON_TEXT = '''
.rtf  application/rtf
.midi audio/midi
.mid  audio/midi
.jpg  image/jpg
.pict image/pict
.pct  image/pict
.pic  image/pict
.webp image/webp
.xul  text/xul
'''

_SUFFIXES_TEXT = '''
.svgz .svg.gz
.tgz  .tar.gz
.taz  .tar.gz
.tz   .tar.gz
.tbz2 .tar.bz2
.txz  .tar.xz
'''

_ENCODINGS_TEXT = '''
.gz  gzip
.Z   compress
.bz2 bzip2
.xz  xz
.br  br
'''


def _parse_pairs(text):
    """A dict of the "key value" lines of `text`, in order."""
    pairs = {}
    for line in text.splitlines():
        if line:
            key, value = line.split()
            pairs[key] = value
    return pairs


def _split_scheme(url):
    """('scheme', rest) for 'scheme:rest' (scheme lowercased, no '/' in it), else (None, url)."""
    colon = url.find(':')
    if colon > 0 and '/' not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


def _data_url_type(body):
    """The media type of a data: URL's body ('type/subtype;params,data'), None if malformed.

    A missing or parameter-only media type means the default, text/plain.
    """
    comma = body.find(',')
    if comma < 0:
        return None
    semicolon = body.find(';', 0, comma)
    media = body[:semicolon] if semicolon >= 0 else body[:comma]
    if '/' not in media or '=' in media:
        return 'text/plain'
    return media


def _mime_types_lines(fp):
    """(type, [extension, ...]) for each line of a mime.types file that names a type."""
    while True:
        line = fp.readline()
        if not line:
            return
        words = []
        for word in line.split():
            if word.startswith('#'):
                break
            words.append(word)
        if words:
            yield words[0], words[1:]


class MimeTypes:
    """A table of MIME types and extensions: the built-in one, plus what is added or read.

    types_map and types_map_inv are pairs of dicts indexed by `strict`: [True] holds the
    official types, [False] the common unofficial ones.
    """

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()  # the module's shared table is built first, as the module functions expect
        self.encodings_map = dict(_encodings_map_default)
        self.suffix_map = dict(_suffix_map_default)
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, mime in _types_map_default.items():
            self.add_type(mime, ext, True)
        for ext, mime in _common_types_default.items():
            self.add_type(mime, ext, False)
        for filename in filenames:
            self.read(filename, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension `ext` to `type` (replacing its old type), and add it to the type's list."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) for a URL or path: type is 'maintype/subtype' or None, encoding the
        compression program's name ('gzip', 'bzip2'...) or None.

        Compression suffixes are matched case-sensitively, type suffixes in any case; suffix_map
        first expands short forms such as '.tgz' into '.tar.gz'.
        """
        scheme, rest = _split_scheme(os.fspath(url))
        if scheme == 'data':
            return _data_url_type(rest), None
        stem, ext = os.path.splitext(rest)
        while ext.lower() in self.suffix_map:
            stem, ext = os.path.splitext(stem + self.suffix_map[ext.lower()])
        encoding = None
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            stem, ext = os.path.splitext(stem)
        ext = ext.lower()
        official = self.types_map[True]
        if ext in official:
            return official[ext], encoding
        if not strict and ext in self.types_map[False]:
            return self.types_map[False][ext], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """The extensions (with their dot) that guess_type() maps to `type`, best first."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, []))
        if not strict:
            found.extend(ext for ext in self.types_map_inv[False].get(type, []) if ext not in found)
        return found

    def guess_extension(self, type, strict=True):
        """The preferred extension (with its dot) for `type`, or None when none is known."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Add the types of the mime.types-format file at `filename`."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the types of an open mime.types-format file: 'type ext ext...' lines, '#' comments."""
        for mime, extensions in _mime_types_lines(fp):
            for ext in extensions:
                self.add_type(mime, '.' + ext, strict)

    def read_windows_registry(self, strict=True):
        """Add the types of the Windows registry: there is none here, so nothing is added."""
        return None


def _shared_db():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """(type, encoding) for a URL or path, from the module's shared table: see MimeTypes."""
    return _shared_db().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """The extensions guess_type() maps to `type`, from the module's shared table."""
    return _shared_db().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The preferred extension for `type` or None, from the module's shared table."""
    return _shared_db().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Map `ext` to `type` in the module's shared table."""
    return _shared_db().add_type(type, ext, strict)


def init(files=None):
    """(Re)build the module's shared table: the defaults (kept when `files` is given and a table
    exists), then each mime.types file of `files` that exists."""
    global inited, _db, suffix_map, encodings_map, types_map, common_types
    # Set first: MimeTypes() calls init() while this is False.
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        db.read_windows_registry()
    else:
        db = _db
    for filename in files or ():
        if os.path.isfile(filename):
            db.read(filename)
    suffix_map = db.suffix_map
    encodings_map = db.encodings_map
    _db = db
    types_map, common_types = db.types_map[True], db.types_map[False]


def read_mime_types(file):
    """The {extension: type} dict of one mime.types file, or None when it cannot be opened."""
    try:
        fp = open(file, encoding='utf-8')
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]


def _default_mime_types():
    """Reset the module's tables to fresh copies of the built-in ones."""
    global suffix_map, _suffix_map_default, encodings_map, _encodings_map_default
    global types_map, _types_map_default, common_types, _common_types_default
    suffix_map = _suffix_map_default = _parse_pairs(_SUFFIXES_TEXT)
    encodings_map = _encodings_map_default = _parse_pairs(_ENCODINGS_TEXT)
    types_map = _types_map_default = _parse_pairs(_TYPES_TEXT)
    common_types = _common_types_default = _parse_pairs(_COMMON_TEXT)


_default_mime_types()
