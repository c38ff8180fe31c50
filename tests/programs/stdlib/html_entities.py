# html.unescape follows HTML5: every named reference of html.entities.html5, the longest-prefix
# rule for names without ';', numeric references (invalid, surrogate, out-of-range, control).
import html
import html.entities

print(html.unescape('&alpha; &rArr; &notin; &NotANamedEntity; &amp &ampx &lt3 &#0; &#x110000; &#128512;'))
print(html.unescape('&notanentity; &notin &copy2024 &AMP; &hellip;&mdash;&nbsp;|'))
print(repr(html.unescape('&#1; &#x80; &#x81; &#xD800; &#65 &#x41x &#; &#x; &; & &#9; &#13;')))
print(repr(html.unescape('&#xfdd0; &#x1fffe; &#11; &#127; &#x9f; &#8364;')))
print(html.unescape('&frac12;&frac14 &Eacute;&eacute&szlig; &lt;&gt;&quot;&apos;'), html.unescape('no refs'))
print(len(html.entities.html5), html.entities.html5['gt;'], html.entities.html5['gt'], html.entities.name2codepoint['hearts'])
print(html.entities.codepoint2name[0x3b1], html.entities.entitydefs['amp'], len(html.entities.entitydefs))
print(html.escape('<script>alert("x&y")</script>'), html.escape("it's", quote=True))
s = ''.join(f'&{name}' for name in list(html.entities.html5)[::37])
print(html.unescape(s))
