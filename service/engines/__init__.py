"""Model engines behind one interface (:class:`service.engines.base.Engine`)."""
