# html.escape and html.unescape: named references with and without ';', numeric ones mapped, dropped or replaced by the HTML5 rules.
import html
cases = ['&amp;&lt;&gt;&quot;&#39;&#x27;', '&notit; &notin; &not &amp &ampx', '&#0;&#13;&#128;&#x80;&#129;&#x9f;&#xD800;&#x110000;&#1;&#11;&#xfffe;&#x10ffff;&#65;&#x41;&#X41',
         '&unknown; & && &#; &#x; &#xg;', '&NotNestedGreaterGreater;&nbsp&nbsp;x&Eacuteé&eacute', 'no refs', '&' * 3 + '#' * 2, '&AMP;&LT&gt']
for c in cases:
    print(repr(html.unescape(c)))
print(html.escape('<a href="x">\'&\'</a>'), html.escape('<"\'>', quote=False), html.escape(''))
