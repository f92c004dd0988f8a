"""Pure text analysis: tokens and clauses, perspective, feelings, the coder.

Nothing in here does I/O (beyond reading its own data files once) or keeps
state between calls, so every function is safe to call from anywhere.
"""
