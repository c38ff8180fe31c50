import a
import a.b.c
import a as b
import a.b as c, d
from a import b
from a import b as c, d
from a import (b, c)
from a import (b as c,
               d as e,)
from . import a
from .. import b
from .mod import c
from ...pkg.mod import d
from .... import e
from a import *
from .a import *
import os, sys
