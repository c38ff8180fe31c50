# An uncaught AttributeError for a misspelt name in collections suggests the right one.
import collections
print(collections.Counter("aab").most_common(1))
collections.Countr()
