"""sitrep.events"""
