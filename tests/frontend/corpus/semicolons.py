a = 1; b = 2; c = 3
if x: a; b; c
for i in y: a; b
while 0: pass;
def f(): return 1;
class C: x = 1; y = 2
