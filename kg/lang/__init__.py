"""Language knowledge as data: word lists and the small functions that read them."""
