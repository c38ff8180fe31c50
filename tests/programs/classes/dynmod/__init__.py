"""A package whose modules create classes at run time (type(), Enum(), __build_class__)."""
import enum

Top = type("Top", (), {})
Shade = enum.Enum("Shade", "LIGHT DARK")
print("dynmod:", Top.__module__, Shade.__module__)
