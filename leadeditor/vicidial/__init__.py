"""vicidial"""
