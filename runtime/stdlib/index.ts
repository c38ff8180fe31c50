// Registers the standard-library modules written in TypeScript with the module system. The
// others (collections, itertools, re, ...) are Python under lib/ and compiled with the program;
// compiler/compile.ts lists these names in NATIVE_MODULES so it does not look for their source.

// Each of these registers itself: a program that imports none of its names leaves it out.
import './math.js';
import './cmath.js';
import './time.js';
import './os.js';
import './traceback.js';
import './hashlib.js';
import './re.js';
import './json.js';
import './zlib.js';
import './binascii.js';
import './heapq.js';
import './subprocess.js';
import './atexit.js';
import './unicodedata.js';
import './builtinfunc.js';
import './decimaldigits.js';
import './socket.js';
