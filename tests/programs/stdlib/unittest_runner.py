# unittest: assertions and their messages, skips, expected failures, subtests, fixtures and
# cleanups, the loader's order, and the text runner's report (run into a StringIO; the timing
# and the traceback frames are left out of what is printed).
import io
import re
import unittest


def report(suite, verbosity=1):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    text = re.sub(r"in \d+\.\d+s", "in TIME", stream.getvalue())
    for line in text.splitlines():
        if line.startswith("  File ") or line.startswith("    "):
            continue
        print("|", line)
    print(result, result.wasSuccessful(), result.testsRun)
    return result


def message(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except AssertionError as e:
        print(str(e))
        print("--")
    else:
        print("no failure")


tc = unittest.TestCase()
message(tc.assertEqual, 1, 2)
message(tc.assertEqual, "a", "b")
message(tc.assertEqual, "one\ntwo\n", "one\nthree\n")
message(tc.assertEqual, [1, 2, 3], [1, 2, 4])
message(tc.assertEqual, [1, 2], [1, 2, 3])
message(tc.assertEqual, (1, 2, 3), (1,))
message(tc.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
message(tc.assertEqual, {1, 2}, {2, 3})
message(tc.assertEqual, [1, 2], (1, 2))
message(tc.assertEqual, list(range(100)), list(range(99)) + [1000])
message(tc.assertEqual, "x" * 100, "x" * 99 + "y")
message(tc.assertEqual, 1, 2, "custom")
message(tc.assertNotEqual, 3, 3)
message(tc.assertTrue, 0)
message(tc.assertTrue, [], "empty")
message(tc.assertFalse, "yes")
message(tc.assertIs, 1, None)
message(tc.assertIsNot, None, None)
message(tc.assertIsNone, 5)
message(tc.assertIsNotNone, None)
message(tc.assertIn, 4, [1, 2])
message(tc.assertNotIn, 1, {1: "a"})
message(tc.assertIsInstance, 1, str)
message(tc.assertNotIsInstance, 1, int)
message(tc.assertLess, 3, 2)
message(tc.assertLessEqual, 3, 2)
message(tc.assertGreater, 1, 2)
message(tc.assertGreaterEqual, 1, 2)
message(tc.assertAlmostEqual, 1.0, 1.1)
message(tc.assertAlmostEqual, 1.0, 1.00000001)
message(tc.assertAlmostEqual, 1.0, 1.5, delta=0.1)
message(tc.assertAlmostEqual, 1.0, 1.01, places=1)
message(tc.assertNotAlmostEqual, 1.0, 1.00000001)
message(tc.assertCountEqual, [1, 2, 2, "a"], [2, 1, "a", "a"])
message(tc.assertCountEqual, [[1], [2]], [[2], [1]])
message(tc.assertRegex, "hello world", r"^world")
message(tc.assertNotRegex, "hello world", r"o w")
message(tc.assertDictEqual, {}, [])
message(tc.assertSequenceEqual, [1], [2])
message(tc.fail, "plain failure")

with tc.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
message(lambda: tc.assertRaises(ValueError, int, "7"))
message(lambda: tc.assertRaises(KeyError, lambda: None))
def check_no_raise():
    with tc.assertRaises(TypeError):
        pass
message(check_no_raise)
def check_regex():
    with tc.assertRaisesRegex(ValueError, r"^bad \d+$"):
        raise ValueError("bad value")
message(check_regex)
with tc.assertRaisesRegex(ValueError, "invalid literal"):
    int("x")
try:
    with tc.assertRaises(KeyError):
        raise IndexError("passes through")
except IndexError as e:
    print("passed through:", e)
try:
    tc.assertRaises(3)
except TypeError as e:
    print(e)

events = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        events.append("setUp " + self._testMethodName)
        self.addCleanup(events.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        events.append("tearDown")

    def test_b_second(self):
        """Runs second: the loader sorts names."""
        events.append("b")

    def test_a_first(self):
        events.append("a")

    def test_c_fails(self):
        self.assertEqual(sum([1, 2]), 4)

    def test_d_errors(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_e_skipped(self):
        events.append("never")

    @unittest.skipIf(True, "condition held")
    def test_f_skip_if(self):
        pass

    @unittest.skipUnless(True, "runs")
    def test_g_skip_unless(self):
        events.append("g")

    @unittest.expectedFailure
    def test_h_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_i_unexpected(self):
        pass

    def test_j_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
        with self.subTest("named", k="v"):
            raise RuntimeError("inside a subtest")

    def test_k_skip_inside(self):
        self.skipTest("decided at run time")

    def helper(self):
        events.append("not a test")


suite = unittest.defaultTestLoader.loadTestsFromTestCase(Fixtures)
print(suite.countTestCases(), [t._testMethodName for t in suite])
print(str(list(suite)[0]), repr(list(suite)[0]), list(suite)[0].id())
print(list(suite)[1].shortDescription())
report(suite)
print(events)
events.clear()
report(unittest.defaultTestLoader.loadTestsFromTestCase(Fixtures), verbosity=2)


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_one(self):
        pass


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("class fixture broke")

    def test_never(self):
        pass


class Passing(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(2 + 2, 4)


report(unittest.TestSuite([unittest.defaultTestLoader.loadTestsFromTestCase(c) for c in (Skipped, BrokenSetUpClass)]))
report(unittest.defaultTestLoader.loadTestsFromTestCase(Passing))
report(unittest.TestSuite([unittest.FunctionTestCase(lambda: None)]))
report(unittest.TestSuite([Passing("test_ok"), Passing("test_ok")]), verbosity=0)
try:
    Passing("test_nope")
except ValueError as e:
    print(e)
print(unittest.defaultTestLoader.getTestCaseNames(Fixtures))
print(unittest.SkipTest, unittest.TestCase, unittest.TestSuite, unittest.TextTestRunner)
ff = unittest.TextTestRunner(stream=io.StringIO(), failfast=True).run(unittest.defaultTestLoader.loadTestsFromTestCase(Fixtures))
print(ff.testsRun, len(ff.failures), len(ff.errors))
import sys
saved = sys.stderr
sys.stderr = io.StringIO()
program = unittest.main(module=__name__, argv=["prog", "-v", "Passing", "Fixtures.test_a_first"], exit=False)
captured = sys.stderr.getvalue()
sys.stderr = saved
print(re.sub(r"in \d+\.\d+s", "in TIME", captured))
print(program.result)
try:
    sys.stderr = io.StringIO()
    unittest.main(module=__name__, argv=["prog", "Passing"])
except SystemExit as e:
    sys.stderr = saved
    print("exit", e.code)
