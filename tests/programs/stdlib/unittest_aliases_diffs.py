# unittest: the pre-3 method names (with their DeprecationWarning, silenced here) and the shortened reprs of "Lists differ" lines.
import io
import unittest


class T(unittest.TestCase):
    def test_aliases(self):
        self.assertEquals(1, 1)
        self.assertNotEquals(1, 2)
        self.assert_(True)
        self.failUnless(True)
        self.failIf(False)
        self.assertAlmostEquals(1.0, 1.0000001)
        self.assertRaisesRegexp(ValueError, "bad", int, "bad")
        self.assertRegexpMatches("abc", "b")
        with self.failUnlessRaises(KeyError):
            {}["x"]

    def test_long_lists(self):
        self.assertEqual(list(range(30)), list(range(1, 31)))

    def test_long_tuples(self):
        self.assertEqual(tuple(range(40)), tuple(range(2, 42)))


import warnings
warnings.simplefilter("ignore")
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(result.testsRun, len(result.failures), len(result.errors))
for test, tb in result.failures:
    print(test.id(), [line for line in tb.splitlines() if "differ" in line or line.startswith("AssertionError")])
