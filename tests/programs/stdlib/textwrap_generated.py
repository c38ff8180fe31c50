# textwrap.wrap on generated paragraphs with every option: long words and hyphens, dropped whitespace, sentence endings, indents, max_lines with placeholders, tabs.
import textwrap, random
rng = random.Random(4)
WORDS = ['a', 'word', 'hyphen-ated', 'long-winded-compound', 'x' * 25, 'end.', 'Mr.', 'say?"', '--', '-dash', 'tab\there', 'e.g.', 'ü', '', 'well-', 'fin!']
for case in range(250):
    text = ' '.join(rng.choice(WORDS) for _ in range(rng.randrange(0, 30)))
    if rng.random() < 0.3: text = '  ' + text + '   \n  more  lines\there '
    kw = dict(width=rng.choice([6, 8, 12, 20, 40]),
              break_long_words=rng.random() < 0.7, break_on_hyphens=rng.random() < 0.7,
              drop_whitespace=rng.random() < 0.8, fix_sentence_endings=rng.random() < 0.3,
              initial_indent=rng.choice(['', '* ', '>>> ']), subsequent_indent=rng.choice(['', '  ', '...']),
              max_lines=rng.choice([None, None, 1, 2, 3]), placeholder=rng.choice([' [...]', '...', ' ~']),
              expand_tabs=rng.random() < 0.8, replace_whitespace=rng.random() < 0.8, tabsize=rng.choice([1, 4, 8]))
    try:
        print(case, textwrap.wrap(text, **kw))
    except ValueError as e:
        print(case, 'ValueError', e)
print(textwrap.shorten('Hello  world, this is a long line', 12), textwrap.fill('one two three four', 9))
