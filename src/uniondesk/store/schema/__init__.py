"""Schema steps after the foundation, one module per feature; ``store.migrations.STEPS`` orders them."""
