rooms = {
    "hall": {"desc": "a long hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "dusty shelves", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "smells of bread", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "dark and damp", "exits": {"up": "kitchen"}, "items": ["wine"], "locked": True},
}
state = {"room": "hall", "inventory": [], "moves": 0}
def do(command):
    words = command.split()
    verb, rest = words[0], words[1:]
    room = rooms[state["room"]]
    state["moves"] += 1
    if verb == "look":
        items = ", ".join(room["items"]) or "nothing"
        return f"You are in {room['desc']}. You see {items}. Exits: {', '.join(sorted(room['exits']))}."
    if verb == "go":
        target = room["exits"].get(rest[0])
        if target is None:
            return "You can't go that way."
        if rooms[target].get("locked") and "key" not in state["inventory"]:
            return "The door is locked."
        state["room"] = target
        return f"You go {rest[0]} to the {target}."
    if verb == "take":
        if rest and rest[0] in room["items"]:
            room["items"].remove(rest[0])
            state["inventory"].append(rest[0])
            return f"Taken: {rest[0]}."
        return "No such thing here."
    if verb == "inv":
        return "You carry: " + (", ".join(state["inventory"]) or "nothing")
    state["moves"] -= 1
    return f"I don't know how to {verb!r}."
script = ["look", "take lamp", "go east", "go down", "go west", "go north", "look", "take key",
          "take sword", "go south", "go east", "go down", "look", "take wine", "inv", "dance", "go up"]
for cmd in script:
    print(f"> {cmd}")
    print(do(cmd))
print(state)
