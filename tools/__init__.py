"""Finance tools: typed functions in one registry (schemas, REST routes, agent invoke)."""
