# An uncaught json error names its class by the module it lives in (json.decoder).
import json

for text in ['{"a": 1}', '[1, 2]', '"s"']:
    print(json.loads(text))
try:
    json.loads("[1, 2")
except ValueError as e:
    print(type(e), type(e).__mro__[1:3], e)
json.loads("{bad")
