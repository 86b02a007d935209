"""sitrep.scale"""
