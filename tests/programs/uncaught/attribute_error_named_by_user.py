# An AttributeError that names itself (name= given) keeps that name and has no object: no suggestion.
class Props:
    value = 1

    @property
    def valeu(self):
        raise AttributeError("named failure", name="vlaue")


Props().valeu
