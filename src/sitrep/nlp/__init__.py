"""sitrep.nlp"""
