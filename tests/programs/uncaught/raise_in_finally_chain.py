def step():
    try:
        print("working")
        raise ValueError("original problem")
    except ValueError as e:
        raise RuntimeError("wrapped problem") from e
    finally:
        print("finally ran")
step()
