"""Language data for Norwegian news text, kept apart from the code that uses it (as in spacy/lang/nb)."""
