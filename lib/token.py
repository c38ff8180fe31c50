"""The numbers of Python's token types (those of CPython 3.11), their names and the
operator strings that map to exact types."""

# Numbered in CPython 3.11's order: programs compare these with stored numbers.
(ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
 LPAR, RPAR, LSQB, RSQB, COLON, COMMA, SEMI, PLUS, MINUS, STAR, SLASH, VBAR, AMPER,
 LESS, GREATER, EQUAL, DOT, PERCENT, LBRACE, RBRACE, EQEQUAL, NOTEQUAL, LESSEQUAL,
 GREATEREQUAL, TILDE, CIRCUMFLEX, LEFTSHIFT, RIGHTSHIFT, DOUBLESTAR, PLUSEQUAL, MINEQUAL,
 STAREQUAL, SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL,
 LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL, DOUBLESLASH, DOUBLESLASHEQUAL, AT,
 ATEQUAL, RARROW, ELLIPSIS, COLONEQUAL, OP, AWAIT, ASYNC, TYPE_IGNORE, TYPE_COMMENT,
 SOFT_KEYWORD, ERRORTOKEN, COMMENT, NL, ENCODING, N_TOKENS) = range(65)

NT_OFFSET = 256

_TYPE_NAMES = (
    'ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB RSQB COLON COMMA '
    'SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT PERCENT LBRACE RBRACE '
    'EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT '
    'DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL '
    'CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH '
    'DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL OP AWAIT ASYNC TYPE_IGNORE '
    'TYPE_COMMENT SOFT_KEYWORD ERRORTOKEN COMMENT NL ENCODING N_TOKENS'
).split()

tok_name = dict(enumerate(_TYPE_NAMES))
tok_name[NT_OFFSET] = 'NT_OFFSET'

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + _TYPE_NAMES + ['NT_OFFSET']

# Each operator's text and the name of its exact type, in the order CPython lists them
# (sorted by text).
_OPERATOR_TABLE = (
    ('!=', 'NOTEQUAL'), ('%', 'PERCENT'), ('%=', 'PERCENTEQUAL'), ('&', 'AMPER'),
    ('&=', 'AMPEREQUAL'), ('(', 'LPAR'), (')', 'RPAR'), ('*', 'STAR'), ('**', 'DOUBLESTAR'),
    ('**=', 'DOUBLESTAREQUAL'), ('*=', 'STAREQUAL'), ('+', 'PLUS'), ('+=', 'PLUSEQUAL'),
    (',', 'COMMA'), ('-', 'MINUS'), ('-=', 'MINEQUAL'), ('->', 'RARROW'), ('.', 'DOT'),
    ('...', 'ELLIPSIS'), ('/', 'SLASH'), ('//', 'DOUBLESLASH'), ('//=', 'DOUBLESLASHEQUAL'),
    ('/=', 'SLASHEQUAL'), (':', 'COLON'), (':=', 'COLONEQUAL'), (';', 'SEMI'),
    ('<', 'LESS'), ('<<', 'LEFTSHIFT'), ('<<=', 'LEFTSHIFTEQUAL'), ('<=', 'LESSEQUAL'),
    ('=', 'EQUAL'), ('==', 'EQEQUAL'), ('>', 'GREATER'), ('>=', 'GREATEREQUAL'),
    ('>>', 'RIGHTSHIFT'), ('>>=', 'RIGHTSHIFTEQUAL'), ('@', 'AT'), ('@=', 'ATEQUAL'),
    ('[', 'LSQB'), (']', 'RSQB'), ('^', 'CIRCUMFLEX'), ('^=', 'CIRCUMFLEXEQUAL'),
    ('{', 'LBRACE'), ('|', 'VBAR'), ('|=', 'VBAREQUAL'), ('}', 'RBRACE'), ('~', 'TILDE'),
)

EXACT_TOKEN_TYPES = {text: _TYPE_NAMES.index(name) for text, name in _OPERATOR_TABLE}


def ISTERMINAL(x):
    """Whether token type `x` is a terminal (a token, not a grammar symbol)."""
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    """Whether `x` numbers a grammar symbol rather than a token type."""
    return x >= NT_OFFSET


def ISEOF(x):
    """Whether `x` is the type of the token that ends the input."""
    return x == ENDMARKER
