if a:
  if b:
      if c:
              x = 1
      y = 2
  z = 3
w = 4
def f():
	return 1
class C:
	def m(self):
		pass
for x in y:

    pass


while x:
    pass
