"""Sync between offices by signed bundles (issue 5; architecture.md, "Sync between offices").

keys (offices, fingerprints, trust) · rules (what travels, owners, derived fields) · bundle (the file) ·
envelope (encryption for e-mail) · select + export (writing) · importer + merge + writes (reading and
merging) · ledger + arrival (what was sent, received, acknowledged) · status · setup (new office).
"""
