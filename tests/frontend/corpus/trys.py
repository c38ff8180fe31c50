try:
    pass
except:
    pass
try:
    a()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except Exception as e:
    raise RuntimeError('x') from e
else:
    pass
finally:
    cleanup()
try:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
except* (TypeError, OSError) as eg:
    pass
raise
raise X
raise X('msg')
raise X from None
try:
    pass
except A:
    pass
else:
    pass
