"""Per tag: the generated resources (in the tag's __init__) and each operation's metadata."""
